<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>MissingDatabase</name>
        <message>
            <source>{path} is a link to {target}, which does not exist.</source>
            <translation>{path} is een koppeling naar {target}, maar dat bestand bestaat niet.</translation>
        </message>
        <message>
            <source>{path} is empty: it holds no data at all.</source>
            <translation>{path} is leeg: er staan helemaal geen gegevens in.</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>Er is geen databasebestand op {path}.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Intervisie is already open on this data folder ({folder}), perhaps in another session of this computer. Close it there first, or switch to that window.</source>
            <extracomment>How often a second start tries to reach a first one that holds the lock but does not listen yet (it listens once its first window has painted).</extracomment>
            <translation>Intervisie is al geopend op deze gegevensmap ({folder}), misschien in een andere sessie op deze computer. Sluit het daar eerst, of ga naar dat venster.</translation>
        </message>
        <message>
            <source>Removing the protection was interrupted when the program stopped. Your data is still encrypted with its passphrase; remove the protection again if you want.</source>
            <translation>Het uitzetten van de beveiliging werd onderbroken toen het programma stopte. Uw gegevens zijn nog steeds versleuteld met hun wachtzin; zet de beveiliging opnieuw uit als u dat wilt.</translation>
        </message>
        <message>
            <source>Switching on the protection was interrupted before it was done, so your data is not encrypted. Switch the protection on again under Protection.</source>
            <translation>Het aanzetten van de beveiliging werd onderbroken voordat het klaar was, dus uw gegevens zijn niet versleuteld. Zet de beveiliging opnieuw aan onder Beveiliging.</translation>
        </message>
        <message>
            <source>Switching on the protection had not finished when the program stopped; it is finished now. Unencrypted copies in the data folder: {encrypted} encrypted, {removed} overwritten and removed.</source>
            <translation>Het aanzetten van de beveiliging was nog niet klaar toen het programma stopte; nu is het klaar. Onversleutelde kopieën in de gegevensmap: {encrypted} versleuteld, {removed} overschreven en verwijderd.</translation>
        </message>
        <message>
            <source>Files left over in the data folder could not be cleaned up ({count}); the program tries again at the next start.</source>
            <translation>Achtergebleven bestanden in de gegevensmap konden niet worden opgeruimd ({count}); het programma probeert het bij de volgende start opnieuw.</translation>
        </message>
        <message>
            <source>Files left over from an interrupted backup, restore or switch of protection were removed from the data folder ({count}).</source>
            <translation>Bestanden die waren achtergebleven van een onderbroken reservekopie, herstel of wisseling van de beveiliging zijn uit de gegevensmap verwijderd ({count}).</translation>
        </message>
    </context>
    <context>
        <name>StartupFrame</name>
        <message>
            <source>demo</source>
            <extracomment>The size the main window opens with when it has nothing remembered. Qt::AlignCenter, set as a property rather than with Qt.AlignmentFlag: the first use of PySide6's `Qt` namespace builds all of its enums, some 25 ms before the first paint (it is paid later, behind the screen); a style sheet would cost the first paint more still.</extracomment>
            <translation>demo</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Je gegevens worden geopend…</translation>
        </message>
    </context>
</TS>

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
        <name>RecoveryDialog</name>
        <message>
            <source>The database cannot be opened</source>
            <translation>De database kan niet worden geopend</translation>
        </message>
        <message>
            <source>Your data was not found</source>
            <translation>Uw gegevens zijn niet gevonden</translation>
        </message>
        <message>
            <source>Backups of your data are in the backup folder. Restore the newest good one to go on where you were, or start with a new empty database. The backups are kept either way.</source>
            <translation>In de map met reservekopieën staan reservekopieën van uw gegevens. Zet de nieuwste goede terug om verder te gaan waar u was, of begin met een nieuwe lege database. De reservekopieën blijven in beide gevallen bewaard.</translation>
        </message>
        <message>
            <source>The database needs attention</source>
            <translation>De database vraagt aandacht</translation>
        </message>
        <message>
            <source>Intervisie can open this file as it is, but what refers to the missing records may be incomplete. If you restore a backup, this file is kept aside in the data folder under a name with today's date, so nothing is lost.</source>
            <translation>Intervisie kan dit bestand openen zoals het is, maar wat naar de ontbrekende gegevens verwijst, kan onvolledig zijn. Zet u een reservekopie terug, dan wordt dit bestand apart bewaard in de gegevensmap onder een naam met de datum van vandaag, zodat er niets verloren gaat.</translation>
        </message>
        <message>
            <source>Intervisie will not change this file. Whatever you choose, it is kept aside in the data folder under a name with today's date, so nothing is lost.</source>
            <translation>Intervisie verandert dit bestand niet. Wat u ook kiest, het wordt apart bewaard in de gegevensmap onder een naam met de datum van vandaag, zodat er niets verloren gaat.</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({size}).</source>
            <translation>De nieuwste goede reservekopie is van {when} ({size}).</translation>
        </message>
        <message>
            <source>Your backups are encrypted. To restore the newest one, type their passphrase (normally the same as this file's). The backup itself is not changed.</source>
            <translation>Uw reservekopieën zijn versleuteld. Typ hun wachtzin (meestal dezelfde als die van dit bestand) om de nieuwste terug te zetten. De reservekopie zelf verandert niet.</translation>
        </message>
        <message>
            <source>There is no good backup in the backup folder.</source>
            <translation>Er staat geen goede reservekopie in de map met reservekopieën.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>Nieuwste reservekopie &amp;terugzetten</translation>
        </message>
        <message>
            <source>&amp;Continue with this database</source>
            <translation>&amp;Doorgaan met deze database</translation>
        </message>
        <message>
            <source>Start with a &amp;new empty database</source>
            <translation>Beginnen met een &amp;nieuwe lege database</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>Te&amp;rug</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>This passphrase opens none of the backups that check good. Nothing was changed; check Caps Lock and try again.</source>
            <translation>Deze wachtzin opent geen van de reservekopieën die de controle doorstaan. Er is niets veranderd; controleer Caps Lock en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Passphrase of the backups</source>
            <translation>Wachtzin van de reservekopieën</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. It is checked first; the current database is kept aside in the data folder, so this can be undone.</source>
            <translation>Kies de reservekopie waarnaar u terug wilt. Die wordt eerst gecontroleerd; de huidige database wordt apart bewaard in de gegevensmap, zodat dit ongedaan kan worden gemaakt.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <source>at start</source>
            <translation>bij het starten</translation>
        </message>
        <message>
            <source>after a session</source>
            <translation>na een sessie</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>met de hand</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>voor een upgrade</translation>
        </message>
        <message>
            <source>other</source>
            <translation>overig</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>Er zijn nog geen reservekopieën.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Intervisie is already open on this data folder ({folder}), perhaps in another session of this computer. Close it there first, or switch to that window.</source>
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
            <source>Files left over from an interrupted backup, restore or switch of protection were removed from the data folder ({count}).</source>
            <translation>Bestanden die waren achtergebleven van een onderbroken reservekopie, herstel of wisseling van de beveiliging zijn uit de gegevensmap verwijderd ({count}).</translation>
        </message>
        <message>
            <source>Files left over in the data folder could not be cleaned up ({count}); the program tries again at the next start.</source>
            <translation>Achtergebleven bestanden in de gegevensmap konden niet worden opgeruimd ({count}); het programma probeert het bij de volgende start opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>&amp;Reservekopie naar bestand…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Reservekopie &amp;terugzetten…</translation>
        </message>
        <message>
            <source>&amp;Check the database</source>
            <translation>Database &amp;controleren</translation>
        </message>
        <message>
            <source>Back up to a file</source>
            <translation>Reservekopie naar bestand</translation>
        </message>
        <message>
            <source>Intervisie database (*.sqlite3);;All files (*)</source>
            <translation>Intervisie-database (*.sqlite3);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Reservekopie wordt geschreven…</translation>
        </message>
        <message>
            <source>The backup was written to {path}.</source>
            <translation>De reservekopie is geschreven naar {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Go back to the backup of {when}? Changes made since then are not in it. The current database is kept aside in the data folder.</source>
            <translation>Teruggaan naar de reservekopie van {when}? Wijzigingen van daarna staan er niet in. De huidige database wordt apart bewaard in de gegevensmap.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>De reservekopie wordt teruggezet…</translation>
        </message>
        <message>
            <source>This can take a minute; please keep the program open.</source>
            <translation>Dit kan een minuut duren; houd het programma open.</translation>
        </message>
        <message>
            <source>The backup of {when} is restored.</source>
            <translation>De reservekopie van {when} is teruggezet.</translation>
        </message>
        <message>
            <source>The previous database was kept as {name}.</source>
            <translation>De vorige database is bewaard als {name}.</translation>
        </message>
        <message>
            <source>The database is sound: the full check found no errors.</source>
            <translation>De database is in orde: de volledige controle vond geen fouten.</translation>
        </message>
    </context>
</TS>

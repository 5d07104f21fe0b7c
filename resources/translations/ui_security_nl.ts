<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Wachtzin wijzigen</translation>
        </message>
        <message>
            <source>Protect with a passphrase</source>
            <translation>Beveiligen met een wachtzin</translation>
        </message>
    </context>
    <context>
        <name>EraseMemberDialog</name>
        <message>
            <source>Erase member</source>
            <translation>Deelnemer wissen</translation>
        </message>
        <message>
            <source>Erase {name} and their personal data for good?</source>
            <translation>{name} en alle persoonsgegevens definitief wissen?</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) about them or their cases</source>
            <translation>
                <numerusform>%n notitie over deze persoon of diens casussen</numerusform>
                <numerusform>%n notities over deze persoon of diens casussen</numerusform>
            </translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>{name} wissen</translation>
        </message>
        <message>
            <source>their full name, name on the projector and other details</source>
            <translation>de volledige naam, de naam op de beamer en de overige gegevens</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) they brought: topic, question, description, outcome and agreed actions</source>
            <translation>
                <numerusform>%n ingebrachte casus: onderwerp, vraag, beschrijving, uitkomst en afspraken</numerusform>
                <numerusform>%n ingebrachte casussen: onderwerp, vraag, beschrijving, uitkomst en afspraken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group membership(s)</source>
            <translation>
                <numerusform>%n groepslidmaatschap</numerusform>
                <numerusform>%n groepslidmaatschappen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning goal(s)</source>
            <translation>
                <numerusform>%n leerdoel</numerusform>
                <numerusform>%n leerdoelen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>their name and their cases' topic and question in %n recorded session(s); the timings stay, without their name</source>
            <translation>
                <numerusform>de naam en het onderwerp en de vraag van diens casussen in %n vastgelegde sessie; de tijden blijven, zonder de naam</numerusform>
                <numerusform>de naam en het onderwerp en de vraag van diens casussen in %n vastgelegde sessies; de tijden blijven, zonder de naam</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance record(s), as anonymous counts in past meetings</source>
            <translation>
                <numerusform>%n aanwezigheidsregistratie, als anonieme telling bij eerdere bijeenkomsten</numerusform>
                <numerusform>%n aanwezigheidsregistraties, als anonieme telling bij eerdere bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) they led: the meetings keep their date, without who led them</source>
            <translation>
                <numerusform>%n bijeenkomst die deze persoon leidde: de bijeenkomst houdt haar datum, zonder wie haar leidde</numerusform>
                <numerusform>%n bijeenkomsten die deze persoon leidde: de bijeenkomsten houden hun datum, zonder wie ze leidde</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>other notes and cases that mention the name are not changed (%n found): review them by hand</source>
            <translation>
                <numerusform>andere notities en casussen waarin de naam voorkomt, blijven ongewijzigd (%n gevonden): loop die zelf na</numerusform>
                <numerusform>andere notities en casussen waarin de naam voorkomt, blijven ongewijzigd (%n gevonden): loop die zelf na</numerusform>
            </translation>
        </message>
        <message>
            <source>This cannot be undone, not even with Ctrl+Z.</source>
            <translation>Dit kan niet ongedaan worden gemaakt, ook niet met Ctrl+Z.</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation>Wordt gewist:</translation>
        </message>
        <message numerus="yes">
            <source>Backups made before now still hold their data. %n automatic backup(s) keep it until they rotate out: a daily backup after {days} days, a weekly one after {weeks} weeks, a monthly one after {months} months.</source>
            <translation>
                <numerusform>Reservekopieën van vóór nu bevatten de gegevens nog. %n automatische reservekopie houdt ze tot die vervalt: een dagelijkse reservekopie na {days} dagen, een wekelijkse na {weeks} weken, een maandelijkse na {months} maanden.</numerusform>
                <numerusform>Reservekopieën van vóór nu bevatten de gegevens nog. %n automatische reservekopieën houden ze tot ze vervallen: een dagelijkse reservekopie na {days} dagen, een wekelijkse na {weeks} weken, een maandelijkse na {months} maanden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other copy(ies) (made by hand, before an upgrade, before a change of protection or kept aside at a restore) keep it until you delete them.</source>
            <translation>
                <numerusform>%n andere kopie (met de hand gemaakt, vóór een upgrade, vóór een wijziging van de beveiliging of apart gezet bij het terugzetten) houdt ze tot u die verwijdert.</numerusform>
                <numerusform>%n andere kopieën (met de hand gemaakt, vóór een upgrade, vóór een wijziging van de beveiliging of apart gezet bij het terugzetten) houden ze tot u ze verwijdert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remains:</source>
            <translation>Blijft over:</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to Intervisie</source>
            <translation>Welkom bij Intervisie</translation>
        </message>
        <message>
            <source>Your notes and cases are confidential. With a passphrase the whole database is encrypted on disk, so nobody can read it without the passphrase; if you forget it, the data cannot be recovered.</source>
            <translation>Uw notities en casussen zijn vertrouwelijk. Met een wachtzin wordt de hele database versleuteld opgeslagen, zodat niemand haar zonder de wachtzin kan lezen; vergeet u de wachtzin, dan zijn de gegevens niet terug te halen.</translation>
        </message>
        <message>
            <source>Protect my data with a passphrase (recommended)</source>
            <translation>Mijn gegevens beveiligen met een wachtzin (aanbevolen)</translation>
        </message>
        <message>
            <source>Do not use a passphrase</source>
            <translation>Geen wachtzin gebruiken</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>Quit Intervisie?</source>
            <translation>Intervisie afsluiten?</translation>
        </message>
        <message>
            <source>Intervisie is not set up yet: nothing has been stored. Quit now? The next time you start Intervisie, it asks again.</source>
            <translation>Intervisie is nog niet ingesteld: er is nog niets opgeslagen. Nu afsluiten? De volgende keer dat u Intervisie start, wordt het opnieuw gevraagd.</translation>
        </message>
        <message>
            <source>&amp;Back to setting up</source>
            <translation>&amp;Terug naar instellen</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>Intervisie is locked</source>
            <extracomment>Windows with this dynamic property set to True stay visible while locked (the audience view: it shows nothing confidential). Every other top-level window is hidden until unlocked. Actions with this property stay usable while locked (Quit).</extracomment>
            <translation>Intervisie is vergrendeld</translation>
        </message>
        <message>
            <source>Type your passphrase to continue.</source>
            <translation>Typ uw wachtzin om verder te gaan.</translation>
        </message>
        <message>
            <source>Your data is not protected with a passphrase; anyone at this computer can continue. You can set a passphrase under Notes → Protection.</source>
            <translation>Uw gegevens zijn niet beveiligd met een wachtzin; iedereen achter deze computer kan verder. U kunt een wachtzin instellen via Notities → Beveiliging.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>Current passphrase</source>
            <translation>Huidige wachtzin</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nieuwe wachtzin</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Herhaal de wachtzin</translation>
        </message>
        <message numerus="yes">
            <source>A passphrase needs at least %n characters; a short sentence works well.</source>
            <translation>
                <numerusform>Een wachtzin heeft minstens %n teken nodig; een korte zin werkt goed.</numerusform>
                <numerusform>Een wachtzin heeft minstens %n tekens nodig; een korte zin werkt goed.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtzinnen zijn niet gelijk.</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePrompt</name>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>Show again</source>
            <translation>Weer tonen</translation>
        </message>
        <message>
            <source>Please type your passphrase.</source>
            <translation>Typ uw wachtzin.</translation>
        </message>
        <message>
            <source>This passphrase is not correct. Nothing was changed; check Caps Lock and try again.</source>
            <translation>Deze wachtzin klopt niet. Er is niets veranderd; controleer Caps Lock en probeer het opnieuw.</translation>
        </message>
        <message numerus="yes">
            <source>After several wrong attempts, please wait %n second(s).</source>
            <translation>
                <numerusform>Na meerdere foute pogingen: wacht %n seconde.</numerusform>
                <numerusform>Na meerdere foute pogingen: wacht %n seconden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <source>Protection</source>
            <translation>Beveiliging</translation>
        </message>
        <message>
            <source>Protect with a passphrase…</source>
            <translation>Beveiligen met een wachtzin…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Wachtzin wijzigen…</translation>
        </message>
        <message>
            <source>Remove protection…</source>
            <translation>Beveiliging uitzetten…</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after inactivity</source>
            <translation>Vergrendelen na inactiviteit</translation>
        </message>
        <message>
            <source>Your data is encrypted with a passphrase.</source>
            <translation>Uw gegevens zijn versleuteld met een wachtzin.</translation>
        </message>
        <message>
            <source>Your data is not protected: anyone with access to this computer can read it.</source>
            <translation>Uw gegevens zijn niet beveiligd: iedereen met toegang tot deze computer kan ze lezen.</translation>
        </message>
        <message>
            <source>This can take a minute; please keep the program open.</source>
            <translation>Dit kan een minuut duren; houd het programma open.</translation>
        </message>
        <message>
            <source>Protecting your data…</source>
            <translation>Uw gegevens worden beveiligd…</translation>
        </message>
        <message>
            <source>Your data is now encrypted. Keep the passphrase safe: without it the data cannot be recovered.</source>
            <translation>Uw gegevens zijn nu versleuteld. Bewaar de wachtzin goed: zonder wachtzin zijn de gegevens niet terug te halen.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>De wachtzin wordt gewijzigd…</translation>
        </message>
        <message>
            <source>Remove protection</source>
            <translation>Beveiliging uitzetten</translation>
        </message>
        <message>
            <source>The data will be stored unencrypted. Type your passphrase to confirm.</source>
            <translation>De gegevens worden onversleuteld opgeslagen. Typ uw wachtzin om te bevestigen.</translation>
        </message>
        <message>
            <source>Removing the protection…</source>
            <translation>De beveiliging wordt verwijderd…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>The database cannot be opened</source>
            <extracomment>What the start screens answer: the passphrase that opens the file (None: it needs none), or the recovery chosen for a file no passphrase opens.</extracomment>
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
            <source>&amp;Back</source>
            <translation>Te&amp;rug</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
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
            <source>Today's backup was written to {path}</source>
            <translation>De reservekopie van vandaag is geschreven naar {path}</translation>
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
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock Intervisie</source>
            <translation>Intervisie ontgrendelen</translation>
        </message>
        <message>
            <source>Your data is protected with a passphrase. Type it to open the program.</source>
            <translation>Uw gegevens zijn beveiligd met een wachtzin. Typ die om het programma te openen.</translation>
        </message>
        <message>
            <source>&amp;Recover the data…</source>
            <translation>&amp;Gegevens herstellen…</translation>
        </message>
        <message>
            <source>Your backups are not encrypted, yet this file asks for a passphrase. If you never set one, the file is probably damaged: recover your data from the newest good backup.</source>
            <translation>Uw reservekopieën zijn niet versleuteld, maar dit bestand vraagt om een wachtzin. Hebt u er nooit een ingesteld, dan is het bestand waarschijnlijk beschadigd: herstel uw gegevens uit de nieuwste goede reservekopie.</translation>
        </message>
        <message>
            <source>If you never protected your data with a passphrase, this file may be damaged or not an Intervisie database.</source>
            <translation>Hebt u uw gegevens nooit met een wachtzin beveiligd, dan is dit bestand misschien beschadigd of geen Intervisie-database.</translation>
        </message>
        <message>
            <source>If you only mistyped the passphrase of this file, choose Back and type it again.</source>
            <translation>Hebt u zich alleen vergist bij het typen van de wachtzin van dit bestand, kies dan Terug en typ hem opnieuw.</translation>
        </message>
        <message>
            <source>Only backups that open without a passphrase are offered. If you did set a passphrase, choose Back and type it again.</source>
            <translation>Alleen reservekopieën die zonder wachtzin opengaan worden aangeboden. Hebt u wel een wachtzin ingesteld, kies dan Terug en typ hem opnieuw.</translation>
        </message>
    </context>
</TS>

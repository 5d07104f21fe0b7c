<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AirtimeBox</name>
        <message>
            <source>Speaking time</source>
            <translation>Spreektijd</translation>
        </message>
        <message>
            <source>Speaking time per round</source>
            <translation>Spreektijd per ronde</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronde</translation>
        </message>
        <message>
            <source>Shortest</source>
            <translation>Kortst</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediaan</translation>
        </message>
        <message>
            <source>Longest</source>
            <translation>Langst</translation>
        </message>
        <message>
            <source>Measured by the session timer. Only you see this: it is not shown on the projector or in an export.</source>
            <translation>Gemeten door de sessietimer. Alleen u ziet dit: het staat niet op de beamer en niet in een export.</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Hele sessie</translation>
        </message>
    </context>
    <context>
        <name>AttendanceList</name>
        <message>
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Minutes present</source>
            <translation>Minuten aanwezig</translation>
        </message>
        <message>
            <source>The group has no members on this date.</source>
            <translation>De groep heeft op deze datum geen leden.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>niet ingevuld</translation>
        </message>
        <message>
            <source>present</source>
            <translation>aanwezig</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>afwezig</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>afgemeld</translation>
        </message>
        <message>
            <source>whole meeting</source>
            <translation>hele bijeenkomst</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Aanwezigheid vastleggen</translation>
        </message>
    </context>
    <context>
        <name>CasesPane</name>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Nieuwe casus</translation>
        </message>
        <message>
            <source>Case-bringer rotation</source>
            <translation>Beurt voor inbrengen</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message>
            <source>Last brought</source>
            <translation>Laatst ingebracht</translation>
        </message>
        <message>
            <source>Who has not brought a case for longest comes first.</source>
            <translation>Wie het langst geen casus inbracht, staat bovenaan.</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Casus bewerken</translation>
        </message>
        <message>
            <source>Case &amp;bringer</source>
            <translation>&amp;Inbrenger</translation>
        </message>
        <message>
            <source>&amp;Topic label</source>
            <translation>&amp;Onderwerp</translation>
        </message>
        <message>
            <source>a few words; may appear in reports</source>
            <translation>een paar woorden; kan in verslagen staan</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Hulpvraag</translation>
        </message>
        <message>
            <source>&amp;Show the question on the projector</source>
            <translation>Hulpvraag op de &amp;beamer tonen</translation>
        </message>
        <message>
            <source>Confidential: never shown on the projector or in reports. Keep it anonymous: initials or a pseudonym, no birth dates, no names of institutions.</source>
            <translation>Vertrouwelijk: nooit op de beamer of in verslagen. Houd het anoniem: initialen of een schuilnaam, geen geboortedata, geen namen van instellingen.</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>Be&amp;schrijving</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Methode</translation>
        </message>
        <message>
            <source>&amp;Outcome and insights</source>
            <translation>&amp;Uitkomst en inzichten</translation>
        </message>
        <message>
            <source>&amp;Agreed actions</source>
            <translation>&amp;Afgesproken acties</translation>
        </message>
        <message>
            <source>In the minutes</source>
            <translation>In het verslag</translation>
        </message>
        <message>
            <source>Share the actions with the &amp;group</source>
            <translation>Acties delen met de &amp;groep</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>O&amp;pvolging</translation>
        </message>
        <message>
            <source>nothing agreed</source>
            <translation>niets afgesproken</translation>
        </message>
        <message>
            <source>open: to follow up</source>
            <translation>open: nog opvolgen</translation>
        </message>
        <message>
            <source>done</source>
            <translation>gedaan</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>vervallen</translation>
        </message>
        <message>
            <source>&amp;What came of it</source>
            <translation>&amp;Wat ervan kwam</translation>
        </message>
        <message>
            <source>Choose a case on the left, or add a new one.</source>
            <translation>Kies links een casus, of voeg een nieuwe toe.</translation>
        </message>
        <message>
            <source>All meetings</source>
            <translation>Alle bijeenkomsten</translation>
        </message>
        <message>
            <source>Cases belong to a meeting. Plan a meeting first (Meetings tab).</source>
            <translation>Een casus hoort bij een bijeenkomst. Plan eerst een bijeenkomst (tabblad Bijeenkomsten).</translation>
        </message>
        <message>
            <source>{date} – {topic}</source>
            <translation>{date} – {topic}</translation>
        </message>
        <message>
            <source>No cases here yet. Click “New case” (Ctrl+Shift+K) to add one.</source>
            <translation>Hier nog geen casussen. Klik op ‘Nieuwe casus’ (Ctrl+Shift+K) om er een toe te voegen.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source>(not chosen)</source>
            <translation>(niet gekozen)</translation>
        </message>
        <message>
            <source>Case brought on {date}</source>
            <translation>Casus ingebracht op {date}</translation>
        </message>
    </context>
    <context>
        <name>GroupDetailsPane</name>
        <message>
            <source>Edit group</source>
            <translation>Groep bewerken</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>Profession or &amp;context</source>
            <translation>Beroep of &amp;context</translation>
        </message>
        <message>
            <source>&amp;Supervisor</source>
            <translation>&amp;Begeleider</translation>
        </message>
        <message>
            <source>Supervisor's &amp;register and number</source>
            <translation>&amp;Register en nummer van de begeleider</translation>
        </message>
        <message>
            <source>&amp;Led by</source>
            <translation>Ge&amp;leid door</translation>
        </message>
        <message>
            <source>the supervisor (guided)</source>
            <translation>de begeleider (begeleide intervisie)</translation>
        </message>
        <message>
            <source>a member in turn (self-steering)</source>
            <translation>een lid om beurten (zelfsturend)</translation>
        </message>
        <message>
            <source>Default meeting &amp;length</source>
            <translation>Standaard&amp;duur van een bijeenkomst</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Default &amp;method</source>
            <translation>Standaard&amp;methode</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>niet ingevuld</translation>
        </message>
        <message>
            <source>&amp;Ground rules</source>
            <translation>&amp;Groepsafspraken</translation>
        </message>
        <message>
            <source>This group is archived. Use Group → Restore from archive to meet again.</source>
            <translation>Deze groep is gearchiveerd. Kies Groep → Uit archief halen om weer bijeen te komen.</translation>
        </message>
    </context>
    <context>
        <name>GroupListPane</name>
        <message>
            <source>Search groups</source>
            <translation>Groepen zoeken</translation>
        </message>
        <message>
            <source>Active groups</source>
            <translation>Actieve groepen</translation>
        </message>
        <message>
            <source>Archived groups</source>
            <translation>Gearchiveerde groepen</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Alle groepen</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nieuwe groep</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (gearchiveerd)</translation>
        </message>
        <message>
            <source>No group matches “{text}”. Esc clears the search.</source>
            <translation>Geen groep past bij ‘{text}’. Esc wist de zoekopdracht.</translation>
        </message>
        <message>
            <source>No archived groups. Archive a group you no longer meet with.</source>
            <translation>Geen gearchiveerde groepen. Archiveer een groep waarmee u niet meer bijeenkomt.</translation>
        </message>
        <message>
            <source>No groups yet. Click “New group” (Ctrl+N) to start one.</source>
            <translation>Nog geen groepen. Klik op ‘Nieuwe groep’ (Ctrl+N) om te beginnen.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPane</name>
        <message>
            <source>planned</source>
            <translation>gepland</translation>
        </message>
        <message>
            <source>held</source>
            <translation>gehouden</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>afgelast</translation>
        </message>
        <message>
            <source>Plan meeting</source>
            <translation>Bijeenkomst plannen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming meeting(s)</source>
            <translation>
                <numerusform>%n komende bijeenkomst</numerusform>
                <numerusform>%n komende bijeenkomsten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past meeting(s)</source>
            <translation>
                <numerusform>%n eerdere bijeenkomst</numerusform>
                <numerusform>%n eerdere bijeenkomsten</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Bijeenkomst bewerken</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Begin</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Einde</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Plaats</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>&amp;Online meeting (video call)</source>
            <translation>&amp;Online bijeenkomst (videogesprek)</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>&amp;Led by</source>
            <translation>Ge&amp;leid door</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hema</translation>
        </message>
        <message>
            <source>a skill practised or a concept discussed, e.g. the drama triangle</source>
            <translation>een geoefende vaardigheid of besproken begrip, bijv. de dramadriehoek</translation>
        </message>
        <message>
            <source>E&amp;valuation</source>
            <translation>E&amp;valuatie</translation>
        </message>
        <message>
            <source>Open follow-ups from earlier cases</source>
            <translation>Openstaande opvolging van eerdere casussen</translation>
        </message>
        <message>
            <source>Ask each case bringer what came of the agreed actions.</source>
            <translation>Vraag elke inbrenger wat er van de afgesproken acties is gekomen.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>Sessieplan</translation>
        </message>
        <message>
            <source>No meetings yet. Click “Plan meeting” (Ctrl+Shift+M) to plan the first.</source>
            <translation>Nog geen bijeenkomsten. Klik op ‘Bijeenkomst plannen’ (Ctrl+Shift+M) om de eerste te plannen.</translation>
        </message>
        <message>
            <source>Choose a meeting on the left, or plan a new one.</source>
            <translation>Kies links een bijeenkomst, of plan een nieuwe.</translation>
        </message>
        <message>
            <source>Plan the first meeting</source>
            <translation>De eerste bijeenkomst plannen</translation>
        </message>
        <message>
            <source>{date}, {start}–{end}</source>
            <translation>{date}, {start}–{end}</translation>
        </message>
        <message>
            <source>the supervisor</source>
            <translation>de begeleider</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>{date} – {name}: {topic}</source>
            <translation>{date} – {name}: {topic}</translation>
        </message>
    </context>
    <context>
        <name>MembersPane</name>
        <message>
            <source>Seat order (the speaking order):</source>
            <translation>Zitvolgorde (de volgorde van spreken):</translation>
        </message>
        <message>
            <source>Seat order</source>
            <translation>Zitvolgorde</translation>
        </message>
        <message>
            <source>Drag a member, or press Alt+Up / Alt+Down, to change seats.</source>
            <translation>Sleep een lid, of druk op Alt+Omhoog / Alt+Omlaag, om van plaats te wisselen.</translation>
        </message>
        <message>
            <source>Drag, or Alt+Up / Alt+Down, to change the order.</source>
            <translation>Slepen, of Alt+Omhoog / Alt+Omlaag, verandert de volgorde.</translation>
        </message>
        <message>
            <source>Former members:</source>
            <translation>Oud-leden:</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Lid toevoegen</translation>
        </message>
        <message>
            <source>End membership</source>
            <translation>Lidmaatschap beëindigen</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Wissen…</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Definitief wissen</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Lid bewerken</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Volledige naam</translation>
        </message>
        <message>
            <source>Name on the &amp;projector</source>
            <translation>Naam op de &amp;beamer</translation>
        </message>
        <message>
            <source>Ro&amp;le or profession</source>
            <translation>&amp;Rol of beroep</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <source>Registration &amp;number</source>
            <translation>Registratie&amp;nummer</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Membership of this group</source>
            <translation>Lidmaatschap van deze groep</translation>
        </message>
        <message>
            <source>Edit membership</source>
            <translation>Lidmaatschap bewerken</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>&amp;Lid sinds</translation>
        </message>
        <message>
            <source>Le&amp;ft on</source>
            <translation>Lid &amp;tot</translation>
        </message>
        <message>
            <source>still a member</source>
            <translation>nog lid</translation>
        </message>
        <message>
            <source>Learning goals per year</source>
            <translation>Leerdoelen per jaar</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Leerdoel</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Add learning goal</source>
            <translation>Leerdoel toevoegen</translation>
        </message>
        <message>
            <source>Delete learning goal</source>
            <translation>Leerdoel verwijderen</translation>
        </message>
        <message>
            <source>No members yet. Click “Add member” (Ctrl+Shift+A) to add the first.</source>
            <translation>Nog geen leden. Klik op ‘Lid toevoegen’ (Ctrl+Shift+A) om het eerste lid toe te voegen.</translation>
        </message>
        <message>
            <source>Add the first member</source>
            <translation>Het eerste lid toevoegen</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nieuw lid</translation>
        </message>
        <message>
            <source>Change seat order</source>
            <translation>Zitvolgorde wijzigen</translation>
        </message>
        <message>
            <source>New learning goal</source>
            <translation>Nieuw leerdoel</translation>
        </message>
        <message>
            <source>Edit learning goal</source>
            <translation>Leerdoel bewerken</translation>
        </message>
    </context>
    <context>
        <name>Namesakes</name>
        <message>
            <source>Another member of this group is also called {name}; add something to tell them apart, e.g. an initial.</source>
            <translation>Een ander lid van deze groep heet ook {name}; voeg iets toe om ze uit elkaar te houden, bijvoorbeeld een voorletter.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePane</name>
        <message>
            <source>Welcome to Intervisie</source>
            <translation>Welkom bij Intervisie</translation>
        </message>
        <message>
            <source>Plan the meetings of your peer-consultation groups, run the session on the projector, and hand every member the yearly proof for their register. Everything stays on this computer.</source>
            <translation>Plan de bijeenkomsten van uw intervisiegroepen, leid de sessie op de beamer en geef elk lid het jaarlijkse bewijs voor het register. Alles blijft op deze computer.</translation>
        </message>
        <message>
            <source>Create your first group</source>
            <translation>Uw eerste groep aanmaken</translation>
        </message>
        <message>
            <source>Look around in the demo</source>
            <translation>Rondkijken in de demo</translation>
        </message>
        <message>
            <source>The demo opens in a second window with made-up groups; your data is not touched.</source>
            <translation>De demo opent in een tweede venster met verzonnen groepen; uw eigen gegevens blijven onaangeroerd.</translation>
        </message>
    </context>
</TS>

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
            <source>Measured by the session timer. Only you see this: it is never shown on the projector, and goes into the minutes only when you tick it there.</source>
            <translation>Gemeten door de sessietimer. Alleen u ziet dit: het komt nooit op de beamer, en alleen in het verslag als u het daar aanvinkt.</translation>
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
            <extracomment>One member's attendance as the list saves it: status, minutes present, arrived, left.</extracomment>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Minutes present</source>
            <translation>Minuten aanwezig</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Gekomen</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Vertrokken</translation>
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
            <source>%1: arrived at</source>
            <translation>%1: gekomen om</translation>
        </message>
        <message>
            <source>%1: left at</source>
            <translation>%1: vertrokken om</translation>
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
            <source>hh:mm</source>
            <translation>uu:mm</translation>
        </message>
        <message>
            <source>Came late or left early: type the time, e.g. 19:45; empty for on time.</source>
            <translation>Later gekomen of eerder weg: typ de tijd, bijv. 19:45; leeg voor op tijd.</translation>
        </message>
        <message>
            <source>“%1” is no time of day: type it as 19:45.</source>
            <translation>“%1” is geen tijdstip: typ het als 19:45.</translation>
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
            <source>carried over</source>
            <translation>doorgeschoven</translation>
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
        <name>Chair</name>
        <message>
            <source>the supervisor</source>
            <translation>de begeleider</translation>
        </message>
        <message>
            <source>a member, the supervisor in the background</source>
            <translation>een lid, met de begeleider op de achtergrond</translation>
        </message>
        <message>
            <source>a member alone</source>
            <translation>een lid zelfstandig</translation>
        </message>
        <message>
            <source>a regular meeting</source>
            <translation>een gewone bijeenkomst</translation>
        </message>
        <message>
            <source>evaluation meeting</source>
            <translation>evaluatiebijeenkomst</translation>
        </message>
        <message>
            <source>follow-up meeting</source>
            <translation>terugkombijeenkomst</translation>
        </message>
        <message>
            <source>{name}, the supervisor in the background</source>
            <translation>{name}, met de begeleider op de achtergrond</translation>
        </message>
        <message>
            <source>{name} alone</source>
            <translation>{name} zelfstandig</translation>
        </message>
    </context>
    <context>
        <name>ChairHistoryDialog</name>
        <message>
            <source>Who chaired when</source>
            <translation>Wie zat wanneer voor</translation>
        </message>
        <message>
            <source>Who chaired each meeting</source>
            <translation>Wie elke bijeenkomst voorzat</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Voorzitter</translation>
        </message>
    </context>
    <context>
        <name>ChairRota</name>
        <message>
            <source>Ta&amp;ke</source>
            <translation>Over&amp;nemen</translation>
        </message>
        <message>
            <source>Let the member next on the chair rota chair</source>
            <translation>Laat het lid dat volgens het voorzittersrooster aan de beurt is voorzitten</translation>
        </message>
        <message>
            <source>Who chaired when…</source>
            <translation>Wie zat wanneer voor…</translation>
        </message>
        <message>
            <source>Phase-out plan…</source>
            <translation>Afbouwplan…</translation>
        </message>
        <message>
            <source>The chair rota suggests a chair for planned meetings.</source>
            <translation>Het voorzittersrooster stelt een voorzitter voor bij geplande bijeenkomsten.</translation>
        </message>
        <message>
            <source>Next to chair: nobody (every member is away)</source>
            <translation>Volgende voorzitter: niemand (alle leden zijn afwezig)</translation>
        </message>
        <message numerus="yes">
            <source>chaired %n time(s)</source>
            <translation>
                <numerusform>%n keer voorgezeten</numerusform>
                <numerusform>%n keer voorgezeten</numerusform>
            </translation>
        </message>
        <message>
            <source>last on {date}</source>
            <translation>laatst op {date}</translation>
        </message>
        <message>
            <source>never yet</source>
            <translation>nog nooit</translation>
        </message>
        <message>
            <source>Next to chair: {name} ({times}, {last})</source>
            <translation>Volgende voorzitter: {name} ({times}, {last})</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>Soo&amp;rt bijeenkomst</translation>
        </message>
        <message>
            <source>Chair rota</source>
            <translation>Voorzittersrooster</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentPane</name>
        <message>
            <source>Over the meetings</source>
            <translation>Over de bijeenkomsten</translation>
        </message>
        <message>
            <source>Development of the group over its meetings</source>
            <translation>Ontwikkeling van de groep over de bijeenkomsten</translation>
        </message>
        <message>
            <source>Nothing to show yet: the chart follows the meetings marked held.</source>
            <translation>Nog niets te tonen: de grafiek volgt de bijeenkomsten die als gehouden zijn gemarkeerd.</translation>
        </message>
        <message>
            <source>Per year</source>
            <translation>Per jaar</translation>
        </message>
        <message>
            <source>Development per year</source>
            <translation>Ontwikkeling per jaar</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Gehouden bijeenkomsten</translation>
        </message>
        <message>
            <source>Overall rating</source>
            <translation>Totaaloordeel</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Actions followed up</source>
            <translation>Acties opgevolgd</translation>
        </message>
        <message>
            <source>Chaired by a member</source>
            <translation>Voorgezeten door een lid</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n answer(s))</source>
            <translation>
                <numerusform>%1 (%n antwoord)</numerusform>
                <numerusform>%1 (%n antwoorden)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Evaluation</name>
        <message>
            <source>What this meeting brought me</source>
            <translation>Wat deze bijeenkomst mij opleverde</translation>
        </message>
        <message>
            <source>How safe it felt to bring something in</source>
            <translation>Hoe veilig het voelde om iets in te brengen</translation>
        </message>
        <message>
            <source>How well the way of working fitted</source>
            <translation>Hoe goed de werkwijze paste</translation>
        </message>
        <message>
            <source>The meeting as a whole</source>
            <translation>De bijeenkomst als geheel</translation>
        </message>
    </context>
    <context>
        <name>EvaluationBox</name>
        <message>
            <source>Evaluation by the group</source>
            <translation>Evaluatie door de groep</translation>
        </message>
        <message>
            <source>One score per answer, without names, 0 (not at all) to 10 (very much). Only you see these; the yearly summary shows the group's mean only.</source>
            <translation>Eén score per antwoord, zonder namen, van 0 (helemaal niet) tot 10 (heel erg). Alleen u ziet deze scores; het jaaroverzicht toont alleen het gemiddelde van de groep.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationEntry</name>
        <message>
            <source>scores 0–10, e.g. 7 8 6 9</source>
            <translation>scores 0–10, bijv. 7 8 6 9</translation>
        </message>
        <message>
            <source>no answers</source>
            <translation>geen antwoorden</translation>
        </message>
        <message numerus="yes">
            <source>mean %1 of %n answer(s)</source>
            <translation>
                <numerusform>gemiddeld %1 van %n antwoord</numerusform>
                <numerusform>gemiddeld %1 van %n antwoorden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpMarks</name>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Gedaan</translation>
        </message>
        <message>
            <source>Carry &amp;over</source>
            <translation>&amp;Doorschuiven</translation>
        </message>
        <message>
            <source>D&amp;rop</source>
            <translation>La&amp;ten vallen</translation>
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
            <source>&amp;Who chairs</source>
            <translation>&amp;Wie zit voor</translation>
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
        <message>
            <source>carried over</source>
            <translation>doorgeschoven</translation>
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
        <name>PhaseOut</name>
        <message>
            <source>&amp;Phase-out plan…</source>
            <translation>Afbouw&amp;plan…</translation>
        </message>
    </context>
    <context>
        <name>PhaseOutDialog</name>
        <message>
            <source>Phase-out plan</source>
            <translation>Afbouwplan</translation>
        </message>
        <message>
            <source>A path to self-steering for {group}, over its {count} planned meetings from today: the supervisor chairs the first ones; from the meeting you choose, members chair with the supervisor in the background, named by the chair rota. The supervisor chairs the evaluation meeting and the follow-up meeting.</source>
            <translation>Een weg naar zelfsturing voor {group}, over de {count} geplande bijeenkomsten vanaf vandaag: de begeleider zit de eerste voor; vanaf de bijeenkomst die u kiest zitten leden voor met de begeleider op de achtergrond, aangewezen door het voorzittersrooster. De begeleider zit de evaluatiebijeenkomst en de terugkombijeenkomst voor.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>{n}. {date}</source>
            <translation>{n}. {date}</translation>
        </message>
        <message>
            <source>After the evaluation meeting, members chair on their own</source>
            <translation>Na de evaluatiebijeenkomst zitten leden zelfstandig voor</translation>
        </message>
        <message>
            <source>Members &amp;chair from</source>
            <translation>&amp;Leden zitten voor vanaf</translation>
        </message>
        <message>
            <source>E&amp;valuation meeting</source>
            <translation>E&amp;valuatiebijeenkomst</translation>
        </message>
        <message>
            <source>&amp;Follow-up meeting</source>
            <translation>&amp;Terugkombijeenkomst</translation>
        </message>
        <message>
            <source>Each planned meeting now and after the plan</source>
            <translation>Elke geplande bijeenkomst nu en na het plan</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Wordt</translation>
        </message>
        <message>
            <source>Afterwards each meeting's chair can still be changed on the Meetings tab; Ctrl+Z takes the whole plan back.</source>
            <translation>Daarna is de voorzitter van elke bijeenkomst nog te wijzigen op het tabblad Bijeenkomsten; Ctrl+Z draait het hele plan terug.</translation>
        </message>
        <message>
            <source>&amp;Apply plan</source>
            <translation>&amp;Plan toepassen</translation>
        </message>
        <message>
            <source>Set by hand; the plan overwrites it</source>
            <translation>Met de hand ingesteld; het plan overschrijft dit</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) change.</source>
            <translation>
                <numerusform>%n bijeenkomst verandert.</numerusform>
                <numerusform>%n bijeenkomsten veranderen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Overwritten (a chair or purpose set before, marked ⚠): {dates}.</source>
            <translation>Overschreven (een eerder ingestelde voorzitter of soort, gemarkeerd met ⚠): {dates}.</translation>
        </message>
    </context>
    <context>
        <name>PortalListDialog</name>
        <message>
            <source>Registration numbers for a portal</source>
            <translation>Registratienummers voor een portaal</translation>
        </message>
        <message>
            <source>The numbers of those present, one per line, leading zeros kept: paste them into the register's portal.</source>
            <translation>De nummers van de aanwezigen, één per regel, met voorloopnullen: plak ze in het portaal van het register.</translation>
        </message>
        <message>
            <source>&amp;This meeting ({date})</source>
            <translation>&amp;Deze bijeenkomst ({date})</translation>
        </message>
        <message>
            <source>The whole &amp;year {year}</source>
            <translation>Het hele &amp;jaar {year}</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Registration numbers</source>
            <translation>Registratienummers</translation>
        </message>
        <message>
            <source>&amp;Copy to clipboard</source>
            <translation>&amp;Kopiëren naar klembord</translation>
        </message>
        <message>
            <source>Save as te&amp;xt…</source>
            <translation>Opslaan als te&amp;kst…</translation>
        </message>
        <message>
            <source>Save as C&amp;SV…</source>
            <translation>Opslaan als C&amp;SV…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Only a held meeting has a list.</source>
            <translation>Alleen een gehouden bijeenkomst heeft een lijst.</translation>
        </message>
        <message>
            <source>Numbers: {count}</source>
            <translation>Nummers: {count}</translation>
        </message>
        <message>
            <source>Not in the form of a {register} number, check them in the member form: {numbers}</source>
            <translation>Niet in de vorm van een {register}-nummer, controleer ze in het ledenformulier: {numbers}</translation>
        </message>
        <message>
            <source>Copied to the clipboard: {count} numbers.</source>
            <translation>Gekopieerd naar het klembord: nummers {count}.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Tekst (*.txt)</translation>
        </message>
        <message>
            <source>Saved {count} numbers in {path}.</source>
            <translation>Opgeslagen in {path}: nummers {count}.</translation>
        </message>
        <message>
            <source>Registration numbers for a &amp;portal…</source>
            <translation>Registratienummers voor een &amp;portaal…</translation>
        </message>
    </context>
    <context>
        <name>RegisterRulesDialog</name>
        <message>
            <source>Register rules</source>
            <translation>Registerregels</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <source>Who meets the rules</source>
            <translation>Wie voldoet aan de regels</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registratie</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>What the rules ask</source>
            <translation>Wat de regels vragen</translation>
        </message>
        <message>
            <source>Counted this year</source>
            <translation>Geteld dit jaar</translation>
        </message>
        <message>
            <source>Counted: held meetings of any group the member attended that satisfy the register's conditions (length, group size, a registered supervisor). “Not yet”: the year is still running.</source>
            <translation>Geteld: gehouden bijeenkomsten van elke groep waar het lid bij was en die aan de voorwaarden van het register voldoen (duur, groepsgrootte, een geregistreerde begeleider). “Nog niet”: het jaar loopt nog.</translation>
        </message>
        <message>
            <source>&amp;Who meets the rules</source>
            <translation>&amp;Wie voldoet aan de regels</translation>
        </message>
        <message>
            <source>Rules per register</source>
            <translation>Regels per register</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Rules with a source are read-only. A value no source gives is marked “unsourced”: change it when your register says otherwise.</source>
            <translation>Regels met een bron zijn niet te wijzigen. Een waarde die geen bron geeft, heet “zonder bron”: pas die aan als uw register iets anders zegt.</translation>
        </message>
        <message>
            <source>&amp;Rules and sources</source>
            <translation>&amp;Regels en bronnen</translation>
        </message>
        <message>
            <source>meetings {meetings} · hours {hours} · in a registered group {registered}</source>
            <translation>bijeenkomsten {meetings} · uren {hours} · in een geregistreerde groep {registered}</translation>
        </message>
        <message>
            <source>At least this many hours over {years} years</source>
            <translation>Minstens zoveel uur over {years} jaar</translation>
        </message>
        <message>
            <source>At least this many hours in a calendar year</source>
            <translation>Minstens zoveel uur in een kalenderjaar</translation>
        </message>
        <message>
            <source>At least this many meetings in a year</source>
            <translation>Minstens zoveel bijeenkomsten per jaar</translation>
        </message>
        <message>
            <source>A meeting counts from this many minutes</source>
            <translation>Een bijeenkomst telt vanaf zoveel minuten</translation>
        </message>
        <message>
            <source>A meeting counts with this many present or more, at most {max}</source>
            <translation>Een bijeenkomst telt met minstens zoveel aanwezigen, hoogstens {max}</translation>
        </message>
        <message>
            <source>Only meetings led by a supervisor with a register number count</source>
            <translation>Alleen bijeenkomsten onder leiding van een begeleider met een registernummer tellen</translation>
        </message>
        <message>
            <source>At least this many hours in every quarter ({value} h)</source>
            <translation>Minstens zoveel uur in elk kwartaal ({value} uur)</translation>
        </message>
        <message>
            <source>No yearly minimum for intervisie</source>
            <translation>Geen jaarlijks minimum voor intervisie</translation>
        </message>
        <message>
            <source>unsourced</source>
            <translation>zonder bron</translation>
        </message>
        <message>
            <source>changed by you</source>
            <translation>door u gewijzigd</translation>
        </message>
    </context>
    <context>
        <name>RegistrationsBox</name>
        <message>
            <source>Registers and numbers</source>
            <translation>Registers en nummers</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Registraties</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
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
            <source>&amp;Add registration</source>
            <translation>Registratie &amp;toevoegen</translation>
        </message>
        <message>
            <source>Remove registration</source>
            <translation>Registratie verwijderen</translation>
        </message>
        <message>
            <source>Removes the selected registration (Delete)</source>
            <translation>Verwijdert de gekozen registratie (Delete)</translation>
        </message>
        <message>
            <source>Register rules…</source>
            <translation>Registerregels…</translation>
        </message>
        <message>
            <source>Who in this group meets their registers' rules, and the rules themselves</source>
            <translation>Wie in deze groep aan de regels van zijn registers voldoet, en de regels zelf</translation>
        </message>
        <message>
            <source>Add registration</source>
            <translation>Registratie toevoegen</translation>
        </message>
        <message>
            <source>Edit registration number</source>
            <translation>Registratienummer wijzigen</translation>
        </message>
    </context>
    <context>
        <name>SafetyBox</name>
        <message>
            <source>Safety checks</source>
            <translation>Veiligheidschecks</translation>
        </message>
        <message>
            <source>Once or twice a year: hand out the anonymous form, collect it folded, and type in how many forms ticked each answer.</source>
            <translation>Een- of tweemaal per jaar: deel het anonieme formulier uit, haal het dichtgevouwen op en typ in hoeveel formulieren elk antwoord aankruisten.</translation>
        </message>
        <message>
            <source>Language of the form</source>
            <translation>Taal van het formulier</translation>
        </message>
        <message>
            <source>&amp;Print the form (PDF)…</source>
            <translation>Formulier &amp;afdrukken (pdf)…</translation>
        </message>
        <message>
            <source>New safety &amp;check</source>
            <translation>Nieuwe veiligheids&amp;check</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Check verwijderen</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Forms per answer and statement</source>
            <translation>Formulieren per antwoord en uitspraak</translation>
        </message>
        <message>
            <source>&amp;Save tally</source>
            <translation>Telling &amp;opslaan</translation>
        </message>
        <message>
            <source>{date}: no answers yet</source>
            <translation>{date}: nog geen antwoorden</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n form(s), mean {mean} of 5</source>
            <translation>
                <numerusform>{date}: %n formulier, gemiddeld {mean} van 5</numerusform>
                <numerusform>{date}: %n formulieren, gemiddeld {mean} van 5</numerusform>
            </translation>
        </message>
        <message>
            <source>safety-check-{lang}.pdf</source>
            <translation>veiligheidscheck-{lang}.pdf</translation>
        </message>
        <message>
            <source>Print the safety check form</source>
            <translation>Formulier van de veiligheidscheck afdrukken</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>Pdf (*.pdf)</translation>
        </message>
        <message>
            <source>The form could not be written: {error}</source>
            <translation>Het formulier kon niet worden geschreven: {error}</translation>
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

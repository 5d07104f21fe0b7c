<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <source>demo</source>
            <extracomment>Which kinds of data each pane shows; the hub refreshes a pane when one of them changed. Session mode connects here: the meeting to run (the selected one, or the next planned).</extracomment>
            <translation>demo</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Bijeenkomsten</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Casussen</translation>
        </message>
        <message>
            <source>Choose a group on the left.</source>
            <translation>Kies links een groep.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <source>Restore from arc&amp;hive</source>
            <translation>Uit &amp;archief halen</translation>
        </message>
        <message>
            <source>Arc&amp;hive group</source>
            <translation>Groep &amp;archiveren</translation>
        </message>
        <message>
            <source>Plan a meeting first: cases belong to a meeting.</source>
            <translation>Plan eerst een bijeenkomst: een casus hoort bij een bijeenkomst.</translation>
        </message>
        <message>
            <source>No meeting to start: plan one on the Meetings tab first.</source>
            <translation>Geen bijeenkomst om te starten: plan er eerst een op het tabblad Bijeenkomsten.</translation>
        </message>
        <message>
            <source>The demo opens in a separate window.</source>
            <translation>De demo opent in een apart venster.</translation>
        </message>
        <message>
            <source>The demo could not be started.</source>
            <translation>De demo kon niet worden gestart.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;The supervisor's tool for guided peer consultation, fully offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;Het hulpmiddel van de begeleider voor begeleide intervisie, volledig offline.&lt;/p&gt;&lt;p&gt;Gegevensmap:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Intervisie</source>
            <translation>Over Intervisie</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;New group</source>
            <translation>&amp;Nieuwe groep</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>&amp;Demo openen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;doen</translation>
        </message>
        <message>
            <source>&amp;Find group</source>
            <translation>Groep &amp;zoeken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Groep</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Leden</translation>
        </message>
        <message>
            <source>M&amp;eetings</source>
            <translation>&amp;Bijeenkomsten</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Casussen</translation>
        </message>
        <message>
            <source>&amp;Method library</source>
            <translation>&amp;Methodebibliotheek</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>Lid &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;End membership</source>
            <translation>Lidmaatschap &amp;beëindigen</translation>
        </message>
        <message>
            <source>&amp;Remove member…</source>
            <translation>Lid &amp;verwijderen…</translation>
        </message>
        <message>
            <source>Era&amp;se member…</source>
            <translation>Lid w&amp;issen…</translation>
        </message>
        <message>
            <source>&amp;Delete group…</source>
            <translation>Groep verwij&amp;deren…</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>Bijeen&amp;komst</translation>
        </message>
        <message>
            <source>&amp;Plan meeting</source>
            <translation>Bijeenkomst &amp;plannen</translation>
        </message>
        <message>
            <source>&amp;Delete meeting…</source>
            <translation>Bijeenkomst &amp;verwijderen…</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;Nieuwe casus</translation>
        </message>
        <message>
            <source>D&amp;elete case…</source>
            <translation>Casus ver&amp;wijderen…</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sessie</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>Sessie &amp;starten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Intervisie</source>
            <translation>&amp;Over Intervisie</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Nieuwe groep</translation>
        </message>
        <message>
            <source>Restore group</source>
            <translation>Groep uit archief halen</translation>
        </message>
        <message>
            <source>Archive group</source>
            <translation>Groep archiveren</translation>
        </message>
        <message>
            <source>“{name}” is active again.</source>
            <translation>‘{name}’ is weer actief.</translation>
        </message>
        <message>
            <source>“{name}” was archived; see “Archived groups”.</source>
            <translation>‘{name}’ is gearchiveerd; u vindt de groep onder ‘Gearchiveerde groepen’.</translation>
        </message>
        <message>
            <source>Delete the group “{name}” with its {count} meetings, their attendance, cases and notes? Until you close the program, Edit → Undo (Ctrl+Z) brings it back.</source>
            <translation>De groep ‘{name}’ verwijderen, met de {count} bijeenkomsten, de aanwezigheid, casussen en notities? Tot u het programma sluit, haalt Bewerken → Ongedaan maken (Ctrl+Z) alles terug.</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Groep verwijderen</translation>
        </message>
        <message>
            <source>Group deleted. Ctrl+Z brings it back.</source>
            <translation>Groep verwijderd. Ctrl+Z haalt hem terug.</translation>
        </message>
        <message>
            <source>Remove {name} from the program, with their cases, learning goals and notes? Their past attendance stays as an anonymous count. Ctrl+Z undoes this until you close the program. To keep their history, use End membership instead.</source>
            <translation>{name} uit het programma verwijderen, met casussen, leerdoelen en notities? De eerdere aanwezigheid blijft als anonieme telling bewaard. Tot u het programma sluit, maakt Ctrl+Z dit ongedaan. Wilt u de geschiedenis bewaren, kies dan Lidmaatschap beëindigen.</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Lid verwijderen</translation>
        </message>
        <message>
            <source>Delete the meeting of {date} with its attendance and {count} cases? Ctrl+Z brings it back until you close the program.</source>
            <translation>De bijeenkomst van {date} verwijderen, met de aanwezigheid en {count} casussen? Tot u het programma sluit, haalt Ctrl+Z haar terug.</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Bijeenkomst verwijderen</translation>
        </message>
        <message>
            <source>Delete the case “{topic}” with its description and notes? Ctrl+Z brings it back until you close the program.</source>
            <translation>De casus ‘{topic}’ verwijderen, met beschrijving en notities? Tot u het programma sluit, haalt Ctrl+Z hem terug.</translation>
        </message>
        <message>
            <source>Delete case</source>
            <translation>Casus verwijderen</translation>
        </message>
    </context>
    <context>
        <name>SessionLauncher</name>
        <message>
            <source>The unfinished session was discarded.</source>
            <translation>De onafgeronde sessie is weggegooid.</translation>
        </message>
    </context>
</TS>

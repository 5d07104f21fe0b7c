<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Confirm</name>
        <message>
            <source>1 case</source>
            <translation>1 casus</translation>
        </message>
        <message>
            <source>{n} cases</source>
            <translation>{n} casussen</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 notitie</translation>
        </message>
        <message>
            <source>{n} notes</source>
            <translation>{n} notities</translation>
        </message>
        <message>
            <source>1 learning goal</source>
            <translation>1 leerdoel</translation>
        </message>
        <message>
            <source>{n} learning goals</source>
            <translation>{n} leerdoelen</translation>
        </message>
        <message>
            <source>1 meeting</source>
            <translation>1 bijeenkomst</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>{n} bijeenkomsten</translation>
        </message>
        <message>
            <source>1 attendance record</source>
            <translation>1 aanwezigheidsregistratie</translation>
        </message>
        <message>
            <source>{n} attendance records</source>
            <translation>{n} aanwezigheidsregistraties</translation>
        </message>
        <message>
            <source>1 plan step</source>
            <translation>1 planstap</translation>
        </message>
        <message>
            <source>{n} plan steps</source>
            <translation>{n} planstappen</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} en {last}</translation>
        </message>
        <message>
            <source>its question, description and agreed actions</source>
            <translation>de vraag, beschrijving en afspraken</translation>
        </message>
        <message>
            <source>Delete {name} from the program, with {what}?</source>
            <translation>{name} uit het programma verwijderen, met {what}?</translation>
        </message>
        <message>
            <source>Delete {name} from the program?</source>
            <translation>{name} uit het programma verwijderen?</translation>
        </message>
        <message>
            <source>Their attendance at {meetings} stays as an anonymous count.</source>
            <translation>De aanwezigheid bij {meetings} blijft als anonieme telling bewaard.</translation>
        </message>
        <message>
            <source>End membership keeps everything: {name} leaves the group as of today.</source>
            <translation>Lidmaatschap beëindigen bewaart alles: {name} verlaat de groep met ingang van vandaag.</translation>
        </message>
        <message>
            <source>Ctrl+Z brings it back until you close the program.</source>
            <translation>Met Ctrl+Z komt het terug, tot u het programma sluit.</translation>
        </message>
        <message>
            <source>Delete {thing} with {what}?</source>
            <translation>{thing} verwijderen, met {what}?</translation>
        </message>
        <message>
            <source>Delete {thing}?</source>
            <translation>{thing} verwijderen?</translation>
        </message>
        <message>
            <source>{steps} in a meeting plan will have no case any more.</source>
            <translation>In een bijeenkomstplan vervalt de casus bij {steps}.</translation>
        </message>
        <message>
            <source>Deleted {thing} with {what}. Ctrl+Z brings it back.</source>
            <translation>{thing} verwijderd, met {what}. Met Ctrl+Z komt het terug.</translation>
        </message>
        <message>
            <source>Deleted {thing}. Ctrl+Z brings it back.</source>
            <translation>{thing} verwijderd. Met Ctrl+Z komt het terug.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>demo</source>
            <extracomment>A pane on the group tabs (a QWidget that is also a GroupPane). Which kinds of data each pane shows; the hub refreshes a pane when one of them changed. Session mode connects here: the meeting to run (the selected one, or the next planned).</extracomment>
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
            <source>Development</source>
            <translation>Ontwikkeling</translation>
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
            <source>&amp;Development</source>
            <translation>&amp;Ontwikkeling</translation>
        </message>
        <message>
            <source>Method &amp;library</source>
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
            <source>the group “{name}”</source>
            <translation>de groep “{name}”</translation>
        </message>
        <message>
            <source>End membership</source>
            <translation>Lidmaatschap beëindigen</translation>
        </message>
        <message>
            <source>{name} is a former member as of today; their cases, notes and attendance stay. Ctrl+Z brings the membership back.</source>
            <translation>{name} is vanaf vandaag oud-lid; casussen, notities en aanwezigheid blijven bewaard. Met Ctrl+Z komt het lidmaatschap terug.</translation>
        </message>
        <message>
            <source>the meeting of {date}</source>
            <translation>de bijeenkomst van {date}</translation>
        </message>
        <message>
            <source>the case “{topic}”</source>
            <translation>de casus “{topic}”</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Groep verwijderen</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Lid verwijderen</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Bijeenkomst verwijderen</translation>
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
    <context>
        <name>StartToday</name>
        <message>
            <source>Start session mode</source>
            <translation>Sessiemodus starten</translation>
        </message>
        <message>
            <source>This meeting is dated {date}, not today.</source>
            <translation>Deze bijeenkomst staat op {date}, niet op vandaag.</translation>
        </message>
        <message>
            <source>A session is held on the day it runs. Start it today, or cancel and keep the date.</source>
            <translation>Een sessie wordt gehouden op de dag dat ze loopt. Start haar vandaag, of annuleer en houd de datum.</translation>
        </message>
        <message>
            <source>Start it today (its date moves from {date} to today)</source>
            <translation>Vandaag starten (de datum gaat van {date} naar vandaag)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
</TS>

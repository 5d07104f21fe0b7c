<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AudienceModes</name>
        <message>
            <source>Projector, full screen</source>
            <translation>Beamer, volledig scherm</translation>
        </message>
        <message>
            <source>Window for a video call (16:9)</source>
            <translation>Venster voor een videogesprek (16:9)</translation>
        </message>
        <message>
            <source>One screen (P shows the presenter)</source>
            <translation>Eén scherm (P toont de presentator)</translation>
        </message>
        <message>
            <source>Audience view</source>
            <translation>Groepsweergave</translation>
        </message>
        <message>
            <source>Intervisie — window to share</source>
            <translation>Intervisie — venster om te delen</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Hulpvraag:</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens</source>
            <translation>De inbrenger draait zich om en luistert</translation>
        </message>
        <message>
            <source>The case bringer listens in silence</source>
            <translation>De inbrenger luistert en zwijgt</translation>
        </message>
        <message>
            <source>No advice in this phase</source>
            <translation>Geen adviezen in deze fase</translation>
        </message>
        <message>
            <source>Write first, then speak</source>
            <translation>Eerst schrijven, dan spreken</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauze</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Dank jullie wel</translation>
        </message>
        <message>
            <source>The session has ended</source>
            <translation>De intervisie is afgerond</translation>
        </message>
        <message>
            <source>We continue at {time}</source>
            <translation>We gaan verder om {time}</translation>
        </message>
        <message>
            <source>Phase {i} of {n}</source>
            <translation>Fase {i} van {n}</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Evaluation of this meeting</source>
            <translation>Evaluatie van deze bijeenkomst</translation>
        </message>
        <message>
            <source>Ask everyone for a score from 0 (not at all) to 10 (very much) per question, without names, and type them in as a list, e.g. 7 8 6 9. Only this screen shows them: the projector does not.</source>
            <translation>Vraag iedereen per vraag om een score van 0 (helemaal niet) tot 10 (heel erg), zonder namen, en typ ze in als een rij, bijv. 7 8 6 9. Alleen dit scherm toont ze, de beamer niet.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationOffer</name>
        <message>
            <source>Enter evaluation</source>
            <translation>Evaluatie invoeren</translation>
        </message>
        <message>
            <source>The evaluation step: type in the group's scores.</source>
            <translation>De evaluatiestap: typ de scores van de groep in.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPanel</name>
        <message>
            <source>open</source>
            <extracomment>The marks and their keys, in the order of the buttons.</extracomment>
            <translation>open</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>doorgeschoven</translation>
        </message>
        <message>
            <source>action done</source>
            <translation>actie gedaan</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>vervallen</translation>
        </message>
        <message>
            <source>Follow-up of agreed actions</source>
            <translation>Opvolging van de afgesproken acties</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Carry over</source>
            <translation>Doorschuiven</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Laten vallen</translation>
        </message>
        <message>
            <source>No open actions from earlier meetings.</source>
            <translation>Geen open acties van eerdere bijeenkomsten.</translation>
        </message>
        <message>
            <source>(no case bringer)</source>
            <translation>(geen inbrenger)</translation>
        </message>
        <message>
            <source>{topic} ({date}): {actions}</source>
            <translation>{topic} ({date}): {actions}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTopics</name>
        <message>
            <source>{count} more</source>
            <extracomment>More topics than this and the line says how many more: it must leave the timer its room.</extracomment>
            <translation>en nog {count}</translation>
        </message>
        <message>
            <source>Follow-up: {topics}</source>
            <translation>Opvolging: {topics}</translation>
        </message>
    </context>
    <context>
        <name>MessageEntry</name>
        <message>
            <source>Message to the room</source>
            <translation>Bericht aan de groep</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>For example: Five more minutes</source>
            <translation>Bijvoorbeeld: Nog 5 minuten</translation>
        </message>
        <message>
            <source>Only on my screen</source>
            <translation>Alleen op mijn scherm</translation>
        </message>
        <message>
            <source>The group reads this on the projector: no case details, no names of clients.</source>
            <translation>De groep leest dit op de beamer: geen details van een casus, geen namen van cliënten.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
    </context>
    <context>
        <name>MessagePanel</name>
        <message>
            <source>Messages to the room</source>
            <translation>Berichten aan de groep</translation>
        </message>
        <message>
            <source>M  Type a message…</source>
            <translation>M  Bericht typen…</translation>
        </message>
        <message>
            <source>0  Take away</source>
            <translation>0  Weghalen</translation>
        </message>
        <message>
            <source>Edit messages…</source>
            <translation>Berichten bewerken…</translation>
        </message>
        <message>
            <source>On the projector: {text}</source>
            <translation>Op de beamer: {text}</translation>
        </message>
        <message>
            <source>No message on the projector</source>
            <translation>Geen bericht op de beamer</translation>
        </message>
        <message>
            <source>Only on your screen: {text}</source>
            <translation>Alleen op uw scherm: {text}</translation>
        </message>
    </context>
    <context>
        <name>PresenterOverlay</name>
        <message>
            <source>Presenter (P hides) — visible to the room</source>
            <translation>Presentator (P verbergt) — zichtbaar voor de groep</translation>
        </message>
        <message>
            <source>Facilitator script — VISIBLE TO THE ROOM (F hides it)</source>
            <translation>Draaiboek begeleider — ZICHTBAAR VOOR DE GROEP (F verbergt het)</translation>
        </message>
        <message>
            <source>{method} · phase {i} of {n}: {phase}</source>
            <translation>{method} · fase {i} van {n}: {phase}</translation>
        </message>
        <message>
            <source>Speaker: {name}</source>
            <translation>Aan het woord: {name}</translation>
        </message>
        <message>
            <source>No turns in this phase</source>
            <translation>Geen beurten in deze fase</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>niet gestart</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>gepauzeerd</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>afgerond</translation>
        </message>
        <message>
            <source>over time</source>
            <translation>over tijd</translation>
        </message>
        <message>
            <source>{time} · session {elapsed} of {planned}</source>
            <translation>{time} · sessie {elapsed} van {planned}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Hierna: {phase}</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Hierna: einde van de sessie</translation>
        </message>
        <message>
            <source>F script (visible to the room)</source>
            <translation>F draaiboek (zichtbaar voor de groep)</translation>
        </message>
        <message>
            <source>P hide</source>
            <translation>P verbergen</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Session mode — presenter</source>
            <translation>Sessiemodus — begeleider</translation>
        </message>
        <message>
            <source>Quick note (private), Enter saves</source>
            <translation>Snelle notitie (privé), Enter slaat op</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Flash and chime at zero</source>
            <translation>Knipperen en gong bij nul</translation>
        </message>
        <message>
            <source>Show “we continue at”</source>
            <translation>Toon „we gaan verder om”</translation>
        </message>
        <message>
            <source>Finish session</source>
            <translation>Sessie afronden</translation>
        </message>
        <message>
            <source>Facilitator script</source>
            <translation>Draaiboek begeleider</translation>
        </message>
        <message>
            <source>Intervisie is locked: the script and the notes are hidden. The session and the projector go on; unlock in the main window.</source>
            <translation>Intervisie is vergrendeld: het draaiboek en de notities zijn verborgen. De sessie en de beamer gaan door; ontgrendel in het hoofdvenster.</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Ontgrendelen…</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Beamer</translation>
        </message>
        <message>
            <source>Speaker order (drag; untick who is absent)</source>
            <translation>Sprekersvolgorde (slepen; vink af wie afwezig is)</translation>
        </message>
        <message>
            <source>Present, no turns (drag; untick who is absent)</source>
            <translation>Aanwezig, geen beurten (slepen; vink af wie afwezig is)</translation>
        </message>
        <message>
            <source>Projector settings</source>
            <translation>Beamerinstellingen</translation>
        </message>
        <message>
            <source>The session is finished and saved. Esc (or “Leave session mode” below) brings back the main window; until then the projector shows the closing screen.</source>
            <translation>De sessie is afgerond en bewaard. Esc (of ‘Sessiemodus verlaten’ hieronder) brengt het hoofdvenster terug; tot dan toont de beamer het slotscherm.</translation>
        </message>
        <message>
            <source>Quick note (private)</source>
            <translation>Snelle notitie (privé)</translation>
        </message>
        <message>
            <source>Time of day on the projector</source>
            <translation>Tijd van de dag op de beamer</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Scherm</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Opgeslagen om {time}</translation>
        </message>
        <message>
            <source>Not started: Next starts</source>
            <translation>Niet gestart: Volgende start</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Loopt</translation>
        </message>
        <message>
            <source>Nearly over</source>
            <translation>Bijna om</translation>
        </message>
        <message>
            <source>Overtime</source>
            <translation>Uitloop</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>projector blank</source>
            <translation>beamer zwart</translation>
        </message>
        <message>
            <source>{method} · phase {i} of {n}: {phase}</source>
            <translation>{method} · fase {i} van {n}: {phase}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Hierna: {phase}</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Hierna: einde van de sessie</translation>
        </message>
        <message>
            <source>Session {elapsed} of {planned}</source>
            <translation>Sessie {elapsed} van {planned}</translation>
        </message>
        <message>
            <source>Before this phase: planned {planned} · actual {actual} ({diff})</source>
            <translation>Voor deze fase: gepland {planned} · werkelijk {actual} ({diff})</translation>
        </message>
    </context>
    <context>
        <name>PresetEditor</name>
        <message>
            <source>Messages to the room</source>
            <translation>Berichten aan de groep</translation>
        </message>
        <message>
            <source>Message {n}</source>
            <translation>Bericht {n}</translation>
        </message>
        <message>
            <source>Key {n}</source>
            <translation>Toets {n}</translation>
        </message>
        <message>
            <source>Empty: the text shown greyed. A “…” on its own becomes the time the break ends (the “we continue at” time, or ten minutes from now).</source>
            <translation>Leeg: de grijze tekst. Een losse „…” wordt de tijd waarop de pauze eindigt (de tijd bij „we gaan verder om”, of over tien minuten).</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Standaardteksten terugzetten</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>Resume the session?</source>
            <translation>Sessie hervatten?</translation>
        </message>
        <message>
            <source>A session was not finished (the program was closed or stopped during it). Resume it where it stood? Its time was paused meanwhile.</source>
            <translation>Een sessie is niet afgerond (het programma werd tijdens de sessie gesloten of gestopt). Hervatten waar ze stond? De tijd stond intussen stil.</translation>
        </message>
        <message>
            <source>These sessions were not finished (the program was closed or stopped during them). Resume one where it stood? Their time was paused meanwhile.</source>
            <translation>Deze sessies zijn niet afgerond (het programma werd tijdens de sessie gesloten of gestopt). Eén hervatten waar ze stond? De tijd stond intussen stil.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Hervatten</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Nu niet</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Weggooien…</translation>
        </message>
        <message>
            <source>{group}, meeting of {when}</source>
            <translation>{group}, bijeenkomst van {when}</translation>
        </message>
        <message>
            <source>Discard the session</source>
            <translation>Sessie weggooien</translation>
        </message>
        <message>
            <source>Discard this unfinished session? Its course so far is thrown away; the meeting itself, its cases and notes stay.</source>
            <translation>Deze onafgeronde sessie weggooien? Het verloop tot nu toe verdwijnt; de bijeenkomst zelf, de casussen en de notities blijven.</translation>
        </message>
    </context>
    <context>
        <name>RoomMessages</name>
        <message>
            <source>Five more minutes</source>
            <translation>Nog 5 minuten</translation>
        </message>
        <message>
            <source>Back to the question</source>
            <translation>Terug naar de hulpvraag</translation>
        </message>
        <message>
            <source>One conversation at a time</source>
            <translation>Eén gesprek tegelijk</translation>
        </message>
        <message>
            <source>Break — we continue at …</source>
            <translation>Pauze — we gaan verder om …</translation>
        </message>
        <message>
            <source>Let each other finish</source>
            <translation>Laat elkaar uitpraten</translation>
        </message>
        <message>
            <source>Show message {n}</source>
            <translation>Bericht {n} tonen</translation>
        </message>
        <message>
            <source>Type a message for the room</source>
            <translation>Bericht voor de groep typen</translation>
        </message>
        <message>
            <source>Type a message for my screen only</source>
            <translation>Bericht alleen voor mijn scherm typen</translation>
        </message>
        <message>
            <source>Take the message away</source>
            <translation>Bericht weghalen</translation>
        </message>
    </context>
    <context>
        <name>ScreenPlace</name>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>below</source>
            <translation>onder</translation>
        </message>
        <message>
            <source>above</source>
            <translation>boven</translation>
        </message>
    </context>
    <context>
        <name>SessionChair</name>
        <message>
            <source>Chair: {name}</source>
            <translation>Voorzitter: {name}</translation>
        </message>
        <message>
            <source>the supervisor in the background</source>
            <translation>de begeleider op de achtergrond</translation>
        </message>
        <message>
            <source>The chair's script (for {name})</source>
            <translation>Draaiboek voor de voorzitter ({name})</translation>
        </message>
        <message>
            <source>{name} leads the phases and keeps the time; you stay in the background and step in when asked or when the group's safety needs it.</source>
            <translation>{name} leidt de fasen en bewaakt de tijd; u blijft op de achtergrond en springt bij als dat gevraagd wordt of als de veiligheid in de groep het vraagt.</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>{minutes} min remaining</source>
            <extracomment>The form of each tone's bar and badge (what a test, and a reader, can tell apart).</extracomment>
            <translation>nog {minutes} min</translation>
        </message>
        <message>
            <source>+{time} over time</source>
            <translation>+{time} over tijd</translation>
        </message>
    </context>
    <context>
        <name>SessionModeController</name>
        <message>
            <source>Session mode — projector</source>
            <translation>Sessiemodus — beamer</translation>
        </message>
        <message>
            <source>PgDn · → · Enter</source>
            <translation>PgDn · → · Enter</translation>
        </message>
        <message>
            <source>PgUp · ←</source>
            <translation>PgUp · ←</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Spatie</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Volgende</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Pause / resume</source>
            <translation>Pauze / verder</translation>
        </message>
        <message>
            <source>Blank projector</source>
            <translation>Beamer zwart</translation>
        </message>
        <message>
            <source>One minute more</source>
            <translation>Minuut erbij</translation>
        </message>
        <message>
            <source>One minute less</source>
            <translation>Minuut eraf</translation>
        </message>
        <message>
            <source>Skip speaker</source>
            <translation>Spreker overslaan</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Enter the evaluation (at the evaluation step)</source>
            <translation>Evaluatie invoeren (bij de evaluatiestap)</translation>
        </message>
        <message>
            <source>Show or hide the presenter overlay (one screen only)</source>
            <translation>Presentatorlaag tonen of verbergen (alleen bij één scherm)</translation>
        </message>
        <message>
            <source>Show or hide the script in the overlay</source>
            <translation>Draaiboek in de presentatorlaag tonen of verbergen</translation>
        </message>
        <message>
            <source>Follow-up step: the chosen action is done</source>
            <translation>Follow-upstap: de gekozen actie is gedaan</translation>
        </message>
        <message>
            <source>Follow-up step: carry the chosen action over</source>
            <translation>Follow-upstap: de gekozen actie doorschuiven</translation>
        </message>
        <message>
            <source>Follow-up step: drop the chosen action</source>
            <translation>Follow-upstap: de gekozen actie laten vallen</translation>
        </message>
        <message>
            <source>Leave session mode</source>
            <translation>Sessiemodus verlaten</translation>
        </message>
        <message>
            <source>Leave session mode? The session is kept and can be resumed.</source>
            <translation>Sessiemodus verlaten? De sessie blijft bewaard en kan worden hervat.</translation>
        </message>
    </context>
    <context>
        <name>SpeakerList</name>
        <message>
            <source>done</source>
            <translation>klaar</translation>
        </message>
        <message>
            <source>speaking</source>
            <translation>aan het woord</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>afwezig</translation>
        </message>
        <message>
            <source>(case bringer)</source>
            <translation>(inbrenger)</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>afgemeld</translation>
        </message>
        <message>
            <source>Learning goal: {goal}</source>
            <translation>Leerdoel: {goal}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AudienceModes</name>
        <message>
            <source>Projector, full screen</source>
            <translation>Projector, full screen</translation>
        </message>
        <message>
            <source>Window for a video call (16:9)</source>
            <translation>Window for a video call (16:9)</translation>
        </message>
        <message>
            <source>One screen (P shows the presenter)</source>
            <translation>One screen (P shows the presenter)</translation>
        </message>
        <message>
            <source>Audience view</source>
            <translation>Audience view</translation>
        </message>
        <message>
            <source>Intervisie — window to share</source>
            <translation>Intervisie — window to share</translation>
        </message>
    </context>
    <context>
        <name>AudienceView</name>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Question:</source>
            <translation>Question:</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens</source>
            <translation>The case bringer turns away and listens</translation>
        </message>
        <message>
            <source>The case bringer listens in silence</source>
            <translation>The case bringer listens in silence</translation>
        </message>
        <message>
            <source>No advice in this phase</source>
            <translation>No advice in this phase</translation>
        </message>
        <message>
            <source>Write first, then speak</source>
            <translation>Write first, then speak</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Thank you</source>
            <translation>Thank you</translation>
        </message>
        <message>
            <source>The session has ended</source>
            <translation>The session has ended</translation>
        </message>
        <message>
            <source>We continue at {time}</source>
            <translation>We continue at {time}</translation>
        </message>
        <message>
            <source>Phase {i} of {n}</source>
            <translation>Phase {i} of {n}</translation>
        </message>
    </context>
    <context>
        <name>EvaluationDialog</name>
        <message>
            <source>Evaluation of this meeting</source>
            <translation>Evaluation of this meeting</translation>
        </message>
        <message>
            <source>Ask everyone for a score from 0 (not at all) to 10 (very much) per question, without names, and type them in as a list, e.g. 7 8 6 9. Only this screen shows them: the projector does not.</source>
            <translation>Ask everyone for a score from 0 (not at all) to 10 (very much) per question, without names, and type them in as a list, e.g. 7 8 6 9. Only this screen shows them: the projector does not.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationOffer</name>
        <message>
            <source>Enter evaluation</source>
            <translation>Enter evaluation</translation>
        </message>
        <message>
            <source>The evaluation step: type in the group's scores.</source>
            <translation>The evaluation step: type in the group's scores.</translation>
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
            <translation>carried over</translation>
        </message>
        <message>
            <source>action done</source>
            <translation>action done</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>dropped</translation>
        </message>
        <message>
            <source>Follow-up of agreed actions</source>
            <translation>Follow-up of agreed actions</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Carry over</source>
            <translation>Carry over</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Drop</translation>
        </message>
        <message>
            <source>No open actions from earlier meetings.</source>
            <translation>No open actions from earlier meetings.</translation>
        </message>
        <message>
            <source>(no case bringer)</source>
            <translation>(no case bringer)</translation>
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
            <translation>{count} more</translation>
        </message>
        <message>
            <source>Follow-up: {topics}</source>
            <translation>Follow-up: {topics}</translation>
        </message>
    </context>
    <context>
        <name>MessageEntry</name>
        <message>
            <source>Message to the room</source>
            <translation>Message to the room</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>For example: Five more minutes</source>
            <translation>For example: Five more minutes</translation>
        </message>
        <message>
            <source>Only on my screen</source>
            <translation>Only on my screen</translation>
        </message>
        <message>
            <source>The group reads this on the projector: no case details, no names of clients.</source>
            <translation>The group reads this on the projector: no case details, no names of clients.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
    </context>
    <context>
        <name>MessagePanel</name>
        <message>
            <source>Messages to the room</source>
            <translation>Messages to the room</translation>
        </message>
        <message>
            <source>M  Type a message…</source>
            <translation>M  Type a message…</translation>
        </message>
        <message>
            <source>0  Take away</source>
            <translation>0  Take away</translation>
        </message>
        <message>
            <source>Edit messages…</source>
            <translation>Edit messages…</translation>
        </message>
        <message>
            <source>On the projector: {text}</source>
            <translation>On the projector: {text}</translation>
        </message>
        <message>
            <source>No message on the projector</source>
            <translation>No message on the projector</translation>
        </message>
        <message>
            <source>Only on your screen: {text}</source>
            <translation>Only on your screen: {text}</translation>
        </message>
    </context>
    <context>
        <name>PresenterOverlay</name>
        <message>
            <source>Presenter (P hides) — visible to the room</source>
            <translation>Presenter (P hides) — visible to the room</translation>
        </message>
        <message>
            <source>Facilitator script — VISIBLE TO THE ROOM (F hides it)</source>
            <translation>Facilitator script — VISIBLE TO THE ROOM (F hides it)</translation>
        </message>
        <message>
            <source>{method} · phase {i} of {n}: {phase}</source>
            <translation>{method} · phase {i} of {n}: {phase}</translation>
        </message>
        <message>
            <source>Speaker: {name}</source>
            <translation>Speaker: {name}</translation>
        </message>
        <message>
            <source>No turns in this phase</source>
            <translation>No turns in this phase</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>finished</translation>
        </message>
        <message>
            <source>over time</source>
            <translation>over time</translation>
        </message>
        <message>
            <source>{time} · session {elapsed} of {planned}</source>
            <translation>{time} · session {elapsed} of {planned}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Next: {phase}</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Next: end of the session</translation>
        </message>
        <message>
            <source>F script (visible to the room)</source>
            <translation>F script (visible to the room)</translation>
        </message>
        <message>
            <source>P hide</source>
            <translation>P hide</translation>
        </message>
    </context>
    <context>
        <name>PresenterView</name>
        <message>
            <source>Session mode — presenter</source>
            <translation>Session mode — presenter</translation>
        </message>
        <message>
            <source>Quick note (private), Enter saves</source>
            <translation>Quick note (private), Enter saves</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Flash and chime at zero</source>
            <translation>Flash and chime at zero</translation>
        </message>
        <message>
            <source>Show “we continue at”</source>
            <translation>Show “we continue at”</translation>
        </message>
        <message>
            <source>Finish session</source>
            <translation>Finish session</translation>
        </message>
        <message>
            <source>Facilitator script</source>
            <translation>Facilitator script</translation>
        </message>
        <message>
            <source>Intervisie is locked: the script and the notes are hidden. The session and the projector go on; unlock in the main window.</source>
            <translation>Intervisie is locked: the script and the notes are hidden. The session and the projector go on; unlock in the main window.</translation>
        </message>
        <message>
            <source>Unlock…</source>
            <translation>Unlock…</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>Projector</translation>
        </message>
        <message>
            <source>Speaker order (drag; untick who is absent)</source>
            <translation>Speaker order (drag; untick who is absent)</translation>
        </message>
        <message>
            <source>Present, no turns (drag; untick who is absent)</source>
            <translation>Present, no turns (drag; untick who is absent)</translation>
        </message>
        <message>
            <source>Projector settings</source>
            <translation>Projector settings</translation>
        </message>
        <message>
            <source>The session is finished and saved. Esc (or “Leave session mode” below) brings back the main window; until then the projector shows the closing screen.</source>
            <translation>The session is finished and saved. Esc (or “Leave session mode” below) brings back the main window; until then the projector shows the closing screen.</translation>
        </message>
        <message>
            <source>Quick note (private)</source>
            <translation>Quick note (private)</translation>
        </message>
        <message>
            <source>Time of day on the projector</source>
            <translation>Time of day on the projector</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Screen</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Saved at {time}</source>
            <translation>Saved at {time}</translation>
        </message>
        <message>
            <source>Not started: Next starts</source>
            <translation>Not started: Next starts</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Running</translation>
        </message>
        <message>
            <source>Nearly over</source>
            <translation>Nearly over</translation>
        </message>
        <message>
            <source>Overtime</source>
            <translation>Overtime</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>projector blank</source>
            <translation>projector blank</translation>
        </message>
        <message>
            <source>{method} · phase {i} of {n}: {phase}</source>
            <translation>{method} · phase {i} of {n}: {phase}</translation>
        </message>
        <message>
            <source>Next: {phase}</source>
            <translation>Next: {phase}</translation>
        </message>
        <message>
            <source>Next: end of the session</source>
            <translation>Next: end of the session</translation>
        </message>
        <message>
            <source>Session {elapsed} of {planned}</source>
            <translation>Session {elapsed} of {planned}</translation>
        </message>
        <message>
            <source>Before this phase: planned {planned} · actual {actual} ({diff})</source>
            <translation>Before this phase: planned {planned} · actual {actual} ({diff})</translation>
        </message>
    </context>
    <context>
        <name>PresetEditor</name>
        <message>
            <source>Messages to the room</source>
            <translation>Messages to the room</translation>
        </message>
        <message>
            <source>Message {n}</source>
            <translation>Message {n}</translation>
        </message>
        <message>
            <source>Key {n}</source>
            <translation>Key {n}</translation>
        </message>
        <message>
            <source>Empty: the text shown greyed. A “…” on its own becomes the time the break ends (the “we continue at” time, or ten minutes from now).</source>
            <translation>Empty: the text shown greyed. A “…” on its own becomes the time the break ends (the “we continue at” time, or ten minutes from now).</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>Resume the session?</source>
            <translation>Resume the session?</translation>
        </message>
        <message>
            <source>A session was not finished (the program was closed or stopped during it). Resume it where it stood? Its time was paused meanwhile.</source>
            <translation>A session was not finished (the program was closed or stopped during it). Resume it where it stood? Its time was paused meanwhile.</translation>
        </message>
        <message>
            <source>These sessions were not finished (the program was closed or stopped during them). Resume one where it stood? Their time was paused meanwhile.</source>
            <translation>These sessions were not finished (the program was closed or stopped during them). Resume one where it stood? Their time was paused meanwhile.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>&amp;Not now</source>
            <translation>&amp;Not now</translation>
        </message>
        <message>
            <source>&amp;Discard…</source>
            <translation>&amp;Discard…</translation>
        </message>
        <message>
            <source>{group}, meeting of {when}</source>
            <translation>{group}, meeting of {when}</translation>
        </message>
        <message>
            <source>Discard the session</source>
            <translation>Discard the session</translation>
        </message>
        <message>
            <source>Discard this unfinished session? Its course so far is thrown away; the meeting itself, its cases and notes stay.</source>
            <translation>Discard this unfinished session? Its course so far is thrown away; the meeting itself, its cases and notes stay.</translation>
        </message>
    </context>
    <context>
        <name>RoomMessages</name>
        <message>
            <source>Five more minutes</source>
            <translation>Five more minutes</translation>
        </message>
        <message>
            <source>Back to the question</source>
            <translation>Back to the question</translation>
        </message>
        <message>
            <source>One conversation at a time</source>
            <translation>One conversation at a time</translation>
        </message>
        <message>
            <source>Break — we continue at …</source>
            <translation>Break — we continue at …</translation>
        </message>
        <message>
            <source>Let each other finish</source>
            <translation>Let each other finish</translation>
        </message>
        <message>
            <source>Show message {n}</source>
            <translation>Show message {n}</translation>
        </message>
        <message>
            <source>Type a message for the room</source>
            <translation>Type a message for the room</translation>
        </message>
        <message>
            <source>Type a message for my screen only</source>
            <translation>Type a message for my screen only</translation>
        </message>
        <message>
            <source>Take the message away</source>
            <translation>Take the message away</translation>
        </message>
    </context>
    <context>
        <name>ScreenPlace</name>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message>
            <source>left</source>
            <translation>left</translation>
        </message>
        <message>
            <source>below</source>
            <translation>below</translation>
        </message>
        <message>
            <source>above</source>
            <translation>above</translation>
        </message>
    </context>
    <context>
        <name>SessionChair</name>
        <message>
            <source>Chair: {name}</source>
            <translation>Chair: {name}</translation>
        </message>
        <message>
            <source>the supervisor in the background</source>
            <translation>the supervisor in the background</translation>
        </message>
        <message>
            <source>The chair's script (for {name})</source>
            <translation>The chair's script (for {name})</translation>
        </message>
        <message>
            <source>{name} leads the phases and keeps the time; you stay in the background and step in when asked or when the group's safety needs it.</source>
            <translation>{name} leads the phases and keeps the time; you stay in the background and step in when asked or when the group's safety needs it.</translation>
        </message>
    </context>
    <context>
        <name>SessionCues</name>
        <message>
            <source>{minutes} min remaining</source>
            <extracomment>The form of each tone's bar and badge (what a test, and a reader, can tell apart).</extracomment>
            <translation>{minutes} min remaining</translation>
        </message>
        <message>
            <source>+{time} over time</source>
            <translation>+{time} over time</translation>
        </message>
    </context>
    <context>
        <name>SessionModeController</name>
        <message>
            <source>Session mode — projector</source>
            <translation>Session mode — projector</translation>
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
            <translation>Space</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Pause / resume</source>
            <translation>Pause / resume</translation>
        </message>
        <message>
            <source>Blank projector</source>
            <translation>Blank projector</translation>
        </message>
        <message>
            <source>One minute more</source>
            <translation>One minute more</translation>
        </message>
        <message>
            <source>One minute less</source>
            <translation>One minute less</translation>
        </message>
        <message>
            <source>Skip speaker</source>
            <translation>Skip speaker</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Enter the evaluation (at the evaluation step)</source>
            <translation>Enter the evaluation (at the evaluation step)</translation>
        </message>
        <message>
            <source>Show or hide the presenter overlay (one screen only)</source>
            <translation>Show or hide the presenter overlay (one screen only)</translation>
        </message>
        <message>
            <source>Show or hide the script in the overlay</source>
            <translation>Show or hide the script in the overlay</translation>
        </message>
        <message>
            <source>Follow-up step: the chosen action is done</source>
            <translation>Follow-up step: the chosen action is done</translation>
        </message>
        <message>
            <source>Follow-up step: carry the chosen action over</source>
            <translation>Follow-up step: carry the chosen action over</translation>
        </message>
        <message>
            <source>Follow-up step: drop the chosen action</source>
            <translation>Follow-up step: drop the chosen action</translation>
        </message>
        <message>
            <source>Leave session mode</source>
            <translation>Leave session mode</translation>
        </message>
        <message>
            <source>Leave session mode? The session is kept and can be resumed.</source>
            <translation>Leave session mode? The session is kept and can be resumed.</translation>
        </message>
    </context>
    <context>
        <name>SpeakerList</name>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>speaking</source>
            <translation>speaking</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>(case bringer)</source>
            <translation>(case bringer)</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>excused</translation>
        </message>
        <message>
            <source>Learning goal: {goal}</source>
            <translation>Learning goal: {goal}</translation>
        </message>
    </context>
</TS>

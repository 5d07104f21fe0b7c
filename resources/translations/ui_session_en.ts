<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    </context>
</TS>

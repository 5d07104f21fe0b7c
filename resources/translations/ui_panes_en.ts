<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AirtimeBox</name>
        <message>
            <source>Speaking time</source>
            <translation>Speaking time</translation>
        </message>
        <message>
            <source>Speaking time per round</source>
            <translation>Speaking time per round</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <source>Shortest</source>
            <translation>Shortest</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Longest</source>
            <translation>Longest</translation>
        </message>
        <message>
            <source>Measured by the session timer. Only you see this: it is never shown on the projector, and goes into the minutes only when you tick it there.</source>
            <translation>Measured by the session timer. Only you see this: it is never shown on the projector, and goes into the minutes only when you tick it there.</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Whole session</translation>
        </message>
    </context>
    <context>
        <name>AttendanceList</name>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Attendance</source>
            <extracomment>One member's attendance as the list saves it: status, minutes present, arrived, left.</extracomment>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Minutes present</source>
            <translation>Minutes present</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Arrived</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>The group has no members on this date.</source>
            <translation>The group has no members on this date.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>excused</source>
            <translation>excused</translation>
        </message>
        <message>
            <source>%1: arrived at</source>
            <translation>%1: arrived at</translation>
        </message>
        <message>
            <source>%1: left at</source>
            <translation>%1: left at</translation>
        </message>
        <message>
            <source>whole meeting</source>
            <translation>whole meeting</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>Came late or left early: type the time, e.g. 19:45; empty for on time.</source>
            <translation>Came late or left early: type the time, e.g. 19:45; empty for on time.</translation>
        </message>
        <message>
            <source>“%1” is no time of day: type it as 19:45.</source>
            <translation>“%1” is no time of day: type it as 19:45.</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>Record attendance</translation>
        </message>
    </context>
    <context>
        <name>CasesPane</name>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Case-bringer rotation</source>
            <translation>Case-bringer rotation</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Last brought</source>
            <translation>Last brought</translation>
        </message>
        <message>
            <source>Who has not brought a case for longest comes first.</source>
            <translation>Who has not brought a case for longest comes first.</translation>
        </message>
        <message>
            <source>Edit case</source>
            <translation>Edit case</translation>
        </message>
        <message>
            <source>Case &amp;bringer</source>
            <translation>Case &amp;bringer</translation>
        </message>
        <message>
            <source>&amp;Topic label</source>
            <translation>&amp;Topic label</translation>
        </message>
        <message>
            <source>a few words; may appear in reports</source>
            <translation>a few words; may appear in reports</translation>
        </message>
        <message>
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <source>&amp;Show the question on the projector</source>
            <translation>&amp;Show the question on the projector</translation>
        </message>
        <message>
            <source>Confidential: never shown on the projector or in reports. Keep it anonymous: initials or a pseudonym, no birth dates, no names of institutions.</source>
            <translation>Confidential: never shown on the projector or in reports. Keep it anonymous: initials or a pseudonym, no birth dates, no names of institutions.</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Method</translation>
        </message>
        <message>
            <source>&amp;Outcome and insights</source>
            <translation>&amp;Outcome and insights</translation>
        </message>
        <message>
            <source>&amp;Agreed actions</source>
            <translation>&amp;Agreed actions</translation>
        </message>
        <message>
            <source>In the minutes</source>
            <translation>In the minutes</translation>
        </message>
        <message>
            <source>Share the actions with the &amp;group</source>
            <translation>Share the actions with the &amp;group</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>&amp;Follow-up</translation>
        </message>
        <message>
            <source>nothing agreed</source>
            <translation>nothing agreed</translation>
        </message>
        <message>
            <source>open: to follow up</source>
            <translation>open: to follow up</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>carried over</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>dropped</translation>
        </message>
        <message>
            <source>&amp;What came of it</source>
            <translation>&amp;What came of it</translation>
        </message>
        <message>
            <source>Choose a case on the left, or add a new one.</source>
            <translation>Choose a case on the left, or add a new one.</translation>
        </message>
        <message>
            <source>All meetings</source>
            <translation>All meetings</translation>
        </message>
        <message>
            <source>Cases belong to a meeting. Plan a meeting first (Meetings tab).</source>
            <translation>Cases belong to a meeting. Plan a meeting first (Meetings tab).</translation>
        </message>
        <message>
            <source>{date} – {topic}</source>
            <translation>{date} – {topic}</translation>
        </message>
        <message>
            <source>No cases here yet. Click “New case” (Ctrl+Shift+K) to add one.</source>
            <translation>No cases here yet. Click “New case” (Ctrl+Shift+K) to add one.</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>(not chosen)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <source>Case brought on {date}</source>
            <translation>Case brought on {date}</translation>
        </message>
    </context>
    <context>
        <name>Chair</name>
        <message>
            <source>the supervisor</source>
            <translation>the supervisor</translation>
        </message>
        <message>
            <source>a member, the supervisor in the background</source>
            <translation>a member, the supervisor in the background</translation>
        </message>
        <message>
            <source>a member alone</source>
            <translation>a member alone</translation>
        </message>
        <message>
            <source>a regular meeting</source>
            <translation>a regular meeting</translation>
        </message>
        <message>
            <source>evaluation meeting</source>
            <translation>evaluation meeting</translation>
        </message>
        <message>
            <source>follow-up meeting</source>
            <translation>follow-up meeting</translation>
        </message>
        <message>
            <source>{name}, the supervisor in the background</source>
            <translation>{name}, the supervisor in the background</translation>
        </message>
        <message>
            <source>{name} alone</source>
            <translation>{name} alone</translation>
        </message>
    </context>
    <context>
        <name>ChairHistoryDialog</name>
        <message>
            <source>Who chaired when</source>
            <translation>Who chaired when</translation>
        </message>
        <message>
            <source>Who chaired each meeting</source>
            <translation>Who chaired each meeting</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chair</translation>
        </message>
    </context>
    <context>
        <name>ChairRota</name>
        <message>
            <source>Ta&amp;ke</source>
            <translation>Ta&amp;ke</translation>
        </message>
        <message>
            <source>Let the member next on the chair rota chair</source>
            <translation>Let the member next on the chair rota chair</translation>
        </message>
        <message>
            <source>Who chaired when…</source>
            <translation>Who chaired when…</translation>
        </message>
        <message>
            <source>Phase-out plan…</source>
            <translation>Phase-out plan…</translation>
        </message>
        <message>
            <source>The chair rota suggests a chair for planned meetings.</source>
            <translation>The chair rota suggests a chair for planned meetings.</translation>
        </message>
        <message>
            <source>Next to chair: nobody (every member is away)</source>
            <translation>Next to chair: nobody (every member is away)</translation>
        </message>
        <message numerus="yes">
            <source>chaired %n time(s)</source>
            <translation>
                <numerusform>chaired %n time</numerusform>
                <numerusform>chaired %n times</numerusform>
            </translation>
        </message>
        <message>
            <source>last on {date}</source>
            <translation>last on {date}</translation>
        </message>
        <message>
            <source>never yet</source>
            <translation>never yet</translation>
        </message>
        <message>
            <source>Next to chair: {name} ({times}, {last})</source>
            <translation>Next to chair: {name} ({times}, {last})</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>P&amp;urpose</translation>
        </message>
        <message>
            <source>Chair rota</source>
            <translation>Chair rota</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentPane</name>
        <message>
            <source>Over the meetings</source>
            <translation>Over the meetings</translation>
        </message>
        <message>
            <source>Development of the group over its meetings</source>
            <translation>Development of the group over its meetings</translation>
        </message>
        <message>
            <source>Nothing to show yet: the chart follows the meetings marked held.</source>
            <translation>Nothing to show yet: the chart follows the meetings marked held.</translation>
        </message>
        <message>
            <source>Per year</source>
            <translation>Per year</translation>
        </message>
        <message>
            <source>Development per year</source>
            <translation>Development per year</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Overall rating</source>
            <translation>Overall rating</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Actions followed up</source>
            <translation>Actions followed up</translation>
        </message>
        <message>
            <source>Chaired by a member</source>
            <translation>Chaired by a member</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n answer(s))</source>
            <translation>
                <numerusform>%1 (%n answer)</numerusform>
                <numerusform>%1 (%n answers)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Evaluation</name>
        <message>
            <source>What this meeting brought me</source>
            <translation>What this meeting brought me</translation>
        </message>
        <message>
            <source>How safe it felt to bring something in</source>
            <translation>How safe it felt to bring something in</translation>
        </message>
        <message>
            <source>How well the way of working fitted</source>
            <translation>How well the way of working fitted</translation>
        </message>
        <message>
            <source>The meeting as a whole</source>
            <translation>The meeting as a whole</translation>
        </message>
    </context>
    <context>
        <name>EvaluationBox</name>
        <message>
            <source>Evaluation by the group</source>
            <translation>Evaluation by the group</translation>
        </message>
        <message>
            <source>One score per answer, without names, 0 (not at all) to 10 (very much). Only you see these; the yearly summary shows the group's mean only.</source>
            <translation>One score per answer, without names, 0 (not at all) to 10 (very much). Only you see these; the yearly summary shows the group's mean only.</translation>
        </message>
    </context>
    <context>
        <name>EvaluationEntry</name>
        <message>
            <source>scores 0–10, e.g. 7 8 6 9</source>
            <translation>scores 0–10, e.g. 7 8 6 9</translation>
        </message>
        <message>
            <source>no answers</source>
            <translation>no answers</translation>
        </message>
        <message numerus="yes">
            <source>mean %1 of %n answer(s)</source>
            <translation>
                <numerusform>mean %1 of %n answer</numerusform>
                <numerusform>mean %1 of %n answers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpMarks</name>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <source>Carry &amp;over</source>
            <translation>Carry &amp;over</translation>
        </message>
        <message>
            <source>D&amp;rop</source>
            <translation>D&amp;rop</translation>
        </message>
    </context>
    <context>
        <name>GroupDetailsPane</name>
        <message>
            <source>Edit group</source>
            <translation>Edit group</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Profession or &amp;context</source>
            <translation>Profession or &amp;context</translation>
        </message>
        <message>
            <source>&amp;Supervisor</source>
            <translation>&amp;Supervisor</translation>
        </message>
        <message>
            <source>Supervisor's &amp;register and number</source>
            <translation>Supervisor's &amp;register and number</translation>
        </message>
        <message>
            <source>&amp;Led by</source>
            <translation>&amp;Led by</translation>
        </message>
        <message>
            <source>the supervisor (guided)</source>
            <translation>the supervisor (guided)</translation>
        </message>
        <message>
            <source>a member in turn (self-steering)</source>
            <translation>a member in turn (self-steering)</translation>
        </message>
        <message>
            <source>Default meeting &amp;length</source>
            <translation>Default meeting &amp;length</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Default &amp;method</source>
            <translation>Default &amp;method</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>&amp;Ground rules</source>
            <translation>&amp;Ground rules</translation>
        </message>
        <message>
            <source>This group is archived. Use Group → Restore from archive to meet again.</source>
            <translation>This group is archived. Use Group → Restore from archive to meet again.</translation>
        </message>
    </context>
    <context>
        <name>GroupListPane</name>
        <message>
            <source>Search groups</source>
            <translation>Search groups</translation>
        </message>
        <message>
            <source>Active groups</source>
            <translation>Active groups</translation>
        </message>
        <message>
            <source>Archived groups</source>
            <translation>Archived groups</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>All groups</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archived)</translation>
        </message>
        <message>
            <source>No group matches “{text}”. Esc clears the search.</source>
            <translation>No group matches “{text}”. Esc clears the search.</translation>
        </message>
        <message>
            <source>No archived groups. Archive a group you no longer meet with.</source>
            <translation>No archived groups. Archive a group you no longer meet with.</translation>
        </message>
        <message>
            <source>No groups yet. Click “New group” (Ctrl+N) to start one.</source>
            <translation>No groups yet. Click “New group” (Ctrl+N) to start one.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPane</name>
        <message>
            <source>planned</source>
            <translation>planned</translation>
        </message>
        <message>
            <source>held</source>
            <translation>held</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>Plan meeting</source>
            <translation>Plan meeting</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message numerus="yes">
            <source>%n upcoming meeting(s)</source>
            <translation>
                <numerusform>%n upcoming meeting</numerusform>
                <numerusform>%n upcoming meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n past meeting(s)</source>
            <translation>
                <numerusform>%n past meeting</numerusform>
                <numerusform>%n past meetings</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Start</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;End</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>&amp;Online meeting (video call)</source>
            <translation>&amp;Online meeting (video call)</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>&amp;Who chairs</source>
            <translation>&amp;Who chairs</translation>
        </message>
        <message>
            <source>&amp;Led by</source>
            <translation>&amp;Led by</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;heme</translation>
        </message>
        <message>
            <source>a skill practised or a concept discussed, e.g. the drama triangle</source>
            <translation>a skill practised or a concept discussed, e.g. the drama triangle</translation>
        </message>
        <message>
            <source>E&amp;valuation</source>
            <translation>E&amp;valuation</translation>
        </message>
        <message>
            <source>Open follow-ups from earlier cases</source>
            <translation>Open follow-ups from earlier cases</translation>
        </message>
        <message>
            <source>Ask each case bringer what came of the agreed actions.</source>
            <translation>Ask each case bringer what came of the agreed actions.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>Session plan</translation>
        </message>
        <message>
            <source>No meetings yet. Click “Plan meeting” (Ctrl+Shift+M) to plan the first.</source>
            <translation>No meetings yet. Click “Plan meeting” (Ctrl+Shift+M) to plan the first.</translation>
        </message>
        <message>
            <source>Choose a meeting on the left, or plan a new one.</source>
            <translation>Choose a meeting on the left, or plan a new one.</translation>
        </message>
        <message>
            <source>Plan the first meeting</source>
            <translation>Plan the first meeting</translation>
        </message>
        <message>
            <source>{date}, {start}–{end}</source>
            <translation>{date}, {start}–{end}</translation>
        </message>
        <message>
            <source>the supervisor</source>
            <translation>the supervisor</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>{date} – {name}: {topic}</source>
            <translation>{date} – {name}: {topic}</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>carried over</translation>
        </message>
    </context>
    <context>
        <name>MembersPane</name>
        <message>
            <source>Seat order (the speaking order):</source>
            <translation>Seat order (the speaking order):</translation>
        </message>
        <message>
            <source>Seat order</source>
            <translation>Seat order</translation>
        </message>
        <message>
            <source>Drag a member, or press Alt+Up / Alt+Down, to change seats.</source>
            <translation>Drag a member, or press Alt+Up / Alt+Down, to change seats.</translation>
        </message>
        <message>
            <source>Drag, or Alt+Up / Alt+Down, to change the order.</source>
            <translation>Drag, or Alt+Up / Alt+Down, to change the order.</translation>
        </message>
        <message>
            <source>Former members:</source>
            <translation>Former members:</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>End membership</source>
            <translation>End membership</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Erase…</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Erase for good</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;Full name</translation>
        </message>
        <message>
            <source>Name on the &amp;projector</source>
            <translation>Name on the &amp;projector</translation>
        </message>
        <message>
            <source>Ro&amp;le or profession</source>
            <translation>Ro&amp;le or profession</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>Membership of this group</source>
            <translation>Membership of this group</translation>
        </message>
        <message>
            <source>Edit membership</source>
            <translation>Edit membership</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>&amp;Joined on</translation>
        </message>
        <message>
            <source>Le&amp;ft on</source>
            <translation>Le&amp;ft on</translation>
        </message>
        <message>
            <source>still a member</source>
            <translation>still a member</translation>
        </message>
        <message>
            <source>Learning goals per year</source>
            <translation>Learning goals per year</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Learning goal</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Add learning goal</source>
            <translation>Add learning goal</translation>
        </message>
        <message>
            <source>Delete learning goal</source>
            <translation>Delete learning goal</translation>
        </message>
        <message>
            <source>No members yet. Click “Add member” (Ctrl+Shift+A) to add the first.</source>
            <translation>No members yet. Click “Add member” (Ctrl+Shift+A) to add the first.</translation>
        </message>
        <message>
            <source>Add the first member</source>
            <translation>Add the first member</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>Change seat order</source>
            <translation>Change seat order</translation>
        </message>
        <message>
            <source>New learning goal</source>
            <translation>New learning goal</translation>
        </message>
        <message>
            <source>Edit learning goal</source>
            <translation>Edit learning goal</translation>
        </message>
    </context>
    <context>
        <name>Namesakes</name>
        <message>
            <source>Another member of this group is also called {name}; add something to tell them apart, e.g. an initial.</source>
            <translation>Another member of this group is also called {name}; add something to tell them apart, e.g. an initial.</translation>
        </message>
    </context>
    <context>
        <name>PhaseOut</name>
        <message>
            <source>&amp;Phase-out plan…</source>
            <translation>&amp;Phase-out plan…</translation>
        </message>
    </context>
    <context>
        <name>PhaseOutDialog</name>
        <message>
            <source>Phase-out plan</source>
            <translation>Phase-out plan</translation>
        </message>
        <message>
            <source>A path to self-steering for {group}, over its {count} planned meetings from today: the supervisor chairs the first ones; from the meeting you choose, members chair with the supervisor in the background, named by the chair rota. The supervisor chairs the evaluation meeting and the follow-up meeting.</source>
            <translation>A path to self-steering for {group}, over its {count} planned meetings from today: the supervisor chairs the first ones; from the meeting you choose, members chair with the supervisor in the background, named by the chair rota. The supervisor chairs the evaluation meeting and the follow-up meeting.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{n}. {date}</source>
            <translation>{n}. {date}</translation>
        </message>
        <message>
            <source>After the evaluation meeting, members chair on their own</source>
            <translation>After the evaluation meeting, members chair on their own</translation>
        </message>
        <message>
            <source>Members &amp;chair from</source>
            <translation>Members &amp;chair from</translation>
        </message>
        <message>
            <source>E&amp;valuation meeting</source>
            <translation>E&amp;valuation meeting</translation>
        </message>
        <message>
            <source>&amp;Follow-up meeting</source>
            <translation>&amp;Follow-up meeting</translation>
        </message>
        <message>
            <source>Each planned meeting now and after the plan</source>
            <translation>Each planned meeting now and after the plan</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>Becomes</translation>
        </message>
        <message>
            <source>Afterwards each meeting's chair can still be changed on the Meetings tab; Ctrl+Z takes the whole plan back.</source>
            <translation>Afterwards each meeting's chair can still be changed on the Meetings tab; Ctrl+Z takes the whole plan back.</translation>
        </message>
        <message>
            <source>&amp;Apply plan</source>
            <translation>&amp;Apply plan</translation>
        </message>
        <message>
            <source>Set by hand; the plan overwrites it</source>
            <translation>Set by hand; the plan overwrites it</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) change.</source>
            <translation>
                <numerusform>%n meeting change.</numerusform>
                <numerusform>%n meetings change.</numerusform>
            </translation>
        </message>
        <message>
            <source>Overwritten (a chair or purpose set before, marked ⚠): {dates}.</source>
            <translation>Overwritten (a chair or purpose set before, marked ⚠): {dates}.</translation>
        </message>
    </context>
    <context>
        <name>PortalListDialog</name>
        <message>
            <source>Registration numbers for a portal</source>
            <translation>Registration numbers for a portal</translation>
        </message>
        <message>
            <source>The numbers of those present, one per line, leading zeros kept: paste them into the register's portal.</source>
            <translation>The numbers of those present, one per line, leading zeros kept: paste them into the register's portal.</translation>
        </message>
        <message>
            <source>&amp;This meeting ({date})</source>
            <translation>&amp;This meeting ({date})</translation>
        </message>
        <message>
            <source>The whole &amp;year {year}</source>
            <translation>The whole &amp;year {year}</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Registration numbers</source>
            <translation>Registration numbers</translation>
        </message>
        <message>
            <source>&amp;Copy to clipboard</source>
            <translation>&amp;Copy to clipboard</translation>
        </message>
        <message>
            <source>Save as te&amp;xt…</source>
            <translation>Save as te&amp;xt…</translation>
        </message>
        <message>
            <source>Save as C&amp;SV…</source>
            <translation>Save as C&amp;SV…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Only a held meeting has a list.</source>
            <translation>Only a held meeting has a list.</translation>
        </message>
        <message>
            <source>Numbers: {count}</source>
            <translation>Numbers: {count}</translation>
        </message>
        <message>
            <source>Not in the form of a {register} number, check them in the member form: {numbers}</source>
            <translation>Not in the form of a {register} number, check them in the member form: {numbers}</translation>
        </message>
        <message>
            <source>Copied to the clipboard: {count} numbers.</source>
            <translation>Copied to the clipboard: {count} numbers.</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <source>Saved {count} numbers in {path}.</source>
            <translation>Saved {count} numbers in {path}.</translation>
        </message>
        <message>
            <source>Registration numbers for a &amp;portal…</source>
            <translation>Registration numbers for a &amp;portal…</translation>
        </message>
    </context>
    <context>
        <name>RegisterRulesDialog</name>
        <message>
            <source>Register rules</source>
            <translation>Register rules</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>Who meets the rules</source>
            <translation>Who meets the rules</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Registration</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>What the rules ask</source>
            <translation>What the rules ask</translation>
        </message>
        <message>
            <source>Counted this year</source>
            <translation>Counted this year</translation>
        </message>
        <message>
            <source>Counted: held meetings of any group the member attended that satisfy the register's conditions (length, group size, a registered supervisor). “Not yet”: the year is still running.</source>
            <translation>Counted: held meetings of any group the member attended that satisfy the register's conditions (length, group size, a registered supervisor). “Not yet”: the year is still running.</translation>
        </message>
        <message>
            <source>&amp;Who meets the rules</source>
            <translation>&amp;Who meets the rules</translation>
        </message>
        <message>
            <source>Rules per register</source>
            <translation>Rules per register</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Rules with a source are read-only. A value no source gives is marked “unsourced”: change it when your register says otherwise.</source>
            <translation>Rules with a source are read-only. A value no source gives is marked “unsourced”: change it when your register says otherwise.</translation>
        </message>
        <message>
            <source>&amp;Rules and sources</source>
            <translation>&amp;Rules and sources</translation>
        </message>
        <message>
            <source>meetings {meetings} · hours {hours} · in a registered group {registered}</source>
            <translation>meetings {meetings} · hours {hours} · in a registered group {registered}</translation>
        </message>
        <message>
            <source>At least this many hours over {years} years</source>
            <translation>At least this many hours over {years} years</translation>
        </message>
        <message>
            <source>At least this many hours in a calendar year</source>
            <translation>At least this many hours in a calendar year</translation>
        </message>
        <message>
            <source>At least this many meetings in a year</source>
            <translation>At least this many meetings in a year</translation>
        </message>
        <message>
            <source>A meeting counts from this many minutes</source>
            <translation>A meeting counts from this many minutes</translation>
        </message>
        <message>
            <source>A meeting counts with this many present or more, at most {max}</source>
            <translation>A meeting counts with this many present or more, at most {max}</translation>
        </message>
        <message>
            <source>Only meetings led by a supervisor with a register number count</source>
            <translation>Only meetings led by a supervisor with a register number count</translation>
        </message>
        <message>
            <source>At least this many hours in every quarter ({value} h)</source>
            <translation>At least this many hours in every quarter ({value} h)</translation>
        </message>
        <message>
            <source>No yearly minimum for intervisie</source>
            <translation>No yearly minimum for intervisie</translation>
        </message>
        <message>
            <source>unsourced</source>
            <translation>unsourced</translation>
        </message>
        <message>
            <source>changed by you</source>
            <translation>changed by you</translation>
        </message>
    </context>
    <context>
        <name>RegistrationsBox</name>
        <message>
            <source>Registers and numbers</source>
            <translation>Registers and numbers</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Registrations</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Re&amp;gister</source>
            <translation>Re&amp;gister</translation>
        </message>
        <message>
            <source>Registration &amp;number</source>
            <translation>Registration &amp;number</translation>
        </message>
        <message>
            <source>&amp;Add registration</source>
            <translation>&amp;Add registration</translation>
        </message>
        <message>
            <source>Remove registration</source>
            <translation>Remove registration</translation>
        </message>
        <message>
            <source>Removes the selected registration (Delete)</source>
            <translation>Removes the selected registration (Delete)</translation>
        </message>
        <message>
            <source>Register rules…</source>
            <translation>Register rules…</translation>
        </message>
        <message>
            <source>Who in this group meets their registers' rules, and the rules themselves</source>
            <translation>Who in this group meets their registers' rules, and the rules themselves</translation>
        </message>
        <message>
            <source>Add registration</source>
            <translation>Add registration</translation>
        </message>
        <message>
            <source>Edit registration number</source>
            <translation>Edit registration number</translation>
        </message>
    </context>
    <context>
        <name>SafetyBox</name>
        <message>
            <source>Safety checks</source>
            <translation>Safety checks</translation>
        </message>
        <message>
            <source>Once or twice a year: hand out the anonymous form, collect it folded, and type in how many forms ticked each answer.</source>
            <translation>Once or twice a year: hand out the anonymous form, collect it folded, and type in how many forms ticked each answer.</translation>
        </message>
        <message>
            <source>Language of the form</source>
            <translation>Language of the form</translation>
        </message>
        <message>
            <source>&amp;Print the form (PDF)…</source>
            <translation>&amp;Print the form (PDF)…</translation>
        </message>
        <message>
            <source>New safety &amp;check</source>
            <translation>New safety &amp;check</translation>
        </message>
        <message>
            <source>Delete check</source>
            <translation>Delete check</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Forms per answer and statement</source>
            <translation>Forms per answer and statement</translation>
        </message>
        <message>
            <source>&amp;Save tally</source>
            <translation>&amp;Save tally</translation>
        </message>
        <message>
            <source>{date}: no answers yet</source>
            <translation>{date}: no answers yet</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n form(s), mean {mean} of 5</source>
            <translation>
                <numerusform>{date}: %n form, mean {mean} of 5</numerusform>
                <numerusform>{date}: %n forms, mean {mean} of 5</numerusform>
            </translation>
        </message>
        <message>
            <source>safety-check-{lang}.pdf</source>
            <translation>safety-check-{lang}.pdf</translation>
        </message>
        <message>
            <source>Print the safety check form</source>
            <translation>Print the safety check form</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The form could not be written: {error}</source>
            <translation>The form could not be written: {error}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePane</name>
        <message>
            <source>Welcome to Intervisie</source>
            <translation>Welcome to Intervisie</translation>
        </message>
        <message>
            <source>Plan the meetings of your peer-consultation groups, run the session on the projector, and hand every member the yearly proof for their register. Everything stays on this computer.</source>
            <translation>Plan the meetings of your peer-consultation groups, run the session on the projector, and hand every member the yearly proof for their register. Everything stays on this computer.</translation>
        </message>
        <message>
            <source>Create your first group</source>
            <translation>Create your first group</translation>
        </message>
        <message>
            <source>Look around in the demo</source>
            <translation>Look around in the demo</translation>
        </message>
        <message>
            <source>The demo opens in a second window with made-up groups; your data is not touched.</source>
            <translation>The demo opens in a second window with made-up groups; your data is not touched.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Attendance</name>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>partly present</source>
            <translation>partly present</translation>
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
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>not a member</source>
            <translation>not a member</translation>
        </message>
        <message>
            <source>arrived {arrived}, left {left}</source>
            <translation>arrived {arrived}, left {left}</translation>
        </message>
        <message>
            <source>arrived {arrived}</source>
            <translation>arrived {arrived}</translation>
        </message>
        <message>
            <source>left {left}</source>
            <translation>left {left}</translation>
        </message>
        <message>
            <source>{duration} present, times not recorded</source>
            <translation>{duration} present, times not recorded</translation>
        </message>
    </context>
    <context>
        <name>AttendanceList</name>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Planned time</source>
            <translation>Planned time</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Led by</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register and number</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Times as held</source>
            <translation>Times as held</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Signature of the supervisor</source>
            <translation>Signature of the supervisor</translation>
        </message>
        <message>
            <source>Attendance list</source>
            <translation>Attendance list</translation>
        </message>
        <message>
            <source>Attendance of the meeting of {date}</source>
            <translation>Attendance of the meeting of {date}</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>Peer consultation: {group}</source>
            <translation>Peer consultation: {group}</translation>
        </message>
        <message>
            <source>Theme: {theme}</source>
            <translation>Theme: {theme}</translation>
        </message>
        <message>
            <source>Supervisor: {name}</source>
            <translation>Supervisor: {name}</translation>
        </message>
        <message>
            <source>(online)</source>
            <translation>(online)</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>partly</source>
            <translation>partly</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Certificate of participation</source>
            <translation>Certificate of participation</translation>
        </message>
        <message>
            <source>Guided peer consultation {year}</source>
            <translation>Guided peer consultation {year}</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register and number</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Profession or context</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Meetings attended</source>
            <translation>Meetings attended</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Register rules</source>
            <translation>Register rules</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>{points} ({per_hour} per hour)</source>
            <translation>{points} ({per_hour} per hour)</translation>
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
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Methods and topics</source>
            <translation>Methods and topics</translation>
        </message>
        <message>
            <source>No meetings attended in this year.</source>
            <translation>No meetings attended in this year.</translation>
        </message>
        <message>
            <source>Learning goals</source>
            <translation>Learning goals</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Declaration by the supervisor</translation>
        </message>
        <message>
            <source>Certificate of participation {year} — {who}</source>
            <translation>Certificate of participation {year} — {who}</translation>
        </message>
        <message>
            <source>Meetings and hours of guided peer consultation in {year}</source>
            <translation>Meetings and hours of guided peer consultation in {year}</translation>
        </message>
        <message>
            <source>certificates</source>
            <extracomment>No register gives more; a larger figure on a signed certificate is a typing error.</extracomment>
            <translation>certificates</translation>
        </message>
    </context>
    <context>
        <name>Csv</name>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>partly present</source>
            <translation>partly present</translation>
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
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>start</source>
            <translation>start</translation>
        </message>
        <message>
            <source>end</source>
            <translation>end</translation>
        </message>
        <message>
            <source>meeting minutes</source>
            <translation>meeting minutes</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>registration number</source>
            <translation>registration number</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>minutes attended</source>
            <translation>minutes attended</translation>
        </message>
        <message>
            <source>hours attended</source>
            <translation>hours attended</translation>
        </message>
    </context>
    <context>
        <name>Development</name>
        <message>
            <source>Development of the group</source>
            <translation>Development of the group</translation>
        </message>
        <message>
            <source>No meetings were held yet.</source>
            <translation>No meetings were held yet.</translation>
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
            <source>Overall rating (0–10)</source>
            <translation>Overall rating (0–10)</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Agreed actions followed up</source>
            <translation>Agreed actions followed up</translation>
        </message>
        <message>
            <source>Chaired by a member</source>
            <translation>Chaired by a member</translation>
        </message>
        <message>
            <source>Safety checks</source>
            <translation>Safety checks</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Forms handed in</source>
            <translation>Forms handed in</translation>
        </message>
        <message>
            <source>Mean (1–5, higher is safer)</source>
            <translation>Mean (1–5, higher is safer)</translation>
        </message>
        <message>
            <source>Group-level figures from the group's own anonymous evaluations: a mean rating is shown only where at least three members answered. Attendance: present of those recorded. Agreed actions followed up: of the cases with agreed actions, those later marked done or dropped.</source>
            <translation>Group-level figures from the group's own anonymous evaluations: a mean rating is shown only where at least three members answered. Attendance: present of those recorded. Agreed actions followed up: of the cases with agreed actions, those later marked done or dropped.</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentChart</name>
        <message>
            <source>Overall rating (mean, 0–10)</source>
            <translation>Overall rating (mean, 0–10)</translation>
        </message>
        <message>
            <source>Attendance (%)</source>
            <translation>Attendance (%)</translation>
        </message>
        <message>
            <source>Agreed actions followed up (%)</source>
            <translation>Agreed actions followed up (%)</translation>
        </message>
        <message>
            <source>Member chaired, year to date (%)</source>
            <translation>Member chaired, year to date (%)</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Per cent</source>
            <translation>Per cent</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
        <message>
            <source>Intervisie — drawn up on {date}</source>
            <translation>Intervisie — drawn up on {date}</translation>
        </message>
        <message>
            <source>I declare that {participant} took part in the meetings of peer consultation listed above in {year} under my guidance, and that the hours shown are correct.</source>
            <translation>I declare that {participant} took part in the meetings of peer consultation listed above in {year} under my guidance, and that the hours shown are correct.</translation>
        </message>
        <message>
            <source>I declare that the meetings of peer consultation listed in this document took place in {year} under my guidance, and that the attendance and hours shown are correct.</source>
            <translation>I declare that the meetings of peer consultation listed in this document took place in {year} under my guidance, and that the attendance and hours shown are correct.</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register and number</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Place and date</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
    </context>
    <context>
        <name>MeetingRecord</name>
        <message>
            <source>as held, recorded by the session</source>
            <translation>as held, recorded by the session</translation>
        </message>
        <message>
            <source>planned times: no session was recorded</source>
            <translation>planned times: no session was recorded</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
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
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Led by</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>{present} of {total}</source>
            <translation>{present} of {total}</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register and number</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Time present</source>
            <translation>Time present</translation>
        </message>
        <message>
            <source>Topics and methods</source>
            <translation>Topics and methods</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Topics are short labels; what was brought in and discussed stays confidential and is not part of this record.</source>
            <translation>Topics are short labels; what was brought in and discussed stays confidential and is not part of this record.</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Declaration by the supervisor</translation>
        </message>
        <message>
            <source>I declare that this meeting took place on {date} under my guidance, with the times and attendance recorded above.</source>
            <translation>I declare that this meeting took place on {date} under my guidance, with the times and attendance recorded above.</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Place and date</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Record of the meeting</source>
            <translation>Record of the meeting</translation>
        </message>
        <message>
            <source>Times, attendance, topics and methods of the meeting of {date}</source>
            <translation>Times, attendance, topics and methods of the meeting of {date}</translation>
        </message>
    </context>
    <context>
        <name>MethodCards</name>
        <message>
            <source>you turn away, listen and may take notes</source>
            <translation>you turn away, listen and may take notes</translation>
        </message>
        <message>
            <source>you listen without reacting</source>
            <translation>you listen without reacting</translation>
        </message>
        <message>
            <source>you speak</source>
            <translation>you speak</translation>
        </message>
        <message>
            <source>the others take turns; you answer or listen</source>
            <translation>the others take turns; you answer or listen</translation>
        </message>
        <message>
            <source>everyone writes, you too</source>
            <translation>everyone writes, you too</translation>
        </message>
        <message>
            <source>you take part</source>
            <translation>you take part</translation>
        </message>
        <message>
            <source>Preparing your case</source>
            <translation>Preparing your case</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Keep it anonymous: initials or a pseudonym, no names, birth dates or institutions. This form is yours; you do not hand it in.</source>
            <translation>Keep it anonymous: initials or a pseudonym, no names, birth dates or institutions. This form is yours; you do not hand it in.</translation>
        </message>
        <message>
            <source>What the method asks of you</source>
            <translation>What the method asks of you</translation>
        </message>
        <message>
            <source>1. My question for the group</source>
            <translation>1. My question for the group</translation>
        </message>
        <message>
            <source>One open question, for example: “How can I …?”</source>
            <translation>One open question, for example: “How can I …?”</translation>
        </message>
        <message>
            <source>2. The situation</source>
            <translation>2. The situation</translation>
        </message>
        <message>
            <source>What happened, who was involved, what was your part, what makes it hard?</source>
            <translation>What happened, who was involved, what was your part, what makes it hard?</translation>
        </message>
        <message>
            <source>3. What I have tried</source>
            <translation>3. What I have tried</translation>
        </message>
        <message>
            <source>And what came of it.</source>
            <translation>And what came of it.</translation>
        </message>
        <message>
            <source>4. What I want from the group</source>
            <translation>4. What I want from the group</translation>
        </message>
        <message>
            <source>Questions, other views, recognition, ideas, advice?</source>
            <translation>Questions, other views, recognition, ideas, advice?</translation>
        </message>
        <message>
            <source>Preparation form for the case bringer</source>
            <translation>Preparation form for the case bringer</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Who speaks</source>
            <translation>Who speaks</translation>
        </message>
        <message>
            <source>Instruction and rules</source>
            <translation>Instruction and rules</translation>
        </message>
        <message>
            <source>About {minutes} minutes with {people} people.</source>
            <translation>About {minutes} minutes with {people} people.</translation>
        </message>
        <message>
            <source>When to use</source>
            <translation>When to use</translation>
        </message>
        <message>
            <source>The chair's script</source>
            <translation>The chair's script</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source: {source}</translation>
        </message>
        <message>
            <source>How a meeting goes</source>
            <translation>How a meeting goes</translation>
        </message>
        <message>
            <source>Each meeting follows these parts; the method for the case comes between choosing the case and the evaluation. The chair keeps the steps and the time.</source>
            <translation>Each meeting follows these parts; the method for the case comes between choosing the case and the evaluation. The chair keeps the steps and the time.</translation>
        </message>
        <message>
            <source>Our agreements</source>
            <translation>Our agreements</translation>
        </message>
        <message>
            <source>Method cards</source>
            <translation>Method cards</translation>
        </message>
        <message>
            <source>Method cards for a meeting without the program</source>
            <translation>Method cards for a meeting without the program</translation>
        </message>
        <message>
            <source>the case bringer</source>
            <translation>the case bringer</translation>
        </message>
        <message>
            <source>everyone in turn</source>
            <translation>everyone in turn</translation>
        </message>
        <message>
            <source>everyone in turn except the case bringer</source>
            <translation>everyone in turn except the case bringer</translation>
        </message>
        <message>
            <source>open discussion</source>
            <translation>open discussion</translation>
        </message>
        <message>
            <source>the chair</source>
            <translation>the chair</translation>
        </message>
        <message>
            <source>nobody: everyone writes</source>
            <translation>nobody: everyone writes</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens.</source>
            <translation>The case bringer turns away and listens.</translation>
        </message>
        <message>
            <source>The case bringer stays silent.</source>
            <translation>The case bringer stays silent.</translation>
        </message>
        <message>
            <source>No advice.</source>
            <translation>No advice.</translation>
        </message>
        <message>
            <source>Write first, then speak.</source>
            <translation>Write first, then speak.</translation>
        </message>
        <message>
            <source>{minutes} min per speaker</source>
            <translation>{minutes} min per speaker</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>Minutes</name>
        <message>
            <source>no cases recorded</source>
            <translation>no cases recorded</translation>
        </message>
        <message>
            <source>none shared</source>
            <translation>none shared</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Led by</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <source>Minutes of the meeting of {date}</source>
            <translation>Minutes of the meeting of {date}</translation>
        </message>
        <message>
            <source>Minutes of the meeting</source>
            <translation>Minutes of the meeting</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excused</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <source>{name}, on “{topic}”</source>
            <translation>{name}, on “{topic}”</translation>
        </message>
        <message>
            <source>not planned yet</source>
            <translation>not planned yet</translation>
        </message>
        <message>
            <source>shortest {shortest}, median {median}, longest {longest}</source>
            <translation>shortest {shortest}, median {median}, longest {longest}</translation>
        </message>
        <message>
            <source>Speaking time (measured by the session timer)</source>
            <translation>Speaking time (measured by the session timer)</translation>
        </message>
        <message>
            <source>Whole session</source>
            <translation>Whole session</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
    </context>
    <context>
        <name>Reflection</name>
        <message>
            <source>Participant</source>
            <extracomment>Room to write in: an empty ruled box of this many lines per dimension.</extracomment>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register and number</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Meetings attended</source>
            <translation>Meetings attended</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>1. Technical-instrumental</source>
            <translation>1. Technical-instrumental</translation>
        </message>
        <message>
            <source>Methods, skills and knowledge: what did you learn about how you do your work?</source>
            <translation>Methods, skills and knowledge: what did you learn about how you do your work?</translation>
        </message>
        <message>
            <source>2. Normative</source>
            <translation>2. Normative</translation>
        </message>
        <message>
            <source>Values, standards, the professional code and ethical questions: what did you weigh, and how?</source>
            <translation>Values, standards, the professional code and ethical questions: what did you weigh, and how?</translation>
        </message>
        <message>
            <source>3. Personal</source>
            <translation>3. Personal</translation>
        </message>
        <message>
            <source>Your own person: feelings, patterns and convictions, and how they affect your work.</source>
            <translation>Your own person: feelings, patterns and convictions, and how they affect your work.</translation>
        </message>
        <message>
            <source>Guided peer consultation {year}</source>
            <translation>Guided peer consultation {year}</translation>
        </message>
        <message>
            <source>Reflect on the three dimensions below in your own words. Write about your own learning; leave out anything that could identify a client or colleague.</source>
            <translation>Reflect on the three dimensions below in your own words. Write about your own learning; leave out anything that could identify a client or colleague.</translation>
        </message>
        <message>
            <source>Signature of the participant</source>
            <translation>Signature of the participant</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Declaration by the supervisor</translation>
        </message>
        <message>
            <source>I declare that {participant} took part in {meetings} meetings ({hours} hours) of peer consultation in {year} under my guidance, and reflected in them on the technical-instrumental, normative and personal dimensions of their work.</source>
            <translation>I declare that {participant} took part in {meetings} meetings ({hours} hours) of peer consultation in {year} under my guidance, and reflected in them on the technical-instrumental, normative and personal dimensions of their work.</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Place and date</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Reflection statement</source>
            <translation>Reflection statement</translation>
        </message>
        <message>
            <source>Reflection on guided peer consultation in {year}, three dimensions</source>
            <translation>Reflection on guided peer consultation in {year}, three dimensions</translation>
        </message>
    </context>
    <context>
        <name>RegisterRules</name>
        <message>
            <source>meets the rules</source>
            <translation>meets the rules</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>does not meet the rules</source>
            <translation>does not meet the rules</translation>
        </message>
        <message>
            <source>no yearly minimum</source>
            <translation>no yearly minimum</translation>
        </message>
        <message>
            <source>{got} of {needed} h over {first}–{last}</source>
            <translation>{got} of {needed} h over {first}–{last}</translation>
        </message>
        <message>
            <source>{got} of {needed} h in {year}</source>
            <translation>{got} of {needed} h in {year}</translation>
        </message>
        <message>
            <source>{got} of {needed} meetings</source>
            <translation>{got} of {needed} meetings</translation>
        </message>
        <message>
            <source>{got} of 4 quarters with at least {needed} h</source>
            <translation>{got} of 4 quarters with at least {needed} h</translation>
        </message>
        <message>
            <source>counted in {year}: meetings {meetings}, hours {hours}, in a registered group {registered}</source>
            <translation>counted in {year}: meetings {meetings}, hours {hours}, in a registered group {registered}</translation>
        </message>
        <message>
            <source>{register} {number}: {verdict}{checks}; {figures}</source>
            <translation>{register} {number}: {verdict}{checks}; {figures}</translation>
        </message>
        <message>
            <source>Register rules on {date}</source>
            <translation>Register rules on {date}</translation>
        </message>
    </context>
    <context>
        <name>SafetyCheck</name>
        <message>
            <source>When something went wrong in my work, I can say so in this group without being judged for it.</source>
            <translation>When something went wrong in my work, I can say so in this group without being judged for it.</translation>
        </message>
        <message>
            <source>In this group we can name what is difficult, also between us.</source>
            <translation>In this group we can name what is difficult, also between us.</translation>
        </message>
        <message>
            <source>Someone who sees things differently is heard here, not pushed aside.</source>
            <translation>Someone who sees things differently is heard here, not pushed aside.</translation>
        </message>
        <message>
            <source>I dare to bring in a case I feel unsure or uneasy about.</source>
            <translation>I dare to bring in a case I feel unsure or uneasy about.</translation>
        </message>
        <message>
            <source>I find it hard to ask this group for help.</source>
            <translation>I find it hard to ask this group for help.</translation>
        </message>
        <message>
            <source>I trust that nobody here will use what I share against me.</source>
            <translation>I trust that nobody here will use what I share against me.</translation>
        </message>
        <message>
            <source>What I know and can do is valued and used in this group.</source>
            <translation>What I know and can do is valued and used in this group.</translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>Strongly disagree</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Disagree</translation>
        </message>
        <message>
            <source>Neither</source>
            <translation>Neither</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Agree</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>Strongly agree</translation>
        </message>
        <message>
            <source>How safe is our group to learn in?</source>
            <translation>How safe is our group to learn in?</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>This form is anonymous: do not write your name on it. Tick one box per statement, the one that fits best how you experience the group now. There are no right answers. Fold the form and hand it in; only the totals of the group are kept.</source>
            <translation>This form is anonymous: do not write your name on it. Tick one box per statement, the one that fits best how you experience the group now. There are no right answers. Fold the form and hand it in; only the totals of the group are kept.</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Statement</translation>
        </message>
        <message>
            <source>The statements are our own wording of what is known as team psychological safety: a shared sense that the group is safe for taking interpersonal risks.</source>
            <translation>The statements are our own wording of what is known as team psychological safety: a shared sense that the group is safe for taking interpersonal risks.</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>Safety check</translation>
        </message>
        <message>
            <source>Anonymous questionnaire on safety in the group</source>
            <translation>Anonymous questionnaire on safety in the group</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>exc.</source>
            <translation>exc.</translation>
        </message>
        <message>
            <source>✓ present   &lt;i&gt;90′&lt;/i&gt; present for part of the meeting (minutes)   ✗ absent   exc. excused   ? not recorded   · not a member on that date</source>
            <translation>✓ present   &lt;i&gt;90′&lt;/i&gt; present for part of the meeting (minutes)   ✗ absent   exc. excused   ? not recorded   · not a member on that date</translation>
        </message>
        <message>
            <source>Yearly summary of guided peer consultation {year}</source>
            <translation>Yearly summary of guided peer consultation {year}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Profession or context</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>guided peer consultation</source>
            <translation>guided peer consultation</translation>
        </message>
        <message>
            <source>self-steering peer consultation</source>
            <translation>self-steering peer consultation</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Total contact hours</source>
            <translation>Total contact hours</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Points per hour</source>
            <translation>Points per hour</translation>
        </message>
        <message>
            <source>This summary was drawn up from the records of the meetings. It contains dates, times, attendance and hours. The content of the cases discussed is confidential and is not part of this summary.</source>
            <translation>This summary was drawn up from the records of the meetings. It contains dates, times, attendance and hours. The content of the cases discussed is confidential and is not part of this summary.</translation>
        </message>
        <message>
            <source>Cases are named by a short topic label only.</source>
            <translation>Cases are named by a short topic label only.</translation>
        </message>
        <message>
            <source>Topic labels of the cases have been left out.</source>
            <translation>Topic labels of the cases have been left out.</translation>
        </message>
        <message>
            <source>No meetings were held in this year.</source>
            <translation>No meetings were held in this year.</translation>
        </message>
        <message>
            <source>as recorded</source>
            <translation>as recorded</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
        </message>
        <message>
            <source>led by</source>
            <translation>led by</translation>
        </message>
        <message>
            <source>theme</source>
            <translation>theme</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Place and leader</source>
            <translation>Place and leader</translation>
        </message>
        <message>
            <source>Method and theme</source>
            <translation>Method and theme</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>The group had no members in this year.</source>
            <translation>The group had no members in this year.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Totals per participant</source>
            <translation>Totals per participant</translation>
        </message>
        <message>
            <source>Register and number</source>
            <translation>Register and number</translation>
        </message>
        <message>
            <source>Meetings attended</source>
            <translation>Meetings attended</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Methods used</source>
            <translation>Methods used</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Planned versus actual time per phase</source>
            <translation>Planned versus actual time per phase</translation>
        </message>
        <message>
            <source>None of this year's meetings was run to the end with the session timer, so there are no planned and actual times per phase.</source>
            <translation>None of this year's meetings was run to the end with the session timer, so there are no planned and actual times per phase.</translation>
        </message>
        <message>
            <source>Minutes per method and phase of the one meeting held, run to the end with the session timer. Planned: the plan as it stood when the session started; actual: the time the phase was running, pauses left out.</source>
            <translation>Minutes per method and phase of the one meeting held, run to the end with the session timer. Planned: the plan as it stood when the session started; actual: the time the phase was running, pauses left out.</translation>
        </message>
        <message>
            <source>Minutes per method and phase, added up over the {timed} of {held} meetings held that were run to the end with the session timer. Planned: the plan as it stood when the session started; actual: the time the phase was running, pauses left out.</source>
            <translation>Minutes per method and phase, added up over the {timed} of {held} meetings held that were run to the end with the session timer. Planned: the plan as it stood when the session started; actual: the time the phase was running, pauses left out.</translation>
        </message>
        <message>
            <source>The chart shows the phases with the most planned time; the other {count} are added up in one bar.</source>
            <translation>The chart shows the phases with the most planned time; the other {count} are added up in one bar.</translation>
        </message>
        <message>
            <source>Declaration by the supervisor</source>
            <translation>Declaration by the supervisor</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Other phases ({count})</source>
            <translation>Other phases ({count})</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Supervisor's register and number</source>
            <translation>Supervisor's register and number</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>No methods were recorded.</source>
            <translation>No methods were recorded.</translation>
        </message>
        <message>
            <source>Learning goals</source>
            <translation>Learning goals</translation>
        </message>
        <message>
            <source>No learning goals were marked for this report.</source>
            <translation>No learning goals were marked for this report.</translation>
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
            <source>Meetings, attendance and hours of {group} in {year}</source>
            <translation>Meetings, attendance and hours of {group} in {year}</translation>
        </message>
        <message>
            <source>Yearly summary</source>
            <translation>Yearly summary</translation>
        </message>
    </context>
    <context>
        <name>YearPlan</name>
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
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Profession or context</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>guided</source>
            <translation>guided</translation>
        </message>
        <message>
            <source>self-steering</source>
            <translation>self-steering</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planned hours</translation>
        </message>
        <message>
            <source>online</source>
            <translation>online</translation>
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
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Year plan {year}</source>
            <translation>Year plan {year}</translation>
        </message>
        <message>
            <source>No meetings are planned in this year.</source>
            <translation>No meetings are planned in this year.</translation>
        </message>
        <message>
            <source>Themes and methods of the year</source>
            <translation>Themes and methods of the year</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Themes</translation>
        </message>
        <message>
            <source>Agreed by</source>
            <translation>Agreed by</translation>
        </message>
        <message>
            <source>Place and date</source>
            <translation>Place and date</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Planned meetings, methods and themes of peer consultation in {year}</source>
            <translation>Planned meetings, methods and themes of peer consultation in {year}</translation>
        </message>
    </context>
</TS>

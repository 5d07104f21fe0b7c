<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Confirm</name>
        <message>
            <source>1 case</source>
            <translation>1 case</translation>
        </message>
        <message>
            <source>{n} cases</source>
            <translation>{n} cases</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 note</translation>
        </message>
        <message>
            <source>{n} notes</source>
            <translation>{n} notes</translation>
        </message>
        <message>
            <source>1 learning goal</source>
            <translation>1 learning goal</translation>
        </message>
        <message>
            <source>{n} learning goals</source>
            <translation>{n} learning goals</translation>
        </message>
        <message>
            <source>1 meeting</source>
            <translation>1 meeting</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>{n} meetings</translation>
        </message>
        <message>
            <source>1 attendance record</source>
            <translation>1 attendance record</translation>
        </message>
        <message>
            <source>{n} attendance records</source>
            <translation>{n} attendance records</translation>
        </message>
        <message>
            <source>1 plan step</source>
            <translation>1 plan step</translation>
        </message>
        <message>
            <source>{n} plan steps</source>
            <translation>{n} plan steps</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} and {last}</translation>
        </message>
        <message>
            <source>its question, description and agreed actions</source>
            <translation>its question, description and agreed actions</translation>
        </message>
        <message>
            <source>Delete {name} from the program, with {what}?</source>
            <translation>Delete {name} from the program, with {what}?</translation>
        </message>
        <message>
            <source>Delete {name} from the program?</source>
            <translation>Delete {name} from the program?</translation>
        </message>
        <message>
            <source>Their attendance at {meetings} stays as an anonymous count.</source>
            <translation>Their attendance at {meetings} stays as an anonymous count.</translation>
        </message>
        <message>
            <source>End membership keeps everything: {name} leaves the group as of today.</source>
            <translation>End membership keeps everything: {name} leaves the group as of today.</translation>
        </message>
        <message>
            <source>Ctrl+Z brings it back until you close the program.</source>
            <translation>Ctrl+Z brings it back until you close the program.</translation>
        </message>
        <message>
            <source>Delete {thing} with {what}?</source>
            <translation>Delete {thing} with {what}?</translation>
        </message>
        <message>
            <source>Delete {thing}?</source>
            <translation>Delete {thing}?</translation>
        </message>
        <message>
            <source>{steps} in a meeting plan will have no case any more.</source>
            <translation>{steps} in a meeting plan will have no case any more.</translation>
        </message>
        <message>
            <source>Deleted {thing} with {what}. Ctrl+Z brings it back.</source>
            <translation>Deleted {thing} with {what}. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Deleted {thing}. Ctrl+Z brings it back.</source>
            <translation>Deleted {thing}. Ctrl+Z brings it back.</translation>
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
            <translation>Group</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <source>Choose a group on the left.</source>
            <translation>Choose a group on the left.</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>Groups</translation>
        </message>
        <message>
            <source>Restore from arc&amp;hive</source>
            <translation>Restore from arc&amp;hive</translation>
        </message>
        <message>
            <source>Arc&amp;hive group</source>
            <translation>Arc&amp;hive group</translation>
        </message>
        <message>
            <source>Plan a meeting first: cases belong to a meeting.</source>
            <translation>Plan a meeting first: cases belong to a meeting.</translation>
        </message>
        <message>
            <source>No meeting to start: plan one on the Meetings tab first.</source>
            <translation>No meeting to start: plan one on the Meetings tab first.</translation>
        </message>
        <message>
            <source>The demo opens in a separate window.</source>
            <translation>The demo opens in a separate window.</translation>
        </message>
        <message>
            <source>The demo could not be started.</source>
            <translation>The demo could not be started.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;The supervisor's tool for guided peer consultation, fully offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;The supervisor's tool for guided peer consultation, fully offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Intervisie</source>
            <translation>About Intervisie</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;New group</source>
            <translation>&amp;New group</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Open the &amp;demo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Find group</source>
            <translation>&amp;Find group</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Group</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Members</translation>
        </message>
        <message>
            <source>M&amp;eetings</source>
            <translation>M&amp;eetings</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Cases</translation>
        </message>
        <message>
            <source>&amp;Development</source>
            <translation>&amp;Development</translation>
        </message>
        <message>
            <source>Method &amp;library</source>
            <translation>Method &amp;library</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Add member</translation>
        </message>
        <message>
            <source>&amp;End membership</source>
            <translation>&amp;End membership</translation>
        </message>
        <message>
            <source>&amp;Remove member…</source>
            <translation>&amp;Remove member…</translation>
        </message>
        <message>
            <source>Era&amp;se member…</source>
            <translation>Era&amp;se member…</translation>
        </message>
        <message>
            <source>&amp;Delete group…</source>
            <translation>&amp;Delete group…</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Meeting</translation>
        </message>
        <message>
            <source>&amp;Plan meeting</source>
            <translation>&amp;Plan meeting</translation>
        </message>
        <message>
            <source>&amp;Delete meeting…</source>
            <translation>&amp;Delete meeting…</translation>
        </message>
        <message>
            <source>&amp;New case</source>
            <translation>&amp;New case</translation>
        </message>
        <message>
            <source>D&amp;elete case…</source>
            <translation>D&amp;elete case…</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <source>&amp;Start session</source>
            <translation>&amp;Start session</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Intervisie</source>
            <translation>&amp;About Intervisie</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>New group</translation>
        </message>
        <message>
            <source>Restore group</source>
            <translation>Restore group</translation>
        </message>
        <message>
            <source>Archive group</source>
            <translation>Archive group</translation>
        </message>
        <message>
            <source>“{name}” is active again.</source>
            <translation>“{name}” is active again.</translation>
        </message>
        <message>
            <source>“{name}” was archived; see “Archived groups”.</source>
            <translation>“{name}” was archived; see “Archived groups”.</translation>
        </message>
        <message>
            <source>the group “{name}”</source>
            <translation>the group “{name}”</translation>
        </message>
        <message>
            <source>End membership</source>
            <translation>End membership</translation>
        </message>
        <message>
            <source>{name} is a former member as of today; their cases, notes and attendance stay. Ctrl+Z brings the membership back.</source>
            <translation>{name} is a former member as of today; their cases, notes and attendance stay. Ctrl+Z brings the membership back.</translation>
        </message>
        <message>
            <source>the meeting of {date}</source>
            <translation>the meeting of {date}</translation>
        </message>
        <message>
            <source>the case “{topic}”</source>
            <translation>the case “{topic}”</translation>
        </message>
        <message>
            <source>Delete group</source>
            <translation>Delete group</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Remove member</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>Delete case</source>
            <translation>Delete case</translation>
        </message>
    </context>
    <context>
        <name>SessionLauncher</name>
        <message>
            <source>The unfinished session was discarded.</source>
            <translation>The unfinished session was discarded.</translation>
        </message>
    </context>
    <context>
        <name>StartToday</name>
        <message>
            <source>Start session mode</source>
            <translation>Start session mode</translation>
        </message>
        <message>
            <source>This meeting is dated {date}, not today.</source>
            <translation>This meeting is dated {date}, not today.</translation>
        </message>
        <message>
            <source>A session is held on the day it runs. Start it today, or cancel and keep the date.</source>
            <translation>A session is held on the day it runs. Start it today, or cancel and keep the date.</translation>
        </message>
        <message>
            <source>Start it today (its date moves from {date} to today)</source>
            <translation>Start it today (its date moves from {date} to today)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>

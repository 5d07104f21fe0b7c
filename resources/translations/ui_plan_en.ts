<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MethodChoices</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name} (deleted)</translation>
        </message>
    </context>
    <context>
        <name>MethodPicker</name>
        <message>
            <source>Add a step</source>
            <translation>Add a step</translation>
        </message>
        <message>
            <source>&amp;Find by name:</source>
            <translation>&amp;Find by name:</translation>
        </message>
        <message>
            <source>Blocks and methods</source>
            <translation>Blocks and methods</translation>
        </message>
        <message>
            <source>Block or method</source>
            <translation>Block or method</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Meeting blocks</source>
            <translation>Meeting blocks</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>No steps yet. “Standard plan” fills in the usual blocks and a method run for each case; “Add step” adds one block or method.</source>
            <translation>No steps yet. “Standard plan” fills in the usual blocks and a method run for each case; “Add step” adds one block or method.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Session plan steps</source>
            <translation>Session plan steps</translation>
        </message>
        <message>
            <source>Type the minutes for this step; leave empty for the method's own time.</source>
            <translation>Type the minutes for this step; leave empty for the method's own time.</translation>
        </message>
        <message>
            <source>Min&amp;utes of this step</source>
            <translation>Min&amp;utes of this step</translation>
        </message>
        <message>
            <source>Opening blocks, a run of the group's default method for each case of this meeting, evaluation and closing. Replaces the steps shown; Ctrl+Z brings them back.</source>
            <translation>Opening blocks, a run of the group's default method for each case of this meeting, evaluation and closing. Replaces the steps shown; Ctrl+Z brings them back.</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>&amp;Add step…</source>
            <translation>&amp;Add step…</translation>
        </message>
        <message>
            <source>&amp;Case of this step</source>
            <translation>&amp;Case of this step</translation>
        </message>
        <message>
            <source>Use the method's t&amp;ime</source>
            <translation>Use the method's t&amp;ime</translation>
        </message>
        <message>
            <source>Standa&amp;rd plan</source>
            <translation>Standa&amp;rd plan</translation>
        </message>
        <message>
            <source>&amp;Standard plan</source>
            <translation>&amp;Standard plan</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>&amp;Remove step</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>unknown method “{key}”</source>
            <translation>unknown method “{key}”</translation>
        </message>
        <message>
            <source>(choose a case)</source>
            <translation>(choose a case)</translation>
        </message>
        <message>
            <source>Set by hand; the method plans {minutes} min.</source>
            <translation>Set by hand; the method plans {minutes} min.</translation>
        </message>
        <message>
            <source>Planned: {planned} of {length} min</source>
            <translation>Planned: {planned} of {length} min</translation>
        </message>
        <message>
            <source>{minutes} min over</source>
            <translation>{minutes} min over</translation>
        </message>
        <message>
            <source>{minutes} min left</source>
            <translation>{minutes} min left</translation>
        </message>
        <message>
            <source>fits the meeting exactly</source>
            <translation>fits the meeting exactly</translation>
        </message>
        <message>
            <source>Rounds are timed for the one member present.</source>
            <translation>Rounds are timed for the one member present.</translation>
        </message>
        <message>
            <source>Rounds are timed for the {count} members present.</source>
            <translation>Rounds are timed for the {count} members present.</translation>
        </message>
        <message>
            <source>Nobody is present: rounds get no time until attendance is recorded.</source>
            <translation>Nobody is present: rounds get no time until attendance is recorded.</translation>
        </message>
        <message>
            <source>This plan names a method that no longer exists: {keys}. Remove that step or add another method.</source>
            <translation>This plan names a method that no longer exists: {keys}. Remove that step or add another method.</translation>
        </message>
        <message>
            <source>(no case)</source>
            <extracomment>The data changes that can change what the plan shows. "No case" in the case box. Not None: PySide6 6.12 loses a reference to None each time a QVariant holding None is read back (currentData), which in the end crashes Python 3.11.</extracomment>
            <translation>(no case)</translation>
        </message>
        <message>
            <source>Only a method run takes a case.</source>
            <translation>Only a method run takes a case.</translation>
        </message>
        <message>
            <source>Add plan step</source>
            <translation>Add plan step</translation>
        </message>
        <message>
            <source>Choose case</source>
            <translation>Choose case</translation>
        </message>
        <message>
            <source>Change planned minutes</source>
            <translation>Change planned minutes</translation>
        </message>
        <message>
            <source>Remove plan step</source>
            <translation>Remove plan step</translation>
        </message>
        <message>
            <source>Move plan step</source>
            <translation>Move plan step</translation>
        </message>
        <message>
            <source>Standard plan</source>
            <translation>Standard plan</translation>
        </message>
        <message>
            <source>Standard plan filled in. Ctrl+Z brings back the steps before.</source>
            <translation>Standard plan filled in. Ctrl+Z brings back the steps before.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MethodLabels</name>
        <message>
            <source>Only the case bringer speaks</source>
            <translation>Only the case bringer speaks</translation>
        </message>
        <message>
            <source>Round: everyone in turn</source>
            <translation>Round: everyone in turn</translation>
        </message>
        <message>
            <source>Round without the case bringer</source>
            <translation>Round without the case bringer</translation>
        </message>
        <message>
            <source>Open discussion</source>
            <translation>Open discussion</translation>
        </message>
        <message>
            <source>The facilitator speaks</source>
            <translation>The facilitator speaks</translation>
        </message>
        <message>
            <source>Silence: everyone writes</source>
            <translation>Silence: everyone writes</translation>
        </message>
        <message>
            <source>The case bringer stays silent</source>
            <translation>The case bringer stays silent</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens</source>
            <translation>The case bringer turns away and listens</translation>
        </message>
        <message>
            <source>No advice</source>
            <translation>No advice</translation>
        </message>
        <message>
            <source>Write first, then speak</source>
            <translation>Write first, then speak</translation>
        </message>
        <message>
            <source>Meeting block</source>
            <translation>Meeting block</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{each} min per speaker ({total} min for 1)</source>
            <translation>{each} min per speaker ({total} min for 1)</translation>
        </message>
        <message>
            <source>{each} min per speaker ({total} min for {speakers} speakers)</source>
            <translation>{each} min per speaker ({total} min for {speakers} speakers)</translation>
        </message>
        <message>
            <source>{minutes} min per speaker</source>
            <translation>{minutes} min per speaker</translation>
        </message>
    </context>
    <context>
        <name>MethodLibraryPane</name>
        <message>
            <source>Search methods (Ctrl+F)</source>
            <translation>Search methods (Ctrl+F)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methods</translation>
        </message>
        <message>
            <source>Meeting blocks</source>
            <translation>Meeting blocks</translation>
        </message>
        <message>
            <source>Own methods</source>
            <translation>Own methods</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>Sho&amp;w</translation>
        </message>
        <message>
            <source>Show &amp;deleted own methods</source>
            <translation>Show &amp;deleted own methods</translation>
        </message>
        <message>
            <source>No method matches the search.</source>
            <translation>No method matches the search.</translation>
        </message>
        <message>
            <source>&amp;Texts in</source>
            <translation>&amp;Texts in</translation>
        </message>
        <message>
            <source>&amp;Group size</source>
            <translation>&amp;Group size</translation>
        </message>
        <message>
            <source>&amp;Copy to edit</source>
            <translation>&amp;Copy to edit</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Search methods</source>
            <translation>Search methods</translation>
        </message>
        <message>
            <source>Edit method</source>
            <translation>Edit method</translation>
        </message>
        <message>
            <source>Edit phases</source>
            <translation>Edit phases</translation>
        </message>
        <message>
            <source>Choose a method on the left to see its phases.</source>
            <translation>Choose a method on the left to see its phases.</translation>
        </message>
        <message>
            <source>De&amp;lete own method</source>
            <translation>De&amp;lete own method</translation>
        </message>
        <message>
            <source>&amp;Restore own method</source>
            <translation>&amp;Restore own method</translation>
        </message>
        <message>
            <source>&amp;Find method</source>
            <translation>&amp;Find method</translation>
        </message>
        <message>
            <source>{name} · own, deleted</source>
            <translation>{name} · own, deleted</translation>
        </message>
        <message>
            <source>{name} · own</source>
            <translation>{name} · own</translation>
        </message>
        <message>
            <source>built-in, read-only</source>
            <translation>built-in, read-only</translation>
        </message>
        <message>
            <source>own method</source>
            <translation>own method</translation>
        </message>
        <message>
            <source>based on “{name}”</source>
            <translation>based on “{name}”</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>Built-in methods are read-only. Use “Copy to edit” (Ctrl+D) to make your own version.</source>
            <translation>Built-in methods are read-only. Use “Copy to edit” (Ctrl+D) to make your own version.</translation>
        </message>
        <message>
            <source>This own method is deleted. Restore it (Ctrl+Shift+R) to use or edit it.</source>
            <translation>This own method is deleted. Restore it (Ctrl+Shift+R) to use or edit it.</translation>
        </message>
        <message>
            <source>Your own method: changes are stored as you type. Ctrl+Z undoes them.</source>
            <translation>Your own method: changes are stored as you type. Ctrl+Z undoes them.</translation>
        </message>
        <message>
            <source>Planned: {total} min for a group of {size}</source>
            <translation>Planned: {total} min for a group of {size}</translation>
        </message>
        <message>
            <source>The copy is gone again.</source>
            <translation>The copy is gone again.</translation>
        </message>
        <message>
            <source>Copy method</source>
            <translation>Copy method</translation>
        </message>
        <message>
            <source>Copied. Give your version a name; every change is stored as you type.</source>
            <translation>Copied. Give your version a name; every change is stored as you type.</translation>
        </message>
        <message>
            <source>Delete method</source>
            <translation>Delete method</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>Restore method</source>
            <translation>Restore method</translation>
        </message>
        <message>
            <source>Restored.</source>
            <translation>Restored.</translation>
        </message>
        <message>
            <source>Edit phase</source>
            <translation>Edit phase</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Add phase</translation>
        </message>
        <message>
            <source>Remove phase</source>
            <translation>Remove phase</translation>
        </message>
        <message>
            <source>Move phase</source>
            <translation>Move phase</translation>
        </message>
        <message>
            <source>Edit method text</source>
            <translation>Edit method text</translation>
        </message>
    </context>
    <context>
        <name>MethodLibraryWindow</name>
        <message>
            <source>Method library</source>
            <translation>Method library</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Method</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
    </context>
    <context>
        <name>MethodOverview</name>
        <message>
            <source>No published source: this structure is a reasonable default of our own. Adapt it freely.</source>
            <translation>No published source: this structure is a reasonable default of our own. Adapt it freely.</translation>
        </message>
        <message>
            <source>No source given.</source>
            <translation>No source given.</translation>
        </message>
        <message>
            <source>Who speaks:</source>
            <translation>Who speaks:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Warning:</translation>
        </message>
        <message>
            <source>{minutes} min before the end</source>
            <translation>{minutes} min before the end</translation>
        </message>
        <message>
            <source>{minutes} min before the end (program default)</source>
            <translation>{minutes} min before the end (program default)</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Rules:</translation>
        </message>
        <message>
            <source>Instruction for the participants:</source>
            <translation>Instruction for the participants:</translation>
        </message>
        <message>
            <source>Script for the facilitator:</source>
            <translation>Script for the facilitator:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>When to use it</source>
            <translation>When to use it</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Phases: {count}, {total} min in a group of {size}</source>
            <translation>Phases: {count}, {total} min in a group of {size}</translation>
        </message>
    </context>
    <context>
        <name>PhasesEditor</name>
        <message>
            <source>&amp;Phases</source>
            <translation>&amp;Phases</translation>
        </message>
        <message>
            <source>&amp;Add phase</source>
            <translation>&amp;Add phase</translation>
        </message>
        <message>
            <source>&amp;Remove phase</source>
            <translation>&amp;Remove phase</translation>
        </message>
        <message>
            <source>Move phase &amp;up</source>
            <translation>Move phase &amp;up</translation>
        </message>
        <message>
            <source>Move phase do&amp;wn</source>
            <translation>Move phase do&amp;wn</translation>
        </message>
        <message>
            <source>Phase &amp;name</source>
            <translation>Phase &amp;name</translation>
        </message>
        <message>
            <source>W&amp;ho speaks</source>
            <translation>W&amp;ho speaks</translation>
        </message>
        <message>
            <source>&amp;Minutes</source>
            <translation>&amp;Minutes</translation>
        </message>
        <message>
            <source>per &amp;speaker (rounds only)</source>
            <translation>per &amp;speaker (rounds only)</translation>
        </message>
        <message>
            <source>minutes before the end of the phase or turn (empty: the default)</source>
            <translation>minutes before the end of the phase or turn (empty: the default)</translation>
        </message>
        <message>
            <source>Script for the &amp;facilitator</source>
            <translation>Script for the &amp;facilitator</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Rules</translation>
        </message>
        <message>
            <source>Wa&amp;rning</source>
            <translation>Wa&amp;rning</translation>
        </message>
        <message>
            <source>&amp;Instruction for the participants</source>
            <translation>&amp;Instruction for the participants</translation>
        </message>
    </context>
    <context>
        <name>TextsEditor</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Summary</translation>
        </message>
        <message>
            <source>When to &amp;use it</source>
            <translation>When to &amp;use it</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>S&amp;ource</translation>
        </message>
        <message>
            <source>No published source gives this structure; it is a reasonable default. Name your own source here once you have one.</source>
            <translation>No published source gives this structure; it is a reasonable default. Name your own source here once you have one.</translation>
        </message>
    </context>
    <context>
        <name>WarningDefaultBox</name>
        <message>
            <source>Used by every phase that has no warning of its own (its field left empty).</source>
            <translation>Used by every phase that has no warning of its own (its field left empty).</translation>
        </message>
        <message>
            <source>Default warning, minutes before the end</source>
            <translation>Default warning, minutes before the end</translation>
        </message>
        <message>
            <source>Default warnin&amp;g</source>
            <translation>Default warnin&amp;g</translation>
        </message>
        <message>
            <source>min before the end</source>
            <translation>min before the end</translation>
        </message>
    </context>
</TS>

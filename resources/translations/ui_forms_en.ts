<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <extracomment>At most this much of a refused entry is repeated in the message.</extracomment>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Type a date as dd/mm/yyyy, or for example 10/12, 10 Dec or 10 December 2026.</source>
            <translation>Type a date as dd/mm/yyyy, or for example 10/12, 10 Dec or 10 December 2026.</translation>
        </message>
        <message>
            <source>Leave it empty for none.</source>
            <translation>Leave it empty for none.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>hh:mm</source>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>Type a time as hh:mm, or for example 19.30, 1930 or 9 (for 09:00).</source>
            <translation>Type a time as hh:mm, or for example 19.30, 1930 or 9 (for 09:00).</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Redo: {step}</source>
            <translation>&amp;Redo: {step}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Undo: {step}</source>
            <translation>&amp;Undo: {step}</translation>
        </message>
        <message>
            <source>Undone: {step}.</source>
            <translation>Undone: {step}.</translation>
        </message>
        <message>
            <source>Done again: {step}.</source>
            <translation>Done again: {step}.</translation>
        </message>
        <message>
            <source>Saved: {step}. Ctrl+Z undoes it.</source>
            <translation>Saved: {step}. Ctrl+Z undoes it.</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>This change cannot be saved:</source>
            <translation>This change cannot be saved:</translation>
        </message>
        <message>
            <source>These changes cannot be saved:</source>
            <translation>These changes cannot be saved:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>Go back to correct it, or discard what you typed and keep what was saved before.</source>
            <translation>Go back to correct it, or discard what you typed and keep what was saved before.</translation>
        </message>
        <message>
            <source>&amp;Back to the field</source>
            <translation>&amp;Back to the field</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
        <message>
            <source>&amp;Discard these changes</source>
            <translation>&amp;Discard these changes</translation>
        </message>
    </context>
</TS>

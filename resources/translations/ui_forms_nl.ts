<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Undo</name>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;doen</translation>
        </message>
        <message>
            <source>&amp;Redo: {step}</source>
            <translation>Opnieuw &amp;doen: {step}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Undo: {step}</source>
            <translation>&amp;Ongedaan maken: {step}</translation>
        </message>
        <message>
            <source>Undone: {step}.</source>
            <translation>Ongedaan gemaakt: {step}.</translation>
        </message>
        <message>
            <source>Done again: {step}.</source>
            <translation>Opnieuw gedaan: {step}.</translation>
        </message>
        <message>
            <source>Saved: {step}. Ctrl+Z undoes it.</source>
            <translation>Opgeslagen: {step}. Ctrl+Z maakt het ongedaan.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <extracomment>At most this much of a refused entry is repeated in the message.</extracomment>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Type a date as dd/mm/yyyy, or for example 10/12, 10 Dec or 10 December 2026.</source>
            <translation>Typ een datum als dd-mm-jjjj, of bijvoorbeeld 10-12, 10 dec of 10 december 2026.</translation>
        </message>
        <message>
            <source>Leave it empty for none.</source>
            <translation>Laat het leeg voor geen.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>hh:mm</source>
            <translation>uu:mm</translation>
        </message>
        <message>
            <source>Type a time as hh:mm, or for example 19.30, 1930 or 9 (for 09:00).</source>
            <translation>Typ een tijd als uu:mm, of bijvoorbeeld 19.30, 1930 of 9 (voor 09:00).</translation>
        </message>
    </context>
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
    <context>
        <name>Unsaved</name>
        <message>
            <source>{label}: {message}</source>
            <translation>{label}: {message}</translation>
        </message>
        <message>
            <source>This change cannot be saved:</source>
            <translation>Deze wijziging kan niet worden opgeslagen:</translation>
        </message>
        <message>
            <source>These changes cannot be saved:</source>
            <translation>Deze wijzigingen kunnen niet worden opgeslagen:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
        <message>
            <source>Go back to correct it, or discard what you typed and keep what was saved before.</source>
            <translation>Ga terug om het te verbeteren, of gooi weg wat u typte en houd wat eerder was opgeslagen.</translation>
        </message>
        <message>
            <source>&amp;Back to the field</source>
            <translation>&amp;Terug naar het veld</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Weggooien</translation>
        </message>
        <message>
            <source>&amp;Discard these changes</source>
            <translation>Deze wijzigingen &amp;weggooien</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>StartupFrame</name>
        <message>
            <source>demo</source>
            <extracomment>The size the main window opens with when it has nothing remembered.</extracomment>
            <translation>demo</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Je gegevens worden geopend…</translation>
        </message>
    </context>
</TS>

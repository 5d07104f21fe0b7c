<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>StartupFrame</name>
        <message>
            <source>demo</source>
            <extracomment>The size the main window opens with when it has nothing remembered.</extracomment>
            <translation>demo</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Opening your data…</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Manual</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
        <message>
            <source>*Open the manual from the main window to see its shortcuts here.*</source>
            <translation>*Open the manual from the main window to see its shortcuts here.*</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Command</translation>
        </message>
    </context>
    <context>
        <name>ManualHelp</name>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Pane (object name or class name) -&gt; manual page, "page" or "page#anchor".</extracomment>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
    </context>
    <context>
        <name>ManualWindow</name>
        <message>
            <source>Intervisie manual</source>
            <translation>Intervisie manual</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Forward</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Find in the manual</source>
            <translation>Find in the manual</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <source>Word or phrase; Enter finds the next</source>
            <translation>Word or phrase; Enter finds the next</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
    </context>
</TS>

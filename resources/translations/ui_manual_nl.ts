<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Manual</name>
        <message>
            <source>Key</source>
            <translation>Toets</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Wat de toets doet</translation>
        </message>
        <message>
            <source>*Open the manual from the main window to see its shortcuts here.*</source>
            <translation>*Open de handleiding vanuit het hoofdvenster om hier de sneltoetsen te zien.*</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Opdracht</translation>
        </message>
    </context>
    <context>
        <name>ManualHelp</name>
        <message>
            <source>&amp;Manual</source>
            <extracomment>Pane (object name or class name) -&gt; manual page, "page" or "page#anchor".</extracomment>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
    </context>
    <context>
        <name>ManualWindow</name>
        <message>
            <source>Intervisie manual</source>
            <translation>Handleiding Intervisie</translation>
        </message>
        <message>
            <source>Manual</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vooruit</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>Find in the manual</source>
            <translation>Zoeken in de handleiding</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Zoeken:</translation>
        </message>
        <message>
            <source>Word or phrase; Enter finds the next</source>
            <translation>Woord of zinsdeel; Enter vindt de volgende</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Niet gevonden</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong that the program did not expect. Your data is saved up to the last change. Please copy the details below and send them to support.</source>
            <translation>Something went wrong that the program did not expect. Your data is saved up to the last change. Please copy the details below and send them to support.</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Log file: {path}</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>demo</source>
            <translation>demo</translation>
        </message>
        <message>
            <source>No groups yet.</source>
            <translation>No groups yet.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Method library</source>
            <translation>&amp;Method library</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Intervisie</source>
            <translation>&amp;About Intervisie</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;The supervisor's tool for guided peer consultation, fully offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;The supervisor's tool for guided peer consultation, fully offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Intervisie</source>
            <translation>About Intervisie</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Search</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Search notes, cases, members, groups, meetings</source>
            <translation>Search notes, cases, members, groups, meetings</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Search results</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
    </context>
</TS>

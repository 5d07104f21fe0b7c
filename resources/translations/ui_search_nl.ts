<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Search</name>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Bijeenkomst</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Search notes, cases, members, groups, meetings</source>
            <translation>Zoek in notities, casussen, deelnemers, groepen, bijeenkomsten</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultaat</numerusform>
                <numerusform>%n resultaten</numerusform>
            </translation>
        </message>
    </context>
</TS>

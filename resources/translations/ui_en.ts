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
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
</TS>

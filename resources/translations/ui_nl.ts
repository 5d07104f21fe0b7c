<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Unexpected error</source>
            <translation>Onverwachte fout</translation>
        </message>
        <message>
            <source>Something went wrong that the program did not expect. Your data is saved up to the last change. Please copy the details below and send them to support.</source>
            <translation>Er ging iets mis dat het programma niet verwachtte. Uw gegevens zijn opgeslagen tot en met de laatste wijziging. Kopieer de details hieronder en stuur ze naar de ondersteuning.</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>Logbestand: {path}</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopiëren</translation>
        </message>
    </context>
</TS>

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
            <source>Copy details</source>
            <translation>Details kopiëren</translation>
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
            <translation>Nog geen groepen.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Database: {path}</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Method library</source>
            <translation>&amp;Methodebibliotheek</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Intervisie</source>
            <translation>&amp;Over Intervisie</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;The supervisor's tool for guided peer consultation, fully offline.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Intervisie {version}&lt;/h3&gt;&lt;p&gt;Het hulpmiddel van de begeleider voor begeleide intervisie, volledig offline.&lt;/p&gt;&lt;p&gt;Gegevensmap:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Intervisie</source>
            <translation>Over Intervisie</translation>
        </message>
    </context>
</TS>

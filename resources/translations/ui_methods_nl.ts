<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>MethodLabels</name>
        <message>
            <source>Only the case bringer speaks</source>
            <translation>Alleen de inbrenger spreekt</translation>
        </message>
        <message>
            <source>Round: everyone in turn</source>
            <translation>Ronde: iedereen om de beurt</translation>
        </message>
        <message>
            <source>Round without the case bringer</source>
            <translation>Ronde zonder de inbrenger</translation>
        </message>
        <message>
            <source>Open discussion</source>
            <translation>Open gesprek</translation>
        </message>
        <message>
            <source>The facilitator speaks</source>
            <translation>De begeleider spreekt</translation>
        </message>
        <message>
            <source>Silence: everyone writes</source>
            <translation>Stilte: iedereen schrijft</translation>
        </message>
        <message>
            <source>The case bringer stays silent</source>
            <translation>De inbrenger zwijgt</translation>
        </message>
        <message>
            <source>The case bringer turns away and listens</source>
            <translation>De inbrenger draait zich om en luistert</translation>
        </message>
        <message>
            <source>No advice</source>
            <translation>Geen advies</translation>
        </message>
        <message>
            <source>Write first, then speak</source>
            <translation>Eerst schrijven, dan spreken</translation>
        </message>
        <message>
            <source>Meeting block</source>
            <translation>Onderdeel van de bijeenkomst</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{each} min per speaker ({total} min for 1)</source>
            <translation>{each} min per spreker ({total} min voor 1)</translation>
        </message>
        <message>
            <source>{each} min per speaker ({total} min for {speakers} speakers)</source>
            <translation>{each} min per spreker ({total} min voor {speakers} sprekers)</translation>
        </message>
        <message>
            <source>{minutes} min per speaker</source>
            <translation>{minutes} min per spreker</translation>
        </message>
    </context>
    <context>
        <name>MethodLibraryPane</name>
        <message>
            <source>Search methods (Ctrl+F)</source>
            <translation>Methoden zoeken (Ctrl+F)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Meeting blocks</source>
            <translation>Onderdelen van de bijeenkomst</translation>
        </message>
        <message>
            <source>Own methods</source>
            <translation>Eigen methoden</translation>
        </message>
        <message>
            <source>Sho&amp;w</source>
            <translation>&amp;Tonen</translation>
        </message>
        <message>
            <source>Show &amp;deleted own methods</source>
            <translation>Verwij&amp;derde eigen methoden tonen</translation>
        </message>
        <message>
            <source>No method matches the search.</source>
            <translation>Geen methode past bij de zoekopdracht.</translation>
        </message>
        <message>
            <source>&amp;Texts in</source>
            <translation>Te&amp;ksten in</translation>
        </message>
        <message>
            <source>&amp;Group size</source>
            <translation>&amp;Groepsgrootte</translation>
        </message>
        <message>
            <source>&amp;Copy to edit</source>
            <translation>Kopiëren om te &amp;bewerken</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Search methods</source>
            <translation>Methoden zoeken</translation>
        </message>
        <message>
            <source>Edit method</source>
            <translation>Methode bewerken</translation>
        </message>
        <message>
            <source>Edit phases</source>
            <translation>Fasen bewerken</translation>
        </message>
        <message>
            <source>Choose a method on the left to see its phases.</source>
            <translation>Kies links een methode om de fasen te zien.</translation>
        </message>
        <message>
            <source>De&amp;lete own method</source>
            <translation>Eigen methode &amp;verwijderen</translation>
        </message>
        <message>
            <source>&amp;Restore own method</source>
            <translation>Eigen methode te&amp;rugzetten</translation>
        </message>
        <message>
            <source>&amp;Find method</source>
            <translation>Methode &amp;zoeken</translation>
        </message>
        <message>
            <source>{name} · own, deleted</source>
            <translation>{name} · eigen, verwijderd</translation>
        </message>
        <message>
            <source>{name} · own</source>
            <translation>{name} · eigen</translation>
        </message>
        <message>
            <source>built-in, read-only</source>
            <translation>ingebouwd, alleen-lezen</translation>
        </message>
        <message>
            <source>own method</source>
            <translation>eigen methode</translation>
        </message>
        <message>
            <source>based on “{name}”</source>
            <translation>gebaseerd op “{name}”</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>verwijderd</translation>
        </message>
        <message>
            <source>Built-in methods are read-only. Use “Copy to edit” (Ctrl+D) to make your own version.</source>
            <translation>Ingebouwde methoden kun je niet wijzigen. Kies “Kopiëren om te bewerken” (Ctrl+D) om je eigen versie te maken.</translation>
        </message>
        <message>
            <source>This own method is deleted. Restore it (Ctrl+Shift+R) to use or edit it.</source>
            <translation>Deze eigen methode is verwijderd. Zet haar terug (Ctrl+Shift+R) om haar te gebruiken of te bewerken.</translation>
        </message>
        <message>
            <source>Your own method: changes are stored as you type. Ctrl+Z undoes them.</source>
            <translation>Je eigen methode: wijzigingen worden bewaard terwijl je typt. Ctrl+Z maakt ze ongedaan.</translation>
        </message>
        <message>
            <source>Planned: {total} min for a group of {size}</source>
            <translation>Gepland: {total} min voor een groep van {size}</translation>
        </message>
        <message>
            <source>The copy is gone again.</source>
            <translation>De kopie is weer weg.</translation>
        </message>
        <message>
            <source>Copy method</source>
            <translation>Methode kopiëren</translation>
        </message>
        <message>
            <source>Copied. Give your version a name; every change is stored as you type.</source>
            <translation>Gekopieerd. Geef je versie een naam; elke wijziging wordt bewaard terwijl je typt.</translation>
        </message>
        <message>
            <source>Delete method</source>
            <translation>Methode verwijderen</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Verwijderd. Met Ctrl+Z komt ze terug.</translation>
        </message>
        <message>
            <source>Restore method</source>
            <translation>Methode terugzetten</translation>
        </message>
        <message>
            <source>Restored.</source>
            <translation>Teruggezet.</translation>
        </message>
        <message>
            <source>Edit phase</source>
            <translation>Fase bewerken</translation>
        </message>
        <message>
            <source>Add phase</source>
            <translation>Fase toevoegen</translation>
        </message>
        <message>
            <source>Remove phase</source>
            <translation>Fase verwijderen</translation>
        </message>
        <message>
            <source>Move phase</source>
            <translation>Fase verplaatsen</translation>
        </message>
        <message>
            <source>Edit method text</source>
            <translation>Methodetekst bewerken</translation>
        </message>
    </context>
    <context>
        <name>MethodLibraryWindow</name>
        <message>
            <source>Method library</source>
            <translation>Methodebibliotheek</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Methode</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Sluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
    </context>
    <context>
        <name>MethodOverview</name>
        <message>
            <source>No published source: this structure is a reasonable default of our own. Adapt it freely.</source>
            <translation>Geen gepubliceerde bron: deze opzet is een redelijke standaard van onszelf. Pas hem gerust aan.</translation>
        </message>
        <message>
            <source>No source given.</source>
            <translation>Geen bron opgegeven.</translation>
        </message>
        <message>
            <source>Who speaks:</source>
            <translation>Wie spreekt:</translation>
        </message>
        <message>
            <source>Warning:</source>
            <translation>Waarschuwing:</translation>
        </message>
        <message>
            <source>{minutes} min before the end</source>
            <translation>{minutes} min voor het einde</translation>
        </message>
        <message>
            <source>{minutes} min before the end (program default)</source>
            <translation>{minutes} min voor het einde (standaard van het programma)</translation>
        </message>
        <message>
            <source>Rules:</source>
            <translation>Afspraken:</translation>
        </message>
        <message>
            <source>Instruction for the participants:</source>
            <translation>Instructie voor de deelnemers:</translation>
        </message>
        <message>
            <source>Script for the facilitator:</source>
            <translation>Script voor de begeleider:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>When to use it</source>
            <translation>Wanneer te gebruiken</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Phases: {count}, {total} min in a group of {size}</source>
            <translation>Fasen: {count}, {total} min in een groep van {size}</translation>
        </message>
    </context>
    <context>
        <name>PhasesEditor</name>
        <message>
            <source>&amp;Phases</source>
            <translation>&amp;Fasen</translation>
        </message>
        <message>
            <source>&amp;Add phase</source>
            <translation>Fase &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;Remove phase</source>
            <translation>Fase verwij&amp;deren</translation>
        </message>
        <message>
            <source>Move phase &amp;up</source>
            <translation>Fase om&amp;hoog</translation>
        </message>
        <message>
            <source>Move phase do&amp;wn</source>
            <translation>Fase o&amp;mlaag</translation>
        </message>
        <message>
            <source>Phase &amp;name</source>
            <translation>Fase&amp;naam</translation>
        </message>
        <message>
            <source>W&amp;ho speaks</source>
            <translation>Wie &amp;spreekt</translation>
        </message>
        <message>
            <source>&amp;Minutes</source>
            <translation>&amp;Minuten</translation>
        </message>
        <message>
            <source>per &amp;speaker (rounds only)</source>
            <translation>per s&amp;preker (alleen bij rondes)</translation>
        </message>
        <message>
            <source>minutes before the end of the phase or turn (empty: the default)</source>
            <translation>minuten voor het einde van de fase of de beurt (leeg: de standaard)</translation>
        </message>
        <message>
            <source>Script for the &amp;facilitator</source>
            <translation>Sc&amp;ript voor de begeleider</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Wa&amp;rning</source>
            <translation>&amp;Waarschuwing</translation>
        </message>
        <message>
            <source>&amp;Instruction for the participants</source>
            <translation>&amp;Instructie voor de deelnemers</translation>
        </message>
    </context>
    <context>
        <name>TextsEditor</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Samenvatting</translation>
        </message>
        <message>
            <source>When to &amp;use it</source>
            <translation>Wanneer te gebr&amp;uiken</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>Br&amp;on</translation>
        </message>
        <message>
            <source>No published source gives this structure; it is a reasonable default. Name your own source here once you have one.</source>
            <translation>Geen gepubliceerde bron beschrijft deze opzet; het is een redelijke standaard. Noem hier je eigen bron zodra je die hebt.</translation>
        </message>
    </context>
    <context>
        <name>WarningDefaultBox</name>
        <message>
            <source>Used by every phase that has no warning of its own (its field left empty).</source>
            <translation>Geldt voor elke fase zonder eigen waarschuwing (het veld leeg gelaten).</translation>
        </message>
        <message>
            <source>Default warning, minutes before the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default warnin&amp;g</source>
            <translation>Standaardwaarschuwin&amp;g</translation>
        </message>
        <message>
            <source>min before the end</source>
            <translation>min voor het einde</translation>
        </message>
    </context>
</TS>

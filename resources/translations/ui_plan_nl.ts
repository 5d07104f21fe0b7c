<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>MethodChoices</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name} (verwijderd)</translation>
        </message>
    </context>
    <context>
        <name>MethodPicker</name>
        <message>
            <source>Add a step</source>
            <translation>Stap toevoegen</translation>
        </message>
        <message>
            <source>&amp;Find by name:</source>
            <translation>&amp;Zoeken op naam:</translation>
        </message>
        <message>
            <source>Blocks and methods</source>
            <translation>Blokken en methoden</translation>
        </message>
        <message>
            <source>Block or method</source>
            <translation>Blok of methode</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>Meeting blocks</source>
            <translation>Vaste onderdelen</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>No steps yet. “Standard plan” fills in the usual blocks and a method run for each case; “Add step” adds one block or method.</source>
            <translation>Nog geen stappen. “Standaardplan” vult de gebruikelijke onderdelen in en een methode per casus; “Stap toevoegen” voegt één onderdeel of methode toe.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Casus</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Session plan steps</source>
            <translation>Stappen van het sessieplan</translation>
        </message>
        <message>
            <source>Type the minutes for this step; leave empty for the method's own time.</source>
            <translation>Typ het aantal minuten voor deze stap; laat leeg voor de eigen tijd van de methode.</translation>
        </message>
        <message>
            <source>Min&amp;utes of this step</source>
            <translation>Min&amp;uten van deze stap</translation>
        </message>
        <message>
            <source>Opening blocks, a run of the group's default method for each case of this meeting, evaluation and closing. Replaces the steps shown; Ctrl+Z brings them back.</source>
            <translation>Openingsonderdelen, voor elke casus van deze bijeenkomst de standaardmethode van de groep, evaluatie en afsluiting. Vervangt de getoonde stappen; Ctrl+Z haalt ze terug.</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Add step…</source>
            <translation>St&amp;ap toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Case of this step</source>
            <translation>&amp;Casus van deze stap</translation>
        </message>
        <message>
            <source>Use the method's t&amp;ime</source>
            <translation>T&amp;ijd van de methode gebruiken</translation>
        </message>
        <message>
            <source>Standa&amp;rd plan</source>
            <translation>Standaa&amp;rdplan</translation>
        </message>
        <message>
            <source>&amp;Standard plan</source>
            <translation>&amp;Standaardplan</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Omhoog</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>O&amp;mlaag</translation>
        </message>
        <message>
            <source>&amp;Remove step</source>
            <translation>Stap &amp;verwijderen</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>unknown method “{key}”</source>
            <translation>onbekende methode “{key}”</translation>
        </message>
        <message>
            <source>(choose a case)</source>
            <translation>(kies een casus)</translation>
        </message>
        <message>
            <source>Set by hand; the method plans {minutes} min.</source>
            <translation>Met de hand ingesteld; de methode plant {minutes} min.</translation>
        </message>
        <message>
            <source>Planned: {planned} of {length} min</source>
            <translation>Gepland: {planned} van {length} min</translation>
        </message>
        <message>
            <source>{minutes} min over</source>
            <translation>{minutes} min te lang</translation>
        </message>
        <message>
            <source>{minutes} min left</source>
            <translation>nog {minutes} min vrij</translation>
        </message>
        <message>
            <source>fits the meeting exactly</source>
            <translation>past precies in de bijeenkomst</translation>
        </message>
        <message>
            <source>Rounds are timed for the one member present.</source>
            <translation>Rondes zijn berekend voor het ene aanwezige lid.</translation>
        </message>
        <message>
            <source>Rounds are timed for the {count} members present.</source>
            <translation>Rondes zijn berekend voor de {count} aanwezige leden.</translation>
        </message>
        <message>
            <source>Nobody is present: rounds get no time until attendance is recorded.</source>
            <translation>Niemand is aanwezig: rondes krijgen geen tijd tot de aanwezigheid is ingevuld.</translation>
        </message>
        <message>
            <source>This plan names a method that no longer exists: {keys}. Remove that step or add another method.</source>
            <translation>Dit plan noemt een methode die niet meer bestaat: {keys}. Verwijder die stap of voeg een andere methode toe.</translation>
        </message>
        <message>
            <source>(no case)</source>
            <extracomment>The data changes that can change what the plan shows. "No case" in the case box. Not None: PySide6 6.12 loses a reference to None each time a QVariant holding None is read back (currentData), which in the end crashes Python 3.11.</extracomment>
            <translation>(geen casus)</translation>
        </message>
        <message>
            <source>Only a method run takes a case.</source>
            <translation>Alleen een methode krijgt een casus.</translation>
        </message>
        <message>
            <source>Add plan step</source>
            <translation>Stap aan plan toevoegen</translation>
        </message>
        <message>
            <source>Choose case</source>
            <translation>Casus kiezen</translation>
        </message>
        <message>
            <source>Change planned minutes</source>
            <translation>Geplande minuten wijzigen</translation>
        </message>
        <message>
            <source>Remove plan step</source>
            <translation>Stap uit plan verwijderen</translation>
        </message>
        <message>
            <source>Move plan step</source>
            <translation>Stap in plan verplaatsen</translation>
        </message>
        <message>
            <source>Standard plan</source>
            <translation>Standaardplan</translation>
        </message>
        <message>
            <source>Standard plan filled in. Ctrl+Z brings back the steps before.</source>
            <translation>Standaardplan ingevuld. Ctrl+Z haalt de vorige stappen terug.</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Database</name>
        <message>
            <source>This database was written by a newer version of Intervisie (schema {found}, this program knows up to {known}). It was left untouched; please update the program.</source>
            <extracomment>The schema number of the newest migration; each migration stamps it into PRAGMA user_version.</extracomment>
            <translation>Deze database is geschreven door een nieuwere versie van Intervisie (schema {found}, dit programma kent tot en met {known}). Er is niets aan veranderd; werk het programma bij.</translation>
        </message>
        <message>
            <source>{path} is not an Intervisie database, or it is encrypted and the passphrase is missing or wrong. It was left untouched.</source>
            <translation>{path} is geen Intervisie-database, of hij is versleuteld en het wachtwoord ontbreekt of klopt niet. Er is niets aan veranderd.</translation>
        </message>
        <message>
            <source>{path} holds tables of another program. It was left untouched.</source>
            <translation>{path} bevat tabellen van een ander programma. Er is niets aan veranderd.</translation>
        </message>
        <message>
            <source>The backup copy failed its check and was removed ({detail}). The database itself was not changed; run a check of the database.</source>
            <translation>De reservekopie kwam niet door de controle en is verwijderd ({detail}). De database zelf is niet gewijzigd; laat de database controleren.</translation>
        </message>
        <message>
            <source>The disk is full, so the change was not saved. Free some space and try again, or save a copy of the database elsewhere (File menu).</source>
            <translation>De schijf is vol, dus de wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw, of bewaar een kopie van de database ergens anders (menu Bestand).</translation>
        </message>
        <message>
            <source>The database cannot be written: the file or its folder is read-only. The change was not saved; save a copy of the database elsewhere (File menu) or make the folder writable.</source>
            <translation>Er kan niet naar de database geschreven worden: het bestand of de map is alleen-lezen. De wijziging is niet opgeslagen; bewaar een kopie van de database ergens anders (menu Bestand) of maak de map beschrijfbaar.</translation>
        </message>
        <message>
            <source>The disk reported an error while saving, so the change was not saved. Check the disk or save a copy of the database elsewhere (File menu), then try again.</source>
            <translation>De schijf meldde een fout bij het opslaan, dus de wijziging is niet opgeslagen. Controleer de schijf of bewaar een kopie van de database ergens anders (menu Bestand) en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>The database is busy in another program, so the change was not saved. Try again in a moment.</source>
            <translation>De database is bezet door een ander programma, dus de wijziging is niet opgeslagen. Probeer het zo nog eens.</translation>
        </message>
        <message>
            <source>The database file is damaged, so the change was not saved. Restart Intervisie to check the file and restore a backup.</source>
            <translation>Het databasebestand is beschadigd, dus de wijziging is niet opgeslagen. Start Intervisie opnieuw om het bestand te controleren en een reservekopie terug te zetten.</translation>
        </message>
        <message>
            <source>The change refers to data that does not exist or conflicts with other data; it was not saved.</source>
            <translation>De wijziging verwijst naar gegevens die niet bestaan of botst met andere gegevens; ze is niet opgeslagen.</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>Er is geen databasebestand op {path}.</translation>
        </message>
        <message>
            <source>{path} is not a file (a folder or something else is in its place).</source>
            <translation>{path} is geen bestand (er staat een map of iets anders op die plaats).</translation>
        </message>
        <message>
            <source>{path} cannot be read (no permission, or the disk refuses it).</source>
            <translation>{path} kan niet gelezen worden (geen toestemming, of de schijf weigert).</translation>
        </message>
        <message>
            <source>{path} is empty: it holds no data at all.</source>
            <translation>{path} is leeg: er staan helemaal geen gegevens in.</translation>
        </message>
        <message>
            <source>{path} is not an Intervisie database, or it is encrypted and the passphrase is wrong.</source>
            <translation>{path} is geen Intervisie-database, of hij is versleuteld en het wachtwoord klopt niet.</translation>
        </message>
        <message>
            <source>{path} is encrypted; it needs its passphrase.</source>
            <translation>{path} is versleuteld; het wachtwoord is nodig.</translation>
        </message>
        <message>
            <source>{path} is damaged: SQLite's integrity check found errors ({detail}).</source>
            <translation>{path} is beschadigd: de integriteitscontrole van SQLite vond fouten ({detail}).</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Intervisie (schema {found}; this program knows up to {known}).</source>
            <translation>{path} is geschreven door een nieuwere versie van Intervisie (schema {found}; dit programma kent tot en met {known}).</translation>
        </message>
        <message>
            <source>{path} holds tables of another program.</source>
            <translation>{path} bevat tabellen van een ander programma.</translation>
        </message>
        <message>
            <source>{path} is incomplete: tables are missing ({detail}).</source>
            <translation>{path} is onvolledig: er ontbreken tabellen ({detail}).</translation>
        </message>
        <message>
            <source>{path} has records that refer to records that no longer exist ({detail}).</source>
            <translation>{path} bevat gegevens die verwijzen naar gegevens die niet meer bestaan ({detail}).</translation>
        </message>
        <message>
            <source>{path} is sound (schema {found}).</source>
            <translation>{path} is in orde (schema {found}).</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>{path} already holds data; the demo is written only into an empty folder.</source>
            <translation>{path} bevat al gegevens; de demo wordt alleen in een lege map geschreven.</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Group name</source>
            <translation>Groepsnaam</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Beroep of context</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Facilitator's register number</source>
            <translation>Registratienummer begeleider</translation>
        </message>
        <message>
            <source>Ground rules</source>
            <translation>Groepsafspraken</translation>
        </message>
        <message>
            <source>Default meeting length (minutes)</source>
            <translation>Standaardduur bijeenkomst (minuten)</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Volledige naam</translation>
        </message>
        <message>
            <source>Name on the projector</source>
            <translation>Naam op de beamer</translation>
        </message>
        <message>
            <source>Role or profession</source>
            <translation>Rol of beroep</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Registratienummer</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Lid sinds</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Lid tot</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Minutes present</source>
            <translation>Minuten aanwezig</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Hulpvraag</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Outcome and insights</source>
            <translation>Opbrengst en inzichten</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Afgesproken acties</translation>
        </message>
        <message>
            <source>What came of it</source>
            <translation>Wat ervan terechtkwam</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Leerdoel</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>group</source>
            <translation>groep</translation>
        </message>
        <message>
            <source>member</source>
            <translation>deelnemer</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>lidmaatschap</translation>
        </message>
        <message>
            <source>learning goal</source>
            <translation>leerdoel</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>bijeenkomst</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>aanwezigheid</translation>
        </message>
        <message>
            <source>case</source>
            <translation>casus</translation>
        </message>
        <message>
            <source>note</source>
            <translation>notitie</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{name} was not present at this meeting and cannot have brought a case.</source>
            <translation>{name} was niet aanwezig bij deze bijeenkomst en kan geen casus hebben ingebracht.</translation>
        </message>
        <message>
            <source>There is already a group called “{name}”.</source>
            <translation>Er is al een groep met de naam ‘{name}’.</translation>
        </message>
        <message>
            <source>{label} is not a valid date.</source>
            <translation>{label} is geen geldige datum.</translation>
        </message>
        <message>
            <source>{label} is not a valid time.</source>
            <translation>{label} is geen geldige tijd.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>{label} moet een geheel getal van {low} tot en met {high} zijn.</translation>
        </message>
        <message>
            <source>This is not an e-mail address.</source>
            <translation>Dit is geen e-mailadres.</translation>
        </message>
        <message>
            <source>{label} contains characters that cannot be stored.</source>
            <translation>{label} bevat tekens die niet kunnen worden opgeslagen.</translation>
        </message>
        <message>
            <source>{what} {id} does not exist (any more).</source>
            <extracomment>Arguments named "label" or "what" hold a field label or noun, translated in context "Field".</extracomment>
            <translation>{what} {id} bestaat niet (meer).</translation>
        </message>
        <message>
            <source>{label} may not be empty.</source>
            <translation>{label} mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>{label} may be at most {max} characters long.</source>
            <translation>{label} mag hoogstens {max} tekens lang zijn.</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>De eindtijd moet na de begintijd liggen.</translation>
        </message>
        <message>
            <source>{name} is not a member of this group on {date} and cannot lead the meeting.</source>
            <translation>{name} is op {date} geen lid van deze groep en kan de bijeenkomst niet leiden.</translation>
        </message>
        <message>
            <source>{name} is not a member of this group on {date}.</source>
            <translation>{name} is op {date} geen lid van deze groep.</translation>
        </message>
        <message>
            <source>Minutes present must be from 1 to {max} (the length of the meeting).</source>
            <translation>Minuten aanwezig moet van 1 tot en met {max} zijn (de duur van de bijeenkomst).</translation>
        </message>
        <message>
            <source>Minutes present only apply to someone who was present.</source>
            <translation>Minuten aanwezig gelden alleen voor iemand die aanwezig was.</translation>
        </message>
        <message>
            <source>The membership cannot end before it starts.</source>
            <translation>Het lidmaatschap kan niet eindigen voordat het begint.</translation>
        </message>
        <message>
            <source>Seat {seat} is already taken by {name}.</source>
            <translation>Plaats {seat} is al van {name}.</translation>
        </message>
        <message>
            <source>{name} is already a member of this group.</source>
            <translation>{name} is al lid van deze groep.</translation>
        </message>
        <message>
            <source>A value given cannot be stored ({name}); nothing was saved.</source>
            <translation>Een opgegeven waarde kan niet worden opgeslagen ({name}); er is niets bewaard.</translation>
        </message>
        <message>
            <source>The value for “{name}” is of the wrong kind; nothing was saved.</source>
            <translation>De waarde voor “{name}” is van de verkeerde soort; er is niets bewaard.</translation>
        </message>
    </context>
</TS>

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
        <source>Facilitator&apos;s register number</source>
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
    <name>Security</name>
    <message>
        <source>The passphrase is not correct. Nothing was changed; please try again.</source>
        <translation>De wachtzin klopt niet. Er is niets veranderd; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {min} characters; a short sentence works well.</source>
        <translation>Een wachtzin heeft minstens {min} tekens nodig; een korte zin werkt goed.</translation>
    </message>
    <message>
        <source>The data is already protected with a passphrase.</source>
        <translation>De gegevens zijn al beveiligd met een wachtzin.</translation>
    </message>
    <message>
        <source>The data is not protected with a passphrase.</source>
        <translation>De gegevens zijn niet beveiligd met een wachtzin.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not match the original, so it was discarded. Your data is unchanged.</source>
        <translation>De opnieuw versleutelde kopie kwam niet overeen met het origineel en is weggegooid. Uw gegevens zijn ongewijzigd.</translation>
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
        <extracomment>Arguments named &quot;label&quot; or &quot;what&quot; hold a field label or noun, translated in context &quot;Field&quot;.</extracomment>
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
</context>
</TS>

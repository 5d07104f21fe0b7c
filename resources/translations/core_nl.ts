<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>Database</name>
        <message>
            <source>This database was written by a newer version of Intervisie (schema {found}, this program knows up to {known}). It was left untouched; install that version of Intervisie or a newer one to open it.</source>
            <translation>Deze database is geschreven door een nieuwere versie van Intervisie (schema {found}, dit programma kent tot en met {known}). Er is niets aan veranderd; installeer die versie van Intervisie of een nieuwere om hem te openen.</translation>
        </message>
        <message>
            <source>{path} is not an Intervisie database, or it is encrypted and the passphrase is missing or wrong. It was left untouched.</source>
            <translation>{path} is geen Intervisie-database, of hij is versleuteld en de wachtzin ontbreekt of klopt niet. Er is niets aan veranderd.</translation>
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
            <extracomment>Page cache of a checking connection, in KiB. What reading a damaged file raises: SQLite's errors, and text that is no longer UTF-8.</extracomment>
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
            <translation>{path} is geen Intervisie-database, of hij is versleuteld en de wachtzin klopt niet.</translation>
        </message>
        <message>
            <source>{path} is encrypted; it needs its passphrase.</source>
            <translation>{path} is versleuteld; de wachtzin is nodig.</translation>
        </message>
        <message>
            <source>{path} is damaged: SQLite's integrity check found errors ({detail}).</source>
            <translation>{path} is beschadigd: de integriteitscontrole van SQLite vond fouten ({detail}).</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Intervisie (schema {found}; this program knows up to {known}). Install that version of Intervisie or a newer one to open it; the file was left untouched.</source>
            <translation>{path} is geschreven door een nieuwere versie van Intervisie (schema {found}; dit programma kent tot en met {known}). Installeer die versie van Intervisie of een nieuwere om het bestand te openen; er is niets aan veranderd.</translation>
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
        <message>
            <source>The database is busy with a longer task. Please try again when it is done.</source>
            <translation>De database is bezig met een langere taak. Probeer het opnieuw als die klaar is.</translation>
        </message>
        <message>
            <source>The disk that holds the data folder {folder} is full, so Intervisie cannot work safely and did not start. Nothing was changed. Free some space on that disk, then start again.</source>
            <extracomment>Less free space than this on the data folder's disk counts as a full disk at start.</extracomment>
            <translation>De schijf met de gegevensmap {folder} is vol, dus Intervisie kan niet veilig werken en is niet gestart. Er is niets veranderd. Maak ruimte vrij op die schijf en start daarna opnieuw.</translation>
        </message>
        <message>
            <source>The database {path} is read-only: the file or its folder cannot be written, so Intervisie did not start. Nothing was changed. Make the file and its folder writable, or copy the data folder to a writable place and start Intervisie on that copy (--data-dir).</source>
            <translation>De database {path} is alleen-lezen: er kan niet naar het bestand of de map geschreven worden, dus Intervisie is niet gestart. Er is niets veranderd. Maak het bestand en de map beschrijfbaar, of kopieer de gegevensmap naar een beschrijfbare plek en start Intervisie op die kopie (--data-dir).</translation>
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
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Supervisor's register number</source>
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
        <message>
            <source>Planned minutes</source>
            <translation>Geplande minuten</translation>
        </message>
        <message>
            <source>text</source>
            <translation>tekst</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>een getal</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>een geheel getal</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true of false</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>een tabel</translation>
        </message>
        <message>
            <source>a list of phases</source>
            <translation>een lijst met fasen</translation>
        </message>
        <message>
            <source>“method” or “block” (blocks: block.*)</source>
            <translation>“method” of “block” (blokken: block.*)</translation>
        </message>
        <message>
            <source>Method name</source>
            <extracomment>Speaker modes in which every present member gets a turn, so minutes may be per speaker. Built-in keys: "incident", "block.opening"; user methods are "user:&lt;id&gt;".</extracomment>
            <translation>Naam van de methode</translation>
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
            <source>Phase name</source>
            <translation>Naam van de fase</translation>
        </message>
        <message>
            <source>Instruction for the participants</source>
            <translation>Instructie voor de deelnemers</translation>
        </message>
        <message>
            <source>Script for the facilitator</source>
            <translation>Draaiboek voor de begeleider</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Minutes per speaker</source>
            <translation>Minuten per spreker</translation>
        </message>
        <message>
            <source>Warning (minutes before the end)</source>
            <translation>Waarschuwing (minuten voor het einde)</translation>
        </message>
        <message>
            <source>Who speaks</source>
            <translation>Wie spreekt</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Fasen</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Optie</translation>
        </message>
        <message>
            <source>method</source>
            <translation>methode</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>fase</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Zoektekst</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Positie</translation>
        </message>
        <message>
            <source>Number of results</source>
            <translation>Aantal resultaten</translation>
        </message>
        <message>
            <source>record</source>
            <translation>gegeven</translation>
        </message>
        <message>
            <source>Rule value</source>
            <translation>Waarde van de regel</translation>
        </message>
    </context>
    <context>
        <name>Output</name>
        <message>
            <source>Name a file to write.</source>
            <extracomment>Longest file name and whole path most file systems take (bytes, as the OS counts them). Folders that hold the system, never an export (and everything below the pseudo file systems).</extracomment>
            <translation>Geef een bestand op om naar te schrijven.</translation>
        </message>
        <message>
            <source>The name {name} is too long for the file system; choose a shorter one.</source>
            <translation>De naam {name} is te lang voor het bestandssysteem; kies een kortere.</translation>
        </message>
        <message>
            <source>The path {path} is too long for the file system; choose a shorter one.</source>
            <translation>Het pad {path} is te lang voor het bestandssysteem; kies een korter pad.</translation>
        </message>
        <message>
            <source>{path} is inside the program's data folder, which holds the database and its backups; choose another folder.</source>
            <translation>{path} ligt in de gegevensmap van het programma, met de database en de reservekopieën; kies een andere map.</translation>
        </message>
        <message>
            <source>{path} holds a database; it is not replaced. Choose a new file name.</source>
            <translation>{path} bevat een database; die wordt niet vervangen. Kies een nieuwe bestandsnaam.</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (a device or other special file); choose a file.</source>
            <translation>{path} is geen gewoon bestand (een apparaat of ander speciaal bestand); kies een bestand.</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it.</source>
            <translation>{path} is een map; geef een bestand in die map op.</translation>
        </message>
        <message>
            <source>{path} is a file; name a folder.</source>
            <translation>{path} is een bestand; geef een map op.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>De map {path} bestaat niet.</translation>
        </message>
        <message>
            <source>{path} is a system folder; choose a folder of your own.</source>
            <translation>{path} is een systeemmap; kies een eigen map.</translation>
        </message>
        <message>
            <source>Nothing can be written in the folder {path}: {reason}. Choose another folder.</source>
            <translation>In de map {path} kan niets worden geschreven: {reason}. Kies een andere map.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written to (no permission, or it is read-only); choose another folder.</source>
            <translation>In de map {path} kan niet worden geschreven (geen toestemming, of alleen-lezen); kies een andere map.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist (any more); choose another folder.</source>
            <translation>De map {path} bestaat niet (meer); kies een andere map.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full; make room or choose another folder.</source>
            <translation>De schijf met {path} is vol; maak ruimte of kies een andere map.</translation>
        </message>
        <message>
            <source>The file {path} could not be written.</source>
            <translation>Het bestand {path} kon niet worden geschreven.</translation>
        </message>
    </context>
    <context>
        <name>Registration</name>
        <message>
            <source>No register chosen for this number: choose the register it belongs to.</source>
            <translation>Bij dit nummer is geen register gekozen: kies het register waar het bij hoort.</translation>
        </message>
        <message>
            <source>No number yet: portal lists leave this out.</source>
            <translation>Nog geen nummer: portaallijsten laten deze registratie weg.</translation>
        </message>
        <message>
            <source>“{register}” is not a register this program knows: its numbers are not checked and no rules apply.</source>
            <translation>“{register}” is geen register dat dit programma kent: de nummers worden niet gecontroleerd en er gelden geen regels.</translation>
        </message>
        <message>
            <source>{register} numbers have {digits} digits; this one has {found}. Was a leading zero lost (spreadsheets drop them)? Example: {example}.</source>
            <translation>Een {register}-nummer heeft {digits} cijfers; dit heeft er {found}. Is er een voorloopnul weggevallen (spreadsheets laten die vallen)? Voorbeeld: {example}.</translation>
        </message>
        <message>
            <source>{register} numbers have {digits} digits; this one has {found}.</source>
            <translation>Een {register}-nummer heeft {digits} cijfers; dit heeft er {found}.</translation>
        </message>
        <message>
            <source>Leave out “{register}”: the register is chosen beside the number.</source>
            <translation>Laat “{register}” weg: het register kiest u naast het nummer.</translation>
        </message>
        <message>
            <source>{register} numbers start with “{prefix}”, e.g. {example}.</source>
            <translation>Een {register}-nummer begint met “{prefix}”, bijvoorbeeld {example}.</translation>
        </message>
        <message>
            <source>{register} numbers hold digits only{after}; this one has “{odd}”. Example: {example}.</source>
            <translation>Een {register}-nummer bevat alleen cijfers{after}; dit bevat “{odd}”. Voorbeeld: {example}.</translation>
        </message>
        <message>
            <source> after “{prefix}”</source>
            <translation> na “{prefix}”</translation>
        </message>
        <message>
            <source>{name} has the same {register} number.</source>
            <translation>{name} heeft hetzelfde {register}-nummer.</translation>
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
            <source>A case can only be followed up at a later meeting of its own group.</source>
            <translation>Een casus kan alleen worden opgevolgd bij een latere bijeenkomst van de eigen groep.</translation>
        </message>
        <message>
            <source>Nothing was agreed for this case to follow up.</source>
            <translation>Voor deze casus is niets afgesproken om op te volgen.</translation>
        </message>
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
            <extracomment>Search text longer than this is refused: SQLite refuses LIKE patterns over 50,000 bytes, and no one looks for a passage that long.</extracomment>
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
            <source>A meeting on {date} is still ahead and cannot be marked held yet; keep it planned until that day.</source>
            <translation>Een bijeenkomst op {date} ligt nog in de toekomst en kan nog niet als gehouden worden gemarkeerd; laat haar gepland tot die dag.</translation>
        </message>
        <message>
            <source>Minutes present only apply to someone who was present.</source>
            <translation>Minuten aanwezig gelden alleen voor iemand die aanwezig was.</translation>
        </message>
        <message>
            <source>Arrival and leave times only apply to someone who was present.</source>
            <translation>Tijden van aankomst en vertrek gelden alleen voor iemand die aanwezig was.</translation>
        </message>
        <message>
            <source>Arrival and leave must lie within the meeting ({start}–{end}), arrival before leave.</source>
            <translation>Aankomst en vertrek moeten binnen de bijeenkomst liggen ({start}–{end}), aankomst vóór vertrek.</translation>
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
            <source>This case belongs to another meeting and cannot be planned here.</source>
            <translation>Deze casus hoort bij een andere bijeenkomst en kan hier niet worden ingepland.</translation>
        </message>
        <message>
            <source>This case is already planned in this meeting.</source>
            <translation>Deze casus is al ingepland in deze bijeenkomst.</translation>
        </message>
        <message>
            <source>This meeting has no session plan yet; add at least one step first.</source>
            <translation>Deze bijeenkomst heeft nog geen sessieplan; voeg eerst minstens één onderdeel toe.</translation>
        </message>
        <message>
            <source>The session of this meeting is finished; it can no longer be discarded.</source>
            <translation>De sessie van deze bijeenkomst is afgerond en kan niet meer worden verwijderd.</translation>
        </message>
        <message>
            <source>There is no method “{key}”.</source>
            <translation>Er is geen methode “{key}”.</translation>
        </message>
        <message>
            <source>The method “{key}” has no phases and cannot be run.</source>
            <translation>De methode “{key}” heeft geen fasen en kan niet worden uitgevoerd.</translation>
        </message>
        <message>
            <source>The method file {file} cannot be read.</source>
            <translation>Het methodebestand {file} kan niet worden gelezen.</translation>
        </message>
        <message>
            <source>The method file {file} is not valid TOML ({detail}).</source>
            <translation>Het methodebestand {file} is geen geldige TOML ({detail}).</translation>
        </message>
        <message>
            <source>The method file {file} lacks the field {field_name}.</source>
            <translation>In het methodebestand {file} ontbreekt het veld {field_name}.</translation>
        </message>
        <message>
            <source>The method file {file} has an unknown field {field_name}.</source>
            <translation>Het methodebestand {file} bevat een onbekend veld {field_name}.</translation>
        </message>
        <message>
            <source>In the method file {file}, {field_name} must be {what}.</source>
            <translation>In het methodebestand {file} moet {field_name} {what} zijn.</translation>
        </message>
        <message>
            <source>In the method file {file}, {field_name} is not valid: {problem}</source>
            <translation>In het methodebestand {file} is {field_name} niet geldig: {problem}</translation>
        </message>
        <message>
            <source>The method file {file} has a name that cannot be a method key (lower-case letters, digits and _; blocks start with “block.”).</source>
            <translation>De naam van het methodebestand {file} kan geen methodesleutel zijn (kleine letters, cijfers en _; blokken beginnen met “block.”).</translation>
        </message>
        <message>
            <source>{label} must be a number greater than 0 and at most {high}.</source>
            <translation>{label} moet een getal groter dan 0 en hoogstens {high} zijn.</translation>
        </message>
        <message>
            <source>The warning must be at least 0 minutes and shorter than the phase or turn.</source>
            <translation>De waarschuwing moet minstens 0 minuten zijn en korter dan de fase of de beurt.</translation>
        </message>
        <message>
            <source>“{value}” is not a known speaker mode.</source>
            <translation>“{value}” is geen bekende spreekvorm.</translation>
        </message>
        <message>
            <source>Minutes per speaker only apply to a round in which everyone speaks.</source>
            <translation>Minuten per spreker gelden alleen voor een ronde waarin iedereen aan het woord komt.</translation>
        </message>
        <message>
            <source>The case bringer cannot be silent or away in a phase where only they speak.</source>
            <translation>De inbrenger kan niet zwijgen of afgewend zitten in een fase waarin alleen de inbrenger spreekt.</translation>
        </message>
        <message>
            <source>A method needs at least one phase.</source>
            <translation>Een methode heeft minstens één fase nodig.</translation>
        </message>
        <message>
            <source>A method can have at most {max} phases.</source>
            <translation>Een methode kan hoogstens {max} fasen hebben.</translation>
        </message>
        <message>
            <source>{label} must be on or off.</source>
            <translation>{label} moet aan of uit staan.</translation>
        </message>
        <message>
            <source>Built-in methods cannot be changed; make a copy and edit that.</source>
            <translation>Ingebouwde methoden kunnen niet worden gewijzigd; maak een kopie en pas die aan.</translation>
        </message>
        <message>
            <source>This method was deleted; restore it before changing it.</source>
            <translation>Deze methode is verwijderd; herstel haar eerst als je haar wilt wijzigen.</translation>
        </message>
        <message>
            <source>This method has no phase {phase}.</source>
            <translation>Deze methode heeft geen fase {phase}.</translation>
        </message>
        <message>
            <source>The new order must name every phase exactly once.</source>
            <translation>De nieuwe volgorde moet elke fase precies één keer noemen.</translation>
        </message>
        <message>
            <source>The deleted {what} cannot be restored: something in its place was changed.</source>
            <translation>De verwijderde {what} kan niet worden teruggezet: er is intussen iets op die plek veranderd.</translation>
        </message>
        <message>
            <source>A value given cannot be stored ({name}); nothing was saved.</source>
            <translation>Een opgegeven waarde kan niet worden opgeslagen ({name}); er is niets bewaard.</translation>
        </message>
        <message>
            <source>The value for “{name}” is of the wrong kind; nothing was saved.</source>
            <translation>De waarde voor “{name}” is van de verkeerde soort; er is niets bewaard.</translation>
        </message>
        <message>
            <source>“{typed}” is not a date; type it as dd/mm/yyyy, e.g. 14/03/2026, or 14 March.</source>
            <translation>“{typed}” is geen datum; typ haar als dd-mm-jjjj, bijvoorbeeld 14-03-2026, of 14 maart.</translation>
        </message>
        <message>
            <source>“{typed}” is not a time of day; type it as hh:mm, e.g. 19:30.</source>
            <translation>“{typed}” is geen tijdstip; typ het als uu:mm, bijvoorbeeld 19:30.</translation>
        </message>
        <message>
            <source>A registration number cannot hold a semicolon, comma or quotation mark.</source>
            <translation>Een registratienummer kan geen puntkomma, komma of aanhalingsteken bevatten.</translation>
        </message>
        <message>
            <source>This member already has this {register} number.</source>
            <translation>Dit lid heeft dit {register}-nummer al.</translation>
        </message>
        <message>
            <source>This rule comes from the register's own text and cannot be changed here.</source>
            <translation>Deze regel komt uit de tekst van het register zelf en kan hier niet worden gewijzigd.</translation>
        </message>
        <message>
            <source>{label} must be a number from 0 to 1000.</source>
            <translation>{label} moet een getal van 0 tot en met 1000 zijn.</translation>
        </message>
        <message>
            <source>The meeting of {date} is not marked as held: a record of it cannot be drawn up yet.</source>
            <translation>De bijeenkomst van {date} staat niet als gehouden: er kan nog geen verslag van worden opgemaakt.</translation>
        </message>
        <message>
            <source>“{value}” is not a score: type whole numbers from 0 to 10.</source>
            <translation>“{value}” is geen score: typ hele getallen van 0 tot en met 10.</translation>
        </message>
        <message>
            <source>At most {max} answers per question.</source>
            <translation>Hoogstens {max} antwoorden per vraag.</translation>
        </message>
        <message>
            <source>The tally needs a whole number from 0 to {max} for each of the 5 answers to each of the 7 statements.</source>
            <translation>De telling vraagt een heel getal van 0 tot en met {max} voor elk van de 5 antwoorden op elk van de 7 uitspraken.</translation>
        </message>
        <message>
            <source>Minutes are for a meeting that was held; this one is still planned.</source>
            <translation>Een verslag is er voor een bijeenkomst die is gehouden; deze is nog gepland.</translation>
        </message>
        <message>
            <source>Minutes are for a meeting that was held; this one was cancelled.</source>
            <translation>Een verslag is er voor een bijeenkomst die is gehouden; deze is afgelast.</translation>
        </message>
        <message>
            <source>The default warning must be a number of minutes from 0 to {max}.</source>
            <extracomment>The setting key of the program-wide warning point, in minutes before the end. The default when the setting was never made (or holds something unusable). The largest default the editor takes: more would make most phases warn from their start.</extracomment>
            <translation>De standaardwaarschuwing moet een aantal minuten zijn van 0 tot en met {max}.</translation>
        </message>
        <message>
            <source>This group has no planned meetings ahead.</source>
            <translation>Deze groep heeft geen geplande bijeenkomsten meer.</translation>
        </message>
        <message>
            <source>Members can start chairing at meeting 1 to {count} of the planned meetings.</source>
            <translation>Leden kunnen gaan voorzitten vanaf bijeenkomst 1 tot en met {count} van de geplande bijeenkomsten.</translation>
        </message>
        <message>
            <source>The evaluation meeting must come after members start chairing, and the follow-up meeting after the evaluation meeting, within the planned meetings.</source>
            <translation>De evaluatiebijeenkomst moet komen nadat leden zijn gaan voorzitten, en de terugkombijeenkomst na de evaluatiebijeenkomst, binnen de geplande bijeenkomsten.</translation>
        </message>
    </context>
</TS>

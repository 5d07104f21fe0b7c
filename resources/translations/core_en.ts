<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Database</name>
        <message>
            <source>This database was written by a newer version of Intervisie (schema {found}, this program knows up to {known}). It was left untouched; install that version of Intervisie or a newer one to open it.</source>
            <translation>This database was written by a newer version of Intervisie (schema {found}, this program knows up to {known}). It was left untouched; install that version of Intervisie or a newer one to open it.</translation>
        </message>
        <message>
            <source>{path} is not an Intervisie database, or it is encrypted and the passphrase is missing or wrong. It was left untouched.</source>
            <translation>{path} is not an Intervisie database, or it is encrypted and the passphrase is missing or wrong. It was left untouched.</translation>
        </message>
        <message>
            <source>{path} holds tables of another program. It was left untouched.</source>
            <translation>{path} holds tables of another program. It was left untouched.</translation>
        </message>
        <message>
            <source>The backup copy failed its check and was removed ({detail}). The database itself was not changed; run a check of the database.</source>
            <translation>The backup copy failed its check and was removed ({detail}). The database itself was not changed; run a check of the database.</translation>
        </message>
        <message>
            <source>The disk is full, so the change was not saved. Free some space and try again, or save a copy of the database elsewhere (File menu).</source>
            <translation>The disk is full, so the change was not saved. Free some space and try again, or save a copy of the database elsewhere (File menu).</translation>
        </message>
        <message>
            <source>The database cannot be written: the file or its folder is read-only. The change was not saved; save a copy of the database elsewhere (File menu) or make the folder writable.</source>
            <translation>The database cannot be written: the file or its folder is read-only. The change was not saved; save a copy of the database elsewhere (File menu) or make the folder writable.</translation>
        </message>
        <message>
            <source>The disk reported an error while saving, so the change was not saved. Check the disk or save a copy of the database elsewhere (File menu), then try again.</source>
            <translation>The disk reported an error while saving, so the change was not saved. Check the disk or save a copy of the database elsewhere (File menu), then try again.</translation>
        </message>
        <message>
            <source>The database is busy in another program, so the change was not saved. Try again in a moment.</source>
            <translation>The database is busy in another program, so the change was not saved. Try again in a moment.</translation>
        </message>
        <message>
            <source>The database file is damaged, so the change was not saved. Restart Intervisie to check the file and restore a backup.</source>
            <translation>The database file is damaged, so the change was not saved. Restart Intervisie to check the file and restore a backup.</translation>
        </message>
        <message>
            <source>The change refers to data that does not exist or conflicts with other data; it was not saved.</source>
            <translation>The change refers to data that does not exist or conflicts with other data; it was not saved.</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <extracomment>Page cache of a checking connection, in KiB. What reading a damaged file raises: SQLite's errors, and text that is no longer UTF-8.</extracomment>
            <translation>There is no database file at {path}.</translation>
        </message>
        <message>
            <source>{path} is not a file (a folder or something else is in its place).</source>
            <translation>{path} is not a file (a folder or something else is in its place).</translation>
        </message>
        <message>
            <source>{path} cannot be read (no permission, or the disk refuses it).</source>
            <translation>{path} cannot be read (no permission, or the disk refuses it).</translation>
        </message>
        <message>
            <source>{path} is empty: it holds no data at all.</source>
            <translation>{path} is empty: it holds no data at all.</translation>
        </message>
        <message>
            <source>{path} is not an Intervisie database, or it is encrypted and the passphrase is wrong.</source>
            <translation>{path} is not an Intervisie database, or it is encrypted and the passphrase is wrong.</translation>
        </message>
        <message>
            <source>{path} is encrypted; it needs its passphrase.</source>
            <translation>{path} is encrypted; it needs its passphrase.</translation>
        </message>
        <message>
            <source>{path} is damaged: SQLite's integrity check found errors ({detail}).</source>
            <translation>{path} is damaged: SQLite's integrity check found errors ({detail}).</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Intervisie (schema {found}; this program knows up to {known}). Install that version of Intervisie or a newer one to open it; the file was left untouched.</source>
            <translation>{path} was written by a newer version of Intervisie (schema {found}; this program knows up to {known}). Install that version of Intervisie or a newer one to open it; the file was left untouched.</translation>
        </message>
        <message>
            <source>{path} holds tables of another program.</source>
            <translation>{path} holds tables of another program.</translation>
        </message>
        <message>
            <source>{path} is incomplete: tables are missing ({detail}).</source>
            <translation>{path} is incomplete: tables are missing ({detail}).</translation>
        </message>
        <message>
            <source>{path} has records that refer to records that no longer exist ({detail}).</source>
            <translation>{path} has records that refer to records that no longer exist ({detail}).</translation>
        </message>
        <message>
            <source>{path} is sound (schema {found}).</source>
            <translation>{path} is sound (schema {found}).</translation>
        </message>
        <message>
            <source>The database is busy with a longer task. Please try again when it is done.</source>
            <translation>The database is busy with a longer task. Please try again when it is done.</translation>
        </message>
        <message>
            <source>The disk that holds the data folder {folder} is full, so Intervisie cannot work safely and did not start. Nothing was changed. Free some space on that disk, then start again.</source>
            <extracomment>Less free space than this on the data folder's disk counts as a full disk at start.</extracomment>
            <translation>The disk that holds the data folder {folder} is full, so Intervisie cannot work safely and did not start. Nothing was changed. Free some space on that disk, then start again.</translation>
        </message>
        <message>
            <source>The database {path} is read-only: the file or its folder cannot be written, so Intervisie did not start. Nothing was changed. Make the file and its folder writable, or copy the data folder to a writable place and start Intervisie on that copy (--data-dir).</source>
            <translation>The database {path} is read-only: the file or its folder cannot be written, so Intervisie did not start. Nothing was changed. Make the file and its folder writable, or copy the data folder to a writable place and start Intervisie on that copy (--data-dir).</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>{path} already holds data; the demo is written only into an empty folder.</source>
            <translation>{path} already holds data; the demo is written only into an empty folder.</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Group name</source>
            <translation>Group name</translation>
        </message>
        <message>
            <source>Profession or context</source>
            <translation>Profession or context</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Supervisor's register number</source>
            <translation>Supervisor's register number</translation>
        </message>
        <message>
            <source>Ground rules</source>
            <translation>Ground rules</translation>
        </message>
        <message>
            <source>Default meeting length (minutes)</source>
            <translation>Default meeting length (minutes)</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Name on the projector</source>
            <translation>Name on the projector</translation>
        </message>
        <message>
            <source>Role or profession</source>
            <translation>Role or profession</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Registration number</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>Seat</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Minutes present</source>
            <translation>Minutes present</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Outcome and insights</source>
            <translation>Outcome and insights</translation>
        </message>
        <message>
            <source>Agreed actions</source>
            <translation>Agreed actions</translation>
        </message>
        <message>
            <source>What came of it</source>
            <translation>What came of it</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Learning goal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <source>member</source>
            <translation>member</translation>
        </message>
        <message>
            <source>membership</source>
            <translation>membership</translation>
        </message>
        <message>
            <source>learning goal</source>
            <translation>learning goal</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>attendance</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>Planned minutes</source>
            <translation>Planned minutes</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>a table</source>
            <translation>a table</translation>
        </message>
        <message>
            <source>a list of phases</source>
            <translation>a list of phases</translation>
        </message>
        <message>
            <source>“method” or “block” (blocks: block.*)</source>
            <translation>“method” or “block” (blocks: block.*)</translation>
        </message>
        <message>
            <source>Method name</source>
            <extracomment>Speaker modes in which every present member gets a turn, so minutes may be per speaker. Built-in keys: "incident", "block.opening"; user methods are "user:&lt;id&gt;".</extracomment>
            <translation>Method name</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>When to use it</source>
            <translation>When to use it</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Phase name</source>
            <translation>Phase name</translation>
        </message>
        <message>
            <source>Instruction for the participants</source>
            <translation>Instruction for the participants</translation>
        </message>
        <message>
            <source>Script for the facilitator</source>
            <translation>Script for the facilitator</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Minutes per speaker</source>
            <translation>Minutes per speaker</translation>
        </message>
        <message>
            <source>Warning (minutes before the end)</source>
            <translation>Warning (minutes before the end)</translation>
        </message>
        <message>
            <source>Who speaks</source>
            <translation>Who speaks</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <source>method</source>
            <translation>method</translation>
        </message>
        <message>
            <source>phase</source>
            <translation>phase</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Search text</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Number of results</source>
            <translation>Number of results</translation>
        </message>
        <message>
            <source>record</source>
            <translation>record</translation>
        </message>
        <message>
            <source>Rule value</source>
            <translation>Rule value</translation>
        </message>
    </context>
    <context>
        <name>Output</name>
        <message>
            <source>Name a file to write.</source>
            <extracomment>Longest file name and whole path most file systems take (bytes, as the OS counts them). Folders that hold the system, never an export (and everything below the pseudo file systems).</extracomment>
            <translation>Name a file to write.</translation>
        </message>
        <message>
            <source>The name {name} is too long for the file system; choose a shorter one.</source>
            <translation>The name {name} is too long for the file system; choose a shorter one.</translation>
        </message>
        <message>
            <source>The path {path} is too long for the file system; choose a shorter one.</source>
            <translation>The path {path} is too long for the file system; choose a shorter one.</translation>
        </message>
        <message>
            <source>{path} is inside the program's data folder, which holds the database and its backups; choose another folder.</source>
            <translation>{path} is inside the program's data folder, which holds the database and its backups; choose another folder.</translation>
        </message>
        <message>
            <source>{path} holds a database; it is not replaced. Choose a new file name.</source>
            <translation>{path} holds a database; it is not replaced. Choose a new file name.</translation>
        </message>
        <message>
            <source>{path} is not an ordinary file (a device or other special file); choose a file.</source>
            <translation>{path} is not an ordinary file (a device or other special file); choose a file.</translation>
        </message>
        <message>
            <source>{path} is a folder; name a file in it.</source>
            <translation>{path} is a folder; name a file in it.</translation>
        </message>
        <message>
            <source>{path} is a file; name a folder.</source>
            <translation>{path} is a file; name a folder.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>The folder {path} does not exist.</translation>
        </message>
        <message>
            <source>{path} is a system folder; choose a folder of your own.</source>
            <translation>{path} is a system folder; choose a folder of your own.</translation>
        </message>
        <message>
            <source>Nothing can be written in the folder {path}: {reason}. Choose another folder.</source>
            <translation>Nothing can be written in the folder {path}: {reason}. Choose another folder.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written to (no permission, or it is read-only); choose another folder.</source>
            <translation>The folder {path} cannot be written to (no permission, or it is read-only); choose another folder.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist (any more); choose another folder.</source>
            <translation>The folder {path} does not exist (any more); choose another folder.</translation>
        </message>
        <message>
            <source>The disk that holds {path} is full; make room or choose another folder.</source>
            <translation>The disk that holds {path} is full; make room or choose another folder.</translation>
        </message>
        <message>
            <source>The file {path} could not be written.</source>
            <translation>The file {path} could not be written.</translation>
        </message>
    </context>
    <context>
        <name>Registration</name>
        <message>
            <source>No register chosen for this number: choose the register it belongs to.</source>
            <translation>No register chosen for this number: choose the register it belongs to.</translation>
        </message>
        <message>
            <source>No number yet: portal lists leave this out.</source>
            <translation>No number yet: portal lists leave this out.</translation>
        </message>
        <message>
            <source>“{register}” is not a register this program knows: its numbers are not checked and no rules apply.</source>
            <translation>“{register}” is not a register this program knows: its numbers are not checked and no rules apply.</translation>
        </message>
        <message>
            <source>{register} numbers have {digits} digits; this one has {found}. Was a leading zero lost (spreadsheets drop them)? Example: {example}.</source>
            <translation>{register} numbers have {digits} digits; this one has {found}. Was a leading zero lost (spreadsheets drop them)? Example: {example}.</translation>
        </message>
        <message>
            <source>{register} numbers have {digits} digits; this one has {found}.</source>
            <translation>{register} numbers have {digits} digits; this one has {found}.</translation>
        </message>
        <message>
            <source>Leave out “{register}”: the register is chosen beside the number.</source>
            <translation>Leave out “{register}”: the register is chosen beside the number.</translation>
        </message>
        <message>
            <source>{register} numbers start with “{prefix}”, e.g. {example}.</source>
            <translation>{register} numbers start with “{prefix}”, e.g. {example}.</translation>
        </message>
        <message>
            <source>{register} numbers hold digits only{after}; this one has “{odd}”. Example: {example}.</source>
            <translation>{register} numbers hold digits only{after}; this one has “{odd}”. Example: {example}.</translation>
        </message>
        <message>
            <source> after “{prefix}”</source>
            <translation> after “{prefix}”</translation>
        </message>
        <message>
            <source>{name} has the same {register} number.</source>
            <translation>{name} has the same {register} number.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <source>The passphrase is not correct. Nothing was changed; please try again.</source>
            <translation>The passphrase is not correct. Nothing was changed; please try again.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {min} characters; a short sentence works well.</source>
            <translation>A passphrase needs at least {min} characters; a short sentence works well.</translation>
        </message>
        <message>
            <source>The data is already protected with a passphrase.</source>
            <translation>The data is already protected with a passphrase.</translation>
        </message>
        <message>
            <source>The data is not protected with a passphrase.</source>
            <translation>The data is not protected with a passphrase.</translation>
        </message>
        <message>
            <source>The re-encrypted copy did not match the original, so it was discarded. Your data is unchanged.</source>
            <translation>The re-encrypted copy did not match the original, so it was discarded. Your data is unchanged.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>A case can only be followed up at a later meeting of its own group.</source>
            <translation>A case can only be followed up at a later meeting of its own group.</translation>
        </message>
        <message>
            <source>Nothing was agreed for this case to follow up.</source>
            <translation>Nothing was agreed for this case to follow up.</translation>
        </message>
        <message>
            <source>{name} was not present at this meeting and cannot have brought a case.</source>
            <translation>{name} was not present at this meeting and cannot have brought a case.</translation>
        </message>
        <message>
            <source>There is already a group called “{name}”.</source>
            <translation>There is already a group called “{name}”.</translation>
        </message>
        <message>
            <source>{label} is not a valid date.</source>
            <extracomment>Search text longer than this is refused: SQLite refuses LIKE patterns over 50,000 bytes, and no one looks for a passage that long.</extracomment>
            <translation>{label} is not a valid date.</translation>
        </message>
        <message>
            <source>{label} is not a valid time.</source>
            <translation>{label} is not a valid time.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>{label} must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>This is not an e-mail address.</source>
            <translation>This is not an e-mail address.</translation>
        </message>
        <message>
            <source>{label} contains characters that cannot be stored.</source>
            <translation>{label} contains characters that cannot be stored.</translation>
        </message>
        <message>
            <source>{what} {id} does not exist (any more).</source>
            <extracomment>Arguments named "label" or "what" hold a field label or noun, translated in context "Field".</extracomment>
            <translation>{what} {id} does not exist (any more).</translation>
        </message>
        <message>
            <source>{label} may not be empty.</source>
            <translation>{label} may not be empty.</translation>
        </message>
        <message>
            <source>{label} may be at most {max} characters long.</source>
            <translation>{label} may be at most {max} characters long.</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>The end time must be after the start time.</translation>
        </message>
        <message>
            <source>{name} is not a member of this group on {date} and cannot lead the meeting.</source>
            <translation>{name} is not a member of this group on {date} and cannot lead the meeting.</translation>
        </message>
        <message>
            <source>{name} is not a member of this group on {date}.</source>
            <translation>{name} is not a member of this group on {date}.</translation>
        </message>
        <message>
            <source>Minutes present must be from 1 to {max} (the length of the meeting).</source>
            <translation>Minutes present must be from 1 to {max} (the length of the meeting).</translation>
        </message>
        <message>
            <source>A meeting on {date} is still ahead and cannot be marked held yet; keep it planned until that day.</source>
            <translation>A meeting on {date} is still ahead and cannot be marked held yet; keep it planned until that day.</translation>
        </message>
        <message>
            <source>Minutes present only apply to someone who was present.</source>
            <translation>Minutes present only apply to someone who was present.</translation>
        </message>
        <message>
            <source>Arrival and leave times only apply to someone who was present.</source>
            <translation>Arrival and leave times only apply to someone who was present.</translation>
        </message>
        <message>
            <source>Arrival and leave must lie within the meeting ({start}–{end}), arrival before leave.</source>
            <translation>Arrival and leave must lie within the meeting ({start}–{end}), arrival before leave.</translation>
        </message>
        <message>
            <source>The membership cannot end before it starts.</source>
            <translation>The membership cannot end before it starts.</translation>
        </message>
        <message>
            <source>Seat {seat} is already taken by {name}.</source>
            <translation>Seat {seat} is already taken by {name}.</translation>
        </message>
        <message>
            <source>{name} is already a member of this group.</source>
            <translation>{name} is already a member of this group.</translation>
        </message>
        <message>
            <source>This case belongs to another meeting and cannot be planned here.</source>
            <translation>This case belongs to another meeting and cannot be planned here.</translation>
        </message>
        <message>
            <source>This case is already planned in this meeting.</source>
            <translation>This case is already planned in this meeting.</translation>
        </message>
        <message>
            <source>This meeting has no session plan yet; add at least one step first.</source>
            <translation>This meeting has no session plan yet; add at least one step first.</translation>
        </message>
        <message>
            <source>The session of this meeting is finished; it can no longer be discarded.</source>
            <translation>The session of this meeting is finished; it can no longer be discarded.</translation>
        </message>
        <message>
            <source>There is no method “{key}”.</source>
            <translation>There is no method “{key}”.</translation>
        </message>
        <message>
            <source>The method “{key}” has no phases and cannot be run.</source>
            <translation>The method “{key}” has no phases and cannot be run.</translation>
        </message>
        <message>
            <source>The method file {file} cannot be read.</source>
            <translation>The method file {file} cannot be read.</translation>
        </message>
        <message>
            <source>The method file {file} is not valid TOML ({detail}).</source>
            <translation>The method file {file} is not valid TOML ({detail}).</translation>
        </message>
        <message>
            <source>The method file {file} lacks the field {field_name}.</source>
            <translation>The method file {file} lacks the field {field_name}.</translation>
        </message>
        <message>
            <source>The method file {file} has an unknown field {field_name}.</source>
            <translation>The method file {file} has an unknown field {field_name}.</translation>
        </message>
        <message>
            <source>In the method file {file}, {field_name} must be {what}.</source>
            <translation>In the method file {file}, {field_name} must be {what}.</translation>
        </message>
        <message>
            <source>In the method file {file}, {field_name} is not valid: {problem}</source>
            <translation>In the method file {file}, {field_name} is not valid: {problem}</translation>
        </message>
        <message>
            <source>The method file {file} has a name that cannot be a method key (lower-case letters, digits and _; blocks start with “block.”).</source>
            <translation>The method file {file} has a name that cannot be a method key (lower-case letters, digits and _; blocks start with “block.”).</translation>
        </message>
        <message>
            <source>{label} must be a number greater than 0 and at most {high}.</source>
            <translation>{label} must be a number greater than 0 and at most {high}.</translation>
        </message>
        <message>
            <source>The warning must be at least 0 minutes and shorter than the phase or turn.</source>
            <translation>The warning must be at least 0 minutes and shorter than the phase or turn.</translation>
        </message>
        <message>
            <source>“{value}” is not a known speaker mode.</source>
            <translation>“{value}” is not a known speaker mode.</translation>
        </message>
        <message>
            <source>Minutes per speaker only apply to a round in which everyone speaks.</source>
            <translation>Minutes per speaker only apply to a round in which everyone speaks.</translation>
        </message>
        <message>
            <source>The case bringer cannot be silent or away in a phase where only they speak.</source>
            <translation>The case bringer cannot be silent or away in a phase where only they speak.</translation>
        </message>
        <message>
            <source>A method needs at least one phase.</source>
            <translation>A method needs at least one phase.</translation>
        </message>
        <message>
            <source>A method can have at most {max} phases.</source>
            <translation>A method can have at most {max} phases.</translation>
        </message>
        <message>
            <source>{label} must be on or off.</source>
            <translation>{label} must be on or off.</translation>
        </message>
        <message>
            <source>Built-in methods cannot be changed; make a copy and edit that.</source>
            <translation>Built-in methods cannot be changed; make a copy and edit that.</translation>
        </message>
        <message>
            <source>This method was deleted; restore it before changing it.</source>
            <translation>This method was deleted; restore it before changing it.</translation>
        </message>
        <message>
            <source>This method has no phase {phase}.</source>
            <translation>This method has no phase {phase}.</translation>
        </message>
        <message>
            <source>The new order must name every phase exactly once.</source>
            <translation>The new order must name every phase exactly once.</translation>
        </message>
        <message>
            <source>The deleted {what} cannot be restored: something in its place was changed.</source>
            <translation>The deleted {what} cannot be restored: something in its place was changed.</translation>
        </message>
        <message>
            <source>A value given cannot be stored ({name}); nothing was saved.</source>
            <translation>A value given cannot be stored ({name}); nothing was saved.</translation>
        </message>
        <message>
            <source>The value for “{name}” is of the wrong kind; nothing was saved.</source>
            <translation>The value for “{name}” is of the wrong kind; nothing was saved.</translation>
        </message>
        <message>
            <source>“{typed}” is not a date; type it as dd/mm/yyyy, e.g. 14/03/2026, or 14 March.</source>
            <translation>“{typed}” is not a date; type it as dd/mm/yyyy, e.g. 14/03/2026, or 14 March.</translation>
        </message>
        <message>
            <source>“{typed}” is not a time of day; type it as hh:mm, e.g. 19:30.</source>
            <translation>“{typed}” is not a time of day; type it as hh:mm, e.g. 19:30.</translation>
        </message>
        <message>
            <source>A registration number cannot hold a semicolon, comma or quotation mark.</source>
            <translation>A registration number cannot hold a semicolon, comma or quotation mark.</translation>
        </message>
        <message>
            <source>This member already has this {register} number.</source>
            <translation>This member already has this {register} number.</translation>
        </message>
        <message>
            <source>This rule comes from the register's own text and cannot be changed here.</source>
            <translation>This rule comes from the register's own text and cannot be changed here.</translation>
        </message>
        <message>
            <source>{label} must be a number from 0 to 1000.</source>
            <translation>{label} must be a number from 0 to 1000.</translation>
        </message>
        <message>
            <source>The meeting of {date} is not marked as held: a record of it cannot be drawn up yet.</source>
            <translation>The meeting of {date} is not marked as held: a record of it cannot be drawn up yet.</translation>
        </message>
        <message>
            <source>“{value}” is not a score: type whole numbers from 0 to 10.</source>
            <translation>“{value}” is not a score: type whole numbers from 0 to 10.</translation>
        </message>
        <message>
            <source>At most {max} answers per question.</source>
            <translation>At most {max} answers per question.</translation>
        </message>
        <message>
            <source>The tally needs a whole number from 0 to {max} for each of the 5 answers to each of the 7 statements.</source>
            <translation>The tally needs a whole number from 0 to {max} for each of the 5 answers to each of the 7 statements.</translation>
        </message>
        <message>
            <source>Minutes are for a meeting that was held; this one is still planned.</source>
            <translation>Minutes are for a meeting that was held; this one is still planned.</translation>
        </message>
        <message>
            <source>Minutes are for a meeting that was held; this one was cancelled.</source>
            <translation>Minutes are for a meeting that was held; this one was cancelled.</translation>
        </message>
        <message>
            <source>The default warning must be a number of minutes from 0 to {max}.</source>
            <extracomment>The setting key of the program-wide warning point, in minutes before the end. The default when the setting was never made (or holds something unusable). The largest default the editor takes: more would make most phases warn from their start.</extracomment>
            <translation>The default warning must be a number of minutes from 0 to {max}.</translation>
        </message>
        <message>
            <source>This group has no planned meetings ahead.</source>
            <translation>This group has no planned meetings ahead.</translation>
        </message>
        <message>
            <source>Members can start chairing at meeting 1 to {count} of the planned meetings.</source>
            <translation>Members can start chairing at meeting 1 to {count} of the planned meetings.</translation>
        </message>
        <message>
            <source>The evaluation meeting must come after members start chairing, and the follow-up meeting after the evaluation meeting, within the planned meetings.</source>
            <translation>The evaluation meeting must come after members start chairing, and the follow-up meeting after the evaluation meeting, within the planned meetings.</translation>
        </message>
    </context>
</TS>

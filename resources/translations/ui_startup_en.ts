<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>MissingDatabase</name>
        <message>
            <source>{path} is a link to {target}, which does not exist.</source>
            <translation>{path} is a link to {target}, which does not exist.</translation>
        </message>
        <message>
            <source>{path} is empty: it holds no data at all.</source>
            <translation>{path} is empty: it holds no data at all.</translation>
        </message>
        <message>
            <source>There is no database file at {path}.</source>
            <translation>There is no database file at {path}.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Intervisie is already open on this data folder ({folder}), perhaps in another session of this computer. Close it there first, or switch to that window.</source>
            <extracomment>How often a second start tries to reach a first one that holds the lock but does not listen yet (it listens once its first window has painted).</extracomment>
            <translation>Intervisie is already open on this data folder ({folder}), perhaps in another session of this computer. Close it there first, or switch to that window.</translation>
        </message>
        <message>
            <source>Removing the protection was interrupted when the program stopped. Your data is still encrypted with its passphrase; remove the protection again if you want.</source>
            <translation>Removing the protection was interrupted when the program stopped. Your data is still encrypted with its passphrase; remove the protection again if you want.</translation>
        </message>
        <message>
            <source>Switching on the protection was interrupted before it was done, so your data is not encrypted. Switch the protection on again under Protection.</source>
            <translation>Switching on the protection was interrupted before it was done, so your data is not encrypted. Switch the protection on again under Protection.</translation>
        </message>
        <message>
            <source>Switching on the protection had not finished when the program stopped; it is finished now. Unencrypted copies in the data folder: {encrypted} encrypted, {removed} overwritten and removed.</source>
            <translation>Switching on the protection had not finished when the program stopped; it is finished now. Unencrypted copies in the data folder: {encrypted} encrypted, {removed} overwritten and removed.</translation>
        </message>
        <message>
            <source>Files left over in the data folder could not be cleaned up ({count}); the program tries again at the next start.</source>
            <translation>Files left over in the data folder could not be cleaned up ({count}); the program tries again at the next start.</translation>
        </message>
        <message>
            <source>Files left over from an interrupted backup, restore or switch of protection were removed from the data folder ({count}).</source>
            <translation>Files left over from an interrupted backup, restore or switch of protection were removed from the data folder ({count}).</translation>
        </message>
    </context>
    <context>
        <name>StartupFrame</name>
        <message>
            <source>demo</source>
            <extracomment>The size the main window opens with when it has nothing remembered. Qt::AlignCenter, set as a property rather than with Qt.AlignmentFlag: the first use of PySide6's `Qt` namespace builds all of its enums, some 25 ms before the first paint (it is paid later, behind the screen); a style sheet would cost the first paint more still.</extracomment>
            <translation>demo</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Opening your data…</translation>
        </message>
    </context>
</TS>

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
        <name>RecoveryDialog</name>
        <message>
            <source>The database cannot be opened</source>
            <translation>The database cannot be opened</translation>
        </message>
        <message>
            <source>Your data was not found</source>
            <translation>Your data was not found</translation>
        </message>
        <message>
            <source>Backups of your data are in the backup folder. Restore the newest good one to go on where you were, or start with a new empty database. The backups are kept either way.</source>
            <translation>Backups of your data are in the backup folder. Restore the newest good one to go on where you were, or start with a new empty database. The backups are kept either way.</translation>
        </message>
        <message>
            <source>The database needs attention</source>
            <translation>The database needs attention</translation>
        </message>
        <message>
            <source>Intervisie can open this file as it is, but what refers to the missing records may be incomplete. If you restore a backup, this file is kept aside in the data folder under a name with today's date, so nothing is lost.</source>
            <translation>Intervisie can open this file as it is, but what refers to the missing records may be incomplete. If you restore a backup, this file is kept aside in the data folder under a name with today's date, so nothing is lost.</translation>
        </message>
        <message>
            <source>Intervisie will not change this file. Whatever you choose, it is kept aside in the data folder under a name with today's date, so nothing is lost.</source>
            <translation>Intervisie will not change this file. Whatever you choose, it is kept aside in the data folder under a name with today's date, so nothing is lost.</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({size}).</source>
            <translation>The newest good backup is from {when} ({size}).</translation>
        </message>
        <message>
            <source>Your backups are encrypted. To restore the newest one, type their passphrase (normally the same as this file's). The backup itself is not changed.</source>
            <translation>Your backups are encrypted. To restore the newest one, type their passphrase (normally the same as this file's). The backup itself is not changed.</translation>
        </message>
        <message>
            <source>There is no good backup in the backup folder.</source>
            <translation>There is no good backup in the backup folder.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>&amp;Restore the newest backup</translation>
        </message>
        <message>
            <source>&amp;Continue with this database</source>
            <translation>&amp;Continue with this database</translation>
        </message>
        <message>
            <source>Start with a &amp;new empty database</source>
            <translation>Start with a &amp;new empty database</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>This passphrase opens none of the backups that check good. Nothing was changed; check Caps Lock and try again.</source>
            <translation>This passphrase opens none of the backups that check good. Nothing was changed; check Caps Lock and try again.</translation>
        </message>
        <message>
            <source>Passphrase of the backups</source>
            <translation>Passphrase of the backups</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. It is checked first; the current database is kept aside in the data folder, so this can be undone.</source>
            <translation>Choose the backup to go back to. It is checked first; the current database is kept aside in the data folder, so this can be undone.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Made</translation>
        </message>
        <message>
            <source>at start</source>
            <translation>at start</translation>
        </message>
        <message>
            <source>after a session</source>
            <translation>after a session</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>by hand</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>There are no backups yet.</source>
            <translation>There are no backups yet.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Intervisie is already open on this data folder ({folder}), perhaps in another session of this computer. Close it there first, or switch to that window.</source>
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
            <source>Files left over from an interrupted backup, restore or switch of protection were removed from the data folder ({count}).</source>
            <translation>Files left over from an interrupted backup, restore or switch of protection were removed from the data folder ({count}).</translation>
        </message>
        <message>
            <source>Files left over in the data folder could not be cleaned up ({count}); the program tries again at the next start.</source>
            <translation>Files left over in the data folder could not be cleaned up ({count}); the program tries again at the next start.</translation>
        </message>
    </context>
    <context>
        <name>SafetyActions</name>
        <message>
            <source>&amp;Back up to a file…</source>
            <translation>&amp;Back up to a file…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>&amp;Check the database</source>
            <translation>&amp;Check the database</translation>
        </message>
        <message>
            <source>Back up to a file</source>
            <translation>Back up to a file</translation>
        </message>
        <message>
            <source>Intervisie database (*.sqlite3);;All files (*)</source>
            <translation>Intervisie database (*.sqlite3);;All files (*)</translation>
        </message>
        <message>
            <source>Writing the backup…</source>
            <translation>Writing the backup…</translation>
        </message>
        <message>
            <source>The backup was written to {path}.</source>
            <translation>The backup was written to {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Go back to the backup of {when}? Changes made since then are not in it. The current database is kept aside in the data folder.</source>
            <translation>Go back to the backup of {when}? Changes made since then are not in it. The current database is kept aside in the data folder.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restoring the backup…</translation>
        </message>
        <message>
            <source>This can take a minute; please keep the program open.</source>
            <translation>This can take a minute; please keep the program open.</translation>
        </message>
        <message>
            <source>The backup of {when} is restored.</source>
            <translation>The backup of {when} is restored.</translation>
        </message>
        <message>
            <source>The previous database was kept as {name}.</source>
            <translation>The previous database was kept as {name}.</translation>
        </message>
        <message>
            <source>The database is sound: the full check found no errors.</source>
            <translation>The database is sound: the full check found no errors.</translation>
        </message>
    </context>
</TS>

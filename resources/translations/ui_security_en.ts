<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Protect with a passphrase</source>
            <translation>Protect with a passphrase</translation>
        </message>
    </context>
    <context>
        <name>EraseMemberDialog</name>
        <message>
            <source>Erase member</source>
            <translation>Erase member</translation>
        </message>
        <message>
            <source>Erase {name} and their personal data for good?</source>
            <translation>Erase {name} and their personal data for good?</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) about them or their cases</source>
            <translation>
                <numerusform>%n note about them or their cases</numerusform>
                <numerusform>%n notes about them or their cases</numerusform>
            </translation>
        </message>
        <message>
            <source>Erase {name}</source>
            <translation>Erase {name}</translation>
        </message>
        <message>
            <source>their full name, name on the projector and other details</source>
            <translation>their full name, name on the projector and other details</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s) they brought: topic, question, description, outcome and agreed actions</source>
            <translation>
                <numerusform>%n case they brought: topic, question, description, outcome and agreed actions</numerusform>
                <numerusform>%n cases they brought: topic, question, description, outcome and agreed actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group membership(s)</source>
            <translation>
                <numerusform>%n group membership</numerusform>
                <numerusform>%n group memberships</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning goal(s)</source>
            <translation>
                <numerusform>%n learning goal</numerusform>
                <numerusform>%n learning goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>their name and their cases' topic and question in %n recorded session(s); the timings stay, without their name</source>
            <translation>
                <numerusform>their name and their cases' topic and question in %n recorded session; the timings stay, without their name</numerusform>
                <numerusform>their name and their cases' topic and question in %n recorded sessions; the timings stay, without their name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance record(s), as anonymous counts in past meetings</source>
            <translation>
                <numerusform>%n attendance record, as anonymous counts in past meetings</numerusform>
                <numerusform>%n attendance records, as anonymous counts in past meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) they led: the meetings keep their date, without who led them</source>
            <translation>
                <numerusform>%n meeting they led: the meeting keeps its date, without who led it</numerusform>
                <numerusform>%n meetings they led: the meetings keep their date, without who led them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>other notes and cases that mention the name are not changed (%n found): review them by hand</source>
            <translation>
                <numerusform>other notes and cases that mention the name are not changed (%n found): review them by hand</numerusform>
                <numerusform>other notes and cases that mention the name are not changed (%n found): review them by hand</numerusform>
            </translation>
        </message>
        <message>
            <source>This cannot be undone, not even with Ctrl+Z.</source>
            <translation>This cannot be undone, not even with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Removed:</source>
            <translation>Removed:</translation>
        </message>
        <message numerus="yes">
            <source>Backups made before now still hold their data. %n automatic backup(s) keep it until they rotate out: a daily backup after {days} days, a weekly one after {weeks} weeks, a monthly one after {months} months.</source>
            <translation>
                <numerusform>Backups made before now still hold their data. %n automatic backup keeps it until it rotates out: a daily backup after {days} days, a weekly one after {weeks} weeks, a monthly one after {months} months.</numerusform>
                <numerusform>Backups made before now still hold their data. %n automatic backups keep it until they rotate out: a daily backup after {days} days, a weekly one after {weeks} weeks, a monthly one after {months} months.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other copy(ies) (made by hand, before an upgrade, before a change of protection or kept aside at a restore) keep it until you delete them.</source>
            <translation>
                <numerusform>%n other copy (made by hand, before an upgrade, before a change of protection or kept aside at a restore) keeps it until you delete it.</numerusform>
                <numerusform>%n other copies (made by hand, before an upgrade, before a change of protection or kept aside at a restore) keep it until you delete them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remains:</source>
            <translation>Remains:</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to Intervisie</source>
            <translation>Welcome to Intervisie</translation>
        </message>
        <message>
            <source>Your notes and cases are confidential. With a passphrase the whole database is encrypted on disk, so nobody can read it without the passphrase; if you forget it, the data cannot be recovered.</source>
            <translation>Your notes and cases are confidential. With a passphrase the whole database is encrypted on disk, so nobody can read it without the passphrase; if you forget it, the data cannot be recovered.</translation>
        </message>
        <message>
            <source>Protect my data with a passphrase (recommended)</source>
            <translation>Protect my data with a passphrase (recommended)</translation>
        </message>
        <message>
            <source>Do not use a passphrase</source>
            <translation>Do not use a passphrase</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Quit Intervisie?</source>
            <translation>Quit Intervisie?</translation>
        </message>
        <message>
            <source>Intervisie is not set up yet: nothing has been stored. Quit now? The next time you start Intervisie, it asks again.</source>
            <translation>Intervisie is not set up yet: nothing has been stored. Quit now? The next time you start Intervisie, it asks again.</translation>
        </message>
        <message>
            <source>&amp;Back to setting up</source>
            <translation>&amp;Back to setting up</translation>
        </message>
    </context>
    <context>
        <name>LockOverlay</name>
        <message>
            <source>Intervisie is locked</source>
            <extracomment>Windows with this dynamic property set to True stay visible while locked (the audience view: it shows nothing confidential). Every other top-level window is hidden until unlocked. Actions with this property stay usable while locked (Quit).</extracomment>
            <translation>Intervisie is locked</translation>
        </message>
        <message>
            <source>Type your passphrase to continue.</source>
            <translation>Type your passphrase to continue.</translation>
        </message>
        <message>
            <source>Your data is not protected with a passphrase; anyone at this computer can continue. You can set a passphrase under Notes → Protection.</source>
            <translation>Your data is not protected with a passphrase; anyone at this computer can continue. You can set a passphrase under Notes → Protection.</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseFields</name>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Repeat the passphrase</translation>
        </message>
        <message numerus="yes">
            <source>A passphrase needs at least %n characters; a short sentence works well.</source>
            <translation>
                <numerusform>A passphrase needs at least %n character; a short sentence works well.</numerusform>
                <numerusform>A passphrase needs at least %n characters; a short sentence works well.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePrompt</name>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Show again</source>
            <translation>Show again</translation>
        </message>
        <message>
            <source>Please type your passphrase.</source>
            <translation>Please type your passphrase.</translation>
        </message>
        <message>
            <source>This passphrase is not correct. Nothing was changed; check Caps Lock and try again.</source>
            <translation>This passphrase is not correct. Nothing was changed; check Caps Lock and try again.</translation>
        </message>
        <message numerus="yes">
            <source>After several wrong attempts, please wait %n second(s).</source>
            <translation>
                <numerusform>After several wrong attempts, please wait %n second.</numerusform>
                <numerusform>After several wrong attempts, please wait %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProtectionDialog</name>
        <message>
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <source>Protect with a passphrase…</source>
            <translation>Protect with a passphrase…</translation>
        </message>
        <message>
            <source>Change passphrase…</source>
            <translation>Change passphrase…</translation>
        </message>
        <message>
            <source>Remove protection…</source>
            <translation>Remove protection…</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after inactivity</source>
            <translation>Lock after inactivity</translation>
        </message>
        <message>
            <source>Your data is encrypted with a passphrase.</source>
            <translation>Your data is encrypted with a passphrase.</translation>
        </message>
        <message>
            <source>Your data is not protected: anyone with access to this computer can read it.</source>
            <translation>Your data is not protected: anyone with access to this computer can read it.</translation>
        </message>
        <message>
            <source>This can take a minute; please keep the program open.</source>
            <translation>This can take a minute; please keep the program open.</translation>
        </message>
        <message>
            <source>Protecting your data…</source>
            <translation>Protecting your data…</translation>
        </message>
        <message>
            <source>Your data is now encrypted. Keep the passphrase safe: without it the data cannot be recovered.</source>
            <translation>Your data is now encrypted. Keep the passphrase safe: without it the data cannot be recovered.</translation>
        </message>
        <message>
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
        <message>
            <source>Remove protection</source>
            <translation>Remove protection</translation>
        </message>
        <message>
            <source>The data will be stored unencrypted. Type your passphrase to confirm.</source>
            <translation>The data will be stored unencrypted. Type your passphrase to confirm.</translation>
        </message>
        <message>
            <source>Removing the protection…</source>
            <translation>Removing the protection…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>The database cannot be opened</source>
            <extracomment>What the start screens answer: the passphrase that opens the file (None: it needs none), or the recovery chosen for a file no passphrase opens.</extracomment>
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
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
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
            <source>Today's backup was written to {path}</source>
            <translation>Today's backup was written to {path}</translation>
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
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock Intervisie</source>
            <translation>Unlock Intervisie</translation>
        </message>
        <message>
            <source>Your data is protected with a passphrase. Type it to open the program.</source>
            <translation>Your data is protected with a passphrase. Type it to open the program.</translation>
        </message>
        <message>
            <source>&amp;Recover the data…</source>
            <translation>&amp;Recover the data…</translation>
        </message>
        <message>
            <source>Your backups are not encrypted, yet this file asks for a passphrase. If you never set one, the file is probably damaged: recover your data from the newest good backup.</source>
            <translation>Your backups are not encrypted, yet this file asks for a passphrase. If you never set one, the file is probably damaged: recover your data from the newest good backup.</translation>
        </message>
        <message>
            <source>If you never protected your data with a passphrase, this file may be damaged or not an Intervisie database.</source>
            <translation>If you never protected your data with a passphrase, this file may be damaged or not an Intervisie database.</translation>
        </message>
        <message>
            <source>If you only mistyped the passphrase of this file, choose Back and type it again.</source>
            <translation>If you only mistyped the passphrase of this file, choose Back and type it again.</translation>
        </message>
        <message>
            <source>Only backups that open without a passphrase are offered. If you did set a passphrase, choose Back and type it again.</source>
            <translation>Only backups that open without a passphrase are offered. If you did set a passphrase, choose Back and type it again.</translation>
        </message>
    </context>
</TS>

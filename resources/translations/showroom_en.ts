<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditAction</name>
    <message>
        <source>created</source>
        <extracomment>``audit_log.action``: what was done to a record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>Recorded fields holding personal data, and how each is masked. Who may read a record&apos;s history: the permission to see that kind of record, and for owned records the column naming the owner plus the permission to see everyone&apos;s. The actions&apos; words, for the audit view and its filter (showroom.labels&apos;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Enter a password.</source>
        <extracomment>Wrong passwords in a row that lock an account for LOCK_MINUTES (guessing is slowed to a crawl; a password reset by the administrator lifts the lock).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces and at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator has already been set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords for this account: try again in {minutes} minutes, or ask the administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store needs at least one active administrator: make another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This store runs on a database server: back it up on the server (for PostgreSQL with pg_dump).</source>
        <extracomment>Pages copied per step: small enough to report progress and let writers in between.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not stored in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {folder} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is damaged: it is not the file the backup wrote (its checksum differs: changed or cut short since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not a Showroom database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} was written by a newer version of Showroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed ({error}); the database before it is saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Only an administrator can manage backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom backs up automatically on the first start of each day and before every upgrade, keeping {daily} daily and {monthly} monthly backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom backup (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data by the backup {file} ({customers} customers)?

The current data is kept as a backup first. Showroom closes afterwards; start it again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. Showroom will close now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store runs on a database server: back it up on the server (for PostgreSQL with pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallOutcome</name>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallScripts</name>
    <message>
        <source>customer&apos;s name with Mr/Ms</source>
        <extracomment>Placeholder → what it holds (shown beside the editor).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted mileage now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brace { or } is not closed; write {{ or }} for a literal brace.</source>
        <extracomment>Call kinds that have a script, in the order the settings tab lists them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown call kind or language.</source>
        <extracomment>False when the store has not saved its own and the shipped default is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the script a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallScriptsTab</name>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <source>Cancel order: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCallDialog</name>
    <message>
        <source>Care call — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {km} km now (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script for this kind of call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km the customer told, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mileage told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will buy &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will &amp;recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mileage in whole kilometres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCallKind</name>
    <message>
        <source>Call after delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First maintenance reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCalls</name>
    <message>
        <source>This customer no longer exists.</source>
        <extracomment>Who makes each kind of call unless the schedule entry says otherwise: the consultant who sold the car thanks the customer; the service advisor books the maintenance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the customer booked.</source>
        <extracomment>For &quot;no answer&quot;: try again on this day (a new open call of the same kind).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a mileage between 0 and {max} km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower than the last reading ({km} km on {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage and satisfaction need the customer reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the next step under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call was already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is not about a vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Showroom: visitor log, prospects, customer cards and reports for a car dealership. Without a command, the desktop program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL, e.g. postgresql+psycopg://user@server/showroom (default: $SHOWROOM_DB_URL, else a SQLite file in your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the program (default zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start on a demo store (generated on first use if the store is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty store with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find customers by phone, plate, name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recompute customer classes and insurance renewal dates (once a day; the program also does it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run even if it already ran today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the database to this version&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import customers, vehicles, visits, prospects or service records from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the recent imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revert import ID: remove what it added, restore what it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet to import (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for records already in the database: fill in empty fields (default), overwrite them, or skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the rows not imported, and why, to this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in as this user (the password is asked, or read from $SHOWROOM_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <extracomment>Commands that work on an empty store before anyone can sign in (no account has a password yet: there is no user to sign in as). Once one can, they sign in like the rest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upkeep already ran today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upkeep done: {customers} customers, {vehicles} insurance dates moved in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store ready: {customers} customers in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database now (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder for the backup (default: from the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database by a backup, after checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list and manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop an account from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a deactivated account sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new password for an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change an account&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first start: set the administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: sound, {customers} customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The database as it was is kept in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: </source>
        <extracomment>The exit code of a command that could not sign in (as for a wrong usage: nothing ran).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: give --user NAME (the password is asked, or read from $SHOWROOM_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set $SHOWROOM_PASSWORD or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to import and its --kind.</source>
        <extracomment>Issues printed on the terminal; the rest are in the report workbook.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The rows saved so far are kept; run the same import again to add the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date like 2026-11-20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a month like 2026-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the daily or monthly report or the funnel as PDF/Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month, one row per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month (default: this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sales funnel of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (default: the 1st of this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this consultant&apos;s figures (user name, display name or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --pdf and/or --xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, plate or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer of this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On our care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general manager must be told within 12 hours and the customer answered within 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GM told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer by {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>General manager not told and no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General manager not told within 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not answered within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who handles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is before the complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write how it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the customer before closing, or ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, plate or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GM &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} complaints, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the customer told?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>{user} saved this record at {time} while you were editing it, so your changes were not saved. Fields changed by both:
{fields}
Reopen the record to see the current values, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: mine “{mine}”, theirs “{theirs}”, before both “{before}”</source>
        <extracomment>The table, whose field words (``showroom.labels.FIELD_LABELS``) name the fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted by someone else while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>Phone call</source>
        <extracomment>How the customer likes to be reached (``customers.preferred_contact``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Please enter the date as 2024-05-01.</source>
        <extracomment>&quot;2024-5-1&quot;, &quot;2024/05/01&quot;, &quot;2024.5.1&quot;, &quot;20240501&quot; are all the same day to a receptionist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardDialog</name>
    <message>
        <source>Details</source>
        <extracomment>Everything the card&apos;s tabs and time line show about one customer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales &amp;consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ad&amp;visor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the full value (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km/day since previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit vehicle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add service visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can set or clear special marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate into this card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer card: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative spend: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mark “{mark}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split “{name}” off this card again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardSheet</name>
    <message>
        <source>Customer information card</source>
        <extracomment>Rows a page holds beside the fixed information; more are counted, not printed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more (see the card on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base / new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers referred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <extracomment>The fields of the customer card&apos;s fixed information, as a conflict message names them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSheet</name>
    <message>
        <source>Customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value class</source>
        <extracomment>The sex column&apos;s words (showroom.labels&apos;, one letter for the narrow column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base / new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSummaryDialog</name>
    <message>
        <source>Customer: {name}</source>
        <extracomment>U+2060 WORD JOINER: forbids a line break between the characters it separates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>This customer no longer exists.</source>
        <extracomment>Kilometres per day since the previous reading (None for the first). A code the screen names (the mark&apos;s kind, the care call&apos;s kind). The fields of ``fields`` that hold a mask (``138****5678``), not the stored value. Whether the actor may reveal a masked field (:func:`reveal_field`, audited).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot merge with itself.</source>
        <extracomment>Every (model, column) that points at a customer and moves with the person. Fields of the survivor filled from the duplicate where the survivor has none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose male or female.</source>
        <extracomment>How a customer prefers to be contacted (codes stored in ``preferred_contact``). Column lengths of the free-text fields (the model&apos;s), for the &quot;too long&quot; message. Free text kept with its line breaks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID gives the birthday {date}; please check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID belongs to a {sex}; please check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a contact method from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer works here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or the customer&apos;s own consultant may change the consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the plate number or the VIN (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already on the card of {owner}; merge or correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a model from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first service visit cannot be before the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (customer {id}) already has this mobile: one person, one card. Open their card, or merge the two records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vehicle no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is before the vehicle was bought ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the service type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The odometer already read {km} km on {date}; it cannot go down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later reading ({date}) shows only {km} km; please check the odometer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can set or clear special marks.</source>
        <extracomment>The reason&apos;s length (the column&apos;s).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the kind of mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already has this mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why: colleagues will read it on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mark has already been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>All values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyUpkeep</name>
    <message>
        <source>Updating customer classes and insurance renewal dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer classes could not be updated: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This database was written by a newer version of Showroom (schema {revision}). Please update the program on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be brought up to date ({error}). Nothing was lost: the store was put back as it was from the copy taken just before ({copy}). Please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be brought up to date ({error}). The update was undone and the store is as it was. Please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Odometer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo store with {count} customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo store could not be created:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Visitor left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, arrived {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the time the visitor left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueSummary</name>
    <message>
        <source>Maintenance due {due} (overdue {overdue})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care calls {calls} (late {late})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints {open} (overdue {overdue})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Cancel</source>
        <extracomment>A line for the page&apos;s status text: exporting, done, cancelled or failed. True while an export runs (pages disable their export buttons).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (all records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {time} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}. The file may be open in another program: close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel holds at most {limit} rows in one sheet. Narrow the filter and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks and CSV files are read as the store keeps them: title rows above the table are skipped and the columns are recognised by their names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook with the columns this kind of import expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with a record that is already in the database (same mobile, resident ID, plate or VIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Already in the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store “{store}” has no customers yet. You can look around in a demo store filled with made-up customers, or start with an empty store and enter your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates 2,000 made-up customers with their visits, prospects and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from level {level}: every {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS / WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>[{mark}]</source>
        <extracomment>The lowest spend that can make a customer anything but lead.
----------
Separator between the parts of a one-line summary (&quot;张三 · 138****5678 · 粤B12345&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>Walk-ins and calls</source>
        <extracomment>(key, label) of each stage, in funnel order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the funnel to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the funnel as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins}, calls {calls}. From first contact to delivery: {rate}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelSheet</name>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion from the stage above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of walk-ins and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall: first contact to delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <extracomment>From the first (widest) stage to the last: the app&apos;s chart colours (ui/funnel_chart.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins {walk_ins}, calls {calls}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search phone, plate, name or pinyin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderDialog</name>
    <message>
        <source>Edit prospect: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Accord, Camry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compe&amp;titor models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Nothing has been recorded for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Files of type “{suffix}” cannot be imported; please save the workbook as Excel (.xlsx) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found: the sheet needs a row of column names above the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for every required field before importing: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is required but empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date; write dates as 2026-11-03, 2026/11/3 or 2026年11月3日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time; write times as 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 是 or 否 (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID was stored as a number in Excel, which loses its last digits; format the column as text and type the ID again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor left before arriving; the departure time is kept in the visit&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure as imported: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date lies in the future; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large; the largest accepted is {largest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell holds a formula with no saved value: open and save the file in Excel, or paste the column as values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has {count} characters; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not in the store&apos;s list; the field was left empty. Add it under Settings and import the row again if it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member is called “{value}”; the field was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer needs a mobile number or a resident ID, so that the same person is never entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle needs a plate number or a VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner is not in the database; give the owner&apos;s name with a mobile number or resident ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle with this plate or VIN is in the database; give the owner&apos;s name and mobile to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs the visitor&apos;s name or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers in the database have this number; the row was not imported. Merge the duplicates first or import the row by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number and the resident ID belong to two different customers in the database; the row was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as row {row} of this file; combined with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty fields were filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its fields were overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the database (no. {id}): {policy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is registered to another customer (no. {id}); the owner was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported, please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in empty fields</source>
        <extracomment>What each kind of import is called (the words are showroom.labels&apos;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} new, {updated} updated, {skipped} unchanged, {already} imported before, {rejected} not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. The rows counted above are saved; importing the file again adds the rest without duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example row: replace it with your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>A parser name (see ``parsing.Parsers``): text, name, mobile, phone, date, … Longest text accepted (the column&apos;s width in the database).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First service mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reverted: {deleted} records removed, {restored} restored, {kept} changed since and kept.</source>
        <extracomment>``progress(done, total)``; returning ``False`` cancels (nothing is changed). Ids per ``IN (…)`` list: well under SQLite&apos;s and PostgreSQL&apos;s parameter limits. Records the import created that are now deleted. Records the import updated that have their old values back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the import; kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has newer records of its own; kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted since the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can revert an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import number {id} has already been reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import number {id} is still running; it cannot be reverted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Imports</source>
        <extracomment>Reasons listed under the summary after a revert; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can revert an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert import {id} ({file})? The records it added are removed and the fields it changed get their old values back; records changed since are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting import {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was not reverted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the import was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Customers</source>
        <extracomment>``import_batches.kind``: what a file imported.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Running</source>
        <extracomment>``import_batches.status``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Excel or CSV files (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Mobile</source>
        <extracomment>Keyed by the values of ``showroom.services.search.MatchedOn`` (not imported: it is slow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last four digits of the mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home or office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelRules</name>
    <message>
        <source>Level {code} needs a name in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {code}: days must be between 1 and 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelRulesTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups falling on a weekend move to Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O (ordered) and F (lost) close a prospect: they have no follow-up interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <source>Lost: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Competitor model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>By reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} losses; reason confirmed by the manager: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyClass</name>
    <message>
        <source>Came every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed three or four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed more than four</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Showroom</source>
        <extracomment>Each language named in itself (an endonym is never translated, so anyone can find theirs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} — Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} will be used the next time Showroom starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom {version}

Visitor log, prospects, customer cards, service lists and daily reports for car dealerships.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Due by mileage, ~{km} km now</source>
        <extracomment>Whether the next one is the first maintenance (首保). The maintenance (or delivery) the interval runs from, and the odometer there. The odometer at the due mileage (basis + interval). The latest known reading the projection starts from. True when km/day is the store default (fewer than two usable readings).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file fills the field chosen beside it. Columns set to “not imported” are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, column names in row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is chosen for two columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Special mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. company fleet of 12 cars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkKind</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the other record of the same person. Its vehicles, visits, prospects, services, calls, complaints and marks move to this card; the merge can be undone later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, plate, VIN, name or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move everything of “{other}” to “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>{summary}

Shortcut: Ctrl+{number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Something went wrong; nothing was changed. Please try again.
({error})</source>
        <extracomment>Carries an announcement from whichever thread committed to the hub&apos;s own thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Order: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageStack</name>
    <message>
        <source>This page could not be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Visitor log</source>
        <extracomment>In the main window, which owns the front desk&apos;s keys (F2, Shift+F2, F4) so that they work from every page; a page shown on its own binds them itself. Stable identifier (settings, shortcuts, ``MainWindow.show_page``). English source of the title and the one-line summary, in the &quot;Pages&quot; context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every walk-in and phone call as it happens: who came, how they heard of us, which model they want and who served them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects graded H/A/B/C with their follow-ups, and who is due for a call today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer cards: personal details, vehicles, purchases and service history, special marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance due, post-sale care calls, insurance renewals, birthdays and complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily business report, the sales funnel and lost deals, as PDF and Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles, prospect levels, sources, car models and the store&apos;s own lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <extracomment>Printing above this resolution only makes the spool file bigger.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>view the visitor log</source>
        <extracomment>Reassign a prospect to another consultant, confirm a loss, comment as manager. Merge duplicates, anonymise on a deletion request. Work on every advisor&apos;s call list, not only the actor&apos;s own. Reports over every consultant (otherwise a consultant sees only their own figures). Set each consultant&apos;s monthly sales targets (the daily report&apos;s target columns). Exports and printouts with full phone numbers and resident IDs. Reveal one masked value on screen (audited). Soft-delete a record (hidden, kept, audited). Role → what it may do. The administrator maintains the system (users, settings, backups) and may see everything, but day-to-day management rights (exports with personal data in full, the audit view, loss confirmation) belong to the manager too. Names shown when a permission is refused (&quot;You may not: export personal data in full&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record visits and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work with other consultants&apos; prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign prospects and confirm losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge or anonymise customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view after-sales records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit after-sales records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on other advisors&apos; call lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view reports for the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set sales targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or print lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export personal data in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal masked personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up and restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow you to {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <extracomment>Light red behind a row that will not be imported, light yellow behind a doubtful one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows in red will not be imported; point at a row to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectCardDialog</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel o&amp;rder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect card: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drives: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the follow-up of {date}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectList</name>
    <message>
        <source>All consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectSheet</name>
    <message>
        <source>Prospect tracking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Column positions the screen reads (overdue colouring, level badge).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another consultant&apos;s conversation)</source>
        <extracomment>In place of what was said, for readers who may not read it (services/privacy.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectStatus</name>
    <message>
        <source>Following up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectTable</name>
    <message>
        <source>Visited, received by {name}</source>
        <extracomment>``loader(offset, limit)`` returns one page of the current list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prospects</name>
    <message>
        <source>Choose how you contacted the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next follow-up cannot be before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level after this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the order with “Order”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the loss with “Lost”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect is closed (ordered or lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the prospect was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect has no recorded loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price in yuan, e.g. 129800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose cash or loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order date is before the prospect was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the odometer in km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect belongs to another consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open order can be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery date is before the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VIN is already on another vehicle&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may only see your own prospects.</source>
        <extracomment>Sort keys of the lists: the today list puts overdue first, then the hottest level.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prospect level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new prospect starts at an open level; record an order or a loss on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active sales consultant.</source>
        <extracomment>The prospects that moved (already the new consultant&apos;s ones are left out). Customers whose own consultant followed the prospect.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different consultant to take the prospects over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>The card header fields a consultant edits, with their labels (field → label source).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the budget in yuan, e.g. 150000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose first car, additional or replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the colour to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the competitor models to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is cancelled.</source>
        <extracomment>The prospect&apos;s level after the cancel (None when the prospect did not reopen).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivered order cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>My follow-ups today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseType</name>
    <message>
        <source>First car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} prospects will move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open prospects of {consultant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSheets</name>
    <message>
        <source>Daily business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test-drive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <extracomment>Per target: (its name on the targets table).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly business report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins and orders per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>(no consultant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Daily business report</source>
        <extracomment>One row of a sheet as the table model takes it (column key → value). Every figure of the report is counted from these records. True while the report shown is being read again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the rows being saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Consultant: {name}</source>
        <extracomment>The :class:`CustomerHit` behind a row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceListTab</name>
    <message>
        <source>Name, plate or phone</source>
        <extracomment>Table column key → the service&apos;s sort key where they differ.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>Maintenance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceSheet</name>
    <message>
        <source>Maintenance due list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care calls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday greetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km now (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window}, as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceVisitDialog</name>
    <message>
        <source>Service visit: {vehicle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mileage (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ad&amp;visor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last read: {km}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;Sign out / switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Users</source>
        <extracomment>English source of the tab title, in the &quot;SettingsPage&quot; context. In the order the tabs appear.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to set yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>The one-letter form of a sheet&apos;s narrow column (the same word in Chinese: 男/女).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Set up the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Showroom. Choose the administrator&apos;s password: the administrator creates the accounts of everyone else. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store: every staff account&apos;s password is {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Database too new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invalid database address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom could not open the database
{location}

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Enter a whole number from 0 to {max}.</source>
        <extracomment>The target figures, in the order forms and reports show them. No showroom sells this many cars to one consultant in a month: a typo, not a target.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sales consultant from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may change the targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the targets of {count} consultant(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Showroom is locked</source>
        <extracomment>How often the lock looks at the clock (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after {minutes} minutes without use. {name}, please type your password to go on; what was open is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate / activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The mobile number has {count} digits; a mainland mobile number has 11 and starts with 13–19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mainland mobile number starts with 13–19; this one starts with {prefix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number contains “{char}”; please enter digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland mobile numbers (+86) can be entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a mobile number (11 digits starting with 13–19) or a landline with its area code, e.g. 010-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension must be 1 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland phone numbers (+86) can be entered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number contains “{char}”; please enter digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add the area code in front of the landline number, e.g. 010-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The landline number after area code {area} has {count} digits; it needs 7 or 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID may contain only digits, with X allowed as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID has {count} characters; it needs 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID starts with {code}, which is not a province code; please check the first two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in this resident ID ({date}) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in this resident ID ({date}) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in this resident ID ({date}) is before 1900; please check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character of this resident ID does not match; please check each digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old 15-digit resident ID, which is no longer valid; please ask for the 18-digit number if possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate number starts with a province character such as 京 or 粤; “{char}” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embassy plate is 使 followed by 6 digits, e.g. 使123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate numbers never use the letters I or O; did you mean 1 or 0?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate number has {count} characters; it needs 7 (or 8 for a new-energy vehicle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second character of a plate number is a letter A–Z; “{char}” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate number {plate} is not in a valid format; an ordinary plate looks like 京A12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate number {plate} is not a valid new-energy plate: a small car has D or F after the city letter (e.g. 沪AD12345), a large vehicle ends with D or F (e.g. 苏E12345D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VINs never contain the letters I, O or Q; did you mean 1 or 0?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN contains “{char}”; only letters and digits are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN has {count} characters; it needs 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 9th character of this VIN does not match its check digit; please compare the VIN with the vehicle documents. Some VINs do not use the check digit, so it can still be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has only digits, e.g. 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode has {count} digits; it needs 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address needs one @ between the name and the domain, e.g. name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is too long; it can have at most 254 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before @ in the email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after @ ({domain}) is not a valid domain, e.g. qq.com or 163.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <extracomment>Unicode categories that draw nothing: format characters (U+200B, U+200F, U+202E …), separators and unassigned code points.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible control character; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shows no letters; please type the visitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be only digits; was a phone number typed into the name field?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has {count} characters; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has {count} characters; at most {limit} fit.</source>
        <extracomment>Odometers above this are typing errors (no car in a showroom&apos;s life reaches it). Amounts in yuan must stay below this (the columns hold 10 digits, two of them decimals).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the kilometres as a whole number, e.g. 12500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{km} km cannot be right; please check the odometer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the amount in yuan, e.g. 680.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be between 0 and 99,999,999.99 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueClass</name>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Edit vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bought here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First service visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ileage at first visit (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitField</name>
    <message>
        <source>Date</source>
        <extracomment>The fields of a visitor-log row, as a conflict message names them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in / call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Correct a visit</source>
        <extracomment>Typing pauses this long (ms) before the lookup runs: one query per pause, not per key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number, or part of a name, a plate, pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this customer</source>
        <extracomment>Enter was pressed in the search while its lookup was still out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 张伟, or 王先生 if not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or name of the referring customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took a test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, empty while still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone / search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part&amp;y size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colo&amp;ur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purc&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in / call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultant {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} visits, last {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no visits logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning visitor: {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitSheet</name>
    <message>
        <source>Showroom visitor log (walk-ins and calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in/call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First/repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <extracomment>Column positions the row styling reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitorLogPage</name>
    <message>
        <source>Today</source>
        <extracomment>Rows read at a time; more are read as the table scrolls down. Pixels per character unit of a column&apos;s width in the sheet. The records this page shows: a write to any of them refreshes it. The entry form&apos;s pick lists offer the store&apos;s usual choices first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New call (Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departed (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} visits and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in the showroom now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer record was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prospect was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the visitor who is leaving first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the visit to correct first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the visit to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the visit of {who} at {time} deleted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the visit of {who} at {time}? It leaves the log and the reports; the audit trail keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the visitor log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Please enter the arrival time.</source>
        <extracomment>Clocks of workstations differ a little; an arrival this far ahead is still &quot;now&quot;. The consent channel recorded when a visitor leaves contact details at reception.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival time {time} is in the future; please check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure time {departed} is before the arrival time {arrived}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure time {time} is in the future; leave it empty while the visitor is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose walk-in or phone call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose male or female, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party size must be between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the visitor&apos;s name: a visitor who leaves a phone number becomes a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how the visitor heard of us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is not in the store&apos;s list any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pick the customer who referred this visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referring customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is not in the store&apos;s list any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose first car, additional car or replacement, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level {level} is not a level a visitor can be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A graded visitor becomes a prospect: please enter their phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the consultant who takes the visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not an active sales consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked customer was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number belongs to {name}; link the visitor to them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was not found; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure was already recorded at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation kept saving the same customer at this moment; nothing was saved. Please save again.</source>
        <extracomment>None only for an anonymous guest whose store does not require a consultant. A save that lost a race with another workstation&apos;s save is made again, from the start (reading what the other one wrote), up to this many times.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager may change or delete a visit of an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say why this visit is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason can have at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

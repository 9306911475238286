<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="126"/>
        <source>The sign-in name “{name}” is already used. Choose another.</source>
        <translation>The sign-in name “{name}” is already used. Choose another.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="131"/>
        <source>The password is too weak: {reasons}.</source>
        <translation>The password is too weak: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="133"/>
        <source>Your role may not add officers. Ask the commune&apos;s officer.</source>
        <translation>Your role may not add officers. Ask the commune&apos;s officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="136"/>
        <source>The officer could not be added ({error}). Nothing was changed; try again.</source>
        <translation>The officer could not be added ({error}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="172"/>
        <source>Add an officer</source>
        <translation>Add an officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="175"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="175"/>
        <source>Sign-in name:</source>
        <translation>Sign-in name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="175"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="182"/>
        <source>Add officer</source>
        <translation>Add officer</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/application.py" line="162"/>
        <source>There is no register in this folder yet.</source>
        <translation>There is no register in this folder yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="165"/>
        <source>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</source>
        <translation>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="173"/>
        <source>The register in this folder cannot be opened.</source>
        <translation>The register in this folder cannot be opened.</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="79"/>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="80"/>
        <source>Step 1 of 4</source>
        <translation>Step 1 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="83"/>
        <source>Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).</source>
        <translation>Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="87"/>
        <source>Search: name or code</source>
        <translation>Search: name or code</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/first_run/commune_page.py" line="103"/>
        <source>%n unit(s) found</source>
        <translation>
            <numerusform>%n unit found</numerusform>
            <numerusform>%n units found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="57"/>
        <source>A register already exists in this folder. Close BVTE and open it instead; nothing was overwritten.</source>
        <translation>A register already exists in this folder. Close BVTE and open it instead; nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="62"/>
        <source>The register could not be written to the data folder ({error}). Check that the disk has free space and the folder may be written, then try again.</source>
        <translation>The register could not be written to the data folder ({error}). Check that the disk has free space and the folder may be written, then try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="90"/>
        <source>Creating the register</source>
        <translation>Creating the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="91"/>
        <source>Step 3 of 4</source>
        <translation>Step 3 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="92"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="96"/>
        <source>The encrypted register is ready.</source>
        <translation>The encrypted register is ready.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/create_page.py" line="100"/>
        <source>Creating the encrypted register and protecting it with your password. This takes a few seconds…</source>
        <translation>Creating the encrypted register and protecting it with your password. This takes a few seconds…</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/register/export.py" line="48"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="49"/>
        <source>Writing the list to %1…</source>
        <translation>Writing the list to %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="50"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="84"/>
        <location filename="../desktop/ui/register/filters.py" line="123"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="124"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="124"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="131"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="140"/>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="141"/>
        <source>A&amp;ge</source>
        <translation>A&amp;ge</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="142"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="143"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="144"/>
        <source>Open &amp;case</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="145"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="146"/>
        <source>All&amp;owance</source>
        <translation>All&amp;owance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/filters.py" line="150"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="118"/>
        <source>BVTE — Set up the children&apos;s register</source>
        <translation>BVTE — Set up the children&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="120"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="121"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="122"/>
        <source>Open the register</source>
        <translation>Open the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="123"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="267"/>
        <source>BVTE — Children&apos;s register</source>
        <translation>BVTE — Children&apos;s register</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="245"/>
        <source>Register: %Ln children</source>
        <translation>
            <numerusform>Register: %Ln child</numerusform>
            <numerusform>Register: %Ln children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="239"/>
        <source>Officer: {officer} · {commune}</source>
        <translation>Officer: {officer} · {commune}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="248"/>
        <source>Not synced: …</source>
        <translation>Not synced: …</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="251"/>
        <source>Not synced: %Ln change(s)</source>
        <translation>
            <numerusform>Not synced: %Ln change</numerusform>
            <numerusform>Not synced: %Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="253"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="256"/>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="274"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="276"/>
        <source>Close the register now; your unsaved entries are kept as drafts.</source>
        <translation>Close the register now; your unsaved entries are kept as drafts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="278"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="79"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="80"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="81"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="82"/>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="83"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="84"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="85"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="86"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="90"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="91"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="100"/>
        <source>At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.</source>
        <translation>At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="109"/>
        <source>Not yet: {reasons}.</source>
        <translation>Not yet: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="113"/>
        <source>The password is strong enough.</source>
        <translation>The password is strong enough.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="86"/>
        <source>The first officer</source>
        <translation>The first officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="87"/>
        <source>Step 2 of 4</source>
        <translation>Step 2 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="90"/>
        <source>This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.</source>
        <translation>This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="96"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="96"/>
        <source>Sign-in name:</source>
        <translation>Sign-in name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="96"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="103"/>
        <source>Create the register</source>
        <translation>Create the register</translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="12"/>
        <source>use at least {n} characters</source>
        <translation>use at least {n} characters</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="15"/>
        <source>do not use only digits</source>
        <translation>do not use only digits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="18"/>
        <source>mix capitals, small letters, digits or symbols (or use {n} characters or more)</source>
        <translation>mix capitals, small letters, digits or symbols (or use {n} characters or more)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="22"/>
        <source>this password is too common; choose another</source>
        <translation>this password is too common; choose another</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="34"/>
        <source>type the same password again below</source>
        <translation>type the same password again below</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="38"/>
        <source>the two passwords are not the same</source>
        <translation>the two passwords are not the same</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="61"/>
        <source>This part of the register is coming in a later version of BVTE.</source>
        <translation>This part of the register is coming in a later version of BVTE.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/application.py" line="63"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="64"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="65"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="66"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="67"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="68"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="51"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="53"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="54"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="55"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/application.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="57"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="58"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="60"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="61"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="62"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="33"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="35"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="36"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="37"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="38"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="39"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="40"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="41"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="42"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="43"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="44"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="45"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="46"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="47"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="48"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="49"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="50"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../desktop/ui/application.py" line="69"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="70"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="71"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="73"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="129"/>
        <source>This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).</source>
        <translation>This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="134"/>
        <source>This recovery key does not open this register. Find the key printed when this register was created.</source>
        <translation>This recovery key does not open this register. Find the key printed when this register was created.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/recovery.py" line="139"/>
        <source>Too many wrong recovery keys. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong recovery keys. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong recovery keys. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="155"/>
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="158"/>
        <source>Type the recovery key printed when the register was created, then choose a new password for {name}.</source>
        <translation>Type the recovery key printed when the register was created, then choose a new password for {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="162"/>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="163"/>
        <source>Set password and open</source>
        <translation>Set password and open</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="87"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="107"/>
        <source>BVTE — Recovery key of the register</source>
        <translation>BVTE — Recovery key of the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="108"/>
        <source>Unit: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="109"/>
        <source>Made on: {day}</source>
        <translation>Made on: {day}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="124"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="125"/>
        <source>Step 4 of 4</source>
        <translation>Step 4 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="128"/>
        <source>If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.</source>
        <translation>If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="134"/>
        <source>Keep the paper locked away, apart from this PC. Anyone with this key can read the children&apos;s records.</source>
        <translation>Keep the paper locked away, apart from this PC. Anyone with this key can read the children&apos;s records.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="138"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="139"/>
        <source>I have written down or printed the recovery key</source>
        <translation>I have written down or printed the recovery key</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="12"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="13"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="14"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="15"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="16"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="17"/>
        <source>Village/residential group</source>
        <translation>Village/residential group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="18"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="19"/>
        <source>Special circumstances</source>
        <translation>Special circumstances</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="20"/>
        <source>Carers</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="21"/>
        <source>Carers&apos; phones</source>
        <translation>Carers&apos; phones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="22"/>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="23"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/columns.py" line="24"/>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../desktop/ui/register/export.py" line="85"/>
        <source>The export was stopped; no file was written.</source>
        <translation>The export was stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="89"/>
        <source>Your role may not export ID numbers, ethnicity, special circumstances or carers&apos; phones. Hide those columns and export again.</source>
        <translation>Your role may not export ID numbers, ethnicity, special circumstances or carers&apos; phones. Hide those columns and export again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="95"/>
        <source>The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.</source>
        <translation>The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="100"/>
        <source>The export failed ({0}). Nothing was written; try again.</source>
        <translation>The export failed ({0}). Nothing was written; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="108"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/export.py" line="109"/>
        <source>%n children exported to %1.</source>
        <translation>%n children exported to %1.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../desktop/ui/register/model.py" line="141"/>
        <source>Only the year (or age) is known; day and month are estimated.</source>
        <translation>Only the year (or age) is known; day and month are estimated.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="269"/>
        <source>%1 (estimated)</source>
        <translation>%1 (estimated)</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../desktop/ui/register/view.py" line="43"/>
        <source>Search by name, ID number, carer, village — no need to type accents</source>
        <translation>Search by name, ID number, carer, village — no need to type accents</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/register/view.py" line="145"/>
        <location filename="../desktop/ui/register/view.py" line="160"/>
        <source>%Ln children</source>
        <translation>
            <numerusform>%Ln child</numerusform>
            <numerusform>%Ln children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/register/view.py" line="149"/>
        <source>First %Ln matches — type more to narrow</source>
        <translation>
            <numerusform>First %Ln match — type more to narrow</numerusform>
            <numerusform>First %Ln matches — type more to narrow</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="151"/>
        <source>No child found</source>
        <translation>No child found</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/register/view.py" line="153"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="158"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="167"/>
        <source>The register is busy (another program is using it). Wait a moment, then type the search again.</source>
        <translation>The register is busy (another program is using it). Wait a moment, then type the search again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="172"/>
        <source>The register file could not be read; it may be damaged. Nothing was changed. Close the app, run &apos;bvte doctor&apos; and restore the latest backup if it says so.</source>
        <translation>The register file could not be read; it may be damaged. Nothing was changed. Close the app, run &apos;bvte doctor&apos; and restore the latest backup if it says so.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/view.py" line="177"/>
        <source>The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run &apos;bvte doctor&apos;.</source>
        <translation>The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run &apos;bvte doctor&apos;.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="182"/>
        <source> (you)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="205"/>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="252"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="253"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="254"/>
        <source>Language of the app:</source>
        <translation>Language of the app:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="255"/>
        <source>Automatic lock</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="256"/>
        <source>Lock after this many minutes without use:</source>
        <translation>Lock after this many minutes without use:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="257"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="258"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="259"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="260"/>
        <source>Use the default</source>
        <translation>Use the default</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="261"/>
        <source>City server</source>
        <translation>City server</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="262"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="263"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="264"/>
        <source>Officers of this register</source>
        <translation>Officers of this register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="265"/>
        <source>Add an officer…</source>
        <translation>Add an officer…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="268"/>
        <source>Each officer opens the register with a password of their own.</source>
        <translation>Each officer opens the register with a password of their own.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="271"/>
        <source>Your role may not add officers.</source>
        <translation>Your role may not add officers.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="283"/>
        <source>From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.</source>
        <translation>From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="289"/>
        <source>From the next start BVTE uses the default folder {folder}.</source>
        <translation>From the next start BVTE uses the default folder {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="295"/>
        <source>The register and its key file are kept in this folder. Back it up.</source>
        <translation>The register and its key file are kept in this folder. Back it up.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="300"/>
        <source>Sync sends this PC&apos;s changes to this address.</source>
        <translation>Sync sends this PC&apos;s changes to this address.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="301"/>
        <source>Address saved.</source>
        <translation>Address saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="302"/>
        <source>No server address: this PC will not sync.</source>
        <translation>No server address: this PC will not sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="304"/>
        <source>This is not a server address. It starts with https:// (or http://), e.g. https://bvte.haiphong.gov.vn</source>
        <translation>This is not a server address. It starts with https:// (or http://), e.g. https://bvte.haiphong.gov.vn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="307"/>
        <source>The address could not be saved. Try again.</source>
        <translation>The address could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="12"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="18"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="24"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="30"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>The register is being used by another program. Close that program (or wait a moment) and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="36"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>This officer is no longer in the register. Choose another officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="39"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="315"/>
        <source>Open the children&apos;s register</source>
        <translation>Open the children&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="316"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Children&apos;s register — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="318"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Choose your name and type your password to open the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="323"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="333"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="321"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="244"/>
        <source>You can type your password again now.</source>
        <translation>You can type your password again now.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="305"/>
        <source>BVTE is locked</source>
        <translation>BVTE is locked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="306"/>
        <source>The register is locked</source>
        <translation>The register is locked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="309"/>
        <source>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</source>
        <translation>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="313"/>
        <source>Close BVTE</source>
        <translation>Close BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="320"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="322"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="258"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="263"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second, or use the recovery key.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds, or use the recovery key.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="333"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="20"/>
        <source>This case has no data for that form yet (for example no plan or no decision). Enter it first, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="26"/>
        <source>The record was not found; it may have been deleted. Refresh the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="32"/>
        <source>The form template file %1 has an error at &apos;%2&apos;. Ask the technical staff to fix or restore the files in resources/forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="43"/>
        <source>The document could not be prepared. Saved data is not affected; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="80"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="33"/>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/printing/preview.py" line="48"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="50"/>
        <source>Restricted information is hidden for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="54"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="55"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="57"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="76"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="116"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="118"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="132"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="134"/>
        <source>The file could not be written. Choose another folder (for example Documents) and check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

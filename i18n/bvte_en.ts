<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/application.py" line="134"/>
        <source>There is no register in this folder yet.</source>
        <translation>There is no register in this folder yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="137"/>
        <source>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</source>
        <translation>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="145"/>
        <source>The register in this folder cannot be opened.</source>
        <translation>The register in this folder cannot be opened.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="27"/>
        <source>BVTE — Children&apos;s register</source>
        <translation>BVTE — Children&apos;s register</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="54"/>
        <source>Register: %Ln children</source>
        <translation>
            <numerusform>Register: %Ln child</numerusform>
            <numerusform>Register: %Ln children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="59"/>
        <source>Officer: {officer} · {commune}</source>
        <translation>Officer: {officer} · {commune}</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="52"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="53"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="54"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="55"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="56"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/application.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="58"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="59"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="60"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="61"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="62"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="63"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/application.py" line="34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="35"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="36"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="37"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="38"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="39"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="40"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="41"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="43"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="44"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="45"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="46"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="47"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="48"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="49"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="50"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="51"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../desktop/ui/register/model.py" line="65"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="66"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="67"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="68"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="69"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="70"/>
        <source>Village/residential group</source>
        <translation>Village/residential group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="127"/>
        <source>Only the year (or age) is known; day and month are estimated.</source>
        <translation>Only the year (or age) is known; day and month are estimated.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/register/model.py" line="240"/>
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
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="37"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="43"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="49"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="55"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>The register is being used by another program. Close that program (or wait a moment) and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="61"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>This officer is no longer in the register. Choose another officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="64"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="95"/>
        <source>Open the children&apos;s register</source>
        <translation>Open the children&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="98"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Children&apos;s register — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="104"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Choose your name and type your password to open the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="136"/>
        <location filename="../desktop/ui/unlock/dialog.py" line="257"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="141"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="142"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="199"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="225"/>
        <source>You can try your password again now.</source>
        <translation>You can try your password again now.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="229"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second, or use the recovery key.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds, or use the recovery key.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="254"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
</context>
</TS>

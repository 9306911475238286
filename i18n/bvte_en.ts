<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddOfficerDialog</name>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="96"/>
        <source>The sign-in name “{name}” is already used. Choose another.</source>
        <translation>The sign-in name “{name}” is already used. Choose another.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="101"/>
        <source>The password is too weak: {reasons}.</source>
        <translation>The password is too weak: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="103"/>
        <source>Your role may not add officers. Ask the commune&apos;s officer.</source>
        <translation>Your role may not add officers. Ask the commune&apos;s officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="106"/>
        <source>The officer could not be added ({error}). Nothing was changed; try again.</source>
        <translation>The officer could not be added ({error}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="137"/>
        <source>Add an officer</source>
        <translation>Add an officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="140"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="140"/>
        <source>Sign-in name:</source>
        <translation>Sign-in name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="140"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/add_officer.py" line="147"/>
        <source>Add officer</source>
        <translation>Add officer</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../desktop/ui/application.py" line="72"/>
        <source>There is no register in this folder yet.</source>
        <translation>There is no register in this folder yet.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="75"/>
        <source>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</source>
        <translation>Folder: {folder}

To create a register, run &apos;bvte init&apos;. To try the app with sample children, run &apos;bvte demo&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/application.py" line="83"/>
        <source>The register in this folder cannot be opened.</source>
        <translation>The register in this folder cannot be opened.</translation>
    </message>
</context>
<context>
    <name>BundleBox</name>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="61"/>
        <source>Without a network: sync by file</source>
        <translation>Without a network: sync by file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="67"/>
        <source>A PC with no connection sends its changes on a USB stick; any connected BVTE PC of the city carries the file to the server and saves the answer, which brings back the commune&apos;s news.</source>
        <translation>A PC with no connection sends its changes on a USB stick; any connected BVTE PC of the city carries the file to the server and saves the answer, which brings back the commune&apos;s news.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="74"/>
        <source>Export a file for the city...</source>
        <translation>Export a file for the city...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="77"/>
        <source>Import the answer...</source>
        <translation>Import the answer...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="81"/>
        <source>Carry another PC&apos;s file to the server...</source>
        <translation>Carry another PC&apos;s file to the server...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="85"/>
        <source>Enrol by file...</source>
        <translation>Enrol by file...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="163"/>
        <source>Something went wrong (%1). Nothing was lost.</source>
        <translation>Something went wrong (%1). Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="183"/>
        <source>Save the file for the city</source>
        <translation>Save the file for the city</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="184"/>
        <location filename="../desktop/ui/sync/bundles.py" line="218"/>
        <location filename="../desktop/ui/sync/bundles.py" line="253"/>
        <location filename="../desktop/ui/sync/bundles.py" line="259"/>
        <source>BVTE sync files (*.bvte)</source>
        <translation>BVTE sync files (*.bvte)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="191"/>
        <source>Writing the file...</source>
        <translation>Writing the file...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="198"/>
        <source>%1 changes were written to %2, sealed: only the city server can read them.</source>
        <translation>%1 changes were written to %2, sealed: only the city server can read them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="202"/>
        <source>No change waits to be sent: the file %1 asks the city for the commune&apos;s news.</source>
        <translation>No change waits to be sent: the file %1 asks the city for the commune&apos;s news.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="206"/>
        <source>%1 changes did not fit; they go in the next file, once this file&apos;s answer is imported.</source>
        <translation>%1 changes did not fit; they go in the next file, once this file&apos;s answer is imported.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="210"/>
        <source>The file also completes this PC&apos;s enrolment.</source>
        <translation>The file also completes this PC&apos;s enrolment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="212"/>
        <source>Take it to a connected BVTE PC of the city and bring its answer back.</source>
        <translation>Take it to a connected BVTE PC of the city and bring its answer back.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="217"/>
        <source>Choose the answer file</source>
        <translation>Choose the answer file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="224"/>
        <source>Importing the answer...</source>
        <translation>Importing the answer...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="230"/>
        <source>The answer is imported: %1 changes taken by the server, %2 conflicts, %3 refused, %4 records received.</source>
        <translation>The answer is imported: %1 changes taken by the server, %2 conflicts, %3 refused, %4 records received.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="241"/>
        <source>The city has confirmed this PC&apos;s enrolment.</source>
        <translation>The city has confirmed this PC&apos;s enrolment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="244"/>
        <source>%1 records wait for the records they belong to; the next answer brings them.</source>
        <translation>%1 records wait for the records they belong to; the next answer brings them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="252"/>
        <source>Choose the file of the PC with no network</source>
        <translation>Choose the file of the PC with no network</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="258"/>
        <source>Save the server&apos;s answer</source>
        <translation>Save the server&apos;s answer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="267"/>
        <source>Sending the file to the server and waiting for its answer...</source>
        <translation>Sending the file to the server and waiting for its answer...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="277"/>
        <source>The server took the file: %1 changes of commune %2. The answer is %3: copy it to the USB stick and import it on the PC that made the file.</source>
        <translation>The server took the file: %1 changes of commune %2. The answer is %3: copy it to the USB stick and import it on the PC that made the file.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="301"/>
        <source>Choose the enrolment file</source>
        <translation>Choose the enrolment file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="302"/>
        <source>BVTE enrolment files (*.bvte-enrol)</source>
        <translation>BVTE enrolment files (*.bvte-enrol)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="308"/>
        <source>Reading the enrolment file...</source>
        <translation>Reading the enrolment file...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="320"/>
        <source>Checking the code (a few seconds)...</source>
        <translation>Checking the code (a few seconds)...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundles.py" line="326"/>
        <source>This PC is enrolled by file for %1. Export a file for the city and let it reach the server before %2: its answer completes the enrolment.</source>
        <translation>This PC is enrolled by file for %1. Export a file for the city and let it reach the server before %2: its answer completes the enrolment.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="13"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="14"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="15"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="16"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="17"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="18"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="19"/>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="69"/>
        <source>Provisional number, until the city server confirms it</source>
        <translation>Provisional number, until the city server confirms it</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="78"/>
        <source>(child not yet identified)</source>
        <translation>(child not yet identified)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="87"/>
        <source>{0} · emergency</source>
        <translation>{0} · emergency</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/list_model.py" line="99"/>
        <source>{0} (overdue)</source>
        <translation>{0} (overdue)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="159"/>
        <source>← Cases</source>
        <translation>← Cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="160"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="165"/>
        <source>Preview, print or save this case&apos;s forms as PDF</source>
        <translation>Preview, print or save this case&apos;s forms as PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="167"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="171"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="174"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="174"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="174"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="203"/>
        <source>child not yet identified</source>
        <translation>child not yet identified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="204"/>
        <source>Case {0} · {1}</source>
        <translation>Case {0} · {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="207"/>
        <source>risk: {0}</source>
        <translation>risk: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="208"/>
        <source>emergency case</source>
        <translation>emergency case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="209"/>
        <source>received {0} via {1}</source>
        <translation>received {0} via {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="210"/>
        <source>officer: {0}</source>
        <translation>officer: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="311"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="312"/>
        <source>Hotline 111 reference</source>
        <translation>Hotline 111 reference</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="313"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="314"/>
        <source>Forms of abuse</source>
        <translation>Forms of abuse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="315"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="316"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="317"/>
        <source>Likely outcome without help</source>
        <translation>Likely outcome without help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="318"/>
        <source>Already done</source>
        <translation>Already done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="323"/>
        <source>Temporary isolation</source>
        <translation>Temporary isolation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="324"/>
        <source>{0} until {1} at {2}</source>
        <translation>{0} until {1} at {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="357"/>
        <source>Show (recorded in the audit log)</source>
        <translation>Show (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="362"/>
        <source>Hidden for your role</source>
        <translation>Hidden for your role</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="371"/>
        <source>HIV positive</source>
        <translation>HIV positive</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="372"/>
        <source>HIV negative</source>
        <translation>HIV negative</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="373"/>
        <location filename="../desktop/ui/cases/case_page.py" line="374"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="31"/>
        <source>Report received (form 01)</source>
        <translation>Report received (form 01)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="32"/>
        <source>Child identified in the register</source>
        <translation>Child identified in the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="33"/>
        <source>Initial assessment (form 02)</source>
        <translation>Initial assessment (form 02)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="112"/>
        <location filename="../desktop/ui/cases/texts.py" line="34"/>
        <source>Emergency measures</source>
        <translation>Emergency measures</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="35"/>
        <source>Temporary isolation decided (form 07)</source>
        <translation>Temporary isolation decided (form 07)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="36"/>
        <source>Isolation extended</source>
        <translation>Isolation extended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="37"/>
        <source>Isolation ended</source>
        <translation>Isolation ended</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="38"/>
        <source>Detailed assessment (form 03)</source>
        <translation>Detailed assessment (form 03)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="213"/>
        <location filename="../desktop/ui/cases/texts.py" line="39"/>
        <source>Case meeting</source>
        <translation>Case meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="40"/>
        <source>Plan drafting started (form 04)</source>
        <translation>Plan drafting started (form 04)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="41"/>
        <source>Draft plan saved</source>
        <translation>Draft plan saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="42"/>
        <source>Plan submitted to the Chairman</source>
        <translation>Plan submitted to the Chairman</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="43"/>
        <source>Plan approved (form 05)</source>
        <translation>Plan approved (form 05)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="44"/>
        <source>Plan returned for changes</source>
        <translation>Plan returned for changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="45"/>
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="368"/>
        <location filename="../desktop/ui/cases/texts.py" line="46"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="47"/>
        <source>Review (form 06)</source>
        <translation>Review (form 06)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="302"/>
        <location filename="../desktop/ui/cases/texts.py" line="48"/>
        <source>New plan cycle</source>
        <translation>New plan cycle</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="49"/>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="50"/>
        <source>Closed without intervention</source>
        <translation>Closed without intervention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="51"/>
        <source>Case transferred</source>
        <translation>Case transferred</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="52"/>
        <source>Case reopened</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="54"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="57"/>
        <source>Initial assessment (12 hours)</source>
        <translation>Initial assessment (12 hours)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="58"/>
        <source>Emergency measures (12 hours)</source>
        <translation>Emergency measures (12 hours)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="59"/>
        <source>Draft the plan (5 working days)</source>
        <translation>Draft the plan (5 working days)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="60"/>
        <source>Plan approval (2 working days)</source>
        <translation>Plan approval (2 working days)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="61"/>
        <source>Temporary isolation ends</source>
        <translation>Temporary isolation ends</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="62"/>
        <source>Plan task</source>
        <translation>Plan task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="63"/>
        <source>Home visit due</source>
        <translation>Home visit due</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="67"/>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="68"/>
        <source>Alleged perpetrator</source>
        <translation>Alleged perpetrator</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="69"/>
        <source>Sexual abuse details</source>
        <translation>Sexual abuse details</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="70"/>
        <source>HIV status</source>
        <translation>HIV status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="71"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="75"/>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="76"/>
        <source>emergency</source>
        <translation>emergency</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="77"/>
        <source>chaired by</source>
        <translation>chaired by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="78"/>
        <source>attendees</source>
        <translation>attendees</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="79"/>
        <source>decision no.</source>
        <translation>decision no.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="80"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="81"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="82"/>
        <source>total cost</source>
        <translation>total cost</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="83"/>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="84"/>
        <source>child seen</source>
        <translation>child seen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="85"/>
        <source>next visit</source>
        <translation>next visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="86"/>
        <source>signed by</source>
        <translation>signed by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="90"/>
        <source>This step cannot be taken while the case is at its current stage.</source>
        <translation>This step cannot be taken while the case is at its current stage.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="93"/>
        <source>The child is in danger: record the emergency measures or the isolation decision first.</source>
        <translation>The child is in danger: record the emergency measures or the isolation decision first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="97"/>
        <source>This case is already linked to a child in the register.</source>
        <translation>This case is already linked to a child in the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="100"/>
        <source>A child at high risk or in danger cannot be closed without intervention. Continue with the detailed assessment.</source>
        <translation>A child at high risk or in danger cannot be closed without intervention. Continue with the detailed assessment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="105"/>
        <source>The temporary isolation is still in force. End it before closing the case.</source>
        <translation>The temporary isolation is still in force. End it before closing the case.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="108"/>
        <source>The latest review did not propose closing the case.</source>
        <translation>The latest review did not propose closing the case.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="111"/>
        <source>The latest review did not ask for a new plan.</source>
        <translation>The latest review did not ask for a new plan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="114"/>
        <location filename="../desktop/ui/cases/texts.py" line="152"/>
        <source>Write the reason.</source>
        <translation>Write the reason.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="115"/>
        <source>The time received is in the future. Check the date and time.</source>
        <translation>The time received is in the future. Check the date and time.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="118"/>
        <source>A report from hotline 111 needs the hotline&apos;s reference number.</source>
        <translation>A report from hotline 111 needs the hotline&apos;s reference number.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="121"/>
        <source>Choose the child from the register, or describe a child not yet identified.</source>
        <translation>Choose the child from the register, or describe a child not yet identified.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="124"/>
        <source>Tick at least one form of abuse for an abused child.</source>
        <translation>Tick at least one form of abuse for an abused child.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="127"/>
        <source>Sexual abuse details need &apos;Sexual abuse&apos; ticked among the forms of abuse.</source>
        <translation>Sexual abuse details need &apos;Sexual abuse&apos; ticked among the forms of abuse.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="130"/>
        <source>Describe the emergency measures taken.</source>
        <translation>Describe the emergency measures taken.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="133"/>
        <source>Enter the number of the Chairman&apos;s signed decision.</source>
        <translation>Enter the number of the Chairman&apos;s signed decision.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="136"/>
        <source>An isolation decision is already in force; extend it instead.</source>
        <translation>An isolation decision is already in force; extend it instead.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="139"/>
        <source>Enter the safe place.</source>
        <translation>Enter the safe place.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="140"/>
        <source>Enter who cares for the child.</source>
        <translation>Enter who cares for the child.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="141"/>
        <source>Temporary isolation may last at most 15 days unless an authority orders longer.</source>
        <translation>Temporary isolation may last at most 15 days unless an authority orders longer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="145"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="148"/>
        <source>No isolation is in force.</source>
        <translation>No isolation is in force.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="149"/>
        <source>The new end date must be later than the current one.</source>
        <translation>The new end date must be later than the current one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="153"/>
        <source>Isolation ends after a new detailed assessment finds the home safe. Record it first.</source>
        <translation>Isolation ends after a new detailed assessment finds the home safe. Record it first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="157"/>
        <source>Fill in at least one item of the assessment.</source>
        <translation>Fill in at least one item of the assessment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="160"/>
        <source>Enter who chaired the meeting.</source>
        <translation>Enter who chaired the meeting.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="161"/>
        <source>List the people who attended, one per line.</source>
        <translation>List the people who attended, one per line.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="164"/>
        <source>Record the detailed assessment before drafting the plan.</source>
        <translation>Record the detailed assessment before drafting the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="167"/>
        <source>Record the case meeting chaired by the Chairman before drafting the plan.</source>
        <translation>Record the case meeting chaired by the Chairman before drafting the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="170"/>
        <source>There is no draft plan.</source>
        <translation>There is no draft plan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="171"/>
        <source>Add at least one task to the plan.</source>
        <translation>Add at least one task to the plan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="172"/>
        <source>Task {position} needs who is responsible, a start date and an end date.</source>
        <translation>Task {position} needs who is responsible, a start date and an end date.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="175"/>
        <source>Task {position} has no description.</source>
        <translation>Task {position} has no description.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="176"/>
        <source>Task {position} has a negative cost.</source>
        <translation>Task {position} has a negative cost.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="177"/>
        <source>Task {position} ends before it starts.</source>
        <translation>Task {position} ends before it starts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="180"/>
        <source>No plan is waiting for approval.</source>
        <translation>No plan is waiting for approval.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="181"/>
        <source>Write why the plan is returned.</source>
        <translation>Write why the plan is returned.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="182"/>
        <source>That task is not in the approved plan.</source>
        <translation>That task is not in the approved plan.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="183"/>
        <source>Enter the decision number.</source>
        <translation>Enter the decision number.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="184"/>
        <source>Enter who signed the decision.</source>
        <translation>Enter who signed the decision.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="185"/>
        <source>The decision date is before the plan was submitted.</source>
        <translation>The decision date is before the plan was submitted.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="188"/>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="189"/>
        <source>Rate every criterion.</source>
        <translation>Rate every criterion.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="190"/>
        <source>The harm is still serious or the abuser can still reach the child: the case cannot be closed. Choose a new plan cycle.</source>
        <translation>The harm is still serious or the abuser can still reach the child: the case cannot be closed. Choose a new plan cycle.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="195"/>
        <source>Choose the commune the case goes to (5-digit code).</source>
        <translation>Choose the commune the case goes to (5-digit code).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="198"/>
        <source>The case is already in this commune.</source>
        <translation>The case is already in this commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="199"/>
        <source>Your role does not allow this step. Ask the officer in charge.</source>
        <translation>Your role does not allow this step. Ask the officer in charge.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="202"/>
        <source>Your role does not allow you to see this information.</source>
        <translation>Your role does not allow you to see this information.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="205"/>
        <source>The time is incomplete.</source>
        <translation>The time is incomplete.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="207"/>
        <source>The step could not be saved ({0}). Nothing was changed; try again.</source>
        <translation>The step could not be saved ({0}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="210"/>
        <source>Someone else changed this case meanwhile. It has been reloaded; redo the step.</source>
        <translation>Someone else changed this case meanwhile. It has been reloaded; redo the step.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="253"/>
        <source>overdue by {0}</source>
        <translation>overdue by {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/texts.py" line="254"/>
        <source>{0} left</source>
        <translation>{0} left</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="53"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/case_page.py" line="55"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="16"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="19"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="24"/>
        <source>Hotline 111 reference</source>
        <translation>Hotline 111 reference</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="358"/>
        <location filename="../desktop/ui/cases/intake.py" line="27"/>
        <source>Child in the register</source>
        <translation>Child in the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="30"/>
        <source>(not yet identified: describe below)</source>
        <translation>(not yet identified: describe below)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="35"/>
        <source>Child not yet identified</source>
        <translation>Child not yet identified</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="38"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="42"/>
        <source>Forms of abuse</source>
        <translation>Forms of abuse</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="46"/>
        <source>Place of the incident</source>
        <translation>Place of the incident</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="47"/>
        <source>The child&apos;s condition</source>
        <translation>The child&apos;s condition</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="50"/>
        <source>Likely outcome without help</source>
        <translation>Likely outcome without help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="53"/>
        <source>Already done</source>
        <translation>Already done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="56"/>
        <source>The child is in danger now (12-hour limit)</source>
        <translation>The child is in danger now (12-hour limit)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="61"/>
        <source>Alleged perpetrator (restricted)</source>
        <translation>Alleged perpetrator (restricted)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="65"/>
        <source>Sexual abuse details (restricted)</source>
        <translation>Sexual abuse details (restricted)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="68"/>
        <source>Informant&apos;s name (confidential)</source>
        <translation>Informant&apos;s name (confidential)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="70"/>
        <source>Informant&apos;s phone</source>
        <translation>Informant&apos;s phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="71"/>
        <source>Informant&apos;s address</source>
        <translation>Informant&apos;s address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="74"/>
        <source>The informant agrees to be recorded</source>
        <translation>The informant agrees to be recorded</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/intake.py" line="84"/>
        <source>New report (form 01)</source>
        <translation>New report (form 01)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="24"/>
        <source>a) Physical and emotional state</source>
        <translation>a) Physical and emotional state</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="25"/>
        <source>b) Family and its capacity to protect</source>
        <translation>b) Family and its capacity to protect</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="26"/>
        <source>c) Risk factors</source>
        <translation>c) Risk factors</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="29"/>
        <source>d) Schooling and self-protection</source>
        <translation>d) Schooling and self-protection</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="31"/>
        <source>e) Community safety and support</source>
        <translation>e) Community safety and support</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="34"/>
        <source>f) Needs: medical, assistance, education, legal, psychological</source>
        <translation>f) Needs: medical, assistance, education, legal, psychological</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="38"/>
        <source>g) The child&apos;s views</source>
        <translation>g) The child&apos;s views</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="39"/>
        <source>h) The parents&apos; views</source>
        <translation>h) The parents&apos; views</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="42"/>
        <source>Harm still serious</source>
        <translation>Harm still serious</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="43"/>
        <source>Abuser can still reach the child</source>
        <translation>Abuser can still reach the child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="44"/>
        <source>Obstacles in the care environment</source>
        <translation>Obstacles in the care environment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="45"/>
        <source>Child&apos;s capacity to protect themselves</source>
        <translation>Child&apos;s capacity to protect themselves</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="46"/>
        <source>Child&apos;s capacity to recover</source>
        <translation>Child&apos;s capacity to recover</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="61"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="80"/>
        <source>Initial assessment</source>
        <translation>Initial assessment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="86"/>
        <location filename="../desktop/ui/cases/editors.py" line="200"/>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="94"/>
        <source>The child is in danger: emergency measures within 12 hours</source>
        <translation>The child is in danger: emergency measures within 12 hours</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="101"/>
        <source>Harm observed</source>
        <translation>Harm observed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="104"/>
        <source>Temporary safety measures taken</source>
        <translation>Temporary safety measures taken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="119"/>
        <source>Measures taken (police, first aid, evidence, 111)</source>
        <translation>Measures taken (police, first aid, evidence, 111)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="130"/>
        <source>Isolation decision</source>
        <translation>Isolation decision</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="134"/>
        <location filename="../desktop/ui/cases/editors.py" line="242"/>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="136"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="140"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="144"/>
        <source>Safe place</source>
        <translation>Safe place</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="145"/>
        <source>Carer</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="148"/>
        <location filename="../desktop/ui/cases/editors.py" line="169"/>
        <source>An authority ordered a longer period</source>
        <translation>An authority ordered a longer period</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="156"/>
        <source>Extend isolation</source>
        <translation>Extend isolation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="162"/>
        <source>New end date</source>
        <translation>New end date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="178"/>
        <source>End isolation</source>
        <translation>End isolation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="182"/>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="190"/>
        <source>Detailed assessment</source>
        <translation>Detailed assessment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="218"/>
        <source>Held at</source>
        <translation>Held at</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="220"/>
        <source>Chaired by</source>
        <translation>Chaired by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="222"/>
        <source>Attendees (one per line)</source>
        <translation>Attendees (one per line)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="224"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="230"/>
        <source>Start the plan</source>
        <translation>Start the plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="233"/>
        <location filename="../desktop/ui/cases/editors.py" line="305"/>
        <source>Goals of the plan</source>
        <translation>Goals of the plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="238"/>
        <source>Approve the plan</source>
        <translation>Approve the plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="245"/>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="249"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="252"/>
        <source>Signed by a Vice-Chairman</source>
        <translation>Signed by a Vice-Chairman</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="260"/>
        <source>Return the plan</source>
        <translation>Return the plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="263"/>
        <source>What must change</source>
        <translation>What must change</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="268"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="275"/>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="282"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="285"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="310"/>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="71"/>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="318"/>
        <source>Close without intervention</source>
        <translation>Close without intervention</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="326"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="332"/>
        <source>Transfer to</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="336"/>
        <source>Commune code (5 digits)</source>
        <translation>Commune code (5 digits)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="343"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="347"/>
        <source>New information</source>
        <translation>New information</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="348"/>
        <source>The child is in danger</source>
        <translation>The child is in danger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="354"/>
        <source>Link the registered child</source>
        <translation>Link the registered child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/editors.py" line="365"/>
        <source>Add a note</source>
        <translation>Add a note</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="105"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="106"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="107"/>
        <source>New report…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="112"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="113"/>
        <source>All stages</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="118"/>
        <source>Any risk</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="124"/>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/page.py" line="125"/>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/cases/page.py" line="163"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="82"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="86"/>
        <source>Cases are opened and worked on in the Cases page; double-click one to go there.</source>
        <translation>Cases are opened and worked on in the Cases page; double-click one to go there.</translation>
    </message>
</context>
<context>
    <name>ChildMessages</name>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="13"/>
        <source>Enter the child&apos;s full name.</source>
        <translation>Enter the child&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="15"/>
        <source>Choose the child&apos;s sex.</source>
        <translation>Choose the child&apos;s sex.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="17"/>
        <source>Enter the date of birth. If only the age is known, enter 01/07 of the birth year and tick &apos;estimated&apos;.</source>
        <translation>Enter the date of birth. If only the age is known, enter 01/07 of the birth year and tick &apos;estimated&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="23"/>
        <source>A date is in the future. Check the day, month and year.</source>
        <translation>A date is in the future. Check the day, month and year.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="27"/>
        <source>An end date is before its start date. Correct one of them.</source>
        <translation>An end date is before its start date. Correct one of them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="31"/>
        <source>The ID number may hold digits only (12 digits).</source>
        <translation>The ID number may hold digits only (12 digits).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="35"/>
        <source>The ID number has {n} digits; it must have 12.</source>
        <translation>The ID number has {n} digits; it must have 12.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="39"/>
        <source>The 4th digit of the ID number cannot be right for a child. Check the number.</source>
        <translation>The 4th digit of the ID number cannot be right for a child. Check the number.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="44"/>
        <source>The ID number is for the other sex (4th digit). Check the number or the sex.</source>
        <translation>The ID number is for the other sex (4th digit). Check the number or the sex.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="49"/>
        <source>The ID number gives birth year {id_year}, the form says {birth_year}. Check the number or the date of birth.</source>
        <translation>The ID number gives birth year {id_year}, the form says {birth_year}. Check the number or the date of birth.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="55"/>
        <source>Each carer needs a full name.</source>
        <translation>Each carer needs a full name.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="57"/>
        <source>A carer&apos;s year of birth is not a possible year.</source>
        <translation>A carer&apos;s year of birth is not a possible year.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="61"/>
        <source>Choose a subgroup that belongs to the chosen group.</source>
        <translation>Choose a subgroup that belongs to the chosen group.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="65"/>
        <source>Enter the monthly amount of each allowance (in đồng).</source>
        <translation>Enter the monthly amount of each allowance (in đồng).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/messages.py" line="68"/>
        <source>Check this field ({code}).</source>
        <translation>Check this field ({code}).</translation>
    </message>
</context>
<context>
    <name>ChildProfile</name>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="46"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="48"/>
        <location filename="../desktop/ui/child/specs.py" line="124"/>
        <source>Full name *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="51"/>
        <source>Sex *</source>
        <translation>Sex *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="60"/>
        <source>Date of birth *</source>
        <translation>Date of birth *</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="64"/>
        <source>Estimated (only the year or age is known)</source>
        <translation>Estimated (only the year or age is known)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="67"/>
        <location filename="../desktop/ui/child/specs.py" line="139"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="68"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="71"/>
        <source>Birth registration</source>
        <translation>Birth registration</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="75"/>
        <location filename="../desktop/ui/child/specs.py" line="110"/>
        <source>Village/residential group</source>
        <translation>Village/residential group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="76"/>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="77"/>
        <source>Permanent address</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="78"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="81"/>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="87"/>
        <source>Health insurance card</source>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="91"/>
        <source>Alternative care</source>
        <translation>Alternative care</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="97"/>
        <source>Collaborator following the child</source>
        <translation>Collaborator following the child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="99"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="109"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="111"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="112"/>
        <location filename="../desktop/ui/child/specs.py" line="140"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="115"/>
        <source>Poverty status</source>
        <translation>Poverty status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="127"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="133"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="137"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="138"/>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="160"/>
        <source>Group (Law on Children, Art. 10)</source>
        <translation>Group (Law on Children, Art. 10)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="166"/>
        <source>Subgroup (Decree 56)</source>
        <translation>Subgroup (Decree 56)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="171"/>
        <location filename="../desktop/ui/child/specs.py" line="193"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="172"/>
        <location filename="../desktop/ui/child/specs.py" line="194"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="174"/>
        <source>Evidence / documents</source>
        <translation>Evidence / documents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="183"/>
        <source>Category (Decree 20/2021)</source>
        <translation>Category (Decree 20/2021)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="187"/>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="189"/>
        <source>Monthly amount</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="191"/>
        <source>Decision number</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/specs.py" line="192"/>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
</context>
<context>
    <name>ChildProfileDialog</name>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="240"/>
        <source>Restored changes that were not saved. Check them, then save.</source>
        <translation>Restored changes that were not saved. Check them, then save.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="252"/>
        <source>The child&apos;s file could not be opened ({0}). Close and try again.</source>
        <translation>The child&apos;s file could not be opened ({0}). Close and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="381"/>
        <source>the same ID number</source>
        <translation>the same ID number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="382"/>
        <source>the same name and date of birth</source>
        <translation>the same name and date of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="384"/>
        <source>This child may already be in the register, with {why}: {name}, born {born}, {village}. Open that file instead, or save if it is a different child.</source>
        <translation>This child may already be in the register, with {why}: {name}, born {born}, {village}. Open that file instead, or save if it is a different child.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="393"/>
        <source>Someone saved this child&apos;s file after you opened it, so your changes were not saved. They are still here in the form: note them, press Reload to see the saved version, then enter them again.</source>
        <translation>Someone saved this child&apos;s file after you opened it, so your changes were not saved. They are still here in the form: note them, press Reload to see the saved version, then enter them again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="401"/>
        <source>The file could not be saved ({0}). Your changes are still in the form; try again.</source>
        <translation>The file could not be saved ({0}). Your changes are still in the form; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="447"/>
        <source>Close without saving? The changes made in this window will be lost.</source>
        <translation>Close without saving? The changes made in this window will be lost.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="464"/>
        <source>Child&apos;s file</source>
        <translation>Child&apos;s file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="464"/>
        <location filename="../desktop/ui/child/dialog.py" line="470"/>
        <source>New child</source>
        <translation>New child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="465"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="472"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="472"/>
        <source>&amp;Household and carers</source>
        <translation>&amp;Household and carers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="473"/>
        <source>&amp;Special circumstances</source>
        <translation>&amp;Special circumstances</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="473"/>
        <source>&amp;Allowances</source>
        <translation>&amp;Allowances</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="473"/>
        <source>Cas&amp;es</source>
        <translation>Cas&amp;es</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="474"/>
        <source>Home &amp;visits</source>
        <translation>Home &amp;visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="474"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="477"/>
        <source>Carers</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="478"/>
        <source>Open that child&apos;s file</source>
        <translation>Open that child&apos;s file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="479"/>
        <source>It is a different child: save</source>
        <translation>It is a different child: save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="480"/>
        <source>Reload the saved version</source>
        <translation>Reload the saved version</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="482"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="482"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="482"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="483"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <source>Subgroup</source>
        <translation>Subgroup</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <location filename="../desktop/ui/child/dialog.py" line="485"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="484"/>
        <location filename="../desktop/ui/child/dialog.py" line="486"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="485"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/dialog.py" line="485"/>
        <source>Monthly amount</source>
        <translation>Monthly amount</translation>
    </message>
</context>
<context>
    <name>CommunePage</name>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="110"/>
        <source>Your commune</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="111"/>
        <source>Step 1 of 4</source>
        <translation>Step 1 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="114"/>
        <source>Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).</source>
        <translation>Choose the commune, ward or special zone whose register this PC will keep. Type part of the name; accents are not needed (for example “hong bang”).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/commune_page.py" line="118"/>
        <source>Search: name or code</source>
        <translation>Search: name or code</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/first_run/commune_page.py" line="134"/>
        <source>%n unit(s) found</source>
        <translation>
            <numerusform>%n unit found</numerusform>
            <numerusform>%n units found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>My value</source>
        <translation>My value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="54"/>
        <source>Server value</source>
        <translation>Server value</translation>
    </message>
</context>
<context>
    <name>CountdownCard</name>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="58"/>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="63"/>
        <source>child not yet identified</source>
        <translation>child not yet identified</translation>
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
    <name>DateField</name>
    <message>
        <location filename="../desktop/ui/date_field.py" line="164"/>
        <source>“%1” is not a date. Type it as day/month/year, e.g. 15/03/2014.</source>
        <translation>“%1” is not a date. Type it as day/month/year, e.g. 15/03/2014.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="167"/>
        <source>There is no such day: %1. Check the day and the month.</source>
        <translation>There is no such day: %1. Check the day and the month.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="171"/>
        <source>Check the year of %1: it must be between 1900 and 2100.</source>
        <translation>Check the year of %1: it must be between 1900 and 2100.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="175"/>
        <source>Enter a date (day/month/year).</source>
        <translation>Enter a date (day/month/year).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="237"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/date_field.py" line="238"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Choose on a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="21"/>
        <source>This case has no data for that form yet (for example no plan or no decision). Enter it first, then print again.</source>
        <translation>This case has no data for that form yet (for example no plan or no decision). Enter it first, then print again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="27"/>
        <source>The record was not found; it may have been deleted. Refresh the page.</source>
        <translation>The record was not found; it may have been deleted. Refresh the page.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="33"/>
        <source>The form template file %1 has an error at &apos;%2&apos;. Ask the technical staff to fix or restore the files in resources/forms.</source>
        <translation>The form template file %1 has an error at &apos;%2&apos;. Ask the technical staff to fix or restore the files in resources/forms.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="44"/>
        <source>The document could not be prepared. Saved data is not affected; try again.</source>
        <translation>The document could not be prepared. Saved data is not affected; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/show.py" line="89"/>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="36"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/printing/preview.py" line="51"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="53"/>
        <source>Restricted information is hidden for your account.</source>
        <translation>Restricted information is hidden for your account.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="57"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="58"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="60"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="98"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="142"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="144"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="158"/>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/preview.py" line="160"/>
        <source>The file could not be written. Choose another folder (for example Documents) and check that the disk is not full.</source>
        <translation>The file could not be written. Choose another folder (for example Documents) and check that the disk is not full.</translation>
    </message>
</context>
<context>
    <name>DocumentPrintMenu</name>
    <message>
        <location filename="../desktop/ui/printing/menu.py" line="22"/>
        <location filename="../desktop/ui/printing/menu.py" line="31"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsDialog</name>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="30"/>
        <source>Printed documents</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="39"/>
        <source>Give reports the next number automatically</source>
        <translation>Give reports the next number automatically</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="40"/>
        <source>e.g. Xã An Lão</source>
        <translation>e.g. Xã An Lão</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="41"/>
        <source>e.g. An Lão</source>
        <translation>e.g. An Lão</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="42"/>
        <source>Usually empty</source>
        <translation>Usually empty</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="45"/>
        <source>Commune, ward or special zone</source>
        <translation>Commune, ward or special zone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="46"/>
        <source>Place name on the date line</source>
        <translation>Place name on the date line</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="47"/>
        <source>Body above the commune</source>
        <translation>Body above the commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="48"/>
        <source>Chairman</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="49"/>
        <source>Vice-chairmen (one per line)</source>
        <translation>Vice-chairmen (one per line)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="52"/>
        <source>These names are printed in the header and signature blocks of documents.</source>
        <translation>These names are printed in the header and signature blocks of documents.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="59"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="100"/>
        <source>Commune name needed</source>
        <translation>Commune name needed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="101"/>
        <source>Enter the commune&apos;s official name, e.g. Xã An Lão.</source>
        <translation>Enter the commune&apos;s official name, e.g. Xã An Lão.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="120"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../desktop/ui/printing/settings_dialog.py" line="121"/>
        <source>The settings could not be read or saved. Nothing was changed; try again.</source>
        <translation>The settings could not be read or saved. Nothing was changed; try again.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="33"/>
        <source>Enrol this PC with the city server</source>
        <translation>Enrol this PC with the city server</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="41"/>
        <source>The PC is enrolled to this register&apos;s commune. Your server account is the one the city gave you; the password is not stored on this PC.</source>
        <translation>The PC is enrolled to this register&apos;s commune. Your server account is the one the city gave you; the password is not stored on this PC.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="52"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="53"/>
        <source>Server account</source>
        <translation>Server account</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="54"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="67"/>
        <source>An http:// address is not encrypted: children&apos;s records would cross the network readable by anyone on the way. Use the https:// address the city gave you.</source>
        <translation>An http:// address is not encrypted: children&apos;s records would cross the network readable by anyone on the way. Use the https:// address the city gave you.</translation>
    </message>
</context>
<context>
    <name>EnrolFileDialog</name>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="62"/>
        <source>Enrol this PC by file</source>
        <translation>Enrol this PC by file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="65"/>
        <source>The city issued this file for one PC. Type the activation code the city gave you separately (16 digits, by telephone or on paper).</source>
        <translation>The city issued this file for one PC. Type the activation code the city gave you separately (16 digits, by telephone or on paper).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="75"/>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="76"/>
        <source>Server account:</source>
        <translation>Server account:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="77"/>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/bundle_dialogs.py" line="78"/>
        <source>Activation code:</source>
        <translation>Activation code:</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../desktop/ui/children/export.py" line="44"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="45"/>
        <source>Writing the list to %1…</source>
        <translation>Writing the list to %1…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="46"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="84"/>
        <location filename="../desktop/ui/children/filters.py" line="124"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="125"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="125"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="132"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="141"/>
        <source>&amp;Group</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="142"/>
        <source>A&amp;ge</source>
        <translation>A&amp;ge</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="143"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="144"/>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="145"/>
        <source>Open &amp;case</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="146"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="147"/>
        <source>All&amp;owance</source>
        <translation>All&amp;owance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/filters.py" line="151"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="122"/>
        <source>BVTE — Set up the children&apos;s register</source>
        <translation>BVTE — Set up the children&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="124"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="125"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="126"/>
        <source>Open the register</source>
        <translation>Open the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/wizard.py" line="127"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GivePasswordDialog</name>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="65"/>
        <source>The password is too weak: {reasons}.</source>
        <translation>The password is too weak: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="68"/>
        <source>{name} already has a password on this PC. If it is forgotten, they set a new one with the recovery key (Forgot your password? when unlocking).</source>
        <translation>{name} already has a password on this PC. If it is forgotten, they set a new one with the recovery key (Forgot your password? when unlocking).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="72"/>
        <source>Your role may not give passwords. Ask the commune&apos;s officer.</source>
        <translation>Your role may not give passwords. Ask the commune&apos;s officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="74"/>
        <source>This officer is no longer in the register.</source>
        <translation>This officer is no longer in the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="77"/>
        <source>The password could not be given ({error}). Nothing was changed; try again.</source>
        <translation>The password could not be given ({error}). Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="89"/>
        <source>Give a password</source>
        <translation>Give a password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="92"/>
        <source>{name} cannot open the register on this PC yet. Give them a temporary password and tell it to them in person: at their first sign-in they must choose their own.</source>
        <translation>{name} cannot open the register on this PC yet. Give them a temporary password and tell it to them in person: at their first sign-in they must choose their own.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/give_password.py" line="97"/>
        <source>Give password</source>
        <translation>Give password</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="182"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="184"/>
        <source>The child&apos;s file</source>
        <translation>The child&apos;s file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="185"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="186"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>KeyBox</name>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="241"/>
        <source>Encryption key</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="242"/>
        <source>Change the encryption key…</source>
        <translation>Change the encryption key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="246"/>
        <source>Change it after an officer leaves, or when a PC, a copy of the data folder or the key file may have been lost or copied: until then an old copy of the key file still opens the register.</source>
        <translation>Change it after an officer leaves, or when a PC, a copy of the data folder or the key file may have been lost or copied: until then an old copy of the key file still opens the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="252"/>
        <source>Your role may not change the encryption key.</source>
        <translation>Your role may not change the encryption key.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="283"/>
        <source>BVTE — Children&apos;s register</source>
        <translation>BVTE — Children&apos;s register</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="261"/>
        <source>Register: %Ln children</source>
        <translation>
            <numerusform>Register: %Ln child</numerusform>
            <numerusform>Register: %Ln children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="255"/>
        <source>Officer: {officer} · {commune}</source>
        <translation>Officer: {officer} · {commune}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="264"/>
        <source>Not synced: …</source>
        <translation>Not synced: …</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/main_window.py" line="267"/>
        <source>Not synced: %Ln change(s)</source>
        <translation>
            <numerusform>Not synced: %Ln change</numerusform>
            <numerusform>Not synced: %Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="269"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="272"/>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="288"/>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="290"/>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="292"/>
        <source>Close the register now; your unsaved entries are kept as drafts.</source>
        <translation>Close the register now; your unsaved entries are kept as drafts.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="294"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../desktop/ui/pages.py" line="73"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="74"/>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="75"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="76"/>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="77"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="78"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="79"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../desktop/ui/pages.py" line="80"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="100"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="101"/>
        <source>Password again:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="110"/>
        <source>At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.</source>
        <translation>At least {n} characters, mixing capitals, small letters, digits or symbols; or a passphrase of {long} characters or more.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="119"/>
        <source>Not yet: {reasons}.</source>
        <translation>Not yet: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/passwords.py" line="123"/>
        <source>The password is strong enough.</source>
        <translation>The password is strong enough.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="85"/>
        <source>The first officer</source>
        <translation>The first officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="86"/>
        <source>Step 2 of 4</source>
        <translation>Step 2 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="89"/>
        <source>This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.</source>
        <translation>This officer will open the register with their own password. Colleagues can be added later in Settings, each with a password of their own.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="95"/>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="95"/>
        <source>Sign-in name:</source>
        <translation>Sign-in name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="95"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/officer_page.py" line="102"/>
        <source>Create the register</source>
        <translation>Create the register</translation>
    </message>
</context>
<context>
    <name>OfficersBox</name>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="88"/>
        <source> (you)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="91"/>
        <source> — cannot open the register on this PC yet</source>
        <translation> — cannot open the register on this PC yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="93"/>
        <source> — temporary password</source>
        <translation> — temporary password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="122"/>
        <location filename="../desktop/ui/settings/officers.py" line="174"/>
        <source>Remove an officer</source>
        <translation>Remove an officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="124"/>
        <source>Remove {name} from the register?</source>
        <translation>Remove {name} from the register?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="127"/>
        <source>They will no longer open the register, on this PC nor, once synced, on the commune&apos;s other PCs. The records they entered and their name in the history are kept.</source>
        <translation>They will no longer open the register, on this PC nor, once synced, on the commune&apos;s other PCs. The records they entered and their name in the history are kept.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="132"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="152"/>
        <source>Change the encryption key?</source>
        <translation>Change the encryption key?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="155"/>
        <source>{name} was removed from the register.</source>
        <translation>{name} was removed from the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="158"/>
        <source>If they kept a copy of the key file (register.keys), it still opens the register with their old password until the encryption key is changed. Change it now?</source>
        <translation>If they kept a copy of the key file (register.keys), it still opens the register with their old password until the encryption key is changed. Change it now?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="162"/>
        <source>Change the key now…</source>
        <translation>Change the key now…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="164"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="175"/>
        <source>The officer could not be removed ({error}). Nothing was changed.</source>
        <translation>The officer could not be removed ({error}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="198"/>
        <source>Officers of this register</source>
        <translation>Officers of this register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="199"/>
        <source>Add an officer…</source>
        <translation>Add an officer…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="200"/>
        <source>Give a password…</source>
        <translation>Give a password…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="201"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="205"/>
        <source>Each officer opens the register with a password of their own. A colleague who cannot open it on this PC is given a temporary password.</source>
        <translation>Each officer opens the register with a password of their own. A colleague who cannot open it on this PC is given a temporary password.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/officers.py" line="210"/>
        <source>Your role may not add officers.</source>
        <translation>Your role may not add officers.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="179"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="181"/>
        <source>12-hour limit: reports to assess and children in danger</source>
        <translation>12-hour limit: reports to assess and children in danger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="183"/>
        <source>No child is waiting for emergency measures.</source>
        <translation>No child is waiting for emergency measures.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="184"/>
        <source>Overdue and due soon first</source>
        <translation>Overdue and due soon first</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="185"/>
        <source>Open cases by stage</source>
        <translation>Open cases by stage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="186"/>
        <source>Home visits overdue or due within 7 days</source>
        <translation>Home visits overdue or due within 7 days</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <location filename="../desktop/ui/overview/page.py" line="190"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <location filename="../desktop/ui/overview/page.py" line="190"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="188"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="219"/>
        <source>Today, {0}</source>
        <translation>Today, {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="257"/>
        <source>Children in special circumstances: {0}</source>
        <translation>Children in special circumstances: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="311"/>
        <source>Total open: {0}</source>
        <translation>Total open: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="334"/>
        <source>The 12-hour limit has passed for case(s) {0}: act and record it now.</source>
        <translation>The 12-hour limit has passed for case(s) {0}: act and record it now.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/overview/page.py" line="340"/>
        <source>Less than 2 hours left for case(s) {0} to take emergency measures.</source>
        <translation>Less than 2 hours left for case(s) {0} to take emergency measures.</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="77"/>
        <source>Choose a password different from the temporary one.</source>
        <translation>Choose a password different from the temporary one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="90"/>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="93"/>
        <source>The password typed for {name} is a temporary one, given by a colleague. Choose your own now: from then on only you know it, and the temporary password no longer opens the register.</source>
        <translation>The password typed for {name} is a temporary one, given by a colleague. Choose your own now: from then on only you know it, and the temporary password no longer opens the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/own_password.py" line="98"/>
        <source>Set password and open</source>
        <translation>Set password and open</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="83"/>
        <source>City server login</source>
        <translation>City server login</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/dialogs.py" line="86"/>
        <source>Password of server account %1:</source>
        <translation>Password of server account %1:</translation>
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
    <name>PlanEditor</name>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="133"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="134"/>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="135"/>
        <location filename="../desktop/ui/cases/plan_editor.py" line="224"/>
        <source>Remove task</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="136"/>
        <source>Save draft plan</source>
        <translation>Save draft plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="137"/>
        <source>Submit to the Chairman</source>
        <translation>Submit to the Chairman</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="138"/>
        <source>Record progress</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="154"/>
        <source>Version {0} · {1}</source>
        <translation>Version {0} · {1}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="183"/>
        <source>Decision {0} of {1}, signed by {2}</source>
        <translation>Decision {0} of {1}, signed by {2}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="189"/>
        <source>No plan yet: it starts after the case meeting.</source>
        <translation>No plan yet: it starts after the case meeting.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="207"/>
        <source>Total cost: {0}</source>
        <translation>Total cost: {0}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="224"/>
        <source>Remove this task?</source>
        <translation>Remove this task?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="300"/>
        <source>Submit the plan</source>
        <translation>Submit the plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="302"/>
        <source>Submit this plan to the Chairman for approval? It can no longer be edited unless it is returned.</source>
        <translation>Submit this plan to the Chairman for approval? It can no longer be edited unless it is returned.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="321"/>
        <source>Choose a task in the table first.</source>
        <translation>Choose a task in the table first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="327"/>
        <source>Task progress</source>
        <translation>Task progress</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="330"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_editor.py" line="332"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>PlanTaskModel</name>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="22"/>
        <source>Task or service</source>
        <translation>Task or service</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="23"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="24"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="25"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="26"/>
        <source>Expected end</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="27"/>
        <source>Cost (VND)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/cases/plan_model.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/language.py" line="54"/>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="55"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="56"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="57"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="58"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="59"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../desktop/ui/language.py" line="42"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="44"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="45"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="46"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../desktop/ui/language.py" line="47"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="48"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="49"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="50"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="51"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="52"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="53"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../desktop/ui/language.py" line="24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="25"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="26"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="27"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="28"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="29"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="30"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="31"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="32"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="33"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="34"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="35"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="36"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="37"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="38"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="39"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="40"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="41"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../desktop/ui/language.py" line="60"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="61"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="62"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/language.py" line="64"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="105"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="105"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/models.py" line="105"/>
        <source>Refused at</source>
        <translation>Refused at</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <location filename="../desktop/ui/child/record_list.py" line="100"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/record_list.py" line="101"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/record_list.py" line="102"/>
        <source>None yet. Press Add to enter one.</source>
        <translation>None yet. Press Add to enter one.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="105"/>
        <source>This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).</source>
        <translation>This is not a valid recovery key: a character is wrong or missing. Check each group of 5 against the paper (0 and O, 1 and I are read the same).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="110"/>
        <source>This recovery key does not open this register. Find the key printed when this register was created.</source>
        <translation>This recovery key does not open this register. Find the key printed when this register was created.</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/recovery.py" line="115"/>
        <source>Too many wrong recovery keys. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong recovery keys. Wait %n second and try again.</numerusform>
            <numerusform>Too many wrong recovery keys. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="131"/>
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="134"/>
        <source>Type the recovery key printed when the register was created, then choose a new password for {name}.</source>
        <translation>Type the recovery key printed when the register was created, then choose a new password for {name}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="138"/>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/recovery.py" line="139"/>
        <source>Set password and open</source>
        <translation>Set password and open</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="100"/>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="122"/>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="162"/>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="132"/>
        <source>BVTE — Recovery key of the register</source>
        <translation>BVTE — Recovery key of the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="133"/>
        <source>Unit: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="134"/>
        <source>Made on: {day}</source>
        <translation>Made on: {day}</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="138"/>
        <source>This key replaces every earlier recovery key of the register.</source>
        <translation>This key replaces every earlier recovery key of the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="155"/>
        <source>Keep the paper locked away, apart from this PC. Anyone with this key can read the children&apos;s records.</source>
        <translation>Keep the paper locked away, apart from this PC. Anyone with this key can read the children&apos;s records.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="159"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="160"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="205"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="206"/>
        <source>Step 4 of 4</source>
        <translation>Step 4 of 4</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="209"/>
        <source>If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.</source>
        <translation>If every password is forgotten, only this key opens the register. It is shown only now: print it or write it down exactly.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/first_run/recovery_page.py" line="213"/>
        <source>I have written down or printed the recovery key</source>
        <translation>I have written down or printed the recovery key</translation>
    </message>
</context>
<context>
    <name>RegisterColumns</name>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="12"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="13"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="14"/>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="15"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="16"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="17"/>
        <source>Village/residential group</source>
        <translation>Village/residential group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="18"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="19"/>
        <source>Special circumstances</source>
        <translation>Special circumstances</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="20"/>
        <source>Carers</source>
        <translation>Carers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="21"/>
        <source>Carers&apos; phones</source>
        <translation>Carers&apos; phones</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="22"/>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="23"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/columns.py" line="24"/>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../desktop/ui/children/export.py" line="81"/>
        <source>The export was stopped; no file was written.</source>
        <translation>The export was stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="85"/>
        <source>Your role may not export ID numbers, ethnicity, special circumstances or carers&apos; phones. Hide those columns and export again.</source>
        <translation>Your role may not export ID numbers, ethnicity, special circumstances or carers&apos; phones. Hide those columns and export again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="91"/>
        <source>The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.</source>
        <translation>The file could not be written ({0}). Choose another folder, or close the file if it is open in Excel, and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="96"/>
        <source>The export failed ({0}). Nothing was written; try again.</source>
        <translation>The export failed ({0}). Nothing was written; try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="105"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/export.py" line="106"/>
        <source>%n children exported to %1.</source>
        <translation>%n children exported to %1.</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../desktop/ui/children/model.py" line="145"/>
        <source>Only the year (or age) is known; day and month are estimated.</source>
        <translation>Only the year (or age) is known; day and month are estimated.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/model.py" line="275"/>
        <source>%1 (estimated)</source>
        <translation>%1 (estimated)</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../desktop/ui/children/view.py" line="386"/>
        <source>Search by name, ID number, carer, village — no need to type accents</source>
        <translation>Search by name, ID number, carer, village — no need to type accents</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="342"/>
        <source>%Ln children</source>
        <translation>
            <numerusform>%Ln child</numerusform>
            <numerusform>%Ln children</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="216"/>
        <location filename="../desktop/ui/children/view.py" line="235"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="235"/>
        <source>register.xlsx</source>
        <translation>register.xlsx</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="235"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="340"/>
        <source>%Ln children match the filters</source>
        <translation>
            <numerusform>%Ln children match the filters</numerusform>
            <numerusform>%Ln children match the filters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="344"/>
        <source>No child found</source>
        <translation>No child found</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="347"/>
        <source>First %1 of %Ln matches — type more to narrow</source>
        <translation>
            <numerusform>First %1 of %Ln matches — type more to narrow</numerusform>
            <numerusform>First %1 of %Ln matches — type more to narrow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/children/view.py" line="352"/>
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="360"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="360"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="368"/>
        <source>The register is busy (another program is using it). Wait a moment, then type the search again.</source>
        <translation>The register is busy (another program is using it). Wait a moment, then type the search again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="373"/>
        <source>The register file could not be read; it may be damaged. Nothing was changed. Close the app, run &apos;bvte doctor&apos; and restore the latest backup if it says so.</source>
        <translation>The register file could not be read; it may be damaged. Nothing was changed. Close the app, run &apos;bvte doctor&apos; and restore the latest backup if it says so.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="378"/>
        <source>The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run &apos;bvte doctor&apos;.</source>
        <translation>The register could not be read ({0}). Nothing was changed. Close and reopen the app; if it happens again, run &apos;bvte doctor&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="388"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="389"/>
        <source>C&amp;olumns</source>
        <translation>C&amp;olumns</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="390"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="391"/>
        <source>&amp;New child</source>
        <translation>&amp;New child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="392"/>
        <source>Add a child to the register (Ctrl+N)</source>
        <translation>Add a child to the register (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/children/view.py" line="393"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="322"/>
        <source>Not yet: {reasons}.</source>
        <translation>Not yet: {reasons}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="341"/>
        <source>Change the encryption key</source>
        <translation>Change the encryption key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="342"/>
        <source>Change the encryption key of the register</source>
        <translation>Change the encryption key of the register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="345"/>
        <source>This makes a new key for the register and encrypts every record again with it. Do it after an officer was removed, or when a PC, a copy of the data folder or the key file may have been lost or copied.</source>
        <translation>This makes a new key for the register and encrypts every record again with it. Do it after an officer was removed, or when a PC, a copy of the data folder or the key file may have been lost or copied.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="352"/>
        <source>Until it is done, a copy of the key file (register.keys) taken earlier still opens the register with the password it had then, records added since included. Changing a password does not stop that; changing the key does.</source>
        <translation>Until it is done, a copy of the key file (register.keys) taken earlier still opens the register with the password it had then, records added since included. Changing a password does not stop that; changing the key does.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="359"/>
        <source>A new recovery key replaces the old one: you print or copy it at the end. Colleagues need a new password on this PC: give each a temporary password below (they choose their own at their next sign-in), or leave it empty and give them one later in Settings. It takes from a few seconds to a few minutes; do not turn off the PC meanwhile.</source>
        <translation>A new recovery key replaces the old one: you print or copy it at the end. Colleagues need a new password on this PC: give each a temporary password below (they choose their own at their next sign-in), or leave it empty and give them one later in Settings. It takes from a few seconds to a few minutes; do not turn off the PC meanwhile.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="366"/>
        <source>Your password:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="367"/>
        <source>Colleagues who open the register on this PC</source>
        <translation>Colleagues who open the register on this PC</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="368"/>
        <source>No other officer opens the register on this PC.</source>
        <translation>No other officer opens the register on this PC.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="371"/>
        <source>temporary password (empty: give one later)</source>
        <translation>temporary password (empty: give one later)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="372"/>
        <source>Changing the encryption key…</source>
        <translation>Changing the encryption key…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="375"/>
        <source>Do not turn off the PC. If the work is stopped, the register still opens, with the old key or with the new one.</source>
        <translation>Do not turn off the PC. If the work is stopped, the register still opens, with the old key or with the new one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="380"/>
        <source>The encryption key was changed</source>
        <translation>The encryption key was changed</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="383"/>
        <source>Every earlier copy of the key file, and the old recovery key, no longer open the register. This is the new recovery key, shown only now: print it or copy it, and keep it safe.</source>
        <translation>Every earlier copy of the key file, and the old recovery key, no longer open the register. This is the new recovery key, shown only now: print it or copy it, and keep it safe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="389"/>
        <source>I have printed or written down the new recovery key</source>
        <translation>I have printed or written down the new recovery key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="391"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="393"/>
        <source>Change the key</source>
        <translation>Change the key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_dialog.py" line="394"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="13"/>
        <source>Making the new key and the colleagues&apos; temporary passwords</source>
        <translation>Making the new key and the colleagues&apos; temporary passwords</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="16"/>
        <source>Holding the register for this work alone</source>
        <translation>Holding the register for this work alone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="19"/>
        <source>Encrypting the whole register again with the new key</source>
        <translation>Encrypting the whole register again with the new key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="22"/>
        <source>Writing the file out</source>
        <translation>Writing the file out</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="23"/>
        <source>Checking every page with the new key</source>
        <translation>Checking every page with the new key</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="24"/>
        <source>Replacing the key file</source>
        <translation>Replacing the key file</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="25"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="33"/>
        <source>Your password is not right. Nothing was changed; type it again.</source>
        <translation>Your password is not right. Nothing was changed; type it again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="37"/>
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>Too many wrong passwords. Try again in %n second(s).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="41"/>
        <source>Another program has the register open (a &apos;bvte&apos; command, or BVTE under another account of this PC). Close it and try again. Nothing was changed.</source>
        <translation>Another program has the register open (a &apos;bvte&apos; command, or BVTE under another account of this PC). Close it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="47"/>
        <source>Your role may not change the encryption key. Ask the commune&apos;s officer.</source>
        <translation>Your role may not change the encryption key. Ask the commune&apos;s officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="51"/>
        <source>A temporary password is too weak. Nothing was changed; choose a stronger one.</source>
        <translation>A temporary password is too weak. Nothing was changed; choose a stronger one.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="57"/>
        <source>The key could not be changed ({error}). The register still opens as before and nothing was lost. Try again; if it fails again, tell the technical team.</source>
        <translation>The key could not be changed ({error}). The register still opens as before and nothing was lost. Try again; if it fails again, tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="69"/>
        <source>Temporary password, to replace at their next sign-in (tell it to them in person): {names}.</source>
        <translation>Temporary password, to replace at their next sign-in (tell it to them in person): {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="77"/>
        <source>Cannot open the register on this PC until given a password (Settings, Officers): {names}.</source>
        <translation>Cannot open the register on this PC until given a password (Settings, Officers): {names}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="86"/>
        <source>%n older backup(s) of the register (register.db.*.bak) still use the old key: delete them or keep them somewhere safe.</source>
        <translation>%n older backup(s) of the register (register.db.*.bak) still use the old key: delete them or keep them somewhere safe.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/rekey_texts.py" line="96"/>
        <source>Something failed at the very end ({error}), but the register already uses the new key and this recovery key. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>Something failed at the very end ({error}), but the register already uses the new key and this recovery key. Run &apos;bvte doctor&apos; and tell the technical team.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="176"/>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="225"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="226"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="227"/>
        <source>Language of the app:</source>
        <translation>Language of the app:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="228"/>
        <source>Automatic lock</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="229"/>
        <source>Lock after this many minutes without use:</source>
        <translation>Lock after this many minutes without use:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="230"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="231"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="232"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="233"/>
        <source>Use the default</source>
        <translation>Use the default</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="234"/>
        <source>City server</source>
        <translation>City server</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="235"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="236"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="246"/>
        <source>From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.</source>
        <translation>From the next start BVTE uses {folder}. Copy register.db and register.keys there first, or BVTE will set up a new register in it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="250"/>
        <source>From the next start BVTE uses the default folder {folder}.</source>
        <translation>From the next start BVTE uses the default folder {folder}.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="253"/>
        <source>The register and its key file are kept in this folder. Back it up.</source>
        <translation>The register and its key file are kept in this folder. Back it up.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="258"/>
        <source>Sync sends this PC&apos;s changes to this address.</source>
        <translation>Sync sends this PC&apos;s changes to this address.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="259"/>
        <source>Address saved.</source>
        <translation>Address saved.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="260"/>
        <source>No server address: this PC will not sync.</source>
        <translation>No server address: this PC will not sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="262"/>
        <source>This is not a server address. It starts with https://, e.g. https://bvte.haiphong.gov.vn</source>
        <translation>This is not a server address. It starts with https://, e.g. https://bvte.haiphong.gov.vn</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="266"/>
        <source>An http:// address is not encrypted: children&apos;s records would cross the network readable by anyone on the way. Use the https:// address the city gave you.</source>
        <translation>An http:// address is not encrypted: children&apos;s records would cross the network readable by anyone on the way. Use the https:// address the city gave you.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/settings/page.py" line="269"/>
        <source>The address could not be saved. Try again.</source>
        <translation>The address could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="6"/>
        <source>Không đọc được tệp đã chọn. Hãy kiểm tra USB đã cắm chắc, rồi chọn lại tệp.</source>
        <translation>The chosen file cannot be read. Check that the USB stick is firmly plugged in, then choose the file again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="10"/>
        <source>Không ghi được tệp vào chỗ đã chọn (USB đầy, bị khoá ghi hoặc đã rút ra). Không có gì bị mất: hãy chọn chỗ khác rồi làm lại.</source>
        <translation>The file cannot be written where you chose (the USB stick is full, write-protected or was removed). Nothing was lost: choose another place and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="15"/>
        <source>Tệp đã chọn quá lớn, không phải tệp đồng bộ BVTE. Hãy chọn đúng tệp.</source>
        <translation>The chosen file is too large to be a BVTE sync file. Choose the right file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="18"/>
        <source>Tệp này không phải tệp gửi thành phố của một máy không có mạng (tệp do nút «Xuất tệp gửi thành phố» tạo ra). Hãy chọn đúng tệp.</source>
        <translation>This is not a file for the city from a PC without a network (the file the «Export the file for the city» button makes). Choose the right file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="23"/>
        <source>Tệp trả lời bị hỏng (có thể do chép dở). Hãy chép lại tệp từ máy đã chuyển tệp lên máy chủ, rồi nhập lại. Chưa có gì thay đổi trên máy này.</source>
        <translation>The answer file is damaged (perhaps copied only in part). Copy it again from the PC that took the file to the server, then import it again. Nothing has changed on this PC.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="28"/>
        <source>Máy này đăng ký bằng tệp và chưa nhận tệp trả lời đầu tiên của thành phố, nên chưa đồng bộ qua mạng được. Hãy xuất tệp gửi thành phố và nhập tệp trả lời; sau đó máy đồng bộ được cả qua mạng.</source>
        <translation>This PC was enrolled by file and has not yet received the city&apos;s first answer file, so it cannot sync over the network yet. Export the file for the city and import the answer file; after that the PC can also sync over the network.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="34"/>
        <source>Tệp này không phải tệp đăng ký máy do thành phố cấp. Hãy chọn đúng tệp.</source>
        <translation>This is not a PC enrolment file issued by the city. Choose the right file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="37"/>
        <source>Mã kích hoạt gồm 16 chữ số. Hãy nhập lại đúng như thành phố đã đọc hoặc ghi cho bạn.</source>
        <translation>The activation code has 16 digits. Enter it again exactly as the city read or wrote it for you.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="41"/>
        <source>Mã kích hoạt không khớp với tệp đăng ký này (hoặc tệp đã bị sửa). Hãy nhập lại; nếu vẫn không được, hãy gọi cán bộ thành phố đã cấp tệp để kiểm tra.</source>
        <translation>The activation code does not match this enrolment file (or the file was altered). Enter it again; if it still fails, call the city officer who issued the file to check it.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="46"/>
        <source>Tệp đăng ký này được cấp cho xã khác, không dùng được cho sổ của xã này. Hãy xin thành phố tệp cấp cho đúng xã.</source>
        <translation>This enrolment file was issued for another commune and cannot be used for this commune&apos;s register. Ask the city for a file issued for the right commune.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="51"/>
        <source>Tệp đăng ký đã hết hạn. Hãy xin thành phố cấp tệp mới; dữ liệu trên máy không bị ảnh hưởng.</source>
        <translation>The enrolment file has expired. Ask the city for a new file; the data on this PC is not affected.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="56"/>
        <source>Máy này đã đăng ký với máy chủ thành phố rồi, không cần tệp đăng ký. Tệp này chưa được dùng: hãy báo thành phố để huỷ tệp.</source>
        <translation>This PC is already enrolled with the city server and needs no enrolment file. This file was not used: tell the city so it can cancel the file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_messages.py" line="61"/>
        <source>Máy này đã nhận tệp đăng ký này rồi. Hãy xuất tệp gửi thành phố để hoàn tất đăng ký.</source>
        <translation>This PC has already received this enrolment file. Export the file for the city to complete the enrolment.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="8"/>
        <source>Không kết nối được máy chủ thành phố. Dữ liệu vẫn được giữ trên máy; hãy kiểm tra mạng rồi đồng bộ lại (máy sẽ tự thử lại khi có mạng).</source>
        <translation>The city server cannot be reached. The data stays on this PC; check the network, then sync again (the PC tries again by itself when the network is back).</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="13"/>
        <source>Câu trả lời của máy chủ bị cắt hoặc hỏng. Không có gì bị mất; hãy đồng bộ lại.</source>
        <translation>The server&apos;s answer was cut off or damaged. Nothing was lost; sync again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="17"/>
        <source>Máy này chưa được đăng ký với máy chủ thành phố. Hãy đăng ký máy ở trang Đồng bộ (cần địa chỉ máy chủ và tài khoản).</source>
        <translation>This PC is not enrolled with the city server yet. Enrol it on the Sync page (you need the server address and an account).</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="22"/>
        <source>Cần mật khẩu tài khoản máy chủ để đồng bộ. Hãy nhập rồi thử lại.</source>
        <translation>The server account&apos;s password is needed to sync. Enter it, then try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="25"/>
        <source>Đồng bộ không tiến triển trong một thời gian dài; máy sẽ thử lại.</source>
        <translation>The sync has made no progress for a long time; the PC will try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="28"/>
        <source>Một số bản ghi trên máy chủ thiếu bản ghi gốc (ví dụ người chăm sóc của một trẻ không có trên máy chủ) nên chưa được chép về máy này; phần còn lại đã được chép. Hãy báo cán bộ quản trị thành phố kiểm tra dữ liệu của xã; lần đồng bộ sau máy sẽ tải lại.</source>
        <translation>Some records on the server lack the record they belong to (for example a carer of a child who is not on the server), so they were not copied to this PC; the rest was copied. Ask the city administrator to check the commune&apos;s data; the next sync will fetch them again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="34"/>
        <source>Khóa công khai của máy chủ không hợp lệ. Hãy lấy lại tệp khóa từ cán bộ thành phố.</source>
        <translation>The server&apos;s public key is not valid. Get the key file again from the city officer.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="38"/>
        <source>Tệp này không phải tệp trả lời đồng bộ. Hãy chọn đúng tệp.</source>
        <translation>This is not a sync answer file. Choose the right file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="41"/>
        <source>Tệp trả lời này không dành cho máy này (hoặc đã được nhập rồi). Hãy chọn đúng tệp.</source>
        <translation>This answer file is not meant for this PC (or was imported already). Choose the right file.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="45"/>
        <source>Máy này đã bị thu hồi quyền đồng bộ. Hãy liên hệ cán bộ quản trị thành phố; dữ liệu trên máy không bị xoá.</source>
        <translation>This PC&apos;s right to sync has been revoked. Contact the city administrator; the data on this PC is not deleted.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="50"/>
        <source>Sai tên đăng nhập hoặc mật khẩu máy chủ. Hãy kiểm tra và thử lại.</source>
        <translation>Wrong server user name or password. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="53"/>
        <source>Phiên bản ứng dụng trên máy này đã cũ, máy chủ không còn nhận. Hãy cài bản mới nhất; dữ liệu chưa gửi vẫn được giữ trên máy.</source>
        <translation>The app on this PC is too old; the server no longer accepts it. Install the latest version; the data not yet sent stays on this PC.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="58"/>
        <source>Ứng dụng trên máy này mới hơn máy chủ thành phố. Máy chủ sẽ được nâng cấp; hãy đồng bộ lại sau. Dữ liệu chưa gửi vẫn được giữ trên máy.</source>
        <translation>The app on this PC is newer than the city server. The server will be upgraded; sync again later. The data not yet sent stays on this PC.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="63"/>
        <source>Máy chủ không nhận gói dữ liệu của máy này vì sai định dạng. Dữ liệu vẫn được giữ trên máy. Hãy cài bản BVTE mới nhất rồi đồng bộ lại; nếu vẫn vậy, hãy báo bộ phận kỹ thuật.</source>
        <translation>The server did not accept this PC&apos;s data because its format is wrong. The data stays on this PC. Install the latest BVTE, then sync again; if it still happens, tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="68"/>
        <source>Gói dữ liệu gửi lên quá lớn so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>The data sent is larger than the server accepts. The data stays on this PC; tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="73"/>
        <source>Gói dữ liệu gửi lên bung ra lớn bất thường khi giải nén nên máy chủ không nhận. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>The data sent inflates to an unusual size when unpacked, so the server refused it. The data is still kept on this PC; please tell technical support.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="78"/>
        <source>Gói dữ liệu gửi lên có quá nhiều giá trị so với giới hạn của máy chủ. Dữ liệu vẫn được giữ trên máy; hãy báo bộ phận kỹ thuật.</source>
        <translation>The data sent holds more values than the server accepts. The data is still kept on this PC; please tell technical support.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="83"/>
        <source>Địa chỉ máy chủ bắt đầu bằng http:// nên dữ liệu trẻ em sẽ đi qua mạng không được mã hóa. Máy không gửi dữ liệu tới địa chỉ như vậy. Hãy dùng địa chỉ https:// do thành phố cung cấp (ví dụ https://bvte.haiphong.gov.vn) rồi đăng ký lại máy.</source>
        <translation>The server address begins with http://, so children&apos;s data would travel over the network unencrypted. The PC does not send data to such an address. Use the https:// address the city gives (for example https://bvte.haiphong.gov.vn), then enrol the PC again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="132"/>
        <source>Đồng bộ chưa xong. Dữ liệu vẫn được giữ trên máy; hãy thử lại sau. Nếu lần sau vẫn vậy, hãy báo bộ phận kỹ thuật (mã lỗi: {code}).</source>
        <translation>The sync did not finish. The data stays on this PC; try again later. If it happens again, tell the technical team (error code: {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="140"/>
        <source>Bản ghi thiếu giá trị bắt buộc ở cột «{column}». Hãy điền giá trị đó rồi gửi lại.</source>
        <translation>The record lacks a required value in column «{column}». Fill in that value, then send it again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="144"/>
        <source>Giá trị ở cột «{column}» không hợp lệ (sai kiểu, không có trong danh mục hoặc không phải ngày tháng đúng). Hãy sửa giá trị đó rồi gửi lại.</source>
        <translation>The value in column «{column}» is not valid (wrong type, not in the list, or not a real date). Correct it, then send it again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="149"/>
        <source>Giá trị ở cột «{column}» dài quá mức cho phép. Hãy rút gọn rồi gửi lại.</source>
        <translation>The value in column «{column}» is longer than allowed. Shorten it, then send it again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="152"/>
        <source>Số ở cột «{column}» quá lớn (vượt quá 9.007.199.254.740.991), máy khác có thể đọc sai. Hãy sửa số đó rồi gửi lại.</source>
        <translation>The number in column «{column}» is too large (over 9,007,199,254,740,991); other PCs could read it wrongly. Correct it and send again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="157"/>
        <source>Bản ghi có cột «{column}» mà máy chủ không biết. Hãy cài bản BVTE mới nhất rồi đồng bộ lại.</source>
        <translation>The record has a column «{column}» the server does not know. Install the latest BVTE, then sync again.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="163"/>
        <source>Máy chủ từ chối thay đổi này ({code}). Hãy báo cán bộ quản trị thành phố.</source>
        <translation>The server refused this change ({code}). Tell the city administrator.</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="169"/>
        <source>thiếu giá trị bắt buộc ở cột «{column}»</source>
        <translation>lacks a required value in column «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="172"/>
        <source>có giá trị ứng dụng không đọc được ở cột «{column}»</source>
        <translation>has a value the app cannot read in column «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="175"/>
        <source>có giá trị quá dài ở cột «{column}»</source>
        <translation>has a value that is too long in column «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="176"/>
        <source>có số quá lớn, không giữ được chính xác, ở cột «{column}»</source>
        <translation>has a number too large to keep exactly in column «{column}»</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="179"/>
        <source>thuộc về một bản ghi khác (cột «{column}») đang được giữ riêng vì không đọc được</source>
        <translation>belongs to another record (column «{column}») that is held back because it cannot be read</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/messages.py" line="184"/>
        <source>Bản ghi nhận từ máy chủ {what} nên chưa được lưu vào sổ; phần còn lại của sổ vẫn dùng bình thường. Hãy báo cán bộ quản trị thành phố sửa bản ghi trên máy chủ: lần đồng bộ sau khi sửa, máy sẽ tự lưu bản ghi này.</source>
        <translation>A record received from the server {what}, so it was not stored in the register; the rest of the register works as usual. Ask the city administrator to correct the record on the server: at the first sync after that, the PC stores it by itself.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="63"/>
        <location filename="../desktop/ui/sync/page.py" line="99"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="66"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="67"/>
        <source>Refused changes</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="85"/>
        <source>City server</source>
        <translation>City server</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="90"/>
        <source>Enrol this PC...</source>
        <translation>Enrol this PC...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="94"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="95"/>
        <source>This PC:</source>
        <translation>This PC:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="101"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="123"/>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="124"/>
        <source>Changes waiting:</source>
        <translation>Changes waiting:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="126"/>
        <source>End-of-day reminder at:</source>
        <translation>End-of-day reminder at:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="146"/>
        <source>The same field was changed here and on another PC. Choose which value to keep, or write the right one; your choice reaches every PC of the commune.</source>
        <translation>The same field was changed here and on another PC. Choose which value to keep, or write the right one; your choice reaches every PC of the commune.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="155"/>
        <source>Keep my value</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="156"/>
        <source>Keep the server value</source>
        <translation>Keep the server value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="157"/>
        <source>Write the right value...</source>
        <translation>Write the right value...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="176"/>
        <source>The server refused these changes. They are kept here: fix and send them again, or discard them.</source>
        <translation>The server refused these changes. They are kept here: fix and send them again, or discard them.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="184"/>
        <source>Fix and send again...</source>
        <translation>Fix and send again...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="185"/>
        <source>Discard...</source>
        <translation>Discard...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="228"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="232"/>
        <source>enrolled</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="232"/>
        <source>not enrolled yet</source>
        <translation>not enrolled yet</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="244"/>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="246"/>
        <source>Refused changes (%1)</source>
        <translation>Refused changes (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="257"/>
        <source>This could not be done (%1).</source>
        <translation>This could not be done (%1).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="259"/>
        <source>Something went wrong (%1). Nothing was lost.</source>
        <translation>Something went wrong (%1). Nothing was lost.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="280"/>
        <source>Enrolling this PC...</source>
        <translation>Enrolling this PC...</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="291"/>
        <source>This PC is enrolled. You can sync now.</source>
        <translation>This PC is enrolled. You can sync now.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="296"/>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="297"/>
        <source>Receiving changes</source>
        <translation>Receiving changes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="298"/>
        <source>Downloading the commune&apos;s register</source>
        <translation>Downloading the commune&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="299"/>
        <source>Checking against the server</source>
        <translation>Checking against the server</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="300"/>
        <source>Repairing records that differ</source>
        <translation>Repairing records that differ</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="301"/>
        <source>Connection lost; trying again</source>
        <translation>Connection lost; trying again</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="302"/>
        <source>No progress for a while; still trying</source>
        <translation>No progress for a while; still trying</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="337"/>
        <source>Sync finished: %1 changes sent, %2 records received.</source>
        <translation>Sync finished: %1 changes sent, %2 records received.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="341"/>
        <source>%1 conflicts need your choice.</source>
        <translation>%1 conflicts need your choice.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="345"/>
        <source>%1 changes were refused.</source>
        <translation>%1 changes were refused.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="347"/>
        <source>Some records differed from the server and were repaired.</source>
        <translation>Some records differed from the server and were repaired.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="348"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="398"/>
        <source>End of the day</source>
        <translation>End of the day</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="400"/>
        <source>%1 changes on this PC are not synced yet. Sync now?</source>
        <translation>%1 changes on this PC are not synced yet. Sync now?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="423"/>
        <source>Choose a conflict first.</source>
        <translation>Choose a conflict first.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="427"/>
        <source>Write the right value</source>
        <translation>Write the right value</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="435"/>
        <source>Your choice is saved and goes out with the next sync.</source>
        <translation>Your choice is saved and goes out with the next sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="451"/>
        <source>Fix the change</source>
        <translation>Fix the change</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="464"/>
        <source>The change goes out again with the next sync.</source>
        <translation>The change goes out again with the next sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="477"/>
        <source>Discard the change</source>
        <translation>Discard the change</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="479"/>
        <source>Discard this refused change for good? The record returns to the server&apos;s copy at the next sync.</source>
        <translation>Discard this refused change for good? The record returns to the server&apos;s copy at the next sync.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="490"/>
        <source>The change was discarded.</source>
        <translation>The change was discarded.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/page.py" line="230"/>
        <source>enrolled by file; the first answer completes it</source>
        <translation>enrolled by file; the first answer completes it</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="10"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="11"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="12"/>
        <source>Carer</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="13"/>
        <source>Special group</source>
        <translation>Special group</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="14"/>
        <source>Allowance</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="15"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="16"/>
        <source>Support plan</source>
        <translation>Support plan</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="17"/>
        <source>Plan task</source>
        <translation>Plan task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="18"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="19"/>
        <source>Case note</source>
        <translation>Case note</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="20"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="23"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="24"/>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="25"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="26"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="27"/>
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="28"/>
        <source>Permanent address</source>
        <translation>Permanent address</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="29"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="30"/>
        <source>Personal ID number</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="31"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="32"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="33"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="36"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="37"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="38"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../desktop/ui/sync/texts.py" line="39"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="87"/>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="88"/>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="91"/>
        <source>Overdue and due soon only</source>
        <translation>Overdue and due soon only</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="92"/>
        <source>5 working days to draft a plan count from:</source>
        <translation>5 working days to draft a plan count from:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="97"/>
        <source>the report</source>
        <translation>the report</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="98"/>
        <source>the initial assessment</source>
        <translation>the initial assessment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="99"/>
        <source>the detailed assessment</source>
        <translation>the detailed assessment</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="100"/>
        <source>the case meeting</source>
        <translation>the case meeting</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="107"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="108"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="109"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="110"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="111"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="112"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="150"/>
        <source>Child in danger</source>
        <translation>Child in danger</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="151"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="152"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../desktop/ui/tasks/page.py" line="153"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/tasks/page.py" line="174"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="47"/>
        <source>The data folder cannot be written (a read-only folder, a locked USB stick or a network folder without write rights). The register is not damaged and nothing was changed: do not restore a backup. Copy the whole folder somewhere you can write (for example Documents), or ask the technical team for write rights, and try again.</source>
        <translation>The data folder cannot be written (a read-only folder, a locked USB stick or a network folder without write rights). The register is not damaged and nothing was changed: do not restore a backup. Copy the whole folder somewhere you can write (for example Documents), or ask the technical team for write rights, and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="55"/>
        <source>This register was updated by a newer version of BVTE. Nothing was changed and no restore is needed. Install the latest BVTE update on this PC, then open it again.</source>
        <translation>This register was updated by a newer version of BVTE. Nothing was changed and no restore is needed. Install the latest BVTE update on this PC, then open it again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="41"/>
        <source>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</source>
        <translation>No register was found in this folder. Check the folder, or create a register with &apos;bvte init&apos; (or open the sample register with &apos;bvte demo&apos;).</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="61"/>
        <source>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</source>
        <translation>The key file (register.keys) is damaged and its backup copy cannot be used. Restore register.keys from your latest backup.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="67"/>
        <source>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</source>
        <translation>The register file is damaged or unreadable. Nothing was changed. Restore it from the latest backup and tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="73"/>
        <source>The register is being used by another program. Close that program (or wait a moment) and try again.</source>
        <translation>The register is being used by another program. Close that program (or wait a moment) and try again.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="79"/>
        <source>This officer is no longer in the register. Choose another officer.</source>
        <translation>This officer is no longer in the register. Choose another officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="82"/>
        <source>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</source>
        <translation>The register could not be opened ({0}). Nothing was changed. Run &apos;bvte doctor&apos; and tell the technical team.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="354"/>
        <source>Open the children&apos;s register</source>
        <translation>Open the children&apos;s register</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="355"/>
        <source>Children&apos;s register — BVTE</source>
        <translation>Children&apos;s register — BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="357"/>
        <source>Choose your name and type your password to open the register.</source>
        <translation>Choose your name and type your password to open the register.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="363"/>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="373"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="361"/>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="283"/>
        <source>You can type your password again now.</source>
        <translation>You can type your password again now.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="344"/>
        <source>BVTE is locked</source>
        <translation>BVTE is locked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="345"/>
        <source>The register is locked</source>
        <translation>The register is locked</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="348"/>
        <source>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</source>
        <translation>Your unsaved entries were kept as drafts. Type your password to continue, or choose another officer.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="352"/>
        <source>Close BVTE</source>
        <translation>Close BVTE</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="359"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="362"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="297"/>
        <source>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</source>
        <translation>Wrong password. Type it again (check Caps Lock and the Vietnamese input method).</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/unlock/dialog.py" line="302"/>
        <source>Too many wrong passwords. Try again in %n second(s), or use the recovery key.</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second, or use the recovery key.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds, or use the recovery key.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/dialog.py" line="373"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="22"/>
        <source>The key file (register.keys) was damaged or missing. It was rebuilt from its backup copy (register.keys.bak); the register&apos;s data is not affected. Tell the technical team: the disk may be failing.</source>
        <translation>The key file (register.keys) was damaged or missing. It was rebuilt from its backup copy (register.keys.bak); the register&apos;s data is not affected. Tell the technical team: the disk may be failing.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/unlock/errors.py" line="29"/>
        <source>The backup copy of the key file (register.keys.bak) was damaged or missing and was written again from the key file. The register&apos;s data is not affected. If this happens again, tell the technical team.</source>
        <translation>The backup copy of the key file (register.keys.bak) was damaged or missing and was written again from the key file. The register&apos;s data is not affected. If this happens again, tell the technical team.</translation>
    </message>
</context>
<context>
    <name>VisitColumns</name>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="24"/>
        <source>Visited on</source>
        <translation>Visited on</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="25"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="26"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="27"/>
        <source>Child seen</source>
        <translation>Child seen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="28"/>
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="29"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="34"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="35"/>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="36"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="42"/>
        <source>Corrected by a later revision</source>
        <translation>Corrected by a later revision</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="45"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="118"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/model.py" line="119"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="40"/>
        <source>The visit time is in the future. Check the date and time.</source>
        <translation>The visit time is in the future. Check the date and time.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="43"/>
        <source>Enter who made the visit.</source>
        <translation>Enter who made the visit.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="46"/>
        <source>Write what you observed or what was done.</source>
        <translation>Write what you observed or what was done.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="49"/>
        <source>The next visit must be after the day of this visit.</source>
        <translation>The next visit must be after the day of this visit.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="52"/>
        <source>This visit was already corrected; correct the latest revision instead.</source>
        <translation>This visit was already corrected; correct the latest revision instead.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="188"/>
        <source>Restored the unsaved entry you were making. Check it, then save.</source>
        <translation>Restored the unsaved entry you were making. Check it, then save.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="253"/>
        <source>The visit could not be saved ({0}). What you typed is kept as a draft; try again in a moment.</source>
        <translation>The visit could not be saved ({0}). What you typed is kept as a draft; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="300"/>
        <source>New home visit</source>
        <translation>New home visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="301"/>
        <source>Home visit to %1</source>
        <translation>Home visit to %1</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="303"/>
        <source>Correct a home visit</source>
        <translation>Correct a home visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="306"/>
        <source>Correction of the visit to %1. The visit as first saved is kept; this correction is saved beside it.</source>
        <translation>Correction of the visit to %1. The visit as first saved is kept; this correction is saved beside it.</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="311"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="311"/>
        <source>Visitors</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="311"/>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="312"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="312"/>
        <source>Risk flags</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="312"/>
        <source>Actions taken</source>
        <translation>Actions taken</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="313"/>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="317"/>
        <source>The child was seen</source>
        <translation>The child was seen</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="318"/>
        <source>Other flags, separated by commas</source>
        <translation>Other flags, separated by commas</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="319"/>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/form.py" line="320"/>
        <source>Close; what you typed is kept as a draft</source>
        <translation>Close; what you typed is kept as a draft</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <location filename="../desktop/ui/visits/page.py" line="181"/>
        <source>%n visits in the last 90 days</source>
        <translation>
            <numerusform>%n visits in the last 90 days</numerusform>
            <numerusform>%n visits in the last 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits/page.py" line="183"/>
        <source>%n children due or overdue for a visit</source>
        <translation>
            <numerusform>%n children due or overdue for a visit</numerusform>
            <numerusform>%n children due or overdue for a visit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/ui/visits/page.py" line="189"/>
        <source>%n visit entries were not saved yet.</source>
        <translation>
            <numerusform>%n visit entries were not saved yet.</numerusform>
            <numerusform>%n visit entries were not saved yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="196"/>
        <source>Due and overdue</source>
        <translation>Due and overdue</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="197"/>
        <source>Recent visits</source>
        <translation>Recent visits</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="200"/>
        <source>Filter by child, visitor or risk flag</source>
        <translation>Filter by child, visitor or risk flag</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="201"/>
        <source>&amp;Record a visit…</source>
        <translation>&amp;Record a visit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="202"/>
        <source>Open &amp;profile</source>
        <translation>Open &amp;profile</translation>
    </message>
    <message>
        <location filename="../desktop/ui/visits/page.py" line="203"/>
        <source>Resume the latest</source>
        <translation>Resume the latest</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="135"/>
        <source>&amp;New visit…</source>
        <translation>&amp;New visit…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/child/lists.py" line="136"/>
        <source>&amp;Correct the selected visit…</source>
        <translation>&amp;Correct the selected visit…</translation>
    </message>
</context>
</TS>

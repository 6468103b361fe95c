<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AftercareScreen</name>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="105"/>
        <source>After the trip</source>
        <translation>After the trip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="112"/>
        <location filename="../../ui/screens/aftercare.py" line="114"/>
        <location filename="../../ui/screens/aftercare.py" line="117"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="112"/>
        <location filename="../../ui/screens/aftercare.py" line="114"/>
        <source>Traveller</source>
        <translation>Traveller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="112"/>
        <location filename="../../ui/screens/aftercare.py" line="114"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="113"/>
        <location filename="../../ui/screens/aftercare.py" line="115"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="111"/>
        <source>Debrief due</source>
        <translation>Debrief due</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="111"/>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="113"/>
        <location filename="../../ui/screens/aftercare.py" line="115"/>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="117"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="119"/>
        <source>Overdue debriefs</source>
        <translation>Overdue debriefs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="119"/>
        <source>Back from a trip</source>
        <translation>Back from a trip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="120"/>
        <source>Declarations to review</source>
        <translation>Declarations to review</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="120"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="134"/>
        <source>Record &amp;debrief…</source>
        <translation>Record &amp;debrief…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="136"/>
        <source>&amp;Review declaration…</source>
        <translation>&amp;Review declaration…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="138"/>
        <source>Record &amp;violation…</source>
        <translation>Record &amp;violation…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="140"/>
        <source>&amp;Open request</source>
        <translation>&amp;Open request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="158"/>
        <source>Aftercare</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="202"/>
        <source>travel without permission</source>
        <translation>travel without permission</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="203"/>
        <source>breach of conditions</source>
        <translation>breach of conditions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="256"/>
        <source>Request No. %1: %2</source>
        <translation>Request No. %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="259"/>
        <source>Debrief for request %1 recorded.</source>
        <translation>Debrief for request %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="270"/>
        <source>Declaration %1 reviewed.</source>
        <translation>Declaration %1 reviewed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="288"/>
        <source>Violation recorded; the clearance of %1 is withdrawn and the withdrawal letter waits for signing.</source>
        <translation>Violation recorded; the clearance of %1 is withdrawn and the withdrawal letter waits for signing.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>no secure keyring on this workstation</source>
        <translation>no secure keyring on this workstation</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="67"/>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="67"/>
        <source>Entity id</source>
        <translation>Entity id</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="62"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="64"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="66"/>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="67"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="68"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="69"/>
        <source>All entities</source>
        <translation>All entities</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="73"/>
        <location filename="../../ui/screens/audit.py" line="74"/>
        <source>Entity id</source>
        <translation>Entity id</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="76"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="78"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="80"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="81"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="97"/>
        <location filename="../../ui/screens/audit.py" line="166"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="118"/>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="125"/>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Verify the trail</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="128"/>
        <source>Verify against a signed &amp;letter or bundle…</source>
        <translation>Verify against a signed &amp;letter or bundle…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="218"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/audit.py" line="228"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="245"/>
        <source>Changes:</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="250"/>
        <source>A signed letter or inspection bundle</source>
        <translation>A signed letter or inspection bundle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="251"/>
        <source>Signed letters and bundles (*.pdf *.zip)</source>
        <translation>Signed letters and bundles (*.pdf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="267"/>
        <source>Checking the audit chain…</source>
        <translation>Checking the audit chain…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="305"/>
        <source>The chain links: %1 entries and %2 checkpoints checked, up to entry %3. The checkpoints are signed with the store&apos;s own key, which every user of the store holds.</source>
        <translation>The chain links: %1 entries and %2 checkpoints checked, up to entry %3. The checkpoints are signed with the store&apos;s own key, which every user of the store holds.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="311"/>
        <source>%1, signed by %2, vouches for entries up to %3: they match.</source>
        <translation>%1, signed by %2, vouches for entries up to %3: they match.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="315"/>
        <source>Unanchored tail: %1 entries that nothing outside the store protects. Verify against a letter or bundle signed later to check them.</source>
        <translation>Unanchored tail: %1 entries that nothing outside the store protects. Verify against a letter or bundle signed later to check them.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="299"/>
        <source>The audit trail is NOT intact. First bad entry: %1. %2</source>
        <translation>The audit trail is NOT intact. First bad entry: %1. %2</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../ui/models/audit_words.py" line="22"/>
        <source>Audit key pinned</source>
        <translation>Audit key pinned</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="23"/>
        <source>Audit key unpinned</source>
        <translation>Audit key unpinned</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="24"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="25"/>
        <source>Backup settings changed</source>
        <translation>Backup settings changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="26"/>
        <source>Backup recovery key made</source>
        <translation>Backup recovery key made</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="27"/>
        <source>Clearances expired</source>
        <translation>Clearances expired</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="28"/>
        <source>Clearance set</source>
        <translation>Clearance set</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="29"/>
        <source>Clearance suspended</source>
        <translation>Clearance suspended</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="30"/>
        <source>Clearance reinstated</source>
        <translation>Clearance reinstated</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="31"/>
        <source>Clearance withdrawn</source>
        <translation>Clearance withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="32"/>
        <source>Revocation list added</source>
        <translation>Revocation list added</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="33"/>
        <location filename="../../ui/models/audit_words.py" line="65"/>
        <source>Debrief recorded</source>
        <translation>Debrief recorded</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="34"/>
        <location filename="../../ui/models/audit_words.py" line="68"/>
        <source>Declaration accepted</source>
        <translation>Declaration accepted</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="35"/>
        <location filename="../../ui/models/audit_words.py" line="67"/>
        <source>Trip declared</source>
        <translation>Trip declared</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="36"/>
        <source>Decision: approved</source>
        <translation>Decision: approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="37"/>
        <source>Decision: denied</source>
        <translation>Decision: denied</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="38"/>
        <source>Decision: returned for changes</source>
        <translation>Decision: returned for changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="39"/>
        <source>Decision reconsidered: approved</source>
        <translation>Decision reconsidered: approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="41"/>
        <source>Decision reconsidered: denied</source>
        <translation>Decision reconsidered: denied</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="42"/>
        <source>Decision reconsidered: returned for changes</source>
        <translation>Decision reconsidered: returned for changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="44"/>
        <source>Delegation granted</source>
        <translation>Delegation granted</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="45"/>
        <source>Delegation revoked</source>
        <translation>Delegation revoked</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="46"/>
        <source>Demonstration data generated</source>
        <translation>Demonstration data generated</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="47"/>
        <source>Inspection bundle exported</source>
        <translation>Inspection bundle exported</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="48"/>
        <source>Letter language changed</source>
        <translation>Letter language changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="49"/>
        <source>Letter printed</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="50"/>
        <source>Letter prepared for signing</source>
        <translation>Letter prepared for signing</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="51"/>
        <source>Letter signed</source>
        <translation>Letter signed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="52"/>
        <source>Person added</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="53"/>
        <source>Person changed</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="54"/>
        <source>Policy published</source>
        <translation>Policy published</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="55"/>
        <source>Action refused</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="56"/>
        <source>Request created</source>
        <translation>Request created</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="57"/>
        <source>Request changed</source>
        <translation>Request changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="58"/>
        <source>Request submitted</source>
        <translation>Request submitted</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="59"/>
        <source>Request approved</source>
        <translation>Request approved</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="60"/>
        <source>Request denied</source>
        <translation>Request denied</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="61"/>
        <source>Request returned for changes</source>
        <translation>Request returned for changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="62"/>
        <source>Request cancelled</source>
        <translation>Request cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="63"/>
        <source>Departure recorded</source>
        <translation>Departure recorded</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="64"/>
        <source>Return from the trip recorded</source>
        <translation>Return from the trip recorded</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="66"/>
        <source>Request closed</source>
        <translation>Request closed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="69"/>
        <source>Declaration found to be a violation</source>
        <translation>Declaration found to be a violation</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="71"/>
        <location filename="../../ui/models/audit_words.py" line="95"/>
        <source>Violation recorded</source>
        <translation>Violation recorded</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="72"/>
        <source>Setting changed</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="73"/>
        <source>Signer&apos;s certificate pinned</source>
        <translation>Signer&apos;s certificate pinned</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="74"/>
        <source>Signer&apos;s certificate remembered</source>
        <translation>Signer&apos;s certificate remembered</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="75"/>
        <source>Signing key set</source>
        <translation>Signing key set</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="76"/>
        <source>Signer&apos;s certificate unpinned</source>
        <translation>Signer&apos;s certificate unpinned</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="77"/>
        <source>Staff list imported</source>
        <translation>Staff list imported</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="78"/>
        <source>Person changed by the staff import</source>
        <translation>Person changed by the staff import</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="79"/>
        <source>Store created</source>
        <translation>Store created</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="80"/>
        <source>Store moved to the server</source>
        <translation>Store moved to the server</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="81"/>
        <source>Store keys rotated</source>
        <translation>Store keys rotated</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="82"/>
        <source>Store restored from a backup</source>
        <translation>Store restored from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="83"/>
        <source>Restore from a backup started</source>
        <translation>Restore from a backup started</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="84"/>
        <source>Trusted certificate added</source>
        <translation>Trusted certificate added</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="85"/>
        <source>Trusted list imported</source>
        <translation>Trusted list imported</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="86"/>
        <source>Trusted-list signer pinned</source>
        <translation>Trusted-list signer pinned</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="87"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="88"/>
        <source>Unlocked with the recovery key</source>
        <translation>Unlocked with the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="89"/>
        <source>Unlock failed</source>
        <translation>Unlock failed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="90"/>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="91"/>
        <source>User linked to a person</source>
        <translation>User linked to a person</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="92"/>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="93"/>
        <source>User removed</source>
        <translation>User removed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="94"/>
        <source>Roles changed</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="100"/>
        <location filename="../../ui/models/audit_words.py" line="126"/>
        <source>Audit key</source>
        <translation>Audit key</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="101"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="102"/>
        <source>Clearances</source>
        <translation>Clearances</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="103"/>
        <source>Revocation lists</source>
        <translation>Revocation lists</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="104"/>
        <source>Debriefs</source>
        <translation>Debriefs</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="105"/>
        <source>Declarations</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="106"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="107"/>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="108"/>
        <source>Demonstration data</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="109"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="110"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="111"/>
        <location filename="../../ui/models/audit_words.py" line="195"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="112"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="113"/>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="114"/>
        <location filename="../../ui/models/audit_words.py" line="196"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="115"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="116"/>
        <source>Signers</source>
        <translation>Signers</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="117"/>
        <source>Staff imports</source>
        <translation>Staff imports</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="118"/>
        <location filename="../../ui/models/audit_words.py" line="137"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="119"/>
        <source>Trusted certificates</source>
        <translation>Trusted certificates</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="120"/>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="121"/>
        <location filename="../../ui/models/audit_words.py" line="158"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="122"/>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="127"/>
        <source>Inspection bundle</source>
        <translation>Inspection bundle</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="128"/>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="129"/>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="130"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="131"/>
        <location filename="../../ui/models/audit_words.py" line="155"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="132"/>
        <source>Policy version</source>
        <translation>Policy version</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="133"/>
        <source>Revocation list</source>
        <translation>Revocation list</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="134"/>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="135"/>
        <source>Signer&apos;s certificate</source>
        <translation>Signer&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="136"/>
        <source>Staff list</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="138"/>
        <source>Travel request</source>
        <translation>Travel request</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="139"/>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="140"/>
        <source>Trusted list</source>
        <translation>Trusted list</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="141"/>
        <source>Trusted-list signer</source>
        <translation>Trusted-list signer</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="142"/>
        <location filename="../../ui/models/audit_words.py" line="157"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="143"/>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="147"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="148"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="149"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="150"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="151"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="152"/>
        <source>Staff category</source>
        <translation>Staff category</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="153"/>
        <location filename="../../ui/models/audit_words.py" line="154"/>
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="156"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="159"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="160"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="162"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="163"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="164"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="165"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="166"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="167"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="168"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="169"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="170"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="171"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="172"/>
        <location filename="../../ui/models/audit_words.py" line="173"/>
        <location filename="../../ui/models/audit_words.py" line="174"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="175"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="176"/>
        <source>Reason category</source>
        <translation>Reason category</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="177"/>
        <source>Border crossing</source>
        <translation>Border crossing</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="178"/>
        <source>Mode of travel</source>
        <translation>Mode of travel</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="179"/>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="180"/>
        <source>Person at home</source>
        <translation>Person at home</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="181"/>
        <source>Travel document</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="182"/>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="183"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="184"/>
        <source>Legs of the trip</source>
        <translation>Legs of the trip</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="185"/>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="186"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="187"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="188"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="189"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="190"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="191"/>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="192"/>
        <source>Attempted</source>
        <translation>Attempted</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="193"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="194"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="197"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="198"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="199"/>
        <source>With effect from</source>
        <translation>With effect from</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="200"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="201"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="202"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="203"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="204"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="205"/>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="206"/>
        <source>Debrief due</source>
        <translation>Debrief due</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="207"/>
        <source>Back on</source>
        <translation>Back on</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="208"/>
        <source>Key generation</source>
        <translation>Key generation</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="209"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="222"/>
        <source>%1 (all)</source>
        <translation>%1 (all)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="250"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="251"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="282"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="285"/>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="38"/>
        <source>Clearance of %1</source>
        <translation>Clearance of %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="59"/>
        <source>e.g. granted by order No. …</source>
        <translation>e.g. granted by order No. …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="61"/>
        <source>&amp;Level</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="61"/>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="62"/>
        <source>&amp;Issued</source>
        <translation>&amp;Issued</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="63"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="64"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="67"/>
        <source>The same number corrects or renews the current clearance; a new number grants a new one.</source>
        <translation>The same number corrects or renews the current clearance; a new number grants a new one.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/domain/personal_code.py" line="26"/>
        <source>A personal code has 11 digits.</source>
        <translation>A personal code has 11 digits.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="27"/>
        <source>A personal code may contain digits only.</source>
        <translation>A personal code may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="28"/>
        <source>The check digit (the last digit) does not match the other ten.</source>
        <translation>The check digit (the last digit) does not match the other ten.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="30"/>
        <source>The first seven digits do not encode a real birth date.</source>
        <translation>The first seven digits do not encode a real birth date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="31"/>
        <source>The first seven digits encode a birth date in the future.</source>
        <translation>The first seven digits encode a birth date in the future.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="54"/>
        <source>Personal code %1 is not valid: %2</source>
        <translation>Personal code %1 is not valid: %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="87"/>
        <source>does not exist yet</source>
        <translation>does not exist yet</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="88"/>
        <source>is a draft</source>
        <translation>is a draft</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="89"/>
        <source>is submitted</source>
        <translation>is submitted</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="90"/>
        <source>is approved</source>
        <translation>is approved</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="91"/>
        <source>is denied</source>
        <translation>is denied</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="92"/>
        <source>is returned for changes</source>
        <translation>is returned for changes</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="93"/>
        <source>is cancelled</source>
        <translation>is cancelled</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="94"/>
        <source>is marked as travelling</source>
        <translation>is marked as travelling</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="95"/>
        <source>is marked as back</source>
        <translation>is marked as back</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="96"/>
        <source>is debriefed</source>
        <translation>is debriefed</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="97"/>
        <source>is closed</source>
        <translation>is closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="98"/>
        <source>is declared</source>
        <translation>is declared</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="99"/>
        <source>is accepted</source>
        <translation>is accepted</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="100"/>
        <source>is recorded as a violation</source>
        <translation>is recorded as a violation</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="105"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="106"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="107"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="108"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="109"/>
        <source>returned for changes</source>
        <translation>returned for changes</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="110"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="111"/>
        <source>marked as departed</source>
        <translation>marked as departed</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="112"/>
        <source>marked as back</source>
        <translation>marked as back</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="113"/>
        <source>debriefed</source>
        <translation>debriefed</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="114"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="115"/>
        <source>declared</source>
        <translation>declared</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="116"/>
        <source>accepted after review</source>
        <translation>accepted after review</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="117"/>
        <source>judged a violation after review</source>
        <translation>judged a violation after review</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="118"/>
        <source>recorded as a violation</source>
        <translation>recorded as a violation</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="129"/>
        <source>A request that %1 cannot be %2.</source>
        <translation>A request that %1 cannot be %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="103"/>
        <location filename="../../app/exchange/pg_backup.py" line="407"/>
        <source>%1 already exists; backups never overwrite one another.</source>
        <translation>%1 already exists; backups never overwrite one another.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="110"/>
        <location filename="../../app/exchange/backup.py" line="165"/>
        <location filename="../../app/exchange/pg_backup.py" line="457"/>
        <source>The disk is full: the backup could not be written to %1; nothing was left behind and earlier backups are untouched.</source>
        <translation>The disk is full: the backup could not be written to %1; nothing was left behind and earlier backups are untouched.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="196"/>
        <source>The file is not a Permit Desk backup, or its manifest is damaged; nothing was changed.</source>
        <translation>The file is not a Permit Desk backup, or its manifest is damaged; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="274"/>
        <location filename="../../app/exchange/pg_backup.py" line="247"/>
        <source>There is no backup file at %1.</source>
        <translation>There is no backup file at %1.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="300"/>
        <source>The disk is full: there is no room beside the store to check the backup; nothing was changed.</source>
        <translation>The disk is full: there is no room beside the store to check the backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="302"/>
        <source>The backup file is damaged or truncated; nothing was changed.</source>
        <translation>The backup file is damaged or truncated; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="307"/>
        <source>The backup is damaged: %1 does not match its hash; nothing was changed.</source>
        <translation>The backup is damaged: %1 does not match its hash; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="313"/>
        <source>The backup&apos;s key file is damaged; nothing was changed.</source>
        <translation>The backup&apos;s key file is damaged; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="317"/>
        <source>This backup is of another store (a different store id); nothing was changed.</source>
        <translation>This backup is of another store (a different store id); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="244"/>
        <source>The backup cannot be opened: %1 Nothing was changed.</source>
        <translation>The backup cannot be opened: %1 Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="169"/>
        <source>%1 is not an administrator of this store; restoring a backup needs the administrator role here.</source>
        <translation>%1 is not an administrator of this store; restoring a backup needs the administrator role here.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="175"/>
        <source>The backup is damaged (%1); nothing was changed.</source>
        <translation>The backup is damaged (%1); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="185"/>
        <source>%1 is not an administrator in the backup&apos;s store; restoring needs the administrator role.</source>
        <translation>%1 is not an administrator in the backup&apos;s store; restoring needs the administrator role.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="190"/>
        <location filename="../../app/services/server_backup.py" line="205"/>
        <source>The backup&apos;s audit trail does not verify (%1); nothing was changed.</source>
        <translation>The backup&apos;s audit trail does not verify (%1); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/bundle_io.py" line="111"/>
        <source>%1 already exists; choose a new name for the bundle.</source>
        <translation>%1 already exists; choose a new name for the bundle.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="113"/>
        <location filename="../../app/services/letters.py" line="432"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="116"/>
        <source>Unknown record kind: %1; the kinds are %2.</source>
        <translation>Unknown record kind: %1; the kinds are %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="338"/>
        <source>The disk is full: the bundle could not be written to %1, and nothing was left behind; free some space or choose another place.</source>
        <translation>The disk is full: the bundle could not be written to %1, and nothing was left behind; free some space or choose another place.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="109"/>
        <source>The letter template %1 is missing.</source>
        <translation>The letter template %1 is missing.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="136"/>
        <source>The letter field %1 is needed by %2 but was not given.</source>
        <translation>The letter field %1 is needed by %2 but was not given.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="140"/>
        <source>The template %1 has a bad placeholder: %2.</source>
        <translation>The template %1 has a bad placeholder: %2.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="172"/>
        <source>The letter template %1 is empty.</source>
        <translation>The letter template %1 is empty.</translation>
    </message>
    <message>
        <location filename="../../app/letters/sign.py" line="101"/>
        <source>The signature stamp template is damaged.</source>
        <translation>The signature stamp template is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/letters/sign.py" line="318"/>
        <source>The letter to sign is not a readable PDF (%1).</source>
        <translation>The letter to sign is not a readable PDF (%1).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="128"/>
        <source>qualified electronic signature</source>
        <translation>qualified electronic signature</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="130"/>
        <source>advanced electronic signature with a qualified certificate</source>
        <translation>advanced electronic signature with a qualified certificate</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="132"/>
        <source>advanced electronic signature</source>
        <translation>advanced electronic signature</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="175"/>
        <source>The certificate of %1 is not valid until %2 UTC.</source>
        <translation>The certificate of %1 is not valid until %2 UTC.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="180"/>
        <source>The certificate of %1 expired on %2 UTC.</source>
        <translation>The certificate of %1 expired on %2 UTC.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="187"/>
        <source>The certificate of %1 is not meant for signing documents (it lacks the digital signature and non-repudiation key usages).</source>
        <translation>The certificate of %1 is not meant for signing documents (it lacks the digital signature and non-repudiation key usages).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="338"/>
        <source>The signature mechanism %1 does not fit this key.</source>
        <translation>The signature mechanism %1 does not fit this key.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="368"/>
        <location filename="../../app/services/letters.py" line="125"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>The certificate file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="372"/>
        <source>The certificate file %1 cannot be read (%2).</source>
        <translation>The certificate file %1 cannot be read (%2).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="381"/>
        <source>The certificate file %1 holds no signing key.</source>
        <translation>The certificate file %1 holds no signing key.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="384"/>
        <location filename="../../app/letters/signers.py" line="619"/>
        <source>Only RSA and ECDSA keys can sign letters.</source>
        <translation>Only RSA and ECDSA keys can sign letters.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="387"/>
        <source>Only P-256 elliptic-curve keys can sign letters.</source>
        <translation>Only P-256 elliptic-curve keys can sign letters.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="392"/>
        <source>The key in %1 does not belong to its certificate.</source>
        <translation>The key in %1 does not belong to its certificate.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="475"/>
        <source>Not signed: the signature PIN was not given.</source>
        <translation>Not signed: the signature PIN was not given.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="485"/>
        <source>The signature PIN is wrong; nothing was signed.</source>
        <translation>The signature PIN is wrong; nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="489"/>
        <source>The signature PIN is locked after too many wrong entries.</source>
        <translation>The signature PIN is locked after too many wrong entries.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="493"/>
        <source>Not signed: the PIN entry on the reader was cancelled.</source>
        <translation>Not signed: the PIN entry on the reader was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="552"/>
        <source>The token driver %1 is not installed.</source>
        <translation>The token driver %1 is not installed.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="557"/>
        <source>The token driver %1 cannot be loaded.</source>
        <translation>The token driver %1 cannot be loaded.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="562"/>
        <source>The token %1 is not connected.</source>
        <translation>The token %1 is not connected.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="565"/>
        <source>The token %1 cannot be read.</source>
        <translation>The token %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="571"/>
        <location filename="../../app/letters/signers.py" line="584"/>
        <source>The token %1 is locked after too many wrong PINs.</source>
        <translation>The token %1 is locked after too many wrong PINs.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="580"/>
        <location filename="../../app/letters/signers.py" line="588"/>
        <source>The PIN of the token is wrong.</source>
        <translation>The PIN of the token is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="592"/>
        <source>The token %1 cannot be opened (%2).</source>
        <translation>The token %1 cannot be opened (%2).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="599"/>
        <source>The token has no signing key labelled %1.</source>
        <translation>The token has no signing key labelled %1.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="613"/>
        <source>The token has no certificate for the key %1.</source>
        <translation>The token has no certificate for the key %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="56"/>
        <source>record debriefs</source>
        <translation>record debriefs</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="83"/>
        <source>A violation is one of: %1.</source>
        <translation>A violation is one of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="86"/>
        <source>Describe the evidence of the violation.</source>
        <translation>Describe the evidence of the violation.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="130"/>
        <source>record violations</source>
        <translation>record violations</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="94"/>
        <location filename="../../app/services/clearances.py" line="44"/>
        <location filename="../../app/services/requests.py" line="85"/>
        <location filename="../../app/services/users.py" line="108"/>
        <source>No person with personal code %1 is in the registry.</source>
        <translation>No person with personal code %1 is in the registry.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="99"/>
        <source>Request %1 is not %2&apos;s request.</source>
        <translation>Request %1 is not %2&apos;s request.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_queries.py" line="76"/>
        <location filename="../../app/services/audit_queries.py" line="88"/>
        <location filename="../../app/services/audit_queries.py" line="96"/>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="75"/>
        <source>The backup interval is a number of days, 0 for no reminder.</source>
        <translation>The backup interval is a number of days, 0 for no reminder.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="78"/>
        <source>Give --folder DIR, --every-days N, or both.</source>
        <translation>Give --folder DIR, --every-days N, or both.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="80"/>
        <source>configure backups</source>
        <translation>configure backups</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="106"/>
        <source>back up the store</source>
        <translation>back up the store</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="108"/>
        <source>A file store&apos;s backups open with the store&apos;s own recovery key; `permit-desk rekey --new-recovery-key` replaces it.</source>
        <translation>A file store&apos;s backups open with the store&apos;s own recovery key; `permit-desk rekey --new-recovery-key` replaces it.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="114"/>
        <source>Say where the backup goes (--out FILE), or set a backup folder first (permit-desk backup --configure --folder DIR).</source>
        <translation>Say where the backup goes (--out FILE), or set a backup folder first (permit-desk backup --configure --folder DIR).</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="70"/>
        <source>Unknown clearance level %1; the levels are %2.</source>
        <translation>Unknown clearance level %1; the levels are %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="77"/>
        <source>Say why the clearance is suspended.</source>
        <translation>Say why the clearance is suspended.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="78"/>
        <source>Say why the clearance is reinstated.</source>
        <translation>Say why the clearance is reinstated.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="79"/>
        <source>Say why the clearance is withdrawn.</source>
        <translation>Say why the clearance is withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="82"/>
        <source>Clearance %1 is %2; only an active clearance can be suspended.</source>
        <translation>Clearance %1 is %2; only an active clearance can be suspended.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="84"/>
        <source>Clearance %1 is %2; only a suspended clearance can be reinstated.</source>
        <translation>Clearance %1 is %2; only a suspended clearance can be reinstated.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="86"/>
        <source>Clearance %1 is %2; only an active or suspended clearance can be withdrawn.</source>
        <translation>Clearance %1 is %2; only an active or suspended clearance can be withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="119"/>
        <source>A clearance needs a number.</source>
        <translation>A clearance needs a number.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="121"/>
        <source>A clearance cannot end (%1) before it was issued (%2).</source>
        <translation>A clearance cannot end (%1) before it was issued (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="160"/>
        <source>set clearances</source>
        <translation>set clearances</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="130"/>
        <source>Clearance %1 was withdrawn; a new clearance needs a new number.</source>
        <translation>Clearance %1 was withdrawn; a new clearance needs a new number.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="136"/>
        <source>The clearance already has these values; nothing was changed.</source>
        <translation>The clearance already has these values; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="170"/>
        <source>Say why the clearance is %1.</source>
        <translation>Say why the clearance is %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="199"/>
        <source>change clearances (%1)</source>
        <translation>change clearances (%1)</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="175"/>
        <source>%1 (%2) holds no clearance.</source>
        <translation>%1 (%2) holds no clearance.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="183"/>
        <source>Clearance %1 is %2; only %3 %4 clearance can be %5.</source>
        <translation>Clearance %1 is %2; only %3 %4 clearance can be %5.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="187"/>
        <source>Clearance %1 ran out on %2; set a renewed one instead of reinstating it.</source>
        <translation>Clearance %1 ran out on %2; set a renewed one instead of reinstating it.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="266"/>
        <source>expire clearances</source>
        <translation>expire clearances</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="367"/>
        <source>The number of days must not be negative.</source>
        <translation>The number of days must not be negative.</translation>
    </message>
    <message>
        <location filename="../../app/services/dashboard.py" line="108"/>
        <source>see the dashboard</source>
        <translation>see the dashboard</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="62"/>
        <source>This is your own request: nobody may decide their own travel request.</source>
        <translation>This is your own request: nobody may decide their own travel request.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="72"/>
        <source>This is the trip of %1, the head of the institution: a head&apos;s own trip is decided outside the institution, by whoever appoints the head, never by a deputy.</source>
        <translation>This is the trip of %1, the head of the institution: a head&apos;s own trip is decided outside the institution, by whoever appoints the head, never by a deputy.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="79"/>
        <source>%1 has no delegation in force on %2 for the unit &apos;%3&apos;.</source>
        <translation>%1 has no delegation in force on %2 for the unit &apos;%3&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="82"/>
        <source>%1 may not decide travel requests: that needs the head, or a deputy with a delegation.</source>
        <translation>%1 may not decide travel requests: that needs the head, or a deputy with a delegation.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="139"/>
        <source>A denial needs a written reason.</source>
        <translation>A denial needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="141"/>
        <source>A return for changes needs a written reason.</source>
        <translation>A return for changes needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="143"/>
        <source>Only an approval carries conditions.</source>
        <translation>Only an approval carries conditions.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="248"/>
        <source>The letter would now be number %1, not %2 as shown; nothing was recorded. Look at the letter again.</source>
        <translation>The letter would now be number %1, not %2 as shown; nothing was recorded. Look at the letter again.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="345"/>
        <source>A change of decision needs a written reason.</source>
        <translation>A change of decision needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="348"/>
        <source>A decided request cannot be returned for changes; deny it instead.</source>
        <translation>A decided request cannot be returned for changes; deny it instead.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="364"/>
        <source>Request %1 is %2; only an approved request can be denied, or a denied one approved, on reconsideration.</source>
        <translation>Request %1 is %2; only an approved request can be denied, or a denied one approved, on reconsideration.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="30"/>
        <source>A delegation must end on or after the day it starts.</source>
        <translation>A delegation must end on or after the day it starts.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="32"/>
        <source>delegate approval</source>
        <translation>delegate approval</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="35"/>
        <location filename="../../app/services/users.py" line="246"/>
        <source>There is no active user named %1.</source>
        <translation>There is no active user named %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="39"/>
        <source>%1 is not a deputy; give them the deputy role first.</source>
        <translation>%1 is not a deputy; give them the deputy role first.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="56"/>
        <source>revoke delegations</source>
        <translation>revoke delegations</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="59"/>
        <source>There is no delegation %1.</source>
        <translation>There is no delegation %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="62"/>
        <source>Delegation %1 is already revoked.</source>
        <translation>Delegation %1 is already revoked.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="120"/>
        <source>generate demo data</source>
        <translation>generate demo data</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="124"/>
        <source>Demo data is made in a store kept in a file; to try a server, move such a store there with &quot;permit-desk migrate --to&quot;.</source>
        <translation>Demo data is made in a store kept in a file; to try a server, move such a store there with &quot;permit-desk migrate --to&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="50"/>
        <source>Another workstation changed the same records at the same moment; nothing of yours was recorded. Try again.</source>
        <translation>Another workstation changed the same records at the same moment; nothing of yours was recorded. Try again.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="54"/>
        <source>The database refused: your role does not allow this change.</source>
        <translation>The database refused: your role does not allow this change.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="59"/>
        <source>The database refused: %1</source>
        <translation>The database refused: %1</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="61"/>
        <source>The database refused the change (%1).</source>
        <translation>The database refused the change (%1).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="128"/>
        <source>%1 may not %2: that needs the role %3.</source>
        <translation>%1 may not %2: that needs the role %3.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="130"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="252"/>
        <source>This works on a store kept in a file; the store on %1 is on a server (README: Several workstations).</source>
        <translation>This works on a store kept in a file; the store on %1 is on a server (README: Several workstations).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="260"/>
        <source>The user %1 has no active account in this store.</source>
        <translation>The user %1 has no active account in this store.</translation>
    </message>
    <message>
        <location filename="../../app/services/opening.py" line="55"/>
        <location filename="../../app/services/opening.py" line="136"/>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/opening.py" line="142"/>
        <source>The database %1 already holds a Permit Desk store; nothing was changed.</source>
        <translation>The database %1 already holds a Permit Desk store; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/inspection.py" line="28"/>
        <source>export inspection bundles</source>
        <translation>export inspection bundles</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="130"/>
        <source>The token driver %1 does not exist.</source>
        <translation>The token driver %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="135"/>
        <source>Give a PKCS#12 file, or a PKCS#11 module with token and key labels.</source>
        <translation>Give a PKCS#12 file, or a PKCS#11 module with token and key labels.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="137"/>
        <source>choose the signer</source>
        <translation>choose the signer</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="155"/>
        <source>No signer is configured: an administrator sets the PKCS#12 file or the token in Settings (permit-desk signer set).</source>
        <translation>No signer is configured: an administrator sets the PKCS#12 file or the token in Settings (permit-desk signer set).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="174"/>
        <location filename="../../app/services/letters.py" line="417"/>
        <source>The file is not an X.509 certificate (PEM or DER).</source>
        <translation>The file is not an X.509 certificate (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="177"/>
        <source>import trust anchors</source>
        <translation>import trust anchors</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="179"/>
        <source>The certificate %1 is already a trust anchor.</source>
        <translation>The certificate %1 is already a trust anchor.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="199"/>
        <source>The file is not a certificate revocation list (PEM or DER).</source>
        <translation>The file is not a certificate revocation list (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="202"/>
        <source>import revocation lists</source>
        <translation>import revocation lists</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="204"/>
        <source>This revocation list is already imported.</source>
        <translation>This revocation list is already imported.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="256"/>
        <location filename="../../app/services/letters.py" line="299"/>
        <source>import trusted lists</source>
        <translation>import trusted lists</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="258"/>
        <source>The certificate %1 is already pinned as a trusted-list signer.</source>
        <translation>The certificate %1 is already pinned as a trusted-list signer.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="303"/>
        <source>No trusted-list signing certificate is pinned: pin one first (trust tsl-signer add CERT.pem); nothing was imported.</source>
        <translation>No trusted-list signing certificate is pinned: pin one first (trust tsl-signer add CERT.pem); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="311"/>
        <source>The trusted list names no qualified CA service with a granted status; nothing was imported.</source>
        <translation>The trusted list names no qualified CA service with a granted status; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="342"/>
        <source>The trusted list is not signed; nothing was imported.</source>
        <translation>The trusted list is not signed; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="345"/>
        <source>The trusted list&apos;s signature does not verify against a pinned trusted-list signing certificate (the list was changed, or another certificate signed it); nothing was imported.</source>
        <translation>The trusted list&apos;s signature does not verify against a pinned trusted-list signing certificate (the list was changed, or another certificate signed it); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="348"/>
        <source>The file is not an ETSI TS 119 612 trusted list; nothing was imported.</source>
        <translation>The file is not an ETSI TS 119 612 trusted list; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="434"/>
        <location filename="../../app/services/letters.py" line="500"/>
        <source>pin the institution&apos;s signers</source>
        <translation>pin the institution&apos;s signers</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="437"/>
        <source>The certificate %1 is already pinned as a signer; remove it first to pin it again.</source>
        <translation>The certificate %1 is already pinned as a signer; remove it first to pin it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="448"/>
        <source>%1 is neither the head nor a deputy, so they never sign for the institution.</source>
        <translation>%1 is neither the head nor a deputy, so they never sign for the institution.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="494"/>
        <source>No single %1 has a fingerprint starting with %2.</source>
        <translation>No single %1 has a fingerprint starting with %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="504"/>
        <source>pinned signer certificate</source>
        <translation>pinned signer certificate</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="579"/>
        <source>The file is not an audit public key (an Ed25519 public key in PEM).</source>
        <translation>The file is not an audit public key (an Ed25519 public key in PEM).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="591"/>
        <location filename="../../app/services/letters.py" line="601"/>
        <source>pin audit keys</source>
        <translation>pin audit keys</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="593"/>
        <source>This audit key is already pinned.</source>
        <translation>This audit key is already pinned.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="603"/>
        <source>pinned audit key</source>
        <translation>pinned audit key</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="687"/>
        <source>Letter %1 reports no request or violation.</source>
        <translation>Letter %1 reports no request or violation.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="788"/>
        <source>Letter %1 reports a decision by %2; only they sign it.</source>
        <translation>Letter %1 reports a decision by %2; only they sign it.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="791"/>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="813"/>
        <source>sign letters</source>
        <translation>sign letters</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="802"/>
        <location filename="../../app/services/letters.py" line="941"/>
        <location filename="../../app/services/letters.py" line="970"/>
        <location filename="../../app/services/letters.py" line="982"/>
        <location filename="../../app/services/letters.py" line="1005"/>
        <location filename="../../app/services/letters.py" line="1021"/>
        <source>There is no letter %1.</source>
        <translation>There is no letter %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="804"/>
        <source>Letter %1 is already signed.</source>
        <translation>Letter %1 is already signed.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="861"/>
        <source>Set the institution&apos;s legal entity code (Settings, Institution) before signing letters.</source>
        <translation>Set the institution&apos;s legal entity code (Settings, Institution) before signing letters.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="972"/>
        <source>Letter %1 is not signed yet.</source>
        <translation>Letter %1 is not signed yet.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="992"/>
        <source>queue letters</source>
        <translation>queue letters</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="999"/>
        <source>A letter is in Lithuanian (lt) or English (en).</source>
        <translation>A letter is in Lithuanian (lt) or English (en).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="1001"/>
        <source>change a letter&apos;s language</source>
        <translation>change a letter&apos;s language</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="1007"/>
        <source>Letter %1 is signed; its language cannot change.</source>
        <translation>Letter %1 is signed; its language cannot change.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="1018"/>
        <source>print letters</source>
        <translation>print letters</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="68"/>
        <source>There is no policy version %1.</source>
        <translation>There is no policy version %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="75"/>
        <source>change the policy</source>
        <translation>change the policy</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="78"/>
        <source>The policy is unchanged; no new version was made.</source>
        <translation>The policy is unchanged; no new version was made.</translation>
    </message>
    <message>
        <location filename="../../app/services/transitions.py" line="39"/>
        <source>Request %1: %2</source>
        <translation>Request %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="78"/>
        <location filename="../../app/services/requests.py" line="295"/>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="184"/>
        <source>Name at least one country to visit.</source>
        <translation>Name at least one country to visit.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="167"/>
        <source>%1 is not a two-letter country code (e.g. BY, RU).</source>
        <translation>%1 is not a two-letter country code (e.g. BY, RU).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="171"/>
        <source>%1 is not an ISO 3166-1 country code: %2 is not a Latin letter (type e.g. BY, RU in Latin letters).</source>
        <translation>%1 is not an ISO 3166-1 country code: %2 is not a Latin letter (type e.g. BY, RU in Latin letters).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="175"/>
        <source>%1 is not an ISO 3166-1 country code (e.g. BY, RU).</source>
        <translation>%1 is not an ISO 3166-1 country code (e.g. BY, RU).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="188"/>
        <source>The departure (%1) is before today (%2): a trip that has already begun is declared, not asked permission for.</source>
        <translation>The departure (%1) is before today (%2): a trip that has already begun is declared, not asked permission for.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="192"/>
        <source>The return (%1) is before the departure (%2).</source>
        <translation>The return (%1) is before the departure (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="195"/>
        <source>Say what the trip is for (purpose).</source>
        <translation>Say what the trip is for (purpose).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="200"/>
        <source>No permission is needed: %1 is not on the list of countries that need one.</source>
        <translation>No permission is needed: %1 is not on the list of countries that need one.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="202"/>
        <source>No permission is needed: %1 are not on the list of countries that need one.</source>
        <translation>No permission is needed: %1 are not on the list of countries that need one.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="209"/>
        <source>No permission is needed: %1 holds no clearance that the policy covers.</source>
        <translation>No permission is needed: %1 holds no clearance that the policy covers.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="213"/>
        <source>The reason &apos;%1&apos; does not allow a declaration instead of permission; enter a request instead.</source>
        <translation>The reason &apos;%1&apos; does not allow a declaration instead of permission; enter a request instead.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="217"/>
        <source>In %1 the leaving date is before the arrival date.</source>
        <translation>In %1 the leaving date is before the arrival date.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="222"/>
        <source>%1 is not an open border crossing in the policy (%2).</source>
        <translation>%1 is not an open border crossing in the policy (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="228"/>
        <source>%1 is not a crossing into %2; the policy lists none for it.</source>
        <translation>%1 is not a crossing into %2; the policy lists none for it.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="231"/>
        <source>%1 is not a crossing into %2 (the policy lists: %3).</source>
        <translation>%1 is not a crossing into %2 (the policy lists: %3).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="283"/>
        <source>enter travel requests</source>
        <translation>enter travel requests</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="313"/>
        <source>edit travel requests</source>
        <translation>edit travel requests</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="298"/>
        <source>Request %1 is %2 and can no longer be edited.</source>
        <translation>Request %1 is %2 and can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="340"/>
        <source>submit travel requests</source>
        <translation>submit travel requests</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="345"/>
        <source>cancel travel requests</source>
        <translation>cancel travel requests</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="351"/>
        <source>record departures</source>
        <translation>record departures</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="372"/>
        <source>record returns</source>
        <translation>record returns</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="378"/>
        <source>close requests</source>
        <translation>close requests</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="385"/>
        <source>A declaration needs the traveller&apos;s statement of the circumstances.</source>
        <translation>A declaration needs the traveller&apos;s statement of the circumstances.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="405"/>
        <source>enter declarations</source>
        <translation>enter declarations</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="158"/>
        <source>Give the reason for the review&apos;s outcome.</source>
        <translation>Give the reason for the review&apos;s outcome.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="163"/>
        <source>Request %1 is %2, not a declaration waiting for review.</source>
        <translation>Request %1 is %2, not a declaration waiting for review.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="180"/>
        <source>review declarations</source>
        <translation>review declarations</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="37"/>
        <source>The institution needs a name: it heads every letter.</source>
        <translation>The institution needs a name: it heads every letter.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="40"/>
        <source>The institution name is longer than 200 characters.</source>
        <translation>The institution name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="48"/>
        <source>The institution code is 7-12 digits (the legal entity code).</source>
        <translation>The institution code is 7-12 digits (the legal entity code).</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="56"/>
        <source>The address is longer than 300 characters.</source>
        <translation>The address is longer than 300 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="65"/>
        <source>The registration number format needs the {n} placeholder (the running number).</source>
        <translation>The registration number format needs the {n} placeholder (the running number).</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="69"/>
        <source>Unknown placeholder {%1} in the registration number format; use {n}, {year} and {yy}.</source>
        <translation>Unknown placeholder {%1} in the registration number format; use {n}, {year} and {yy}.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="74"/>
        <source>The registration number format has an unmatched brace.</source>
        <translation>The registration number format has an unmatched brace.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="77"/>
        <source>The registration number format is longer than 40 characters.</source>
        <translation>The registration number format is longer than 40 characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="88"/>
        <source>Say 1 (on) or 0 (off).</source>
        <translation>Say 1 (on) or 0 (off).</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="95"/>
        <source>The idle lock time is a whole number of minutes.</source>
        <translation>The idle lock time is a whole number of minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="98"/>
        <source>The idle lock time is between 1 and 120 minutes.</source>
        <translation>The idle lock time is between 1 and 120 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="116"/>
        <source>read the settings</source>
        <translation>read the settings</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="128"/>
        <source>Unknown setting %1; the settings are %2.</source>
        <translation>Unknown setting %1; the settings are %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="132"/>
        <source>change the settings</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="67"/>
        <source>A person needs a last name.</source>
        <translation>A person needs a last name.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="68"/>
        <source>A person needs a first name.</source>
        <translation>A person needs a first name.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="83"/>
        <source>A person needs a %1.</source>
        <translation>A person needs a %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="92"/>
        <source>Unknown staff category %1; the categories are %2.</source>
        <translation>Unknown staff category %1; the categories are %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="142"/>
        <source>add people to the staff registry</source>
        <translation>add people to the staff registry</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="132"/>
        <source>A person with personal code %1 is already in the registry.</source>
        <translation>A person with personal code %1 is already in the registry.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="151"/>
        <source>These person fields cannot be changed here: %1.</source>
        <translation>These person fields cannot be changed here: %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="174"/>
        <source>change the staff registry</source>
        <translation>change the staff registry</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="163"/>
        <source>%1 already has these values; nothing was changed.</source>
        <translation>%1 already has these values; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="378"/>
        <source>clearance %1 was withdrawn; the file&apos;s data for it was not applied</source>
        <translation>clearance %1 was withdrawn; the file&apos;s data for it was not applied</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="407"/>
        <location filename="../../app/services/staff.py" line="437"/>
        <location filename="../../app/services/staff.py" line="470"/>
        <source>import staff</source>
        <translation>import staff</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="414"/>
        <source>The template could not be written to %1 (%2).</source>
        <translation>The template could not be written to %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="440"/>
        <source>Say the file&apos;s name (its ending tells CSV from XLSX).</source>
        <translation>Say the file&apos;s name (its ending tells CSV from XLSX).</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="34"/>
        <source>A passphrase must be at least %1 characters long.</source>
        <translation>A passphrase must be at least %1 characters long.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="41"/>
        <source>A user name is 1-64 letters, digits, dots, dashes or underscores.</source>
        <translation>A user name is 1-64 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="53"/>
        <source>Unknown role %1; the roles are %2.</source>
        <translation>Unknown role %1; the roles are %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="56"/>
        <source>A user needs at least one role.</source>
        <translation>A user needs at least one role.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="75"/>
        <source>A user needs a full name.</source>
        <translation>A user needs a full name.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="76"/>
        <source>add users</source>
        <translation>add users</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="78"/>
        <source>A user named %1 already exists.</source>
        <translation>A user named %1 already exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="443"/>
        <location filename="../../app/services/users.py" line="136"/>
        <location filename="../../app/services/users.py" line="171"/>
        <location filename="../../app/services/users.py" line="189"/>
        <location filename="../../app/services/users.py" line="220"/>
        <source>There is no user named %1.</source>
        <translation>There is no user named %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="165"/>
        <source>change another user&apos;s passphrase</source>
        <translation>change another user&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="186"/>
        <source>change roles</source>
        <translation>change roles</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="212"/>
        <source>The store must keep at least one active administrator.</source>
        <translation>The store must keep at least one active administrator.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="217"/>
        <source>link users to person records</source>
        <translation>link users to person records</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="236"/>
        <source>You cannot remove your own account.</source>
        <translation>You cannot remove your own account.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="240"/>
        <source>A removed user&apos;s old copy of the key file would still open this store: first open it once with the recovery key, or run rekey --new-recovery-key.</source>
        <translation>A removed user&apos;s old copy of the key file would still open this store: first open it once with the recovery key, or run rekey --new-recovery-key.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="243"/>
        <source>remove users</source>
        <translation>remove users</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="106"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="107"/>
        <source>The file %1 is not a readable XLSX workbook (%2).</source>
        <translation>The file %1 is not a readable XLSX workbook (%2).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="109"/>
        <source>The file %1 is a workbook, not CSV text; give it the .xlsx ending.</source>
        <translation>The file %1 is a workbook, not CSV text; give it the .xlsx ending.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="111"/>
        <source>The file is not UTF-8 text (byte 0x%1 on line %2); save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>The file is not UTF-8 text (byte 0x%1 on line %2); save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="113"/>
        <location filename="../../app/services/staff.py" line="409"/>
        <source>The file type of %1 is not supported; use CSV or XLSX.</source>
        <translation>The file type of %1 is not supported; use CSV or XLSX.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="115"/>
        <source>The file type of %1 is not supported; use CSV or XLSX. Save it as .xlsx or CSV.</source>
        <translation>The file type of %1 is not supported; use CSV or XLSX. Save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="117"/>
        <source>The column %1 appears twice.</source>
        <translation>The column %1 appears twice.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="118"/>
        <source>The header row lacks these columns: %1.</source>
        <translation>The header row lacks these columns: %1.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="119"/>
        <source>The file has a header row but no people below it.</source>
        <translation>The file has a header row but no people below it.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="120"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="121"/>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="122"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="123"/>
        <source>dates are written YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>dates are written YYYY-MM-DD, e.g. 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="124"/>
        <source>there is no such date in the calendar.</source>
        <translation>there is no such date in the calendar.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="125"/>
        <source>not a known clearance level.</source>
        <translation>not a known clearance level.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="126"/>
        <source>not a known staff category.</source>
        <translation>not a known staff category.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="127"/>
        <source>a value is required.</source>
        <translation>a value is required.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="128"/>
        <source>the same personal code is on lines %1 and %2.</source>
        <translation>the same personal code is on lines %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="129"/>
        <source>The clearance is only partly filled in: %1 is empty (leave all four empty for a person without clearance).</source>
        <translation>The clearance is only partly filled in: %1 is empty (leave all four empty for a person without clearance).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="132"/>
        <source>The clearance is only partly filled in: %1 are empty (leave all four empty for a person without clearance).</source>
        <translation>The clearance is only partly filled in: %1 are empty (leave all four empty for a person without clearance).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="135"/>
        <source>the clearance would end before it was issued (%1).</source>
        <translation>the clearance would end before it was issued (%1).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="137"/>
        <source>The workbook %1 would unpack to %2 MB, more than the %3 MB a staff file may hold; nothing was read.</source>
        <translation>The workbook %1 would unpack to %2 MB, more than the %3 MB a staff file may hold; nothing was read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="139"/>
        <source>The part %1 of the workbook %2 would unpack to %3 times its packed size, more than the %4 times a staff file may have; nothing was read.</source>
        <translation>The part %1 of the workbook %2 would unpack to %3 times its packed size, more than the %4 times a staff file may have; nothing was read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="142"/>
        <source>The workbook %1 has %2 parts, more than the %3 a staff file may have; nothing was read.</source>
        <translation>The workbook %1 has %2 parts, more than the %3 a staff file may have; nothing was read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="144"/>
        <source>The part %1 of the workbook %2 is itself an archive, which a staff file never holds; nothing was read.</source>
        <translation>The part %1 of the workbook %2 is itself an archive, which a staff file never holds; nothing was read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="146"/>
        <source>The part %1 of the workbook %2 declares a DOCTYPE (XML entities), which a staff file never holds; nothing was read.</source>
        <translation>The part %1 of the workbook %2 declares a DOCTYPE (XML entities), which a staff file never holds; nothing was read.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="149"/>
        <source>The file has more than %1 lines, the most a staff file may have.</source>
        <translation>The file has more than %1 lines, the most a staff file may have.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="151"/>
        <source>Line %1 is not readable CSV (%2).</source>
        <translation>Line %1 is not readable CSV (%2).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="152"/>
        <source>Line %1 holds a cell longer than %2 characters, the most a staff file may hold in one cell.</source>
        <translation>Line %1 holds a cell longer than %2 characters, the most a staff file may hold in one cell.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyfile.py" line="428"/>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyfile.py" line="386"/>
        <location filename="../../app/store/server.py" line="113"/>
        <location filename="../../app/store/store.py" line="407"/>
        <source>The user name or the passphrase is wrong.</source>
        <translation>The user name or the passphrase is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="226"/>
        <source>The recovery key&apos;s slot predates this version and cannot receive a new key: open the store once with the recovery key, or rotate with a new recovery key (rekey --new-recovery-key).</source>
        <translation>The recovery key&apos;s slot predates this version and cannot receive a new key: open the store once with the recovery key, or rotate with a new recovery key (rekey --new-recovery-key).</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="259"/>
        <source>The store is open elsewhere, so its keys were not rotated: close it everywhere else and run rekey.</source>
        <translation>The store is open elsewhere, so its keys were not rotated: close it everywhere else and run rekey.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="449"/>
        <source>This store is bound to another workstation&apos;s keyring, or the keyring is unavailable; open it with the recovery key.</source>
        <translation>This store is bound to another workstation&apos;s keyring, or the keyring is unavailable; open it with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="482"/>
        <source>The recovery key is wrong.</source>
        <translation>The recovery key is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="34"/>
        <source>it holds the invisible or control character %1; type the text again without it.</source>
        <translation>it holds the invisible or control character %1; type the text again without it.</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="36"/>
        <source>it is %1 characters long; at most %2 are allowed.</source>
        <translation>it is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="72"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="73"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="74"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="75"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="76"/>
        <source>clearance number</source>
        <translation>clearance number</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="90"/>
        <source>The %1 cannot be accepted: %2</source>
        <translation>The %1 cannot be accepted: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="78"/>
        <location filename="../../app/services/audit_anchors.py" line="101"/>
        <source>%1 cannot anchor the audit trail: %2</source>
        <translation>%1 cannot anchor the audit trail: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="82"/>
        <source>%1 is a signed letter, but it names no audit trail entry in its metadata; it cannot anchor the audit trail.</source>
        <translation>%1 is a signed letter, but it names no audit trail entry in its metadata; it cannot anchor the audit trail.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="96"/>
        <source>There is no file or folder %1.</source>
        <translation>There is no file or folder %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="116"/>
        <source>%1 is a signed bundle, but it holds no audit trail excerpt; it cannot anchor the audit trail.</source>
        <translation>%1 is a signed bundle, but it holds no audit trail excerpt; it cannot anchor the audit trail.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="134"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py" line="137"/>
        <source>The store file %1 could not be read (%2); this alone does not show it is damaged: check the disk and try again.</source>
        <translation>The store file %1 could not be read (%2); this alone does not show it is damaged: check the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="175"/>
        <source>Another program is using the store %1; close it (or wait until it finishes) and try again: nothing was changed.</source>
        <translation>Another program is using the store %1; close it (or wait until it finishes) and try again: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="182"/>
        <source>The disk is full at %1: free some space and try again; what was not written was not saved, and nothing is damaged.</source>
        <translation>The disk is full at %1: free some space and try again; what was not written was not saved, and nothing is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="186"/>
        <source>The disk could not read or write at %1 (an input/output error, or a file-size limit): check the disk and try again; this alone does not show that the store is damaged.</source>
        <translation>The disk could not read or write at %1 (an input/output error, or a file-size limit): check the disk and try again; this alone does not show that the store is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="190"/>
        <source>The folder %1 is read-only (or this account may not write there): Permit Desk cannot save anything in it; nothing is damaged.</source>
        <translation>The folder %1 is read-only (or this account may not write there): Permit Desk cannot save anything in it; nothing is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="190"/>
        <location filename="../../app/store/swap.py" line="204"/>
        <source>An interrupted restore cannot be finished: %1 and %2 both exist; move one away and open the store again.</source>
        <translation>An interrupted restore cannot be finished: %1 and %2 both exist; move one away and open the store again.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="226"/>
        <source>The journal of an interrupted restore, %1, cannot be read; the previous store and the backup are in the same folder: ask the administrator.</source>
        <translation>The journal of an interrupted restore, %1, cannot be read; the previous store and the backup are in the same folder: ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="232"/>
        <source>A restore of the store %1 is under way in another program; try again when it has finished.</source>
        <translation>A restore of the store %1 is under way in another program; try again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="235"/>
        <source>The journal of an interrupted restore, %1, is about another store; ask the administrator.</source>
        <translation>The journal of an interrupted restore, %1, is about another store; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="14"/>
        <source>covers the whole file</source>
        <translation>covers the whole file</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="15"/>
        <source>covers an earlier version of the file: something was added after signing</source>
        <translation>covers an earlier version of the file: something was added after signing</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="17"/>
        <source>covers only the start of the file: something was added after signing</source>
        <translation>covers only the start of the file: something was added after signing</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="20"/>
        <source>does not show clearly what it covers</source>
        <translation>does not show clearly what it covers</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="21"/>
        <source>no signature covers the file</source>
        <translation>no signature covers the file</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="87"/>
        <source>No keyring could be loaded on this workstation.</source>
        <translation>No keyring could be loaded on this workstation.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="91"/>
        <source>This workstation has no keyring that keeps secrets protected (Windows Credential Manager, macOS Keychain, GNOME Keyring or KDE Wallet).</source>
        <translation>This workstation has no keyring that keeps secrets protected (Windows Credential Manager, macOS Keychain, GNOME Keyring or KDE Wallet).</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="95"/>
        <source>The keyring %1 is installed but cannot be used here: it may be locked or not running.</source>
        <translation>The keyring %1 is installed but cannot be used here: it may be locked or not running.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="98"/>
        <source>The keyring %1 is available and keeps secrets protected.</source>
        <translation>The keyring %1 is available and keeps secrets protected.</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="66"/>
        <source>passed (TOTAL_PASSED)</source>
        <translation>passed (TOTAL_PASSED)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="67"/>
        <source>cannot be confirmed (INDETERMINATE)</source>
        <translation>cannot be confirmed (INDETERMINATE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="68"/>
        <source>failed (TOTAL_FAILED)</source>
        <translation>failed (TOTAL_FAILED)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="72"/>
        <source>the file or its signature is damaged and cannot be checked (FORMAT_FAILURE)</source>
        <translation>the file or its signature is damaged and cannot be checked (FORMAT_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="74"/>
        <source>the signed content does not match the signature: the letter was changed or cut short (HASH_FAILURE)</source>
        <translation>the signed content does not match the signature: the letter was changed or cut short (HASH_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="77"/>
        <source>the signature value does not match the signing certificate&apos;s key (SIG_CRYPTO_FAILURE)</source>
        <translation>the signature value does not match the signing certificate&apos;s key (SIG_CRYPTO_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="80"/>
        <source>the signing certificate was revoked before the letter was signed (REVOKED)</source>
        <translation>the signing certificate was revoked before the letter was signed (REVOKED)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="82"/>
        <source>the signing certificate was not yet valid when the letter was signed (NOT_YET_VALID)</source>
        <translation>the signing certificate was not yet valid when the letter was signed (NOT_YET_VALID)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="85"/>
        <source>the signing certificate has been revoked and nothing proves the letter was signed before that (REVOKED_NO_POE)</source>
        <translation>the signing certificate has been revoked and nothing proves the letter was signed before that (REVOKED_NO_POE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="88"/>
        <source>a certificate authority of the chain has been revoked and nothing proves the letter was signed before that (REVOKED_CA_NO_POE)</source>
        <translation>a certificate authority of the chain has been revoked and nothing proves the letter was signed before that (REVOKED_CA_NO_POE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="91"/>
        <source>the signing certificate is outside its validity period and nothing proves the letter was signed while it was valid (OUT_OF_BOUNDS_NO_POE)</source>
        <translation>the signing certificate is outside its validity period and nothing proves the letter was signed while it was valid (OUT_OF_BOUNDS_NO_POE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="94"/>
        <source>the signing certificate does not lead to a trusted root (NO_CERTIFICATE_CHAIN_FOUND)</source>
        <translation>the signing certificate does not lead to a trusted root (NO_CERTIFICATE_CHAIN_FOUND)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="97"/>
        <source>the certificate chain is not valid (CERTIFICATE_CHAIN_GENERAL_FAILURE)</source>
        <translation>the certificate chain is not valid (CERTIFICATE_CHAIN_GENERAL_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="99"/>
        <source>the revocation status of the signing certificate cannot be established offline (TRY_LATER)</source>
        <translation>the revocation status of the signing certificate cannot be established offline (TRY_LATER)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="102"/>
        <source>the signature does not meet the validation rules: it must be sound and cover the whole file (SIG_CONSTRAINTS_FAILURE)</source>
        <translation>the signature does not meet the validation rules: it must be sound and cover the whole file (SIG_CONSTRAINTS_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="105"/>
        <source>the signer is not shown to be an authorised signer of the institution on the signing date (CHAIN_CONSTRAINTS_FAILURE)</source>
        <translation>the signer is not shown to be an authorised signer of the institution on the signing date (CHAIN_CONSTRAINTS_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="109"/>
        <source>another reason (%1)</source>
        <translation>another reason (%1)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="112"/>
        <source>qualified electronic signature (QES), as the signing certificate declares</source>
        <translation>qualified electronic signature (QES), as the signing certificate declares</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="114"/>
        <source>advanced electronic signature with a qualified certificate (AdES/QC)</source>
        <translation>advanced electronic signature with a qualified certificate (AdES/QC)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="116"/>
        <source>advanced electronic signature (AdES)</source>
        <translation>advanced electronic signature (AdES)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="311"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="314"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="317"/>
        <source>Signature level</source>
        <translation>Signature level</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="319"/>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="321"/>
        <source>Signing time</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="322"/>
        <source>%1 (Vilnius time, as the signer&apos;s workstation claims it)</source>
        <translation>%1 (Vilnius time, as the signer&apos;s workstation claims it)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="324"/>
        <source>Certificate chain</source>
        <translation>Certificate chain</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="327"/>
        <source>Trust anchor</source>
        <translation>Trust anchor</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="328"/>
        <source>Revocation data</source>
        <translation>Revocation data</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="330"/>
        <source>none: the revocation status was not checked (no revocation list for this chain is available offline)</source>
        <translation>none: the revocation status was not checked (no revocation list for this chain is available offline)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="334"/>
        <source>no revocation list for this chain was available</source>
        <translation>no revocation list for this chain was available</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="338"/>
        <source>revocation list of %1, issued %2, carried in the letter</source>
        <translation>revocation list of %1, issued %2, carried in the letter</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="341"/>
        <source>revocation list of %1, issued %2, imported on this workstation</source>
        <translation>revocation list of %1, issued %2, imported on this workstation</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="344"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../app/cli/migrate_cmd.py" line="54"/>
        <source>migrate the store to a server</source>
        <translation>migrate the store to a server</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="167"/>
        <source>The recovery key does not open this backup; nothing was changed.</source>
        <translation>The recovery key does not open this backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="240"/>
        <source>The backup file is damaged, truncated or altered; nothing was changed.</source>
        <translation>The backup file is damaged, truncated or altered; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="255"/>
        <source>The file is not a Permit Desk server backup; nothing was changed.</source>
        <translation>The file is not a Permit Desk server backup; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="339"/>
        <source>%1 is not installed on this workstation: install the PostgreSQL client programs of the server&apos;s version (Debian: postgresql-client), or name their folder in %2.</source>
        <translation>%1 is not installed on this workstation: install the PostgreSQL client programs of the server&apos;s version (Debian: postgresql-client), or name their folder in %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="377"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="528"/>
        <source>pg_restore cannot read the backup (%1); nothing was changed.</source>
        <translation>pg_restore cannot read the backup (%1); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="533"/>
        <source>The backup holds no Permit Desk store; nothing was changed.</source>
        <translation>The backup holds no Permit Desk store; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="91"/>
        <source>The backup recovery key was changed by someone else while this backup ran; nothing was changed. Make the backup again.</source>
        <translation>The backup recovery key was changed by someone else while this backup ran; nothing was changed. Make the backup again.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="164"/>
        <source>Restoring a server backup needs the server&apos;s superuser (it creates databases and installs the guards); %1 is not one. Nothing was changed.</source>
        <translation>Restoring a server backup needs the server&apos;s superuser (it creates databases and installs the guards); %1 is not one. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="178"/>
        <source>This backup is of another store (a different store id) than the one in %1; nothing was changed.</source>
        <translation>This backup is of another store (a different store id) than the one in %1; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="200"/>
        <source>The backup&apos;s database is not the store its header names; nothing was changed.</source>
        <translation>The backup&apos;s database is not the store its header names; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="274"/>
        <source>The restored database could not take the name %1; the live database was put back as it was.</source>
        <translation>The restored database could not take the name %1; the live database was put back as it was.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="70"/>
        <source>A server address carries no user name or password: %1 asks for them when you unlock.</source>
        <translation>A server address carries no user name or password: %1 asks for them when you unlock.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="74"/>
        <source>The server address %1 names no host.</source>
        <translation>The server address %1 names no host.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="78"/>
        <source>The server address %1 must name one database: postgresql://host/database.</source>
        <translation>The server address %1 must name one database: postgresql://host/database.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="84"/>
        <source>The server address %1 has settings Permit Desk does not use: %2.</source>
        <translation>The server address %1 has settings Permit Desk does not use: %2.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="88"/>
        <source>Permit Desk talks to a server only over TLS with its certificate verified (sslmode=verify-full), not %1.</source>
        <translation>Permit Desk talks to a server only over TLS with its certificate verified (sslmode=verify-full), not %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="94"/>
        <source>The server address %1 has a wrong port.</source>
        <translation>The server address %1 has a wrong port.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="153"/>
        <source>The migration to %1 must run as the server&apos;s PostgreSQL superuser (it creates roles and protective triggers); %2 is not one. Nothing was changed.</source>
        <translation>The migration to %1 must run as the server&apos;s PostgreSQL superuser (it creates roles and protective triggers); %2 is not one. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="161"/>
        <source>The database %1 is not empty (it holds %2): a store is migrated only into an empty database. Nothing was changed.</source>
        <translation>The database %1 is not empty (it holds %2): a store is migrated only into an empty database. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="168"/>
        <source>The server already has roles named like users of this store (%1): one server serves one institution. Nothing was changed.</source>
        <translation>The server already has roles named like users of this store (%1): one server serves one institution. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="225"/>
        <source>The migration to %1 was rolled back: %2 rows of %3 name a %4 that does not exist in the file.</source>
        <translation>The migration to %1 was rolled back: %2 rows of %3 name a %4 that does not exist in the file.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="297"/>
        <source>The migration to %1 stopped and was rolled back: nothing was changed on the server (%2).</source>
        <translation>The migration to %1 stopped and was rolled back: nothing was changed on the server (%2).</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="305"/>
        <source>Only an administrator of the store may migrate it; %1 is not one. Nothing was changed.</source>
        <translation>Only an administrator of the store may migrate it; %1 is not one. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="315"/>
        <source>These user names cannot be server logins (1-63 lower-case letters, digits, dots, dashes or underscores): %1. Nothing was changed.</source>
        <translation>These user names cannot be server logins (1-63 lower-case letters, digits, dots, dashes or underscores): %1. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="388"/>
        <source>The migration to %1 was rolled back: the row counts differ in %2.</source>
        <translation>The migration to %1 was rolled back: the row counts differ in %2.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="392"/>
        <source>The migration to %1 was rolled back: the copied audit trail ends at entry %2, the file&apos;s at entry %3.</source>
        <translation>The migration to %1 was rolled back: the copied audit trail ends at entry %2, the file&apos;s at entry %3.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="406"/>
        <source>The migration to %1 was rolled back: the audit trail on the server does not verify (%2).</source>
        <translation>The migration to %1 was rolled back: the audit trail on the server does not verify (%2).</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="65"/>
        <source>The CA certificate %1 named in the server address does not exist.</source>
        <translation>The CA certificate %1 named in the server address does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="68"/>
        <source>Permit Desk has no CA certificate to check the server %1 with: import the institution&apos;s CA with &quot;permit-desk trust server-ca FILE&quot;.</source>
        <translation>Permit Desk has no CA certificate to check the server %1 with: import the institution&apos;s CA with &quot;permit-desk trust server-ca FILE&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="117"/>
        <source>The server %1 did not prove who it is: its certificate is not signed by the institution&apos;s CA or does not name it. Nothing was sent to it.</source>
        <translation>The server %1 did not prove who it is: its certificate is not signed by the institution&apos;s CA or does not name it. Nothing was sent to it.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="122"/>
        <source>The server %1 does not offer SCRAM-SHA-256 with channel binding over TLS; Permit Desk sends passwords no other way.</source>
        <translation>The server %1 does not offer SCRAM-SHA-256 with channel binding over TLS; Permit Desk sends passwords no other way.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="126"/>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="129"/>
        <source>The server %1 does not let %2 in: ask the IT administrator.</source>
        <translation>The server %1 does not let %2 in: ask the IT administrator.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="132"/>
        <source>The server %1 cannot be reached: %2</source>
        <translation>The server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="246"/>
        <location filename="../../app/store/server.py" line="268"/>
        <location filename="../../app/store/server.py" line="286"/>
        <source>The database %1 holds no Permit Desk store yet: the IT administrator creates it with &quot;permit-desk server setup&quot;.</source>
        <translation>The database %1 holds no Permit Desk store yet: the IT administrator creates it with &quot;permit-desk server setup&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="251"/>
        <source>The store on %1 is at schema %2 and this Permit Desk needs %3: the IT administrator upgrades it with &quot;permit-desk server upgrade&quot;.</source>
        <translation>The store on %1 is at schema %2 and this Permit Desk needs %3: the IT administrator upgrades it with &quot;permit-desk server upgrade&quot;.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="38"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="39"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="40"/>
        <source>waiting for a decision</source>
        <translation>waiting for a decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="41"/>
        <source>declared afterwards</source>
        <translation>declared afterwards</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="42"/>
        <source>violation</source>
        <translation>violation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="43"/>
        <source>draft, returned or cancelled</source>
        <translation>draft, returned or cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="48"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="49"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="83"/>
        <location filename="../../ui/screens/dashboard.py" line="137"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="85"/>
        <source>abroad today</source>
        <translation>abroad today</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="86"/>
        <source>requests wait for a decision</source>
        <translation>requests wait for a decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="87"/>
        <source>debriefs overdue</source>
        <translation>debriefs overdue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="88"/>
        <source>clearances expiring</source>
        <translation>clearances expiring</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="95"/>
        <source>Country shown in the chart</source>
        <translation>Country shown in the chart</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="96"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="98"/>
        <source>Requests by month of departure and outcome, last 12 months</source>
        <translation>Requests by month of departure and outcome, last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="102"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="106"/>
        <location filename="../../ui/screens/dashboard.py" line="109"/>
        <source>Abroad today</source>
        <translation>Abroad today</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="143"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="164"/>
        <source>Dashboard, %1</source>
        <translation>Dashboard, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="169"/>
        <source>clearances expiring within %1 days</source>
        <translation>clearances expiring within %1 days</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="180"/>
        <source>%1
%2, back %3</source>
        <translation>%1
%2, back %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="187"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="192"/>
        <source>Nobody is abroad today.</source>
        <translation>Nobody is abroad today.</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="33"/>
        <source>Record the debrief</source>
        <translation>Record the debrief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="41"/>
        <source>Deviations from the plan</source>
        <translation>Deviations from the plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="42"/>
        <source>Other places, dates or companions than approved</source>
        <translation>Other places, dates or companions than approved</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="43"/>
        <source>Approaches</source>
        <translation>Approaches</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="44"/>
        <source>Attempts to obtain information, recruit or pressure</source>
        <translation>Attempts to obtain information, recruit or pressure</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="45"/>
        <source>Device or luggage searches</source>
        <translation>Device or luggage searches</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="46"/>
        <source>At the border or elsewhere</source>
        <translation>At the border or elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="47"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="47"/>
        <source>People met beyond those declared</source>
        <translation>People met beyond those declared</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="48"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="70"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>DecideScreen</name>
    <message>
        <location filename="../../ui/screens/decide.py" line="82"/>
        <location filename="../../ui/screens/decide.py" line="254"/>
        <source>No request is open. Press Ctrl+N for the next pending one.</source>
        <translation>No request is open. Press Ctrl+N for the next pending one.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="86"/>
        <source>The request</source>
        <translation>The request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="88"/>
        <source>Review context</source>
        <translation>Review context</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="120"/>
        <location filename="../../ui/screens/decide.py" line="334"/>
        <location filename="../../ui/screens/decide.py" line="363"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="121"/>
        <source>Reason (required to deny or return)</source>
        <translation>Reason (required to deny or return)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="125"/>
        <location filename="../../ui/screens/decide.py" line="335"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="126"/>
        <source>Conditions of the approval, one per line</source>
        <translation>Conditions of the approval, one per line</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="98"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="99"/>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="100"/>
        <source>Return for changes</source>
        <translation>Return for changes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="112"/>
        <source>Record now, sign the letter later</source>
        <translation>Record now, sign the letter later</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="128"/>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="130"/>
        <source>Next pending</source>
        <translation>Next pending</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="243"/>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="278"/>
        <source>Request No. %1: %2</source>
        <translation>Request No. %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="286"/>
        <source>Without this, the decision is recorded only together with its signed letter.</source>
        <translation>Without this, the decision is recorded only together with its signed letter.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="292"/>
        <source>No signer is configured: the letter will wait in the Letters list until it is signed.</source>
        <translation>No signer is configured: the letter will wait in the Letters list until it is signed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="299"/>
        <source>This request is %1; there is nothing to decide.</source>
        <translation>This request is %1; there is nothing to decide.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="330"/>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="331"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="332"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="333"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="333"/>
        <source>(Vilnius time)</source>
        <translation>(Vilnius time)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="340"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="341"/>
        <source>Decided, letter not signed</source>
        <translation>Decided, letter not signed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="342"/>
        <location filename="../../ui/screens/decide.py" line="344"/>
        <source>Letter No.</source>
        <translation>Letter No.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="346"/>
        <source>Recorded decision</source>
        <translation>Recorded decision</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="359"/>
        <source>Traveller</source>
        <translation>Traveller</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="360"/>
        <source>Position and unit</source>
        <translation>Position and unit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="361"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="362"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="364"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="365"/>
        <source>Border crossing</source>
        <translation>Border crossing</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="366"/>
        <source>Mode of travel</source>
        <translation>Mode of travel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="367"/>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="368"/>
        <source>Person at home</source>
        <translation>Person at home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="369"/>
        <source>Travel document</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="370"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="375"/>
        <source>Itinerary</source>
        <translation>Itinerary</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="376"/>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="377"/>
        <source>Expected foreign contacts</source>
        <translation>Expected foreign contacts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="397"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="398"/>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="402"/>
        <source>No clearance on record.</source>
        <translation>No clearance on record.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="405"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="408"/>
        <source>Policy flags</source>
        <translation>Policy flags</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="415"/>
        <source>Overdue debriefs</source>
        <translation>Overdue debriefs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="420"/>
        <source>Request %1, due %2</source>
        <translation>Request %1, due %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="426"/>
        <source>Earlier trips</source>
        <translation>Earlier trips</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="439"/>
        <source>Policy version %1</source>
        <translation>Policy version %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="444"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="444"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="445"/>
        <source>returned for changes</source>
        <translation>returned for changes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="461"/>
        <source>The clearance is valid until %1, before the return on %2.</source>
        <translation>The clearance is valid until %1, before the return on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="462"/>
        <source>The traveller&apos;s clearance is %1, not active.</source>
        <translation>The traveller&apos;s clearance is %1, not active.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="463"/>
        <source>Return %1 is before departure %2.</source>
        <translation>Return %1 is before departure %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="464"/>
        <source>Departure %1 is already past.</source>
        <translation>Departure %1 is already past.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="465"/>
        <source>The traveller holds no clearance on record.</source>
        <translation>The traveller holds no clearance on record.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="466"/>
        <source>The clearance expires on %1, within %2 days.</source>
        <translation>The clearance expires on %1, within %2 days.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="493"/>
        <source>Choose an outcome first: %1.</source>
        <translation>Choose an outcome first: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="499"/>
        <source>A denial or a return needs a written reason.</source>
        <translation>A denial or a return needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="504"/>
        <source>Preparing the letter…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="515"/>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="515"/>
        <source>deny</source>
        <translation>deny</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="516"/>
        <source>return for changes</source>
        <translation>return for changes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="525"/>
        <source>Not recorded: you went back to the request.</source>
        <translation>Not recorded: you went back to the request.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="537"/>
        <source>Waiting for the PIN or password…</source>
        <translation>Waiting for the PIN or password…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="544"/>
        <source>Nothing was recorded: the signing prompt was cancelled. Ctrl+Enter starts again.</source>
        <translation>Nothing was recorded: the signing prompt was cancelled. Ctrl+Enter starts again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="553"/>
        <source>Recording the decision and signing the letter…</source>
        <translation>Recording the decision and signing the letter…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="554"/>
        <source>Recording the decision…</source>
        <translation>Recording the decision…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="577"/>
        <source>Nothing was recorded: %1</source>
        <translation>Nothing was recorded: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="587"/>
        <source>Decided: %1; letter %2 signed. Ctrl+N opens the next pending request.</source>
        <translation>Decided: %1; letter %2 signed. Ctrl+N opens the next pending request.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="591"/>
        <source>Decided, letter not signed: %1; letter %2 waits in the Letters list.</source>
        <translation>Decided, letter not signed: %1; letter %2 waits in the Letters list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="595"/>
        <source>Decided: %1. Ctrl+N opens the next pending request.</source>
        <translation>Decided: %1. Ctrl+N opens the next pending request.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="640"/>
        <source>Signing letter %1…</source>
        <translation>Signing letter %1…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="651"/>
        <source>Letter %1 signed. Ctrl+N opens the next pending request.</source>
        <translation>Letter %1 signed. Ctrl+N opens the next pending request.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="623"/>
        <source>No signer is configured; the letter waits in the Letters list.</source>
        <translation>No signer is configured; the letter waits in the Letters list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="459"/>
        <source>Days until departure: %1; the policy asks for at least %2.</source>
        <translation>Days until departure: %1; the policy asks for at least %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="632"/>
        <source>Not signed; the letter waits in the Letters list.</source>
        <translation>Not signed; the letter waits in the Letters list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="661"/>
        <source>The letter was not signed: %1 It waits in the Letters list.</source>
        <translation>The letter was not signed: %1 It waits in the Letters list.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="682"/>
        <source>No more requests wait for a decision.</source>
        <translation>No more requests wait for a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="699"/>
        <source>Locked.</source>
        <translation>Locked.</translation>
    </message>
</context>
<context>
    <name>DecisionConfirm</name>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="27"/>
        <source>Confirm the decision</source>
        <translation>Confirm the decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="30"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="31"/>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="33"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="35"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="37"/>
        <source>Letter No.</source>
        <translation>Letter No.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="39"/>
        <source>A return has no letter. Enter records it; Esc goes back.</source>
        <translation>A return has no letter. Enter records it; Esc goes back.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="41"/>
        <source>Enter records the decision and signs this letter as one act; Esc goes back and nothing is recorded.</source>
        <translation>Enter records the decision and signs this letter as one act; Esc goes back and nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="44"/>
        <source>Enter records the decision now; the letter waits, not signed. Esc goes back and nothing is recorded.</source>
        <translation>Enter records the decision now; the letter waits, not signed. Esc goes back and nothing is recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="62"/>
        <source>Record and sign (Enter)</source>
        <translation>Record and sign (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="63"/>
        <source>Record (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="66"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
</context>
<context>
    <name>DeclarationReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="38"/>
        <source>Review the declaration</source>
        <translation>Review the declaration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="41"/>
        <source>The declaration</source>
        <translation>The declaration</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="42"/>
        <source>&amp;Accept: the departure was justified</source>
        <translation>&amp;Accept: the departure was justified</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="43"/>
        <source>&amp;Violation: withdraw the clearance</source>
        <translation>&amp;Violation: withdraw the clearance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="50"/>
        <source>Reason for the outcome</source>
        <translation>Reason for the outcome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="51"/>
        <source>Reason for the outcome (required)</source>
        <translation>Reason for the outcome (required)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="80"/>
        <source>Traveller</source>
        <translation>Traveller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="81"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="82"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="83"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="84"/>
        <source>Statement of the circumstances</source>
        <translation>Statement of the circumstances</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="93"/>
        <source>Give the reason for the outcome.</source>
        <translation>Give the reason for the outcome.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="100"/>
        <source>Not recorded.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="104"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../ui/settings/delegations.py" line="40"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="40"/>
        <location filename="../../ui/settings/delegations.py" line="60"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="40"/>
        <location filename="../../ui/settings/delegations.py" line="61"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="41"/>
        <location filename="../../ui/settings/delegations.py" line="61"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="41"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="42"/>
        <location filename="../../ui/settings/delegations.py" line="75"/>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="55"/>
        <source>empty: every unit; else comma-separated</source>
        <translation>empty: every unit; else comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="56"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="57"/>
        <source>&amp;Revoke the selected…</source>
        <translation>&amp;Revoke the selected…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="58"/>
        <source>New delegation</source>
        <translation>New delegation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="60"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="91"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="91"/>
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="93"/>
        <source>every unit</source>
        <translation>every unit</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="103"/>
        <source>There is no deputy to delegate to.</source>
        <translation>There is no deputy to delegate to.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="114"/>
        <source>Approval delegated to %1.</source>
        <translation>Approval delegated to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="124"/>
        <source>Revoke a delegation</source>
        <translation>Revoke a delegation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="125"/>
        <source>Revoke the delegation to %1?</source>
        <translation>Revoke the delegation to %1?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="126"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="135"/>
        <source>Delegation revoked.</source>
        <translation>Delegation revoked.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Too many failed attempts. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>The store was not found.</source>
        <translation>The store was not found.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Something unexpected went wrong (%1). The details are in the log.</source>
        <translation>Something unexpected went wrong (%1). The details are in the log.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="273"/>
        <source>Permit Desk: new store</source>
        <translation>Permit Desk: new store</translation>
    </message>
</context>
<context>
    <name>HeadPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="106"/>
        <source>The head&apos;s account</source>
        <translation>The head&apos;s account</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="107"/>
        <source>The head of the institution decides requests and administers the store at first.</source>
        <translation>The head of the institution decides requests and administers the store at first.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="111"/>
        <source>Head of institution</source>
        <translation>Head of institution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="119"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="122"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="122"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="123"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="123"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="124"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="128"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="129"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="130"/>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="131"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="132"/>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="133"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="143"/>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="145"/>
        <source>Weak: a longer phrase of several words is stronger.</source>
        <translation>Weak: a longer phrase of several words is stronger.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="147"/>
        <source>Fair.</source>
        <translation>Fair.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="149"/>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="165"/>
        <source>Creating the encrypted store…</source>
        <translation>Creating the encrypted store…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="76"/>
        <source>Import staff from an HR file</source>
        <translation>Import staff from an HR file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Save a &amp;template…</source>
        <translation>Save a &amp;template…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="85"/>
        <source>A file with these columns and one example row, as XLSX or CSV, to fill in.</source>
        <translation>A file with these columns and one example row, as XLSX or CSV, to fill in.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="92"/>
        <source>CSV or XLSX file exported from the HR system</source>
        <translation>CSV or XLSX file exported from the HR system</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="93"/>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="94"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95"/>
        <source>&amp;Check (dry run)</source>
        <translation>&amp;Check (dry run)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="104"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="109"/>
        <source>Choose the file and check it: nothing is written until you press Import.</source>
        <translation>Choose the file and check it: nothing is written until you press Import.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="128"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="130"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>Bad rows (%1)</source>
        <translation>Bad rows (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>Added (%1)</source>
        <translation>Added (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="157"/>
        <source>Changed (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="157"/>
        <source>Unchanged (%1)</source>
        <translation>Unchanged (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="158"/>
        <source>Held back (%1)</source>
        <translation>Held back (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="163"/>
        <source>personal code</source>
        <translation>personal code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="181"/>
        <source>The first row of the file names the columns; other columns are ignored.</source>
        <translation>The first row of the file names the columns; other columns are ignored.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="183"/>
        <source>Required in every row: %1. The category is a word such as “%2”.</source>
        <translation>Required in every row: %1. The category is a word such as “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="187"/>
        <source>Optional, for a person with clearance (all four, or all four empty): %1. The level is a word such as “%2”; dates are written YYYY-MM-DD.</source>
        <translation>Optional, for a person with clearance (all four, or all four empty): %1. The level is a word such as “%2”; dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="195"/>
        <source>Save a staff file template</source>
        <translation>Save a staff file template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="196"/>
        <source>staff.xlsx</source>
        <translation>staff.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="197"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="211"/>
        <source>The template was saved as %1. Fill it in (or copy its columns into the HR export), then choose it here.</source>
        <translation>The template was saved as %1. Fill it in (or copy its columns into the HR export), then choose it here.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="220"/>
        <source>Choose the HR file</source>
        <translation>Choose the HR file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="221"/>
        <source>Staff files (*.csv *.xlsx);;All files (*)</source>
        <translation>Staff files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="233"/>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="241"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="256"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="270"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="298"/>
        <source>Comparing with the registry</source>
        <translation>Comparing with the registry</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="299"/>
        <source>Dry run: nothing was written</source>
        <translation>Dry run: nothing was written</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="300"/>
        <source>Adding people</source>
        <translation>Adding people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="301"/>
        <source>Updating people</source>
        <translation>Updating people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="302"/>
        <source>Recording clearances</source>
        <translation>Recording clearances</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="304"/>
        <source>Recording changes in the audit trail</source>
        <translation>Recording changes in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="305"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="307"/>
        <source>Reading %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="315"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="325"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="330"/>
        <source>%n row(s) of the file are wrong; nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n row of the file is wrong; nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%n rows of the file are wrong; nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="336"/>
        <source>Dry run: %1 to add, %2 to change, %3 unchanged. Nothing was written yet.</source>
        <translation>Dry run: %1 to add, %2 to change, %3 unchanged. Nothing was written yet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="350"/>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Imported: %1 added, %2 changed, %3 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="355"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="164"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="164"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="165"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="165"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166"/>
        <source>clearance level</source>
        <translation>clearance level</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="167"/>
        <source>clearance number</source>
        <translation>clearance number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="168"/>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="169"/>
        <source>valid until</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="361"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../../ui/screens/inspection.py" line="58"/>
        <source>empty: every unit; else comma-separated</source>
        <translation>empty: every unit; else comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="60"/>
        <source>Mask personal codes</source>
        <translation>Mask personal codes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="61"/>
        <source>One ZIP file</source>
        <translation>One ZIP file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="62"/>
        <source>Sign the manifest with the institution&apos;s signer</source>
        <translation>Sign the manifest with the institution&apos;s signer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="63"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="65"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="67"/>
        <source>Export for an inspection</source>
        <translation>Export for an inspection</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="69"/>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="70"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="71"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="81"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="82"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="84"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="109"/>
        <source>Inspection and backups</source>
        <translation>Inspection and backups</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="119"/>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="120"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="136"/>
        <source>Where to write the bundle</source>
        <translation>Where to write the bundle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="137"/>
        <source>Bundles (*)</source>
        <translation>Bundles (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="142"/>
        <source>Sign the manifest</source>
        <translation>Sign the manifest</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="143"/>
        <source>PIN or password of the signer:</source>
        <translation>PIN or password of the signer:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="153"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="168"/>
        <source>Exported %1 files (%2 audit entries) to %3.</source>
        <translation>Exported %1 files (%2 audit entries) to %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="204"/>
        <source>Server backups (*.pgbackup)</source>
        <translation>Server backups (*.pgbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="206"/>
        <source>Save the backup</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="205"/>
        <source>Backups (*.backup.tar)</source>
        <translation>Backups (*.backup.tar)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="215"/>
        <source>Backup written: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="242"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="243"/>
        <source>Backups (*.backup.tar);;All files (*)</source>
        <translation>Backups (*.backup.tar);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="240"/>
        <location filename="../../ui/screens/inspection.py" line="246"/>
        <location filename="../../ui/screens/inspection.py" line="254"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="221"/>
        <source>Recovery key of the server&apos;s backups</source>
        <translation>Recovery key of the server&apos;s backups</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="222"/>
        <source>This is the first backup of the store on the server. Its backups are encrypted to this recovery key, which is shown only now: write it down and keep it in the safe. The IT administrator needs it to restore any of them.</source>
        <translation>This is the first backup of the store on the server. Its backups are encrypted to this recovery key, which is shown only now: write it down and keep it in the safe. The IT administrator needs it to restore any of them.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="247"/>
        <source>Replace the whole store with this backup? Everything recorded since the backup is rolled back; the present store is kept aside and the window locks.</source>
        <translation>Replace the whole store with this backup? Everything recorded since the backup is rolled back; the present store is kept aside and the window locks.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="255"/>
        <source>Your passphrase (in this store, as it is now):</source>
        <translation>Your passphrase (in this store, as it is now):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="270"/>
        <source>Restored the backup of %1; %2 audit entries made since it were rolled back.</source>
        <translation>Restored the backup of %1; %2 audit entries made since it were rolled back.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="274"/>
        <source>The replaced store is kept as %1.</source>
        <translation>The replaced store is kept as %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="277"/>
        <source>The present store could not be opened (%1), so an administrator of the backup&apos;s store allowed it.</source>
        <translation>The present store could not be opened (%1), so an administrator of the backup&apos;s store allowed it.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="250"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="84"/>
        <source>Your institution</source>
        <translation>Your institution</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="85"/>
        <source>These details appear on the letterhead of every letter.</source>
        <translation>These details appear on the letterhead of every letter.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="89"/>
        <source>Institution name</source>
        <translation>Institution name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="90"/>
        <source>Institution code</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="91"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="95"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="96"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="32"/>
        <source>9 digits: required before the first letter</source>
        <translation>9 digits: required before the first letter</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="35"/>
        <source>No letter can be signed until the institution&apos;s legal entity code is set here.</source>
        <translation>No letter can be signed until the institution&apos;s legal entity code is set here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="44"/>
        <source>{n} the running number, {year} and {yy} the year</source>
        <translation>{n} the running number, {year} and {yy} the year</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="45"/>
        <source>Write dates in words (2026 m. lapkričio 25 d.)</source>
        <translation>Write dates in words (2026 m. lapkričio 25 d.)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="46"/>
        <source>Put the addressee&apos;s personal code in the letter&apos;s metadata (PDF-LT; off: only the name)</source>
        <translation>Put the addressee&apos;s personal code in the letter&apos;s metadata (PDF-LT; off: only the name)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="50"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="56"/>
        <source>Institution &amp;name</source>
        <translation>Institution &amp;name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="57"/>
        <source>Institution &amp;code</source>
        <translation>Institution &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="58"/>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="59"/>
        <source>&amp;Registration number format</source>
        <translation>&amp;Registration number format</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="62"/>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Lock after idle</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="63"/>
        <source>Lan&amp;guage of this workstation</source>
        <translation>Lan&amp;guage of this workstation</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="66"/>
        <source>Long dates</source>
        <translation>Long dates</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="67"/>
        <source>Personal code in the metadata</source>
        <translation>Personal code in the metadata</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="68"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="80"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="117"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="129"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="141"/>
        <source>The language changes when the window is opened again.</source>
        <translation>The language changes when the window is opened again.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../ui/screens/letters.py" line="64"/>
        <source>permission</source>
        <translation>permission</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="65"/>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="66"/>
        <source>clearance withdrawal</source>
        <translation>clearance withdrawal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="73"/>
        <source>waiting for signature</source>
        <translation>waiting for signature</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="75"/>
        <source>signed, not printed</source>
        <translation>signed, not printed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="76"/>
        <source>printed</source>
        <translation>printed</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="102"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="102"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="102"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <location filename="../../ui/screens/letters.py" line="140"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="147"/>
        <source>Verify a signed letter</source>
        <translation>Verify a signed letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="148"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="177"/>
        <source>Show letters</source>
        <translation>Show letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="178"/>
        <source>Waiting for signature</source>
        <translation>Waiting for signature</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="179"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="179"/>
        <source>Signed, not printed</source>
        <translation>Signed, not printed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="180"/>
        <source>All letters</source>
        <translation>All letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="185"/>
        <location filename="../../ui/screens/letters.py" line="256"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="199"/>
        <source>&amp;Sign selected…</source>
        <translation>&amp;Sign selected…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="201"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="203"/>
        <source>Sa&amp;ve as…</source>
        <translation>Sa&amp;ve as…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="205"/>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verify a PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="222"/>
        <source>Select a signed letter to see it here.</source>
        <translation>Select a signed letter to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="231"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="307"/>
        <source>No letter waits for your signature; all letters are shown.</source>
        <translation>No letter waits for your signature; all letters are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="309"/>
        <source>No signed letter waits to be printed; all letters are shown.</source>
        <translation>No signed letter waits to be printed; all letters are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="321"/>
        <source>No letters here.</source>
        <translation>No letters here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="397"/>
        <source>Preparing %n letter(s) for the printer…</source>
        <translation>
            <numerusform>Preparing %n letter for the printer…</numerusform>
            <numerusform>Preparing %n letters for the printer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="428"/>
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n letter printed.</numerusform>
            <numerusform>%n letters printed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="452"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="459"/>
        <source>The file could not be written or read: %1</source>
        <translation>The file could not be written or read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="478"/>
        <source>No signer is configured: an administrator sets it in Settings.</source>
        <translation>No signer is configured: an administrator sets it in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="487"/>
        <source>Nothing signed.</source>
        <translation>Nothing signed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="496"/>
        <source>Signing %n letter(s)…</source>
        <translation>
            <numerusform>Signing %n letter…</numerusform>
            <numerusform>Signing %n letters…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="496"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="498"/>
        <source>Signing letters</source>
        <translation>Signing letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="507"/>
        <source>Signed %1 of %2 (letter %3)…</source>
        <translation>Signed %1 of %2 (letter %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="524"/>
        <source>Cancelled: %1 of %2 letters signed; the rest wait.</source>
        <translation>Cancelled: %1 of %2 letters signed; the rest wait.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="528"/>
        <source>%n letter(s) signed.</source>
        <translation>
            <numerusform>%n letter signed.</numerusform>
            <numerusform>%n letters signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="551"/>
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="568"/>
        <source>%1: the signature is valid.</source>
        <translation>%1: the signature is valid.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="571"/>
        <source>%1: the signature is NOT valid.</source>
        <translation>%1: the signature is NOT valid.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="573"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="574"/>
        <source>Signing time</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="575"/>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="576"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="602"/>
        <source>One of the trust anchors is not a certificate.</source>
        <translation>One of the trust anchors is not a certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="603"/>
        <source>The file is not a readable PDF letter; it may be truncated or damaged.</source>
        <translation>The file is not a readable PDF letter; it may be truncated or damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="605"/>
        <source>The letter carries no signature.</source>
        <translation>The letter carries no signature.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="606"/>
        <source>A signature in the letter is damaged and cannot be checked.</source>
        <translation>A signature in the letter is damaged and cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="608"/>
        <source>The letter was changed after it was signed.</source>
        <translation>The letter was changed after it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="609"/>
        <source>The signature does not match the signing certificate.</source>
        <translation>The signature does not match the signing certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="610"/>
        <source>Something was added to the letter after it was signed.</source>
        <translation>Something was added to the letter after it was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="611"/>
        <source>The signing certificate has been revoked.</source>
        <translation>The signing certificate has been revoked.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="612"/>
        <source>The signing certificate was not valid at the signing time.</source>
        <translation>The signing certificate was not valid at the signing time.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="614"/>
        <source>The revocation status of the signing certificate cannot be established.</source>
        <translation>The revocation status of the signing certificate cannot be established.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="616"/>
        <source>The signing certificate does not lead to a trusted root.</source>
        <translation>The signing certificate does not lead to a trusted root.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="617"/>
        <source>The signature does not meet the validation rules.</source>
        <translation>The signature does not meet the validation rules.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="618"/>
        <source>Signed by %1, who is not an authorised signer of the institution on %2.</source>
        <translation>Signed by %1, who is not an authorised signer of the institution on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="622"/>
        <source>No authorised signer of the institution is known here, so the signer cannot be shown to sign for it: pin the institution&apos;s signer certificates (permit-desk trust signer add).</source>
        <translation>No authorised signer of the institution is known here, so the signer cannot be shown to sign for it: pin the institution&apos;s signer certificates (permit-desk trust signer add).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Permit Desk</source>
        <translation>Permit Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Locked. Unlock to continue.</source>
        <translation>Locked. Unlock to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Decision recorded.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Next pending decision</source>
        <translation>&amp;Next pending decision</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Bound to this workstation</source>
        <translation>Bound to this workstation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>not bound to this workstation&apos;s keyring</source>
        <translation>not bound to this workstation&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Unbound: %1</source>
        <translation>Unbound: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>This item opens in a screen not built yet.</source>
        <translation>This item opens in a screen not built yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Request No. %1 saved (%2).</source>
        <translation>Request No. %1 saved (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Permit Desk is locked</source>
        <translation>Permit Desk is locked</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="55"/>
        <source>Letter preview</source>
        <translation>Letter preview</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="89"/>
        <source>Letter %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="102"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="105"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="147"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="156"/>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="163"/>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="166"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="36"/>
        <source>Change a person</source>
        <translation>Change a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="36"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="53"/>
        <source>&amp;Personal code</source>
        <translation>&amp;Personal code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="54"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="55"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="56"/>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="56"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="57"/>
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="25"/>
        <location filename="../../ui/dialogs/pin_prompt.py" line="91"/>
        <source>Sign letters</source>
        <translation>Sign letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="33"/>
        <source>PIN of the token %1 to sign letters:</source>
        <translation>PIN of the token %1 to sign letters:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="35"/>
        <source>Password of the signing key %1 to sign letters:</source>
        <translation>Password of the signing key %1 to sign letters:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="42"/>
        <source>Signature PIN of %1, asked for every letter (this letter):</source>
        <translation>Signature PIN of %1, asked for every letter (this letter):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="92"/>
        <source>Enter the PIN on the reader.</source>
        <translation>Enter the PIN on the reader.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../ui/settings/policy.py" line="78"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="78"/>
        <source>Name (Lithuanian)</source>
        <translation>Name (Lithuanian)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="78"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="79"/>
        <source>Crossings (comma-separated)</source>
        <translation>Crossings (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="86"/>
        <location filename="../../ui/settings/policy.py" line="104"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="87"/>
        <source>&amp;Add country</source>
        <translation>&amp;Add country</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="88"/>
        <source>&amp;Remove country</source>
        <translation>&amp;Remove country</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="92"/>
        <location filename="../../ui/settings/policy.py" line="114"/>
        <source>Categories needing permission</source>
        <translation>Categories needing permission</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="93"/>
        <location filename="../../ui/settings/policy.py" line="115"/>
        <source>Clearance levels needing permission</source>
        <translation>Clearance levels needing permission</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="94"/>
        <location filename="../../ui/settings/policy.py" line="116"/>
        <source>Reasons that need only a declaration</source>
        <translation>Reasons that need only a declaration</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="101"/>
        <source>What changed and why (kept with the version)</source>
        <translation>What changed and why (kept with the version)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="102"/>
        <source>&amp;Publish a new version</source>
        <translation>&amp;Publish a new version</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="122"/>
        <source>Days between review and departure (at least)</source>
        <translation>Days between review and departure (at least)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="123"/>
        <source>Working days to debrief after return</source>
        <translation>Working days to debrief after return</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="124"/>
        <source>Warn of clearances expiring within (days)</source>
        <translation>Warn of clearances expiring within (days)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="125"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="141"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="172"/>
        <source>Version %1 in force</source>
        <translation>Version %1 in force</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="228"/>
        <source>Policy version %1 published; it applies from now on.</source>
        <translation>Policy version %1 published; it applies from now on.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/dialogs/prompts.py" line="50"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="203"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="204"/>
        <source>It opens the store if every passphrase is lost. It is shown only now: write it down or print it, and keep it in the safe.</source>
        <translation>It opens the store if every passphrase is lost. It is shown only now: write it down or print it, and keep it in the safe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="213"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="214"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="218"/>
        <source>I &amp;wrote it down and will keep it safe</source>
        <translation>I &amp;wrote it down and will keep it safe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="220"/>
        <source>First group of the recovery key</source>
        <translation>First group of the recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="231"/>
        <source>Type the &amp;first group again:</source>
        <translation>Type the &amp;first group again:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="240"/>
        <source>The store is bound to this workstation&apos;s keyring.</source>
        <translation>The store is bound to this workstation&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="241"/>
        <source>The store is not bound to a keyring: %1</source>
        <translation>The store is not bound to a keyring: %1</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="125"/>
        <source>New travel request</source>
        <translation>New travel request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="126"/>
        <location filename="../../ui/dialogs/request_form.py" line="554"/>
        <source>Travel request No. %1</source>
        <translation>Travel request No. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="158"/>
        <source>Traveller</source>
        <translation>Traveller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="160"/>
        <source>in visiting order, e.g. BY, RU</source>
        <translation>in visiting order, e.g. BY, RU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="161"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="165"/>
        <source>Departure date</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="166"/>
        <source>Return date</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="171"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="175"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="178"/>
        <source>Border crossing</source>
        <translation>Border crossing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="180"/>
        <source>Mode of travel</source>
        <translation>Mode of travel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="182"/>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="184"/>
        <source>Person at home who knows the plan</source>
        <translation>Person at home who knows the plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="186"/>
        <source>Travel document</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="136"/>
        <source>Why the request was returned</source>
        <translation>Why the request was returned</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="142"/>
        <source>personal code, or the first letters of the last name</source>
        <translation>personal code, or the first letters of the last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="146"/>
        <source>Traveller: personal code or last name</source>
        <translation>Traveller: personal code or last name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="192"/>
        <source>&amp;Traveller:</source>
        <translation>&amp;Traveller:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="193"/>
        <source>&amp;Countries:</source>
        <translation>&amp;Countries:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="196"/>
        <source>return:</source>
        <translation>return:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="199"/>
        <source>&amp;Departure:</source>
        <translation>&amp;Departure:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="200"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="201"/>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="202"/>
        <source>&amp;Border crossing:</source>
        <translation>&amp;Border crossing:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="203"/>
        <source>&amp;Mode of travel:</source>
        <translation>&amp;Mode of travel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="204"/>
        <source>&amp;Lodging:</source>
        <translation>&amp;Lodging:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="205"/>
        <source>Person at &amp;home:</source>
        <translation>Person at &amp;home:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="206"/>
        <source>&amp;Travel document:</source>
        <translation>&amp;Travel document:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="223"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="223"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="223"/>
        <source>Arrive</source>
        <translation>Arrive</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="224"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="224"/>
        <location filename="../../ui/dialogs/request_form.py" line="230"/>
        <source>Itinerary</source>
        <translation>Itinerary</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="225"/>
        <location filename="../../ui/dialogs/request_form.py" line="227"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="225"/>
        <source>Citizenship</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="226"/>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="226"/>
        <location filename="../../ui/dialogs/request_form.py" line="231"/>
        <source>Companions</source>
        <translation>Companions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="227"/>
        <source>Who they are</source>
        <translation>Who they are</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="228"/>
        <source>Expected foreign contacts</source>
        <translation>Expected foreign contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="232"/>
        <source>Foreign contacts</source>
        <translation>Foreign contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="247"/>
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="249"/>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="251"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/request_form.py" line="373"/>
        <source>%n match(es): choose one from the list.</source>
        <translation>
            <numerusform>%n match: choose it from the list.</numerusform>
            <numerusform>%n matches: choose one from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="382"/>
        <source>No one on the staff list has a name starting with %1.</source>
        <translation>No one on the staff list has a name starting with %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="425"/>
        <source>This request is %1 and can no longer be edited.</source>
        <translation>This request is %1 and can no longer be edited.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="436"/>
        <source>Returned for changes by %1 on %2:
%3</source>
        <translation>Returned for changes by %1 on %2:
%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="460"/>
        <source>Enter the traveller&apos;s personal code or last name.</source>
        <translation>Enter the traveller&apos;s personal code or last name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="462"/>
        <source>Choose the traveller from the names found, or enter the personal code.</source>
        <translation>Choose the traveller from the names found, or enter the personal code.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="556"/>
        <source>Request No. %1 submitted for a decision.</source>
        <translation>Request No. %1 submitted for a decision.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="562"/>
        <source>Request No. %1 saved as a draft.</source>
        <translation>Request No. %1 saved as a draft.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="465"/>
        <source>A personal code has 11 digits.</source>
        <translation>A personal code has 11 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="467"/>
        <source>The personal code&apos;s check digit is wrong.</source>
        <translation>The personal code&apos;s check digit is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="470"/>
        <source>Name at least one country (two-letter code).</source>
        <translation>Name at least one country (two-letter code).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="472"/>
        <source>Countries are two-letter codes such as BY or RU.</source>
        <translation>Countries are two-letter codes such as BY or RU.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="474"/>
        <source>None of these countries needs a permission.</source>
        <translation>None of these countries needs a permission.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="480"/>
        <source>%1 is not a crossing into the chosen countries.</source>
        <translation>%1 is not a crossing into the chosen countries.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="483"/>
        <source>The return is before the departure.</source>
        <translation>The return is before the departure.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="485"/>
        <source>Say what the trip is for.</source>
        <translation>Say what the trip is for.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="530"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>Traveller</source>
        <translation>Traveller</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>Departs</source>
        <translation>Departs</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="378"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../../ui/screens/requests.py" line="65"/>
        <source>Name or personal code</source>
        <translation>Name or personal code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="66"/>
        <source>Search by name or personal code</source>
        <translation>Search by name or personal code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="69"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="70"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="74"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="75"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="76"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="76"/>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="77"/>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="80"/>
        <source>Unit (exact)</source>
        <translation>Unit (exact)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="81"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="82"/>
        <location filename="../../ui/screens/requests.py" line="90"/>
        <source>Departs from</source>
        <translation>Departs from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="84"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="91"/>
        <source>Departs until</source>
        <translation>Departs until</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="94"/>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="113"/>
        <location filename="../../ui/screens/requests.py" line="173"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="150"/>
        <source>Number of requests</source>
        <translation>Number of requests</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="218"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="224"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/requests.py" line="231"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="259"/>
        <source>Copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Copied; the clipboard is cleared in 30 seconds.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="47"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/settings/signing.py" line="37"/>
        <source>PKCS#&amp;12 file</source>
        <translation>PKCS#&amp;12 file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="38"/>
        <source>PKCS#11 &amp;token</source>
        <translation>PKCS#11 &amp;token</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="41"/>
        <location filename="../../ui/settings/signing.py" line="43"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="51"/>
        <source>Signer of letters</source>
        <translation>Signer of letters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="53"/>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="56"/>
        <location filename="../../ui/settings/signing.py" line="60"/>
        <source>Token driver (module)</source>
        <translation>Token driver (module)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="57"/>
        <location filename="../../ui/settings/signing.py" line="61"/>
        <source>Token label</source>
        <translation>Token label</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="58"/>
        <location filename="../../ui/settings/signing.py" line="62"/>
        <source>Key label</source>
        <translation>Key label</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="59"/>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="63"/>
        <source>Use this &amp;signer</source>
        <translation>Use this &amp;signer</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="67"/>
        <source>Trust anchors</source>
        <translation>Trust anchors</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="68"/>
        <source>Import &amp;trust anchor…</source>
        <translation>Import &amp;trust anchor…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="69"/>
        <source>Import &amp;revocation list…</source>
        <translation>Import &amp;revocation list…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="70"/>
        <source>Trust anchors and revocation lists</source>
        <translation>Trust anchors and revocation lists</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="85"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="87"/>
        <source>Token drivers (*.so *.dll *.dylib);;All files (*)</source>
        <translation>Token drivers (*.so *.dll *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="93"/>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="96"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="111"/>
        <source>no signer is set; letters cannot be signed</source>
        <translation>no signer is set; letters cannot be signed</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="113"/>
        <source>PKCS#12 file %1</source>
        <translation>PKCS#12 file %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="116"/>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="125"/>
        <source>%1 · fingerprint %2…</source>
        <translation>%1 · fingerprint %2…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="141"/>
        <source>The signer is set.</source>
        <translation>The signer is set.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="147"/>
        <source>Import a trust anchor</source>
        <translation>Import a trust anchor</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="148"/>
        <source>Import a revocation list</source>
        <translation>Import a revocation list</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="149"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="151"/>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Revocation lists (*.crl *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="163"/>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="84"/>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="84"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/screens/staff.py" line="74"/>
        <source>Surname (first letters)</source>
        <translation>Surname (first letters)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="75"/>
        <source>Search by surname</source>
        <translation>Search by surname</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="79"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="80"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="83"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="84"/>
        <source>&amp;Import from HR…</source>
        <translation>&amp;Import from HR…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="93"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="154"/>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="158"/>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="159"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="160"/>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="161"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="163"/>
        <source>Clearance history</source>
        <translation>Clearance history</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="164"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="164"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="165"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="165"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="166"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="176"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="177"/>
        <source>Set &amp;clearance…</source>
        <translation>Set &amp;clearance…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="178"/>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspend…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="179"/>
        <source>&amp;Reinstate…</source>
        <translation>&amp;Reinstate…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="180"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="204"/>
        <source>History of the clearance</source>
        <translation>History of the clearance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="211"/>
        <source>Staff and clearances</source>
        <translation>Staff and clearances</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="264"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/staff.py" line="275"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="317"/>
        <source>No person selected</source>
        <translation>No person selected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="323"/>
        <source>Personal code: %1</source>
        <translation>Personal code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="324"/>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="325"/>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="326"/>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="329"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="341"/>
        <source>(program)</source>
        <translation>(program)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="395"/>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="408"/>
        <source>Clearance saved.</source>
        <translation>Clearance saved.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="417"/>
        <source>Suspend the clearance</source>
        <translation>Suspend the clearance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="418"/>
        <source>Reinstate the clearance</source>
        <translation>Reinstate the clearance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="419"/>
        <source>Withdraw the clearance</source>
        <translation>Withdraw the clearance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="421"/>
        <source>Why (this goes into the clearance history):</source>
        <translation>Why (this goes into the clearance history):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="426"/>
        <source>Say why; the reason is required.</source>
        <translation>Say why; the reason is required.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="430"/>
        <source>Withdraw clearance %1 of %2? A withdrawn clearance can never be reinstated; a new one needs a new number.</source>
        <translation>Withdraw clearance %1 of %2? A withdrawn clearance can never be reinstated; a new one needs a new number.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="434"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="445"/>
        <source>Clearance suspended.</source>
        <translation>Clearance suspended.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="446"/>
        <source>Clearance reinstated.</source>
        <translation>Clearance reinstated.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="447"/>
        <source>Clearance withdrawn.</source>
        <translation>Clearance withdrawn.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="86"/>
        <source>Permit Desk: unlock</source>
        <translation>Permit Desk: unlock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="191"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="100"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="93"/>
        <source>This workstation (file)</source>
        <translation>This workstation (file)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="94"/>
        <source>Institution&apos;s server</source>
        <translation>Institution&apos;s server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="95"/>
        <source>Where the store is</source>
        <translation>Where the store is</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="98"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="103"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="104"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Use the &amp;recovery key instead</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="107"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="109"/>
        <source>&amp;Store:</source>
        <translation>&amp;Store:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="112"/>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="124"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="125"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="126"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="128"/>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="138"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="142"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="144"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="203"/>
        <source>Enter the server&apos;s address in the form postgresql://host/database.</source>
        <translation>Enter the server&apos;s address in the form postgresql://host/database.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="237"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="240"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="281"/>
        <source>The store is damaged and cannot be opened.</source>
        <translation>The store is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="283"/>
        <source>The latest backup is %1; restore it with &quot;permit-desk restore&quot; or ask the administrator.</source>
        <translation>The latest backup is %1; restore it with &quot;permit-desk restore&quot; or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="287"/>
        <source>No backup was found beside the store; ask the administrator for the latest backup medium.</source>
        <translation>No backup was found beside the store; ask the administrator for the latest backup medium.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="301"/>
        <source>You may try again now.</source>
        <translation>You may try again now.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="304"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Too many failed attempts. Try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <location filename="../../ui/settings/users.py" line="63"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <location filename="../../ui/settings/users.py" line="64"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="39"/>
        <location filename="../../ui/settings/users.py" line="75"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="39"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="40"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="56"/>
        <source>at least 10 characters</source>
        <translation>at least 10 characters</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="57"/>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="58"/>
        <source>Save &amp;roles of the selected user</source>
        <translation>Save &amp;roles of the selected user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="59"/>
        <source>Reset &amp;passphrase…</source>
        <translation>Reset &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="60"/>
        <source>Re&amp;move user…</source>
        <translation>Re&amp;move user…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="65"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="66"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="93"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="106"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="106"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="142"/>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="159"/>
        <source>Roles of %1 saved.</source>
        <translation>Roles of %1 saved.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="168"/>
        <source>Reset the passphrase</source>
        <translation>Reset the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="169"/>
        <source>New passphrase for %1:</source>
        <translation>New passphrase for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="180"/>
        <source>The passphrase of %1 was reset.</source>
        <translation>The passphrase of %1 was reset.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="188"/>
        <source>The store is open elsewhere, so its keys were not rotated: close it everywhere else and rotate the keys (permit-desk rekey).</source>
        <translation>The store is open elsewhere, so its keys were not rotated: close it everywhere else and rotate the keys (permit-desk rekey).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="192"/>
        <source>The store&apos;s keys were rotated: an old copy of the key file opens nothing.</source>
        <translation>The store&apos;s keys were rotated: an old copy of the key file opens nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="195"/>
        <source>Reset the passphrases of these users, who had not opened the store since the upgrade: %1.</source>
        <translation>Reset the passphrases of these users, who had not opened the store since the upgrade: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="204"/>
        <source>Remove a user</source>
        <translation>Remove a user</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="205"/>
        <source>Remove the account %1? Their history stays in the audit trail, but they can no longer unlock the store.</source>
        <translation>Remove the account %1? Their history stays in the audit trail, but they can no longer unlock the store.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="208"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="217"/>
        <source>User %1 removed.</source>
        <translation>User %1 removed.</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="37"/>
        <source>This cannot be undone</source>
        <translation>This cannot be undone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="47"/>
        <source>Recording a violation withdraws the clearance of %1 at once and queues the withdrawal letter. This cannot be undone. Record it?</source>
        <translation>Recording a violation withdraws the clearance of %1 at once and queues the withdrawal letter. This cannot be undone. Record it?</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="63"/>
        <source>Record a violation</source>
        <translation>Record a violation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="65"/>
        <source>A violation withdraws the person&apos;s clearance at once and queues the withdrawal letter for the head to sign.</source>
        <translation>A violation withdraws the person&apos;s clearance at once and queues the withdrawal letter for the head to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="70"/>
        <location filename="../../ui/dialogs/violation.py" line="87"/>
        <source>Personal code</source>
        <translation>Personal code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="72"/>
        <source>Kind of violation</source>
        <translation>Kind of violation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="73"/>
        <source>Travel without permission</source>
        <translation>Travel without permission</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="74"/>
        <source>Breach of the conditions of a permission</source>
        <translation>Breach of the conditions of a permission</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="81"/>
        <source>Date of the violation</source>
        <translation>Date of the violation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="84"/>
        <location filename="../../ui/dialogs/violation.py" line="92"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="85"/>
        <source>What shows the violation, and its source</source>
        <translation>What shows the violation, and its source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="89"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="90"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="91"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="95"/>
        <source>Record and &amp;withdraw</source>
        <translation>Record and &amp;withdraw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="109"/>
        <source>Give the personal code and the evidence.</source>
        <translation>Give the personal code and the evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="112"/>
        <source>Not recorded.</source>
        <translation>Not recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="121"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="29"/>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="30"/>
        <source>Returned for changes</source>
        <translation>Returned for changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="31"/>
        <source>Letter to sign</source>
        <translation>Letter to sign</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="32"/>
        <source>Letter to print</source>
        <translation>Letter to print</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="33"/>
        <source>Overdue debrief</source>
        <translation>Overdue debrief</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="34"/>
        <source>Declaration to review</source>
        <translation>Declaration to review</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="35"/>
        <source>Clearance expiring</source>
        <translation>Clearance expiring</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="36"/>
        <source>Departs soon</source>
        <translation>Departs soon</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="37"/>
        <location filename="../../ui/models/worklist_model.py" line="110"/>
        <source>Backup due</source>
        <translation>Backup due</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="56"/>
        <source>decided, not yet signed</source>
        <translation>decided, not yet signed</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="60"/>
        <source>%1 asks: %2</source>
        <translation>%1 asks: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="62"/>
        <source>returned for changes</source>
        <translation>returned for changes</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="64"/>
        <source>signed, to print</source>
        <translation>signed, to print</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="120"/>
        <source>Decide by %1: departure on %2 less the policy&apos;s %3-day lead time.</source>
        <translation>Decide by %1: departure on %2 less the policy&apos;s %3-day lead time.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="124"/>
        <source>Due %1.</source>
        <translation>Due %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="126"/>
        <source>Days overdue: %1.</source>
        <translation>Days overdue: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="53"/>
        <source>%1 – %2, submitted %3</source>
        <translation>%1 – %2, submitted %3</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="75"/>
        <source>The last backup is %1 days old (taken %2); the schedule asks for one every %3 days.</source>
        <translation>The last backup is %1 days old (taken %2); the schedule asks for one every %3 days.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="78"/>
        <source>No backup of this store has been made yet; back up every %1 days.</source>
        <translation>No backup of this store has been made yet; back up every %1 days.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="66"/>
        <source>departs %1</source>
        <translation>departs %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="68"/>
        <source>was due %1</source>
        <translation>was due %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="70"/>
        <source>departed %1</source>
        <translation>departed %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="72"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="92"/>
        <source>Returned for changes by %1:
%2</source>
        <translation>Returned for changes by %1:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="101"/>
        <source>Debrief for request %1</source>
        <translation>Debrief for request %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="103"/>
        <source>Letter %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="105"/>
        <source>%1: declared departure</source>
        <translation>%1: declared departure</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="107"/>
        <source>%1: clearance %2</source>
        <translation>%1: clearance %2</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../ui/screens/worklist.py" line="41"/>
        <location filename="../../ui/screens/worklist.py" line="60"/>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="67"/>
        <source>Good day, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="68"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/worklist.py" line="94"/>
        <source>%n item(s) wait for you. Press Enter to open the selected one.</source>
        <translation>
            <numerusform>%n item waits for you. Press Enter to open the selected one.</numerusform>
            <numerusform>%n items wait for you. Press Enter to open the selected one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="99"/>
        <source>Of these kinds more wait than are shown: %1 (the first %2 of each; the Requests screen lists all).</source>
        <translation>Of these kinds more wait than are shown: %1 (the first %2 of each; the Requests screen lists all).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="105"/>
        <source>Nothing waits for you.</source>
        <translation>Nothing waits for you.</translation>
    </message>
</context>
<context>
    <name>_RowsTable</name>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="79"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="80"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
</TS>

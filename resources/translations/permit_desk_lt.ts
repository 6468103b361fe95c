<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>AftercareScreen</name>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="105"/>
        <source>After the trip</source>
        <translation>Po kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="112"/>
        <location filename="../../ui/screens/aftercare.py" line="114"/>
        <location filename="../../ui/screens/aftercare.py" line="117"/>
        <source>Request</source>
        <translation>Prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="112"/>
        <location filename="../../ui/screens/aftercare.py" line="114"/>
        <source>Traveller</source>
        <translation>Keliautojas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="112"/>
        <location filename="../../ui/screens/aftercare.py" line="114"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="110"/>
        <location filename="../../ui/screens/aftercare.py" line="113"/>
        <location filename="../../ui/screens/aftercare.py" line="115"/>
        <source>Back</source>
        <translation>Grįžo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="111"/>
        <source>Debrief due</source>
        <translation>Pokalbio terminas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="111"/>
        <source>Days late</source>
        <translation>Vėluoja dienų</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="113"/>
        <location filename="../../ui/screens/aftercare.py" line="115"/>
        <source>Departed</source>
        <translation>Išvyko</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Personal code</source>
        <translation>Asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="116"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="117"/>
        <source>Evidence</source>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="119"/>
        <source>Overdue debriefs</source>
        <translation>Pavėluoti pokalbiai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="119"/>
        <source>Back from a trip</source>
        <translation>Grįžę iš kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="120"/>
        <source>Declarations to review</source>
        <translation>Deklaracijos vertinti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="120"/>
        <source>Violations</source>
        <translation>Pažeidimai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="134"/>
        <source>Record &amp;debrief…</source>
        <translation>Įrašyti &amp;pokalbį…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="136"/>
        <source>&amp;Review declaration…</source>
        <translation>Į&amp;vertinti deklaraciją…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="138"/>
        <source>Record &amp;violation…</source>
        <translation>Įrašyti pa&amp;žeidimą…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="140"/>
        <source>&amp;Open request</source>
        <translation>&amp;Atverti prašymą</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="158"/>
        <source>Aftercare</source>
        <translation>Po kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="202"/>
        <source>travel without permission</source>
        <translation>kelionė be leidimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="203"/>
        <source>breach of conditions</source>
        <translation>sąlygų pažeidimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="256"/>
        <source>Request No. %1: %2</source>
        <translation>Prašymas Nr. %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="259"/>
        <source>Debrief for request %1 recorded.</source>
        <translation>Pokalbis dėl prašymo %1 įrašytas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="270"/>
        <source>Declaration %1 reviewed.</source>
        <translation>Deklaracija %1 įvertinta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/aftercare.py" line="288"/>
        <source>Violation recorded; the clearance of %1 is withdrawn and the withdrawal letter waits for signing.</source>
        <translation>Pažeidimas įrašytas; %1 leidimas panaikintas, panaikinimo raštas laukia pasirašymo.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>no secure keyring on this workstation</source>
        <translation>šioje darbo vietoje nėra saugios raktinės</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="66"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="67"/>
        <source>Entity</source>
        <translation>Objektas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="67"/>
        <source>Entity id</source>
        <translation>Objekto id</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ui/screens/audit.py" line="62"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="64"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="66"/>
        <source>Entity</source>
        <translation>Objektas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="67"/>
        <source>All users</source>
        <translation>Visi naudotojai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="68"/>
        <source>All actions</source>
        <translation>Visi veiksmai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="69"/>
        <source>All entities</source>
        <translation>Visi objektai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="73"/>
        <location filename="../../ui/screens/audit.py" line="74"/>
        <source>Entity id</source>
        <translation>Objekto id</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="76"/>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="78"/>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="80"/>
        <source>From date</source>
        <translation>Nuo datos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="81"/>
        <source>To date</source>
        <translation>Iki datos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="97"/>
        <location filename="../../ui/screens/audit.py" line="166"/>
        <source>Audit trail</source>
        <translation>Audito įrašai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="118"/>
        <source>Entry details</source>
        <translation>Įrašo duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="125"/>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Tikrinti įrašus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="128"/>
        <source>Verify against a signed &amp;letter or bundle…</source>
        <translation>Tikrinti pagal pasirašytą &amp;raštą ar rinkinį…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="130"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="218"/>
        <source>Searching…</source>
        <translation>Ieškoma…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/audit.py" line="228"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n įrašas</numerusform>
            <numerusform>%n įrašai</numerusform>
            <numerusform>%n įrašų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="245"/>
        <source>Changes:</source>
        <translation>Pakeitimai:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="250"/>
        <source>A signed letter or inspection bundle</source>
        <translation>Pasirašytas raštas ar patikrinimo rinkinys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="251"/>
        <source>Signed letters and bundles (*.pdf *.zip)</source>
        <translation>Pasirašyti raštai ir rinkiniai (*.pdf *.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="267"/>
        <source>Checking the audit chain…</source>
        <translation>Tikrinama audito grandinė…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="305"/>
        <source>The chain links: %1 entries and %2 checkpoints checked, up to entry %3. The checkpoints are signed with the store&apos;s own key, which every user of the store holds.</source>
        <translation>Grandinė vientisa: patikrinta įrašų – %1, kontrolinių taškų – %2, iki įrašo %3. Kontroliniai taškai pasirašyti pačios duomenų bazės raktu, kurį turi kiekvienas jos naudotojas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="311"/>
        <source>%1, signed by %2, vouches for entries up to %3: they match.</source>
        <translation>%1, pasirašytas %2, patvirtina įrašus iki %3: jie sutampa.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="315"/>
        <source>Unanchored tail: %1 entries that nothing outside the store protects. Verify against a letter or bundle signed later to check them.</source>
        <translation>Neįtvirtinta pabaiga: %1 įrašų, kurių niekas už duomenų bazės ribų neapsaugo. Kad juos patikrintumėte, tikrinkite pagal vėliau pasirašytą raštą ar rinkinį.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/audit.py" line="299"/>
        <source>The audit trail is NOT intact. First bad entry: %1. %2</source>
        <translation>Audito įrašai PAŽEISTI. Pirmas blogas įrašas: %1. %2</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../ui/models/audit_words.py" line="22"/>
        <source>Audit key pinned</source>
        <translation>Įtvirtintas audito raktas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="23"/>
        <source>Audit key unpinned</source>
        <translation>Panaikintas audito rakto įtvirtinimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="24"/>
        <source>Backup made</source>
        <translation>Padaryta atsarginė kopija</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="25"/>
        <source>Backup settings changed</source>
        <translation>Pakeisti atsarginių kopijų nustatymai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="26"/>
        <source>Backup recovery key made</source>
        <translation>Sukurtas atsarginių kopijų atkūrimo raktas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="27"/>
        <source>Clearances expired</source>
        <translation>Baigėsi leidimų galiojimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="28"/>
        <source>Clearance set</source>
        <translation>Nustatytas leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="29"/>
        <source>Clearance suspended</source>
        <translation>Sustabdytas leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="30"/>
        <source>Clearance reinstated</source>
        <translation>Atnaujintas leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="31"/>
        <source>Clearance withdrawn</source>
        <translation>Panaikintas leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="32"/>
        <source>Revocation list added</source>
        <translation>Pridėtas atšaukimų sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="33"/>
        <location filename="../../ui/models/audit_words.py" line="65"/>
        <source>Debrief recorded</source>
        <translation>Įrašytas pokalbis po kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="34"/>
        <location filename="../../ui/models/audit_words.py" line="68"/>
        <source>Declaration accepted</source>
        <translation>Priimta deklaracija</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="35"/>
        <location filename="../../ui/models/audit_words.py" line="67"/>
        <source>Trip declared</source>
        <translation>Deklaruota kelionė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="36"/>
        <source>Decision: approved</source>
        <translation>Sprendimas: leista</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="37"/>
        <source>Decision: denied</source>
        <translation>Sprendimas: neleista</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="38"/>
        <source>Decision: returned for changes</source>
        <translation>Sprendimas: grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="39"/>
        <source>Decision reconsidered: approved</source>
        <translation>Sprendimas persvarstytas: leista</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="41"/>
        <source>Decision reconsidered: denied</source>
        <translation>Sprendimas persvarstytas: neleista</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="42"/>
        <source>Decision reconsidered: returned for changes</source>
        <translation>Sprendimas persvarstytas: grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="44"/>
        <source>Delegation granted</source>
        <translation>Suteiktas įgaliojimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="45"/>
        <source>Delegation revoked</source>
        <translation>Atšauktas įgaliojimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="46"/>
        <source>Demonstration data generated</source>
        <translation>Sukurti demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="47"/>
        <source>Inspection bundle exported</source>
        <translation>Eksportuotas patikrinimo rinkinys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="48"/>
        <source>Letter language changed</source>
        <translation>Pakeista rašto kalba</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="49"/>
        <source>Letter printed</source>
        <translation>Atspausdintas raštas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="50"/>
        <source>Letter prepared for signing</source>
        <translation>Parengtas pasirašyti raštas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="51"/>
        <source>Letter signed</source>
        <translation>Pasirašytas raštas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="52"/>
        <source>Person added</source>
        <translation>Pridėtas asmuo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="53"/>
        <source>Person changed</source>
        <translation>Pakeisti asmens duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="54"/>
        <source>Policy published</source>
        <translation>Paskelbta politika</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="55"/>
        <source>Action refused</source>
        <translation>Atmestas veiksmas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="56"/>
        <source>Request created</source>
        <translation>Sukurtas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="57"/>
        <source>Request changed</source>
        <translation>Pakeistas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="58"/>
        <source>Request submitted</source>
        <translation>Pateiktas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="59"/>
        <source>Request approved</source>
        <translation>Leistas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="60"/>
        <source>Request denied</source>
        <translation>Neleistas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="61"/>
        <source>Request returned for changes</source>
        <translation>Prašymas grąžintas taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="62"/>
        <source>Request cancelled</source>
        <translation>Atšauktas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="63"/>
        <source>Departure recorded</source>
        <translation>Įrašytas išvykimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="64"/>
        <source>Return from the trip recorded</source>
        <translation>Įrašytas grįžimas iš kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="66"/>
        <source>Request closed</source>
        <translation>Užbaigtas prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="69"/>
        <source>Declaration found to be a violation</source>
        <translation>Deklaracija pripažinta pažeidimu</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="71"/>
        <location filename="../../ui/models/audit_words.py" line="95"/>
        <source>Violation recorded</source>
        <translation>Įrašytas pažeidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="72"/>
        <source>Setting changed</source>
        <translation>Pakeistas nustatymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="73"/>
        <source>Signer&apos;s certificate pinned</source>
        <translation>Įtvirtintas pasirašančiojo sertifikatas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="74"/>
        <source>Signer&apos;s certificate remembered</source>
        <translation>Įsimintas pasirašančiojo sertifikatas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="75"/>
        <source>Signing key set</source>
        <translation>Nustatytas pasirašymo raktas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="76"/>
        <source>Signer&apos;s certificate unpinned</source>
        <translation>Panaikintas pasirašančiojo sertifikato įtvirtinimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="77"/>
        <source>Staff list imported</source>
        <translation>Importuotas darbuotojų sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="78"/>
        <source>Person changed by the staff import</source>
        <translation>Asmens duomenys pakeisti importuojant darbuotojų sąrašą</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="79"/>
        <source>Store created</source>
        <translation>Sukurta duomenų bazė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="80"/>
        <source>Store moved to the server</source>
        <translation>Saugykla perkelta į serverį</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="81"/>
        <source>Store keys rotated</source>
        <translation>Pakeisti duomenų bazės raktai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="82"/>
        <source>Store restored from a backup</source>
        <translation>Duomenų bazė atkurta iš atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="83"/>
        <source>Restore from a backup started</source>
        <translation>Pradėtas atkūrimas iš atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="84"/>
        <source>Trusted certificate added</source>
        <translation>Pridėtas pasitikėjimo sertifikatas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="85"/>
        <source>Trusted list imported</source>
        <translation>Importuotas patikimas sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="86"/>
        <source>Trusted-list signer pinned</source>
        <translation>Įtvirtintas patikimo sąrašo pasirašantysis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="87"/>
        <source>Unlocked</source>
        <translation>Atrakinta</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="88"/>
        <source>Unlocked with the recovery key</source>
        <translation>Atrakinta atkūrimo raktu</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="89"/>
        <source>Unlock failed</source>
        <translation>Nepavyko atrakinti</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="90"/>
        <source>User added</source>
        <translation>Pridėtas naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="91"/>
        <source>User linked to a person</source>
        <translation>Naudotojas susietas su asmeniu</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="92"/>
        <source>Passphrase changed</source>
        <translation>Pakeista slaptafrazė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="93"/>
        <source>User removed</source>
        <translation>Pašalintas naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="94"/>
        <source>Roles changed</source>
        <translation>Pakeisti vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="100"/>
        <location filename="../../ui/models/audit_words.py" line="126"/>
        <source>Audit key</source>
        <translation>Audito raktas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="101"/>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="102"/>
        <source>Clearances</source>
        <translation>Leidimai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="103"/>
        <source>Revocation lists</source>
        <translation>Atšaukimų sąrašai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="104"/>
        <source>Debriefs</source>
        <translation>Pokalbiai po kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="105"/>
        <source>Declarations</source>
        <translation>Deklaracijos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="106"/>
        <source>Decisions</source>
        <translation>Sprendimai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="107"/>
        <source>Delegations</source>
        <translation>Įgaliojimai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="108"/>
        <source>Demonstration data</source>
        <translation>Demonstraciniai duomenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="109"/>
        <source>Exports</source>
        <translation>Eksportas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="110"/>
        <source>Letters</source>
        <translation>Raštai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="111"/>
        <location filename="../../ui/models/audit_words.py" line="195"/>
        <source>People</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="112"/>
        <source>Policy</source>
        <translation>Politika</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="113"/>
        <source>Refusals</source>
        <translation>Atmesti veiksmai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="114"/>
        <location filename="../../ui/models/audit_words.py" line="196"/>
        <source>Requests</source>
        <translation>Prašymai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="115"/>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="116"/>
        <source>Signers</source>
        <translation>Pasirašantieji</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="117"/>
        <source>Staff imports</source>
        <translation>Darbuotojų importas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="118"/>
        <location filename="../../ui/models/audit_words.py" line="137"/>
        <source>Store</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="119"/>
        <source>Trusted certificates</source>
        <translation>Pasitikėjimo sertifikatai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="120"/>
        <source>Unlocking</source>
        <translation>Atrakinimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="121"/>
        <location filename="../../ui/models/audit_words.py" line="158"/>
        <source>Users</source>
        <translation>Naudotojai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="122"/>
        <source>Violations</source>
        <translation>Pažeidimai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="127"/>
        <source>Inspection bundle</source>
        <translation>Patikrinimo rinkinys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="128"/>
        <source>Clearance</source>
        <translation>Leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="129"/>
        <source>Delegation</source>
        <translation>Įgaliojimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="130"/>
        <source>Letter</source>
        <translation>Raštas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="131"/>
        <location filename="../../ui/models/audit_words.py" line="155"/>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="132"/>
        <source>Policy version</source>
        <translation>Politikos versija</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="133"/>
        <source>Revocation list</source>
        <translation>Atšaukimų sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="134"/>
        <source>Setting</source>
        <translation>Nustatymas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="135"/>
        <source>Signer&apos;s certificate</source>
        <translation>Pasirašančiojo sertifikatas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="136"/>
        <source>Staff list</source>
        <translation>Darbuotojų sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="138"/>
        <source>Travel request</source>
        <translation>Prašymas išvykti</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="139"/>
        <source>Trusted certificate</source>
        <translation>Pasitikėjimo sertifikatas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="140"/>
        <source>Trusted list</source>
        <translation>Patikimas sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="141"/>
        <source>Trusted-list signer</source>
        <translation>Patikimo sąrašo pasirašantysis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="142"/>
        <location filename="../../ui/models/audit_words.py" line="157"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="143"/>
        <source>Violation</source>
        <translation>Pažeidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="147"/>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="148"/>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="149"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="150"/>
        <source>Position</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="151"/>
        <source>Unit</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="152"/>
        <source>Staff category</source>
        <translation>Darbuotojo kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="153"/>
        <location filename="../../ui/models/audit_words.py" line="154"/>
        <source>Personal code</source>
        <translation>Asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="156"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="159"/>
        <source>Roles</source>
        <translation>Vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="160"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="161"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="162"/>
        <source>Level</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="163"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="164"/>
        <source>Issued</source>
        <translation>Išduotas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="165"/>
        <source>Valid until</source>
        <translation>Galioja iki</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="166"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="167"/>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="168"/>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="169"/>
        <source>Conditions</source>
        <translation>Sąlygos</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="170"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="171"/>
        <source>Departure</source>
        <translation>Išvykimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="172"/>
        <location filename="../../ui/models/audit_words.py" line="173"/>
        <location filename="../../ui/models/audit_words.py" line="174"/>
        <source>Return</source>
        <translation>Grįžimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="175"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="176"/>
        <source>Reason category</source>
        <translation>Priežasties kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="177"/>
        <source>Border crossing</source>
        <translation>Pasienio punktas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="178"/>
        <source>Mode of travel</source>
        <translation>Transportas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="179"/>
        <source>Lodging</source>
        <translation>Apgyvendinimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="180"/>
        <source>Person at home</source>
        <translation>Asmuo namuose</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="181"/>
        <source>Travel document</source>
        <translation>Kelionės dokumentas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="182"/>
        <source>Companions</source>
        <translation>Bendrakeleiviai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="183"/>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="184"/>
        <source>Legs of the trip</source>
        <translation>Maršrutas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="185"/>
        <source>Registration number</source>
        <translation>Registracijos numeris</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="186"/>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="187"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="188"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="189"/>
        <source>Value</source>
        <translation>Reikšmė</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="190"/>
        <source>Subject</source>
        <translation>Subjektas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="191"/>
        <source>Issuer</source>
        <translation>Išdavėjas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="192"/>
        <source>Attempted</source>
        <translation>Bandyta</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="193"/>
        <source>Why</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="194"/>
        <source>Count</source>
        <translation>Skaičius</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="197"/>
        <source>From</source>
        <translation>Iš</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="198"/>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="199"/>
        <source>With effect from</source>
        <translation>Įsigalioja nuo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="200"/>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="201"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="202"/>
        <source>File</source>
        <translation>Rinkmena</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="203"/>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="204"/>
        <source>Institution</source>
        <translation>Įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="205"/>
        <source>Statement</source>
        <translation>Paaiškinimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="206"/>
        <source>Debrief due</source>
        <translation>Pokalbio terminas</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="207"/>
        <source>Back on</source>
        <translation>Grįžo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="208"/>
        <source>Key generation</source>
        <translation>Raktų versija</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="209"/>
        <source>Records</source>
        <translation>Įrašai</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="222"/>
        <source>%1 (all)</source>
        <translation>%1 (visi veiksmai)</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="250"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="251"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="282"/>
        <source>Before</source>
        <translation>Buvo</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_words.py" line="285"/>
        <source>After</source>
        <translation>Tapo</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="38"/>
        <source>Clearance of %1</source>
        <translation>%1 leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="59"/>
        <source>e.g. granted by order No. …</source>
        <translation>pvz., suteiktas įsakymu Nr. …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="61"/>
        <source>&amp;Level</source>
        <translation>&amp;Lygis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="61"/>
        <source>&amp;Number</source>
        <translation>&amp;Numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="62"/>
        <source>&amp;Issued</source>
        <translation>&amp;Išduotas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="63"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Galioja iki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="64"/>
        <source>&amp;Reason</source>
        <translation>&amp;Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/clearance.py" line="67"/>
        <source>The same number corrects or renews the current clearance; a new number grants a new one.</source>
        <translation>Tas pats numeris pataiso ar pratęsia esamą leidimą; naujas numeris – suteikia naują.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../app/domain/personal_code.py" line="26"/>
        <source>A personal code has 11 digits.</source>
        <translation>Asmens kodą sudaro 11 skaitmenų.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="27"/>
        <source>A personal code may contain digits only.</source>
        <translation>Asmens kode gali būti tik skaitmenys.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="28"/>
        <source>The check digit (the last digit) does not match the other ten.</source>
        <translation>Kontrolinis (paskutinis) skaitmuo neatitinka kitų dešimties.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="30"/>
        <source>The first seven digits do not encode a real birth date.</source>
        <translation>Pirmieji septyni skaitmenys neatitinka tikros gimimo datos.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="31"/>
        <source>The first seven digits encode a birth date in the future.</source>
        <translation>Pirmieji septyni skaitmenys nurodo ateities gimimo datą.</translation>
    </message>
    <message>
        <location filename="../../app/domain/personal_code.py" line="54"/>
        <source>Personal code %1 is not valid: %2</source>
        <translation>Asmens kodas %1 netinkamas: %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="87"/>
        <source>does not exist yet</source>
        <translation>dar nesukurtas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="88"/>
        <source>is a draft</source>
        <translation>yra juodraštis</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="89"/>
        <source>is submitted</source>
        <translation>jau pateiktas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="90"/>
        <source>is approved</source>
        <translation>jau leistas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="91"/>
        <source>is denied</source>
        <translation>jau neleistas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="92"/>
        <source>is returned for changes</source>
        <translation>grąžintas taisyti</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="93"/>
        <source>is cancelled</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="94"/>
        <source>is marked as travelling</source>
        <translation>pažymėtas kaip išvykęs</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="95"/>
        <source>is marked as back</source>
        <translation>pažymėtas kaip grįžęs</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="96"/>
        <source>is debriefed</source>
        <translation>jau po pokalbio</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="97"/>
        <source>is closed</source>
        <translation>užbaigtas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="98"/>
        <source>is declared</source>
        <translation>deklaruotas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="99"/>
        <source>is accepted</source>
        <translation>priimtas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="100"/>
        <source>is recorded as a violation</source>
        <translation>įrašytas kaip pažeidimas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="105"/>
        <source>created</source>
        <translation>sukurtas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="106"/>
        <source>submitted</source>
        <translation>pateiktas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="107"/>
        <source>approved</source>
        <translation>leistas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="108"/>
        <source>denied</source>
        <translation>neleistas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="109"/>
        <source>returned for changes</source>
        <translation>grąžintas taisyti</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="110"/>
        <source>cancelled</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="111"/>
        <source>marked as departed</source>
        <translation>pažymėtas kaip išvykęs</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="112"/>
        <source>marked as back</source>
        <translation>pažymėtas kaip grįžęs</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="113"/>
        <source>debriefed</source>
        <translation>pažymėtas kaip po pokalbio</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="114"/>
        <source>closed</source>
        <translation>užbaigtas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="115"/>
        <source>declared</source>
        <translation>deklaruotas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="116"/>
        <source>accepted after review</source>
        <translation>priimtas po įvertinimo</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="117"/>
        <source>judged a violation after review</source>
        <translation>po įvertinimo pripažintas pažeidimu</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="118"/>
        <source>recorded as a violation</source>
        <translation>įrašytas kaip pažeidimas</translation>
    </message>
    <message>
        <location filename="../../app/domain/workflow.py" line="129"/>
        <source>A request that %1 cannot be %2.</source>
        <translation>Prašymas, kuris %1, negali būti %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="103"/>
        <location filename="../../app/exchange/pg_backup.py" line="407"/>
        <source>%1 already exists; backups never overwrite one another.</source>
        <translation>%1 jau yra; atsarginės kopijos niekada neperrašo viena kitos.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="110"/>
        <location filename="../../app/exchange/backup.py" line="165"/>
        <location filename="../../app/exchange/pg_backup.py" line="457"/>
        <source>The disk is full: the backup could not be written to %1; nothing was left behind and earlier backups are untouched.</source>
        <translation>Diskas pilnas: atsarginės kopijos nepavyko įrašyti į %1; nieko neliko, o ankstesnės kopijos nepaliestos.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="196"/>
        <source>The file is not a Permit Desk backup, or its manifest is damaged; nothing was changed.</source>
        <translation>Rinkmena nėra Leidimų stalo atsarginė kopija arba jos sąrašas sugadintas; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="274"/>
        <location filename="../../app/exchange/pg_backup.py" line="247"/>
        <source>There is no backup file at %1.</source>
        <translation>Atsarginės kopijos rinkmenos %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="300"/>
        <source>The disk is full: there is no room beside the store to check the backup; nothing was changed.</source>
        <translation>Diskas pilnas: šalia duomenų bazės nėra vietos atsarginei kopijai patikrinti; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="302"/>
        <source>The backup file is damaged or truncated; nothing was changed.</source>
        <translation>Atsarginės kopijos rinkmena sugadinta arba nepilna; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="307"/>
        <source>The backup is damaged: %1 does not match its hash; nothing was changed.</source>
        <translation>Atsarginė kopija sugadinta: %1 neatitinka savo maišos; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="313"/>
        <source>The backup&apos;s key file is damaged; nothing was changed.</source>
        <translation>Atsarginės kopijos rakto rinkmena sugadinta; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="317"/>
        <source>This backup is of another store (a different store id); nothing was changed.</source>
        <translation>Ši atsarginė kopija yra kitos duomenų bazės (kitas duomenų bazės identifikatorius); niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/backup.py" line="244"/>
        <source>The backup cannot be opened: %1 Nothing was changed.</source>
        <translation>Atsarginės kopijos nepavyksta atverti: %1 Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="169"/>
        <source>%1 is not an administrator of this store; restoring a backup needs the administrator role here.</source>
        <translation>%1 nėra šios duomenų bazės administratorius; atkurti atsarginę kopiją gali tik jos administratorius.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="175"/>
        <source>The backup is damaged (%1); nothing was changed.</source>
        <translation>Atsarginė kopija sugadinta (%1); niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="185"/>
        <source>%1 is not an administrator in the backup&apos;s store; restoring needs the administrator role.</source>
        <translation>%1 nėra atsarginės kopijos duomenų bazės administratorius; atkurti gali tik administratorius.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="190"/>
        <location filename="../../app/services/server_backup.py" line="205"/>
        <source>The backup&apos;s audit trail does not verify (%1); nothing was changed.</source>
        <translation>Atsarginės kopijos audito įrašai nepatvirtinami (%1); niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/bundle_io.py" line="111"/>
        <source>%1 already exists; choose a new name for the bundle.</source>
        <translation>%1 jau yra; pasirinkite naują rinkinio pavadinimą.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="113"/>
        <location filename="../../app/services/letters.py" line="432"/>
        <source>The period ends before it starts.</source>
        <translation>Laikotarpis baigiasi anksčiau, nei prasideda.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="116"/>
        <source>Unknown record kind: %1; the kinds are %2.</source>
        <translation>Nežinoma įrašų rūšis: %1; galimos rūšys: %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="338"/>
        <source>The disk is full: the bundle could not be written to %1, and nothing was left behind; free some space or choose another place.</source>
        <translation>Diskas pilnas: rinkinio nepavyko įrašyti į %1, nieko neliko; atlaisvinkite vietos arba pasirinkite kitą vietą.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="109"/>
        <source>The letter template %1 is missing.</source>
        <translation>Rašto šablono %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="136"/>
        <source>The letter field %1 is needed by %2 but was not given.</source>
        <translation>Rašto laukas %1 reikalingas šablonui %2, bet nepateiktas.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="140"/>
        <source>The template %1 has a bad placeholder: %2.</source>
        <translation>Šablone %1 yra netinkama vieta duomenims: %2.</translation>
    </message>
    <message>
        <location filename="../../app/letters/render.py" line="172"/>
        <source>The letter template %1 is empty.</source>
        <translation>Rašto šablonas %1 tuščias.</translation>
    </message>
    <message>
        <location filename="../../app/letters/sign.py" line="101"/>
        <source>The signature stamp template is damaged.</source>
        <translation>Parašo žymos šablonas sugadintas.</translation>
    </message>
    <message>
        <location filename="../../app/letters/sign.py" line="318"/>
        <source>The letter to sign is not a readable PDF (%1).</source>
        <translation>Pasirašomas raštas nėra skaitomas PDF dokumentas (%1).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="128"/>
        <source>qualified electronic signature</source>
        <translation>kvalifikuotas elektroninis parašas</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="130"/>
        <source>advanced electronic signature with a qualified certificate</source>
        <translation>pažangusis elektroninis parašas su kvalifikuotu sertifikatu</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="132"/>
        <source>advanced electronic signature</source>
        <translation>pažangusis elektroninis parašas</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="175"/>
        <source>The certificate of %1 is not valid until %2 UTC.</source>
        <translation>%1 sertifikatas negalioja iki %2 UTC.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="180"/>
        <source>The certificate of %1 expired on %2 UTC.</source>
        <translation>%1 sertifikato galiojimas baigėsi %2 UTC.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="187"/>
        <source>The certificate of %1 is not meant for signing documents (it lacks the digital signature and non-repudiation key usages).</source>
        <translation>%1 sertifikatas neskirtas dokumentams pasirašyti (jame nėra skaitmeninio parašo ir nepaneigiamumo rakto paskirčių).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="338"/>
        <source>The signature mechanism %1 does not fit this key.</source>
        <translation>Parašo mechanizmas %1 netinka šiam raktui.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="368"/>
        <location filename="../../app/services/letters.py" line="125"/>
        <source>The certificate file %1 does not exist.</source>
        <translation>Sertifikato rinkmenos %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="372"/>
        <source>The certificate file %1 cannot be read (%2).</source>
        <translation>Sertifikato rinkmenos %1 nepavyksta perskaityti (%2).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="381"/>
        <source>The certificate file %1 holds no signing key.</source>
        <translation>Sertifikato rinkmenoje %1 nėra pasirašymo rakto.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="384"/>
        <location filename="../../app/letters/signers.py" line="619"/>
        <source>Only RSA and ECDSA keys can sign letters.</source>
        <translation>Raštus pasirašyti galima tik RSA ir ECDSA raktais.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="387"/>
        <source>Only P-256 elliptic-curve keys can sign letters.</source>
        <translation>Iš elipsinių kreivių raktų raštus pasirašyti galima tik P-256 raktais.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="392"/>
        <source>The key in %1 does not belong to its certificate.</source>
        <translation>Raktas rinkmenoje %1 nepriklauso jos sertifikatui.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="475"/>
        <source>Not signed: the signature PIN was not given.</source>
        <translation>Nepasirašyta: parašo PIN kodas neįvestas.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="485"/>
        <source>The signature PIN is wrong; nothing was signed.</source>
        <translation>Parašo PIN kodas neteisingas; niekas nepasirašyta.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="489"/>
        <source>The signature PIN is locked after too many wrong entries.</source>
        <translation>Parašo PIN kodas užblokuotas po per daug neteisingų bandymų.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="493"/>
        <source>Not signed: the PIN entry on the reader was cancelled.</source>
        <translation>Nepasirašyta: PIN kodo įvedimas skaitytuve atšauktas.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="552"/>
        <source>The token driver %1 is not installed.</source>
        <translation>Laikmenos tvarkyklė %1 neįdiegta.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="557"/>
        <source>The token driver %1 cannot be loaded.</source>
        <translation>Laikmenos tvarkyklės %1 nepavyksta įkelti.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="562"/>
        <source>The token %1 is not connected.</source>
        <translation>Laikmena %1 neprijungta.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="565"/>
        <source>The token %1 cannot be read.</source>
        <translation>Laikmenos %1 nepavyksta perskaityti.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="571"/>
        <location filename="../../app/letters/signers.py" line="584"/>
        <source>The token %1 is locked after too many wrong PINs.</source>
        <translation>Laikmena %1 užrakinta po per daug neteisingų PIN kodų.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="580"/>
        <location filename="../../app/letters/signers.py" line="588"/>
        <source>The PIN of the token is wrong.</source>
        <translation>Neteisingas laikmenos PIN kodas.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="592"/>
        <source>The token %1 cannot be opened (%2).</source>
        <translation>Laikmenos %1 nepavyksta atverti (%2).</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="599"/>
        <source>The token has no signing key labelled %1.</source>
        <translation>Laikmenoje nėra pasirašymo rakto, pažymėto %1.</translation>
    </message>
    <message>
        <location filename="../../app/letters/signers.py" line="613"/>
        <source>The token has no certificate for the key %1.</source>
        <translation>Laikmenoje nėra rakto %1 sertifikato.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="56"/>
        <source>record debriefs</source>
        <translation>įrašyti pokalbių</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="83"/>
        <source>A violation is one of: %1.</source>
        <translation>Pažeidimas gali būti vienas iš šių: %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="86"/>
        <source>Describe the evidence of the violation.</source>
        <translation>Aprašykite pažeidimo įrodymus.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="130"/>
        <source>record violations</source>
        <translation>įrašyti pažeidimų</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="94"/>
        <location filename="../../app/services/clearances.py" line="44"/>
        <location filename="../../app/services/requests.py" line="85"/>
        <location filename="../../app/services/users.py" line="108"/>
        <source>No person with personal code %1 is in the registry.</source>
        <translation>Registre nėra asmens su asmens kodu %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="99"/>
        <source>Request %1 is not %2&apos;s request.</source>
        <translation>Prašymas %1 nėra asmens %2 prašymas.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_queries.py" line="76"/>
        <location filename="../../app/services/audit_queries.py" line="88"/>
        <location filename="../../app/services/audit_queries.py" line="96"/>
        <source>read the audit trail</source>
        <translation>skaityti audito įrašų</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="75"/>
        <source>The backup interval is a number of days, 0 for no reminder.</source>
        <translation>Atsarginių kopijų intervalas nurodomas dienomis; 0 – be priminimo.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="78"/>
        <source>Give --folder DIR, --every-days N, or both.</source>
        <translation>Nurodykite --folder DIR, --every-days N arba abu.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="80"/>
        <source>configure backups</source>
        <translation>nustatyti atsarginių kopijų</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="106"/>
        <source>back up the store</source>
        <translation>daryti duomenų bazės atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="108"/>
        <source>A file store&apos;s backups open with the store&apos;s own recovery key; `permit-desk rekey --new-recovery-key` replaces it.</source>
        <translation>Failų saugyklos atsarginės kopijos atveriamos pačios saugyklos atkūrimo raktu; jį pakeičia `permit-desk rekey --new-recovery-key`.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="114"/>
        <source>Say where the backup goes (--out FILE), or set a backup folder first (permit-desk backup --configure --folder DIR).</source>
        <translation>Nurodykite, kur įrašyti atsarginę kopiją (--out FILE), arba pirma nustatykite atsarginių kopijų aplanką (permit-desk backup --configure --folder DIR).</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="70"/>
        <source>Unknown clearance level %1; the levels are %2.</source>
        <translation>Nežinomas leidimo lygis %1; galimi lygiai: %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="77"/>
        <source>Say why the clearance is suspended.</source>
        <translation>Nurodykite, kodėl leidimas sustabdomas.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="78"/>
        <source>Say why the clearance is reinstated.</source>
        <translation>Nurodykite, kodėl leidimas atnaujinamas.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="79"/>
        <source>Say why the clearance is withdrawn.</source>
        <translation>Nurodykite, kodėl leidimas panaikinamas.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="82"/>
        <source>Clearance %1 is %2; only an active clearance can be suspended.</source>
        <translation>Leidimas %1 yra %2; sustabdyti galima tik galiojantį leidimą.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="84"/>
        <source>Clearance %1 is %2; only a suspended clearance can be reinstated.</source>
        <translation>Leidimas %1 yra %2; atnaujinti galima tik sustabdytą leidimą.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="86"/>
        <source>Clearance %1 is %2; only an active or suspended clearance can be withdrawn.</source>
        <translation>Leidimas %1 yra %2; panaikinti galima tik galiojantį arba sustabdytą leidimą.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="119"/>
        <source>A clearance needs a number.</source>
        <translation>Leidimui reikia numerio.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="121"/>
        <source>A clearance cannot end (%1) before it was issued (%2).</source>
        <translation>Leidimas negali baigtis (%1) anksčiau, nei buvo išduotas (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="160"/>
        <source>set clearances</source>
        <translation>nustatyti leidimų</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="130"/>
        <source>Clearance %1 was withdrawn; a new clearance needs a new number.</source>
        <translation>Leidimas %1 buvo panaikintas; naujam leidimui reikia naujo numerio.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="136"/>
        <source>The clearance already has these values; nothing was changed.</source>
        <translation>Leidime jau yra šios reikšmės; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="170"/>
        <source>Say why the clearance is %1.</source>
        <translation>Nurodykite priežastį: leidimas %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="199"/>
        <source>change clearances (%1)</source>
        <translation>keisti leidimų (%1)</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="175"/>
        <source>%1 (%2) holds no clearance.</source>
        <translation>%1 (%2) neturi leidimo.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="183"/>
        <source>Clearance %1 is %2; only %3 %4 clearance can be %5.</source>
        <translation>Leidimas %1 yra %2; %5 galima tik %3 %4 leidimą.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="187"/>
        <source>Clearance %1 ran out on %2; set a renewed one instead of reinstating it.</source>
        <translation>Leidimo %1 galiojimas baigėsi %2; užuot jį atnaujinę, įrašykite naują leidimą.</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="266"/>
        <source>expire clearances</source>
        <translation>žymėti pasibaigusių leidimų</translation>
    </message>
    <message>
        <location filename="../../app/services/clearances.py" line="367"/>
        <source>The number of days must not be negative.</source>
        <translation>Dienų skaičius negali būti neigiamas.</translation>
    </message>
    <message>
        <location filename="../../app/services/dashboard.py" line="108"/>
        <source>see the dashboard</source>
        <translation>matyti apžvalgos</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="62"/>
        <source>This is your own request: nobody may decide their own travel request.</source>
        <translation>Tai jūsų paties prašymas: niekas negali spręsti dėl savo kelionės prašymo.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="72"/>
        <source>This is the trip of %1, the head of the institution: a head&apos;s own trip is decided outside the institution, by whoever appoints the head, never by a deputy.</source>
        <translation>Tai %1, įstaigos vadovo, kelionė: dėl vadovo kelionės sprendžia ne įstaiga, o vadovą skiriantis asmuo, niekada ne pavaduotojas.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="79"/>
        <source>%1 has no delegation in force on %2 for the unit &apos;%3&apos;.</source>
        <translation>%1 neturi įgaliojimo, galiojančio %2 padaliniui „%3“.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="82"/>
        <source>%1 may not decide travel requests: that needs the head, or a deputy with a delegation.</source>
        <translation>%1 negali spręsti dėl kelionių prašymų: tai gali daryti vadovas arba įgaliotas pavaduotojas.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="139"/>
        <source>A denial needs a written reason.</source>
        <translation>Neleidimui reikia rašytinės priežasties.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="141"/>
        <source>A return for changes needs a written reason.</source>
        <translation>Grąžinimui taisyti reikia rašytinės priežasties.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="143"/>
        <source>Only an approval carries conditions.</source>
        <translation>Sąlygas galima nustatyti tik leidimui.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="248"/>
        <source>The letter would now be number %1, not %2 as shown; nothing was recorded. Look at the letter again.</source>
        <translation>Raštas dabar gautų numerį %1, o ne parodytą %2; niekas neįrašyta. Peržiūrėkite raštą dar kartą.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="345"/>
        <source>A change of decision needs a written reason.</source>
        <translation>Sprendimo pakeitimui reikia rašytinės priežasties.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="348"/>
        <source>A decided request cannot be returned for changes; deny it instead.</source>
        <translation>Išspręsto prašymo negalima grąžinti taisyti; verčiau jo neleiskite.</translation>
    </message>
    <message>
        <location filename="../../app/services/decisions.py" line="364"/>
        <source>Request %1 is %2; only an approved request can be denied, or a denied one approved, on reconsideration.</source>
        <translation>Prašymas %1 yra %2; persvarsčius galima neleisti tik leisto prašymo arba leisti tik neleistą.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="30"/>
        <source>A delegation must end on or after the day it starts.</source>
        <translation>Įgaliojimas turi baigtis ne anksčiau nei jo pradžios dieną.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="32"/>
        <source>delegate approval</source>
        <translation>perduoti sprendimo teisės</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="35"/>
        <location filename="../../app/services/users.py" line="246"/>
        <source>There is no active user named %1.</source>
        <translation>Nėra aktyvaus naudotojo %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="39"/>
        <source>%1 is not a deputy; give them the deputy role first.</source>
        <translation>%1 nėra pavaduotojas; pirma suteikite pavaduotojo vaidmenį.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="56"/>
        <source>revoke delegations</source>
        <translation>atšaukti įgaliojimų</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="59"/>
        <source>There is no delegation %1.</source>
        <translation>Įgaliojimo %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/services/delegations.py" line="62"/>
        <source>Delegation %1 is already revoked.</source>
        <translation>Įgaliojimas %1 jau atšauktas.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="120"/>
        <source>generate demo data</source>
        <translation>kurti demonstracinių duomenų</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="124"/>
        <source>Demo data is made in a store kept in a file; to try a server, move such a store there with &quot;permit-desk migrate --to&quot;.</source>
        <translation>Demonstraciniai duomenys kuriami saugykloje, laikomoje faile; norėdami išbandyti serverį, perkelkite tokią saugyklą komanda „permit-desk migrate --to“.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="50"/>
        <source>Another workstation changed the same records at the same moment; nothing of yours was recorded. Try again.</source>
        <translation>Kita darbo vieta tuo pačiu metu keitė tuos pačius įrašus; niekas iš jūsų pakeitimų neįrašyta. Bandykite dar kartą.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="54"/>
        <source>The database refused: your role does not allow this change.</source>
        <translation>Duomenų bazė atsisakė: jūsų vaidmuo neleidžia šio pakeitimo.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="59"/>
        <source>The database refused: %1</source>
        <translation>Duomenų bazė atsisakė: %1</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="61"/>
        <source>The database refused the change (%1).</source>
        <translation>Duomenų bazė atsisakė atlikti pakeitimą (%1).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="128"/>
        <source>%1 may not %2: that needs the role %3.</source>
        <translation>%1 negali %2: tam reikia vaidmens %3.</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="130"/>
        <source> or </source>
        <translation> arba </translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="252"/>
        <source>This works on a store kept in a file; the store on %1 is on a server (README: Several workstations).</source>
        <translation>Tai veikia tik su saugykla, laikoma faile; saugykla %1 yra serveryje (README: „Several workstations“).</translation>
    </message>
    <message>
        <location filename="../../app/services/desk.py" line="260"/>
        <source>The user %1 has no active account in this store.</source>
        <translation>Naudotojas %1 neturi aktyvios paskyros šioje duomenų bazėje.</translation>
    </message>
    <message>
        <location filename="../../app/services/opening.py" line="55"/>
        <location filename="../../app/services/opening.py" line="136"/>
        <source>The passphrase must not be empty.</source>
        <translation>Slaptafrazė negali būti tuščia.</translation>
    </message>
    <message>
        <location filename="../../app/services/opening.py" line="142"/>
        <source>The database %1 already holds a Permit Desk store; nothing was changed.</source>
        <translation>Duomenų bazėje %1 jau yra „Permit Desk“ saugykla; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/inspection.py" line="28"/>
        <source>export inspection bundles</source>
        <translation>eksportuoti rinkinių patikrinimui</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="130"/>
        <source>The token driver %1 does not exist.</source>
        <translation>Laikmenos tvarkyklės %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="135"/>
        <source>Give a PKCS#12 file, or a PKCS#11 module with token and key labels.</source>
        <translation>Nurodykite PKCS#12 rinkmeną arba PKCS#11 modulį su laikmenos ir rakto žymėmis.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="137"/>
        <source>choose the signer</source>
        <translation>pasirinkti pasirašymo priemonės</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="155"/>
        <source>No signer is configured: an administrator sets the PKCS#12 file or the token in Settings (permit-desk signer set).</source>
        <translation>Pasirašymo priemonė nenustatyta: administratorius nustato PKCS#12 rinkmeną arba laikmeną nustatymuose (permit-desk signer set).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="174"/>
        <location filename="../../app/services/letters.py" line="417"/>
        <source>The file is not an X.509 certificate (PEM or DER).</source>
        <translation>Rinkmena nėra X.509 sertifikatas (PEM ar DER).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="177"/>
        <source>import trust anchors</source>
        <translation>importuoti pasitikėjimo sertifikatų</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="179"/>
        <source>The certificate %1 is already a trust anchor.</source>
        <translation>Sertifikatas %1 jau yra pasitikėjimo sertifikatas.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="199"/>
        <source>The file is not a certificate revocation list (PEM or DER).</source>
        <translation>Rinkmena nėra sertifikatų atšaukimų sąrašas (PEM ar DER).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="202"/>
        <source>import revocation lists</source>
        <translation>importuoti atšaukimų sąrašų</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="204"/>
        <source>This revocation list is already imported.</source>
        <translation>Šis atšaukimų sąrašas jau importuotas.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="256"/>
        <location filename="../../app/services/letters.py" line="299"/>
        <source>import trusted lists</source>
        <translation>importuoti patikimus sąrašus</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="258"/>
        <source>The certificate %1 is already pinned as a trusted-list signer.</source>
        <translation>Sertifikatas %1 jau įtvirtintas kaip patikimo sąrašo pasirašančiojo.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="303"/>
        <source>No trusted-list signing certificate is pinned: pin one first (trust tsl-signer add CERT.pem); nothing was imported.</source>
        <translation>Neįtvirtintas joks patikimo sąrašo pasirašymo sertifikatas: pirmiausia įtvirtinkite jį (trust tsl-signer add CERT.pem); niekas neimportuota.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="311"/>
        <source>The trusted list names no qualified CA service with a granted status; nothing was imported.</source>
        <translation>Patikimame sąraše nėra nė vienos kvalifikuoto sertifikavimo centro paslaugos su suteiktu statusu; niekas neimportuota.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="342"/>
        <source>The trusted list is not signed; nothing was imported.</source>
        <translation>Patikimas sąrašas nepasirašytas; niekas neimportuota.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="345"/>
        <source>The trusted list&apos;s signature does not verify against a pinned trusted-list signing certificate (the list was changed, or another certificate signed it); nothing was imported.</source>
        <translation>Patikimo sąrašo parašas neatitinka nė vieno įtvirtinto patikimo sąrašo pasirašymo sertifikato (sąrašas pakeistas arba pasirašytas kitu sertifikatu); niekas neimportuota.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="348"/>
        <source>The file is not an ETSI TS 119 612 trusted list; nothing was imported.</source>
        <translation>Failas nėra ETSI TS 119 612 patikimas sąrašas; niekas neimportuota.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="434"/>
        <location filename="../../app/services/letters.py" line="500"/>
        <source>pin the institution&apos;s signers</source>
        <translation>įtvirtinti įstaigos pasirašančiuosius</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="437"/>
        <source>The certificate %1 is already pinned as a signer; remove it first to pin it again.</source>
        <translation>Sertifikatas %1 jau įtvirtintas kaip pasirašančiojo; norėdami įtvirtinti jį iš naujo, pirmiausia jį pašalinkite.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="448"/>
        <source>%1 is neither the head nor a deputy, so they never sign for the institution.</source>
        <translation>%1 nėra nei vadovas, nei pavaduotojas, todėl niekada nepasirašo įstaigos vardu.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="494"/>
        <source>No single %1 has a fingerprint starting with %2.</source>
        <translation>Nėra vienintelio įrašo „%1“, kurio kontrolinė suma prasideda %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="504"/>
        <source>pinned signer certificate</source>
        <translation>įtvirtintas pasirašančiojo sertifikatas</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="579"/>
        <source>The file is not an audit public key (an Ed25519 public key in PEM).</source>
        <translation>Failas nėra audito viešasis raktas (Ed25519 viešasis raktas PEM formatu).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="591"/>
        <location filename="../../app/services/letters.py" line="601"/>
        <source>pin audit keys</source>
        <translation>įtvirtinti audito raktus</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="593"/>
        <source>This audit key is already pinned.</source>
        <translation>Šis audito raktas jau įtvirtintas.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="603"/>
        <source>pinned audit key</source>
        <translation>įtvirtintas audito raktas</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="687"/>
        <source>Letter %1 reports no request or violation.</source>
        <translation>Rašte %1 nenurodytas nei prašymas, nei pažeidimas.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="788"/>
        <source>Letter %1 reports a decision by %2; only they sign it.</source>
        <translation>Rašte %1 pranešama apie sprendimą, kurį priėmė %2; pasirašyti jį gali tik sprendimą priėmęs asmuo.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="791"/>
        <source>another user</source>
        <translation>kitas naudotojas</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="813"/>
        <source>sign letters</source>
        <translation>pasirašyti raštų</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="802"/>
        <location filename="../../app/services/letters.py" line="941"/>
        <location filename="../../app/services/letters.py" line="970"/>
        <location filename="../../app/services/letters.py" line="982"/>
        <location filename="../../app/services/letters.py" line="1005"/>
        <location filename="../../app/services/letters.py" line="1021"/>
        <source>There is no letter %1.</source>
        <translation>Rašto %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="804"/>
        <source>Letter %1 is already signed.</source>
        <translation>Raštas %1 jau pasirašytas.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="861"/>
        <source>Set the institution&apos;s legal entity code (Settings, Institution) before signing letters.</source>
        <translation>Prieš pasirašydami raštus nustatykite įstaigos juridinio asmens kodą (Nustatymai, Įstaiga).</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="972"/>
        <source>Letter %1 is not signed yet.</source>
        <translation>Raštas %1 dar nepasirašytas.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="992"/>
        <source>queue letters</source>
        <translation>rengti raštų</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="999"/>
        <source>A letter is in Lithuanian (lt) or English (en).</source>
        <translation>Raštas gali būti lietuvių (lt) arba anglų (en) kalba.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="1001"/>
        <source>change a letter&apos;s language</source>
        <translation>keisti rašto kalbos</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="1007"/>
        <source>Letter %1 is signed; its language cannot change.</source>
        <translation>Raštas %1 pasirašytas; jo kalbos keisti negalima.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="1018"/>
        <source>print letters</source>
        <translation>spausdinti raštų</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="68"/>
        <source>There is no policy version %1.</source>
        <translation>Politikos versijos %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="75"/>
        <source>change the policy</source>
        <translation>keisti politikos</translation>
    </message>
    <message>
        <location filename="../../app/services/policy.py" line="78"/>
        <source>The policy is unchanged; no new version was made.</source>
        <translation>Politika nepakeista; nauja versija nesukurta.</translation>
    </message>
    <message>
        <location filename="../../app/services/transitions.py" line="39"/>
        <source>Request %1: %2</source>
        <translation>Prašymas %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="78"/>
        <location filename="../../app/services/requests.py" line="295"/>
        <source>There is no request %1.</source>
        <translation>Prašymo %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="184"/>
        <source>Name at least one country to visit.</source>
        <translation>Nurodykite bent vieną lankytiną šalį.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="167"/>
        <source>%1 is not a two-letter country code (e.g. BY, RU).</source>
        <translation>%1 nėra dviejų raidžių šalies kodas (pvz., BY, RU).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="171"/>
        <source>%1 is not an ISO 3166-1 country code: %2 is not a Latin letter (type e.g. BY, RU in Latin letters).</source>
        <translation>%1 nėra ISO 3166-1 šalies kodas: %2 nėra lotyniška raidė (rašykite, pvz., BY, RU lotyniškomis raidėmis).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="175"/>
        <source>%1 is not an ISO 3166-1 country code (e.g. BY, RU).</source>
        <translation>%1 nėra ISO 3166-1 šalies kodas (pvz., BY, RU).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="188"/>
        <source>The departure (%1) is before today (%2): a trip that has already begun is declared, not asked permission for.</source>
        <translation>Išvykimo data (%1) ankstesnė nei šiandien (%2): apie jau prasidėjusią kelionę deklaruojama, leidimo neprašoma.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="192"/>
        <source>The return (%1) is before the departure (%2).</source>
        <translation>Grįžimas (%1) yra anksčiau už išvykimą (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="195"/>
        <source>Say what the trip is for (purpose).</source>
        <translation>Nurodykite kelionės tikslą.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="200"/>
        <source>No permission is needed: %1 is not on the list of countries that need one.</source>
        <translation>Leidimo nereikia: %1 nėra šalių, į kurias reikia leidimo, sąraše.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="202"/>
        <source>No permission is needed: %1 are not on the list of countries that need one.</source>
        <translation>Leidimo nereikia: %1 nėra šalių, į kurias reikia leidimo, sąraše.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="209"/>
        <source>No permission is needed: %1 holds no clearance that the policy covers.</source>
        <translation>Leidimo nereikia: %1 neturi leidimo, kuriam taikoma politika.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="213"/>
        <source>The reason &apos;%1&apos; does not allow a declaration instead of permission; enter a request instead.</source>
        <translation>Priežastis „%1“ neleidžia pateikti deklaracijos vietoj prašymo; įveskite prašymą.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="217"/>
        <source>In %1 the leaving date is before the arrival date.</source>
        <translation>Šalyje %1 išvykimo data yra anksčiau už atvykimo datą.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="222"/>
        <source>%1 is not an open border crossing in the policy (%2).</source>
        <translation>%1 nėra politikoje nurodytas veikiantis pasienio punktas (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="228"/>
        <source>%1 is not a crossing into %2; the policy lists none for it.</source>
        <translation>%1 nėra perėjimo punktas į %2; tvarkoje tokiai šaliai punktų nenurodyta.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="231"/>
        <source>%1 is not a crossing into %2 (the policy lists: %3).</source>
        <translation>%1 nėra perėjimo punktas į %2 (tvarkoje nurodyti: %3).</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="283"/>
        <source>enter travel requests</source>
        <translation>įvesti kelionių prašymų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="313"/>
        <source>edit travel requests</source>
        <translation>taisyti kelionių prašymų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="298"/>
        <source>Request %1 is %2 and can no longer be edited.</source>
        <translation>Prašymas %1 yra %2, jo taisyti nebegalima.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="340"/>
        <source>submit travel requests</source>
        <translation>pateikti kelionių prašymų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="345"/>
        <source>cancel travel requests</source>
        <translation>atšaukti kelionių prašymų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="351"/>
        <source>record departures</source>
        <translation>įrašyti išvykimų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="372"/>
        <source>record returns</source>
        <translation>įrašyti grįžimų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="378"/>
        <source>close requests</source>
        <translation>užbaigti prašymų</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="385"/>
        <source>A declaration needs the traveller&apos;s statement of the circumstances.</source>
        <translation>Deklaracijai reikia keliautojo aplinkybių paaiškinimo.</translation>
    </message>
    <message>
        <location filename="../../app/services/requests.py" line="405"/>
        <source>enter declarations</source>
        <translation>įvesti deklaracijų</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="158"/>
        <source>Give the reason for the review&apos;s outcome.</source>
        <translation>Nurodykite įvertinimo rezultato priežastį.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="163"/>
        <source>Request %1 is %2, not a declaration waiting for review.</source>
        <translation>Prašymas %1 yra %2, o ne įvertinimo laukianti deklaracija.</translation>
    </message>
    <message>
        <location filename="../../app/services/aftercare.py" line="180"/>
        <source>review declarations</source>
        <translation>vertinti deklaracijų</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="37"/>
        <source>The institution needs a name: it heads every letter.</source>
        <translation>Įstaigai reikia pavadinimo: jis rašomas kiekvieno rašto viršuje.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="40"/>
        <source>The institution name is longer than 200 characters.</source>
        <translation>Įstaigos pavadinimas ilgesnis nei 200 ženklų.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="48"/>
        <source>The institution code is 7-12 digits (the legal entity code).</source>
        <translation>Įstaigos kodą sudaro 7–12 skaitmenų (juridinio asmens kodas).</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="56"/>
        <source>The address is longer than 300 characters.</source>
        <translation>Adresas ilgesnis nei 300 ženklų.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="65"/>
        <source>The registration number format needs the {n} placeholder (the running number).</source>
        <translation>Registracijos numerio formate turi būti žymė {n} (eilės numeris).</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="69"/>
        <source>Unknown placeholder {%1} in the registration number format; use {n}, {year} and {yy}.</source>
        <translation>Registracijos numerio formate nežinoma žymė {%1}; naudokite {n}, {year} ir {yy}.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="74"/>
        <source>The registration number format has an unmatched brace.</source>
        <translation>Registracijos numerio formate yra neuždarytas riestinis skliaustas.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="77"/>
        <source>The registration number format is longer than 40 characters.</source>
        <translation>Registracijos numerio formatas ilgesnis nei 40 ženklų.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="88"/>
        <source>Say 1 (on) or 0 (off).</source>
        <translation>Nurodykite 1 (įjungta) arba 0 (išjungta).</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="95"/>
        <source>The idle lock time is a whole number of minutes.</source>
        <translation>Užrakinimo po neveiklos laikas nurodomas sveikuoju minučių skaičiumi.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="98"/>
        <source>The idle lock time is between 1 and 120 minutes.</source>
        <translation>Užrakinimo po neveiklos laikas turi būti nuo 1 iki 120 minučių.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="116"/>
        <source>read the settings</source>
        <translation>skaityti nustatymų</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="128"/>
        <source>Unknown setting %1; the settings are %2.</source>
        <translation>Nežinomas nustatymas %1; galimi nustatymai: %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="132"/>
        <source>change the settings</source>
        <translation>keisti nustatymų</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="67"/>
        <source>A person needs a last name.</source>
        <translation>Asmeniui reikia pavardės.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="68"/>
        <source>A person needs a first name.</source>
        <translation>Asmeniui reikia vardo.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="83"/>
        <source>A person needs a %1.</source>
        <translation>Asmeniui reikia užpildyti lauką „%1“.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="92"/>
        <source>Unknown staff category %1; the categories are %2.</source>
        <translation>Nežinoma darbuotojo kategorija %1; galimos kategorijos: %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="142"/>
        <source>add people to the staff registry</source>
        <translation>įtraukti asmenų į darbuotojų registrą</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="132"/>
        <source>A person with personal code %1 is already in the registry.</source>
        <translation>Asmuo su asmens kodu %1 jau yra registre.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="151"/>
        <source>These person fields cannot be changed here: %1.</source>
        <translation>Šių asmens laukų čia keisti negalima: %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="174"/>
        <source>change the staff registry</source>
        <translation>keisti darbuotojų registro</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="163"/>
        <source>%1 already has these values; nothing was changed.</source>
        <translation>%1 jau turi šias reikšmes; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="378"/>
        <source>clearance %1 was withdrawn; the file&apos;s data for it was not applied</source>
        <translation>leidimas %1 buvo panaikintas; failo duomenys jam nepritaikyti</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="407"/>
        <location filename="../../app/services/staff.py" line="437"/>
        <location filename="../../app/services/staff.py" line="470"/>
        <source>import staff</source>
        <translation>importuoti darbuotojų</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="414"/>
        <source>The template could not be written to %1 (%2).</source>
        <translation>Šablono nepavyko įrašyti į %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/services/staff.py" line="440"/>
        <source>Say the file&apos;s name (its ending tells CSV from XLSX).</source>
        <translation>Nurodykite rinkmenos pavadinimą (pagal plėtinį atskiriama CSV nuo XLSX).</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="34"/>
        <source>A passphrase must be at least %1 characters long.</source>
        <translation>Slaptafrazę turi sudaryti bent %1 ženklų.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="41"/>
        <source>A user name is 1-64 letters, digits, dots, dashes or underscores.</source>
        <translation>Naudotojo vardą sudaro 1–64 raidės, skaitmenys, taškai, brūkšneliai ar pabraukimo ženklai.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="53"/>
        <source>Unknown role %1; the roles are %2.</source>
        <translation>Nežinomas vaidmuo %1; galimi vaidmenys: %2.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="56"/>
        <source>A user needs at least one role.</source>
        <translation>Naudotojui reikia bent vieno vaidmens.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="75"/>
        <source>A user needs a full name.</source>
        <translation>Naudotojui reikia vardo ir pavardės.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="76"/>
        <source>add users</source>
        <translation>pridėti naudotojų</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="78"/>
        <source>A user named %1 already exists.</source>
        <translation>Naudotojas %1 jau yra.</translation>
    </message>
    <message>
        <location filename="../../app/services/letters.py" line="443"/>
        <location filename="../../app/services/users.py" line="136"/>
        <location filename="../../app/services/users.py" line="171"/>
        <location filename="../../app/services/users.py" line="189"/>
        <location filename="../../app/services/users.py" line="220"/>
        <source>There is no user named %1.</source>
        <translation>Naudotojo %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="165"/>
        <source>change another user&apos;s passphrase</source>
        <translation>keisti kito naudotojo slaptafrazės</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="186"/>
        <source>change roles</source>
        <translation>keisti vaidmenų</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="212"/>
        <source>The store must keep at least one active administrator.</source>
        <translation>Duomenų bazėje turi likti bent vienas aktyvus administratorius.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="217"/>
        <source>link users to person records</source>
        <translation>susieti naudotojų su asmenų įrašais</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="236"/>
        <source>You cannot remove your own account.</source>
        <translation>Savo paskyros pašalinti negalite.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="240"/>
        <source>A removed user&apos;s old copy of the key file would still open this store: first open it once with the recovery key, or run rekey --new-recovery-key.</source>
        <translation>Pašalinto naudotojo turima senoji raktų failo kopija vis dar atidarytų šią duomenų bazę: pirmiausia vieną kartą ją atidarykite atkūrimo raktu arba paleiskite rekey --new-recovery-key.</translation>
    </message>
    <message>
        <location filename="../../app/services/users.py" line="243"/>
        <source>remove users</source>
        <translation>šalinti naudotojų</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="106"/>
        <source>The file is empty.</source>
        <translation>Failas tuščias.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="107"/>
        <source>The file %1 is not a readable XLSX workbook (%2).</source>
        <translation>Failas %1 nėra skaitomas XLSX sąsiuvinis (%2).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="109"/>
        <source>The file %1 is a workbook, not CSV text; give it the .xlsx ending.</source>
        <translation>Failas %1 yra sąsiuvinis, o ne CSV tekstas; suteikite jam plėtinį .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="111"/>
        <source>The file is not UTF-8 text (byte 0x%1 on line %2); save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Failas nėra UTF-8 tekstas (baitas 0x%1 %2 eilutėje); išsaugokite jį iš naujo kaip „CSV UTF-8“.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="113"/>
        <location filename="../../app/services/staff.py" line="409"/>
        <source>The file type of %1 is not supported; use CSV or XLSX.</source>
        <translation>Failo %1 tipas nepalaikomas; naudokite CSV arba XLSX.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="115"/>
        <source>The file type of %1 is not supported; use CSV or XLSX. Save it as .xlsx or CSV.</source>
        <translation>Failo %1 tipas nepalaikomas; naudokite CSV arba XLSX. Išsaugokite jį kaip .xlsx arba CSV.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="117"/>
        <source>The column %1 appears twice.</source>
        <translation>Stulpelis %1 pasikartoja du kartus.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="118"/>
        <source>The header row lacks these columns: %1.</source>
        <translation>Antraštės eilutėje trūksta šių stulpelių: %1.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="119"/>
        <source>The file has a header row but no people below it.</source>
        <translation>Faile yra antraštės eilutė, bet po ja nėra nė vieno asmens.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="120"/>
        <source>%1 %2: %3</source>
        <translation>Stulpelis %1, reikšmė %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="121"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="122"/>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="123"/>
        <source>dates are written YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>datos rašomos MMMM-MM-DD, pvz., 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="124"/>
        <source>there is no such date in the calendar.</source>
        <translation>tokios datos kalendoriuje nėra.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="125"/>
        <source>not a known clearance level.</source>
        <translation>nežinomas leidimo lygis.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="126"/>
        <source>not a known staff category.</source>
        <translation>nežinoma darbuotojų kategorija.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="127"/>
        <source>a value is required.</source>
        <translation>reikšmė privaloma.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="128"/>
        <source>the same personal code is on lines %1 and %2.</source>
        <translation>tas pats asmens kodas yra %1 ir %2 eilutėse.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="129"/>
        <source>The clearance is only partly filled in: %1 is empty (leave all four empty for a person without clearance).</source>
        <translation>Leidimas užpildytas tik iš dalies: %1 neužpildytas (asmeniui be leidimo palikite visus keturis tuščius).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="132"/>
        <source>The clearance is only partly filled in: %1 are empty (leave all four empty for a person without clearance).</source>
        <translation>Leidimas užpildytas tik iš dalies: %1 neužpildyti (asmeniui be leidimo palikite visus keturis tuščius).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="135"/>
        <source>the clearance would end before it was issued (%1).</source>
        <translation>leidimas baigtų galioti anksčiau, nei buvo išduotas (%1).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="137"/>
        <source>The workbook %1 would unpack to %2 MB, more than the %3 MB a staff file may hold; nothing was read.</source>
        <translation>Darbaknygė %1 išsiskleistų į %2 MB – daugiau nei %3 MB, kiek gali būti darbuotojų faile; niekas nenuskaityta.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="139"/>
        <source>The part %1 of the workbook %2 would unpack to %3 times its packed size, more than the %4 times a staff file may have; nothing was read.</source>
        <translation>Darbaknygės %2 dalis %1 išsiskleistų %3 kartų didesnė nei suspausta – daugiau nei %4 kartų, kiek leidžiama darbuotojų failui; niekas nenuskaityta.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="142"/>
        <source>The workbook %1 has %2 parts, more than the %3 a staff file may have; nothing was read.</source>
        <translation>Darbaknygė %1 turi %2 dalių – daugiau nei %3, kiek gali turėti darbuotojų failas; niekas nenuskaityta.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="144"/>
        <source>The part %1 of the workbook %2 is itself an archive, which a staff file never holds; nothing was read.</source>
        <translation>Darbaknygės %2 dalis %1 pati yra archyvas, o darbuotojų faile tokių nebūna; niekas nenuskaityta.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="146"/>
        <source>The part %1 of the workbook %2 declares a DOCTYPE (XML entities), which a staff file never holds; nothing was read.</source>
        <translation>Darbaknygės %2 dalis %1 deklaruoja DOCTYPE (XML esybes), o darbuotojų faile tokių nebūna; niekas nenuskaityta.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="149"/>
        <source>The file has more than %1 lines, the most a staff file may have.</source>
        <translation>Faile daugiau nei %1 eilučių – tiek daugiausia gali būti darbuotojų faile.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="151"/>
        <source>Line %1 is not readable CSV (%2).</source>
        <translation>%1 eilutė nėra tinkamas CSV (%2).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/staff_import.py" line="152"/>
        <source>Line %1 holds a cell longer than %2 characters, the most a staff file may hold in one cell.</source>
        <translation>%1 eilutėje yra langelis, ilgesnis nei %2 simbolių – tiek daugiausia gali būti viename darbuotojų failo langelyje.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyfile.py" line="428"/>
        <source>The passphrase is wrong.</source>
        <translation>Neteisinga slaptafrazė.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyfile.py" line="386"/>
        <location filename="../../app/store/server.py" line="113"/>
        <location filename="../../app/store/store.py" line="407"/>
        <source>The user name or the passphrase is wrong.</source>
        <translation>Neteisingas naudotojo vardas arba slaptafrazė.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="226"/>
        <source>The recovery key&apos;s slot predates this version and cannot receive a new key: open the store once with the recovery key, or rotate with a new recovery key (rekey --new-recovery-key).</source>
        <translation>Atkūrimo rakto vieta sukurta ankstesnės versijos ir negali gauti naujo rakto: vieną kartą atidarykite duomenų bazę atkūrimo raktu arba pakeiskite raktus su nauju atkūrimo raktu (rekey --new-recovery-key).</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="259"/>
        <source>The store is open elsewhere, so its keys were not rotated: close it everywhere else and run rekey.</source>
        <translation>Duomenų bazė atidaryta kitur, todėl jos raktai nepakeisti: uždarykite ją visur kitur ir paleiskite rekey.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="449"/>
        <source>This store is bound to another workstation&apos;s keyring, or the keyring is unavailable; open it with the recovery key.</source>
        <translation>Ši duomenų bazė susieta su kitos darbo vietos raktine arba raktinė nepasiekiama; atverkite ją atkūrimo raktu.</translation>
    </message>
    <message>
        <location filename="../../app/store/store.py" line="482"/>
        <source>The recovery key is wrong.</source>
        <translation>Neteisingas atkūrimo raktas.</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="34"/>
        <source>it holds the invisible or control character %1; type the text again without it.</source>
        <translation>joje yra nematomas ar valdymo simbolis %1; įveskite tekstą iš naujo be jo.</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="36"/>
        <source>it is %1 characters long; at most %2 are allowed.</source>
        <translation>ji yra %1 simbolių ilgio; leidžiama daugiausia %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="72"/>
        <source>last name</source>
        <translation>pavardė</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="73"/>
        <source>first name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="74"/>
        <source>position</source>
        <translation>pareigos</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="75"/>
        <source>unit</source>
        <translation>padalinys</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="76"/>
        <source>clearance number</source>
        <translation>leidimo numeris</translation>
    </message>
    <message>
        <location filename="../../app/domain/text_input.py" line="90"/>
        <source>The %1 cannot be accepted: %2</source>
        <translation>Reikšmės „%1“ priimti negalima: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="78"/>
        <location filename="../../app/services/audit_anchors.py" line="101"/>
        <source>%1 cannot anchor the audit trail: %2</source>
        <translation>%1 negali įtvirtinti audito įrašų: %2</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="82"/>
        <source>%1 is a signed letter, but it names no audit trail entry in its metadata; it cannot anchor the audit trail.</source>
        <translation>%1 yra pasirašytas raštas, bet jo metaduomenyse nenurodytas joks audito įrašas; jis negali įtvirtinti audito įrašų.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="96"/>
        <source>There is no file or folder %1.</source>
        <translation>Nėra failo ar aplanko %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="116"/>
        <source>%1 is a signed bundle, but it holds no audit trail excerpt; it cannot anchor the audit trail.</source>
        <translation>%1 yra pasirašytas rinkinys, bet jame nėra audito įrašų ištraukos; jis negali įtvirtinti audito įrašų.</translation>
    </message>
    <message>
        <location filename="../../app/services/audit_anchors.py" line="134"/>
        <source>%1 cannot be read.</source>
        <translation>Nepavyksta perskaityti %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/engine.py" line="137"/>
        <source>The store file %1 could not be read (%2); this alone does not show it is damaged: check the disk and try again.</source>
        <translation>Nepavyko perskaityti duomenų bazės failo %1 (%2); vien tai nerodo, kad jis sugadintas: patikrinkite diską ir bandykite dar kartą.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="175"/>
        <source>Another program is using the store %1; close it (or wait until it finishes) and try again: nothing was changed.</source>
        <translation>Duomenų bazę %1 naudoja kita programa; uždarykite ją (arba palaukite, kol ji baigs) ir bandykite dar kartą: niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="182"/>
        <source>The disk is full at %1: free some space and try again; what was not written was not saved, and nothing is damaged.</source>
        <translation>Diskas %1 pilnas: atlaisvinkite vietos ir bandykite dar kartą; kas neįrašyta, tas neišsaugota, bet niekas nesugadinta.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="186"/>
        <source>The disk could not read or write at %1 (an input/output error, or a file-size limit): check the disk and try again; this alone does not show that the store is damaged.</source>
        <translation>Diskas %1 negalėjo skaityti ar rašyti (įvesties ir išvesties klaida arba failo dydžio riba): patikrinkite diską ir bandykite dar kartą; vien tai nerodo, kad duomenų bazė sugadinta.</translation>
    </message>
    <message>
        <location filename="../../app/store/errors.py" line="190"/>
        <source>The folder %1 is read-only (or this account may not write there): Permit Desk cannot save anything in it; nothing is damaged.</source>
        <translation>Aplankas %1 skirtas tik skaityti (arba ši paskyra negali jame rašyti): Permit Desk negali jame nieko išsaugoti; niekas nesugadinta.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="190"/>
        <location filename="../../app/store/swap.py" line="204"/>
        <source>An interrupted restore cannot be finished: %1 and %2 both exist; move one away and open the store again.</source>
        <translation>Nutraukto atkūrimo užbaigti negalima: yra ir %1, ir %2; perkelkite vieną iš jų kitur ir atidarykite duomenų bazę dar kartą.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="226"/>
        <source>The journal of an interrupted restore, %1, cannot be read; the previous store and the backup are in the same folder: ask the administrator.</source>
        <translation>Nutraukto atkūrimo žurnalo %1 nepavyksta perskaityti; ankstesnė duomenų bazė ir atsarginė kopija yra tame pačiame aplanke: kreipkitės į administratorių.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="232"/>
        <source>A restore of the store %1 is under way in another program; try again when it has finished.</source>
        <translation>Duomenų bazė %1 šiuo metu atkuriama kitoje programoje; bandykite dar kartą, kai ji baigs.</translation>
    </message>
    <message>
        <location filename="../../app/store/swap.py" line="235"/>
        <source>The journal of an interrupted restore, %1, is about another store; ask the administrator.</source>
        <translation>Nutraukto atkūrimo žurnalas %1 skirtas kitai duomenų bazei; kreipkitės į administratorių.</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="14"/>
        <source>covers the whole file</source>
        <translation>apima visą failą</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="15"/>
        <source>covers an earlier version of the file: something was added after signing</source>
        <translation>apima ankstesnę failo versiją: po pasirašymo kažkas pridėta</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="17"/>
        <source>covers only the start of the file: something was added after signing</source>
        <translation>apima tik failo pradžią: po pasirašymo kažkas pridėta</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="20"/>
        <source>does not show clearly what it covers</source>
        <translation>neaišku, ką jis apima</translation>
    </message>
    <message>
        <location filename="../../app/letters/wording.py" line="21"/>
        <source>no signature covers the file</source>
        <translation>failo neapima joks parašas</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="87"/>
        <source>No keyring could be loaded on this workstation.</source>
        <translation>Šioje darbo vietoje nepavyko įkelti jokios slaptažodžių saugyklos.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="91"/>
        <source>This workstation has no keyring that keeps secrets protected (Windows Credential Manager, macOS Keychain, GNOME Keyring or KDE Wallet).</source>
        <translation>Šioje darbo vietoje nėra slaptažodžių saugyklos, kuri saugotų paslaptis apsaugotas (Windows Credential Manager, macOS Keychain, GNOME Keyring ar KDE Wallet).</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="95"/>
        <source>The keyring %1 is installed but cannot be used here: it may be locked or not running.</source>
        <translation>Slaptažodžių saugykla %1 įdiegta, bet čia jos naudoti negalima: ji gali būti užrakinta arba neveikti.</translation>
    </message>
    <message>
        <location filename="../../app/store/keyring_guard.py" line="98"/>
        <source>The keyring %1 is available and keeps secrets protected.</source>
        <translation>Slaptažodžių saugykla %1 pasiekiama ir paslaptis saugo apsaugotas.</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="66"/>
        <source>passed (TOTAL_PASSED)</source>
        <translation>patvirtinta (TOTAL_PASSED)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="67"/>
        <source>cannot be confirmed (INDETERMINATE)</source>
        <translation>patvirtinti negalima (INDETERMINATE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="68"/>
        <source>failed (TOTAL_FAILED)</source>
        <translation>nepatvirtinta (TOTAL_FAILED)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="72"/>
        <source>the file or its signature is damaged and cannot be checked (FORMAT_FAILURE)</source>
        <translation>failas ar jo parašas sugadintas ir negali būti patikrintas (FORMAT_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="74"/>
        <source>the signed content does not match the signature: the letter was changed or cut short (HASH_FAILURE)</source>
        <translation>pasirašytas turinys neatitinka parašo: raštas pakeistas arba sutrumpintas (HASH_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="77"/>
        <source>the signature value does not match the signing certificate&apos;s key (SIG_CRYPTO_FAILURE)</source>
        <translation>parašo reikšmė neatitinka pasirašymo sertifikato rakto (SIG_CRYPTO_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="80"/>
        <source>the signing certificate was revoked before the letter was signed (REVOKED)</source>
        <translation>pasirašymo sertifikatas buvo atšauktas prieš pasirašant raštą (REVOKED)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="82"/>
        <source>the signing certificate was not yet valid when the letter was signed (NOT_YET_VALID)</source>
        <translation>pasirašant raštą pasirašymo sertifikatas dar negaliojo (NOT_YET_VALID)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="85"/>
        <source>the signing certificate has been revoked and nothing proves the letter was signed before that (REVOKED_NO_POE)</source>
        <translation>pasirašymo sertifikatas atšauktas ir niekas neįrodo, kad raštas pasirašytas anksčiau (REVOKED_NO_POE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="88"/>
        <source>a certificate authority of the chain has been revoked and nothing proves the letter was signed before that (REVOKED_CA_NO_POE)</source>
        <translation>grandinės sertifikavimo centro sertifikatas atšauktas ir niekas neįrodo, kad raštas pasirašytas anksčiau (REVOKED_CA_NO_POE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="91"/>
        <source>the signing certificate is outside its validity period and nothing proves the letter was signed while it was valid (OUT_OF_BOUNDS_NO_POE)</source>
        <translation>pasirašymo sertifikatas negalioja ir niekas neįrodo, kad raštas pasirašytas jam dar galiojant (OUT_OF_BOUNDS_NO_POE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="94"/>
        <source>the signing certificate does not lead to a trusted root (NO_CERTIFICATE_CHAIN_FOUND)</source>
        <translation>pasirašymo sertifikatas neveda iki patikimo šakninio sertifikato (NO_CERTIFICATE_CHAIN_FOUND)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="97"/>
        <source>the certificate chain is not valid (CERTIFICATE_CHAIN_GENERAL_FAILURE)</source>
        <translation>sertifikatų grandinė negalioja (CERTIFICATE_CHAIN_GENERAL_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="99"/>
        <source>the revocation status of the signing certificate cannot be established offline (TRY_LATER)</source>
        <translation>pasirašymo sertifikato atšaukimo būsenos neprisijungus nustatyti negalima (TRY_LATER)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="102"/>
        <source>the signature does not meet the validation rules: it must be sound and cover the whole file (SIG_CONSTRAINTS_FAILURE)</source>
        <translation>parašas neatitinka tikrinimo taisyklių: jis turi būti nepažeistas ir apimti visą failą (SIG_CONSTRAINTS_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="105"/>
        <source>the signer is not shown to be an authorised signer of the institution on the signing date (CHAIN_CONSTRAINTS_FAILURE)</source>
        <translation>neįrodyta, kad pasirašiusysis pasirašymo dieną buvo įgaliotas pasirašyti įstaigos vardu (CHAIN_CONSTRAINTS_FAILURE)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="109"/>
        <source>another reason (%1)</source>
        <translation>kita priežastis (%1)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="112"/>
        <source>qualified electronic signature (QES), as the signing certificate declares</source>
        <translation>kvalifikuotas elektroninis parašas (QES), kaip nurodyta pasirašymo sertifikate</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="114"/>
        <source>advanced electronic signature with a qualified certificate (AdES/QC)</source>
        <translation>pažangusis elektroninis parašas su kvalifikuotu sertifikatu (AdES/QC)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="116"/>
        <source>advanced electronic signature (AdES)</source>
        <translation>pažangusis elektroninis parašas (AdES)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="311"/>
        <source>Result</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="314"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="317"/>
        <source>Signature level</source>
        <translation>Parašo lygis</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="319"/>
        <source>Signer</source>
        <translation>Pasirašė</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="321"/>
        <source>Signing time</source>
        <translation>Pasirašymo laikas</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="322"/>
        <source>%1 (Vilnius time, as the signer&apos;s workstation claims it)</source>
        <translation>%1 (Vilniaus laiku, kaip nurodo pasirašiusiojo darbo vieta)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="324"/>
        <source>Certificate chain</source>
        <translation>Sertifikatų grandinė</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="327"/>
        <source>Trust anchor</source>
        <translation>Pasitikėjimo šaknis</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="328"/>
        <source>Revocation data</source>
        <translation>Atšaukimo duomenys</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="330"/>
        <source>none: the revocation status was not checked (no revocation list for this chain is available offline)</source>
        <translation>nėra: atšaukimo būsena netikrinta (neprisijungus šiai grandinei nėra atšaukimų sąrašo)</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="334"/>
        <source>no revocation list for this chain was available</source>
        <translation>šiai grandinei atšaukimų sąrašo nebuvo</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="338"/>
        <source>revocation list of %1, issued %2, carried in the letter</source>
        <translation>%1 atšaukimų sąrašas, išduotas %2, įdėtas į raštą</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="341"/>
        <source>revocation list of %1, issued %2, imported on this workstation</source>
        <translation>%1 atšaukimų sąrašas, išduotas %2, importuotas šioje darbo vietoje</translation>
    </message>
    <message>
        <location filename="../../app/letters/report.py" line="344"/>
        <source>Coverage</source>
        <translation>Aprėptis</translation>
    </message>
    <message>
        <location filename="../../app/cli/migrate_cmd.py" line="54"/>
        <source>migrate the store to a server</source>
        <translation>perkelti saugyklą į serverį</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="167"/>
        <source>The recovery key does not open this backup; nothing was changed.</source>
        <translation>Atkūrimo raktas neatidaro šios atsarginės kopijos; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="240"/>
        <source>The backup file is damaged, truncated or altered; nothing was changed.</source>
        <translation>Atsarginės kopijos failas sugadintas, nukirstas arba pakeistas; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="255"/>
        <source>The file is not a Permit Desk server backup; nothing was changed.</source>
        <translation>Šis failas nėra „Permit Desk“ serverio atsarginė kopija; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="339"/>
        <source>%1 is not installed on this workstation: install the PostgreSQL client programs of the server&apos;s version (Debian: postgresql-client), or name their folder in %2.</source>
        <translation>%1 šioje darbo vietoje neįdiegta: įdiekite serverio versijos PostgreSQL kliento programas (Debian: postgresql-client) arba nurodykite jų aplanką kintamajame %2.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="377"/>
        <source>%1 failed: %2</source>
        <translation>%1 nepavyko: %2</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="528"/>
        <source>pg_restore cannot read the backup (%1); nothing was changed.</source>
        <translation>pg_restore negali perskaityti atsarginės kopijos (%1); niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/pg_backup.py" line="533"/>
        <source>The backup holds no Permit Desk store; nothing was changed.</source>
        <translation>Atsarginėje kopijoje nėra „Permit Desk“ saugyklos; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="91"/>
        <source>The backup recovery key was changed by someone else while this backup ran; nothing was changed. Make the backup again.</source>
        <translation>Kol buvo daroma ši atsarginė kopija, kažkas kitas pakeitė atsarginių kopijų atkūrimo raktą; niekas nepakeista. Padarykite atsarginę kopiją iš naujo.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="164"/>
        <source>Restoring a server backup needs the server&apos;s superuser (it creates databases and installs the guards); %1 is not one. Nothing was changed.</source>
        <translation>Serverio atsarginei kopijai atkurti reikia serverio supernaudotojo (jis kuria duomenų bazes ir įdiegia apsaugas); %1 juo nėra. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="178"/>
        <source>This backup is of another store (a different store id) than the one in %1; nothing was changed.</source>
        <translation>Ši atsarginė kopija yra kitos saugyklos (kitas saugyklos identifikatorius), ne esančios %1; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="200"/>
        <source>The backup&apos;s database is not the store its header names; nothing was changed.</source>
        <translation>Atsarginės kopijos duomenų bazė nėra ta saugykla, kurią nurodo jos antraštė; niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/services/server_backup.py" line="274"/>
        <source>The restored database could not take the name %1; the live database was put back as it was.</source>
        <translation>Atkurtai duomenų bazei nepavyko suteikti pavadinimo %1; veikianti duomenų bazė grąžinta tokia, kokia buvo.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="70"/>
        <source>A server address carries no user name or password: %1 asks for them when you unlock.</source>
        <translation>Serverio adrese nerašomas nei naudotojo vardas, nei slaptažodis: %1 jų paklaus atrakinant.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="74"/>
        <source>The server address %1 names no host.</source>
        <translation>Serverio adrese %1 nenurodytas kompiuteris.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="78"/>
        <source>The server address %1 must name one database: postgresql://host/database.</source>
        <translation>Serverio adresas %1 turi nurodyti vieną duomenų bazę: postgresql://kompiuteris/duomenų_bazė.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="84"/>
        <source>The server address %1 has settings Permit Desk does not use: %2.</source>
        <translation>Serverio adrese %1 yra nustatymų, kurių „Permit Desk“ nenaudoja: %2.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="88"/>
        <source>Permit Desk talks to a server only over TLS with its certificate verified (sslmode=verify-full), not %1.</source>
        <translation>„Permit Desk“ jungiasi prie serverio tik per TLS, patikrinusi jo sertifikatą (sslmode=verify-full), ne %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/locator.py" line="94"/>
        <source>The server address %1 has a wrong port.</source>
        <translation>Serverio adrese %1 nurodytas neteisingas prievadas.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="153"/>
        <source>The migration to %1 must run as the server&apos;s PostgreSQL superuser (it creates roles and protective triggers); %2 is not one. Nothing was changed.</source>
        <translation>Perkėlimas į %1 turi būti vykdomas serverio PostgreSQL supernaudotojo vardu (jis kuria vaidmenis ir apsauginius trigerius); %2 juo nėra. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="161"/>
        <source>The database %1 is not empty (it holds %2): a store is migrated only into an empty database. Nothing was changed.</source>
        <translation>Duomenų bazė %1 nėra tuščia (joje yra %2): saugykla perkeliama tik į tuščią duomenų bazę. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="168"/>
        <source>The server already has roles named like users of this store (%1): one server serves one institution. Nothing was changed.</source>
        <translation>Serveryje jau yra vaidmenų, pavadintų taip pat kaip šios saugyklos naudotojai (%1): vienas serveris aptarnauja vieną įstaigą. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="225"/>
        <source>The migration to %1 was rolled back: %2 rows of %3 name a %4 that does not exist in the file.</source>
        <translation>Perkėlimas į %1 atšauktas: %2 lentelės %3 eilučių nurodo įrašą %4, kurio faile nėra.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="297"/>
        <source>The migration to %1 stopped and was rolled back: nothing was changed on the server (%2).</source>
        <translation>Perkėlimas į %1 sustojo ir buvo atšauktas: serveryje niekas nepakeista (%2).</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="305"/>
        <source>Only an administrator of the store may migrate it; %1 is not one. Nothing was changed.</source>
        <translation>Saugyklą perkelti gali tik jos administratorius; %1 juo nėra. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="315"/>
        <source>These user names cannot be server logins (1-63 lower-case letters, digits, dots, dashes or underscores): %1. Nothing was changed.</source>
        <translation>Šie naudotojų vardai negali būti serverio prisijungimo vardais (1–63 mažosios raidės, skaitmenys, taškai, brūkšneliai ar pabraukimai): %1. Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="388"/>
        <source>The migration to %1 was rolled back: the row counts differ in %2.</source>
        <translation>Perkėlimas į %1 atšauktas: nesutampa eilučių skaičius lentelėse %2.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="392"/>
        <source>The migration to %1 was rolled back: the copied audit trail ends at entry %2, the file&apos;s at entry %3.</source>
        <translation>Perkėlimas į %1 atšauktas: nukopijuotas audito žurnalas baigiasi įrašu %2, o faile – įrašu %3.</translation>
    </message>
    <message>
        <location filename="../../app/store/pg_migrate.py" line="406"/>
        <source>The migration to %1 was rolled back: the audit trail on the server does not verify (%2).</source>
        <translation>Perkėlimas į %1 atšauktas: audito žurnalas serveryje nepraeina patikros (%2).</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="65"/>
        <source>The CA certificate %1 named in the server address does not exist.</source>
        <translation>Serverio adrese nurodyto sertifikavimo centro (CA) sertifikato %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="68"/>
        <source>Permit Desk has no CA certificate to check the server %1 with: import the institution&apos;s CA with &quot;permit-desk trust server-ca FILE&quot;.</source>
        <translation>„Permit Desk“ neturi sertifikavimo centro (CA) sertifikato serveriui %1 patikrinti: importuokite įstaigos CA sertifikatą komanda „permit-desk trust server-ca FAILAS“.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="117"/>
        <source>The server %1 did not prove who it is: its certificate is not signed by the institution&apos;s CA or does not name it. Nothing was sent to it.</source>
        <translation>Serveris %1 neįrodė, kas jis yra: jo sertifikatas nepasirašytas įstaigos sertifikavimo centro (CA) arba jame nenurodytas šis serveris. Jam nieko neišsiųsta.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="122"/>
        <source>The server %1 does not offer SCRAM-SHA-256 with channel binding over TLS; Permit Desk sends passwords no other way.</source>
        <translation>Serveris %1 nesiūlo SCRAM-SHA-256 su kanalo susiejimu per TLS; „Permit Desk“ slaptažodžių kitaip nesiunčia.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="126"/>
        <source>There is no store at %1.</source>
        <translation>Saugyklos %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="129"/>
        <source>The server %1 does not let %2 in: ask the IT administrator.</source>
        <translation>Serveris %1 neįleidžia %2: kreipkitės į IT administratorių.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="132"/>
        <source>The server %1 cannot be reached: %2</source>
        <translation>Nepavyksta pasiekti serverio %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="246"/>
        <location filename="../../app/store/server.py" line="268"/>
        <location filename="../../app/store/server.py" line="286"/>
        <source>The database %1 holds no Permit Desk store yet: the IT administrator creates it with &quot;permit-desk server setup&quot;.</source>
        <translation>Duomenų bazėje %1 dar nėra „Permit Desk“ saugyklos: IT administratorius ją sukuria komanda „permit-desk server setup“.</translation>
    </message>
    <message>
        <location filename="../../app/store/server.py" line="251"/>
        <source>The store on %1 is at schema %2 and this Permit Desk needs %3: the IT administrator upgrades it with &quot;permit-desk server upgrade&quot;.</source>
        <translation>Saugyklos %1 schema yra %2, o ši „Permit Desk“ versija reikalauja %3: IT administratorius ją atnaujina komanda „permit-desk server upgrade“.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="38"/>
        <source>approved</source>
        <translation>leista</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="39"/>
        <source>denied</source>
        <translation>atsisakyta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="40"/>
        <source>waiting for a decision</source>
        <translation>laukia sprendimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="41"/>
        <source>declared afterwards</source>
        <translation>deklaruota vėliau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="42"/>
        <source>violation</source>
        <translation>pažeidimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="43"/>
        <source>draft, returned or cancelled</source>
        <translation>juodraštis, grąžinta ar atšaukta</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="48"/>
        <source>Russia</source>
        <translation>Rusija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="49"/>
        <source>Belarus</source>
        <translation>Baltarusija</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="83"/>
        <location filename="../../ui/screens/dashboard.py" line="137"/>
        <source>Dashboard</source>
        <translation>Apžvalga</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="85"/>
        <source>abroad today</source>
        <translation>šiandien užsienyje</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="86"/>
        <source>requests wait for a decision</source>
        <translation>prašymų laukia sprendimo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="87"/>
        <source>debriefs overdue</source>
        <translation>pavėluotų pokalbių</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="88"/>
        <source>clearances expiring</source>
        <translation>baigiasi leidimų</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="95"/>
        <source>Country shown in the chart</source>
        <translation>Diagramos šalis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="96"/>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="98"/>
        <source>Requests by month of departure and outcome, last 12 months</source>
        <translation>Prašymai pagal išvykimo mėnesį ir baigtį, paskutiniai 12 mėnesių</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="102"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="106"/>
        <location filename="../../ui/screens/dashboard.py" line="109"/>
        <source>Abroad today</source>
        <translation>Šiandien užsienyje</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="143"/>
        <source>Counting…</source>
        <translation>Skaičiuojama…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="164"/>
        <source>Dashboard, %1</source>
        <translation>Apžvalga, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="169"/>
        <source>clearances expiring within %1 days</source>
        <translation>leidimų baigiasi per %1 d.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="180"/>
        <source>%1
%2, back %3</source>
        <translation>%1
%2, grįžta %3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="187"/>
        <source>… and %1 more</source>
        <translation>… ir dar %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/dashboard.py" line="192"/>
        <source>Nobody is abroad today.</source>
        <translation>Šiandien niekas neišvykęs.</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="33"/>
        <source>Record the debrief</source>
        <translation>Įrašyti pokalbį po kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="41"/>
        <source>Deviations from the plan</source>
        <translation>Nukrypimai nuo plano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="42"/>
        <source>Other places, dates or companions than approved</source>
        <translation>Kitos vietos, datos ar palydovai nei leista</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="43"/>
        <source>Approaches</source>
        <translation>Kontaktų mezgimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="44"/>
        <source>Attempts to obtain information, recruit or pressure</source>
        <translation>Bandymai gauti informacijos, verbuoti ar daryti spaudimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="45"/>
        <source>Device or luggage searches</source>
        <translation>Įrenginių ar bagažo patikros</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="46"/>
        <source>At the border or elsewhere</source>
        <translation>Pasienyje ar kitur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="47"/>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="47"/>
        <source>People met beyond those declared</source>
        <translation>Sutikti asmenys, be nurodytųjų</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="48"/>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/debrief.py" line="70"/>
        <source>Saving…</source>
        <translation>Saugoma…</translation>
    </message>
</context>
<context>
    <name>DecideScreen</name>
    <message>
        <location filename="../../ui/screens/decide.py" line="82"/>
        <location filename="../../ui/screens/decide.py" line="254"/>
        <source>No request is open. Press Ctrl+N for the next pending one.</source>
        <translation>Prašymas neatvertas. Paspauskite Ctrl+N – atsivers kitas laukiantis.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="86"/>
        <source>The request</source>
        <translation>Prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="88"/>
        <source>Review context</source>
        <translation>Aplinkybės sprendimui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="120"/>
        <location filename="../../ui/screens/decide.py" line="334"/>
        <location filename="../../ui/screens/decide.py" line="363"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="121"/>
        <source>Reason (required to deny or return)</source>
        <translation>Priežastis (privaloma neleidžiant ar grąžinant)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="125"/>
        <location filename="../../ui/screens/decide.py" line="335"/>
        <source>Conditions</source>
        <translation>Sąlygos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="126"/>
        <source>Conditions of the approval, one per line</source>
        <translation>Leidimo sąlygos, po vieną eilutėje</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="98"/>
        <source>Approve</source>
        <translation>Leisti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="99"/>
        <source>Deny</source>
        <translation>Neleisti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="100"/>
        <source>Return for changes</source>
        <translation>Grąžinti taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="112"/>
        <source>Record now, sign the letter later</source>
        <translation>Įrašyti dabar, raštą pasirašyti vėliau</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="128"/>
        <source>Decide…</source>
        <translation>Spręsti…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="130"/>
        <source>Next pending</source>
        <translation>Kitas laukiantis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="243"/>
        <source>Decide</source>
        <translation>Sprendimai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="278"/>
        <source>Request No. %1: %2</source>
        <translation>Prašymas Nr. %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="286"/>
        <source>Without this, the decision is recorded only together with its signed letter.</source>
        <translation>Be šios žymos sprendimas įrašomas tik kartu su pasirašytu raštu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="292"/>
        <source>No signer is configured: the letter will wait in the Letters list until it is signed.</source>
        <translation>Pasirašantysis nenustatytas: raštas lauks raštų sąraše, kol bus pasirašytas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="299"/>
        <source>This request is %1; there is nothing to decide.</source>
        <translation>Šio prašymo būsena – %1; spręsti nėra ko.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="330"/>
        <source>%1 for %2</source>
        <translation>%1 (pavaduoja: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="331"/>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="332"/>
        <source>Decided by</source>
        <translation>Sprendė</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="333"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="333"/>
        <source>(Vilnius time)</source>
        <translation>(Vilniaus laiku)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="340"/>
        <source>signed</source>
        <translation>pasirašytas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="341"/>
        <source>Decided, letter not signed</source>
        <translation>Nuspręsta, raštas nepasirašytas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="342"/>
        <location filename="../../ui/screens/decide.py" line="344"/>
        <source>Letter No.</source>
        <translation>Rašto Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="346"/>
        <source>Recorded decision</source>
        <translation>Įrašytas sprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="359"/>
        <source>Traveller</source>
        <translation>Keliautojas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="360"/>
        <source>Position and unit</source>
        <translation>Pareigos ir padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="361"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="362"/>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="364"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="365"/>
        <source>Border crossing</source>
        <translation>Pasienio punktas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="366"/>
        <source>Mode of travel</source>
        <translation>Transportas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="367"/>
        <source>Lodging</source>
        <translation>Apgyvendinimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="368"/>
        <source>Person at home</source>
        <translation>Asmuo namuose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="369"/>
        <source>Travel document</source>
        <translation>Kelionės dokumentas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="370"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="375"/>
        <source>Itinerary</source>
        <translation>Maršrutas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="376"/>
        <source>Companions</source>
        <translation>Bendrakeleiviai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="377"/>
        <source>Expected foreign contacts</source>
        <translation>Numatomi kontaktai užsienyje</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="397"/>
        <source>None.</source>
        <translation>Nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="398"/>
        <source>Clearance</source>
        <translation>Leidimas dirbti su įslaptinta informacija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="402"/>
        <source>No clearance on record.</source>
        <translation>Leidimo įraše nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="405"/>
        <source>valid until %1</source>
        <translation>galioja iki %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="408"/>
        <source>Policy flags</source>
        <translation>Politikos įspėjimai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="415"/>
        <source>Overdue debriefs</source>
        <translation>Pavėluoti pokalbiai po kelionių</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="420"/>
        <source>Request %1, due %2</source>
        <translation>Prašymas %1, terminas %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="426"/>
        <source>Earlier trips</source>
        <translation>Ankstesnės kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="439"/>
        <source>Policy version %1</source>
        <translation>Politikos versija %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="444"/>
        <source>approved</source>
        <translation>leista</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="444"/>
        <source>denied</source>
        <translation>neleista</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="445"/>
        <source>returned for changes</source>
        <translation>grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="461"/>
        <source>The clearance is valid until %1, before the return on %2.</source>
        <translation>Leidimas galioja tik iki %1, o grįžtama %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="462"/>
        <source>The traveller&apos;s clearance is %1, not active.</source>
        <translation>Keliautojo leidimas yra %1, negalioja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="463"/>
        <source>Return %1 is before departure %2.</source>
        <translation>Grįžimas %1 yra anksčiau už išvykimą %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="464"/>
        <source>Departure %1 is already past.</source>
        <translation>Išvykimo data %1 jau praėjo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="465"/>
        <source>The traveller holds no clearance on record.</source>
        <translation>Keliautojas neturi užregistruoto leidimo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="466"/>
        <source>The clearance expires on %1, within %2 days.</source>
        <translation>Leidimas baigiasi %1 (per artimiausias %2 d.).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="493"/>
        <source>Choose an outcome first: %1.</source>
        <translation>Pirmiausia pasirinkite sprendimą: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="499"/>
        <source>A denial or a return needs a written reason.</source>
        <translation>Neleidžiant ar grąžinant būtina parašyti priežastį.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="504"/>
        <source>Preparing the letter…</source>
        <translation>Rengiamas raštas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="515"/>
        <source>approve</source>
        <translation>leisti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="515"/>
        <source>deny</source>
        <translation>neleisti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="516"/>
        <source>return for changes</source>
        <translation>grąžinti taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="525"/>
        <source>Not recorded: you went back to the request.</source>
        <translation>Neįrašyta: grįžote prie prašymo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="537"/>
        <source>Waiting for the PIN or password…</source>
        <translation>Laukiama PIN kodo ar slaptažodžio…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="544"/>
        <source>Nothing was recorded: the signing prompt was cancelled. Ctrl+Enter starts again.</source>
        <translation>Niekas neįrašyta: pasirašymo langas atšauktas. Ctrl+Enter – pradėti iš naujo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="553"/>
        <source>Recording the decision and signing the letter…</source>
        <translation>Įrašomas sprendimas ir pasirašomas raštas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="554"/>
        <source>Recording the decision…</source>
        <translation>Registruojamas sprendimas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="577"/>
        <source>Nothing was recorded: %1</source>
        <translation>Niekas neįrašyta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="587"/>
        <source>Decided: %1; letter %2 signed. Ctrl+N opens the next pending request.</source>
        <translation>Nuspręsta: %1; raštas %2 pasirašytas. Ctrl+N atveria kitą laukiantį prašymą.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="591"/>
        <source>Decided, letter not signed: %1; letter %2 waits in the Letters list.</source>
        <translation>Nuspręsta, raštas nepasirašytas: %1; raštas %2 laukia raštų sąraše.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="595"/>
        <source>Decided: %1. Ctrl+N opens the next pending request.</source>
        <translation>Nuspręsta: %1. Ctrl+N atveria kitą laukiantį prašymą.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="640"/>
        <source>Signing letter %1…</source>
        <translation>Pasirašomas raštas %1…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="651"/>
        <source>Letter %1 signed. Ctrl+N opens the next pending request.</source>
        <translation>Raštas %1 pasirašytas. Ctrl+N atveria kitą laukiantį prašymą.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="623"/>
        <source>No signer is configured; the letter waits in the Letters list.</source>
        <translation>Pasirašymo priemonė nenustatyta; raštas laukia raštų sąraše.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="459"/>
        <source>Days until departure: %1; the policy asks for at least %2.</source>
        <translation>Iki išvykimo liko dienų: %1; tvarka reikalauja bent %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="632"/>
        <source>Not signed; the letter waits in the Letters list.</source>
        <translation>Nepasirašyta; raštas laukia raštų sąraše.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="661"/>
        <source>The letter was not signed: %1 It waits in the Letters list.</source>
        <translation>Raštas nepasirašytas: %1 Jis laukia raštų sąraše.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="682"/>
        <source>No more requests wait for a decision.</source>
        <translation>Daugiau prašymų, laukiančių sprendimo, nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/decide.py" line="699"/>
        <source>Locked.</source>
        <translation>Užrakinta.</translation>
    </message>
</context>
<context>
    <name>DecisionConfirm</name>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="27"/>
        <source>Confirm the decision</source>
        <translation>Patvirtinkite sprendimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="30"/>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="31"/>
        <source>Addressee</source>
        <translation>Adresatas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="33"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="35"/>
        <source>Conditions</source>
        <translation>Sąlygos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="37"/>
        <source>Letter No.</source>
        <translation>Rašto Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="39"/>
        <source>A return has no letter. Enter records it; Esc goes back.</source>
        <translation>Grąžinant raštas nerengiamas. Enter – įrašyti; Esc – grįžti.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="41"/>
        <source>Enter records the decision and signs this letter as one act; Esc goes back and nothing is recorded.</source>
        <translation>Enter įrašo sprendimą ir pasirašo šį raštą vienu veiksmu; Esc grąžina atgal ir niekas neįrašoma.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="44"/>
        <source>Enter records the decision now; the letter waits, not signed. Esc goes back and nothing is recorded.</source>
        <translation>Enter įrašo sprendimą dabar; raštas laukia nepasirašytas. Esc grąžina atgal ir niekas neįrašoma.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="62"/>
        <source>Record and sign (Enter)</source>
        <translation>Įrašyti ir pasirašyti (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="63"/>
        <source>Record (Enter)</source>
        <translation>Įrašyti (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/decision_confirm.py" line="66"/>
        <source>Back (Esc)</source>
        <translation>Atgal (Esc)</translation>
    </message>
</context>
<context>
    <name>DeclarationReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="38"/>
        <source>Review the declaration</source>
        <translation>Įvertinti deklaraciją</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="41"/>
        <source>The declaration</source>
        <translation>Deklaracija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="42"/>
        <source>&amp;Accept: the departure was justified</source>
        <translation>&amp;Pripažinti: išvykimas buvo pagrįstas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="43"/>
        <source>&amp;Violation: withdraw the clearance</source>
        <translation>Pa&amp;žeidimas: panaikinti leidimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="50"/>
        <source>Reason for the outcome</source>
        <translation>Sprendimo priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="51"/>
        <source>Reason for the outcome (required)</source>
        <translation>Sprendimo priežastis (privaloma)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="80"/>
        <source>Traveller</source>
        <translation>Keliautojas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="81"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="82"/>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="83"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="84"/>
        <source>Statement of the circumstances</source>
        <translation>Aplinkybių paaiškinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="93"/>
        <source>Give the reason for the outcome.</source>
        <translation>Nurodykite sprendimo priežastį.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="100"/>
        <source>Not recorded.</source>
        <translation>Neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/declaration_review.py" line="104"/>
        <source>Saving…</source>
        <translation>Saugoma…</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../ui/settings/delegations.py" line="40"/>
        <source>To</source>
        <translation>Kam</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="40"/>
        <location filename="../../ui/settings/delegations.py" line="60"/>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="40"/>
        <location filename="../../ui/settings/delegations.py" line="61"/>
        <source>Until</source>
        <translation>Iki</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="41"/>
        <location filename="../../ui/settings/delegations.py" line="61"/>
        <source>Units</source>
        <translation>Padaliniai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="41"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="42"/>
        <location filename="../../ui/settings/delegations.py" line="75"/>
        <source>Delegations</source>
        <translation>Įgaliojimai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="55"/>
        <source>empty: every unit; else comma-separated</source>
        <translation>tuščia – visi padaliniai; kitaip atskirti kableliais</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="56"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Perduoti</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="57"/>
        <source>&amp;Revoke the selected…</source>
        <translation>&amp;Atšaukti pažymėtą…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="58"/>
        <source>New delegation</source>
        <translation>Naujas įgaliojimas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="60"/>
        <source>Deputy</source>
        <translation>Pavaduotojas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="91"/>
        <source>revoked</source>
        <translation>atšauktas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="91"/>
        <source>in force</source>
        <translation>galioja</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="93"/>
        <source>every unit</source>
        <translation>visi padaliniai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="103"/>
        <source>There is no deputy to delegate to.</source>
        <translation>Nėra pavaduotojo, kuriam būtų galima perduoti teisę.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="114"/>
        <source>Approval delegated to %1.</source>
        <translation>Sprendimo teisė perduota: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="124"/>
        <source>Revoke a delegation</source>
        <translation>Įgaliojimo atšaukimas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="125"/>
        <source>Revoke the delegation to %1?</source>
        <translation>Atšaukti įgaliojimą (%1)?</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="126"/>
        <source>Revoke</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../ui/settings/delegations.py" line="135"/>
        <source>Delegation revoked.</source>
        <translation>Įgaliojimas atšauktas.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Per daug nesėkmingų bandymų. Bandykite dar kartą po %1 s.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="71"/>
        <source>The store was not found.</source>
        <translation>Duomenų bazė nerasta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="75"/>
        <source>Cancelled.</source>
        <translation>Atšaukta.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Something unexpected went wrong (%1). The details are in the log.</source>
        <translation>Įvyko netikėta klaida (%1). Išsami informacija – žurnale.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="273"/>
        <source>Permit Desk: new store</source>
        <translation>Leidimų stalas: nauja duomenų bazė</translation>
    </message>
</context>
<context>
    <name>HeadPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="106"/>
        <source>The head&apos;s account</source>
        <translation>Vadovo paskyra</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="107"/>
        <source>The head of the institution decides requests and administers the store at first.</source>
        <translation>Įstaigos vadovas sprendžia dėl prašymų ir iš pradžių administruoja duomenų bazę.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="111"/>
        <source>Head of institution</source>
        <translation>Įstaigos vadovas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="119"/>
        <source>Passphrase strength</source>
        <translation>Slaptafrazės stiprumas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="122"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="122"/>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="123"/>
        <source>Position</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="123"/>
        <source>Passphrase</source>
        <translation>Slaptafrazė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="124"/>
        <source>Passphrase again</source>
        <translation>Slaptafrazė dar kartą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="128"/>
        <source>&amp;User name:</source>
        <translation>&amp;Naudotojo vardas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="129"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vardas ir pavardė:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="130"/>
        <source>P&amp;osition:</source>
        <translation>&amp;Pareigos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="131"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Slaptafrazė:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="132"/>
        <source>&amp;Again:</source>
        <translation>&amp;Pakartokite:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="133"/>
        <source>Strength:</source>
        <translation>Stiprumas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="143"/>
        <source>At least %1 characters.</source>
        <translation>Ne mažiau kaip %1 simbolių.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="145"/>
        <source>Weak: a longer phrase of several words is stronger.</source>
        <translation>Silpna: ilgesnė kelių žodžių frazė stipresnė.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="147"/>
        <source>Fair.</source>
        <translation>Vidutinė.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="149"/>
        <source>Strong.</source>
        <translation>Stipri.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="165"/>
        <source>Creating the encrypted store…</source>
        <translation>Kuriama šifruota duomenų bazė…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="76"/>
        <source>Import staff from an HR file</source>
        <translation>Darbuotojų importas iš personalo rinkmenos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="84"/>
        <source>Save a &amp;template…</source>
        <translation>Išsaugoti &amp;šabloną…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="85"/>
        <source>A file with these columns and one example row, as XLSX or CSV, to fill in.</source>
        <translation>Failas su šiais stulpeliais ir viena pavyzdine eilute, XLSX ar CSV, kurį reikia užpildyti.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="92"/>
        <source>CSV or XLSX file exported from the HR system</source>
        <translation>Iš personalo sistemos eksportuota CSV ar XLSX rinkmena</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="93"/>
        <source>File to import</source>
        <translation>Importuojama rinkmena</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="94"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pasirinkti rinkmeną…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="95"/>
        <source>&amp;Check (dry run)</source>
        <translation>Pa&amp;tikrinti (bandomasis)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="104"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="109"/>
        <source>Choose the file and check it: nothing is written until you press Import.</source>
        <translation>Pasirinkite rinkmeną ir ją patikrinkite: niekas neįrašoma, kol nepaspausite „Importuoti“.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="128"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="130"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>Bad rows (%1)</source>
        <translation>Klaidingos eilutės (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>Added (%1)</source>
        <translation>Nauji (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="157"/>
        <source>Changed (%1)</source>
        <translation>Pakeisti (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="157"/>
        <source>Unchanged (%1)</source>
        <translation>Nepakitę (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="158"/>
        <source>Held back (%1)</source>
        <translation>Sulaikyti (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="163"/>
        <source>personal code</source>
        <translation>asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="181"/>
        <source>The first row of the file names the columns; other columns are ignored.</source>
        <translation>Pirmoje failo eilutėje nurodomi stulpelių pavadinimai; kiti stulpeliai nepaisomi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="183"/>
        <source>Required in every row: %1. The category is a word such as “%2”.</source>
        <translation>Privaloma kiekvienoje eilutėje: %1. Kategorija – žodis, pvz., „%2“.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="187"/>
        <source>Optional, for a person with clearance (all four, or all four empty): %1. The level is a word such as “%2”; dates are written YYYY-MM-DD.</source>
        <translation>Neprivaloma, asmeniui, turinčiam leidimą (visi keturi arba visi keturi tušti): %1. Lygis – žodis, pvz., „%2“; datos rašomos MMMM-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="195"/>
        <source>Save a staff file template</source>
        <translation>Išsaugoti darbuotojų failo šabloną</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="196"/>
        <source>staff.xlsx</source>
        <translation>darbuotojai.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="197"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel darbaknygė (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="211"/>
        <source>The template was saved as %1. Fill it in (or copy its columns into the HR export), then choose it here.</source>
        <translation>Šablonas išsaugotas kaip %1. Užpildykite jį (arba nukopijuokite jo stulpelius į personalo eksportą) ir pasirinkite jį čia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="220"/>
        <source>Choose the HR file</source>
        <translation>Pasirinkite personalo rinkmeną</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="221"/>
        <source>Staff files (*.csv *.xlsx);;All files (*)</source>
        <translation>Darbuotojų rinkmenos (*.csv *.xlsx);;Visos rinkmenos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="233"/>
        <source>The file %1 does not exist.</source>
        <translation>Rinkmenos %1 nėra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="241"/>
        <source>Checking %1…</source>
        <translation>Tikrinama %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="256"/>
        <source>Importing %1…</source>
        <translation>Importuojama %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="270"/>
        <source>Cancelling…</source>
        <translation>Atšaukiama…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="298"/>
        <source>Comparing with the registry</source>
        <translation>Lyginama su registru</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="299"/>
        <source>Dry run: nothing was written</source>
        <translation>Bandomasis tikrinimas: niekas neįrašyta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="300"/>
        <source>Adding people</source>
        <translation>Įrašomi nauji asmenys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="301"/>
        <source>Updating people</source>
        <translation>Atnaujinami asmenys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="302"/>
        <source>Recording clearances</source>
        <translation>Įrašomi leidimai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="304"/>
        <source>Recording changes in the audit trail</source>
        <translation>Pakeitimai įrašomi į audito žurnalą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="305"/>
        <source>Imported</source>
        <translation>Importuota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="307"/>
        <source>Reading %1</source>
        <translation>Skaitoma %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="315"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Atšaukta: niekas neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="325"/>
        <source>Cancelled.</source>
        <translation>Atšaukta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="330"/>
        <source>%n row(s) of the file are wrong; nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n rinkmenos eilutė klaidinga; nieko negalima importuoti, kol rinkmena nepataisyta.</numerusform>
            <numerusform>%n rinkmenos eilutės klaidingos; nieko negalima importuoti, kol rinkmena nepataisyta.</numerusform>
            <numerusform>%n rinkmenos eilučių klaidingos; nieko negalima importuoti, kol rinkmena nepataisyta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="336"/>
        <source>Dry run: %1 to add, %2 to change, %3 unchanged. Nothing was written yet.</source>
        <translation>Bandomasis tikrinimas: naujų – %1, keičiamų – %2, nepakitusių – %3. Dar niekas neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="350"/>
        <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
        <translation>Importuota: naujų – %1, pakeistų – %2, nepakitusių – %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="355"/>
        <source>Done</source>
        <translation>Baigta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="164"/>
        <source>last name</source>
        <translation>pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="164"/>
        <source>first name</source>
        <translation>vardas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="165"/>
        <source>position</source>
        <translation>pareigos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="165"/>
        <source>unit</source>
        <translation>padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166"/>
        <source>category</source>
        <translation>kategorija</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="166"/>
        <source>clearance level</source>
        <translation>leidimo lygis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="167"/>
        <source>clearance number</source>
        <translation>leidimo numeris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="168"/>
        <source>issued</source>
        <translation>išdavimo data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="169"/>
        <source>valid until</source>
        <translation>galiojimo pabaiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="361"/>
        <source>Line %1: %2</source>
        <translation>%1 eilutė: %2</translation>
    </message>
</context>
<context>
    <name>InspectionScreen</name>
    <message>
        <location filename="../../ui/screens/inspection.py" line="58"/>
        <source>empty: every unit; else comma-separated</source>
        <translation>tuščia – visi padaliniai; kitaip atskirti kableliais</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="60"/>
        <source>Mask personal codes</source>
        <translation>Slėpti asmens kodus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="61"/>
        <source>One ZIP file</source>
        <translation>Viena ZIP rinkmena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="62"/>
        <source>Sign the manifest with the institution&apos;s signer</source>
        <translation>Pasirašyti sąrašą įstaigos parašu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="63"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="65"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="67"/>
        <source>Export for an inspection</source>
        <translation>Eksportas patikrinimui</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="69"/>
        <source>Period from</source>
        <translation>Laikotarpis nuo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="70"/>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="71"/>
        <source>Units</source>
        <translation>Padaliniai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="81"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Daryti atsarginę kopiją…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="82"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Atkurti iš atsarginės kopijos…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="84"/>
        <source>Backups</source>
        <translation>Atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="109"/>
        <source>Inspection and backups</source>
        <translation>Eksportas ir kopijos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="119"/>
        <source>Last backup: %1</source>
        <translation>Paskutinė atsarginė kopija: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="120"/>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="136"/>
        <source>Where to write the bundle</source>
        <translation>Kur įrašyti rinkinį</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="137"/>
        <source>Bundles (*)</source>
        <translation>Rinkiniai (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="142"/>
        <source>Sign the manifest</source>
        <translation>Sąrašo pasirašymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="143"/>
        <source>PIN or password of the signer:</source>
        <translation>Parašo PIN ar slaptažodis:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="153"/>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="168"/>
        <source>Exported %1 files (%2 audit entries) to %3.</source>
        <translation>Eksportuota rinkmenų: %1 (audito įrašų: %2) į %3.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="204"/>
        <source>Server backups (*.pgbackup)</source>
        <translation>Serverio atsarginės kopijos (*.pgbackup)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="206"/>
        <source>Save the backup</source>
        <translation>Atsarginės kopijos įrašymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="205"/>
        <source>Backups (*.backup.tar)</source>
        <translation>Atsarginės kopijos (*.backup.tar)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="215"/>
        <source>Backup written: %1</source>
        <translation>Atsarginė kopija įrašyta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="242"/>
        <source>Choose a backup</source>
        <translation>Pasirinkite atsarginę kopiją</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="243"/>
        <source>Backups (*.backup.tar);;All files (*)</source>
        <translation>Atsarginės kopijos (*.backup.tar);;Visos rinkmenos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="240"/>
        <location filename="../../ui/screens/inspection.py" line="246"/>
        <location filename="../../ui/screens/inspection.py" line="254"/>
        <source>Restore from a backup</source>
        <translation>Atkūrimas iš atsarginės kopijos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="221"/>
        <source>Recovery key of the server&apos;s backups</source>
        <translation>Serverio atsarginių kopijų atkūrimo raktas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="222"/>
        <source>This is the first backup of the store on the server. Its backups are encrypted to this recovery key, which is shown only now: write it down and keep it in the safe. The IT administrator needs it to restore any of them.</source>
        <translation>Tai pirmoji serveryje esančios saugyklos atsarginė kopija. Jos atsarginės kopijos šifruojamos šiuo atkūrimo raktu, kuris rodomas tik dabar: užsirašykite jį ir laikykite seife. Jo prireiks IT administratoriui atkuriant bet kurią iš jų.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="247"/>
        <source>Replace the whole store with this backup? Everything recorded since the backup is rolled back; the present store is kept aside and the window locks.</source>
        <translation>Pakeisti visą duomenų bazę šia atsargine kopija? Viskas, kas įrašyta po kopijos, bus atšaukta; dabartinė duomenų bazė išsaugoma atskirai, o langas užrakinamas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="255"/>
        <source>Your passphrase (in this store, as it is now):</source>
        <translation>Jūsų slaptafrazė (šioje, dabartinėje duomenų bazėje):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="270"/>
        <source>Restored the backup of %1; %2 audit entries made since it were rolled back.</source>
        <translation>Atkurta %1 atsarginė kopija; atšaukta po jos padarytų audito įrašų: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="274"/>
        <source>The replaced store is kept as %1.</source>
        <translation>Pakeista duomenų bazė išsaugota kaip %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="277"/>
        <source>The present store could not be opened (%1), so an administrator of the backup&apos;s store allowed it.</source>
        <translation>Dabartinės duomenų bazės atidaryti nepavyko (%1), todėl atkurti leido atsarginės kopijos duomenų bazės administratorius.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/inspection.py" line="250"/>
        <source>Restore</source>
        <translation>Atkurti</translation>
    </message>
</context>
<context>
    <name>InstitutionPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="84"/>
        <source>Your institution</source>
        <translation>Jūsų įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="85"/>
        <source>These details appear on the letterhead of every letter.</source>
        <translation>Šie duomenys spausdinami kiekvieno rašto blanke.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="89"/>
        <source>Institution name</source>
        <translation>Įstaigos pavadinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="90"/>
        <source>Institution code</source>
        <translation>Įstaigos kodas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="91"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="94"/>
        <source>&amp;Name:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="95"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kodas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="96"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresas:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="32"/>
        <source>9 digits: required before the first letter</source>
        <translation>9 skaitmenys: būtina prieš pirmąjį raštą</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="35"/>
        <source>No letter can be signed until the institution&apos;s legal entity code is set here.</source>
        <translation>Joks raštas negali būti pasirašytas, kol čia nenustatytas įstaigos juridinio asmens kodas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="44"/>
        <source>{n} the running number, {year} and {yy} the year</source>
        <translation>{n} – eilės numeris, {year} ir {yy} – metai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="45"/>
        <source>Write dates in words (2026 m. lapkričio 25 d.)</source>
        <translation>Datas rašyti žodžiais (2026 m. lapkričio 25 d.)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="46"/>
        <source>Put the addressee&apos;s personal code in the letter&apos;s metadata (PDF-LT; off: only the name)</source>
        <translation>Į rašto metaduomenis įrašyti adresato asmens kodą (PDF-LT; išjungta – tik vardą ir pavardę)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="50"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="56"/>
        <source>Institution &amp;name</source>
        <translation>Įstaigos &amp;pavadinimas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="57"/>
        <source>Institution &amp;code</source>
        <translation>Įstaigos &amp;kodas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="58"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="59"/>
        <source>&amp;Registration number format</source>
        <translation>&amp;Registracijos numerio formatas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="62"/>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Užrakinti po neveiklos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="63"/>
        <source>Lan&amp;guage of this workstation</source>
        <translation>Šios darbo vietos &amp;kalba</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="66"/>
        <source>Long dates</source>
        <translation>Ilgos datos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="67"/>
        <source>Personal code in the metadata</source>
        <translation>Asmens kodas metaduomenyse</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="68"/>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="80"/>
        <source>Institution</source>
        <translation>Įstaiga</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="117"/>
        <source>Nothing changed.</source>
        <translation>Niekas nepakeista.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="129"/>
        <source>Settings saved.</source>
        <translation>Nustatymai išsaugoti.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/institution.py" line="141"/>
        <source>The language changes when the window is opened again.</source>
        <translation>Kalba pasikeis atvėrus langą iš naujo.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../ui/screens/letters.py" line="64"/>
        <source>permission</source>
        <translation>leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="65"/>
        <source>refusal</source>
        <translation>atsisakymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="66"/>
        <source>clearance withdrawal</source>
        <translation>leidimo panaikinimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="73"/>
        <source>waiting for signature</source>
        <translation>laukia parašo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="75"/>
        <source>signed, not printed</source>
        <translation>pasirašytas, neatspausdintas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="76"/>
        <source>printed</source>
        <translation>atspausdintas</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Letter</source>
        <translation>Raštas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="101"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="102"/>
        <source>Request</source>
        <translation>Prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="102"/>
        <source>Signed</source>
        <translation>Pasirašytas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="102"/>
        <source>Signed by</source>
        <translation>Pasirašė</translation>
    </message>
</context>
<context>
    <name>LettersScreen</name>
    <message>
        <location filename="../../ui/screens/letters.py" line="140"/>
        <source>Save the letter</source>
        <translation>Išsaugoti raštą</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF failai (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="147"/>
        <source>Verify a signed letter</source>
        <translation>Tikrinti pasirašytą raštą</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="148"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF failai (*.pdf);;Visi failai (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="177"/>
        <source>Show letters</source>
        <translation>Rodyti raštus</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="178"/>
        <source>Waiting for signature</source>
        <translation>Laukia parašo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="179"/>
        <source>Printed</source>
        <translation>Atspausdinti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="179"/>
        <source>Signed, not printed</source>
        <translation>Pasirašyti, neatspausdinti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="180"/>
        <source>All letters</source>
        <translation>Visi raštai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="185"/>
        <location filename="../../ui/screens/letters.py" line="256"/>
        <source>Letters</source>
        <translation>Raštai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="199"/>
        <source>&amp;Sign selected…</source>
        <translation>&amp;Pasirašyti pažymėtus…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="201"/>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="203"/>
        <source>Sa&amp;ve as…</source>
        <translation>Iš&amp;saugoti kaip…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="205"/>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Tikrinti PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="222"/>
        <source>Select a signed letter to see it here.</source>
        <translation>Pažymėkite pasirašytą raštą, kad jį matytumėte čia.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="231"/>
        <source>Show:</source>
        <translation>Rodyti:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="307"/>
        <source>No letter waits for your signature; all letters are shown.</source>
        <translation>Jūsų parašo nelaukia joks raštas; rodomi visi raštai.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="309"/>
        <source>No signed letter waits to be printed; all letters are shown.</source>
        <translation>Spausdinimo nelaukia joks pasirašytas raštas; rodomi visi raštai.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="321"/>
        <source>No letters here.</source>
        <translation>Raštų nėra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="397"/>
        <source>Preparing %n letter(s) for the printer…</source>
        <translation>
            <numerusform>Spausdinimui ruošiamas %n raštas…</numerusform>
            <numerusform>Spausdinimui ruošiami %n raštai…</numerusform>
            <numerusform>Spausdinimui ruošiama %n raštų…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="428"/>
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>Atspausdintas %n raštas.</numerusform>
            <numerusform>Atspausdinti %n raštai.</numerusform>
            <numerusform>Atspausdinta %n raštų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="452"/>
        <source>Saved to %1.</source>
        <translation>Išsaugota: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="459"/>
        <source>The file could not be written or read: %1</source>
        <translation>Failo nepavyko įrašyti ar perskaityti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="478"/>
        <source>No signer is configured: an administrator sets it in Settings.</source>
        <translation>Pasirašymo priemonė nenustatyta: ją nustato administratorius nustatymuose.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="487"/>
        <source>Nothing signed.</source>
        <translation>Nieko nepasirašyta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="496"/>
        <source>Signing %n letter(s)…</source>
        <translation>
            <numerusform>Pasirašomas %n raštas…</numerusform>
            <numerusform>Pasirašomi %n raštai…</numerusform>
            <numerusform>Pasirašoma %n raštų…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="496"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="498"/>
        <source>Signing letters</source>
        <translation>Raštų pasirašymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="507"/>
        <source>Signed %1 of %2 (letter %3)…</source>
        <translation>Pasirašyta %1 iš %2 (raštas %3)…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="524"/>
        <source>Cancelled: %1 of %2 letters signed; the rest wait.</source>
        <translation>Nutraukta: pasirašyta %1 iš %2 raštų; kiti laukia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/letters.py" line="528"/>
        <source>%n letter(s) signed.</source>
        <translation>
            <numerusform>Pasirašytas %n raštas.</numerusform>
            <numerusform>Pasirašyti %n raštai.</numerusform>
            <numerusform>Pasirašyta %n raštų.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="551"/>
        <source>Verifying %1…</source>
        <translation>Tikrinama %1…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="568"/>
        <source>%1: the signature is valid.</source>
        <translation>%1: parašas galioja.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="571"/>
        <source>%1: the signature is NOT valid.</source>
        <translation>%1: parašas NEGALIOJA.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="573"/>
        <source>Signed by</source>
        <translation>Pasirašė</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="574"/>
        <source>Signing time</source>
        <translation>Pasirašymo laikas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="575"/>
        <source>Registration number</source>
        <translation>Registracijos numeris</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="576"/>
        <source>Signature</source>
        <translation>Parašas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="602"/>
        <source>One of the trust anchors is not a certificate.</source>
        <translation>Vienas iš patikimumo pagrindų nėra sertifikatas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="603"/>
        <source>The file is not a readable PDF letter; it may be truncated or damaged.</source>
        <translation>Failas nėra skaitomas PDF raštas; jis gali būti nukirstas arba sugadintas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="605"/>
        <source>The letter carries no signature.</source>
        <translation>Rašte nėra parašo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="606"/>
        <source>A signature in the letter is damaged and cannot be checked.</source>
        <translation>Rašto parašas sugadintas ir negali būti patikrintas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="608"/>
        <source>The letter was changed after it was signed.</source>
        <translation>Raštas buvo pakeistas po to, kai buvo pasirašytas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="609"/>
        <source>The signature does not match the signing certificate.</source>
        <translation>Parašas neatitinka pasirašymo sertifikato.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="610"/>
        <source>Something was added to the letter after it was signed.</source>
        <translation>Po pasirašymo į raštą kažkas buvo pridėta.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="611"/>
        <source>The signing certificate has been revoked.</source>
        <translation>Pasirašymo sertifikatas atšauktas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="612"/>
        <source>The signing certificate was not valid at the signing time.</source>
        <translation>Pasirašymo metu pasirašymo sertifikatas negaliojo.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="614"/>
        <source>The revocation status of the signing certificate cannot be established.</source>
        <translation>Neįmanoma nustatyti, ar pasirašymo sertifikatas neatšauktas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="616"/>
        <source>The signing certificate does not lead to a trusted root.</source>
        <translation>Pasirašymo sertifikatas nesusietas su patikimu šakniniu sertifikatu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="617"/>
        <source>The signature does not meet the validation rules.</source>
        <translation>Parašas neatitinka tikrinimo taisyklių.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="618"/>
        <source>Signed by %1, who is not an authorised signer of the institution on %2.</source>
        <translation>Pasirašė %1, kuris %2 nebuvo įgaliotas pasirašyti įstaigos vardu.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters.py" line="622"/>
        <source>No authorised signer of the institution is known here, so the signer cannot be shown to sign for it: pin the institution&apos;s signer certificates (permit-desk trust signer add).</source>
        <translation>Čia nežinomas nė vienas įgaliotas įstaigos pasirašantysis, todėl negalima parodyti, kad pasirašiusysis pasirašė įstaigos vardu: įtvirtinkite įstaigos pasirašančiųjų sertifikatus (permit-desk trust signer add).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Permit Desk</source>
        <translation>Leidimų stalas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Screens</source>
        <translation>Ekranai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Locked. Unlock to continue.</source>
        <translation>Užrakinta. Atrakinkite, kad galėtumėte tęsti.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Decision recorded.</source>
        <translation>Sprendimas užregistruotas.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>&amp;Lock</source>
        <translation>&amp;Užrakinti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>&amp;Go</source>
        <translation>&amp;Eiti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Requests</source>
        <translation>&amp;Prašymai</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>&amp;New request…</source>
        <translation>&amp;Naujas prašymas…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Next pending decision</source>
        <translation>&amp;Kitas laukiantis sprendimo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Find…</source>
        <translation>&amp;Ieškoti…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Rodymas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atnaujinti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Bound to this workstation</source>
        <translation>Susieta su šia darbo vieta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>not bound to this workstation&apos;s keyring</source>
        <translation>nesusieta su šios darbo vietos raktine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Unbound: %1</source>
        <translation>Nesusieta: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>This item opens in a screen not built yet.</source>
        <translation>Šis įrašas atveriamas dar nesukurtame ekrane.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Request No. %1 saved (%2).</source>
        <translation>Prašymas Nr. %1 išsaugotas (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="404"/>
        <source>Permit Desk is locked</source>
        <translation>Leidimų stalas užrakintas</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="55"/>
        <source>Letter preview</source>
        <translation>Rašto peržiūra</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="89"/>
        <source>Letter %1</source>
        <translation>Raštas %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="102"/>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="105"/>
        <source>&amp;Save as…</source>
        <translation>Išsaugoti &amp;kaip…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="147"/>
        <source>Sent to the printer.</source>
        <translation>Išsiųsta spausdinti.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="156"/>
        <source>Save the letter</source>
        <translation>Išsaugoti raštą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF failai (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="163"/>
        <source>The file could not be written: %1</source>
        <translation>Failo nepavyko įrašyti: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pdf_preview.py" line="166"/>
        <source>Saved to %1.</source>
        <translation>Išsaugota: %1.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person.py" line="36"/>
        <source>Change a person</source>
        <translation>Asmens duomenų keitimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="36"/>
        <source>Add a person</source>
        <translation>Naujas asmuo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="53"/>
        <source>&amp;Personal code</source>
        <translation>&amp;Asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="54"/>
        <source>&amp;Last name</source>
        <translation>&amp;Pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="55"/>
        <source>&amp;First name</source>
        <translation>&amp;Vardas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="56"/>
        <source>P&amp;osition</source>
        <translation>P&amp;areigos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="56"/>
        <source>&amp;Unit</source>
        <translation>Pa&amp;dalinys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person.py" line="57"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategorija</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="25"/>
        <location filename="../../ui/dialogs/pin_prompt.py" line="91"/>
        <source>Sign letters</source>
        <translation>Raštų pasirašymas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="33"/>
        <source>PIN of the token %1 to sign letters:</source>
        <translation>Laikmenos %1 PIN kodas raštams pasirašyti:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="35"/>
        <source>Password of the signing key %1 to sign letters:</source>
        <translation>Pasirašymo rakto %1 slaptažodis raštams pasirašyti:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="42"/>
        <source>Signature PIN of %1, asked for every letter (this letter):</source>
        <translation>%1 parašo PIN kodas, prašomas kiekvienam raštui (šiam raštui):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_prompt.py" line="92"/>
        <source>Enter the PIN on the reader.</source>
        <translation>Įveskite PIN kodą skaitytuve.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../ui/settings/policy.py" line="78"/>
        <source>Code</source>
        <translation>Kodas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="78"/>
        <source>Name (Lithuanian)</source>
        <translation>Pavadinimas (lietuviškai)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="78"/>
        <source>Name (English)</source>
        <translation>Pavadinimas (angliškai)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="79"/>
        <source>Crossings (comma-separated)</source>
        <translation>Pasienio punktai (atskirti kableliais)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="86"/>
        <location filename="../../ui/settings/policy.py" line="104"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="87"/>
        <source>&amp;Add country</source>
        <translation>&amp;Pridėti šalį</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="88"/>
        <source>&amp;Remove country</source>
        <translation>Pa&amp;šalinti šalį</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="92"/>
        <location filename="../../ui/settings/policy.py" line="114"/>
        <source>Categories needing permission</source>
        <translation>Kategorijos, kurioms reikia leidimo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="93"/>
        <location filename="../../ui/settings/policy.py" line="115"/>
        <source>Clearance levels needing permission</source>
        <translation>Leidimų lygiai, kuriems reikia leidimo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="94"/>
        <location filename="../../ui/settings/policy.py" line="116"/>
        <source>Reasons that need only a declaration</source>
        <translation>Priežastys, kurioms pakanka deklaracijos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="101"/>
        <source>What changed and why (kept with the version)</source>
        <translation>Kas pakeista ir kodėl (saugoma su versija)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="102"/>
        <source>&amp;Publish a new version</source>
        <translation>&amp;Paskelbti naują versiją</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="122"/>
        <source>Days between review and departure (at least)</source>
        <translation>Dienų nuo svarstymo iki išvykimo (mažiausiai)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="123"/>
        <source>Working days to debrief after return</source>
        <translation>Darbo dienų pokalbiui po grįžimo</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="124"/>
        <source>Warn of clearances expiring within (days)</source>
        <translation>Įspėti apie leidimus, baigiančius galioti per (dienų)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="125"/>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="141"/>
        <source>Policy</source>
        <translation>Taisyklės</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="172"/>
        <source>Version %1 in force</source>
        <translation>Galioja %1 versija</translation>
    </message>
    <message>
        <location filename="../../ui/settings/policy.py" line="228"/>
        <source>Policy version %1 published; it applies from now on.</source>
        <translation>Paskelbta %1 taisyklių versija; ji taikoma nuo dabar.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/dialogs/prompts.py" line="50"/>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="203"/>
        <source>Your recovery key</source>
        <translation>Jūsų atkūrimo raktas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="204"/>
        <source>It opens the store if every passphrase is lost. It is shown only now: write it down or print it, and keep it in the safe.</source>
        <translation>Juo atrakinama duomenų bazė, jei pamirštamos visos slaptafrazės. Jis rodomas tik dabar: užsirašykite arba atsispausdinkite ir laikykite seife.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="213"/>
        <source>Recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="214"/>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="218"/>
        <source>I &amp;wrote it down and will keep it safe</source>
        <translation>Už&amp;sirašiau ir saugiai laikysiu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="220"/>
        <source>First group of the recovery key</source>
        <translation>Pirmoji atkūrimo rakto grupė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="231"/>
        <source>Type the &amp;first group again:</source>
        <translation>Dar kartą įveskite &amp;pirmąją grupę:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="240"/>
        <source>The store is bound to this workstation&apos;s keyring.</source>
        <translation>Duomenų bazė susieta su šios darbo vietos raktine.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="241"/>
        <source>The store is not bound to a keyring: %1</source>
        <translation>Duomenų bazė nesusieta su raktine: %1</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="125"/>
        <source>New travel request</source>
        <translation>Naujas prašymas išvykti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="126"/>
        <location filename="../../ui/dialogs/request_form.py" line="554"/>
        <source>Travel request No. %1</source>
        <translation>Prašymas išvykti Nr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="158"/>
        <source>Traveller</source>
        <translation>Keliautojas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="160"/>
        <source>in visiting order, e.g. BY, RU</source>
        <translation>lankymo tvarka, pvz., BY, RU</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="161"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="165"/>
        <source>Departure date</source>
        <translation>Išvykimo data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="166"/>
        <source>Return date</source>
        <translation>Grįžimo data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="171"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="175"/>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="178"/>
        <source>Border crossing</source>
        <translation>Pasienio punktas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="180"/>
        <source>Mode of travel</source>
        <translation>Transportas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="182"/>
        <source>Lodging</source>
        <translation>Apgyvendinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="184"/>
        <source>Person at home who knows the plan</source>
        <translation>Asmuo namuose, žinantis kelionės planą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="186"/>
        <source>Travel document</source>
        <translation>Kelionės dokumentas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="136"/>
        <source>Why the request was returned</source>
        <translation>Kodėl prašymas grąžintas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="142"/>
        <source>personal code, or the first letters of the last name</source>
        <translation>asmens kodas arba pirmosios pavardės raidės</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="146"/>
        <source>Traveller: personal code or last name</source>
        <translation>Keliautojas: asmens kodas arba pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="192"/>
        <source>&amp;Traveller:</source>
        <translation>&amp;Keliautojas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="193"/>
        <source>&amp;Countries:</source>
        <translation>Ša&amp;lys:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="196"/>
        <source>return:</source>
        <translation>grįžimas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="199"/>
        <source>&amp;Departure:</source>
        <translation>&amp;Išvykimas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="200"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Priežastis:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="201"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Tikslas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="202"/>
        <source>&amp;Border crossing:</source>
        <translation>&amp;Pasienio punktas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="203"/>
        <source>&amp;Mode of travel:</source>
        <translation>&amp;Transportas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="204"/>
        <source>&amp;Lodging:</source>
        <translation>&amp;Apgyvendinimas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="205"/>
        <source>Person at &amp;home:</source>
        <translation>Asmuo &amp;namuose:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="206"/>
        <source>&amp;Travel document:</source>
        <translation>&amp;Kelionės dokumentas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="223"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="223"/>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="223"/>
        <source>Arrive</source>
        <translation>Atvyksta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="224"/>
        <source>Leave</source>
        <translation>Išvyksta iš</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="224"/>
        <location filename="../../ui/dialogs/request_form.py" line="230"/>
        <source>Itinerary</source>
        <translation>Maršrutas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="225"/>
        <location filename="../../ui/dialogs/request_form.py" line="227"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="225"/>
        <source>Citizenship</source>
        <translation>Pilietybė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="226"/>
        <source>Relationship</source>
        <translation>Ryšys</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="226"/>
        <location filename="../../ui/dialogs/request_form.py" line="231"/>
        <source>Companions</source>
        <translation>Bendrakeleiviai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="227"/>
        <source>Who they are</source>
        <translation>Kas jie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="228"/>
        <source>Expected foreign contacts</source>
        <translation>Numatomi kontaktai užsienyje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="232"/>
        <source>Foreign contacts</source>
        <translation>Kontaktai užsienyje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="247"/>
        <source>Save as &amp;draft</source>
        <translation>Išsaugoti kaip &amp;juodraštį</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="249"/>
        <source>&amp;Submit</source>
        <translation>&amp;Pateikti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="251"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/request_form.py" line="373"/>
        <source>%n match(es): choose one from the list.</source>
        <translation>
            <numerusform>Rastas %n atitikmuo: pasirinkite jį iš sąrašo.</numerusform>
            <numerusform>Rasti %n atitikmenys: pasirinkite vieną iš sąrašo.</numerusform>
            <numerusform>Rasta %n atitikmenų: pasirinkite vieną iš sąrašo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="382"/>
        <source>No one on the staff list has a name starting with %1.</source>
        <translation>Darbuotojų sąraše nėra nė vieno, kurio pavardė prasidėtų %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="425"/>
        <source>This request is %1 and can no longer be edited.</source>
        <translation>Šio prašymo būsena – %1, jo taisyti nebegalima.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="436"/>
        <source>Returned for changes by %1 on %2:
%3</source>
        <translation>%1 grąžino taisyti %2:
%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="460"/>
        <source>Enter the traveller&apos;s personal code or last name.</source>
        <translation>Įveskite keliautojo asmens kodą arba pavardę.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="462"/>
        <source>Choose the traveller from the names found, or enter the personal code.</source>
        <translation>Pasirinkite keliautoją iš rastų pavardžių arba įveskite asmens kodą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="556"/>
        <source>Request No. %1 submitted for a decision.</source>
        <translation>Prašymas Nr. %1 pateiktas sprendimui.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="562"/>
        <source>Request No. %1 saved as a draft.</source>
        <translation>Prašymas Nr. %1 išsaugotas kaip juodraštis.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="465"/>
        <source>A personal code has 11 digits.</source>
        <translation>Asmens kodą sudaro 11 skaitmenų.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="467"/>
        <source>The personal code&apos;s check digit is wrong.</source>
        <translation>Neteisingas asmens kodo kontrolinis skaitmuo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="470"/>
        <source>Name at least one country (two-letter code).</source>
        <translation>Nurodykite bent vieną šalį (dviejų raidžių kodu).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="472"/>
        <source>Countries are two-letter codes such as BY or RU.</source>
        <translation>Šalys žymimos dviejų raidžių kodais, pvz., BY ar RU.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="474"/>
        <source>None of these countries needs a permission.</source>
        <translation>Vykti į šias šalis leidimo nereikia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="480"/>
        <source>%1 is not a crossing into the chosen countries.</source>
        <translation>%1 nėra perėjimo punktas į pasirinktas šalis.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="483"/>
        <source>The return is before the departure.</source>
        <translation>Grįžimo data ankstesnė už išvykimo datą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="485"/>
        <source>Say what the trip is for.</source>
        <translation>Nurodykite kelionės tikslą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="530"/>
        <source>Saving…</source>
        <translation>Išsaugoma…</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>Traveller</source>
        <translation>Keliautojas</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>Personal code</source>
        <translation>Asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="376"/>
        <source>Unit</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>Departs</source>
        <translation>Išvyksta</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>Returns</source>
        <translation>Grįžta</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="377"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/models/requests_model.py" line="378"/>
        <source>Submitted</source>
        <translation>Pateiktas</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../../ui/screens/requests.py" line="65"/>
        <source>Name or personal code</source>
        <translation>Vardas, pavardė arba asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="66"/>
        <source>Search by name or personal code</source>
        <translation>Paieška pagal vardą, pavardę ar asmens kodą</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="69"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="70"/>
        <source>All states</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="74"/>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="75"/>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="76"/>
        <source>Russia</source>
        <translation>Rusija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="76"/>
        <source>Belarus</source>
        <translation>Baltarusija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="77"/>
        <source>China</source>
        <translation>Kinija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="80"/>
        <source>Unit (exact)</source>
        <translation>Padalinys (tikslus)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="81"/>
        <source>Unit</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="82"/>
        <location filename="../../ui/screens/requests.py" line="90"/>
        <source>Departs from</source>
        <translation>Išvyksta nuo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="84"/>
        <source>to</source>
        <translation>iki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="91"/>
        <source>Departs until</source>
        <translation>Išvyksta iki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="94"/>
        <source>&amp;New request…</source>
        <translation>&amp;Naujas prašymas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="113"/>
        <location filename="../../ui/screens/requests.py" line="173"/>
        <source>Requests</source>
        <translation>Prašymai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="150"/>
        <source>Number of requests</source>
        <translation>Prašymų skaičius</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="218"/>
        <source>Searching…</source>
        <translation>Ieškoma…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="224"/>
        <source>Counting…</source>
        <translation>Skaičiuojama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/requests.py" line="231"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n prašymas</numerusform>
            <numerusform>%n prašymai</numerusform>
            <numerusform>%n prašymų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/requests.py" line="259"/>
        <source>Copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Nukopijuota; iškarpinė bus išvalyta po 30 sekundžių.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="47"/>
        <source>Settings</source>
        <translation>Nustatymai</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../ui/settings/signing.py" line="37"/>
        <source>PKCS#&amp;12 file</source>
        <translation>PKCS#&amp;12 rinkmena</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="38"/>
        <source>PKCS#11 &amp;token</source>
        <translation>PKCS#11 &amp;laikmena</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="41"/>
        <location filename="../../ui/settings/signing.py" line="43"/>
        <source>Choose…</source>
        <translation>Pasirinkti…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="51"/>
        <source>Signer of letters</source>
        <translation>Raštų pasirašymas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="53"/>
        <source>Now:</source>
        <translation>Dabar:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="56"/>
        <location filename="../../ui/settings/signing.py" line="60"/>
        <source>Token driver (module)</source>
        <translation>Laikmenos tvarkyklė (modulis)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="57"/>
        <location filename="../../ui/settings/signing.py" line="61"/>
        <source>Token label</source>
        <translation>Laikmenos žymė</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="58"/>
        <location filename="../../ui/settings/signing.py" line="62"/>
        <source>Key label</source>
        <translation>Rakto žymė</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="59"/>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 rinkmena</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="63"/>
        <source>Use this &amp;signer</source>
        <translation>Naudoti šį &amp;parašą</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="67"/>
        <source>Trust anchors</source>
        <translation>Pasitikėjimo sertifikatai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="68"/>
        <source>Import &amp;trust anchor…</source>
        <translation>Importuoti &amp;pasitikėjimo sertifikatą…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="69"/>
        <source>Import &amp;revocation list…</source>
        <translation>Importuoti &amp;atšaukimų sąrašą…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="70"/>
        <source>Trust anchors and revocation lists</source>
        <translation>Pasitikėjimo sertifikatai ir atšaukimų sąrašai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="85"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 rinkmenos (*.p12 *.pfx);;Visos rinkmenos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="87"/>
        <source>Token drivers (*.so *.dll *.dylib);;All files (*)</source>
        <translation>Laikmenų tvarkyklės (*.so *.dll *.dylib);;Visos rinkmenos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="93"/>
        <source>Signing</source>
        <translation>Parašas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="96"/>
        <source>Choose a file</source>
        <translation>Pasirinkite rinkmeną</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="111"/>
        <source>no signer is set; letters cannot be signed</source>
        <translation>parašas nenustatytas – raštų pasirašyti negalima</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="113"/>
        <source>PKCS#12 file %1</source>
        <translation>PKCS#12 rinkmena %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="116"/>
        <source>token %1</source>
        <translation>laikmena %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="125"/>
        <source>%1 · fingerprint %2…</source>
        <translation>%1 · kontrolinė suma %2…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="141"/>
        <source>The signer is set.</source>
        <translation>Parašas nustatytas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="147"/>
        <source>Import a trust anchor</source>
        <translation>Pasitikėjimo sertifikato importas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="148"/>
        <source>Import a revocation list</source>
        <translation>Atšauktų sertifikatų sąrašo importas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="149"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Sertifikatai (*.pem *.crt *.cer *.der);;Visos rinkmenos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="151"/>
        <source>Revocation lists (*.crl *.pem *.der);;All files (*)</source>
        <translation>Atšaukimų sąrašai (*.crl *.pem *.der);;Visos rinkmenos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/signing.py" line="163"/>
        <source>Imported: %1</source>
        <translation>Importuota: %1</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Personal code</source>
        <translation>Asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Unit</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="83"/>
        <source>Position</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="84"/>
        <source>Clearance</source>
        <translation>Leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="84"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_model.py" line="84"/>
        <source>Valid until</source>
        <translation>Galioja iki</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/screens/staff.py" line="74"/>
        <source>Surname (first letters)</source>
        <translation>Pavardės pradžia</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="75"/>
        <source>Search by surname</source>
        <translation>Paieška pagal pavardę</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="79"/>
        <source>Unit</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="80"/>
        <source>All units</source>
        <translation>Visi padaliniai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="83"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Naujas asmuo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="84"/>
        <source>&amp;Import from HR…</source>
        <translation>&amp;Importas…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="93"/>
        <source>People</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="154"/>
        <source>Clearance</source>
        <translation>Leidimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="158"/>
        <source>Level:</source>
        <translation>Lygis:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="159"/>
        <source>Number:</source>
        <translation>Numeris:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="160"/>
        <source>Valid:</source>
        <translation>Galioja:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="161"/>
        <source>Status:</source>
        <translation>Būsena:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="163"/>
        <source>Clearance history</source>
        <translation>Leidimo istorija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="164"/>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="164"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="165"/>
        <source>Valid until</source>
        <translation>Galioja iki</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="165"/>
        <source>By</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="166"/>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="176"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Keisti duomenis…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="177"/>
        <source>Set &amp;clearance…</source>
        <translation>Nustatyti &amp;leidimą…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="178"/>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sustabdyti…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="179"/>
        <source>&amp;Reinstate…</source>
        <translation>&amp;Atnaujinti…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="180"/>
        <source>&amp;Withdraw…</source>
        <translation>Pa&amp;naikinti…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="204"/>
        <source>History of the clearance</source>
        <translation>Leidimo istorija</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="211"/>
        <source>Staff and clearances</source>
        <translation>Darbuotojai ir leidimai</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="264"/>
        <source>Searching…</source>
        <translation>Ieškoma…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/staff.py" line="275"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n asmuo</numerusform>
            <numerusform>%n asmenys</numerusform>
            <numerusform>%n asmenų</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="317"/>
        <source>No person selected</source>
        <translation>Asmuo nepasirinktas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="323"/>
        <source>Personal code: %1</source>
        <translation>Asmens kodas: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="324"/>
        <source>Position: %1</source>
        <translation>Pareigos: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="325"/>
        <source>Unit: %1</source>
        <translation>Padalinys: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="326"/>
        <source>Category: %1</source>
        <translation>Kategorija: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="329"/>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="341"/>
        <source>(program)</source>
        <translation>(programa)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="395"/>
        <source>%1 saved.</source>
        <translation>%1 – išsaugota.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="408"/>
        <source>Clearance saved.</source>
        <translation>Leidimas išsaugotas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="417"/>
        <source>Suspend the clearance</source>
        <translation>Leidimo sustabdymas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="418"/>
        <source>Reinstate the clearance</source>
        <translation>Leidimo atnaujinimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="419"/>
        <source>Withdraw the clearance</source>
        <translation>Leidimo panaikinimas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="421"/>
        <source>Why (this goes into the clearance history):</source>
        <translation>Priežastis (įrašoma į leidimo istoriją):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="426"/>
        <source>Say why; the reason is required.</source>
        <translation>Nurodykite priežastį – ji privaloma.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="430"/>
        <source>Withdraw clearance %1 of %2? A withdrawn clearance can never be reinstated; a new one needs a new number.</source>
        <translation>Panaikinti %2 leidimą %1? Panaikinto leidimo atnaujinti negalima; naujam leidimui reikės naujo numerio.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="434"/>
        <source>Withdraw</source>
        <translation>Panaikinti</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="445"/>
        <source>Clearance suspended.</source>
        <translation>Leidimas sustabdytas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="446"/>
        <source>Clearance reinstated.</source>
        <translation>Leidimas atnaujintas.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/staff.py" line="447"/>
        <source>Clearance withdrawn.</source>
        <translation>Leidimas panaikintas.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="86"/>
        <source>Permit Desk: unlock</source>
        <translation>Leidimų stalas: atrakinimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="191"/>
        <source>Store: %1</source>
        <translation>Duomenų bazė: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="100"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="93"/>
        <source>This workstation (file)</source>
        <translation>Ši darbo vieta (failas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="94"/>
        <source>Institution&apos;s server</source>
        <translation>Įstaigos serveris</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="95"/>
        <source>Where the store is</source>
        <translation>Kur yra saugykla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="98"/>
        <source>Server address</source>
        <translation>Serverio adresas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="103"/>
        <source>Passphrase</source>
        <translation>Slaptafrazė</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="104"/>
        <source>Use the &amp;recovery key instead</source>
        <translation>Naudoti &amp;atkūrimo raktą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="107"/>
        <source>Recovery key</source>
        <translation>Atkūrimo raktas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="109"/>
        <source>&amp;Store:</source>
        <translation>&amp;Saugykla:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="112"/>
        <source>Server &amp;address:</source>
        <translation>Serverio &amp;adresas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="124"/>
        <source>File:</source>
        <translation>Failas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="125"/>
        <source>&amp;User:</source>
        <translation>&amp;Naudotojas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="126"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Slaptafrazė:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="128"/>
        <source>Recovery &amp;key:</source>
        <translation>Atkūrimo &amp;raktas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="138"/>
        <source>Message</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="142"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Atrakinti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="144"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="203"/>
        <source>Enter the server&apos;s address in the form postgresql://host/database.</source>
        <translation>Įveskite serverio adresą tokiu pavidalu: postgresql://kompiuteris/duomenų_bazė.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="237"/>
        <source>Enter your user name.</source>
        <translation>Įveskite naudotojo vardą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="240"/>
        <source>Unlocking…</source>
        <translation>Atrakinama…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="281"/>
        <source>The store is damaged and cannot be opened.</source>
        <translation>Duomenų bazė sugadinta ir negali būti atverta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="283"/>
        <source>The latest backup is %1; restore it with &quot;permit-desk restore&quot; or ask the administrator.</source>
        <translation>Naujausia atsarginė kopija: %1; atkurkite ją komanda „permit-desk restore“ arba kreipkitės į administratorių.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="287"/>
        <source>No backup was found beside the store; ask the administrator for the latest backup medium.</source>
        <translation>Šalia duomenų bazės atsarginės kopijos nerasta; paprašykite administratoriaus naujausios atsarginės kopijos laikmenos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="301"/>
        <source>You may try again now.</source>
        <translation>Dabar galite bandyti dar kartą.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unlock.py" line="304"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Per daug nesėkmingų bandymų. Bandykite dar kartą po %1 s.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <location filename="../../ui/settings/users.py" line="63"/>
        <source>User name</source>
        <translation>Naudotojo vardas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="38"/>
        <location filename="../../ui/settings/users.py" line="64"/>
        <source>Full name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="39"/>
        <location filename="../../ui/settings/users.py" line="75"/>
        <source>Roles</source>
        <translation>Vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="39"/>
        <source>Active</source>
        <translation>Aktyvus</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="40"/>
        <source>Users</source>
        <translation>Naudotojai</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="56"/>
        <source>at least 10 characters</source>
        <translation>bent 10 ženklų</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="57"/>
        <source>&amp;Add user</source>
        <translation>&amp;Pridėti naudotoją</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="58"/>
        <source>Save &amp;roles of the selected user</source>
        <translation>Išsaugoti pažymėto naudotojo &amp;vaidmenis</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="59"/>
        <source>Reset &amp;passphrase…</source>
        <translation>Nauja &amp;slaptafrazė…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="60"/>
        <source>Re&amp;move user…</source>
        <translation>Pa&amp;šalinti naudotoją…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="61"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="65"/>
        <source>Position</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="66"/>
        <source>Passphrase</source>
        <translation>Slaptafrazė</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="93"/>
        <source>Users and roles</source>
        <translation>Naudotojai ir vaidmenys</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="106"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="106"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="142"/>
        <source>User %1 added.</source>
        <translation>Naudotojas %1 pridėtas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="159"/>
        <source>Roles of %1 saved.</source>
        <translation>%1 vaidmenys išsaugoti.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="168"/>
        <source>Reset the passphrase</source>
        <translation>Naujos slaptafrazės nustatymas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="169"/>
        <source>New passphrase for %1:</source>
        <translation>Nauja %1 slaptafrazė:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="180"/>
        <source>The passphrase of %1 was reset.</source>
        <translation>%1 slaptafrazė pakeista.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="188"/>
        <source>The store is open elsewhere, so its keys were not rotated: close it everywhere else and rotate the keys (permit-desk rekey).</source>
        <translation>Duomenų bazė atidaryta kitur, todėl jos raktai nepakeisti: uždarykite ją visur kitur ir pakeiskite raktus (permit-desk rekey).</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="192"/>
        <source>The store&apos;s keys were rotated: an old copy of the key file opens nothing.</source>
        <translation>Duomenų bazės raktai pakeisti: senoji raktų failo kopija nieko neatidaro.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="195"/>
        <source>Reset the passphrases of these users, who had not opened the store since the upgrade: %1.</source>
        <translation>Iš naujo nustatykite šių naudotojų, po atnaujinimo dar neatidariusių duomenų bazės, slaptafrazes: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="204"/>
        <source>Remove a user</source>
        <translation>Naudotojo šalinimas</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="205"/>
        <source>Remove the account %1? Their history stays in the audit trail, but they can no longer unlock the store.</source>
        <translation>Pašalinti paskyrą %1? Jos veiksmai lieka audito žurnale, bet saugyklos ja atrakinti nebebus galima.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="208"/>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users.py" line="217"/>
        <source>User %1 removed.</source>
        <translation>Naudotojas %1 pašalintas.</translation>
    </message>
</context>
<context>
    <name>Violation</name>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="37"/>
        <source>This cannot be undone</source>
        <translation>To atšaukti nebus galima</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="47"/>
        <source>Recording a violation withdraws the clearance of %1 at once and queues the withdrawal letter. This cannot be undone. Record it?</source>
        <translation>Įrašius pažeidimą, %1 leidimas iš karto panaikinamas ir parengiamas panaikinimo raštas. To atšaukti nebus galima. Įrašyti?</translation>
    </message>
</context>
<context>
    <name>ViolationDialog</name>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="63"/>
        <source>Record a violation</source>
        <translation>Įrašyti pažeidimą</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="65"/>
        <source>A violation withdraws the person&apos;s clearance at once and queues the withdrawal letter for the head to sign.</source>
        <translation>Pažeidimas iš karto panaikina asmens leidimą ir parengia panaikinimo raštą, kurį pasirašo vadovas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="70"/>
        <location filename="../../ui/dialogs/violation.py" line="87"/>
        <source>Personal code</source>
        <translation>Asmens kodas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="72"/>
        <source>Kind of violation</source>
        <translation>Pažeidimo rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="73"/>
        <source>Travel without permission</source>
        <translation>Kelionė be leidimo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="74"/>
        <source>Breach of the conditions of a permission</source>
        <translation>Leidimo sąlygų pažeidimas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="81"/>
        <source>Date of the violation</source>
        <translation>Pažeidimo data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="84"/>
        <location filename="../../ui/dialogs/violation.py" line="92"/>
        <source>Evidence</source>
        <translation>Įrodymai</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="85"/>
        <source>What shows the violation, and its source</source>
        <translation>Kas rodo pažeidimą ir iš kur žinoma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="89"/>
        <source>Request</source>
        <translation>Prašymas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="90"/>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="91"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="95"/>
        <source>Record and &amp;withdraw</source>
        <translation>Įrašyti ir &amp;panaikinti</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="109"/>
        <source>Give the personal code and the evidence.</source>
        <translation>Nurodykite asmens kodą ir įrodymus.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="112"/>
        <source>Not recorded.</source>
        <translation>Neįrašyta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/violation.py" line="121"/>
        <source>Saving…</source>
        <translation>Saugoma…</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="29"/>
        <source>To decide</source>
        <translation>Reikia spręsti</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="30"/>
        <source>Returned for changes</source>
        <translation>Grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="31"/>
        <source>Letter to sign</source>
        <translation>Pasirašytinas raštas</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="32"/>
        <source>Letter to print</source>
        <translation>Spausdintinas raštas</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="33"/>
        <source>Overdue debrief</source>
        <translation>Pavėluotas pokalbis po kelionės</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="34"/>
        <source>Declaration to review</source>
        <translation>Peržiūrėti deklaraciją</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="35"/>
        <source>Clearance expiring</source>
        <translation>Baigiasi leidimo galiojimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="36"/>
        <source>Departs soon</source>
        <translation>Netrukus išvyksta</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="37"/>
        <location filename="../../ui/models/worklist_model.py" line="110"/>
        <source>Backup due</source>
        <translation>Laikas daryti atsarginę kopiją</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="56"/>
        <source>decided, not yet signed</source>
        <translation>nuspręsta, dar nepasirašyta</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="60"/>
        <source>%1 asks: %2</source>
        <translation>%1 prašo: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="62"/>
        <source>returned for changes</source>
        <translation>grąžinta taisyti</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="64"/>
        <source>signed, to print</source>
        <translation>pasirašyta, reikia atspausdinti</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="120"/>
        <source>Decide by %1: departure on %2 less the policy&apos;s %3-day lead time.</source>
        <translation>Nuspręsti iki %1: išvykimas %2, atėmus tvarkoje nustatytą %3 d. terminą.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="124"/>
        <source>Due %1.</source>
        <translation>Terminas %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="126"/>
        <source>Days overdue: %1.</source>
        <translation>Vėluojama dienų: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="53"/>
        <source>%1 – %2, submitted %3</source>
        <translation>%1 – %2, pateiktas %3</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="75"/>
        <source>The last backup is %1 days old (taken %2); the schedule asks for one every %3 days.</source>
        <translation>Paskutinei atsarginei kopijai %1 d. (padaryta %2); pagal tvarkaraštį ją reikia daryti kas %3 d.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="78"/>
        <source>No backup of this store has been made yet; back up every %1 days.</source>
        <translation>Šios saugyklos atsarginė kopija dar nedaryta; ją reikia daryti kas %1 d.</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="66"/>
        <source>departs %1</source>
        <translation>išvyksta %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="68"/>
        <source>was due %1</source>
        <translation>terminas buvo %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="70"/>
        <source>departed %1</source>
        <translation>išvyko %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="72"/>
        <source>valid until %1</source>
        <translation>galioja iki %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="92"/>
        <source>Returned for changes by %1:
%2</source>
        <translation>%1 grąžino taisyti:
%2</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="101"/>
        <source>Debrief for request %1</source>
        <translation>Pokalbis po kelionės pagal prašymą %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="103"/>
        <source>Letter %1</source>
        <translation>Raštas %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="105"/>
        <source>%1: declared departure</source>
        <translation>%1: deklaruotas išvykimas</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="107"/>
        <source>%1: clearance %2</source>
        <translation>%1: leidimas %2</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>What</source>
        <translation>Kas laukia</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>Subject</source>
        <translation>Dalykas</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>Details</source>
        <translation>Išsamiau</translation>
    </message>
    <message>
        <location filename="../../ui/models/worklist_model.py" line="139"/>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <location filename="../../ui/screens/worklist.py" line="41"/>
        <location filename="../../ui/screens/worklist.py" line="60"/>
        <source>Worklist</source>
        <translation>Darbų sąrašas</translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="67"/>
        <source>Good day, %1</source>
        <translation>Laba diena, %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="68"/>
        <source>Loading…</source>
        <translation>Įkeliama…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/worklist.py" line="94"/>
        <source>%n item(s) wait for you. Press Enter to open the selected one.</source>
        <translation>
            <numerusform>Jūsų laukia %n įrašas. Paspauskite Enter, kad atvertumėte pažymėtą.</numerusform>
            <numerusform>Jūsų laukia %n įrašai. Paspauskite Enter, kad atvertumėte pažymėtą.</numerusform>
            <numerusform>Jūsų laukia %n įrašų. Paspauskite Enter, kad atvertumėte pažymėtą.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="99"/>
        <source>Of these kinds more wait than are shown: %1 (the first %2 of each; the Requests screen lists all).</source>
        <translation>Šių rūšių laukia daugiau, nei parodyta: %1 (parodoma po pirmus %2; visi išvardyti lange „Prašymai“).</translation>
    </message>
    <message>
        <location filename="../../ui/screens/worklist.py" line="105"/>
        <source>Nothing waits for you.</source>
        <translation>Jūsų niekas nelaukia.</translation>
    </message>
</context>
<context>
    <name>_RowsTable</name>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="79"/>
        <source>Add row</source>
        <translation>Pridėti eilutę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="80"/>
        <source>Remove row</source>
        <translation>Pašalinti eilutę</translation>
    </message>
</context>
</TS>

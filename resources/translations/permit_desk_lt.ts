<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="46" />
            <source>no secure keyring on this workstation (%1)</source>
            <translation>šioje darbo vietoje nėra saugios raktinės (%1)</translation>
        </message>
    </context>
    <context>
        <name>DecideScreen</name>
        <message>
            <location filename="../../ui/screens/decide.py" line="76" />
            <location filename="../../ui/screens/decide.py" line="178" />
            <source>No request is open. Press Ctrl+N for the next pending one.</source>
            <translation>Prašymas neatvertas. Paspauskite Ctrl+N – atsivers kitas laukiantis.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="80" />
            <source>The request</source>
            <translation>Prašymas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="82" />
            <source>Review context</source>
            <translation>Aplinkybės sprendimui</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="88" />
            <source>&amp;Approve</source>
            <translation>&amp;Leisti</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="89" />
            <source>&amp;Deny</source>
            <translation>&amp;Neleisti</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="90" />
            <source>&amp;Return for changes</source>
            <translation>&amp;Grąžinti taisyti</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="99" />
            <location filename="../../ui/screens/decide.py" line="226" />
            <source>Reason</source>
            <translation>Priežastis</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="100" />
            <source>Reason (required to deny or return)</source>
            <translation>Priežastis (privaloma neleidžiant ar grąžinant)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="104" />
            <source>Conditions</source>
            <translation>Sąlygos</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="105" />
            <source>Conditions of the approval, one per line</source>
            <translation>Leidimo sąlygos, po vieną eilutėje</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="107" />
            <source>De&amp;cide (Ctrl+Enter)</source>
            <translation>&amp;Spręsti (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="109" />
            <source>&amp;Next pending (Ctrl+N)</source>
            <translation>&amp;Kitas laukiantis (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="167" />
            <source>Decide</source>
            <translation>Sprendimai</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="195" />
            <source>Request No. %1: %2</source>
            <translation>Prašymas Nr. %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="204" />
            <source>This request is %1; there is nothing to decide.</source>
            <translation>Šio prašymo būsena – %1; spręsti nėra ko.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="222" />
            <source>Traveller</source>
            <translation>Keliautojas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="223" />
            <source>Position and unit</source>
            <translation>Pareigos ir padalinys</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="224" />
            <source>Countries</source>
            <translation>Šalys</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="225" />
            <source>Dates</source>
            <translation>Datos</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="227" />
            <source>Purpose</source>
            <translation>Tikslas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="228" />
            <source>Border crossing</source>
            <translation>Pasienio punktas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="229" />
            <source>Mode of travel</source>
            <translation>Transportas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="230" />
            <source>Lodging</source>
            <translation>Apgyvendinimas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="231" />
            <source>Person at home</source>
            <translation>Asmuo namuose</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="232" />
            <source>Travel document</source>
            <translation>Kelionės dokumentas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="233" />
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="238" />
            <source>Itinerary</source>
            <translation>Maršrutas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="239" />
            <source>Companions</source>
            <translation>Bendrakeleiviai</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="240" />
            <source>Expected foreign contacts</source>
            <translation>Numatomi kontaktai užsienyje</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="260" />
            <source>None.</source>
            <translation>Nėra.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="261" />
            <source>Clearance</source>
            <translation>Leidimas dirbti su įslaptinta informacija</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="265" />
            <source>No clearance on record.</source>
            <translation>Leidimo įraše nėra.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="268" />
            <source>valid until %1</source>
            <translation>galioja iki %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="271" />
            <source>Policy flags</source>
            <translation>Politikos įspėjimai</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="278" />
            <source>Overdue debriefs</source>
            <translation>Pavėluoti pokalbiai po kelionių</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="283" />
            <source>Request %1, due %2</source>
            <translation>Prašymas %1, terminas %2</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="289" />
            <source>Earlier trips</source>
            <translation>Ankstesnės kelionės</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="302" />
            <source>Policy version %1</source>
            <translation>Politikos versija %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="307" />
            <source>approved</source>
            <translation>leista</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="307" />
            <source>denied</source>
            <translation>neleista</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="308" />
            <source>returned for changes</source>
            <translation>grąžinta taisyti</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="328" />
            <source>A denial or a return needs a written reason.</source>
            <translation>Neleidžiant ar grąžinant būtina parašyti priežastį.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="333" />
            <source>Recording the decision…</source>
            <translation>Registruojamas sprendimas…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="351" />
            <source>Decided: %1. Ctrl+N opens the next pending request.</source>
            <translation>Nuspręsta: %1. Ctrl+N atveria kitą laukiantį prašymą.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="363" />
            <source>The letter is queued; signing becomes available with the letters service.</source>
            <translation>Raštas įtrauktas į eilę; pasirašyti bus galima, kai veiks raštų paslauga.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="376" />
            <source>No signer is configured; the letter waits in the Letters list.</source>
            <translation>Pasirašymo priemonė nenustatyta; raštas laukia raštų sąraše.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="378" />
            <source>PIN</source>
            <translation>PIN kodas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="378" />
            <source>password</source>
            <translation>slaptažodis</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="379" />
            <source>%1 of %2 to sign letter %3:</source>
            <translation>%1 (%2) raštui %3 pasirašyti:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="383" />
            <source>Not signed; the letter waits in the Letters list.</source>
            <translation>Nepasirašyta; raštas laukia raštų sąraše.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="385" />
            <source>Signing…</source>
            <translation>Pasirašoma…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="399" />
            <source>Letter %1 signed.</source>
            <translation>Raštas %1 pasirašytas.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="424" />
            <source>No more requests wait for a decision.</source>
            <translation>Daugiau prašymų, laukiančių sprendimo, nėra.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/decide.py" line="438" />
            <source>Locked.</source>
            <translation>Užrakinta.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="35" />
            <source>Too many failed attempts. Try again in %1 seconds.</source>
            <translation>Per daug nesėkmingų bandymų. Bandykite dar kartą po %1 s.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="40" />
            <source>The recovery key is wrong.</source>
            <translation>Neteisingas atkūrimo raktas.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="42" />
            <source>This store is bound to another workstation's keyring, or the keyring is unavailable; open it with the recovery key.</source>
            <translation>Ši duomenų bazė susieta su kitos darbo vietos raktine arba raktinė nepasiekiama; atverkite ją atkūrimo raktu.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="44" />
            <source>The user name or the passphrase is wrong.</source>
            <translation>Neteisingas naudotojo vardas arba slaptafrazė.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="46" />
            <source>The store was not found.</source>
            <translation>Duomenų bazė nerasta.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="50" />
            <source>Cancelled.</source>
            <translation>Atšaukta.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="54" />
            <source>Something unexpected went wrong (%1). The details are in the log.</source>
            <translation>Įvyko netikėta klaida (%1). Išsami informacija – žurnale.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="253" />
            <source>Permit Desk: new store</source>
            <translation>Leidimų stalas: nauja duomenų bazė</translation>
        </message>
    </context>
    <context>
        <name>HeadPage</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="88" />
            <source>The head's account</source>
            <translation>Vadovo paskyra</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="89" />
            <source>The head of the institution decides requests and administers the store at first.</source>
            <translation>Įstaigos vadovas sprendžia dėl prašymų ir iš pradžių administruoja duomenų bazę.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="93" />
            <source>Head of institution</source>
            <translation>Įstaigos vadovas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="101" />
            <source>Passphrase strength</source>
            <translation>Slaptafrazės stiprumas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="106" />
            <source>User name</source>
            <translation>Naudotojo vardas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="106" />
            <source>Full name</source>
            <translation>Vardas ir pavardė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="107" />
            <source>Position</source>
            <translation>Pareigos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="107" />
            <source>Passphrase</source>
            <translation>Slaptafrazė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="108" />
            <source>Passphrase again</source>
            <translation>Slaptafrazė dar kartą</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="112" />
            <source>&amp;User name:</source>
            <translation>&amp;Naudotojo vardas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="113" />
            <source>&amp;Full name:</source>
            <translation>&amp;Vardas ir pavardė:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="114" />
            <source>P&amp;osition:</source>
            <translation>&amp;Pareigos:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="115" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Slaptafrazė:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="116" />
            <source>&amp;Again:</source>
            <translation>&amp;Pakartokite:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="117" />
            <source>Strength:</source>
            <translation>Stiprumas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="127" />
            <source>At least %1 characters.</source>
            <translation>Ne mažiau kaip %1 simbolių.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="129" />
            <source>Weak: a longer phrase of several words is stronger.</source>
            <translation>Silpna: ilgesnė kelių žodžių frazė stipresnė.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="131" />
            <source>Fair.</source>
            <translation>Vidutinė.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="133" />
            <source>Strong.</source>
            <translation>Stipri.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="149" />
            <source>Creating the encrypted store…</source>
            <translation>Kuriama šifruota duomenų bazė…</translation>
        </message>
    </context>
    <context>
        <name>InstitutionPage</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="66" />
            <source>Your institution</source>
            <translation>Jūsų įstaiga</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="67" />
            <source>These details appear on the letterhead of every letter.</source>
            <translation>Šie duomenys spausdinami kiekvieno rašto blanke.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="71" />
            <source>Institution name</source>
            <translation>Įstaigos pavadinimas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="72" />
            <source>Institution code</source>
            <translation>Įstaigos kodas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="73" />
            <source>Address</source>
            <translation>Adresas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="76" />
            <source>&amp;Name:</source>
            <translation>&amp;Pavadinimas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="77" />
            <source>&amp;Code:</source>
            <translation>&amp;Kodas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="78" />
            <source>&amp;Address:</source>
            <translation>&amp;Adresas:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="65" />
            <source>Permit Desk</source>
            <translation>Leidimų stalas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="71" />
            <source>Screens</source>
            <translation>Ekranai</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="79" />
            <source>Locked. Unlock to continue.</source>
            <translation>Užrakinta. Atrakinkite, kad galėtumėte tęsti.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="86" />
            <source>Decision recorded.</source>
            <translation>Sprendimas užregistruotas.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="114" />
            <source>&amp;File</source>
            <translation>&amp;Failas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="115" />
            <source>&amp;Lock</source>
            <translation>&amp;Užrakinti</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="117" />
            <source>&amp;Quit</source>
            <translation>&amp;Baigti</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="118" />
            <source>&amp;Go</source>
            <translation>&amp;Eiti</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="121" />
            <source>&amp;Requests</source>
            <translation>&amp;Prašymai</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="122" />
            <source>&amp;New request…</source>
            <translation>&amp;Naujas prašymas…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="124" />
            <source>&amp;Next pending decision</source>
            <translation>&amp;Kitas laukiantis sprendimo</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="125" />
            <source>&amp;Find…</source>
            <translation>&amp;Ieškoti…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="126" />
            <source>&amp;View</source>
            <translation>&amp;Rodymas</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="127" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atnaujinti</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="128" />
            <source>&amp;Language</source>
            <translation>&amp;Kalba</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="153" />
            <source>Bound to this workstation</source>
            <translation>Susieta su šia darbo vieta</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>not bound to this workstation's keyring</source>
            <translation>nesusieta su šios darbo vietos raktine</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <source>Unbound: %1</source>
            <translation>Nesusieta: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="201" />
            <source>This item opens in a screen not built yet.</source>
            <translation>Šis įrašas atveriamas dar nesukurtame ekrane.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Request No. %1 saved (%2).</source>
            <translation>Prašymas Nr. %1 išsaugotas (%2).</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="282" />
            <source>Permit Desk is locked</source>
            <translation>Leidimų stalas užrakintas</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../ui/dialogs/pdf_preview.py" line="14" />
            <source>Letter %1</source>
            <translation>Raštas %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/pdf_preview.py" line="26" />
            <source>Letter preview</source>
            <translation>Rašto peržiūra</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="183" />
            <source>Your recovery key</source>
            <translation>Jūsų atkūrimo raktas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="184" />
            <source>It opens the store if every passphrase is lost. It is shown only now: write it down or print it, and keep it in the safe.</source>
            <translation>Juo atrakinama duomenų bazė, jei pamirštamos visos slaptafrazės. Jis rodomas tik dabar: užsirašykite arba atsispausdinkite ir laikykite seife.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="193" />
            <source>Recovery key</source>
            <translation>Atkūrimo raktas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="194" />
            <source>&amp;Print…</source>
            <translation>&amp;Spausdinti…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="198" />
            <source>I &amp;wrote it down and will keep it safe</source>
            <translation>Už&amp;sirašiau ir saugiai laikysiu</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="200" />
            <source>First group of the recovery key</source>
            <translation>Pirmoji atkūrimo rakto grupė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="211" />
            <source>Type the &amp;first group again:</source>
            <translation>Dar kartą įveskite &amp;pirmąją grupę:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="220" />
            <source>The store is bound to this workstation's keyring.</source>
            <translation>Duomenų bazė susieta su šios darbo vietos raktine.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/first_run.py" line="221" />
            <source>The store is not bound to a keyring: %1</source>
            <translation>Duomenų bazė nesusieta su raktine: %1</translation>
        </message>
    </context>
    <context>
        <name>RequestForm</name>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="102" />
            <source>New travel request</source>
            <translation>Naujas prašymas išvykti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="103" />
            <source>Travel request No. %1</source>
            <translation>Prašymas išvykti Nr. %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="108" />
            <source>11 digits</source>
            <translation>11 skaitmenų</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="109" />
            <source>Personal code</source>
            <translation>Asmens kodas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="111" />
            <source>Traveller</source>
            <translation>Keliautojas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="113" />
            <source>in visiting order, e.g. BY, RU</source>
            <translation>lankymo tvarka, pvz., BY, RU</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="114" />
            <source>Countries</source>
            <translation>Šalys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="118" />
            <source>Departure date</source>
            <translation>Išvykimo data</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="119" />
            <source>Return date</source>
            <translation>Grįžimo data</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="124" />
            <source>Reason</source>
            <translation>Priežastis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="128" />
            <source>Purpose</source>
            <translation>Tikslas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="131" />
            <source>Border crossing</source>
            <translation>Pasienio punktas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="133" />
            <source>Mode of travel</source>
            <translation>Transportas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="135" />
            <source>Lodging</source>
            <translation>Apgyvendinimas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="137" />
            <source>Person at home who knows the plan</source>
            <translation>Asmuo namuose, žinantis kelionės planą</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="139" />
            <source>Travel document</source>
            <translation>Kelionės dokumentas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="145" />
            <source>&amp;Personal code:</source>
            <translation>&amp;Asmens kodas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="146" />
            <source>&amp;Countries:</source>
            <translation>Ša&amp;lys:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="149" />
            <source>return:</source>
            <translation>grįžimas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="152" />
            <source>&amp;Departure:</source>
            <translation>&amp;Išvykimas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="153" />
            <source>&amp;Reason:</source>
            <translation>&amp;Priežastis:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="154" />
            <source>P&amp;urpose:</source>
            <translation>&amp;Tikslas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="155" />
            <source>&amp;Border crossing:</source>
            <translation>&amp;Pasienio punktas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="156" />
            <source>&amp;Mode of travel:</source>
            <translation>&amp;Transportas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="157" />
            <source>&amp;Lodging:</source>
            <translation>&amp;Apgyvendinimas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="158" />
            <source>Person at &amp;home:</source>
            <translation>Asmuo &amp;namuose:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="159" />
            <source>&amp;Travel document:</source>
            <translation>&amp;Kelionės dokumentas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="173" />
            <source>Country</source>
            <translation>Šalis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="173" />
            <source>Place</source>
            <translation>Vieta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="173" />
            <source>Arrive</source>
            <translation>Atvyksta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="174" />
            <source>Leave</source>
            <translation>Išvyksta iš</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="174" />
            <location filename="../../ui/dialogs/request_form.py" line="180" />
            <source>Itinerary</source>
            <translation>Maršrutas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="175" />
            <location filename="../../ui/dialogs/request_form.py" line="177" />
            <source>Name</source>
            <translation>Vardas, pavardė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="175" />
            <source>Citizenship</source>
            <translation>Pilietybė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="176" />
            <source>Relationship</source>
            <translation>Ryšys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="176" />
            <location filename="../../ui/dialogs/request_form.py" line="181" />
            <source>Companions</source>
            <translation>Bendrakeleiviai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="177" />
            <source>Who they are</source>
            <translation>Kas jie</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="178" />
            <source>Expected foreign contacts</source>
            <translation>Numatomi kontaktai užsienyje</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="182" />
            <source>Foreign contacts</source>
            <translation>Kontaktai užsienyje</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="195" />
            <source>Save as &amp;draft</source>
            <translation>Išsaugoti kaip &amp;juodraštį</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="197" />
            <source>&amp;Submit</source>
            <translation>&amp;Pateikti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="199" />
            <source>Close</source>
            <translation>Uždaryti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="299" />
            <source>This request is %1 and can no longer be edited.</source>
            <translation>Šio prašymo būsena – %1, jo taisyti nebegalima.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="311" />
            <source>Enter the traveller's personal code.</source>
            <translation>Įveskite keliautojo asmens kodą.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="313" />
            <source>A personal code has 11 digits.</source>
            <translation>Asmens kodą sudaro 11 skaitmenų.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="315" />
            <source>The personal code's check digit is wrong.</source>
            <translation>Neteisingas asmens kodo kontrolinis skaitmuo.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="318" />
            <source>Name at least one country (two-letter code).</source>
            <translation>Nurodykite bent vieną šalį (dviejų raidžių kodu).</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="320" />
            <source>Countries are two-letter codes such as BY or RU.</source>
            <translation>Šalys žymimos dviejų raidžių kodais, pvz., BY ar RU.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="322" />
            <source>None of these countries needs a permission.</source>
            <translation>Vykti į šias šalis leidimo nereikia.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="324" />
            <source>The return is before the departure.</source>
            <translation>Grįžimo data ankstesnė už išvykimo datą.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="326" />
            <source>Say what the trip is for.</source>
            <translation>Nurodykite kelionės tikslą.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="372" />
            <source>Saving…</source>
            <translation>Išsaugoma…</translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message>
            <location filename="../../ui/models/requests_model.py" line="144" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="144" />
            <source>Traveller</source>
            <translation>Keliautojas</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="144" />
            <source>Personal code</source>
            <translation>Asmens kodas</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="144" />
            <source>Unit</source>
            <translation>Padalinys</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="145" />
            <source>Countries</source>
            <translation>Šalys</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="145" />
            <source>Departs</source>
            <translation>Išvyksta</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="145" />
            <source>Returns</source>
            <translation>Grįžta</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="145" />
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <location filename="../../ui/models/requests_model.py" line="146" />
            <source>Submitted</source>
            <translation>Pateiktas</translation>
        </message>
    </context>
    <context>
        <name>RequestsScreen</name>
        <message>
            <location filename="../../ui/screens/requests.py" line="56" />
            <source>Name or personal code</source>
            <translation>Vardas, pavardė arba asmens kodas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="57" />
            <source>Search by name or personal code</source>
            <translation>Paieška pagal vardą, pavardę ar asmens kodą</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="60" />
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="61" />
            <source>All states</source>
            <translation>Visos būsenos</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="65" />
            <source>Country</source>
            <translation>Šalis</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="66" />
            <source>All countries</source>
            <translation>Visos šalys</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="67" />
            <source>Russia</source>
            <translation>Rusija</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="67" />
            <source>Belarus</source>
            <translation>Baltarusija</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="68" />
            <source>China</source>
            <translation>Kinija</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="71" />
            <source>Unit (exact)</source>
            <translation>Padalinys (tikslus)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="72" />
            <source>Unit</source>
            <translation>Padalinys</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="73" />
            <location filename="../../ui/screens/requests.py" line="81" />
            <source>Departs from</source>
            <translation>Išvyksta nuo</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="75" />
            <source>to</source>
            <translation>iki</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="82" />
            <source>Departs until</source>
            <translation>Išvyksta iki</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="85" />
            <source>&amp;New request…</source>
            <translation>&amp;Naujas prašymas…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="101" />
            <location filename="../../ui/screens/requests.py" line="145" />
            <source>Requests</source>
            <translation>Prašymai</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="125" />
            <source>Number of requests</source>
            <translation>Prašymų skaičius</translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="192" />
            <source>Searching…</source>
            <translation>Ieškoma…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/requests.py" line="202" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n prašymas</numerusform>
                <numerusform>%n prašymai</numerusform>
                <numerusform>%n prašymų</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/requests.py" line="233" />
            <source>Copied; the clipboard is cleared in 30 seconds.</source>
            <translation>Nukopijuota; iškarpinė bus išvalyta po 30 sekundžių.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="51" />
            <source>Permit Desk: unlock</source>
            <translation>Leidimų stalas: atrakinimas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="54" />
            <source>Store: %1</source>
            <translation>Duomenų bazė: %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="58" />
            <source>User name</source>
            <translation>Naudotojo vardas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="61" />
            <source>Passphrase</source>
            <translation>Slaptafrazė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="62" />
            <source>Use the &amp;recovery key instead</source>
            <translation>Naudoti &amp;atkūrimo raktą</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="65" />
            <source>Recovery key</source>
            <translation>Atkūrimo raktas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="67" />
            <source>&amp;User:</source>
            <translation>&amp;Naudotojas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="68" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Slaptafrazė:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="70" />
            <source>Recovery &amp;key:</source>
            <translation>Atkūrimo &amp;raktas:</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="82" />
            <source>Message</source>
            <translation>Pranešimas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="87" />
            <source>&amp;Unlock</source>
            <translation>&amp;Atrakinti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="89" />
            <source>&amp;Quit</source>
            <translation>&amp;Baigti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="118" />
            <source>Enter your user name.</source>
            <translation>Įveskite naudotojo vardą.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="121" />
            <source>Unlocking…</source>
            <translation>Atrakinama…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="158" />
            <source>The store is damaged and cannot be opened.</source>
            <translation>Duomenų bazė sugadinta ir negali būti atverta.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="160" />
            <source>The latest backup is %1; restore it with "permit-desk restore" or ask the administrator.</source>
            <translation>Naujausia atsarginė kopija: %1; atkurkite ją komanda „permit-desk restore“ arba kreipkitės į administratorių.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="164" />
            <source>No backup was found beside the store; ask the administrator for the latest backup medium.</source>
            <translation>Šalia duomenų bazės atsarginės kopijos nerasta; paprašykite administratoriaus naujausios atsarginės kopijos laikmenos.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="178" />
            <source>You may try again now.</source>
            <translation>Dabar galite bandyti dar kartą.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/unlock.py" line="181" />
            <source>Too many failed attempts. Try again in %1 seconds.</source>
            <translation>Per daug nesėkmingų bandymų. Bandykite dar kartą po %1 s.</translation>
        </message>
    </context>
    <context>
        <name>Worklist</name>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="20" />
            <source>To decide</source>
            <translation>Reikia spręsti</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="21" />
            <source>Returned for changes</source>
            <translation>Grąžinta taisyti</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="22" />
            <source>Letter to sign</source>
            <translation>Pasirašytinas raštas</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="23" />
            <source>Letter to print</source>
            <translation>Spausdintinas raštas</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="24" />
            <source>Overdue debrief</source>
            <translation>Pavėluotas pokalbis po kelionės</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="25" />
            <source>Declaration to review</source>
            <translation>Peržiūrėti deklaraciją</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="26" />
            <source>Clearance expiring</source>
            <translation>Baigiasi leidimo galiojimas</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="27" />
            <source>Departs soon</source>
            <translation>Netrukus išvyksta</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="38" />
            <source>decided, not yet signed</source>
            <translation>nuspręsta, dar nepasirašyta</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="40" />
            <source>returned for changes</source>
            <translation>grąžinta taisyti</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="41" />
            <source>signed, to print</source>
            <translation>pasirašyta, reikia atspausdinti</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="47" />
            <source>%1 – %2, submitted %3</source>
            <translation>%1 – %2, pateiktas %3</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="50" />
            <source>departs %1</source>
            <translation>išvyksta %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="51" />
            <source>was due %1</source>
            <translation>terminas buvo %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="52" />
            <source>departed %1</source>
            <translation>išvyko %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="53" />
            <source>valid until %1</source>
            <translation>galioja iki %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="66" />
            <source>Debrief for request %1</source>
            <translation>Pokalbis po kelionės pagal prašymą %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="69" />
            <source>Letter %1</source>
            <translation>Raštas %1</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="72" />
            <source>%1: declared departure</source>
            <translation>%1: deklaruotas išvykimas</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="75" />
            <source>%1: clearance %2</source>
            <translation>%1: leidimas %2</translation>
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="99" />
            <source>What</source>
            <translation>Kas laukia</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="99" />
            <source>Subject</source>
            <translation>Dalykas</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="99" />
            <source>Details</source>
            <translation>Išsamiau</translation>
        </message>
        <message>
            <location filename="../../ui/models/worklist_model.py" line="99" />
            <source>Due</source>
            <translation>Terminas</translation>
        </message>
    </context>
    <context>
        <name>WorklistScreen</name>
        <message>
            <location filename="../../ui/screens/worklist.py" line="30" />
            <location filename="../../ui/screens/worklist.py" line="49" />
            <source>Worklist</source>
            <translation>Darbų sąrašas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/worklist.py" line="56" />
            <source>Good day, %1</source>
            <translation>Laba diena, %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/worklist.py" line="57" />
            <source>Loading…</source>
            <translation>Įkeliama…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/worklist.py" line="71" />
            <source>%n item(s) wait for you. Press Enter to open the selected one.</source>
            <translation>
                <numerusform>Jūsų laukia %n įrašas. Paspauskite Enter, kad atvertumėte pažymėtą.</numerusform>
                <numerusform>Jūsų laukia %n įrašai. Paspauskite Enter, kad atvertumėte pažymėtą.</numerusform>
                <numerusform>Jūsų laukia %n įrašų. Paspauskite Enter, kad atvertumėte pažymėtą.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/worklist.py" line="75" />
            <source>Nothing waits for you.</source>
            <translation>Jūsų niekas nelaukia.</translation>
        </message>
    </context>
    <context>
        <name>_RowsTable</name>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="56" />
            <source>Add row</source>
            <translation>Pridėti eilutę</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/request_form.py" line="57" />
            <source>Remove row</source>
            <translation>Pašalinti eilutę</translation>
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../ui/screens/decide.py" line="48" />
            <source>Sign the letter</source>
            <translation>Rašto pasirašymas</translation>
        </message>
    </context>
    <context>
        <name>ClearanceDialog</name>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="32" />
            <source>Clearance of %1</source>
            <translation>%1 leidimas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="51" />
            <source>e.g. granted by order No. …</source>
            <translation>pvz., suteiktas įsakymu Nr. …</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="53" />
            <source>&amp;Level</source>
            <translation>&amp;Lygis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="53" />
            <source>&amp;Number</source>
            <translation>&amp;Numeris</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="54" />
            <source>&amp;Issued</source>
            <translation>&amp;Išduotas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="55" />
            <source>&amp;Valid until</source>
            <translation>&amp;Galioja iki</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="56" />
            <source>&amp;Reason</source>
            <translation>&amp;Priežastis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/clearance.py" line="59" />
            <source>The same number corrects or renews the current clearance; a new number grants a new one.</source>
            <translation>Tas pats numeris pataiso ar pratęsia esamą leidimą; naujas numeris – suteikia naują.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="66" />
            <source>Import staff from an HR file</source>
            <translation>Darbuotojų importas iš personalo rinkmenos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="70" />
            <source>CSV or XLSX file exported from the HR system</source>
            <translation>Iš personalo sistemos eksportuota CSV ar XLSX rinkmena</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="71" />
            <source>File to import</source>
            <translation>Importuojama rinkmena</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="72" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Pasirinkti rinkmeną…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="73" />
            <source>&amp;Check (dry run)</source>
            <translation>Pa&amp;tikrinti (bandomasis)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="82" />
            <source>Cancel</source>
            <translation>Atšaukti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="87" />
            <source>Choose the file and check it: nothing is written until you press Import.</source>
            <translation>Pasirinkite rinkmeną ir ją patikrinkite: niekas neįrašoma, kol nepaspausite „Importuoti“.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="106" />
            <source>&amp;Import</source>
            <translation>&amp;Importuoti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="108" />
            <source>Close</source>
            <translation>Uždaryti</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="132" />
            <source>Bad rows (%1)</source>
            <translation>Klaidingos eilutės (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="132" />
            <source>Added (%1)</source>
            <translation>Nauji (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="133" />
            <source>Changed (%1)</source>
            <translation>Pakeisti (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="133" />
            <source>Unchanged (%1)</source>
            <translation>Nepakitę (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="134" />
            <source>Held back (%1)</source>
            <translation>Sulaikyti (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="140" />
            <source>Choose the HR file</source>
            <translation>Pasirinkite personalo rinkmeną</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="141" />
            <source>Staff files (*.csv *.xlsx);;All files (*)</source>
            <translation>Darbuotojų rinkmenos (*.csv *.xlsx);;Visos rinkmenos (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="153" />
            <source>The file %1 does not exist.</source>
            <translation>Rinkmenos %1 nėra.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="161" />
            <source>Checking %1…</source>
            <translation>Tikrinama %1…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="176" />
            <source>Importing %1…</source>
            <translation>Importuojama %1…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="190" />
            <source>Cancelling…</source>
            <translation>Atšaukiama…</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="218" />
            <source>Comparing with the registry</source>
            <translation>Lyginama su registru</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="219" />
            <source>Dry run: nothing was written</source>
            <translation>Bandomasis tikrinimas: niekas neįrašyta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="220" />
            <source>Adding people</source>
            <translation>Įrašomi nauji asmenys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="221" />
            <source>Updating people</source>
            <translation>Atnaujinami asmenys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="222" />
            <source>Recording clearances</source>
            <translation>Įrašomi leidimai</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="224" />
            <source>Recording changes in the audit trail</source>
            <translation>Pakeitimai įrašomi į audito žurnalą</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="225" />
            <source>Imported</source>
            <translation>Importuota</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="227" />
            <source>Reading %1</source>
            <translation>Skaitoma %1</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="235" />
            <source>Cancelled: nothing was written.</source>
            <translation>Atšaukta: niekas neįrašyta.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="245" />
            <source>Cancelled.</source>
            <translation>Atšaukta.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dialogs/import_wizard.py" line="250" />
            <source>%n row(s) of the file are wrong; nothing can be imported until the file is corrected.</source>
            <translation>
                <numerusform>%n rinkmenos eilutė klaidinga; nieko negalima importuoti, kol rinkmena nepataisyta.</numerusform>
                <numerusform>%n rinkmenos eilutės klaidingos; nieko negalima importuoti, kol rinkmena nepataisyta.</numerusform>
                <numerusform>%n rinkmenos eilučių klaidingos; nieko negalima importuoti, kol rinkmena nepataisyta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="256" />
            <source>Dry run: %1 to add, %2 to change, %3 unchanged. Nothing was written yet.</source>
            <translation>Bandomasis tikrinimas: naujų – %1, keičiamų – %2, nepakitusių – %3. Dar niekas neįrašyta.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="270" />
            <source>Imported: %1 added, %2 changed, %3 unchanged.</source>
            <translation>Importuota: naujų – %1, pakeistų – %2, nepakitusių – %3.</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="275" />
            <source>Done</source>
            <translation>Baigta</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="280" />
            <source>last name</source>
            <translation>pavardė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="280" />
            <source>first name</source>
            <translation>vardas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="281" />
            <source>position</source>
            <translation>pareigos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="281" />
            <source>unit</source>
            <translation>padalinys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="282" />
            <source>category</source>
            <translation>kategorija</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="282" />
            <source>clearance level</source>
            <translation>leidimo lygis</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="283" />
            <source>clearance number</source>
            <translation>leidimo numeris</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="284" />
            <source>issued</source>
            <translation>išdavimo data</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="285" />
            <source>valid until</source>
            <translation>galiojimo pabaiga</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/import_wizard.py" line="286" />
            <source>Line %1: %2</source>
            <translation>%1 eilutė: %2</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../ui/dialogs/person.py" line="31" />
            <source>Change a person</source>
            <translation>Asmens duomenų keitimas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="31" />
            <source>Add a person</source>
            <translation>Naujas asmuo</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="48" />
            <source>&amp;Personal code</source>
            <translation>&amp;Asmens kodas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="49" />
            <source>&amp;Last name</source>
            <translation>&amp;Pavardė</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="50" />
            <source>&amp;First name</source>
            <translation>&amp;Vardas</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="51" />
            <source>P&amp;osition</source>
            <translation>P&amp;areigos</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="51" />
            <source>&amp;Unit</source>
            <translation>Pa&amp;dalinys</translation>
        </message>
        <message>
            <location filename="../../ui/dialogs/person.py" line="52" />
            <source>&amp;Category</source>
            <translation>&amp;Kategorija</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../../ui/dialogs/prompts.py" line="46" />
            <source>Yes</source>
            <translation>Taip</translation>
        </message>
    </context>
    <context>
        <name>StaffModel</name>
        <message>
            <location filename="../../ui/models/staff_model.py" line="110" />
            <source>Name</source>
            <translation>Vardas, pavardė</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="110" />
            <source>Personal code</source>
            <translation>Asmens kodas</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="110" />
            <source>Unit</source>
            <translation>Padalinys</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="110" />
            <source>Position</source>
            <translation>Pareigos</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="111" />
            <source>Clearance</source>
            <translation>Leidimas</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="111" />
            <source>Status</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <location filename="../../ui/models/staff_model.py" line="111" />
            <source>Valid until</source>
            <translation>Galioja iki</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <location filename="../../ui/screens/staff.py" line="62" />
            <source>Surname (first letters)</source>
            <translation>Pavardė (pirmosios raidės)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="63" />
            <source>Search by surname</source>
            <translation>Paieška pagal pavardę</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="66" />
            <source>Unit</source>
            <translation>Padalinys</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="67" />
            <source>All units</source>
            <translation>Visi padaliniai</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="70" />
            <source>&amp;Add person…</source>
            <translation>&amp;Naujas asmuo…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="71" />
            <source>&amp;Import from HR…</source>
            <translation>&amp;Importuoti iš personalo…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="80" />
            <source>People</source>
            <translation>Asmenys</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="133" />
            <source>Clearance</source>
            <translation>Leidimas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="137" />
            <source>Level:</source>
            <translation>Lygis:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="138" />
            <source>Number:</source>
            <translation>Numeris:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="139" />
            <source>Valid:</source>
            <translation>Galioja:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="140" />
            <source>Status:</source>
            <translation>Būsena:</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="142" />
            <source>Clearance history</source>
            <translation>Leidimo istorija</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="143" />
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="143" />
            <source>Status</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="144" />
            <source>Valid until</source>
            <translation>Galioja iki</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="144" />
            <source>By</source>
            <translation>Kas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="145" />
            <source>Reason</source>
            <translation>Priežastis</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="152" />
            <source>&amp;Edit person…</source>
            <translation>&amp;Keisti duomenis…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="153" />
            <source>Set &amp;clearance…</source>
            <translation>Nustatyti &amp;leidimą…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="154" />
            <source>&amp;Suspend…</source>
            <translation>&amp;Sustabdyti…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="155" />
            <source>&amp;Reinstate…</source>
            <translation>&amp;Atnaujinti…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="156" />
            <source>&amp;Withdraw…</source>
            <translation>Pa&amp;naikinti…</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="176" />
            <source>History of the clearance</source>
            <translation>Leidimo istorija</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="183" />
            <source>Staff and clearances</source>
            <translation>Darbuotojai ir leidimai</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="233" />
            <source>Searching…</source>
            <translation>Ieškoma…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/screens/staff.py" line="244" />
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n asmuo</numerusform>
                <numerusform>%n asmenys</numerusform>
                <numerusform>%n asmenų</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="286" />
            <source>No person selected</source>
            <translation>Asmuo nepasirinktas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="292" />
            <source>Personal code: %1</source>
            <translation>Asmens kodas: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="293" />
            <source>Position: %1</source>
            <translation>Pareigos: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="294" />
            <source>Unit: %1</source>
            <translation>Padalinys: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="295" />
            <source>Category: %1</source>
            <translation>Kategorija: %1</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="298" />
            <source>none</source>
            <translation>nėra</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="310" />
            <source>(program)</source>
            <translation>(programa)</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="362" />
            <source>%1 saved.</source>
            <translation>%1 – išsaugota.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="375" />
            <source>Clearance saved.</source>
            <translation>Leidimas išsaugotas.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="384" />
            <source>Suspend the clearance</source>
            <translation>Leidimo sustabdymas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="385" />
            <source>Reinstate the clearance</source>
            <translation>Leidimo atnaujinimas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="386" />
            <source>Withdraw the clearance</source>
            <translation>Leidimo panaikinimas</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="388" />
            <source>Why (this goes into the clearance history):</source>
            <translation>Priežastis (įrašoma į leidimo istoriją):</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="393" />
            <source>Say why; the reason is required.</source>
            <translation>Nurodykite priežastį – ji privaloma.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="397" />
            <source>Withdraw clearance %1 of %2? A withdrawn clearance can never be reinstated; a new one needs a new number.</source>
            <translation>Panaikinti %2 leidimą %1? Panaikinto leidimo atnaujinti negalima; naujam leidimui reikės naujo numerio.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="400" />
            <source>Withdraw</source>
            <translation>Panaikinti</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="409" />
            <source>Clearance suspended.</source>
            <translation>Leidimas sustabdytas.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="410" />
            <source>Clearance reinstated.</source>
            <translation>Leidimas atnaujintas.</translation>
        </message>
        <message>
            <location filename="../../ui/screens/staff.py" line="411" />
            <source>Clearance withdrawn.</source>
            <translation>Leidimas panaikintas.</translation>
        </message>
    </context>
</TS>

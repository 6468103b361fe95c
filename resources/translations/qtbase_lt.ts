<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Pritaikyti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pagalba</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e viskam</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias reikšmes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti bandymą</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Išsaugoti visus</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;viskam</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Atšaukti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Uždaryti</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Gerai</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Uždaryti neišsaugojus</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Kas tai?</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Baigti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Toliau</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Toliau &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; At&amp;gal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Patvirtinti</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tęsti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Baigta</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Grįžti atgal</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pagalba</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Apie „Qt“&lt;/h3&gt;&lt;p&gt;Ši programa naudoja „Qt %1“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Apie „Qt“</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Glausčiau…</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Išsamiau…</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Įveskite reikšmę:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>A&amp;tstatyti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopijuoti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Į&amp;dėti</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>A&amp;tstatyti</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anuliuoti</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopijuoti &amp;saito adresą</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Iški&amp;rpti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pažymėti viską</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pažymėti &amp;viską</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Padidinti</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Pa&amp;mažinti</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Apačia</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Kairysis kraštas</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Puslapis žemyn</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Puslapis kairėn</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Puslapis dešinėn</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Puslapis aukštyn</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Dešinysis kraštas</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Slinkti žemyn</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Slinkti į čia</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Slinkti kairėn</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Slinkti dešinėn</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Slinkti aukštyn</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Viršus</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Aplankas nerastas.
Įsitikinkite, jog nurodėte teisingą aplanko vardą.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Failas nerastas.
Įsitikinkite, jog nurodėte teisingą failo vardą.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 jau egzistuoja.
Ar norite jį pakeisti?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Pasi&amp;rinkti</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Pa&amp;šalinti</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Vieta:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Naujas aplankas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Atidaryti</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Per&amp;vardyti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Išsaugoti</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>„%1“ yra apsaugotas nuo rašymo.
Ar vis tiek norite jį pašalinti?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Visi failai (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Ar tikrai norite pašalinti „%1“?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atgal</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Aplanko turinį rodyti kaip sąrašą su išsamia informacija</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Aplanko turinį rodyti kaip paprastą sąrašą</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nepavyko pašalinti aplanko.</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Sukurti naują aplanką</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Kurti naują aplanką</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Rodyti išsamią informaciją</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Aplankai</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Aplankas:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Failo vardas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Failai</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Failų &amp;tipas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Ieškoti aplanko</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pirmyn</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Grįžti atgal</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Eiti pirmyn</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Eiti į vienu lygiu aukštesnį aplanką</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Vietų ir žymių sąrašas</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Rodyti sąrašą</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Naujas aplankas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Vienu lygiu aukščiau</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Paskiausios vietos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Išsaugoti kaip</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Rodyti </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Rodyti pa&amp;slėptus failus</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Šoninis skydelis</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Kompiuteris</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Modifikavimo data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipas</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Kompiuteris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dydis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipas</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Failas „%1“ jau yra.
Ar norite jį perrašyti?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 užrašyta netaisyklingai. Puslapius ir intervalus skirkite kableliu „,“, intervalą žymėkite brūkšneliu „-“; intervalai neturi persidengti.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>„%1“ yra katalogas.
Pasirinkite kitą failo vardą.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Parinktys &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Parinktys &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Spausdinti</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Visi puslapiai</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Iš apačios į viršų, iš kairės į dešinę</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Iš apačios į viršų, iš dešinės į kairę</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Dvipusio spausdinimo nuostatų nesuderinamumas</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Lyginiai puslapiai</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Į failą „%1“ rašyti neleidžiama.
Pasirinkite kitą failo vardą.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Netinkamai nurodyti puslapiai</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Iš kairės į dešinę, iš apačios į viršų</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Iš kairės į dešinę, iš viršaus į apačią</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>vietinis failas</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Nelyginiai puslapiai</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>Parinkčių „Puslapių lape“ ir „Puslapių rinkinys“ negalima naudoti kartu.
Išjunkite vieną iš jų.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Spausdinimas</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Spausdinti į failą (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Parinkite failą, į kurį norite spausdinti</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Iš dešinės į kairę, iš apačios į viršų</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Iš dešinės į kairę, iš viršaus į apačią</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Reikšmė „nuo“ negali būti didesnė už reikšmę „iki“.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Dvipusio spausdinimo nuostatos nesuderintos. Ar norite jas pataisyti?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Iš viršaus į apačią, iš kairės į dešinę</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Iš viršaus į apačią, iš dešinės į kairę</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Rašyti PDF failą</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Puslapis</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Kai kurios parinktys nesuderintos. Pataisykite jas.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Sugrupuoti</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Spausdinti spalvotai</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Spalvų pateikimas</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopijos</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopijos:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Tik šį puslapį</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dvipusis spausdinimas</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Spausdinti nespalvotai</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Įrišimas per ilgąją kraštinę</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Išjungta</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Parinktys</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Išvesties parinktys</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Puslapių &amp;rinkinys:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Puslapiai</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Puslapius nuo</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Spausdinti viską</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Spaudinio apimtis</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Sp. atvirkštine tvarka</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pažymėtą sritį</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Įrišimas per trumpąją kraštinę</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nurodykite puslapius ar intervalus, atskirtus kableliais. Intervalą sudaro du skaičiai, atskirti brūkšneliu. Pvz.: 3,5-7,9 spausdina 3, 5, 6, 7 ir 9 puslapius.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>iki</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vieta:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Išvesties &amp;failas:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Nuostatos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Peržiūra</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipas:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translation>apatinė paraštė</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Ciceronas (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Pasirinktinis</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Aukštis:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>col.</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Coliai (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Gulsčias</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>kairioji paraštė</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Paraštės</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetrai (mm)</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientacija</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Puslapių &amp;tvarka:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Puslapio išdėstymas</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Popieriaus dydis:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Puslapių &amp;lape:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Popierius</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Popieriaus šaltinis:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pika (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Taškai (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stačias</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Apverstas gulsčias</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Apverstas stačias</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>dešinioji paraštė</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>viršutinė paraštė</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Plotis:</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Eksportuoti PDF formatu</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Pirmas puslapis</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Priderinti mastelį prie lapo dydžio</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Priderinti mastelį prie lapo pločio</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Gulsčias lapas</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Paskutinis puslapis</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Kitas puslapis</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Puslapio parinktys</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Puslapio parinktys</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stačias lapas</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Ankstesnis puslapis</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Spausdinti</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Spaudinio peržiūra</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Rodyti kaip knygą</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Rodyti visų puslapių apžvalgą</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Rodyti vieną puslapį</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Pritraukti</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Atitraukti</translation>
    </message>
</context>
</TS>

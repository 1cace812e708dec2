<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advice</name>
    <message>
        <location filename="../core/advice.cpp" line="+46"/>
        <source>You already work to a plan</source>
        <translation>Sie arbeiten bereits nach Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer than one in four small businesses use social media as part of a planned strategy. If you are one of them, you are ahead of most of your peers and probably of several competitors.

Protect that lead: review your goals every quarter, drop channels that bring nothing, and keep posting on a schedule even in busy weeks. A plan that is not kept up quietly turns back into ad hoc use.</source>
        <translation>Nicht einmal jedes vierte kleine Unternehmen nutzt soziale Medien im Rahmen einer geplanten Strategie. Wenn Sie dazugehören, sind Sie den meisten Betrieben Ihrer Größe voraus – und vermutlich auch manchem Mitbewerber.

Halten Sie diesen Vorsprung: Prüfen Sie Ihre Ziele jedes Quartal, geben Sie Kanäle auf, die nichts bringen, und veröffentlichen Sie auch in vollen Wochen nach Plan. Ein Plan, der nicht gepflegt wird, wird unbemerkt wieder zur Nutzung nach Gelegenheit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You use social media, but without a plan</source>
        <translation>Sie nutzen soziale Medien, aber ohne Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using social media now and then still puts you ahead of the nearly half of small businesses that don&apos;t use it at all.

The next step is a simple written plan: what you want to achieve (more enquiries, repeat customers, a known name in your area), how you will do it (one or two channels, a fixed rhythm, who is responsible) and why it pays off. Measure one figure per goal and look at it once a month.</source>
        <translation>Auch wer soziale Medien nur ab und zu nutzt, ist der knappen Hälfte der kleinen Unternehmen voraus, die sie gar nicht nutzt.

Der nächste Schritt ist ein einfacher schriftlicher Plan: was Sie erreichen wollen (mehr Anfragen, Stammkunden, einen bekannten Namen in Ihrer Gegend), wie Sie es tun (ein oder zwei Kanäle, ein fester Rhythmus, eine zuständige Person) und warum es sich lohnt. Messen Sie je Ziel eine Kennzahl und sehen Sie sie einmal im Monat an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You don&apos;t use social media yet</source>
        <translation>Sie nutzen noch keine sozialen Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not alone, but the group is shrinking: the share of small businesses without social media is falling year by year.

Start small. Find out where your customers already talk (ask them), claim your business profile there, and answer questions and reviews. One channel done well is better than five left empty. Give it an hour a week for three months, then decide with what you have learnt.</source>
        <translation>Sie sind nicht allein, aber die Gruppe wird kleiner: Der Anteil der kleinen Unternehmen ohne soziale Medien sinkt von Jahr zu Jahr.

Fangen Sie klein an. Finden Sie heraus, wo Ihre Kunden sich schon austauschen (fragen Sie sie), legen Sie dort ein Unternehmensprofil an und beantworten Sie Fragen und Bewertungen. Ein gut gepflegter Kanal ist besser als fünf verwaiste. Geben Sie ihm drei Monate lang eine Stunde pro Woche und entscheiden Sie dann mit dem, was Sie gelernt haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For consultants, agencies and technology vendors</source>
        <translation>Für Berater, Agenturen und Technologieanbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The businesses that use social media ad hoc are your easiest customers: they already believe it is worth something, but lack a roadmap.

Offer them exactly that: what to do, how to do it and why, and tools that fit social media into their daily work and take manual effort off their hands. Aim your messages and packages at this group first.</source>
        <translation>Die Unternehmen, die soziale Medien nach Gelegenheit nutzen, sind Ihre leichtesten Kunden: Sie sind vom Nutzen schon überzeugt, aber ihnen fehlt ein Fahrplan.

Bieten Sie genau das an: was zu tun ist, wie und warum – und Werkzeuge, die soziale Medien in den Arbeitsalltag einfügen und Handarbeit abnehmen. Richten Sie Ihre Botschaften und Angebote zuerst an diese Gruppe.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../ui/advice/advicepanel.cpp" line="+50"/>
        <location line="+7"/>
        <source>What this means for your business</source>
        <translation>Was das für Ihr Unternehmen bedeutet</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Advice</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+26"/>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is not enough memory for an image of %1×%2 pixels</source>
        <translation>für ein Bild mit %1×%2 Pixeln reicht der Speicher nicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the PDF writer could not start</source>
        <translation>die PDF-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PDF could not be completed</source>
        <translation>das PDF ließ sich nicht fertigstellen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the study has no survey wave %1</source>
        <translation>die Studie hat keine Befragungswelle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the size %1×%2 is outside 1–20000 pixels</source>
        <translation>die Größe %1×%2 liegt außerhalb von 1–20000 Pixeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scale factor must be between 0.5 and 4</source>
        <translation>der Skalierungsfaktor muss zwischen 0,5 und 4 liegen</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <location filename="../ui/charts/chartfactory.cpp" line="+73"/>
        <source>Share of respondents (%)</source>
        <translation>Anteil der Befragten (%)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+85"/>
        <source>Survey wave</source>
        <translation>Befragungswelle</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not reported for %1: %2</source>
        <translation>Für %1 nicht erhoben: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gaps in a line mark figures the study did not report.</source>
        <translation>Lücken in einer Linie stehen für Werte, die die Studie nicht angibt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+18"/>
        <source>Chart of the Week: survey charts with advice.</source>
        <translation>Chart der Woche: Umfragediagramme mit Empfehlungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;export&quot; writes a chart to a file; without a command the window opens.</source>
        <translation>„export“ schreibt ein Diagramm in eine Datei; ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the study database FILE instead of the default one.</source>
        <translation>Die Studiendatenbank DATEI statt der üblichen verwenden.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command &quot;%1&quot;; the only command is &quot;export&quot; (see --help).</source>
        <translation>Unbekannter Befehl „%1“; der einzige Befehl ist „export“ (siehe --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes one chart of the study to a PNG or PDF file, without a display.</source>
        <translation>Schreibt ein Diagramm der Studie in eine PNG- oder PDF-Datei, ohne Bildschirm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which chart: bar or trend (default: bar).</source>
        <translation>Welches Diagramm: bar (Balken) oder trend (Verlauf); Vorgabe: bar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey wave of the bar chart (default: the newest).</source>
        <translation>Befragungswelle des Balkendiagramms (Vorgabe: die neueste).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the texts and numbers (default: the app&apos;s).</source>
        <translation>Sprache der Texte und Zahlen (Vorgabe: die der App).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File format (default: from the file name).</source>
        <translation>Dateiformat (Vorgabe: aus dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG size in pixels (default: 1600x900).</source>
        <translation>PNG-Größe in Pixeln (Vorgabe: 1600x900).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG scale factor for high-DPI screens, 0.5–4 (default: 1).</source>
        <translation>PNG-Skalierung für hochauflösende Bildschirme, 0,5–4 (Vorgabe: 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unexpected argument &quot;%1&quot; for export.</source>
        <translation>Unerwartetes Argument „%1“ für export.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--chart: expected bar or trend, got &quot;%1&quot;.</source>
        <translation>--chart: erwartet bar oder trend, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wave: expected a year such as 2012, got &quot;%1&quot;.</source>
        <translation>--wave: erwartet eine Jahreszahl wie 2012, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang: expected de or en, got &quot;%1&quot;.</source>
        <translation>--lang: erwartet de oder en, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format: expected png or pdf, got &quot;%1&quot;.</source>
        <translation>--format: erwartet png oder pdf, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got &quot;%1&quot;.</source>
        <translation>--size: erwartet BREITExHÖHE mit je 1–20000 Pixeln, etwa 1600x900, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--scale: expected a number from 0.5 to 4, got &quot;%1&quot;.</source>
        <translation>--scale: erwartet eine Zahl von 0.5 bis 4, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs an output file: -o FILE.</source>
        <translation>export braucht eine Ausgabedatei: -o DATEI.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .png or .pdf file or use --format.</source>
        <translation>Das Format von „%1“ ist nicht erkennbar; geben Sie eine .png- oder .pdf-Datei an oder nutzen Sie --format.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+28"/>
        <location line="+85"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector, A4 landscape)</source>
        <translation>PDF-Dokument (Vektor, A4 quer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chart-of-the-week</source>
        <translation>chart-der-woche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;cale (high-DPI):</source>
        <translation>S&amp;kalierung (HiDPI):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/language.cpp" line="+95"/>
        <source>Cannot load the translation %1.</source>
        <translation>Die Übersetzung %1 lässt sich nicht laden.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="+80"/>
        <source>Search title or source…</source>
        <translation>Titel oder Quelle suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new study for next week&apos;s chart</source>
        <translation>Eine neue Studie für das Chart der nächsten Woche anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected study (Ctrl+Z brings it back)</source>
        <translation>Die ausgewählte Studie löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library of charts</source>
        <translation>Bibliothek der Charts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+198"/>
        <location line="+30"/>
        <location line="+117"/>
        <source>Chart of the Week</source>
        <translation>Chart der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Study</source>
        <translation>&amp;Neue Studie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG or PDF (Ctrl+E)</source>
        <translation>Diagramm als PNG oder PDF exportieren (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bar Chart</source>
        <translation>&amp;Balkendiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments of one survey wave (Ctrl+1)</source>
        <translation>Segmente einer Befragungswelle (Strg+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trend Chart</source>
        <translation>&amp;Verlaufsdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares across the survey waves (Ctrl+2)</source>
        <translation>Anteile über die Befragungswellen (Strg+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Chart of the Week</source>
        <translation>Ü&amp;ber Chart der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey &amp;wave:</source>
        <translation>Befragungs&amp;welle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The survey wave the bar chart shows</source>
        <translation>Die Befragungswelle, die das Balkendiagramm zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Chart of the Week</source>
        <translation>Über Chart der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of the Week %1

Turns survey data into a weekly chart with advice.

%2</source>
        <translation>Chart der Woche %1

Macht aus Umfragedaten ein wöchentliches Diagramm mit Empfehlungen.

%2</translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <location filename="../ui/export/pngencoder.cpp" line="+115"/>
        <source>the PNG encoder could not start</source>
        <translation>der PNG-Encoder ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the PNG encoder failed: %1</source>
        <translation>der PNG-Encoder meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../ui/data/sharetablemodel.cpp" line="+191"/>
        <source>Name (English)</source>
        <translation>Name (Englisch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (German)</source>
        <translation>Name (Deutsch)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Segment %1: the name must not be empty.</source>
        <translation>Segment %1: Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename segment %1</source>
        <translation>Segment %1 umbenennen</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location line="-137"/>
        <source>Unknown: the study does not report this share.</source>
        <translation>Unbekannt: Die Studie gibt diesen Anteil nicht an.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not a number in German format (e.g. 24,5).</source>
        <translation>„%1“ ist keine Zahl im deutschen Format (z. B. 24,5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number in English format (e.g. 24.5).</source>
        <translation>„%1“ ist keine Zahl im englischen Format (z. B. 24.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside 0–100.</source>
        <translation>%1 liegt außerhalb von 0–100.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Survey wave %1, %2: %3</source>
        <translation>Befragungswelle %1, %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit share %1, %2</source>
        <translation>Anteil %1, %2 ändern</translation>
    </message>
</context>
<context>
    <name>StudyDatabase</name>
    <message>
        <location filename="../core/studydatabase.cpp" line="+155"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQLite-Treiber ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a Chart of the Week database, or it is damaged: %2</source>
        <translation>%1 ist keine Datenbank von Chart der Woche oder sie ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Starting a transaction</source>
        <translation>Beginn einer Transaktion</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating the tables</source>
        <translation>Anlegen der Tabellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Writing the schema version</source>
        <translation>Schreiben der Schemaversion</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Saving the new database</source>
        <translation>Speichern der neuen Datenbank</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+19"/>
        <source>%1 is an SQLite database of another application; Chart of the Week leaves it untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung; Chart der Woche lässt sie unverändert.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 stammt von einer neueren Version von Chart der Woche (Schema %2; diese Version liest bis %3). Aktualisieren Sie die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no valid schema version.</source>
        <translation>%1 hat keine gültige Schemaversion.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Looking for the seed study</source>
        <translation>Suche nach der Startstudie</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Saving the seed study</source>
        <translation>Speichern der Startstudie</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 needs an update of its schema, but the backup copy %2 can&apos;t be written; the database was left unchanged.</source>
        <translation>%1 braucht ein neues Schema, aber die Sicherungskopie %2 lässt sich nicht schreiben; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Updating the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The study &quot;%1&quot; was not saved: %2</source>
        <translation>Die Studie „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Saving the study</source>
        <translation>Speichern der Studie</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+81"/>
        <source>Saving the study &quot;%1&quot;</source>
        <translation>Speichern der Studie „%1“</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+6"/>
        <source>Deleting the study %1</source>
        <translation>Löschen der Studie %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleting the figures of study %1</source>
        <translation>Löschen der Werte der Studie %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation>Speichern des Segments „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the survey wave %1</source>
        <translation>Speichern der Befragungswelle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the shares of the survey wave %1</source>
        <translation>Speichern der Anteile der Befragungswelle %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Listing the studies</source>
        <translation>Auflisten der Studien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up the study &quot;%1&quot;</source>
        <translation>Suche nach der Studie „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no study &quot;%2&quot;.</source>
        <translation>%1 enthält keine Studie „%2“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the study %1</source>
        <translation>Lesen der Studie %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+22"/>
        <location line="+158"/>
        <source>%1 has no study with the id %2.</source>
        <translation>%1 enthält keine Studie mit der ID %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the segments of study %1</source>
        <translation>Lesen der Segmente der Studie %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, table study, row %2, field baseline_position: %3 names no segment.</source>
        <translation>%1, Tabelle study, Zeile %2, Feld baseline_position: %3 bezeichnet kein Segment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the survey waves of study %1</source>
        <translation>Lesen der Befragungswellen der Studie %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the shares of study %1</source>
        <translation>Lesen der Anteile der Studie %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, table segment_share, wave %2, segment &quot;%3&quot;, field share_percent: &quot;%4&quot; is not a number.</source>
        <translation>%1, Tabelle segment_share, Welle %2, Segment „%3“, Feld share_percent: „%4“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>StudyEditor</name>
    <message>
        <location filename="../ui/data/studyeditor.cpp" line="+113"/>
        <source>Edit title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit publisher</source>
        <translation>Herausgeber ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit source</source>
        <translation>Quelle ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit topic (English)</source>
        <translation>Thema (Englisch) ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit topic (German)</source>
        <translation>Thema (Deutsch) ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit headline (English)</source>
        <translation>Schlagzeile (Englisch) ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit headline (German)</source>
        <translation>Schlagzeile (Deutsch) ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit publication year</source>
        <translation>Erscheinungsjahr ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Edit chart week</source>
        <translation>Chart-Woche ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit multiple answers</source>
        <translation>Mehrfachantworten ändern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit notes</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication &amp;year:</source>
        <translation>Erscheinungs&amp;jahr:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic (&amp;English):</source>
        <translation>Thema (&amp;Englisch):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic (&amp;German):</source>
        <translation>Thema (&amp;Deutsch):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline (E&amp;nglish):</source>
        <translation>Schlagzeile (E&amp;nglisch):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline (Ger&amp;man):</source>
        <translation>Schlagzeile (Deu&amp;tsch):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart &amp;week:</source>
        <translation>Chart-&amp;Woche:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for the week of</source>
        <translation>Geplant für die Woche vom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple answers allowed (shares need not add up to 100)</source>
        <translation>Mehrfachantworten möglich (Anteile müssen nicht 100 ergeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Empty: generated from the figures</source>
        <translation>Leer: wird aus den Werten erzeugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Wave…</source>
        <translation>&amp;Welle hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Wave</source>
        <translation>Welle entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Se&amp;gment</source>
        <translation>Se&amp;gment hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Segment</source>
        <translation>Segment entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares in percent: survey waves by segments</source>
        <translation>Anteile in Prozent: Befragungswellen nach Segmenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The title must not be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add Survey Wave</source>
        <translation>Befragungswelle hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year of the survey wave:</source>
        <translation>Jahr der Befragungswelle:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The survey wave %1 exists already.</source>
        <translation>Die Befragungswelle %1 gibt es schon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add survey wave %1</source>
        <translation>Befragungswelle %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove survey wave %1</source>
        <translation>Befragungswelle %1 entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove segment &quot;%1&quot;</source>
        <translation>Segment „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>StudyLibrary</name>
    <message>
        <location filename="../ui/library/studylibrary.cpp" line="+161"/>
        <source>New study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher, title of the study, year</source>
        <translation>Herausgeber, Titel der Studie, Jahr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>StudyListModel</name>
    <message>
        <location filename="../ui/library/studylistmodel.cpp" line="+65"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, week %2</source>
        <translation>%1, KW %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart week</source>
        <translation>Chart-Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey waves</source>
        <translation>Befragungswellen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="+24"/>
        <source>The survey wave %1 appears more than once.</source>
        <translation>Die Befragungswelle %1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The survey wave %1 has %2 shares, but the study has %3 segments.</source>
        <translation>Die Befragungswelle %1 hat %2 Anteile, die Studie aber %3 Segmente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Survey wave %1, segment &quot;%2&quot;: the share %3 is outside 0–100.</source>
        <translation>Befragungswelle %1, Segment „%2“: Der Anteil %3 liegt außerhalb von 0–100.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Survey wave %1: the known shares add up to %2, more than 100.</source>
        <translation>Befragungswelle %1: Die bekannten Anteile ergeben zusammen %2, mehr als 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey wave %1: the shares add up to %2 instead of 100.</source>
        <translation>Befragungswelle %1: Die Anteile ergeben zusammen %2 statt 100.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+32"/>
        <source>chartweek: --wave: the study has no survey wave %1 (it has %2).</source>
        <translation>chartweek: --wave: Die Studie hat keine Befragungswelle %1 (sie hat %2).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot Open the Database</source>
        <translation>Datenbank lässt sich nicht öffnen</translation>
    </message>
</context>
</TS>

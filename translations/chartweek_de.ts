<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advice</name>
    <message>
        <location filename="../core/advice.cpp" line="+213"/>
        <source>consultants, agencies and vendors</source>
        <translation>Berater, Agenturen und Anbieter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The advice for &quot;%1&quot; has no %2 text.</source>
        <translation>Die Empfehlung für „%1“ hat keinen Text auf %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 advice for &quot;%2&quot; is older than the %3 text.</source>
        <translation>Die Empfehlung für „%2“ auf %1 ist älter als der Text auf %3.</translation>
    </message>
</context>
<context>
    <name>AdviceEditor</name>
    <message>
        <location filename="../ui/data/adviceeditor.cpp" line="+98"/>
        <source>Advice &amp;for:</source>
        <translation>Empfehlung &amp;für:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the app writes a short text from the figures.</source>
        <translation>Leer: Die App schreibt einen kurzen Text aus den Werten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Überschrift (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice text (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Empfehlungstext (%1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Edit advice (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Empfehlung (%1) bearbeiten</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Consultants, agencies and vendors</source>
        <translation>Berater, Agenturen und Anbieter</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../ui/advice/advicepanel.cpp" line="+35"/>
        <location line="+8"/>
        <source>What this means for your business</source>
        <translation>Was das für Ihr Unternehmen bedeutet</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Advice</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Advice for each kind of business; selecting a bar highlights its section</source>
        <translation>Empfehlungen für jede Art von Unternehmen; ein ausgewählter Balken hebt seinen Abschnitt hervor</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <location filename="../ui/export/batchexport.cpp" line="+132"/>
        <source>A file name made from the study &quot;%1&quot; would lie outside the chosen folder.</source>
        <translation>Ein aus der Studie „%1“ gebildeter Dateiname läge außerhalb des gewählten Ordners.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>BrandThemeDialog</name>
    <message>
        <location filename="../ui/theme/brandthemedialog.cpp" line="+52"/>
        <source>Choose &amp;Logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Logo</source>
        <translation>Logo &amp;entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brand Theme</source>
        <translation>Markendesign</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours the first segment of every chart</source>
        <translation>Färbt das erste Segment jedes Diagramms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours the second segment of every chart</source>
        <translation>Färbt das zweite Segment jedes Diagramms</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Primary colour:</source>
        <translation>&amp;Primärfarbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Secondary colour:</source>
        <translation>&amp;Sekundärfarbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Font:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every export and the presentation use these in the brand theme. They are stored in the database, so everyone who uses it shares them.</source>
        <translation>Im Markendesign verwenden jeder Export und die Präsentation diese Vorgaben. Sie liegen in der Datenbank, sodass alle, die mit ihr arbeiten, sie teilen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo, the standard colours and font</source>
        <translation>Kein Logo, die Standardfarben und -schrift</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secondary colour</source>
        <translation>Sekundärfarbe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard palette</source>
        <translation>Standardpalette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 %2 has a contrast of only %3:1 against the white background; bars in it are hard to see.</source>
        <translation>Die %1 %2 hat vor dem weißen Hintergrund nur einen Kontrast von %3:1; Balken in dieser Farbe sind schwer zu erkennen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+10"/>
        <source>Cannot use %1 as the logo: %2</source>
        <translation>%1 lässt sich nicht als Logo verwenden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot use %1 as the logo: %2.</source>
        <translation>%1 lässt sich nicht als Logo verwenden: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.png *.svg *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Primary Colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary Colour</source>
        <translation>Sekundärfarbe</translation>
    </message>
</context>
<context>
    <name>ChartClipboard</name>
    <message>
        <location filename="../ui/export/chartclipboard.cpp" line="+35"/>
        <location line="+5"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Share %1 (%)</source>
        <translation>Anteil %1 (%)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+38"/>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is not enough memory for an image of %1×%2 pixels</source>
        <translation>für ein Bild mit %1×%2 Pixeln reicht der Speicher nicht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the PDF writer could not start</source>
        <translation>die PDF-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be completed</source>
        <translation>das PDF ließ sich nicht fertigstellen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+220"/>
        <source>the SVG writer could not start</source>
        <translation>die SVG-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1, %2: %3</source>
        <comment>an annotation on a slide: series, survey wave, note</comment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../core/exportformat.cpp" line="+39"/>
        <source>Standard (1600 × 900)</source>
        <translation>Standard (1600 × 900)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, landscape (1200 × 675)</source>
        <translation>Soziale Medien, quer (1200 × 675)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, square (1080 × 1080)</source>
        <translation>Soziale Medien, quadratisch (1080 × 1080)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, portrait (1080 × 1350)</source>
        <translation>Social Media, Hochformat (1080 × 1350)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media and slides, full HD (1920 × 1080)</source>
        <translation>Social Media und Folien, Full HD (1920 × 1080)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter landscape</source>
        <translation>US-Letter quer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter portrait</source>
        <translation>US-Letter hoch</translation>
    </message>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+23"/>
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
        <location filename="../ui/charts/chartfactory.cpp" line="+1309"/>
        <source>Not reported for %1: %2</source>
        <translation>Für %1 nicht erhoben: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2</source>
        <extracomment>A wave&apos;s year and the line&apos;s share in it, e.g. &quot;2011 56%&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <extracomment>A trend line&apos;s name and its points, e.g. &quot;No social media: 2011 56%, 2012 47%&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-1093"/>
        <location line="+1078"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../ui/charts/chartpage.cpp" line="+85"/>
        <location line="+63"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Chart: %1</source>
        <translation>Grafik: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+246"/>
        <source>Chart of the Week: survey charts with advice.</source>
        <translation>Chart der Woche: Umfragediagramme mit Empfehlungen.</translation>
    </message>
    <message>
        <location line="+311"/>
        <source>Which chart: bar or trend (default: bar).</source>
        <translation>Welches Diagramm: bar (Balken) oder trend (Verlauf); Vorgabe: bar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey wave of the bar chart (default: the newest).</source>
        <translation>Befragungswelle des Balkendiagramms (Vorgabe: die neueste).</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Adds the studies of a CSV, XLSX, ODS or JSON file to the library and prints their ids. Nothing is added when any row is rejected.</source>
        <translation>Fügt die Studien einer CSV-, XLSX-, ODS- oder JSON-Datei der Bibliothek hinzu und gibt ihre IDs aus. Wird eine Zeile abgelehnt, wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV, XLSX, ODS or JSON file.</source>
        <translation>Die CSV-, XLSX-, ODS- oder JSON-Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sheet of an XLSX or ODS file (default: the first one with cells).</source>
        <translation>Das Tabellenblatt einer XLSX- oder ODS-Datei (Standard: das erste mit Zellen).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Copies a whole library (every study with its advice and history, and the brand theme) into a new file or an empty team library, or back, and prints what it copied.</source>
        <translation>Kopiert eine ganze Bibliothek (jede Studie mit ihren Empfehlungen und ihrem Verlauf sowie das Markenthema) in eine neue Datei oder eine leere Teambibliothek oder zurück und gibt aus, was kopiert wurde.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writes the figures of one study as CSV (opens in Excel), XLSX (an Excel workbook) or as JSON (the whole study, for sharing).</source>
        <translation>Schreibt die Zahlen einer Studie als CSV (öffnet in Excel), XLSX (eine Excel-Arbeitsmappe) oder als JSON (die ganze Studie, zum Weitergeben).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, json or xlsx (default: from the file name).</source>
        <translation>csv, json oder xlsx (Vorgabe: aus dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--format: expected csv, json or xlsx, got &quot;%1&quot;.</source>
        <translation>--format: erwartet csv, json oder xlsx, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .csv, .json or .xlsx file or use --format.</source>
        <translation>Das Format von „%1“ ist nicht erkennbar; geben Sie eine .csv-, .json- oder .xlsx-Datei an oder nutzen Sie --format.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .png, .pdf, .svg, .html or .pptx file or use --format.</source>
        <translation>Das Format lässt sich aus „%1“ nicht ablesen; geben Sie eine .png-, .pdf-, .svg-, .html- oder .pptx-Datei an oder verwenden Sie --format.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Writes a PDF report (cover, every chart with its headline, the advice and the sources) or a PowerPoint deck of the same, without a display.</source>
        <translation>Schreibt einen PDF-Bericht (Titelseite, jedes Diagramm mit Schlagzeile, die Empfehlungen und die Quellen) oder dasselbe als PowerPoint-Präsentation, ohne Bildschirm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the report (default: the app&apos;s).</source>
        <translation>Sprache des Berichts (Vorgabe: die der App).</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Open one study file at a time, not %1.</source>
        <translation>Öffnen Sie jeweils nur eine Studiendatei, nicht %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown command &quot;%1&quot;; the commands are export, report, import, list, export-data and copy-library (see --help).</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind export, report, import, list, export-data und copy-library (siehe --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes one chart of the study to a PNG, PDF or SVG file, or with --all every chart in every format and language to a folder, without a display.</source>
        <translation>Schreibt ein Diagramm der Studie in eine PNG-, PDF- oder SVG-Datei oder mit --all jedes Diagramm in jedem Format und jeder Sprache in einen Ordner, ohne Bildschirm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the texts and numbers (default: the app&apos;s); with --all a list such as de,en.</source>
        <translation>Sprache der Texte und Zahlen (Vorgabe: die der App); mit --all eine Liste wie de,en.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --all: the formats to write, such as png,pdf,svg (default: png).</source>
        <translation>Mit --all: die zu schreibenden Formate, etwa png,pdf,svg (Vorgabe: png).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every chart (a bar chart per survey wave and the trend chart) into the folder given by -o.</source>
        <translation>Jedes Diagramm (ein Balkendiagramm je Befragungswelle und das Verlaufsdiagramm) in den mit -o angegebenen Ordner schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG size in pixels (default: 1600x900).</source>
        <translation>PNG-Größe in Pixeln (Vorgabe: 1600x900).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG scale factor for high-DPI screens, 0.5–4 (default: 1).</source>
        <translation>PNG-Skalierung für hochauflösende Bildschirme, 0,5–4 (Vorgabe: 1).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--lang: expected de, en or a list such as de,en, got &quot;%1&quot;.</source>
        <translation>--lang: erwartet de, en oder eine Liste wie de,en, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--formats: expected a list of png, pdf, svg, html and pptx such as png,pdf,svg, got &quot;%1&quot;.</source>
        <translation>--formats: erwartet eine Liste aus png, pdf, svg, html und pptx wie png,pdf,svg, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use either --size or --preset, not both.</source>
        <translation>Verwenden Sie entweder --size oder --preset, nicht beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--preset: expected one of %1, got &quot;%2&quot;.</source>
        <translation>--preset: erwartet eines von %1, erhalten „%2“.</translation>
    </message>
    <message>
        <location line="-632"/>
        <source>The study: its id or exact title (default: the newest chart of the week).</source>
        <translation>Die Studie: ihre ID oder ihr genauer Titel (Vorgabe: das neueste Chart der Woche).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Text encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected; Windows-1252 only when asked for).</source>
        <translation>Zeichenkodierung: utf-8, utf-16le, utf-16be oder windows-1252 (Vorgabe: erkannt; Windows-1252 nur auf Wunsch).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>import needs a file: chartweek import FILE.</source>
        <translation>import braucht eine Datei: chartweek import DATEI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import takes one file, not %1.</source>
        <translation>import nimmt eine Datei, nicht %1.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>--locale: expected de or en, got &quot;%1&quot;.</source>
        <translation>--locale: erwartet de oder en, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Number notation of a CSV file: de (24,5) or en (24.5); default: detected from the file.</source>
        <translation>Zahlenschreibweise einer CSV-Datei: de (24,5) oder en (24.5); Vorgabe: aus der Datei erkannt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--encoding: expected utf-8, utf-16le, utf-16be or windows-1252, got &quot;%1&quot;.</source>
        <translation>--encoding: erwartet utf-8, utf-16le, utf-16be oder windows-1252, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists the library, one tab-separated line per study: id, chart week, title, survey waves; newest chart first.</source>
        <translation>Listet die Bibliothek auf, eine tabulatorgetrennte Zeile je Studie: ID, Chart-Woche, Titel, Befragungswellen; das neueste Chart zuerst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument &quot;%1&quot; for list.</source>
        <translation>Unerwartetes Argument „%1“ für list.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The library to copy: a study database file or a team library (postgresql://user@host:port/dbname).</source>
        <translation>Die zu kopierende Bibliothek: eine Studiendatenbank-Datei oder eine Teambibliothek (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to copy it: a new file or an empty team library.</source>
        <translation>Wohin kopiert wird: eine neue Datei oder eine leere Teambibliothek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot; for copy-library.</source>
        <translation>Unerwartetes Argument „%1“ für copy-library.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>copy-library takes its two libraries as --from and --to, not --database.</source>
        <translation>copy-library erwartet seine beiden Bibliotheken als --from und --to, nicht als --database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>copy-library needs both libraries: --from FILE|URI --to FILE|URI.</source>
        <translation>copy-library braucht beide Bibliotheken: --from DATEI|URI --to DATEI|URI.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV conventions: de (&quot;;&quot; and 24,5) or en (&quot;,&quot; and 24.5); default: the app&apos;s language.</source>
        <translation>CSV-Konventionen: de („;“ und 24,5) oder en („,“ und 24.5); Vorgabe: die Sprache der App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &quot;%1&quot; for export-data.</source>
        <translation>Unerwartetes Argument „%1“ für export-data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export-data needs an output file: -o FILE.</source>
        <translation>export-data braucht eine Ausgabedatei: -o DATEI.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>export (charts to files), report (a PDF report), import (CSV or JSON into the library), list (the library), export-data (a study as CSV or JSON), copy-library (a whole library to another); without a command the window opens, with a CSV or JSON file in its import preview.</source>
        <translation>export (Diagramme in Dateien), report (ein PDF-Bericht), import (CSV oder JSON in die Bibliothek), list (die Bibliothek), export-data (eine Studie als CSV oder JSON), copy-library (eine ganze Bibliothek in eine andere); ohne Befehl öffnet sich das Fenster, mit einer CSV- oder JSON-Datei in dessen Importvorschau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the study database FILE instead of the default one, or the team library on a PostgreSQL server: postgresql://user@host:port/dbname (the password from ~/.pgpass).</source>
        <translation>Die Studiendatenbank FILE statt der voreingestellten verwenden, oder die Teambibliothek auf einem PostgreSQL-Server: postgresql://benutzer@host:port/datenbank (das Passwort aus ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Look of the output: light, dark, or brand (the logo, colours and font stored in the database; default: light).</source>
        <translation>Aussehen der Ausgabe: light (hell), dark (dunkel) oder brand (Logo, Farben und Schrift aus der Datenbank); Vorgabe: light.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--theme: expected light, dark or brand, got &quot;%1&quot;.</source>
        <translation>--theme: erwartet light, dark oder brand, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--format with several formats takes one -o as the base of the file names.</source>
        <translation>--format mit mehreren Formaten nimmt ein -o als Grundlage der Dateinamen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With several -o the formats come from the file names; leave out --format.</source>
        <translation>Mit mehreren -o ergeben sich die Formate aus den Dateinamen; lassen Sie --format weg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is named twice.</source>
        <translation>„%1“ ist zweimal angegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument &quot;%1&quot; for %2.</source>
        <translation>Unerwartetes Argument „%1“ für %2.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>File format (default: from the file name); a list such as png,pdf writes one file per format from one -o base.</source>
        <translation>Dateiformat (Standard: aus dem Dateinamen); eine Liste wie png,pdf schreibt eine Datei je Format aus einer -o-Grundlage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A named size: %1 (PNG, SVG) or %2 (PDF).</source>
        <translation>Eine benannte Größe: %1 (PNG, SVG) oder %2 (PDF).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to write (with --all: the folder); several -o write several files of the same chart in one run.</source>
        <translation>Die zu schreibende Datei (mit --all: der Ordner); mehrere -o schreiben mehrere Dateien desselben Diagramms in einem Lauf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file (or folder) to write, instead of -o (after -- it may start with a dash).</source>
        <translation>Die Datei (oder der Ordner), die geschrieben wird, statt -o (nach -- darf sie mit einem Bindestrich beginnen).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 can&apos;t be combined with --all.</source>
        <translation>--%1 lässt sich nicht mit --all kombinieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--formats needs --all; for one file use --format.</source>
        <translation>--formats braucht --all; für eine einzelne Datei verwenden Sie --format.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--chart: expected bar or trend, got &quot;%1&quot;.</source>
        <translation>--chart: erwartet bar oder trend, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--wave: expected a year such as 2012, got &quot;%1&quot;.</source>
        <translation>--wave: erwartet eine Jahreszahl wie 2012, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>export --all writes into one folder; give -o once.</source>
        <translation>export --all schreibt in einen Ordner; geben Sie -o nur einmal an.</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+227"/>
        <source>--lang: expected de or en, got &quot;%1&quot;.</source>
        <translation>--lang: erwartet de oder en, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>The PDF or PowerPoint file to write.</source>
        <translation>Die PDF- oder PowerPoint-Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf (a report to read) or pptx (a deck to present, with native charts and the narrative and advice as speaker notes); default: from the file name.</source>
        <translation>pdf (ein Bericht zum Lesen) oder pptx (eine Präsentation zum Vortragen, mit echten PowerPoint-Diagrammen, Text und Empfehlungen als Notizen); Vorgabe: aus dem Dateinamen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The output file, instead of -o (after -- it may start with a dash).</source>
        <translation>Die Ausgabedatei, statt -o (nach -- darf sie mit einem Bindestrich beginnen).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>report needs an output file: -o FILE.pdf or -o FILE.pptx.</source>
        <translation>report braucht eine Ausgabedatei: -o DATEI.pdf oder -o DATEI.pptx.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format: expected pdf or pptx, got &quot;%1&quot;.</source>
        <translation>--format: erwartet pdf oder pptx, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is a PDF or a PowerPoint deck; name a .pdf or .pptx file instead of &quot;%1&quot; or use --format.</source>
        <translation>Der Bericht ist ein PDF oder eine PowerPoint-Präsentation; geben Sie statt „%1“ eine .pdf- oder .pptx-Datei an oder verwenden Sie --format.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>--format: expected png, pdf, svg, html or pptx, got &quot;%1&quot;.</source>
        <translation>--format: erwartet png, pdf, svg, html oder pptx, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got &quot;%1&quot;.</source>
        <translation>--size: erwartet BREITExHÖHE mit je 1–20000 Pixeln, etwa 1600x900, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--scale: expected a number from 0.5 to 4, got &quot;%1&quot;.</source>
        <translation>--scale: erwartet eine Zahl von 0.5 bis 4, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>export --all needs an output folder: -o FOLDER.</source>
        <translation>export --all braucht einen Ausgabeordner: -o ORDNER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export needs an output file: -o FILE.</source>
        <translation>export braucht eine Ausgabedatei: -o DATEI.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/library/conflictdialog.cpp" line="+20"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved by a Colleague</source>
        <translation>Von jemandem aus dem Team gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colleague saved “%1” after this window showed it. Keep your version to store it over theirs, or take theirs and drop your last change.</source>
        <translation>Jemand aus dem Team hat „%1“ gespeichert, nachdem dieses Fenster die Studie gezeigt hat. Behalten Sie Ihre Fassung, ersetzt sie die andere; übernehmen Sie die andere, wird Ihre letzte Änderung verworfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences between your version and theirs</source>
        <translation>Unterschiede zwischen Ihrer und der anderen Fassung</translation>
    </message>
</context>
<context>
    <name>ConnectTeamLibraryDialog</name>
    <message>
        <location filename="../ui/database/connectdialog.cpp" line="+34"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to Team Library</source>
        <translation>Mit Teambibliothek verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s library on a PostgreSQL server: everyone connected sees each other&apos;s changes as they are saved.</source>
        <translation>Die Bibliothek Ihres Teams auf einem PostgreSQL-Server: Alle Verbundenen sehen die Änderungen der anderen, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart of the Week never asks for or stores the password: it is read from ~/.pgpass (a line server:port:database:user:password, readable only by you).</source>
        <translation>Chart der Woche fragt nie nach dem Passwort und speichert es nie: Es wird aus ~/.pgpass gelesen (eine Zeile server:port:datenbank:benutzer:passwort, nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../core/csvimporter.cpp" line="+104"/>
        <source>Not enough memory to read the file.</source>
        <translation>Zu wenig Arbeitsspeicher, um die Datei zu lesen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The quotes in this line are malformed: a cell with a quote must be enclosed in quotes, and every quote inside it doubled (&quot;&quot;).</source>
        <translation>Die Anführungszeichen in dieser Zeile stimmen nicht: Eine Zelle mit einem Anführungszeichen muss selbst in Anführungszeichen stehen, und jedes Anführungszeichen darin muss verdoppelt sein (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A quoted cell that starts on this line is never closed.</source>
        <translation>Eine Zelle in Anführungszeichen, die in dieser Zeile beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The numbers of the file read differently in German and English notation (e.g. &quot;%1&quot;); choose the notation of the file.</source>
        <translation>Die Zahlen der Datei ergeben in deutscher und englischer Schreibweise verschiedene Werte (z. B. „%1“); wählen Sie die Schreibweise der Datei.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file contains the control character %1, which no text may hold.</source>
        <translation>Die Datei enthält das Steuerzeichen %1, das in keinem Text stehen darf.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The survey wave is missing.</source>
        <translation>Die Befragungswelle fehlt.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>The survey wave &quot;%1&quot; is not a year (four digits, e.g. 2012).</source>
        <translation>Die Befragungswelle „%1“ ist keine Jahreszahl (vier Ziffern, z. B. 2012).</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The formula&apos;s result is not saved in the file; open the file in Excel or LibreOffice and save it again.</source>
        <translation>Das Ergebnis der Formel ist nicht in der Datei gespeichert; öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cell holds the error value %1, not a share.</source>
        <translation>Die Zelle enthält den Fehlerwert %1, keinen Anteil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cell holds %1, not a share.</source>
        <translation>Die Zelle enthält %1, keinen Anteil.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported study</source>
        <translation>Importierte Studie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The study name is missing.</source>
        <translation>Der Name der Studie fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The segment name is missing.</source>
        <translation>Der Name des Segments fehlt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The study &quot;%1&quot; is marked both as a multiple-answer question and as not one.</source>
        <translation>Die Studie „%1“ ist zugleich als Frage mit und ohne Mehrfachnennungen markiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survey wave %1, segment &quot;%2&quot; appears again (first on line %3).</source>
        <translation>Befragungswelle %1, Segment „%2“ kommt noch einmal vor (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The header has no segment name in column %1.</source>
        <translation>In der Kopfzeile fehlt in Spalte %1 der Name des Segments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The segment &quot;%1&quot; appears twice in the header (columns %2 and %3).</source>
        <translation>Das Segment „%1“ steht zweimal in der Kopfzeile (Spalten %2 und %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The survey wave %1 appears again (first on line %2).</source>
        <translation>Die Befragungswelle %1 kommt noch einmal vor (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+82"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The cells of the first row are not separated by a comma, semicolon or tab.</source>
        <translation>Die Zellen der ersten Zeile sind weder durch Komma noch durch Semikolon oder Tabulator getrennt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This row has %1 cells, but the header has %2.</source>
        <translation>Diese Zeile hat %1 Zellen, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file needs at least two columns.</source>
        <translation>Die Datei braucht mindestens zwei Spalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has a header but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The column &quot;%1&quot; is not one of study, wave, segment, share and multiple answers.</source>
        <translation>Die Spalte „%1“ ist keine der Spalten Studie, Welle, Segment, Anteil und Mehrfachnennungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The cells %1 are merged: unmerge them, so that every column has its own cells.</source>
        <translation>Die Zellen %1 sind verbunden: Heben Sie die Verbindung auf, damit jede Spalte eigene Zellen hat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Column %1 is hidden in the sheet but holds cells: show it or delete it before importing.</source>
        <translation>Spalte %1 ist im Tabellenblatt ausgeblendet, enthält aber Zellen: Blenden Sie sie vor dem Import ein oder löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1 is hidden in the sheet and is not imported.</source>
        <translation>Zeile %1 ist im Tabellenblatt ausgeblendet und wird nicht importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows %1 to %2 are hidden in the sheet and are not imported.</source>
        <translation>Die Zeilen %1 bis %2 sind im Tabellenblatt ausgeblendet und werden nicht importiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cell contains the control character %1, which no text may hold.</source>
        <translation>Die Zelle enthält das Steuerzeichen %1, das in keinem Text stehen darf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The spreadsheet has no sheet named &quot;%1&quot;.</source>
        <translation>Die Tabelle hat kein Tabellenblatt namens „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sheet is empty.</source>
        <translation>Das Tabellenblatt ist leer.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../ui/database/databasedialog.cpp" line="+20"/>
        <source>&amp;Open Another File…</source>
        <translation>Andere Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create New Database…</source>
        <translation>Neue Datenbank &amp;anlegen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Open the Database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of the Week databases (*.sqlite);;All files (*)</source>
        <translation>Datenbanken von Chart der Woche (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create New Database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of the Week databases (*.sqlite)</source>
        <translation>Datenbanken von Chart der Woche (*.sqlite)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 already exists. Choose a new name for the new database; the existing file is left as it is.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Namen für die neue Datenbank; die vorhandene Datei bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>DeckWriter</name>
    <message>
        <location filename="../core/pptxwriter.cpp" line="+677"/>
        <source>no temporary folder for the chart&apos;s workbook: %1</source>
        <translation>kein temporärer Ordner für die Arbeitsmappe der Grafik: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the chart&apos;s workbook could not be created</source>
        <translation>die Arbeitsmappe der Grafik konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the chart&apos;s workbook could not be written: %1</source>
        <translation>die Arbeitsmappe der Grafik konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+319"/>
        <location line="+8"/>
        <source>the deck could not be packed: %1</source>
        <translation>die Präsentation konnte nicht gepackt werden: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the deck has no slides</source>
        <translation>die Präsentation hat keine Folien</translation>
    </message>
</context>
<context>
    <name>DifferencesTable</name>
    <message>
        <location filename="../ui/library/differencestable.cpp" line="+34"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+155"/>
        <location line="+103"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (vector)</source>
        <translation>SVG-Bild (Vektor)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>chart-of-the-week</source>
        <translation>chart-der-woche</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The &lt;iframe&gt; code is on the clipboard.</source>
        <translation>Der &lt;iframe&gt;-Code ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;figure&gt; code is on the clipboard.</source>
        <translation>Der &lt;figure&gt;-Code ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Web page (HTML embed)</source>
        <translation>Webseite (HTML zum Einbetten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint slide (editable chart)</source>
        <translation>PowerPoint-Folie (bearbeitbares Diagramm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;iframe Code</source>
        <translation>&amp;iframe-Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts an &lt;iframe&gt; that shows the exported page on the clipboard</source>
        <translation>Legt ein &lt;iframe&gt;, das die exportierte Seite zeigt, in die Zwischenablage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Fi&amp;gure Code</source>
        <translation>Fi&amp;gure-Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the chart as a &lt;figure&gt; with its style on the clipboard, to paste into a page</source>
        <translation>Legt das Diagramm als &lt;figure&gt; mit seinem Stil in die Zwischenablage, zum Einfügen in eine Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed code:</source>
        <translation>Einbettungscode:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale (high-DPI):</source>
        <translation>S&amp;kalierung (HiDPI):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <location filename="../core/filewrite.cpp" line="+31"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/library/historydialog.cpp" line="+27"/>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study History</source>
        <translation>Verlauf der Studie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved versions, newest first</source>
        <translation>Gespeicherte Fassungen, die neueste zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the version changed</source>
        <translation>Was die Fassung geändert hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compared with:</source>
        <translation>&amp;Verglichen mit:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>before history was kept</source>
        <translation>vor Beginn des Verlaufs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This study has no saved versions yet: its history begins with its next save.</source>
        <translation>Von dieser Studie sind noch keine Fassungen gespeichert: Ihr Verlauf beginnt mit dem nächsten Speichern.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+15"/>
        <source>Version %1</source>
        <translation>Fassung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>HtmlEmbed</name>
    <message>
        <location filename="../ui/export/htmlembed.cpp" line="+87"/>
        <source>Segment</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/data/importdialog.cpp" line="+29"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Automatic (from the file)</source>
        <translation>Automatisch (aus der Datei)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>German (24,5 and 2.155)</source>
        <translation>Deutsch (24,5 und 2.155)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (24.5 and 2,155)</source>
        <translation>Englisch (24.5 und 2,155)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+187"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+186"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Na&amp;mes are in:</source>
        <translation>Na&amp;men sind auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (UTF-8, or UTF-16 with byte order mark)</source>
        <translation>Automatisch (UTF-8 oder UTF-16 mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (older Excel files)</source>
        <translation>Windows-1252 (ältere Excel-Dateien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbers in the file:</source>
        <translation>&amp;Zahlen in der Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is already in the library; importing it again adds a second copy.</source>
        <translation>„%1“ ist schon in der Bibliothek; ein erneuter Import legt eine zweite Kopie an.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Not yet translated into %1 (%n name(s), marked in the data editor): %2</source>
        <translation>
            <numerusform>Noch nicht übersetzt (%1, %n Name, im Dateneditor markiert): %2</numerusform>
            <numerusform>Noch nicht übersetzt (%1, %n Namen, im Dateneditor markiert): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>JSON study file</source>
        <translation>JSON-Studiendatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>OpenDocument-Tabelle (ODS)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>numbers: %1 (detected from “%2”)</source>
        <translation>Zahlen: %1 (erkannt an „%2“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers: %1 (chosen)</source>
        <translation>Zahlen: %1 (gewählt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers: the same in German and English</source>
        <translation>Zahlen: in Deutsch und Englisch gleich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers: ambiguous (“%1”), choose German or English</source>
        <translation>Zahlen: mehrdeutig („%1“), wählen Sie Deutsch oder Englisch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, sheet “%2”, %3, %4</source>
        <translation>%1, Tabellenblatt „%2“, %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV, %1%2, delimiter: %3%4, %5, %6</source>
        <translation>CSV, %1%2, Trennzeichen: %3%4, %5, %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> with byte order mark</source>
        <translation> mit Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from the sep= line)</source>
        <translation> (aus der sep=-Zeile)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>one row per survey wave</source>
        <translation>eine Zeile je Befragungswelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one row per share</source>
        <translation>eine Zeile je Anteil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey waves</source>
        <translation>Befragungswellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Nothing will be imported: %n problem(s) found. Fix the file or change the settings above.</source>
        <translation>
            <numerusform>Es wird nichts importiert: %n Problem gefunden. Korrigieren Sie die Datei oder ändern Sie die Einstellungen oben.</numerusform>
            <numerusform>Es wird nichts importiert: %n Probleme gefunden. Korrigieren Sie die Datei oder ändern Sie die Einstellungen oben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” (%n survey wave(s))</source>
        <translation>
            <numerusform>„%1“ (%n Befragungswelle)</numerusform>
            <numerusform>„%1“ (%n Befragungswellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ready to import %n study(ies): %1</source>
        <translation>
            <numerusform>Bereit zum Import von %n Studie: %1</numerusform>
            <numerusform>Bereit zum Import von %n Studien: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <location filename="../core/importlimits.cpp" line="+28"/>
        <source>The file is larger than %1 MB, the most an import reads.</source>
        <translation>Die Datei ist größer als %1 MB, das Höchstmaß für einen Import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has more than %1 rows, the most an import reads.</source>
        <translation>Die Datei hat mehr als %1 Zeilen, das Höchstmaß für einen Import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has more than %1 cells, the most an import reads.</source>
        <translation>Diese Zeile hat mehr als %1 Zellen, das Höchstmaß für einen Import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has more than %1 studies, the most an import reads.</source>
        <translation>Die Datei enthält mehr als %1 Studien, das Höchstmaß für einen Import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The study has more than %1 segments, the most a study may have.</source>
        <translation>Die Studie hat mehr als %1 Segmente, das Höchstmaß für eine Studie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The study has more than %1 survey waves, the most a study may have.</source>
        <translation>Die Studie hat mehr als %1 Befragungswellen, das Höchstmaß für eine Studie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is longer than %1 characters, the most it may have.</source>
        <translation>Der Text ist länger als %1 Zeichen, das Höchstmaß.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet unpacks to more than %1 MB, the most an import reads.</source>
        <translation>Die Tabelle entpackt sich zu mehr als %1 MB, dem Höchstmaß, das ein Import liest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spreadsheet has more than %1 parts, the most an import reads.</source>
        <translation>Die Tabelle hat mehr als %1 Teile, das Höchstmaß, das ein Import liest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spreadsheet has more than %1 cells with content, the most an import reads.</source>
        <translation>Die Tabelle hat mehr als %1 Zellen mit Inhalt, das Höchstmaß, das ein Import liest.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/language.cpp" line="+202"/>
        <source>Cannot load the translation %1.</source>
        <translation>Die Übersetzung %1 lässt sich nicht laden.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="+99"/>
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
        <location line="+105"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="-104"/>
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
    <message>
        <location line="+97"/>
        <source>Delete Study</source>
        <translation>Studie löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the study “%1”?</source>
        <translation>Die Studie „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Bearbeiten → Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted “%1” — Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>„%1“ gelöscht — Bearbeiten → Rückgängig (Strg+Z) holt sie zurück</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+315"/>
        <source>Import Study Data</source>
        <translation>Studiendaten importieren</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+210"/>
        <location line="+236"/>
        <source>Chart of the Week</source>
        <translation>Chart der Woche</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>A colleague changed the library.</source>
        <translation>Jemand aus dem Team hat die Bibliothek geändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A colleague saved “%1”.</source>
        <translation>Jemand aus dem Team hat „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Study data (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.json);;All files (*)</source>
        <translation>Studiendaten (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clipboard holds no table to import.</source>
        <translation>Die Zwischenablage enthält keine Tabelle zum Importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %n study(ies) from %1</source>
        <translation>
            <numerusform>%n Studie aus %1 importiert</numerusform>
            <numerusform>%n Studien aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n edit(s) not saved</source>
        <translation>
            <numerusform>%n Änderung nicht gespeichert</numerusform>
            <numerusform>%n Änderungen nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team library offline: edits kept here</source>
        <translation>Teambibliothek offline: Änderungen bleiben hier</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The team library answers again, but %n edit(s) made meanwhile could not be saved yet. They stay in this window; Chart of the Week tries again with your next change.</source>
        <translation>
            <numerusform>Die Teambibliothek antwortet wieder, aber %n Änderung aus der Zwischenzeit ließ sich noch nicht speichern. Sie bleibt in diesem Fenster; Chart der Woche versucht es bei Ihrer nächsten Änderung erneut.</numerusform>
            <numerusform>Die Teambibliothek antwortet wieder, aber %n Änderungen aus der Zwischenzeit ließen sich noch nicht speichern. Sie bleiben in diesem Fenster; Chart der Woche versucht es bei Ihrer nächsten Änderung erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The team library %1 can&apos;t be reached: the server stopped or the network is down. Your edits to a study stay in this window (%n so far) and are saved as soon as the library answers again; Chart of the Week connects again by itself. Keep the window open until then.</source>
        <translation>
            <numerusform>Die Teambibliothek %1 ist nicht erreichbar: Der Server wurde beendet oder das Netzwerk ist ausgefallen. Ihre Änderungen an einer Studie bleiben in diesem Fenster (bisher %n) und werden gespeichert, sobald die Bibliothek wieder antwortet; Chart der Woche verbindet sich von selbst neu. Lassen Sie das Fenster bis dahin geöffnet.</numerusform>
            <numerusform>Die Teambibliothek %1 ist nicht erreichbar: Der Server wurde beendet oder das Netzwerk ist ausgefallen. Ihre Änderungen an einer Studie bleiben in diesem Fenster (bisher %n) und werden gespeichert, sobald die Bibliothek wieder antwortet; Chart der Woche verbindet sich von selbst neu. Lassen Sie das Fenster bis dahin geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edits to %1 are kept only in this window: the team library hasn&apos;t answered since they were made. Close the window and lose them?</source>
        <translation>Änderungen an %1 gibt es nur in diesem Fenster: Die Teambibliothek hat seitdem nicht geantwortet. Fenster schließen und die Änderungen verlieren?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close and Lose Them</source>
        <translation>Schließen und verwerfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore version %1</source>
        <translation>Fassung %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 restored.</source>
        <translation>Fassung %1 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+227"/>
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
        <location line="+2"/>
        <source>Study &amp;History…</source>
        <translation>&amp;Verlauf der Studie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;Team Library…</source>
        <translation>Mit &amp;Teambibliothek verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the library your team shares on a PostgreSQL server, in place of this one</source>
        <translation>Die Bibliothek, die Ihr Team auf einem PostgreSQL-Server teilt, anstelle dieser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team library: %1</source>
        <translation>Teambibliothek: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every saved version of this study: who saved it, what changed, and restoring one</source>
        <translation>Jede gespeicherte Fassung dieser Studie: wer sie gespeichert hat, was sich geändert hat, und eine wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Export the chart as PNG, PDF or SVG (Ctrl+E)</source>
        <translation>Das Diagramm als PNG, PDF oder SVG exportieren (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All…</source>
        <translation>&amp;Alle exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every chart as PNG, PDF and SVG, in English and German</source>
        <translation>Jedes Diagramm als PNG, PDF und SVG, auf Deutsch und Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste as &amp;New Study…</source>
        <translation>Als &amp;neue Studie einfügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the cells copied in a spreadsheet as a new study (Ctrl+Shift+V)</source>
        <translation>Die in einer Tabellenkalkulation kopierten Zellen als neue Studie importieren (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the chart as an image and its figures as a table (Ctrl+C)</source>
        <translation>Das Diagramm als Bild und seine Zahlen als Tabelle kopieren (Strg+C)</translation>
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
        <location line="+3"/>
        <source>&amp;About Chart of the Week</source>
        <translation>Ü&amp;ber Chart der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where Does My Business Stand?</source>
        <translation>&amp;Wo steht mein Unternehmen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer a few questions and see the advice for a business like yours (Ctrl+Shift+W)</source>
        <translation>Beantworten Sie ein paar Fragen und sehen Sie die Empfehlung für ein Unternehmen wie Ihres (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the charts and the advice full screen, one slide each (F5)</source>
        <translation>Diagramme und Empfehlungen im Vollbild zeigen, jeweils eine Folie (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emphasise Selected Segment</source>
        <translation>Gewähltes Segment &amp;hervorheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected segment strongly and the others muted, in every chart and export of this study (Ctrl+Shift+E)</source>
        <translation>Das gewählte Segment kräftig und die übrigen gedämpft zeichnen, in jedem Diagramm und Export dieser Studie (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annotate Selected Bar or Point…</source>
        <translation>&amp;Anmerkung zum gewählten Balken oder Punkt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a short note to the selected bar or trend point, in the current language (Ctrl+Shift+A)</source>
        <translation>Eine kurze Anmerkung an den gewählten Balken oder Verlaufspunkt setzen, in der aktuellen Sprache (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Emphasis and Annotations</source>
        <translation>Hervorhebung und Anmerkungen &amp;entfernen</translation>
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
        <location line="+51"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Emphasise “%1”</source>
        <translation>„%1“ hervorheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the emphasis of “%1”</source>
        <translation>Hervorhebung von „%1“ aufheben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the annotation of “%1”, %2</source>
        <translation>Anmerkung zu „%1“, %2 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate “%1”, %2</source>
        <translation>Anmerkung zu „%1“, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annotate</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “%1” (%2 characters at most, in %3; leave empty to remove it):</source>
        <translation>Anmerkung zu „%1“ (höchstens %2 Zeichen, auf %3; leer lassen, um sie zu entfernen):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear emphasis and annotations</source>
        <translation>Hervorhebung und Anmerkungen entfernen</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+63"/>
        <location line="+44"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+107"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Copied the chart and its figures</source>
        <translation>Diagramm und Zahlen kopiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export All Charts to a Folder</source>
        <translation>Alle Diagramme in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Exporting charts…</source>
        <translation>Diagramme werden exportiert …</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export All</source>
        <translation>Alle exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Export cancelled after %n file(s)</source>
        <translation>
            <numerusform>Export nach %n Datei abgebrochen</numerusform>
            <numerusform>Export nach %n Dateien abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chart-of-the-week-report</source>
        <translation>chart-der-woche-bericht</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not start.</source>
        <translation>Der Drucker ließ sich nicht starten.</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <message>
        <location line="+186"/>
        <source>Close the library</source>
        <translation>Bibliothek schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach the library</source>
        <translation>Bibliothek abdocken</translation>
    </message>
    <message>
        <location line="-581"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Import Spreadsheet or JSON…</source>
        <translation>Tabelle oder JSON &amp;importieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read only: your role may not change this library</source>
        <translation>Nur lesen: Ihre Rolle darf diese Bibliothek nicht ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import study data from a spreadsheet (CSV, XLSX, ODS) or a shared study file (JSON); you can also drop the file on the window</source>
        <translation>Studiendaten aus einer Tabelle (CSV, XLSX, ODS) oder einer geteilten Studiendatei (JSON) importieren; Sie können die Datei auch auf das Fenster ziehen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A PDF report or a PowerPoint deck with every chart, its headline, the advice and the sources</source>
        <translation>Ein PDF-Bericht oder eine PowerPoint-Präsentation mit jedem Diagramm, seiner Schlagzeile, den Empfehlungen und den Quellen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s logo, colours and font, as set in Brand Theme…</source>
        <translation>Logo, Farben und Schrift des Teams, wie unter Markendesign festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand &amp;Theme…</source>
        <translation>Markendesign &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black text on white and strong colours in the charts (Ctrl+Shift+H)</source>
        <translation>Schwarze Schrift auf Weiß und kräftige Farben in den Diagrammen (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <location line="+577"/>
        <source>Chart and data tabs</source>
        <translation>Reiter für Diagramme und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey wave</source>
        <translation>Befragungswelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the figures say</source>
        <translation>Was die Zahlen sagen</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <location filename="../core/numberparser.cpp" line="+78"/>
        <source>&quot;%1&quot; is not a number in German notation (decimal comma, e.g. 24,5); it is written in English notation (24.5).</source>
        <translation>„%1“ ist keine Zahl in deutscher Schreibweise (Dezimalkomma, z. B. 24,5); sie ist in englischer Schreibweise (24.5) geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a number in English notation (decimal point, e.g. 24.5); it is written in German notation (24,5).</source>
        <translation>„%1“ ist keine Zahl in englischer Schreibweise (Dezimalpunkt, z. B. 24.5); sie ist in deutscher Schreibweise (24,5) geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the share is not a finite number</source>
        <translation>der Anteil ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share %1 is outside 0–100</source>
        <translation>der Anteil %1 liegt außerhalb von 0–100</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../ui/advice/placementdialog.cpp" line="+70"/>
        <source>Where Does My Business Stand?</source>
        <translation>Wo steht mein Unternehmen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your answers put your business in the group “%1”: %2 of respondents in %3 answered like you.</source>
        <translation>Nach Ihren Antworten gehört Ihr Unternehmen zur Gruppe „%1“: %2 der Befragten antworteten %3 wie Sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers put your business in the group “%1”.</source>
        <translation>Nach Ihren Antworten gehört Ihr Unternehmen zur Gruppe „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your result</source>
        <translation>Ihr Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show the Advice</source>
        <translation>Empfehlung &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <location filename="../ui/export/pngencoder.cpp" line="+119"/>
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
    <name>PresentationScreenMenu</name>
    <message>
        <location filename="../ui/presentation/presentationscreenmenu.cpp" line="+17"/>
        <location line="+38"/>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Screen of the Main Window</source>
        <translation>Bildschirm des Hauptfensters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../ui/presentation/presentationwindow.cpp" line="+264"/>
        <source>Presentation — %1</source>
        <translation>Präsentation — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide %1</source>
        <translation>Gehe zu Folie %1</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../ui/presentation/presenterview.cpp" line="+136"/>
        <source>Presenter View</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current slide</source>
        <translation>Aktuelle Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen blanked (B shows it again)</source>
        <translation>Bildschirm schwarz (B zeigt ihn wieder)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the presentation</source>
        <translation>Ende der Präsentation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Elapsed %1</source>
        <translation>Vergangen: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/export/reportwriter.cpp" line="+245"/>
        <location line="+123"/>
        <source>Chart of the Week</source>
        <translation>Chart der Woche</translation>
    </message>
    <message numerus="yes">
        <location line="-120"/>
        <source>%n charts of the week</source>
        <translation>
            <numerusform>%n Chart der Woche</numerusform>
            <numerusform>%n Charts der Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart of week %1/%2</source>
        <translation>Chart der Woche %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report of %1</source>
        <translation>Bericht vom %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What it means for you</source>
        <translation>Was das für Sie bedeutet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher: %1</source>
        <translation>Herausgeber: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey waves: %1</source>
        <translation>Befragungswellen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shares are percent of the respondents of a survey wave. Figures a study does not report are shown as gaps, never as zero. Data labels are rounded so that the segments of a wave add up to 100.</source>
        <translation>Anteile sind Prozent der Befragten einer Befragungswelle. Werte, die eine Studie nicht angibt, erscheinen als Lücke, nie als null. Die Datenbeschriftungen sind so gerundet, dass die Segmente einer Welle zusammen 100 ergeben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no study to report on</source>
        <translation>es gibt keine Studie für den Bericht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the PDF writer could not start</source>
        <translation>die PDF-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the PDF could not be completed</source>
        <translation>das PDF ließ sich nicht fertigstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the deck %1: %2</source>
        <translation>Die Präsentation %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../ui/data/sharetablemodel.cpp" line="+259"/>
        <source>untranslated: %1</source>
        <translation>unübersetzt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name has no translation yet; charts in this language show “%1”.</source>
        <translation>Dieser Name ist noch nicht übersetzt; Diagramme in dieser Sprache zeigen „%1“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Name (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Name (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Segment %1: the name must not be empty.</source>
        <translation>Segment %1: Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename segment %1</source>
        <translation>Segment %1 umbenennen</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location line="-214"/>
        <source>Unknown: the study does not report this share.</source>
        <translation>Unbekannt: Die Studie gibt diesen Anteil nicht an.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Survey wave %1, %2: %3</source>
        <translation>Befragungswelle %1, %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit share %1, %2</source>
        <translation>Anteil %1, %2 ändern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The copied block of %1 × %2 cells, pasted at survey wave %3, %4, reaches beyond the table. Nothing was pasted.</source>
        <translation>Der kopierte Block aus %1 × %2 Zellen, eingefügt bei Befragungswelle %3, %4, reicht über die Tabelle hinaus. Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survey wave %1, %2: %3 Nothing was pasted.</source>
        <translation>Befragungswelle %1, %2: %3 Es wurde nichts eingefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Paste %n share(s)</source>
        <translation>
            <numerusform>%n Anteil einfügen</numerusform>
            <numerusform>%n Anteile einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideWidget</name>
    <message>
        <location filename="../ui/presentation/slidewidget.cpp" line="+36"/>
        <source>What the figures mean for each group</source>
        <translation>Was die Zahlen für jede Gruppe bedeuten</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>What this means for your business</source>
        <translation>Was das für Ihr Unternehmen bedeutet</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <location filename="../core/spreadsheetreader.cpp" line="+229"/>
        <source>The file is not a spreadsheet: it is not a ZIP archive, or the archive is damaged.</source>
        <translation>Die Datei ist keine Tabelle: Sie ist kein ZIP-Archiv, oder das Archiv ist beschädigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+46"/>
        <location line="+534"/>
        <source>Not enough memory to read the file.</source>
        <translation>Nicht genug Arbeitsspeicher, um die Datei zu lesen.</translation>
    </message>
    <message>
        <location line="-724"/>
        <location line="+166"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+541"/>
        <source>The spreadsheet is damaged and can&apos;t be read (%1).</source>
        <translation>Die Tabelle ist beschädigt und kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="-693"/>
        <source>a style without a name or a family</source>
        <translation>eine Formatvorlage ohne Namen oder Familie</translation>
    </message>
    <message>
        <location line="+684"/>
        <source>The spreadsheet has no sheet.</source>
        <translation>Die Tabelle hat kein Tabellenblatt.</translation>
    </message>
</context>
<context>
    <name>StudyDatabase</name>
    <message>
        <location filename="../core/storage/storagemessages.cpp" line="+113"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQLite-Treiber ist nicht installiert (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is not a Chart of the Week database, or it is damaged: %2</source>
        <translation>%1 ist keine Datenbank von Chart der Woche oder sie ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Creating the tables</source>
        <translation>Anlegen der Tabellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the schema version</source>
        <translation>Schreiben der Schemaversion</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saving the new database</source>
        <translation>Speichern der neuen Datenbank</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 is an SQLite database of another application; Chart of the Week leaves it untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung; Chart der Woche lässt sie unverändert.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 stammt von einer neueren Version von Chart der Woche (Schema %2; diese Version liest bis %3). Aktualisieren Sie die App, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no valid schema version.</source>
        <translation>%1 hat keine gültige Schemaversion.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Looking for the seed study</source>
        <translation>Suche nach der Startstudie</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Opening the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving the seed study</source>
        <translation>Speichern der Startstudie</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header of %1 has been overwritten with zeros: the database is damaged and can&apos;t be read. Open a backup copy or create a new database.</source>
        <translation>Der Dateikopf von %1 wurde mit Nullen überschrieben: Die Datenbank ist beschädigt und lässt sich nicht lesen. Öffnen Sie eine Sicherungskopie oder legen Sie eine neue Datenbank an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a Chart of the Week database: it isn&apos;t an SQLite file at all.</source>
        <translation>%1 ist keine Datenbank von Chart der Woche: Es ist überhaupt keine SQLite-Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 is truncated: it ends after %n byte(s), inside the database header.</source>
        <translation>
            <numerusform>%1 ist abgeschnitten: Die Datei endet nach %n Byte, mitten im Dateikopf der Datenbank.</numerusform>
            <numerusform>%1 ist abgeschnitten: Die Datei endet nach %n Bytes, mitten im Dateikopf der Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is truncated: it has %2 bytes, but its header promises %3. Open a backup copy or create a new database.</source>
        <translation>%1 ist abgeschnitten: Die Datei hat %2 Bytes, ihr Dateikopf verspricht aber %3. Öffnen Sie eine Sicherungskopie oder legen Sie eine neue Datenbank an.</translation>
    </message>
    <message numerus="yes">
        <location line="-79"/>
        <source>%1 is in use by another program, which kept it locked for more than %n second(s). %2 did not happen; nothing was changed. Close the other program (or the other Chart of the Week window) and try again.</source>
        <translation>
            <numerusform>%1 wird von einem anderen Programm benutzt, das sie länger als %n Sekunde gesperrt hat. %2 war nicht möglich; nichts wurde geändert. Schließen Sie das andere Programm (oder das andere Fenster von Chart der Woche) und versuchen Sie es noch einmal.</numerusform>
            <numerusform>%1 wird von einem anderen Programm benutzt, das sie länger als %n Sekunden gesperrt hat. %2 war nicht möglich; nichts wurde geändert. Schließen Sie das andere Programm (oder das andere Fenster von Chart der Woche) und versuchen Sie es noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk holding %1 is full. %2 did not happen; nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll. %2 war nicht möglich; nichts wurde geändert. Schaffen Sie Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can&apos;t be written (it is read-only). %2 did not happen.</source>
        <translation>%1 lässt sich nicht beschreiben (schreibgeschützt). %2 war nicht möglich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: %2 failed: %3</source>
        <translation>%1 ist beschädigt: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 is read-only. Chart of the Week saves every change at once, so it needs a database it may write to: make the file writable, or open or create another one.</source>
        <translation>%1 ist schreibgeschützt. Chart der Woche speichert jede Änderung sofort und braucht deshalb eine Datenbank, in die es schreiben darf: Heben Sie den Schreibschutz auf oder öffnen bzw. erstellen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 is read-only. The database needs a folder where it may write its log files next to it.</source>
        <translation>Der Ordner %1 ist schreibgeschützt. Die Datenbank braucht einen Ordner, in dem sie neben sich ihre Protokolldateien anlegen darf.</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Switching to the write-ahead log</source>
        <translation>Umstellen auf das Write-Ahead-Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the journal mode</source>
        <translation>Lesen des Journalmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the log into the database</source>
        <translation>Übernehmen des Protokolls in die Datenbank</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>%1 is in use by another program, so its log can&apos;t be written into the database before the backup. Close the other program and try again.</source>
        <translation>%1 wird von einem anderen Programm benutzt, daher lässt sich ihr Protokoll vor der Sicherung nicht in die Datenbank übernehmen. Schließen Sie das andere Programm und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Reading the table list</source>
        <translation>Lesen der Tabellenliste</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 needs an update of its schema, but the backup copy %2 can&apos;t be written; the database was left unchanged.</source>
        <translation>%1 braucht ein neues Schema, aber die Sicherungskopie %2 lässt sich nicht schreiben; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Updating the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>The study &quot;%1&quot; was not saved: %2</source>
        <translation>Die Studie „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Saving the study</source>
        <translation>Speichern der Studie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the imported studies</source>
        <translation>Speichern der importierten Studien</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Saving the study &quot;%1&quot;</source>
        <translation>Speichern der Studie „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the study %1</source>
        <translation>Löschen der Studie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting the figures of study %1</source>
        <translation>Löschen der Werte der Studie %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Saving the advice for &quot;%1&quot;</source>
        <translation>Speichern der Empfehlung für „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation>Speichern des Segments „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the survey wave %1</source>
        <translation>Speichern der Befragungswelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the shares of the survey wave %1</source>
        <translation>Speichern der Anteile der Befragungswelle %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Listing the studies</source>
        <translation>Auflisten der Studien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the study &quot;%1&quot;</source>
        <translation>Suche nach der Studie „%1“</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>%1 has no study &quot;%2&quot;.</source>
        <translation>%1 enthält keine Studie „%2“.</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Reading the study %1</source>
        <translation>Lesen der Studie %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the advice of study %1</source>
        <translation>Lesen der Empfehlungen der Studie %1</translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>%1 holds %n study(s) of its own, so nothing was copied into it: a library is copied into a new file or an empty database.</source>
        <translation>
            <numerusform>%1 enthält bereits %n eigene Studie, daher wurde nichts hineinkopiert: Eine Bibliothek wird in eine neue Datei oder eine leere Datenbank kopiert.</numerusform>
            <numerusform>%1 enthält bereits %n eigene Studien, daher wurde nichts hineinkopiert: Eine Bibliothek wird in eine neue Datei oder eine leere Datenbank kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can browse, present and export the team library %1, but not change it: the role &quot;%2&quot; may only read it. Ask whoever runs the library for write access.</source>
        <translation>Sie können die Teambibliothek %1 durchsehen, präsentieren und exportieren, aber nicht ändern: Die Rolle „%2“ darf sie nur lesen. Bitten Sie die Person, die die Bibliothek betreut, um Schreibrechte.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: the study with id %2 has no version %3.</source>
        <translation>%1: Die Studie mit der ID %2 hat keine Fassung %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1 of the study with id %2 does not read: %3</source>
        <translation>Fassung %1 der Studie mit der ID %2 ist nicht lesbar: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the study &quot;%2&quot; (id %3) was saved by someone else after you opened it. Your changes were not saved, and theirs were not overwritten. Reload the study to see their version.</source>
        <translation>%1: Die Studie „%2“ (ID %3) wurde von jemand anderem gespeichert, nachdem Sie sie geöffnet haben. Ihre Änderungen wurden nicht gespeichert, und die andere Fassung wurde nicht überschrieben. Laden Sie die Studie neu, um die andere Fassung zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect to the team library %1: %2</source>
        <translation>Keine Verbindung zur Teambibliothek %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team library %1 can&apos;t be reached (the server stopped or the network is down). %2 did not happen; the library holds what it held before. Chart of the Week connects again as soon as the server is back.</source>
        <translation>Die Teambibliothek %1 ist nicht erreichbar (der Server wurde beendet oder das Netzwerk ist ausgefallen). %2 war nicht möglich; die Bibliothek enthält, was sie vorher enthielt. Chart der Woche verbindet sich neu, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the team library %2 stopped answering at the very end, so it is not yet known whether this was stored. Chart of the Week connects again as soon as the server is back and then says which.</source>
        <translation>%1: Die Teambibliothek %2 hat ganz am Ende nicht mehr geantwortet, daher ist noch nicht bekannt, ob es gespeichert wurde. Chart der Woche verbindet sich neu, sobald der Server wieder da ist, und sagt dann, was gilt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team library %1 is back, and it did store what was on its way when it stopped: %2 happened.</source>
        <translation>Die Teambibliothek %1 ist wieder da und hat gespeichert, was beim Ausfall unterwegs war: %2 ist erfolgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team library %1 is back, and it did not store what was on its way when it stopped: %2 did not happen; the library holds what it held before.</source>
        <translation>Die Teambibliothek %1 ist wieder da und hat nicht gespeichert, was beim Ausfall unterwegs war: %2 ist nicht erfolgt; die Bibliothek enthält, was sie vorher enthielt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@host:port/database): %2</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address contains a password. Put the password into ~/.pgpass instead; Chart of the Week never keeps it in its settings.</source>
        <translation>Die Adresse enthält ein Passwort. Legen Sie das Passwort stattdessen in ~/.pgpass ab; Chart der Woche speichert es nie in seinen Einstellungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is damaged: its index of study names let a second study &quot;%2&quot; in. Nothing was saved. Open a backup copy or create a new database.</source>
        <translation>%1 ist beschädigt: Ihr Index der Studiennamen hat eine zweite Studie „%2“ zugelassen. Nichts wurde gespeichert. Öffnen Sie eine Sicherungskopie oder legen Sie eine neue Datenbank an.</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Reading the brand theme</source>
        <translation>Lesen des Markendesigns</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>%1, table %2, study %3, field language: &quot;%4&quot; is not a language.</source>
        <translation>%1, Tabelle %2, Studie %3, Feld language: „%4“ ist keine Sprache.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, table study_text, study %2, field field: &quot;%3&quot; is not a text of a study.</source>
        <translation>%1, Tabelle study_text, Studie %2, Feld field: „%3“ ist kein Text einer Studie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, table brand_theme: %2</source>
        <translation>%1, Tabelle brand_theme: %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The brand theme was not saved: %1</source>
        <translation>Das Markendesign wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Saving the brand theme</source>
        <translation>Speichern des Markendesigns</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>%1 has no study with the id %2.</source>
        <translation>%1 enthält keine Studie mit der ID %2.</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Reading the segments of study %1</source>
        <translation>Lesen der Segmente der Studie %1</translation>
    </message>
    <message>
        <location line="+319"/>
        <source>%1, table study, row %2, field baseline_position: %3 names no segment.</source>
        <translation>%1, Tabelle study, Zeile %2, Feld baseline_position: %3 bezeichnet kein Segment.</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Reading the survey waves of study %1</source>
        <translation>Lesen der Befragungswellen der Studie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the shares of study %1</source>
        <translation>Lesen der Anteile der Studie %1</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>%1, table segment_share, wave %2, segment &quot;%3&quot;, field share_percent: &quot;%4&quot; is not a number.</source>
        <translation>%1, Tabelle segment_share, Welle %2, Segment „%3“, Feld share_percent: „%4“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>StudyDifferences</name>
    <message>
        <location filename="../core/studydifferences.cpp" line="+41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>consultants and vendors</source>
        <translation>Berater und Anbieter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Erscheinungsjahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of the week</source>
        <translation>Chart der Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several answers allowed</source>
        <translation>Mehrfachnennungen möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the derived series</source>
        <translation>Name der abgeleiteten Reihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of “%1”</source>
        <translation>Name von „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baseline segment</source>
        <translation>Bezugssegment</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Survey wave %1</source>
        <translation>Befragungswelle %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of “%1” in %2</source>
        <translation>Anteil „%1“ im Jahr %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advice for %1 (%2)</source>
        <translation>Empfehlung für %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emphasised series</source>
        <translation>Hervorgehobene Reihe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotation on “%1” in %2</source>
        <translation>Anmerkung zu „%1“ im Jahr %2</translation>
    </message>
</context>
<context>
    <name>StudyEditor</name>
    <message>
        <location filename="../ui/data/studyeditor.cpp" line="+190"/>
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
        <location line="+13"/>
        <source>Edit publication year</source>
        <translation>Erscheinungsjahr ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit chart week</source>
        <translation>Chart-Woche ändern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit multiple answers</source>
        <translation>Mehrfachantworten ändern</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit notes</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
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
        <location line="+14"/>
        <source>Scheduled for the week of</source>
        <translation>Geplant für die Woche vom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study details, segments and shares</source>
        <translation>Angaben zur Studie, Segmente und Anteile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple answers allowed</source>
        <translation>Mehrfachantworten möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shares of a survey wave need not add up to 100</source>
        <translation>Die Anteile einer Befragungswelle müssen nicht 100 ergeben</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Empty: generated from the figures</source>
        <translation>Leer: wird aus den Werten erzeugt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Paste Shares</source>
        <translation>Anteile &amp;einfügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To&amp;pic:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>Sch&amp;lagzeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language…</source>
        <translation>&amp;Sprache hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a column for the texts of another language</source>
        <translation>Eine Spalte für die Texte einer weiteren Sprache hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic (%1)</source>
        <translation>Thema (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline (%1)</source>
        <translation>Schlagzeile (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures and advice</source>
        <translation>Werte und Empfehlungen</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Chart week</source>
        <translation>Chart-Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit topic (%1)</source>
        <translation>Thema (%1) bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit headline (%1)</source>
        <translation>Schlagzeile (%1) bearbeiten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add Language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language (a name from the list or a code such as &quot;fr&quot; or &quot;de-CH&quot;):</source>
        <translation>Sprache (ein Name aus der Liste oder ein Code wie „fr“ oder „de-CH“):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a language code (BCP 47, e.g. &quot;fr&quot; or &quot;de-CH&quot;).</source>
        <translation>„%1“ ist kein Sprachcode (BCP 47, z. B. „fr“ oder „de-CH“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The study has a column for %1 already.</source>
        <translation>Die Studie hat schon eine Spalte für %1.</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+10"/>
        <source>Add survey wave %1</source>
        <translation>Befragungswelle %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove survey wave %1</source>
        <translation>Befragungswelle %1 entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove segment &quot;%1&quot;</source>
        <translation>Segment „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>StudyJson</name>
    <message>
        <location filename="../core/studyjson.cpp" line="+160"/>
        <location line="+49"/>
        <location line="+52"/>
        <location line="+161"/>
        <location line="+48"/>
        <location line="+18"/>
        <location line="+161"/>
        <source>This field is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>A text is expected here, not %1.</source>
        <translation>Hier wird ein Text erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The text contains the control character %1 at character %2, which no text may hold.</source>
        <translation>Der Text enthält an Zeichen %2 das Steuerzeichen %1, das in keinem Text stehen darf.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An object with one text per language code (&quot;en&quot;, &quot;de&quot;, …) is expected here, not %1.</source>
        <translation>Hier wird ein Objekt mit einem Text je Sprachcode („en“, „de“, …) erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a language code (BCP 47, e.g. &quot;en&quot; or &quot;de&quot;).</source>
        <translation>„%1“ ist kein Sprachcode (BCP 47, z. B. „en“ oder „de“).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language &quot;%1&quot; is given twice.</source>
        <translation>Die Sprache „%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>true or false is expected here, not %1.</source>
        <translation>Hier wird true oder false erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A whole number from %1 to %2 is expected here, not %3.</source>
        <translation>Hier wird eine ganze Zahl von %1 bis %2 erwartet, nicht %3.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An ISO week such as &quot;2012-W19&quot; or null is expected here, not %1.</source>
        <translation>Hier wird eine ISO-Woche wie „2012-W19“ oder null erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISO date such as &quot;2012-05-07&quot; or null is expected here, not %1.</source>
        <translation>Hier wird ein ISO-Datum wie „2012-05-07“ oder null erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither the key of one of the study&apos;s segments nor &quot;%2&quot;.</source>
        <translation>„%1“ ist weder der Schlüssel eines Segments der Studie noch „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A list of annotations is expected here, not %1.</source>
        <translation>Hier wird eine Liste von Anmerkungen erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The study has more annotations (%1) than bars and trend points (%2).</source>
        <translation>Die Studie hat mehr Anmerkungen (%1) als Balken und Verlaufspunkte (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An annotation object is expected here, not %1.</source>
        <translation>Hier wird ein Anmerkungsobjekt erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The study has no survey wave %1.</source>
        <translation>Die Studie hat keine Befragungswelle %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An annotation has at most %1 characters; this one has %2.</source>
        <translation>Eine Anmerkung hat höchstens %1 Zeichen; diese hat %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotation of &quot;%1&quot; in %2 is given twice.</source>
        <translation>Die Anmerkung zu „%1“ in %2 steht zweimal da.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A study object is expected here, not %1.</source>
        <translation>Hier wird ein Studien-Objekt erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The title is empty.</source>
        <translation>Der Titel ist leer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A list of segments is expected here, not %1.</source>
        <translation>Hier wird eine Liste von Segmenten erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A segment object is expected here, not %1.</source>
        <translation>Hier wird ein Segment-Objekt erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The segment key is empty.</source>
        <translation>Der Schlüssel des Segments ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A segment key may not start with &quot;@&quot; (&quot;%1&quot; names the adoption line).</source>
        <translation>Ein Segment-Schlüssel darf nicht mit „@“ beginnen („%1“ steht für die abgeleitete Reihe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The segment key &quot;%1&quot; is used twice.</source>
        <translation>Der Segment-Schlüssel „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A colour such as &quot;#1f77b4&quot; or &quot;&quot; is expected here, not %1.</source>
        <translation>Hier wird eine Farbe wie „#1f77b4“ oder &quot;&quot; erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not the key of one of the study&apos;s segments.</source>
        <translation>„%1“ ist nicht der Schlüssel eines Segments der Studie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A segment key or null is expected here, not %1.</source>
        <translation>Hier wird ein Segment-Schlüssel oder null erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A list of survey waves is expected here, not %1.</source>
        <translation>Hier wird eine Liste von Befragungswellen erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A survey wave object is expected here, not %1.</source>
        <translation>Hier wird ein Befragungswellen-Objekt erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A list of shares is expected here, not %1.</source>
        <translation>Hier wird eine Liste von Anteilen erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The survey wave has %1 shares, but the study has %2 segments.</source>
        <translation>Die Befragungswelle hat %1 Anteile, die Studie aber %2 Segmente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A share in percent or null is expected here, not %1.</source>
        <translation>Hier wird ein Anteil in Prozent oder null erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The study has more than %1 advice texts, the most a study may have.</source>
        <translation>Die Studie hat mehr als %1 Empfehlungstexte, das Höchstmaß für eine Studie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A list of advice texts is expected here, not %1.</source>
        <translation>Hier wird eine Liste von Empfehlungstexten erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An advice object is expected here, not %1.</source>
        <translation>Hier wird ein Empfehlungsobjekt erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A language code (BCP 47, e.g. &quot;en&quot; or &quot;de&quot;) is expected here, not %1.</source>
        <translation>Hier wird ein Sprachcode (BCP 47, z. B. „en“ oder „de“) erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>A date and time such as &quot;2026-11-30T09:00:00Z&quot; is expected here, not %1.</source>
        <translation>Hier wird Datum und Uhrzeit wie „2026-11-30T09:00:00Z“ erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The advice for &quot;%1&quot; in this language is given twice.</source>
        <translation>Die Empfehlung für „%1“ steht in dieser Sprache zweimal da.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The file is not valid JSON: %1.</source>
        <translation>Die Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Chart of the Week study file (&quot;format&quot;: &quot;%1&quot; is missing).</source>
        <translation>Das ist keine Studiendatei von Chart der Woche („format“: „%1“ fehlt).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was written by a newer version of the app (format version %1; this version reads up to %2).</source>
        <translation>Die Datei wurde von einer neueren Version der App geschrieben (Formatversion %1; diese Version liest bis Version %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A list of studies is expected here, not %1.</source>
        <translation>Hier wird eine Liste von Studien erwartet, nicht %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file contains no studies.</source>
        <translation>Die Datei enthält keine Studien.</translation>
    </message>
</context>
<context>
    <name>StudyLibrary</name>
    <message>
        <location filename="../ui/library/studylibrary.cpp" line="+58"/>
        <source>Connected to the team library again.</source>
        <translation>Wieder mit der Teambibliothek verbunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to the team library again; %n edit(s) kept meanwhile saved.</source>
        <translation>
            <numerusform>Wieder mit der Teambibliothek verbunden; %n zwischenzeitlich behaltene Änderung gespeichert.</numerusform>
            <numerusform>Wieder mit der Teambibliothek verbunden; %n zwischenzeitlich behaltene Änderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+330"/>
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
        <location line="+20"/>
        <source>New Study</source>
        <translation>Neue Studie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change Brand Theme</source>
        <translation>Markendesign ändern</translation>
    </message>
</context>
<context>
    <name>StudyListModel</name>
    <message>
        <location filename="../ui/library/studylistmodel.cpp" line="+56"/>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, week %2</source>
        <translation>%1, KW %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey waves: %1</source>
        <translation>Befragungswellen: %1</translation>
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
    <name>TextDecoding</name>
    <message>
        <location filename="../core/textdecoding.cpp" line="+112"/>
        <source>This is not valid UTF-8 (bytes %1). If the file comes from an older Windows program, import it with the encoding Windows-1252.</source>
        <translation>Das ist kein gültiges UTF-8 (Bytes %1). Wenn die Datei aus einem älteren Windows-Programm stammt, importieren Sie sie mit der Kodierung Windows-1252.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not valid %2 (bytes %1).</source>
        <translation>Das ist kein gültiges %2 (Bytes %1).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file starts with a %1 byte order mark, but %2 was chosen as its encoding.</source>
        <translation>Die Datei beginnt mit einer %1-Bytereihenfolgemarke, als Kodierung wurde aber %2 gewählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This system can&apos;t read the encoding %1.</source>
        <translation>Dieses System kann die Kodierung %1 nicht lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file contains a NUL character; it may be UTF-16 without byte order mark or not a text file at all.</source>
        <translation>Die Datei enthält ein NUL-Zeichen; vielleicht ist sie UTF-16 ohne Bytereihenfolgemarke oder gar keine Textdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The byte %1 is not defined in Windows-1252.</source>
        <translation>Das Byte %1 ist in Windows-1252 nicht definiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text contains a broken UTF-16 character (%1 without its pair).</source>
        <translation>Der Text enthält ein kaputtes UTF-16-Zeichen (%1 ohne sein Gegenstück).</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../core/theme.cpp" line="+89"/>
        <source>the logo has %1 KiB; at most %2 KiB are allowed</source>
        <translation>das Logo hat %1 KiB; erlaubt sind höchstens %2 KiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the logo is not a PNG image</source>
        <translation>das Logo ist kein PNG-Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the logo&apos;s PNG data is incomplete</source>
        <translation>die PNG-Daten des Logos sind unvollständig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the logo has %1×%2 pixels; each side must be 1–%3</source>
        <translation>das Logo hat %1×%2 Pixel; jede Seite muss 1–%3 Pixel lang sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>primary colour</source>
        <translation>Primärfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary colour</source>
        <translation>Sekundärfarbe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand theme, %1: &quot;%2&quot; is not a colour of the form #rrggbb.</source>
        <translation>Markendesign, %1: „%2“ ist keine Farbe der Form #rrggbb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brand theme, font: the family name has %1 characters; at most %2 are allowed.</source>
        <translation>Markendesign, Schriftart: Der Name der Schriftfamilie hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brand theme, logo: %1.</source>
        <translation>Markendesign, Logo: %1.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../ui/undotext.cpp" line="+54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="+29"/>
        <source>The survey wave %1 appears more than once.</source>
        <translation>Die Befragungswelle %1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The survey wave %1 has %2 shares, but the study has %3 segments.</source>
        <translation>Die Befragungswelle %1 hat %2 Anteile, die Studie aber %3 Segmente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Survey wave %1, segment &quot;%2&quot;: %3.</source>
        <translation>Befragungswelle %1, Segment „%2“: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Survey wave %1: the known shares add up to %2, more than 100.</source>
        <translation>Befragungswelle %1: Die bekannten Anteile ergeben zusammen %2, mehr als 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey wave %1: the shares add up to %2 instead of 100.</source>
        <translation>Befragungswelle %1: Die Anteile ergeben zusammen %2 statt 100.</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <location filename="../core/xlsxexporter.cpp" line="+74"/>
        <source>no temporary folder for the workbook: %1</source>
        <translation>kein temporärer Ordner für die Arbeitsmappe: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the workbook could not be written: %1</source>
        <translation>die Arbeitsmappe konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+68"/>
        <source>chartweek: the library is empty; import a study first.</source>
        <translation>chartweek: Die Bibliothek ist leer; importieren Sie zuerst eine Studie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chartweek: --study: no study has the id or title &quot;%1&quot; (see chartweek list).</source>
        <translation>chartweek: --study: Keine Studie hat die ID oder den Titel „%1“ (siehe chartweek list).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chartweek: --study: %1 studies are called &quot;%2&quot;; name one by its id.</source>
        <translation>chartweek: --study: %1 Studien heißen „%2“; nennen Sie eine über ihre ID.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>chartweek: nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>chartweek: Es wurde nichts importiert (%n Problem).</numerusform>
            <numerusform>chartweek: Es wurde nichts importiert (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no library file %1 to copy.</source>
        <translation>Es gibt keine Bibliotheksdatei %1 zum Kopieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>--from and --to name the same library.</source>
        <translation>--from und --to nennen dieselbe Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n study(s)</source>
        <translation>
            <numerusform>%n Studie</numerusform>
            <numerusform>%n Studien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n saved version(s)</source>
        <translation>
            <numerusform>%n gespeicherter Version</numerusform>
            <numerusform>%n gespeicherten Versionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1 with %2 and the brand theme from %3 to %4.</source>
        <translation>%1 mit %2 und dem Markenthema von %3 nach %4 kopiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 with %2 from %3 to %4 (there was no brand theme).</source>
        <translation>%1 mit %2 von %3 nach %4 kopiert (es gab kein Markenthema).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>chartweek: [%1/%2] %3</source>
        <translation>chartweek: [%1/%2] %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>chartweek: --wave: the study has no survey wave %1 (it has %2).</source>
        <translation>chartweek: --wave: Die Studie hat keine Befragungswelle %1 (sie hat %2).</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+5"/>
        <source>Chart of the Week</source>
        <translation>Chart der Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Chart of the Week opens the library file %2 instead; File → Connect to Team Library… tries the team library again.</source>
        <translation>%1

Chart der Woche öffnet stattdessen die Bibliotheksdatei %2; Datei → Mit Teambibliothek verbinden … versucht es erneut mit der Teambibliothek.</translation>
    </message>
</context>
</TS>

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
    <name>BatchExport</name>
    <message>
        <location filename="../ui/export/batchexport.cpp" line="+69"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>ChartClipboard</name>
    <message>
        <location filename="../ui/export/chartclipboard.cpp" line="+31"/>
        <location line="+4"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Share %1 (%)</source>
        <translation>Anteil %1 (%)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+30"/>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is not enough memory for an image of %1×%2 pixels</source>
        <translation>für ein Bild mit %1×%2 Pixeln reicht der Speicher nicht</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the PDF writer could not start</source>
        <translation>die PDF-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be completed</source>
        <translation>das PDF ließ sich nicht fertigstellen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the SVG writer could not start</source>
        <translation>die SVG-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <source>Slides (1920 × 1080)</source>
        <translation>Folien (1920 × 1080)</translation>
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
        <location line="+74"/>
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
        <location filename="../ui/charts/chartfactory.cpp" line="+180"/>
        <source>Share of respondents (%)</source>
        <translation>Anteil der Befragten (%)</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+91"/>
        <source>Survey wave</source>
        <translation>Befragungswelle</translation>
    </message>
    <message>
        <location line="+45"/>
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
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Bar chart of the survey wave %1: %2.</source>
        <translation>Balkendiagramm der Befragungswelle %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend chart of the shares across the survey waves. %1.</source>
        <translation>Verlaufsdiagramm der Anteile über die Befragungswellen. %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+19"/>
        <source>Chart of the Week: survey charts with advice.</source>
        <translation>Chart der Woche: Umfragediagramme mit Empfehlungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the study database FILE instead of the default one.</source>
        <translation>Die Studiendatenbank DATEI statt der üblichen verwenden.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Which chart: bar or trend (default: bar).</source>
        <translation>Welches Diagramm: bar (Balken) oder trend (Verlauf); Vorgabe: bar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey wave of the bar chart (default: the newest).</source>
        <translation>Befragungswelle des Balkendiagramms (Vorgabe: die neueste).</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>&quot;export&quot; writes charts to files, &quot;report&quot; writes a PDF report; without a command the window opens.</source>
        <translation>„export“ schreibt Diagramme in Dateien, „report“ schreibt einen PDF-Bericht; ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Writes a PDF report (cover, every chart with its headline, the advice and the sources), without a display.</source>
        <translation>Schreibt einen PDF-Bericht (Titelseite, jedes Diagramm mit Schlagzeile, die Empfehlungen und die Quellen), ohne Bildschirm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the report (default: the app&apos;s).</source>
        <translation>Sprache des Berichts (Vorgabe: die der App).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file to write.</source>
        <translation>Die PDF-Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument &quot;%1&quot; for report.</source>
        <translation>Unerwartetes Argument „%1“ für report.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>report needs an output file: -o FILE.pdf.</source>
        <translation>report braucht eine Ausgabedatei: -o DATEI.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is a PDF; name a .pdf file instead of &quot;%1&quot;.</source>
        <translation>Der Bericht ist ein PDF; geben Sie statt „%1“ eine .pdf-Datei an.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Unknown command &quot;%1&quot;; the commands are &quot;export&quot; and &quot;report&quot; (see --help).</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind „export“ und „report“ (siehe --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes one chart of the study to a PNG, PDF or SVG file, or with --all every chart in every format and language to a folder, without a display.</source>
        <translation>Schreibt ein Diagramm der Studie in eine PNG-, PDF- oder SVG-Datei oder mit --all jedes Diagramm in jedem Format und jeder Sprache in einen Ordner, ohne Bildschirm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the texts and numbers (default: the app&apos;s); with --all a list such as de,en.</source>
        <translation>Sprache der Texte und Zahlen (Vorgabe: die der App); mit --all eine Liste wie de,en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format (default: from the file name).</source>
        <translation>Dateiformat (Vorgabe: aus dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --all: the formats to write, such as png,pdf,svg (default: png).</source>
        <translation>Mit --all: die zu schreibenden Formate, etwa png,pdf,svg (Vorgabe: png).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every chart (a bar chart per survey wave and the trend chart) into the folder given by -o.</source>
        <translation>Jedes Diagramm (ein Balkendiagramm je Befragungswelle und das Verlaufsdiagramm) in den mit -o angegebenen Ordner schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A named size: 1600x900, 1200x675, 1080x1080, 1920x1080 (PNG, SVG) or a4-landscape, a4-portrait, letter-landscape, letter-portrait (PDF).</source>
        <translation>Eine benannte Größe: 1600x900, 1200x675, 1080x1080, 1920x1080 (PNG, SVG) oder a4-landscape, a4-portrait, letter-landscape, letter-portrait (PDF).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>The file to write (with --all: the folder).</source>
        <translation>Die Datei, die geschrieben wird (mit --all: der Ordner).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--lang: expected de, en or a list such as de,en, got &quot;%1&quot;.</source>
        <translation>--lang: erwartet de, en oder eine Liste wie de,en, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--formats: expected a list of png, pdf and svg such as png,pdf,svg, got &quot;%1&quot;.</source>
        <translation>--formats: erwartet eine Liste aus png, pdf und svg wie png,pdf,svg, erhalten „%1“.</translation>
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
        <location line="+10"/>
        <source>--format: expected png, pdf or svg, got &quot;%1&quot;.</source>
        <translation>--format: erwartet png, pdf oder svg, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .png, .pdf or .svg file or use --format.</source>
        <translation>Das Format lässt sich aus „%1“ nicht ablesen; geben Sie eine .png-, .pdf- oder .svg-Datei an oder verwenden Sie --format.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Unexpected argument &quot;%1&quot; for export.</source>
        <translation>Unerwartetes Argument „%1“ für export.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 can&apos;t be combined with --all.</source>
        <translation>--%1 lässt sich nicht mit --all kombinieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--formats needs --all; for one file use --format.</source>
        <translation>--formats braucht --all; für eine einzelne Datei verwenden Sie --format.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--chart: expected bar or trend, got &quot;%1&quot;.</source>
        <translation>--chart: erwartet bar oder trend, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wave: expected a year such as 2012, got &quot;%1&quot;.</source>
        <translation>--wave: erwartet eine Jahreszahl wie 2012, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+185"/>
        <source>--lang: expected de or en, got &quot;%1&quot;.</source>
        <translation>--lang: erwartet de oder en, erhalten „%1“.</translation>
    </message>
    <message>
        <location line="+43"/>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+29"/>
        <location line="+133"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-132"/>
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
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (vector)</source>
        <translation>SVG-Bild (Vektor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
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
        <location line="+53"/>
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
        <location line="-6"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+228"/>
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
        <location line="+1"/>
        <source>A PDF report with every chart, its headline, the advice and the sources</source>
        <translation>Ein PDF-Bericht mit jedem Diagramm, seiner Schlagzeile, den Empfehlungen und den Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+32"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+41"/>
        <location line="+30"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+71"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <source>Exporting charts…</source>
        <translation>Diagramme werden exportiert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export All</source>
        <translation>Alle exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chart-of-the-week-report</source>
        <translation>chart-der-woche-bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not start.</source>
        <translation>Der Drucker ließ sich nicht starten.</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>Narrative</name>
    <message>
        <location filename="../core/narrative.cpp" line="+22"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No figures for the survey wave %1.</source>
        <translation>Keine Werte für die Befragungswelle %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1, %2 of small businesses used social media, but only %3 as part of a planned strategy.</source>
        <translation>%1 nutzten %2 der kleinen Unternehmen soziale Medien, aber nur %3 im Rahmen einer geplanten Strategie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In %1, %2 of small businesses used social media.</source>
        <translation>%1 nutzten %2 der kleinen Unternehmen soziale Medien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In %1, the study does not report how many small businesses used social media.</source>
        <translation>Für %1 gibt die Studie nicht an, wie viele kleine Unternehmen soziale Medien nutzten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The share without social media stayed at %1.</source>
        <translation>Der Anteil ohne soziale Medien blieb bei %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The share without social media fell by %n percentage point(s), from %1 in %2.</source>
        <translation>
            <numerusform>Der Anteil ohne soziale Medien sank um %n Prozentpunkt, von %1 im Jahr %2.</numerusform>
            <numerusform>Der Anteil ohne soziale Medien sank um %n Prozentpunkte, von %1 im Jahr %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The share without social media rose by %n percentage point(s), from %1 in %2.</source>
        <translation>
            <numerusform>Der Anteil ohne soziale Medien stieg um %n Prozentpunkt, von %1 im Jahr %2.</numerusform>
            <numerusform>Der Anteil ohne soziale Medien stieg um %n Prozentpunkte, von %1 im Jahr %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/export/reportwriter.cpp" line="+99"/>
        <location line="+75"/>
        <source>Chart of the Week</source>
        <translation>Chart der Woche</translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>%n charts of the week</source>
        <translation>
            <numerusform>%n Chart der Woche</numerusform>
            <numerusform>%n Charts der Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart of week %1/%2</source>
        <translation>Chart der Woche %1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report of %1</source>
        <translation>Bericht vom %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What it means for you</source>
        <translation>Was das für Sie bedeutet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shares are percent of the respondents of a survey wave. Figures a study does not report are shown as gaps, never as zero. Data labels are rounded so that the segments of a wave add up to 100.</source>
        <translation>Anteile sind Prozent der Befragten einer Befragungswelle. Werte, die eine Studie nicht angibt, erscheinen als Lücke, nie als null. Die Datenbeschriftungen sind so gerundet, dass die Segmente einer Welle zusammen 100 ergeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no study to report on</source>
        <translation>es gibt keine Studie für den Bericht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the PDF writer could not start</source>
        <translation>die PDF-Ausgabe ließ sich nicht starten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PDF could not be completed</source>
        <translation>das PDF ließ sich nicht fertigstellen</translation>
    </message>
</context>
<context>
    <name>StudyDatabase</name>
    <message>
        <location filename="../core/studydatabase.cpp" line="+115"/>
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
        <location line="+9"/>
        <location line="+84"/>
        <location line="+30"/>
        <source>Starting a transaction</source>
        <translation>Beginn einer Transaktion</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Creating the tables</source>
        <translation>Anlegen der Tabellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the schema version</source>
        <translation>Schreiben der Schemaversion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the new database</source>
        <translation>Speichern der neuen Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+21"/>
        <source>Looking for the seed study</source>
        <translation>Suche nach der Startstudie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the seed study</source>
        <translation>Speichern der Startstudie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the study</source>
        <translation>Speichern der Studie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving the study &quot;%1&quot;</source>
        <translation>Speichern der Studie „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Listing the studies</source>
        <translation>Auflisten der Studien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up the study &quot;%1&quot;</source>
        <translation>Suche nach der Studie „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no study &quot;%2&quot;.</source>
        <translation>%1 enthält keine Studie „%2“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the study %1</source>
        <translation>Lesen der Studie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no study with the id %2.</source>
        <translation>%1 enthält keine Studie mit der ID %2.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../app/main.cpp" line="+39"/>
        <source>chartweek: [%1/%2] %3</source>
        <translation>chartweek: [%1/%2] %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>chartweek: --wave: the study has no survey wave %1 (it has %2).</source>
        <translation>chartweek: --wave: Die Studie hat keine Befragungswelle %1 (sie hat %2).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot Open the Database</source>
        <translation>Datenbank lässt sich nicht öffnen</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Advice</name>
    <message>
        <location filename="../core/advice.cpp" line="+46"/>
        <source>You already work to a plan</source>
        <translation>You already work to a plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer than one in four small businesses use social media as part of a planned strategy. If you are one of them, you are ahead of most of your peers and probably of several competitors.

Protect that lead: review your goals every quarter, drop channels that bring nothing, and keep posting on a schedule even in busy weeks. A plan that is not kept up quietly turns back into ad hoc use.</source>
        <translation>Fewer than one in four small businesses use social media as part of a planned strategy. If you are one of them, you are ahead of most of your peers and probably of several competitors.

Protect that lead: review your goals every quarter, drop channels that bring nothing, and keep posting on a schedule even in busy weeks. A plan that is not kept up quietly turns back into ad hoc use.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You use social media, but without a plan</source>
        <translation>You use social media, but without a plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using social media now and then still puts you ahead of the nearly half of small businesses that don&apos;t use it at all.

The next step is a simple written plan: what you want to achieve (more enquiries, repeat customers, a known name in your area), how you will do it (one or two channels, a fixed rhythm, who is responsible) and why it pays off. Measure one figure per goal and look at it once a month.</source>
        <translation>Using social media now and then still puts you ahead of the nearly half of small businesses that don&apos;t use it at all.

The next step is a simple written plan: what you want to achieve (more enquiries, repeat customers, a known name in your area), how you will do it (one or two channels, a fixed rhythm, who is responsible) and why it pays off. Measure one figure per goal and look at it once a month.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You don&apos;t use social media yet</source>
        <translation>You don&apos;t use social media yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not alone, but the group is shrinking: the share of small businesses without social media is falling year by year.

Start small. Find out where your customers already talk (ask them), claim your business profile there, and answer questions and reviews. One channel done well is better than five left empty. Give it an hour a week for three months, then decide with what you have learnt.</source>
        <translation>You are not alone, but the group is shrinking: the share of small businesses without social media is falling year by year.

Start small. Find out where your customers already talk (ask them), claim your business profile there, and answer questions and reviews. One channel done well is better than five left empty. Give it an hour a week for three months, then decide with what you have learnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For consultants, agencies and technology vendors</source>
        <translation>For consultants, agencies and technology vendors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The businesses that use social media ad hoc are your easiest customers: they already believe it is worth something, but lack a roadmap.

Offer them exactly that: what to do, how to do it and why, and tools that fit social media into their daily work and take manual effort off their hands. Aim your messages and packages at this group first.</source>
        <translation>The businesses that use social media ad hoc are your easiest customers: they already believe it is worth something, but lack a roadmap.

Offer them exactly that: what to do, how to do it and why, and tools that fit social media into their daily work and take manual effort off their hands. Aim your messages and packages at this group first.</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../ui/advice/advicepanel.cpp" line="+50"/>
        <location line="+7"/>
        <source>What this means for your business</source>
        <translation>What this means for your business</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+26"/>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>there is not enough memory for an image of %1×%2 pixels</source>
        <translation>there is not enough memory for an image of %1×%2 pixels</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PDF could not be completed</source>
        <translation>the PDF could not be completed</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the study has no survey wave %1</source>
        <translation>the study has no survey wave %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the size %1×%2 is outside 1–20000 pixels</source>
        <translation>the size %1×%2 is outside 1–20000 pixels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the scale factor must be between 0.5 and 4</source>
        <translation>the scale factor must be between 0.5 and 4</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <location filename="../ui/charts/chartfactory.cpp" line="+73"/>
        <source>Share of respondents (%)</source>
        <translation>Share of respondents (%)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+85"/>
        <source>Survey wave</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not reported for %1: %2</source>
        <translation>Not reported for %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gaps in a line mark figures the study did not report.</source>
        <translation>Gaps in a line mark figures the study did not report.</translation>
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
        <translation>Chart of the Week: survey charts with advice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;export&quot; writes a chart to a file; without a command the window opens.</source>
        <translation>&quot;export&quot; writes a chart to a file; without a command the window opens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the study database FILE instead of the default one.</source>
        <translation>Use the study database FILE instead of the default one.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command &quot;%1&quot;; the only command is &quot;export&quot; (see --help).</source>
        <translation>Unknown command &quot;%1&quot;; the only command is &quot;export&quot; (see --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes one chart of the study to a PNG or PDF file, without a display.</source>
        <translation>Writes one chart of the study to a PNG or PDF file, without a display.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which chart: bar or trend (default: bar).</source>
        <translation>Which chart: bar or trend (default: bar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey wave of the bar chart (default: the newest).</source>
        <translation>Survey wave of the bar chart (default: the newest).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the texts and numbers (default: the app&apos;s).</source>
        <translation>Language of the texts and numbers (default: the app&apos;s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File format (default: from the file name).</source>
        <translation>File format (default: from the file name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG size in pixels (default: 1600x900).</source>
        <translation>PNG size in pixels (default: 1600x900).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG scale factor for high-DPI screens, 0.5–4 (default: 1).</source>
        <translation>PNG scale factor for high-DPI screens, 0.5–4 (default: 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unexpected argument &quot;%1&quot; for export.</source>
        <translation>Unexpected argument &quot;%1&quot; for export.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--chart: expected bar or trend, got &quot;%1&quot;.</source>
        <translation>--chart: expected bar or trend, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wave: expected a year such as 2012, got &quot;%1&quot;.</source>
        <translation>--wave: expected a year such as 2012, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang: expected de or en, got &quot;%1&quot;.</source>
        <translation>--lang: expected de or en, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format: expected png or pdf, got &quot;%1&quot;.</source>
        <translation>--format: expected png or pdf, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got &quot;%1&quot;.</source>
        <translation>--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--scale: expected a number from 0.5 to 4, got &quot;%1&quot;.</source>
        <translation>--scale: expected a number from 0.5 to 4, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export needs an output file: -o FILE.</source>
        <translation>export needs an output file: -o FILE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .png or .pdf file or use --format.</source>
        <translation>Cannot tell the format from &quot;%1&quot;; name a .png or .pdf file or use --format.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+28"/>
        <location line="+85"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Bar chart</source>
        <translation>Bar chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector, A4 landscape)</source>
        <translation>PDF document (vector, A4 landscape)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chart-of-the-week</source>
        <translation>chart-of-the-week</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;cale (high-DPI):</source>
        <translation>S&amp;cale (high-DPI):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/language.cpp" line="+95"/>
        <source>Cannot load the translation %1.</source>
        <translation>Cannot load the translation %1.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="+80"/>
        <source>Search title or source…</source>
        <translation>Search title or source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new study for next week&apos;s chart</source>
        <translation>Create a new study for next week&apos;s chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected study (Ctrl+Z brings it back)</source>
        <translation>Delete the selected study (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library of charts</source>
        <translation>Library of charts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+198"/>
        <location line="+30"/>
        <location line="+117"/>
        <source>Chart of the Week</source>
        <translation>Chart of the Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Study</source>
        <translation>&amp;New Study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG or PDF (Ctrl+E)</source>
        <translation>Export the chart as PNG or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bar Chart</source>
        <translation>&amp;Bar Chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments of one survey wave (Ctrl+1)</source>
        <translation>Segments of one survey wave (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trend Chart</source>
        <translation>&amp;Trend Chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares across the survey waves (Ctrl+2)</source>
        <translation>Shares across the survey waves (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Chart of the Week</source>
        <translation>&amp;About Chart of the Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey &amp;wave:</source>
        <translation>Survey &amp;wave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The survey wave the bar chart shows</source>
        <translation>The survey wave the bar chart shows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar chart</source>
        <translation>Bar chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Chart of the Week</source>
        <translation>About Chart of the Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of the Week %1

Turns survey data into a weekly chart with advice.

%2</source>
        <translation>Chart of the Week %1

Turns survey data into a weekly chart with advice.

%2</translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <location filename="../ui/export/pngencoder.cpp" line="+115"/>
        <source>the PNG encoder could not start</source>
        <translation>the PNG encoder could not start</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the PNG encoder failed: %1</source>
        <translation>the PNG encoder failed: %1</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../ui/data/sharetablemodel.cpp" line="+191"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (German)</source>
        <translation>Name (German)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Segment %1: the name must not be empty.</source>
        <translation>Segment %1: the name must not be empty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename segment %1</source>
        <translation>Rename segment %1</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location line="-137"/>
        <source>Unknown: the study does not report this share.</source>
        <translation>Unknown: the study does not report this share.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&quot;%1&quot; is not a number in German format (e.g. 24,5).</source>
        <translation>&quot;%1&quot; is not a number in German format (e.g. 24,5).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number in English format (e.g. 24.5).</source>
        <translation>&quot;%1&quot; is not a number in English format (e.g. 24.5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside 0–100.</source>
        <translation>%1 is outside 0–100.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Survey wave %1, %2: %3</source>
        <translation>Survey wave %1, %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit share %1, %2</source>
        <translation>Edit share %1, %2</translation>
    </message>
</context>
<context>
    <name>StudyDatabase</name>
    <message>
        <location filename="../core/studydatabase.cpp" line="+155"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a Chart of the Week database, or it is damaged: %2</source>
        <translation>%1 is not a Chart of the Week database, or it is damaged: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Starting a transaction</source>
        <translation>Starting a transaction</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating the tables</source>
        <translation>Creating the tables</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Writing the schema version</source>
        <translation>Writing the schema version</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Saving the new database</source>
        <translation>Saving the new database</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+19"/>
        <source>%1 is an SQLite database of another application; Chart of the Week leaves it untouched.</source>
        <translation>%1 is an SQLite database of another application; Chart of the Week leaves it untouched.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading the schema version</source>
        <translation>Reading the schema version</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to %3). Update the app to open it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no valid schema version.</source>
        <translation>%1 has no valid schema version.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Looking for the seed study</source>
        <translation>Looking for the seed study</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Saving the seed study</source>
        <translation>Saving the seed study</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 needs an update of its schema, but the backup copy %2 can&apos;t be written; the database was left unchanged.</source>
        <translation>%1 needs an update of its schema, but the backup copy %2 can&apos;t be written; the database was left unchanged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Updating the schema</source>
        <translation>Updating the schema</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The study &quot;%1&quot; was not saved: %2</source>
        <translation>The study &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>Saving the study</source>
        <translation>Saving the study</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+81"/>
        <source>Saving the study &quot;%1&quot;</source>
        <translation>Saving the study &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+6"/>
        <source>Deleting the study %1</source>
        <translation>Deleting the study %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleting the figures of study %1</source>
        <translation>Deleting the figures of study %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation>Saving the segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the survey wave %1</source>
        <translation>Saving the survey wave %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the shares of the survey wave %1</source>
        <translation>Saving the shares of the survey wave %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Listing the studies</source>
        <translation>Listing the studies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking up the study &quot;%1&quot;</source>
        <translation>Looking up the study &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no study &quot;%2&quot;.</source>
        <translation>%1 has no study &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the study %1</source>
        <translation>Reading the study %1</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+22"/>
        <location line="+158"/>
        <source>%1 has no study with the id %2.</source>
        <translation>%1 has no study with the id %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the segments of study %1</source>
        <translation>Reading the segments of study %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, table study, row %2, field baseline_position: %3 names no segment.</source>
        <translation>%1, table study, row %2, field baseline_position: %3 names no segment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the survey waves of study %1</source>
        <translation>Reading the survey waves of study %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the shares of study %1</source>
        <translation>Reading the shares of study %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, table segment_share, wave %2, segment &quot;%3&quot;, field share_percent: &quot;%4&quot; is not a number.</source>
        <translation>%1, table segment_share, wave %2, segment &quot;%3&quot;, field share_percent: &quot;%4&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>StudyEditor</name>
    <message>
        <location filename="../ui/data/studyeditor.cpp" line="+113"/>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit publisher</source>
        <translation>Edit publisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit source</source>
        <translation>Edit source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit topic (English)</source>
        <translation>Edit topic (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit topic (German)</source>
        <translation>Edit topic (German)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit headline (English)</source>
        <translation>Edit headline (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit headline (German)</source>
        <translation>Edit headline (German)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit publication year</source>
        <translation>Edit publication year</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Edit chart week</source>
        <translation>Edit chart week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit multiple answers</source>
        <translation>Edit multiple answers</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit notes</source>
        <translation>Edit notes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Publisher:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication &amp;year:</source>
        <translation>Publication &amp;year:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic (&amp;English):</source>
        <translation>Topic (&amp;English):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic (&amp;German):</source>
        <translation>Topic (&amp;German):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headline (E&amp;nglish):</source>
        <translation>Headline (E&amp;nglish):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline (Ger&amp;man):</source>
        <translation>Headline (Ger&amp;man):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart &amp;week:</source>
        <translation>Chart &amp;week:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled for the week of</source>
        <translation>Scheduled for the week of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple answers allowed (shares need not add up to 100)</source>
        <translation>Multiple answers allowed (shares need not add up to 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Empty: generated from the figures</source>
        <translation>Empty: generated from the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Wave…</source>
        <translation>Add &amp;Wave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Wave</source>
        <translation>Remove Wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Se&amp;gment</source>
        <translation>Add Se&amp;gment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Segment</source>
        <translation>Remove Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares in percent: survey waves by segments</source>
        <translation>Shares in percent: survey waves by segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The title must not be empty.</source>
        <translation>The title must not be empty.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add Survey Wave</source>
        <translation>Add Survey Wave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year of the survey wave:</source>
        <translation>Year of the survey wave:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The survey wave %1 exists already.</source>
        <translation>The survey wave %1 exists already.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add survey wave %1</source>
        <translation>Add survey wave %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove survey wave %1</source>
        <translation>Remove survey wave %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add segment</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove segment &quot;%1&quot;</source>
        <translation>Remove segment &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StudyLibrary</name>
    <message>
        <location filename="../ui/library/studylibrary.cpp" line="+161"/>
        <source>New study</source>
        <translation>New study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publisher, title of the study, year</source>
        <translation>Publisher, title of the study, year</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Study</source>
        <translation>New Study</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Duplicate &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>Delete &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StudyListModel</name>
    <message>
        <location filename="../ui/library/studylistmodel.cpp" line="+65"/>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, week %2</source>
        <translation>%1, week %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Chart week</source>
        <translation>Chart week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey waves</source>
        <translation>Survey waves</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="+24"/>
        <source>The survey wave %1 appears more than once.</source>
        <translation>The survey wave %1 appears more than once.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The survey wave %1 has %2 shares, but the study has %3 segments.</source>
        <translation>The survey wave %1 has %2 shares, but the study has %3 segments.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Survey wave %1, segment &quot;%2&quot;: the share %3 is outside 0–100.</source>
        <translation>Survey wave %1, segment &quot;%2&quot;: the share %3 is outside 0–100.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Survey wave %1: the known shares add up to %2, more than 100.</source>
        <translation>Survey wave %1: the known shares add up to %2, more than 100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey wave %1: the shares add up to %2 instead of 100.</source>
        <translation>Survey wave %1: the shares add up to %2 instead of 100.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+32"/>
        <source>chartweek: --wave: the study has no survey wave %1 (it has %2).</source>
        <translation>chartweek: --wave: the study has no survey wave %1 (it has %2).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot Open the Database</source>
        <translation>Cannot Open the Database</translation>
    </message>
</context>
</TS>

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
    <name>BatchExport</name>
    <message>
        <location filename="../ui/export/batchexport.cpp" line="+69"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
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
        <translation>Share %1 (%)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+30"/>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is not enough memory for an image of %1×%2 pixels</source>
        <translation>there is not enough memory for an image of %1×%2 pixels</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be completed</source>
        <translation>the PDF could not be completed</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the SVG writer could not start</source>
        <translation>the SVG writer could not start</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Standard (1600 × 900)</source>
        <translation>Standard (1600 × 900)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, landscape (1200 × 675)</source>
        <translation>Social media, landscape (1200 × 675)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, square (1080 × 1080)</source>
        <translation>Social media, square (1080 × 1080)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides (1920 × 1080)</source>
        <translation>Slides (1920 × 1080)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter landscape</source>
        <translation>Letter landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter portrait</source>
        <translation>Letter portrait</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <location filename="../ui/charts/chartfactory.cpp" line="+180"/>
        <source>Share of respondents (%)</source>
        <translation>Share of respondents (%)</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+91"/>
        <source>Survey wave</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+45"/>
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
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Bar chart of the survey wave %1: %2.</source>
        <translation>Bar chart of the survey wave %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend chart of the shares across the survey waves. %1.</source>
        <translation>Trend chart of the shares across the survey waves. %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+19"/>
        <source>Chart of the Week: survey charts with advice.</source>
        <translation>Chart of the Week: survey charts with advice.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the study database FILE instead of the default one.</source>
        <translation>Use the study database FILE instead of the default one.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Which chart: bar or trend (default: bar).</source>
        <translation>Which chart: bar or trend (default: bar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey wave of the bar chart (default: the newest).</source>
        <translation>Survey wave of the bar chart (default: the newest).</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>&quot;export&quot; writes charts to files, &quot;report&quot; writes a PDF report; without a command the window opens.</source>
        <translation>&quot;export&quot; writes charts to files, &quot;report&quot; writes a PDF report; without a command the window opens.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Writes a PDF report (cover, every chart with its headline, the advice and the sources), without a display.</source>
        <translation>Writes a PDF report (cover, every chart with its headline, the advice and the sources), without a display.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the report (default: the app&apos;s).</source>
        <translation>Language of the report (default: the app&apos;s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument &quot;%1&quot; for report.</source>
        <translation>Unexpected argument &quot;%1&quot; for report.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>report needs an output file: -o FILE.pdf.</source>
        <translation>report needs an output file: -o FILE.pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is a PDF; name a .pdf file instead of &quot;%1&quot;.</source>
        <translation>The report is a PDF; name a .pdf file instead of &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Unknown command &quot;%1&quot;; the commands are &quot;export&quot; and &quot;report&quot; (see --help).</source>
        <translation>Unknown command &quot;%1&quot;; the commands are &quot;export&quot; and &quot;report&quot; (see --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes one chart of the study to a PNG, PDF or SVG file, or with --all every chart in every format and language to a folder, without a display.</source>
        <translation>Writes one chart of the study to a PNG, PDF or SVG file, or with --all every chart in every format and language to a folder, without a display.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the texts and numbers (default: the app&apos;s); with --all a list such as de,en.</source>
        <translation>Language of the texts and numbers (default: the app&apos;s); with --all a list such as de,en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format (default: from the file name).</source>
        <translation>File format (default: from the file name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --all: the formats to write, such as png,pdf,svg (default: png).</source>
        <translation>With --all: the formats to write, such as png,pdf,svg (default: png).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every chart (a bar chart per survey wave and the trend chart) into the folder given by -o.</source>
        <translation>Write every chart (a bar chart per survey wave and the trend chart) into the folder given by -o.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A named size: 1600x900, 1200x675, 1080x1080, 1920x1080 (PNG, SVG) or a4-landscape, a4-portrait, letter-landscape, letter-portrait (PDF).</source>
        <translation>A named size: 1600x900, 1200x675, 1080x1080, 1920x1080 (PNG, SVG) or a4-landscape, a4-portrait, letter-landscape, letter-portrait (PDF).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>The file to write (with --all: the folder).</source>
        <translation>The file to write (with --all: the folder).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--lang: expected de, en or a list such as de,en, got &quot;%1&quot;.</source>
        <translation>--lang: expected de, en or a list such as de,en, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--formats: expected a list of png, pdf and svg such as png,pdf,svg, got &quot;%1&quot;.</source>
        <translation>--formats: expected a list of png, pdf and svg such as png,pdf,svg, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use either --size or --preset, not both.</source>
        <translation>Use either --size or --preset, not both.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--preset: expected one of %1, got &quot;%2&quot;.</source>
        <translation>--preset: expected one of %1, got &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format: expected png, pdf or svg, got &quot;%1&quot;.</source>
        <translation>--format: expected png, pdf or svg, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .png, .pdf or .svg file or use --format.</source>
        <translation>Cannot tell the format from &quot;%1&quot;; name a .png, .pdf or .svg file or use --format.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Unexpected argument &quot;%1&quot; for export.</source>
        <translation>Unexpected argument &quot;%1&quot; for export.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 can&apos;t be combined with --all.</source>
        <translation>--%1 can&apos;t be combined with --all.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--formats needs --all; for one file use --format.</source>
        <translation>--formats needs --all; for one file use --format.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--chart: expected bar or trend, got &quot;%1&quot;.</source>
        <translation>--chart: expected bar or trend, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--wave: expected a year such as 2012, got &quot;%1&quot;.</source>
        <translation>--wave: expected a year such as 2012, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+185"/>
        <source>--lang: expected de or en, got &quot;%1&quot;.</source>
        <translation>--lang: expected de or en, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <source>export --all needs an output folder: -o FOLDER.</source>
        <translation>export --all needs an output folder: -o FOLDER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export needs an output file: -o FILE.</source>
        <translation>export needs an output file: -o FILE.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+29"/>
        <location line="+133"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location line="-132"/>
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
        <source>PDF document (vector)</source>
        <translation>PDF document (vector)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (vector)</source>
        <translation>SVG image (vector)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
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
        <location line="+53"/>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <location line="-6"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+228"/>
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
        <source>Export the chart as PNG, PDF or SVG (Ctrl+E)</source>
        <translation>Export the chart as PNG, PDF or SVG (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;All…</source>
        <translation>Export &amp;All…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every chart as PNG, PDF and SVG, in English and German</source>
        <translation>Every chart as PNG, PDF and SVG, in English and German</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF report with every chart, its headline, the advice and the sources</source>
        <translation>A PDF report with every chart, its headline, the advice and the sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copy Chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chart as an image and its figures as a table (Ctrl+C)</source>
        <translation>Copy the chart as an image and its figures as a table (Ctrl+C)</translation>
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
        <location line="+32"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+41"/>
        <location line="+30"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+71"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Copied the chart and its figures</source>
        <translation>Copied the chart and its figures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export All Charts to a Folder</source>
        <translation>Export All Charts to a Folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting charts…</source>
        <translation>Exporting charts…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export All</source>
        <translation>Export All</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Export cancelled after %n file(s)</source>
        <translation>
            <numerusform>Export cancelled after %n file</numerusform>
            <numerusform>Export cancelled after %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chart-of-the-week-report</source>
        <translation>chart-of-the-week-report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not start.</source>
        <translation>The printer could not start.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <translation>No figures for the survey wave %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1, %2 of small businesses used social media, but only %3 as part of a planned strategy.</source>
        <translation>In %1, %2 of small businesses used social media, but only %3 as part of a planned strategy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In %1, %2 of small businesses used social media.</source>
        <translation>In %1, %2 of small businesses used social media.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In %1, the study does not report how many small businesses used social media.</source>
        <translation>In %1, the study does not report how many small businesses used social media.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The share without social media stayed at %1.</source>
        <translation>The share without social media stayed at %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The share without social media fell by %n percentage point(s), from %1 in %2.</source>
        <translation>
            <numerusform>The share without social media fell by %n percentage point, from %1 in %2.</numerusform>
            <numerusform>The share without social media fell by %n percentage points, from %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The share without social media rose by %n percentage point(s), from %1 in %2.</source>
        <translation>
            <numerusform>The share without social media rose by %n percentage point, from %1 in %2.</numerusform>
            <numerusform>The share without social media rose by %n percentage points, from %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/export/reportwriter.cpp" line="+99"/>
        <location line="+75"/>
        <source>Chart of the Week</source>
        <translation>Chart of the Week</translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>%n charts of the week</source>
        <translation>
            <numerusform>%n chart of the week</numerusform>
            <numerusform>%n charts of the week</numerusform>
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
        <translation>Chart of week %1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report of %1</source>
        <translation>Report of %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What it means for you</source>
        <translation>What it means for you</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shares are percent of the respondents of a survey wave. Figures a study does not report are shown as gaps, never as zero. Data labels are rounded so that the segments of a wave add up to 100.</source>
        <translation>Shares are percent of the respondents of a survey wave. Figures a study does not report are shown as gaps, never as zero. Data labels are rounded so that the segments of a wave add up to 100.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Cannot write the report %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no study to report on</source>
        <translation>there is no study to report on</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the PDF could not be completed</source>
        <translation>the PDF could not be completed</translation>
    </message>
</context>
<context>
    <name>StudyDatabase</name>
    <message>
        <location filename="../core/studydatabase.cpp" line="+115"/>
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
        <location line="+9"/>
        <location line="+84"/>
        <location line="+30"/>
        <source>Starting a transaction</source>
        <translation>Starting a transaction</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Creating the tables</source>
        <translation>Creating the tables</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the schema version</source>
        <translation>Writing the schema version</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the new database</source>
        <translation>Saving the new database</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+21"/>
        <source>Looking for the seed study</source>
        <translation>Looking for the seed study</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the seed study</source>
        <translation>Saving the seed study</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the study</source>
        <translation>Saving the study</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving the study &quot;%1&quot;</source>
        <translation>Saving the study &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <source>Listing the studies</source>
        <translation>Listing the studies</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up the study &quot;%1&quot;</source>
        <translation>Looking up the study &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no study &quot;%2&quot;.</source>
        <translation>%1 has no study &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the study %1</source>
        <translation>Reading the study %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no study with the id %2.</source>
        <translation>%1 has no study with the id %2.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../app/main.cpp" line="+39"/>
        <source>chartweek: [%1/%2] %3</source>
        <translation>chartweek: [%1/%2] %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>chartweek: --wave: the study has no survey wave %1 (it has %2).</source>
        <translation>chartweek: --wave: the study has no survey wave %1 (it has %2).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot Open the Database</source>
        <translation>Cannot Open the Database</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Advice</name>
    <message>
        <location filename="../core/advice.cpp" line="+213"/>
        <source>consultants, agencies and vendors</source>
        <translation>consultants, agencies and vendors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The advice for &quot;%1&quot; has no %2 text.</source>
        <translation>The advice for &quot;%1&quot; has no %2 text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 advice for &quot;%2&quot; is older than the %3 text.</source>
        <translation>The %1 advice for &quot;%2&quot; is older than the %3 text.</translation>
    </message>
</context>
<context>
    <name>AdviceEditor</name>
    <message>
        <location filename="../ui/data/adviceeditor.cpp" line="+98"/>
        <source>Advice &amp;for:</source>
        <translation>Advice &amp;for:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the app writes a short text from the figures.</source>
        <translation>Empty: the app writes a short text from the figures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heading (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Heading (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advice text (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Advice text (%1)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Edit advice (%1)</source>
        <extracomment>%1 is the name of a language (&quot;English&quot;, &quot;German&quot;).</extracomment>
        <translation>Edit advice (%1)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Consultants, agencies and vendors</source>
        <translation>Consultants, agencies and vendors</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../ui/advice/advicepanel.cpp" line="+35"/>
        <location line="+8"/>
        <source>What this means for your business</source>
        <translation>What this means for your business</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Advice for each kind of business; selecting a bar highlights its section</source>
        <translation>Advice for each kind of business; selecting a bar highlights its section</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <location filename="../ui/export/batchexport.cpp" line="+132"/>
        <source>A file name made from the study &quot;%1&quot; would lie outside the chosen folder.</source>
        <translation>A file name made from the study &quot;%1&quot; would lie outside the chosen folder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>BrandThemeDialog</name>
    <message>
        <location filename="../ui/theme/brandthemedialog.cpp" line="+52"/>
        <source>Choose &amp;Logo…</source>
        <translation>Choose &amp;Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Logo</source>
        <translation>Re&amp;move Logo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brand Theme</source>
        <translation>Brand Theme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colours the first segment of every chart</source>
        <translation>Colours the first segment of every chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours the second segment of every chart</source>
        <translation>Colours the second segment of every chart</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Primary colour:</source>
        <translation>&amp;Primary colour:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Secondary colour:</source>
        <translation>&amp;Secondary colour:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Font:</source>
        <translation>&amp;Font:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every export and the presentation use these in the brand theme. They are stored in the database, so everyone who uses it shares them.</source>
        <translation>Every export and the presentation use these in the brand theme. They are stored in the database, so everyone who uses it shares them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo, the standard colours and font</source>
        <translation>No logo, the standard colours and font</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>primary colour</source>
        <translation>primary colour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secondary colour</source>
        <translation>secondary colour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard palette</source>
        <translation>Standard palette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 %2 has a contrast of only %3:1 against the white background; bars in it are hard to see.</source>
        <translation>The %1 %2 has a contrast of only %3:1 against the white background; bars in it are hard to see.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+10"/>
        <source>Cannot use %1 as the logo: %2</source>
        <translation>Cannot use %1 as the logo: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot use %1 as the logo: %2.</source>
        <translation>Cannot use %1 as the logo: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a Logo</source>
        <translation>Choose a Logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.png *.svg *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.svg *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Primary Colour</source>
        <translation>Primary Colour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secondary Colour</source>
        <translation>Secondary Colour</translation>
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
        <translation>Share %1 (%)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/export/chartexporter.cpp" line="+38"/>
        <source>Cannot export to %1: %2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is not enough memory for an image of %1×%2 pixels</source>
        <translation>there is not enough memory for an image of %1×%2 pixels</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF could not be completed</source>
        <translation>the PDF could not be completed</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+220"/>
        <source>the SVG writer could not start</source>
        <translation>the SVG writer could not start</translation>
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
        <translation>Social media, landscape (1200 × 675)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, square (1080 × 1080)</source>
        <translation>Social media, square (1080 × 1080)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media, portrait (1080 × 1350)</source>
        <translation>Social media, portrait (1080 × 1350)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media and slides, full HD (1920 × 1080)</source>
        <translation>Social media and slides, full HD (1920 × 1080)</translation>
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
        <location filename="../ui/export/chartexporter.cpp" line="+23"/>
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
        <location filename="../ui/charts/chartfactory.cpp" line="+1309"/>
        <source>Not reported for %1: %2</source>
        <translation>Not reported for %1: %2</translation>
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
        <translation>Chart: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+246"/>
        <source>Chart of the Week: survey charts with advice.</source>
        <translation>Chart of the Week: survey charts with advice.</translation>
    </message>
    <message>
        <location line="+311"/>
        <source>Which chart: bar or trend (default: bar).</source>
        <translation>Which chart: bar or trend (default: bar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey wave of the bar chart (default: the newest).</source>
        <translation>Survey wave of the bar chart (default: the newest).</translation>
    </message>
    <message>
        <location line="-476"/>
        <source>Adds the studies of a CSV, XLSX, ODS or JSON file to the library and prints their ids. Nothing is added when any row is rejected.</source>
        <translation>Adds the studies of a CSV, XLSX, ODS or JSON file to the library and prints their ids. Nothing is added when any row is rejected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV, XLSX, ODS or JSON file.</source>
        <translation>The CSV, XLSX, ODS or JSON file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sheet of an XLSX or ODS file (default: the first one with cells).</source>
        <translation>The sheet of an XLSX or ODS file (default: the first one with cells).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Copies a whole library (every study with its advice and history, and the brand theme) into a new file or an empty team library, or back, and prints what it copied.</source>
        <translation>Copies a whole library (every study with its advice and history, and the brand theme) into a new file or an empty team library, or back, and prints what it copied.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Writes the figures of one study as CSV (opens in Excel), XLSX (an Excel workbook) or as JSON (the whole study, for sharing).</source>
        <translation>Writes the figures of one study as CSV (opens in Excel), XLSX (an Excel workbook) or as JSON (the whole study, for sharing).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv, json or xlsx (default: from the file name).</source>
        <translation>csv, json or xlsx (default: from the file name).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--format: expected csv, json or xlsx, got &quot;%1&quot;.</source>
        <translation>--format: expected csv, json or xlsx, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .csv, .json or .xlsx file or use --format.</source>
        <translation>Cannot tell the format from &quot;%1&quot;; name a .csv, .json or .xlsx file or use --format.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cannot tell the format from &quot;%1&quot;; name a .png, .pdf, .svg, .html or .pptx file or use --format.</source>
        <translation>Cannot tell the format from &quot;%1&quot;; name a .png, .pdf, .svg, .html or .pptx file or use --format.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Writes a PDF report (cover, every chart with its headline, the advice and the sources) or a PowerPoint deck of the same, without a display.</source>
        <translation>Writes a PDF report (cover, every chart with its headline, the advice and the sources) or a PowerPoint deck of the same, without a display.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the report (default: the app&apos;s).</source>
        <translation>Language of the report (default: the app&apos;s).</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Open one study file at a time, not %1.</source>
        <translation>Open one study file at a time, not %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown command &quot;%1&quot;; the commands are export, report, import, list, export-data and copy-library (see --help).</source>
        <translation>Unknown command &quot;%1&quot;; the commands are export, report, import, list, export-data and copy-library (see --help).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writes one chart of the study to a PNG, PDF or SVG file, or with --all every chart in every format and language to a folder, without a display.</source>
        <translation>Writes one chart of the study to a PNG, PDF or SVG file, or with --all every chart in every format and language to a folder, without a display.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the texts and numbers (default: the app&apos;s); with --all a list such as de,en.</source>
        <translation>Language of the texts and numbers (default: the app&apos;s); with --all a list such as de,en.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --all: the formats to write, such as png,pdf,svg (default: png).</source>
        <translation>With --all: the formats to write, such as png,pdf,svg (default: png).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write every chart (a bar chart per survey wave and the trend chart) into the folder given by -o.</source>
        <translation>Write every chart (a bar chart per survey wave and the trend chart) into the folder given by -o.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PNG size in pixels (default: 1600x900).</source>
        <translation>PNG size in pixels (default: 1600x900).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG scale factor for high-DPI screens, 0.5–4 (default: 1).</source>
        <translation>PNG scale factor for high-DPI screens, 0.5–4 (default: 1).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--lang: expected de, en or a list such as de,en, got &quot;%1&quot;.</source>
        <translation>--lang: expected de, en or a list such as de,en, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--formats: expected a list of png, pdf, svg, html and pptx such as png,pdf,svg, got &quot;%1&quot;.</source>
        <translation>--formats: expected a list of png, pdf, svg, html and pptx such as png,pdf,svg, got &quot;%1&quot;.</translation>
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
        <location line="-632"/>
        <source>The study: its id or exact title (default: the newest chart of the week).</source>
        <translation>The study: its id or exact title (default: the newest chart of the week).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Text encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected; Windows-1252 only when asked for).</source>
        <translation>Text encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected; Windows-1252 only when asked for).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>import needs a file: chartweek import FILE.</source>
        <translation>import needs a file: chartweek import FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import takes one file, not %1.</source>
        <translation>import takes one file, not %1.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>--locale: expected de or en, got &quot;%1&quot;.</source>
        <translation>--locale: expected de or en, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Number notation of a CSV file: de (24,5) or en (24.5); default: detected from the file.</source>
        <translation>Number notation of a CSV file: de (24,5) or en (24.5); default: detected from the file.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--encoding: expected utf-8, utf-16le, utf-16be or windows-1252, got &quot;%1&quot;.</source>
        <translation>--encoding: expected utf-8, utf-16le, utf-16be or windows-1252, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lists the library, one tab-separated line per study: id, chart week, title, survey waves; newest chart first.</source>
        <translation>Lists the library, one tab-separated line per study: id, chart week, title, survey waves; newest chart first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument &quot;%1&quot; for list.</source>
        <translation>Unexpected argument &quot;%1&quot; for list.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The library to copy: a study database file or a team library (postgresql://user@host:port/dbname).</source>
        <translation>The library to copy: a study database file or a team library (postgresql://user@host:port/dbname).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to copy it: a new file or an empty team library.</source>
        <translation>Where to copy it: a new file or an empty team library.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected argument &quot;%1&quot; for copy-library.</source>
        <translation>Unexpected argument &quot;%1&quot; for copy-library.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>copy-library takes its two libraries as --from and --to, not --database.</source>
        <translation>copy-library takes its two libraries as --from and --to, not --database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>copy-library needs both libraries: --from FILE|URI --to FILE|URI.</source>
        <translation>copy-library needs both libraries: --from FILE|URI --to FILE|URI.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>CSV conventions: de (&quot;;&quot; and 24,5) or en (&quot;,&quot; and 24.5); default: the app&apos;s language.</source>
        <translation>CSV conventions: de (&quot;;&quot; and 24,5) or en (&quot;,&quot; and 24.5); default: the app&apos;s language.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &quot;%1&quot; for export-data.</source>
        <translation>Unexpected argument &quot;%1&quot; for export-data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export-data needs an output file: -o FILE.</source>
        <translation>export-data needs an output file: -o FILE.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>export (charts to files), report (a PDF report), import (CSV or JSON into the library), list (the library), export-data (a study as CSV or JSON), copy-library (a whole library to another); without a command the window opens, with a CSV or JSON file in its import preview.</source>
        <translation>export (charts to files), report (a PDF report), import (CSV or JSON into the library), list (the library), export-data (a study as CSV or JSON), copy-library (a whole library to another); without a command the window opens, with a CSV or JSON file in its import preview.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the study database FILE instead of the default one, or the team library on a PostgreSQL server: postgresql://user@host:port/dbname (the password from ~/.pgpass).</source>
        <translation>Use the study database FILE instead of the default one, or the team library on a PostgreSQL server: postgresql://user@host:port/dbname (the password from ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Look of the output: light, dark, or brand (the logo, colours and font stored in the database; default: light).</source>
        <translation>Look of the output: light, dark, or brand (the logo, colours and font stored in the database; default: light).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--theme: expected light, dark or brand, got &quot;%1&quot;.</source>
        <translation>--theme: expected light, dark or brand, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--format with several formats takes one -o as the base of the file names.</source>
        <translation>--format with several formats takes one -o as the base of the file names.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With several -o the formats come from the file names; leave out --format.</source>
        <translation>With several -o the formats come from the file names; leave out --format.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is named twice.</source>
        <translation>&quot;%1&quot; is named twice.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unexpected argument &quot;%1&quot; for %2.</source>
        <translation>Unexpected argument &quot;%1&quot; for %2.</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>File format (default: from the file name); a list such as png,pdf writes one file per format from one -o base.</source>
        <translation>File format (default: from the file name); a list such as png,pdf writes one file per format from one -o base.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A named size: %1 (PNG, SVG) or %2 (PDF).</source>
        <translation>A named size: %1 (PNG, SVG) or %2 (PDF).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file to write (with --all: the folder); several -o write several files of the same chart in one run.</source>
        <translation>The file to write (with --all: the folder); several -o write several files of the same chart in one run.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file (or folder) to write, instead of -o (after -- it may start with a dash).</source>
        <translation>The file (or folder) to write, instead of -o (after -- it may start with a dash).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--%1 can&apos;t be combined with --all.</source>
        <translation>--%1 can&apos;t be combined with --all.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--formats needs --all; for one file use --format.</source>
        <translation>--formats needs --all; for one file use --format.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--chart: expected bar or trend, got &quot;%1&quot;.</source>
        <translation>--chart: expected bar or trend, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--wave: expected a year such as 2012, got &quot;%1&quot;.</source>
        <translation>--wave: expected a year such as 2012, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>export --all writes into one folder; give -o once.</source>
        <translation>export --all writes into one folder; give -o once.</translation>
    </message>
    <message>
        <location line="-306"/>
        <location line="+227"/>
        <source>--lang: expected de or en, got &quot;%1&quot;.</source>
        <translation>--lang: expected de or en, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>The PDF or PowerPoint file to write.</source>
        <translation>The PDF or PowerPoint file to write.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf (a report to read) or pptx (a deck to present, with native charts and the narrative and advice as speaker notes); default: from the file name.</source>
        <translation>pdf (a report to read) or pptx (a deck to present, with native charts and the narrative and advice as speaker notes); default: from the file name.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The output file, instead of -o (after -- it may start with a dash).</source>
        <translation>The output file, instead of -o (after -- it may start with a dash).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>report needs an output file: -o FILE.pdf or -o FILE.pptx.</source>
        <translation>report needs an output file: -o FILE.pdf or -o FILE.pptx.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format: expected pdf or pptx, got &quot;%1&quot;.</source>
        <translation>--format: expected pdf or pptx, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is a PDF or a PowerPoint deck; name a .pdf or .pptx file instead of &quot;%1&quot; or use --format.</source>
        <translation>The report is a PDF or a PowerPoint deck; name a .pdf or .pptx file instead of &quot;%1&quot; or use --format.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>--format: expected png, pdf, svg, html or pptx, got &quot;%1&quot;.</source>
        <translation>--format: expected png, pdf, svg, html or pptx, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got &quot;%1&quot;.</source>
        <translation>--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--scale: expected a number from 0.5 to 4, got &quot;%1&quot;.</source>
        <translation>--scale: expected a number from 0.5 to 4, got &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/library/conflictdialog.cpp" line="+20"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Take Theirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved by a Colleague</source>
        <translation>Saved by a Colleague</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colleague saved “%1” after this window showed it. Keep your version to store it over theirs, or take theirs and drop your last change.</source>
        <translation>A colleague saved “%1” after this window showed it. Keep your version to store it over theirs, or take theirs and drop your last change.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences between your version and theirs</source>
        <translation>Differences between your version and theirs</translation>
    </message>
</context>
<context>
    <name>ConnectTeamLibraryDialog</name>
    <message>
        <location filename="../ui/database/connectdialog.cpp" line="+34"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to Team Library</source>
        <translation>Connect to Team Library</translation>
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
        <translation>The team's library on a PostgreSQL server: everyone connected sees each other's changes as they are saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart of the Week never asks for or stores the password: it is read from ~/.pgpass (a line server:port:database:user:password, readable only by you).</source>
        <translation>Chart of the Week never asks for or stores the password: it is read from ~/.pgpass (a line server:port:database:user:password, readable only by you).</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../core/csvimporter.cpp" line="+104"/>
        <source>Not enough memory to read the file.</source>
        <translation>Not enough memory to read the file.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The quotes in this line are malformed: a cell with a quote must be enclosed in quotes, and every quote inside it doubled (&quot;&quot;).</source>
        <translation>The quotes in this line are malformed: a cell with a quote must be enclosed in quotes, and every quote inside it doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A quoted cell that starts on this line is never closed.</source>
        <translation>A quoted cell that starts on this line is never closed.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The numbers of the file read differently in German and English notation (e.g. &quot;%1&quot;); choose the notation of the file.</source>
        <translation>The numbers of the file read differently in German and English notation (e.g. &quot;%1&quot;); choose the notation of the file.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file contains the control character %1, which no text may hold.</source>
        <translation>The file contains the control character %1, which no text may hold.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The survey wave is missing.</source>
        <translation>The survey wave is missing.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+9"/>
        <source>The survey wave &quot;%1&quot; is not a year (four digits, e.g. 2012).</source>
        <translation>The survey wave &quot;%1&quot; is not a year (four digits, e.g. 2012).</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>TRUE</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FALSE</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>The formula&apos;s result is not saved in the file; open the file in Excel or LibreOffice and save it again.</source>
        <translation>The formula&apos;s result is not saved in the file; open the file in Excel or LibreOffice and save it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cell holds the error value %1, not a share.</source>
        <translation>The cell holds the error value %1, not a share.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cell holds %1, not a share.</source>
        <translation>The cell holds %1, not a share.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imported study</source>
        <translation>Imported study</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The study name is missing.</source>
        <translation>The study name is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The segment name is missing.</source>
        <translation>The segment name is missing.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; is not yes or no.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The study &quot;%1&quot; is marked both as a multiple-answer question and as not one.</source>
        <translation>The study &quot;%1&quot; is marked both as a multiple-answer question and as not one.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survey wave %1, segment &quot;%2&quot; appears again (first on line %3).</source>
        <translation>Survey wave %1, segment &quot;%2&quot; appears again (first on line %3).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The header has no segment name in column %1.</source>
        <translation>The header has no segment name in column %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The segment &quot;%1&quot; appears twice in the header (columns %2 and %3).</source>
        <translation>The segment &quot;%1&quot; appears twice in the header (columns %2 and %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The survey wave %1 appears again (first on line %2).</source>
        <translation>The survey wave %1 appears again (first on line %2).</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+82"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The cells of the first row are not separated by a comma, semicolon or tab.</source>
        <translation>The cells of the first row are not separated by a comma, semicolon or tab.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This row has %1 cells, but the header has %2.</source>
        <translation>This row has %1 cells, but the header has %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file needs at least two columns.</source>
        <translation>The file needs at least two columns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has a header but no data rows.</source>
        <translation>The file has a header but no data rows.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The column &quot;%1&quot; is not one of study, wave, segment, share and multiple answers.</source>
        <translation>The column &quot;%1&quot; is not one of study, wave, segment, share and multiple answers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>The column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The cells %1 are merged: unmerge them, so that every column has its own cells.</source>
        <translation>The cells %1 are merged: unmerge them, so that every column has its own cells.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Column %1 is hidden in the sheet but holds cells: show it or delete it before importing.</source>
        <translation>Column %1 is hidden in the sheet but holds cells: show it or delete it before importing.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row %1 is hidden in the sheet and is not imported.</source>
        <translation>Row %1 is hidden in the sheet and is not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows %1 to %2 are hidden in the sheet and are not imported.</source>
        <translation>Rows %1 to %2 are hidden in the sheet and are not imported.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The cell contains the control character %1, which no text may hold.</source>
        <translation>The cell contains the control character %1, which no text may hold.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The spreadsheet has no sheet named &quot;%1&quot;.</source>
        <translation>The spreadsheet has no sheet named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sheet is empty.</source>
        <translation>The sheet is empty.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../ui/database/databasedialog.cpp" line="+20"/>
        <source>&amp;Open Another File…</source>
        <translation>&amp;Open Another File…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create New Database…</source>
        <translation>&amp;Create New Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Open the Database</source>
        <translation>Cannot Open the Database</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of the Week databases (*.sqlite);;All files (*)</source>
        <translation>Chart of the Week databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create New Database</source>
        <translation>Create New Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of the Week databases (*.sqlite)</source>
        <translation>Chart of the Week databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 already exists. Choose a new name for the new database; the existing file is left as it is.</source>
        <translation>%1 already exists. Choose a new name for the new database; the existing file is left as it is.</translation>
    </message>
</context>
<context>
    <name>DeckWriter</name>
    <message>
        <location filename="../core/pptxwriter.cpp" line="+677"/>
        <source>no temporary folder for the chart&apos;s workbook: %1</source>
        <translation>no temporary folder for the chart&apos;s workbook: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the chart&apos;s workbook could not be created</source>
        <translation>the chart&apos;s workbook could not be created</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the chart&apos;s workbook could not be written: %1</source>
        <translation>the chart&apos;s workbook could not be written: %1</translation>
    </message>
    <message>
        <location line="+319"/>
        <location line="+8"/>
        <source>the deck could not be packed: %1</source>
        <translation>the deck could not be packed: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the deck has no slides</source>
        <translation>the deck has no slides</translation>
    </message>
</context>
<context>
    <name>DifferencesTable</name>
    <message>
        <location filename="../ui/library/differencestable.cpp" line="+34"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+155"/>
        <location line="+103"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Bar chart</source>
        <translation>Bar chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend chart</source>
        <translation>Trend chart</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>chart-of-the-week</source>
        <translation>chart-of-the-week</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The &lt;iframe&gt; code is on the clipboard.</source>
        <translation>The &lt;iframe&gt; code is on the clipboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;figure&gt; code is on the clipboard.</source>
        <translation>The &lt;figure&gt; code is on the clipboard.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Web page (HTML embed)</source>
        <translation>Web page (HTML embed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint slide (editable chart)</source>
        <translation>PowerPoint slide (editable chart)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;iframe Code</source>
        <translation>Copy &amp;iframe Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts an &lt;iframe&gt; that shows the exported page on the clipboard</source>
        <translation>Puts an &lt;iframe&gt; that shows the exported page on the clipboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Fi&amp;gure Code</source>
        <translation>Copy Fi&amp;gure Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the chart as a &lt;figure&gt; with its style on the clipboard, to paste into a page</source>
        <translation>Puts the chart as a &lt;figure&gt; with its style on the clipboard, to paste into a page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed code:</source>
        <translation>Embed code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale (high-DPI):</source>
        <translation>S&amp;cale (high-DPI):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+3"/>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint presentations (*.pptx)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>FileWrite</name>
    <message>
        <location filename="../core/filewrite.cpp" line="+31"/>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the data could not be written</source>
        <translation>the data could not be written</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/library/historydialog.cpp" line="+27"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restore This Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study History</source>
        <translation>Study History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved versions, newest first</source>
        <translation>Saved versions, newest first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the version changed</source>
        <translation>What the version changed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compared with:</source>
        <translation>&amp;Compared with:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>before history was kept</source>
        <translation>before history was kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This study has no saved versions yet: its history begins with its next save.</source>
        <translation>This study has no saved versions yet: its history begins with its next save.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+15"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>HtmlEmbed</name>
    <message>
        <location filename="../ui/export/htmlembed.cpp" line="+87"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/data/importdialog.cpp" line="+29"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Automatic (from the file)</source>
        <translation>Automatic (from the file)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>German (24,5 and 2.155)</source>
        <translation>German (24,5 and 2.155)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English (24.5 and 2,155)</source>
        <translation>English (24.5 and 2,155)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+187"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+186"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Na&amp;mes are in:</source>
        <translation>Na&amp;mes are in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic:</source>
        <translation>To&amp;pic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic (UTF-8, or UTF-16 with byte order mark)</source>
        <translation>Automatic (UTF-8, or UTF-16 with byte order mark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (older Excel files)</source>
        <translation>Windows-1252 (older Excel files)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the file</source>
        <translation>Preview of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in the file</source>
        <translation>Problems found in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbers in the file:</source>
        <translation>&amp;Numbers in the file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is already in the library; importing it again adds a second copy.</source>
        <translation>“%1” is already in the library; importing it again adds a second copy.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Not yet translated into %1 (%n name(s), marked in the data editor): %2</source>
        <translation>
            <numerusform>Not yet translated into %1 (%n name, marked in the data editor): %2</numerusform>
            <numerusform>Not yet translated into %1 (%n names, marked in the data editor): %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>JSON study file</source>
        <translation>JSON study file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>OpenDocument spreadsheet (ODS)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>numbers: %1 (detected from “%2”)</source>
        <translation>numbers: %1 (detected from “%2”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers: %1 (chosen)</source>
        <translation>numbers: %1 (chosen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers: the same in German and English</source>
        <translation>numbers: the same in German and English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numbers: ambiguous (“%1”), choose German or English</source>
        <translation>numbers: ambiguous (“%1”), choose German or English</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, sheet “%2”, %3, %4</source>
        <translation>%1, sheet “%2”, %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV, %1%2, delimiter: %3%4, %5, %6</source>
        <translation>CSV, %1%2, delimiter: %3%4, %5, %6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> with byte order mark</source>
        <translation> with byte order mark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (from the sep= line)</source>
        <translation> (from the sep= line)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>one row per survey wave</source>
        <translation>one row per survey wave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one row per share</source>
        <translation>one row per share</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey waves</source>
        <translation>Survey waves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Nothing will be imported: %n problem(s) found. Fix the file or change the settings above.</source>
        <translation>
            <numerusform>Nothing will be imported: %n problem found. Fix the file or change the settings above.</numerusform>
            <numerusform>Nothing will be imported: %n problems found. Fix the file or change the settings above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” (%n survey wave(s))</source>
        <translation>
            <numerusform>“%1” (%n survey wave)</numerusform>
            <numerusform>“%1” (%n survey waves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ready to import %n study(ies): %1</source>
        <translation>
            <numerusform>Ready to import %n study: %1</numerusform>
            <numerusform>Ready to import %n studies: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLimits</name>
    <message>
        <location filename="../core/importlimits.cpp" line="+28"/>
        <source>The file is larger than %1 MB, the most an import reads.</source>
        <translation>The file is larger than %1 MB, the most an import reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has more than %1 rows, the most an import reads.</source>
        <translation>The file has more than %1 rows, the most an import reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has more than %1 cells, the most an import reads.</source>
        <translation>This row has more than %1 cells, the most an import reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has more than %1 studies, the most an import reads.</source>
        <translation>The file has more than %1 studies, the most an import reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The study has more than %1 segments, the most a study may have.</source>
        <translation>The study has more than %1 segments, the most a study may have.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The study has more than %1 survey waves, the most a study may have.</source>
        <translation>The study has more than %1 survey waves, the most a study may have.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text is longer than %1 characters, the most it may have.</source>
        <translation>The text is longer than %1 characters, the most it may have.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet unpacks to more than %1 MB, the most an import reads.</source>
        <translation>The spreadsheet unpacks to more than %1 MB, the most an import reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spreadsheet has more than %1 parts, the most an import reads.</source>
        <translation>The spreadsheet has more than %1 parts, the most an import reads.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The spreadsheet has more than %1 cells with content, the most an import reads.</source>
        <translation>The spreadsheet has more than %1 cells with content, the most an import reads.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../core/language.cpp" line="+202"/>
        <source>Cannot load the translation %1.</source>
        <translation>Cannot load the translation %1.</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="+99"/>
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
        <location line="+105"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="-104"/>
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
    <message>
        <location line="+97"/>
        <source>Delete Study</source>
        <translation>Delete Study</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the study “%1”?</source>
        <translation>Delete the study “%1”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Edit → Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted “%1” — Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>Deleted “%1” — Edit → Undo (Ctrl+Z) brings it back</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+315"/>
        <source>Import Study Data</source>
        <translation>Import Study Data</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+210"/>
        <location line="+236"/>
        <source>Chart of the Week</source>
        <translation>Chart of the Week</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>A colleague changed the library.</source>
        <translation>A colleague changed the library.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A colleague saved “%1”.</source>
        <translation>A colleague saved “%1”.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Study data (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.json);;All files (*)</source>
        <translation>Study data (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clipboard holds no table to import.</source>
        <translation>The clipboard holds no table to import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Imported %n study(ies) from %1</source>
        <translation>
            <numerusform>Imported %n study from %1</numerusform>
            <numerusform>Imported %n studies from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>%n edit(s) not saved</source>
        <translation>
            <numerusform>%n edit not saved</numerusform>
            <numerusform>%n edits not saved</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team library offline: edits kept here</source>
        <translation>Team library offline: edits kept here</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The team library answers again, but %n edit(s) made meanwhile could not be saved yet. They stay in this window; Chart of the Week tries again with your next change.</source>
        <translation>
            <numerusform>The team library answers again, but %n edit made meanwhile could not be saved yet. It stays in this window; Chart of the Week tries again with your next change.</numerusform>
            <numerusform>The team library answers again, but %n edits made meanwhile could not be saved yet. They stay in this window; Chart of the Week tries again with your next change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The team library %1 can&apos;t be reached: the server stopped or the network is down. Your edits to a study stay in this window (%n so far) and are saved as soon as the library answers again; Chart of the Week connects again by itself. Keep the window open until then.</source>
        <translation>
            <numerusform>The team library %1 can&apos;t be reached: the server stopped or the network is down. Your edits to a study stay in this window (%n so far) and are saved as soon as the library answers again; Chart of the Week connects again by itself. Keep the window open until then.</numerusform>
            <numerusform>The team library %1 can&apos;t be reached: the server stopped or the network is down. Your edits to a study stay in this window (%n so far) and are saved as soon as the library answers again; Chart of the Week connects again by itself. Keep the window open until then.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edits to %1 are kept only in this window: the team library hasn&apos;t answered since they were made. Close the window and lose them?</source>
        <translation>Edits to %1 are kept only in this window: the team library hasn&apos;t answered since they were made. Close the window and lose them?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close and Lose Them</source>
        <translation>Close and Lose Them</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 restored.</source>
        <translation>Version %1 restored.</translation>
    </message>
    <message>
        <location line="+227"/>
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
        <location line="+2"/>
        <source>Study &amp;History…</source>
        <translation>Study &amp;History…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;Team Library…</source>
        <translation>Connect to &amp;Team Library…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the library your team shares on a PostgreSQL server, in place of this one</source>
        <translation>Open the library your team shares on a PostgreSQL server, in place of this one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team library: %1</source>
        <translation>Team library: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every saved version of this study: who saved it, what changed, and restoring one</source>
        <translation>Every saved version of this study: who saved it, what changed, and restoring one</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
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
        <source>&amp;Copy Chart</source>
        <translation>&amp;Copy Chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste as &amp;New Study…</source>
        <translation>Paste as &amp;New Study…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the cells copied in a spreadsheet as a new study (Ctrl+Shift+V)</source>
        <translation>Import the cells copied in a spreadsheet as a new study (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>&amp;About Chart of the Week</source>
        <translation>&amp;About Chart of the Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where Does My Business Stand?</source>
        <translation>&amp;Where Does My Business Stand?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer a few questions and see the advice for a business like yours (Ctrl+Shift+W)</source>
        <translation>Answer a few questions and see the advice for a business like yours (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the charts and the advice full screen, one slide each (F5)</source>
        <translation>Show the charts and the advice full screen, one slide each (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Emphasise Selected Segment</source>
        <translation>&amp;Emphasise Selected Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected segment strongly and the others muted, in every chart and export of this study (Ctrl+Shift+E)</source>
        <translation>Draw the selected segment strongly and the others muted, in every chart and export of this study (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annotate Selected Bar or Point…</source>
        <translation>&amp;Annotate Selected Bar or Point…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a short note to the selected bar or trend point, in the current language (Ctrl+Shift+A)</source>
        <translation>Attach a short note to the selected bar or trend point, in the current language (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Emphasis and Annotations</source>
        <translation>&amp;Clear Emphasis and Annotations</translation>
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
        <location line="+51"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Emphasise “%1”</source>
        <translation>Emphasise “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the emphasis of “%1”</source>
        <translation>Remove the emphasis of “%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the annotation of “%1”, %2</source>
        <translation>Remove the annotation of “%1”, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate “%1”, %2</source>
        <translation>Annotate “%1”, %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on “%1” (%2 characters at most, in %3; leave empty to remove it):</source>
        <translation>Note on “%1” (%2 characters at most, in %3; leave empty to remove it):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clear emphasis and annotations</source>
        <translation>Clear emphasis and annotations</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+63"/>
        <location line="+44"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+107"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location line="-78"/>
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
        <location line="+6"/>
        <source>Exporting charts…</source>
        <translation>Exporting charts…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export All</source>
        <translation>Export All</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+3"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint presentations (*.pptx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chart-of-the-week-report</source>
        <translation>chart-of-the-week-report</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not start.</source>
        <translation>The printer could not start.</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <message>
        <location line="+186"/>
        <source>Close the library</source>
        <translation>Close the library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detach the library</source>
        <translation>Detach the library</translation>
    </message>
    <message>
        <location line="-581"/>
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Import Spreadsheet or JSON…</source>
        <translation>&amp;Import Spreadsheet or JSON…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read only: your role may not change this library</source>
        <translation>Read only: your role may not change this library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import study data from a spreadsheet (CSV, XLSX, ODS) or a shared study file (JSON); you can also drop the file on the window</source>
        <translation>Import study data from a spreadsheet (CSV, XLSX, ODS) or a shared study file (JSON); you can also drop the file on the window</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A PDF report or a PowerPoint deck with every chart, its headline, the advice and the sources</source>
        <translation>A PDF report or a PowerPoint deck with every chart, its headline, the advice and the sources</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brand</source>
        <translation>&amp;Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s logo, colours and font, as set in Brand Theme…</source>
        <translation>The team&apos;s logo, colours and font, as set in Brand Theme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brand &amp;Theme…</source>
        <translation>Brand &amp;Theme…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;High Contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black text on white and strong colours in the charts (Ctrl+Shift+H)</source>
        <translation>Black text on white and strong colours in the charts (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+577"/>
        <source>Chart and data tabs</source>
        <translation>Chart and data tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey wave</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the figures say</source>
        <translation>What the figures say</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <location filename="../core/numberparser.cpp" line="+78"/>
        <source>&quot;%1&quot; is not a number in German notation (decimal comma, e.g. 24,5); it is written in English notation (24.5).</source>
        <translation>&quot;%1&quot; is not a number in German notation (decimal comma, e.g. 24,5); it is written in English notation (24.5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a number in English notation (decimal point, e.g. 24.5); it is written in German notation (24,5).</source>
        <translation>&quot;%1&quot; is not a number in English notation (decimal point, e.g. 24.5); it is written in German notation (24,5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the share is not a finite number</source>
        <translation>the share is not a finite number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the share %1 is outside 0–100</source>
        <translation>the share %1 is outside 0–100</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../ui/advice/placementdialog.cpp" line="+70"/>
        <source>Where Does My Business Stand?</source>
        <translation>Where Does My Business Stand?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your answers put your business in the group “%1”: %2 of respondents in %3 answered like you.</source>
        <translation>Your answers put your business in the group “%1”: %2 of respondents in %3 answered like you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers put your business in the group “%1”.</source>
        <translation>Your answers put your business in the group “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show the Advice</source>
        <translation>&amp;Show the Advice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <location filename="../ui/export/pngencoder.cpp" line="+119"/>
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
    <name>PresentationScreenMenu</name>
    <message>
        <location filename="../ui/presentation/presentationscreenmenu.cpp" line="+17"/>
        <location line="+38"/>
        <source>Present &amp;On</source>
        <translation>Present &amp;On</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Screen of the Main Window</source>
        <translation>Screen of the Main Window</translation>
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
        <translation>Presentation — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to slide %1</source>
        <translation>Go to slide %1</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../ui/presentation/presenterview.cpp" line="+136"/>
        <source>Presenter View</source>
        <translation>Presenter View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current slide</source>
        <translation>Current slide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen blanked (B shows it again)</source>
        <translation>Screen blanked (B shows it again)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the presentation</source>
        <translation>End of the presentation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/export/reportwriter.cpp" line="+245"/>
        <location line="+123"/>
        <source>Chart of the Week</source>
        <translation>Chart of the Week</translation>
    </message>
    <message numerus="yes">
        <location line="-120"/>
        <source>%n charts of the week</source>
        <translation>
            <numerusform>%n chart of the week</numerusform>
            <numerusform>%n charts of the week</numerusform>
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
        <translation>Chart of week %1/%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report of %1</source>
        <translation>Report of %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What it means for you</source>
        <translation>What it means for you</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publisher: %1</source>
        <translation>Publisher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey waves: %1</source>
        <translation>Survey waves: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shares are percent of the respondents of a survey wave. Figures a study does not report are shown as gaps, never as zero. Data labels are rounded so that the segments of a wave add up to 100.</source>
        <translation>Shares are percent of the respondents of a survey wave. Figures a study does not report are shown as gaps, never as zero. Data labels are rounded so that the segments of a wave add up to 100.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Cannot write the report %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no study to report on</source>
        <translation>there is no study to report on</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the PDF writer could not start</source>
        <translation>the PDF writer could not start</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the PDF could not be completed</source>
        <translation>the PDF could not be completed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the deck %1: %2</source>
        <translation>Cannot write the deck %1: %2</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../ui/data/sharetablemodel.cpp" line="+259"/>
        <source>untranslated: %1</source>
        <translation>untranslated: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name has no translation yet; charts in this language show “%1”.</source>
        <translation>This name has no translation yet; charts in this language show “%1”.</translation>
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
        <translation>Segment %1: the name must not be empty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename segment %1</source>
        <translation>Rename segment %1</translation>
    </message>
</context>
<context>
    <name>ShareTableModel</name>
    <message>
        <location line="-214"/>
        <source>Unknown: the study does not report this share.</source>
        <translation>Unknown: the study does not report this share.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Survey wave %1, %2: %3</source>
        <translation>Survey wave %1, %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit share %1, %2</source>
        <translation>Edit share %1, %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The copied block of %1 × %2 cells, pasted at survey wave %3, %4, reaches beyond the table. Nothing was pasted.</source>
        <translation>The copied block of %1 × %2 cells, pasted at survey wave %3, %4, reaches beyond the table. Nothing was pasted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survey wave %1, %2: %3 Nothing was pasted.</source>
        <translation>Survey wave %1, %2: %3 Nothing was pasted.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Paste %n share(s)</source>
        <translation>
            <numerusform>Paste %n share</numerusform>
            <numerusform>Paste %n shares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideWidget</name>
    <message>
        <location filename="../ui/presentation/slidewidget.cpp" line="+36"/>
        <source>What the figures mean for each group</source>
        <translation>What the figures mean for each group</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>What this means for your business</source>
        <translation>What this means for your business</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <location filename="../core/spreadsheetreader.cpp" line="+229"/>
        <source>The file is not a spreadsheet: it is not a ZIP archive, or the archive is damaged.</source>
        <translation>The file is not a spreadsheet: it is not a ZIP archive, or the archive is damaged.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+46"/>
        <location line="+534"/>
        <source>Not enough memory to read the file.</source>
        <translation>Not enough memory to read the file.</translation>
    </message>
    <message>
        <location line="-724"/>
        <location line="+166"/>
        <location line="+14"/>
        <location line="+6"/>
        <location line="+541"/>
        <source>The spreadsheet is damaged and can&apos;t be read (%1).</source>
        <translation>The spreadsheet is damaged and can&apos;t be read (%1).</translation>
    </message>
    <message>
        <location line="-693"/>
        <source>a style without a name or a family</source>
        <translation>a style without a name or a family</translation>
    </message>
    <message>
        <location line="+684"/>
        <source>The spreadsheet has no sheet.</source>
        <translation>The spreadsheet has no sheet.</translation>
    </message>
</context>
<context>
    <name>StudyDatabase</name>
    <message>
        <location filename="../core/storage/storagemessages.cpp" line="+113"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 is not a Chart of the Week database, or it is damaged: %2</source>
        <translation>%1 is not a Chart of the Week database, or it is damaged: %2</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Creating the tables</source>
        <translation>Creating the tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the schema version</source>
        <translation>Writing the schema version</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saving the new database</source>
        <translation>Saving the new database</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 is an SQLite database of another application; Chart of the Week leaves it untouched.</source>
        <translation>%1 is an SQLite database of another application; Chart of the Week leaves it untouched.</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Reading the schema version</source>
        <translation>Reading the schema version</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to %3). Update the app to open it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no valid schema version.</source>
        <translation>%1 has no valid schema version.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Looking for the seed study</source>
        <translation>Looking for the seed study</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving the seed study</source>
        <translation>Saving the seed study</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>The Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The header of %1 has been overwritten with zeros: the database is damaged and can&apos;t be read. Open a backup copy or create a new database.</source>
        <translation>The header of %1 has been overwritten with zeros: the database is damaged and can&apos;t be read. Open a backup copy or create a new database.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a Chart of the Week database: it isn&apos;t an SQLite file at all.</source>
        <translation>%1 is not a Chart of the Week database: it isn&apos;t an SQLite file at all.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 is truncated: it ends after %n byte(s), inside the database header.</source>
        <translation>
            <numerusform>%1 is truncated: it ends after %n byte, inside the database header.</numerusform>
            <numerusform>%1 is truncated: it ends after %n bytes, inside the database header.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is truncated: it has %2 bytes, but its header promises %3. Open a backup copy or create a new database.</source>
        <translation>%1 is truncated: it has %2 bytes, but its header promises %3. Open a backup copy or create a new database.</translation>
    </message>
    <message numerus="yes">
        <location line="-79"/>
        <source>%1 is in use by another program, which kept it locked for more than %n second(s). %2 did not happen; nothing was changed. Close the other program (or the other Chart of the Week window) and try again.</source>
        <translation>
            <numerusform>%1 is in use by another program, which kept it locked for more than %n second. %2 did not happen; nothing was changed. Close the other program (or the other Chart of the Week window) and try again.</numerusform>
            <numerusform>%1 is in use by another program, which kept it locked for more than %n seconds. %2 did not happen; nothing was changed. Close the other program (or the other Chart of the Week window) and try again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk holding %1 is full. %2 did not happen; nothing was changed. Free some space and try again.</source>
        <translation>The disk holding %1 is full. %2 did not happen; nothing was changed. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can&apos;t be written (it is read-only). %2 did not happen.</source>
        <translation>%1 can&apos;t be written (it is read-only). %2 did not happen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: %2 failed: %3</source>
        <translation>%1 is damaged: %2 failed: %3</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 is read-only. Chart of the Week saves every change at once, so it needs a database it may write to: make the file writable, or open or create another one.</source>
        <translation>%1 is read-only. Chart of the Week saves every change at once, so it needs a database it may write to: make the file writable, or open or create another one.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 is read-only. The database needs a folder where it may write its log files next to it.</source>
        <translation>The folder %1 is read-only. The database needs a folder where it may write its log files next to it.</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Switching to the write-ahead log</source>
        <translation>Switching to the write-ahead log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the journal mode</source>
        <translation>Reading the journal mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the log into the database</source>
        <translation>Writing the log into the database</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>%1 is in use by another program, so its log can&apos;t be written into the database before the backup. Close the other program and try again.</source>
        <translation>%1 is in use by another program, so its log can&apos;t be written into the database before the backup. Close the other program and try again.</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Reading the table list</source>
        <translation>Reading the table list</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 needs an update of its schema, but the backup copy %2 can&apos;t be written; the database was left unchanged.</source>
        <translation>%1 needs an update of its schema, but the backup copy %2 can&apos;t be written; the database was left unchanged.</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Updating the schema</source>
        <translation>Updating the schema</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>The study &quot;%1&quot; was not saved: %2</source>
        <translation>The study &quot;%1&quot; was not saved: %2</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Saving the study</source>
        <translation>Saving the study</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the imported studies</source>
        <translation>Saving the imported studies</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Saving the study &quot;%1&quot;</source>
        <translation>Saving the study &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting the study %1</source>
        <translation>Deleting the study %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting the figures of study %1</source>
        <translation>Deleting the figures of study %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Saving the advice for &quot;%1&quot;</source>
        <translation>Saving the advice for &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the segment &quot;%1&quot;</source>
        <translation>Saving the segment &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the survey wave %1</source>
        <translation>Saving the survey wave %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the shares of the survey wave %1</source>
        <translation>Saving the shares of the survey wave %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Listing the studies</source>
        <translation>Listing the studies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the study &quot;%1&quot;</source>
        <translation>Looking up the study &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>%1 has no study &quot;%2&quot;.</source>
        <translation>%1 has no study &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>Reading the study %1</source>
        <translation>Reading the study %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the advice of study %1</source>
        <translation>Reading the advice of study %1</translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>%1 holds %n study(s) of its own, so nothing was copied into it: a library is copied into a new file or an empty database.</source>
        <translation>
            <numerusform>%1 holds %n study of its own, so nothing was copied into it: a library is copied into a new file or an empty database.</numerusform>
            <numerusform>%1 holds %n studies of its own, so nothing was copied into it: a library is copied into a new file or an empty database.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can browse, present and export the team library %1, but not change it: the role &quot;%2&quot; may only read it. Ask whoever runs the library for write access.</source>
        <translation>You can browse, present and export the team library %1, but not change it: the role &quot;%2&quot; may only read it. Ask whoever runs the library for write access.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: the study with id %2 has no version %3.</source>
        <translation>%1: the study with id %2 has no version %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>version %1 of the study with id %2 does not read: %3</source>
        <translation>version %1 of the study with id %2 does not read: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the study &quot;%2&quot; (id %3) was saved by someone else after you opened it. Your changes were not saved, and theirs were not overwritten. Reload the study to see their version.</source>
        <translation>%1: the study &quot;%2&quot; (id %3) was saved by someone else after you opened it. Your changes were not saved, and theirs were not overwritten. Reload the study to see their version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot connect to the team library %1: %2</source>
        <translation>Cannot connect to the team library %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team library %1 can&apos;t be reached (the server stopped or the network is down). %2 did not happen; the library holds what it held before. Chart of the Week connects again as soon as the server is back.</source>
        <translation>The team library %1 can&apos;t be reached (the server stopped or the network is down). %2 did not happen; the library holds what it held before. Chart of the Week connects again as soon as the server is back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the team library %2 stopped answering at the very end, so it is not yet known whether this was stored. Chart of the Week connects again as soon as the server is back and then says which.</source>
        <translation>%1: the team library %2 stopped answering at the very end, so it is not yet known whether this was stored. Chart of the Week connects again as soon as the server is back and then says which.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The team library %1 is back, and it did store what was on its way when it stopped: %2 happened.</source>
        <translation>The team library %1 is back, and it did store what was on its way when it stopped: %2 happened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team library %1 is back, and it did not store what was on its way when it stopped: %2 did not happen; the library holds what it held before.</source>
        <translation>The team library %1 is back, and it did not store what was on its way when it stopped: %2 did not happen; the library holds what it held before.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@host:port/database): %2</source>
        <translation>&quot;%1&quot; is not a PostgreSQL address (postgresql://user@host:port/database): %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address contains a password. Put the password into ~/.pgpass instead; Chart of the Week never keeps it in its settings.</source>
        <translation>The address contains a password. Put the password into ~/.pgpass instead; Chart of the Week never keeps it in its settings.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is damaged: its index of study names let a second study &quot;%2&quot; in. Nothing was saved. Open a backup copy or create a new database.</source>
        <translation>%1 is damaged: its index of study names let a second study &quot;%2&quot; in. Nothing was saved. Open a backup copy or create a new database.</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Reading the brand theme</source>
        <translation>Reading the brand theme</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>%1, table %2, study %3, field language: &quot;%4&quot; is not a language.</source>
        <translation>%1, table %2, study %3, field language: &quot;%4&quot; is not a language.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, table study_text, study %2, field field: &quot;%3&quot; is not a text of a study.</source>
        <translation>%1, table study_text, study %2, field field: &quot;%3&quot; is not a text of a study.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, table brand_theme: %2</source>
        <translation>%1, table brand_theme: %2</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>The brand theme was not saved: %1</source>
        <translation>The brand theme was not saved: %1</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Saving the brand theme</source>
        <translation>Saving the brand theme</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>%1 has no study with the id %2.</source>
        <translation>%1 has no study with the id %2.</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>Reading the segments of study %1</source>
        <translation>Reading the segments of study %1</translation>
    </message>
    <message>
        <location line="+319"/>
        <source>%1, table study, row %2, field baseline_position: %3 names no segment.</source>
        <translation>%1, table study, row %2, field baseline_position: %3 names no segment.</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Reading the survey waves of study %1</source>
        <translation>Reading the survey waves of study %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the shares of study %1</source>
        <translation>Reading the shares of study %1</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>%1, table segment_share, wave %2, segment &quot;%3&quot;, field share_percent: &quot;%4&quot; is not a number.</source>
        <translation>%1, table segment_share, wave %2, segment &quot;%3&quot;, field share_percent: &quot;%4&quot; is not a number.</translation>
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
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>consultants and vendors</source>
        <translation>consultants and vendors</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of the week</source>
        <translation>Chart of the week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several answers allowed</source>
        <translation>Several answers allowed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the derived series</source>
        <translation>Name of the derived series</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of “%1”</source>
        <translation>Name of “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour of “%1”</source>
        <translation>Colour of “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baseline segment</source>
        <translation>Baseline segment</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Survey wave %1</source>
        <translation>Survey wave %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of “%1” in %2</source>
        <translation>Share of “%1” in %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Advice for %1 (%2)</source>
        <translation>Advice for %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emphasised series</source>
        <translation>Emphasised series</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotation on “%1” in %2</source>
        <translation>Annotation on “%1” in %2</translation>
    </message>
</context>
<context>
    <name>StudyEditor</name>
    <message>
        <location filename="../ui/data/studyeditor.cpp" line="+190"/>
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
        <location line="+13"/>
        <source>Edit publication year</source>
        <translation>Edit publication year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit chart week</source>
        <translation>Edit chart week</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit multiple answers</source>
        <translation>Edit multiple answers</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Edit notes</source>
        <translation>Edit notes</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
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
        <location line="+14"/>
        <source>Scheduled for the week of</source>
        <translation>Scheduled for the week of</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study details, segments and shares</source>
        <translation>Study details, segments and shares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple answers allowed</source>
        <translation>Multiple answers allowed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shares of a survey wave need not add up to 100</source>
        <translation>The shares of a survey wave need not add up to 100</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Empty: generated from the figures</source>
        <translation>Empty: generated from the figures</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&amp;Paste Shares</source>
        <translation>&amp;Paste Shares</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To&amp;pic:</source>
        <translation>To&amp;pic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Headline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Language…</source>
        <translation>Add &amp;Language…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a column for the texts of another language</source>
        <translation>Add a column for the texts of another language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topic (%1)</source>
        <translation>Topic (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline (%1)</source>
        <translation>Headline (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures and advice</source>
        <translation>Figures and advice</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>Chart week</source>
        <translation>Chart week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit topic (%1)</source>
        <translation>Edit topic (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit headline (%1)</source>
        <translation>Edit headline (%1)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add Language</source>
        <translation>Add Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language (a name from the list or a code such as &quot;fr&quot; or &quot;de-CH&quot;):</source>
        <translation>Language (a name from the list or a code such as &quot;fr&quot; or &quot;de-CH&quot;):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a language code (BCP 47, e.g. &quot;fr&quot; or &quot;de-CH&quot;).</source>
        <translation>&quot;%1&quot; is not a language code (BCP 47, e.g. &quot;fr&quot; or &quot;de-CH&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The study has a column for %1 already.</source>
        <translation>The study has a column for %1 already.</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+10"/>
        <source>Add survey wave %1</source>
        <translation>Add survey wave %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove survey wave %1</source>
        <translation>Remove survey wave %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add segment</source>
        <translation>Add segment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove segment &quot;%1&quot;</source>
        <translation>Remove segment &quot;%1&quot;</translation>
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
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="-485"/>
        <source>A text is expected here, not %1.</source>
        <translation>A text is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The text contains the control character %1 at character %2, which no text may hold.</source>
        <translation>The text contains the control character %1 at character %2, which no text may hold.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An object with one text per language code (&quot;en&quot;, &quot;de&quot;, …) is expected here, not %1.</source>
        <translation>An object with one text per language code (&quot;en&quot;, &quot;de&quot;, …) is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a language code (BCP 47, e.g. &quot;en&quot; or &quot;de&quot;).</source>
        <translation>&quot;%1&quot; is not a language code (BCP 47, e.g. &quot;en&quot; or &quot;de&quot;).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language &quot;%1&quot; is given twice.</source>
        <translation>The language &quot;%1&quot; is given twice.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>true or false is expected here, not %1.</source>
        <translation>true or false is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A whole number from %1 to %2 is expected here, not %3.</source>
        <translation>A whole number from %1 to %2 is expected here, not %3.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An ISO week such as &quot;2012-W19&quot; or null is expected here, not %1.</source>
        <translation>An ISO week such as &quot;2012-W19&quot; or null is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An ISO date such as &quot;2012-05-07&quot; or null is expected here, not %1.</source>
        <translation>An ISO date such as &quot;2012-05-07&quot; or null is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is neither the key of one of the study&apos;s segments nor &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is neither the key of one of the study&apos;s segments nor &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A list of annotations is expected here, not %1.</source>
        <translation>A list of annotations is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The study has more annotations (%1) than bars and trend points (%2).</source>
        <translation>The study has more annotations (%1) than bars and trend points (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An annotation object is expected here, not %1.</source>
        <translation>An annotation object is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The study has no survey wave %1.</source>
        <translation>The study has no survey wave %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An annotation has at most %1 characters; this one has %2.</source>
        <translation>An annotation has at most %1 characters; this one has %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The annotation of &quot;%1&quot; in %2 is given twice.</source>
        <translation>The annotation of &quot;%1&quot; in %2 is given twice.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A study object is expected here, not %1.</source>
        <translation>A study object is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The title is empty.</source>
        <translation>The title is empty.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A list of segments is expected here, not %1.</source>
        <translation>A list of segments is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A segment object is expected here, not %1.</source>
        <translation>A segment object is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The segment key is empty.</source>
        <translation>The segment key is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A segment key may not start with &quot;@&quot; (&quot;%1&quot; names the adoption line).</source>
        <translation>A segment key may not start with &quot;@&quot; (&quot;%1&quot; names the adoption line).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The segment key &quot;%1&quot; is used twice.</source>
        <translation>The segment key &quot;%1&quot; is used twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A colour such as &quot;#1f77b4&quot; or &quot;&quot; is expected here, not %1.</source>
        <translation>A colour such as &quot;#1f77b4&quot; or &quot;&quot; is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not the key of one of the study&apos;s segments.</source>
        <translation>&quot;%1&quot; is not the key of one of the study&apos;s segments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A segment key or null is expected here, not %1.</source>
        <translation>A segment key or null is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A list of survey waves is expected here, not %1.</source>
        <translation>A list of survey waves is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A survey wave object is expected here, not %1.</source>
        <translation>A survey wave object is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A list of shares is expected here, not %1.</source>
        <translation>A list of shares is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The survey wave has %1 shares, but the study has %2 segments.</source>
        <translation>The survey wave has %1 shares, but the study has %2 segments.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A share in percent or null is expected here, not %1.</source>
        <translation>A share in percent or null is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The study has more than %1 advice texts, the most a study may have.</source>
        <translation>The study has more than %1 advice texts, the most a study may have.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A list of advice texts is expected here, not %1.</source>
        <translation>A list of advice texts is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An advice object is expected here, not %1.</source>
        <translation>An advice object is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A language code (BCP 47, e.g. &quot;en&quot; or &quot;de&quot;) is expected here, not %1.</source>
        <translation>A language code (BCP 47, e.g. &quot;en&quot; or &quot;de&quot;) is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>A date and time such as &quot;2026-11-30T09:00:00Z&quot; is expected here, not %1.</source>
        <translation>A date and time such as &quot;2026-11-30T09:00:00Z&quot; is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The advice for &quot;%1&quot; in this language is given twice.</source>
        <translation>The advice for &quot;%1&quot; in this language is given twice.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The file is not valid JSON: %1.</source>
        <translation>The file is not valid JSON: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Chart of the Week study file (&quot;format&quot;: &quot;%1&quot; is missing).</source>
        <translation>This is not a Chart of the Week study file (&quot;format&quot;: &quot;%1&quot; is missing).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was written by a newer version of the app (format version %1; this version reads up to %2).</source>
        <translation>The file was written by a newer version of the app (format version %1; this version reads up to %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A list of studies is expected here, not %1.</source>
        <translation>A list of studies is expected here, not %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file contains no studies.</source>
        <translation>The file contains no studies.</translation>
    </message>
</context>
<context>
    <name>StudyLibrary</name>
    <message>
        <location filename="../ui/library/studylibrary.cpp" line="+58"/>
        <source>Connected to the team library again.</source>
        <translation>Connected to the team library again.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to the team library again; %n edit(s) kept meanwhile saved.</source>
        <translation>
            <numerusform>Connected to the team library again; %n edit kept meanwhile saved.</numerusform>
            <numerusform>Connected to the team library again; %n edits kept meanwhile saved.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+330"/>
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
        <location line="+20"/>
        <source>New Study</source>
        <translation>New Study</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Duplicate &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete &quot;%1&quot;</source>
        <translation>Delete &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change Brand Theme</source>
        <translation>Change Brand Theme</translation>
    </message>
</context>
<context>
    <name>StudyListModel</name>
    <message>
        <location filename="../ui/library/studylistmodel.cpp" line="+56"/>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, week %2</source>
        <translation>%1, week %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey waves: %1</source>
        <translation>Survey waves: %1</translation>
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
    <name>TextDecoding</name>
    <message>
        <location filename="../core/textdecoding.cpp" line="+112"/>
        <source>This is not valid UTF-8 (bytes %1). If the file comes from an older Windows program, import it with the encoding Windows-1252.</source>
        <translation>This is not valid UTF-8 (bytes %1). If the file comes from an older Windows program, import it with the encoding Windows-1252.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not valid %2 (bytes %1).</source>
        <translation>This is not valid %2 (bytes %1).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The file starts with a %1 byte order mark, but %2 was chosen as its encoding.</source>
        <translation>The file starts with a %1 byte order mark, but %2 was chosen as its encoding.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This system can&apos;t read the encoding %1.</source>
        <translation>This system can&apos;t read the encoding %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file contains a NUL character; it may be UTF-16 without byte order mark or not a text file at all.</source>
        <translation>The file contains a NUL character; it may be UTF-16 without byte order mark or not a text file at all.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The byte %1 is not defined in Windows-1252.</source>
        <translation>The byte %1 is not defined in Windows-1252.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text contains a broken UTF-16 character (%1 without its pair).</source>
        <translation>The text contains a broken UTF-16 character (%1 without its pair).</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../core/theme.cpp" line="+89"/>
        <source>the logo has %1 KiB; at most %2 KiB are allowed</source>
        <translation>the logo has %1 KiB; at most %2 KiB are allowed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the logo is not a PNG image</source>
        <translation>the logo is not a PNG image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the logo&apos;s PNG data is incomplete</source>
        <translation>the logo&apos;s PNG data is incomplete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the logo has %1×%2 pixels; each side must be 1–%3</source>
        <translation>the logo has %1×%2 pixels; each side must be 1–%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>primary colour</source>
        <translation>primary colour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secondary colour</source>
        <translation>secondary colour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand theme, %1: &quot;%2&quot; is not a colour of the form #rrggbb.</source>
        <translation>Brand theme, %1: &quot;%2&quot; is not a colour of the form #rrggbb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brand theme, font: the family name has %1 characters; at most %2 are allowed.</source>
        <translation>Brand theme, font: the family name has %1 characters; at most %2 are allowed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brand theme, logo: %1.</source>
        <translation>Brand theme, logo: %1.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../ui/undotext.cpp" line="+54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../core/validation.cpp" line="+29"/>
        <source>The survey wave %1 appears more than once.</source>
        <translation>The survey wave %1 appears more than once.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The survey wave %1 has %2 shares, but the study has %3 segments.</source>
        <translation>The survey wave %1 has %2 shares, but the study has %3 segments.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Survey wave %1, segment &quot;%2&quot;: %3.</source>
        <translation>Survey wave %1, segment &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Survey wave %1: the known shares add up to %2, more than 100.</source>
        <translation>Survey wave %1: the known shares add up to %2, more than 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Survey wave %1: the shares add up to %2 instead of 100.</source>
        <translation>Survey wave %1: the shares add up to %2 instead of 100.</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <location filename="../core/xlsxexporter.cpp" line="+74"/>
        <source>no temporary folder for the workbook: %1</source>
        <translation>no temporary folder for the workbook: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workbook could not be created</source>
        <translation>the workbook could not be created</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the workbook could not be written: %1</source>
        <translation>the workbook could not be written: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+68"/>
        <source>chartweek: the library is empty; import a study first.</source>
        <translation>chartweek: the library is empty; import a study first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chartweek: --study: no study has the id or title &quot;%1&quot; (see chartweek list).</source>
        <translation>chartweek: --study: no study has the id or title &quot;%1&quot; (see chartweek list).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chartweek: --study: %1 studies are called &quot;%2&quot;; name one by its id.</source>
        <translation>chartweek: --study: %1 studies are called &quot;%2&quot;; name one by its id.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>chartweek: nothing was imported (%n problem(s)).</source>
        <translation>
            <numerusform>chartweek: nothing was imported (%n problem).</numerusform>
            <numerusform>chartweek: nothing was imported (%n problems).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>There is no library file %1 to copy.</source>
        <translation>There is no library file %1 to copy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>--from and --to name the same library.</source>
        <translation>--from and --to name the same library.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n study(s)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n saved version(s)</source>
        <translation>
            <numerusform>%n saved version</numerusform>
            <numerusform>%n saved versions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied %1 with %2 and the brand theme from %3 to %4.</source>
        <translation>Copied %1 with %2 and the brand theme from %3 to %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 with %2 from %3 to %4 (there was no brand theme).</source>
        <translation>Copied %1 with %2 from %3 to %4 (there was no brand theme).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>chartweek: [%1/%2] %3</source>
        <translation>chartweek: [%1/%2] %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>chartweek: --wave: the study has no survey wave %1 (it has %2).</source>
        <translation>chartweek: --wave: the study has no survey wave %1 (it has %2).</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+5"/>
        <source>Chart of the Week</source>
        <translation>Chart of the Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Chart of the Week opens the library file %2 instead; File → Connect to Team Library… tries the team library again.</source>
        <translation>%1

Chart of the Week opens the library file %2 instead; File → Connect to Team Library… tries the team library again.</translation>
    </message>
</context>
</TS>

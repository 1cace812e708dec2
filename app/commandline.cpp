// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "app/commandline.h"

#include "core/numberparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QString kExportCommand = QStringLiteral("export");
const QString kReportCommand = QStringLiteral("report");
const QString kImportCommand = QStringLiteral("import");
const QString kListCommand = QStringLiteral("list");
const QString kExportDataCommand = QStringLiteral("export-data");
const QString kCopyLibraryCommand = QStringLiteral("copy-library");

// The keys of the paper presets (or of the pixel ones), comma-separated, for --help.
QString presetKeys(bool paper)
{
    QStringList keys;
    for (const ExportPreset &preset : exportPresets()) {
        if (preset.isPaper() == paper)
            keys.append(preset.key);
    }
    return keys.join(QStringLiteral(", "));
}

QCommandLineOption studyOption()
{
    return QCommandLineOption(QStringLiteral("study"),
                              Text::tr("The study: its id or exact title (default: the newest chart of the week)."),
                              QStringLiteral("ID|TITLE"));
}

// --locale de|en into *locale (unset when the option is absent); false with *error otherwise.
bool readLocale(const QCommandLineParser &parser, const QCommandLineOption &option, std::optional<Language> *locale,
                QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString code = parser.value(option).toLower();
    if (code != u"de" && code != u"en") {
        *error = Text::tr("--locale: expected de or en, got \"%1\".").arg(parser.value(option));
        return false;
    }
    *locale = languageFromCode(code);
    return true;
}

// Parses a subcommand's own options; fills *help and returns true when it asked for --help.
bool parseSubcommand(QCommandLineParser *parser, const QStringList &positional, const QString &program,
                     CommandLineResult *result, CommandLine *commandLine)
{
    QStringList arguments = positional;
    const QString name = arguments.first();
    arguments.first() = program + u' ' + name;
    if (!parser->parse(arguments)) {
        result->error = parser->errorText();
        return false;
    }
    if (parser->isSet(QStringLiteral("help"))) {
        commandLine->command = CommandLine::Command::Help;
        commandLine->helpText = parser->helpText();
        result->commandLine = *commandLine;
        return false;
    }
    return true;
}

CommandLineResult parseImport(const QStringList &positional, const QString &program, CommandLine commandLine)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Adds the studies of a CSV, XLSX, ODS or JSON file to the library and "
                                              "prints their ids. Nothing is added when any row is rejected."));
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The CSV, XLSX, ODS or JSON file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption localeOption(QStringLiteral("locale"),
                                          Text::tr("Number notation of a CSV file: de (24,5) or en (24.5); "
                                                   "default: detected from the file."),
                                          QStringLiteral("de|en"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
                                            Text::tr("Text encoding: utf-8, utf-16le, utf-16be or windows-1252 "
                                                     "(default: detected; Windows-1252 only when asked for)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"), Text::tr("The sheet of an XLSX or ODS file (default: the first one with cells)."),
        QStringLiteral("NAME"));
    parser.addOption(localeOption);
    parser.addOption(encodingOption);
    parser.addOption(sheetOption);
    parser.addHelpOption();
    if (!parseSubcommand(&parser, positional, program, &result, &commandLine))
        return result;
    if (parser.positionalArguments().size() != 1) {
        result.error = parser.positionalArguments().isEmpty()
                           ? Text::tr("import needs a file: chartweek import FILE.")
                           : Text::tr("import takes one file, not %1.").arg(parser.positionalArguments().size());
        return result;
    }
    ImportCommand command;
    command.path = parser.positionalArguments().constFirst();
    command.sheet = parser.value(sheetOption);
    if (!readLocale(parser, localeOption, &command.locale, &result.error))
        return result;
    if (parser.isSet(encodingOption)) {
        const auto encoding = textEncodingFromName(parser.value(encodingOption));
        if (!encoding) {
            result.error = Text::tr("--encoding: expected utf-8, utf-16le, utf-16be or windows-1252, got \"%1\".")
                               .arg(parser.value(encodingOption));
            return result;
        }
        command.encoding = *encoding;
    }
    commandLine.command = CommandLine::Command::Import;
    commandLine.importCommand = command;
    result.commandLine = commandLine;
    return result;
}

CommandLineResult parseList(const QStringList &positional, const QString &program, CommandLine commandLine)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the library, one tab-separated line per study: id, chart "
                                              "week, title, survey waves; newest chart first."));
    parser.addHelpOption();
    if (!parseSubcommand(&parser, positional, program, &result, &commandLine))
        return result;
    if (!parser.positionalArguments().isEmpty()) {
        result.error = Text::tr("Unexpected argument \"%1\" for list.").arg(parser.positionalArguments().constFirst());
        return result;
    }
    commandLine.command = CommandLine::Command::List;
    result.commandLine = commandLine;
    return result;
}

CommandLineResult parseCopyLibrary(const QStringList &positional, const QString &program, CommandLine commandLine)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Copies a whole library (every study with its advice and history, and the brand theme) into a new "
                 "file or an empty team library, or back, and prints what it copied."));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Text::tr("The library to copy: a study database file or a team library "
                                                 "(postgresql://user@host:port/dbname)."),
                                        QStringLiteral("FILE|URI"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      Text::tr("Where to copy it: a new file or an empty team library."),
                                      QStringLiteral("FILE|URI"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addHelpOption();
    if (!parseSubcommand(&parser, positional, program, &result, &commandLine))
        return result;
    if (!parser.positionalArguments().isEmpty()) {
        result.error =
            Text::tr("Unexpected argument \"%1\" for copy-library.").arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (!commandLine.databasePath.isEmpty()) {
        result.error = Text::tr("copy-library takes its two libraries as --from and --to, not --database.");
        return result;
    }
    CopyLibraryCommand command;
    command.from = parser.value(fromOption);
    command.to = parser.value(toOption);
    if (command.from.isEmpty() || command.to.isEmpty()) {
        result.error = Text::tr("copy-library needs both libraries: --from FILE|URI --to FILE|URI.");
        return result;
    }
    commandLine.command = CommandLine::Command::CopyLibrary;
    commandLine.copyLibraryCommand = command;
    result.commandLine = commandLine;
    return result;
}

CommandLineResult parseExportData(const QStringList &positional, const QString &program, CommandLine commandLine)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes the figures of one study as CSV (opens in Excel), XLSX (an "
                                              "Excel workbook) or as JSON (the whole study, for sharing)."));
    const QCommandLineOption study = studyOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("csv, json or xlsx (default: from the file name)."),
                                          QStringLiteral("csv|json|xlsx"));
    const QCommandLineOption localeOption(QStringLiteral("locale"),
                                          Text::tr("CSV conventions: de (\";\" and 24,5) or en (\",\" and 24.5); "
                                                   "default: the app's language."),
                                          QStringLiteral("de|en"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The file to write."), QStringLiteral("FILE"));
    for (const QCommandLineOption &option : {study, formatOption, localeOption, outputOption})
        parser.addOption(option);
    parser.addHelpOption();
    if (!parseSubcommand(&parser, positional, program, &result, &commandLine))
        return result;
    if (!parser.positionalArguments().isEmpty()) {
        result.error =
            Text::tr("Unexpected argument \"%1\" for export-data.").arg(parser.positionalArguments().constFirst());
        return result;
    }
    ExportDataCommand command;
    command.study = parser.value(study);
    command.outputPath = parser.value(outputOption);
    if (command.outputPath.isEmpty()) {
        result.error = Text::tr("export-data needs an output file: -o FILE.");
        return result;
    }
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption).toLower()
                                                      : QFileInfo(command.outputPath).suffix().toLower();
    if (format != u"csv" && format != u"json" && format != u"xlsx") {
        result.error =
            parser.isSet(formatOption)
                ? Text::tr("--format: expected csv, json or xlsx, got \"%1\".").arg(parser.value(formatOption))
                : Text::tr("Cannot tell the format from \"%1\"; name a .csv, .json or .xlsx file or use "
                           "--format.")
                      .arg(command.outputPath);
        return result;
    }
    command.json = format == u"json";
    command.xlsx = format == u"xlsx";
    if (!readLocale(parser, localeOption, &command.locale, &result.error))
        return result;
    commandLine.command = CommandLine::Command::ExportData;
    commandLine.exportDataCommand = command;
    result.commandLine = commandLine;
    return result;
}

void addGlobalOptions(QCommandLineParser *parser, QCommandLineOption *database)
{
    parser->setApplicationDescription(Text::tr("Chart of the Week: survey charts with advice."));
    parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser->addOption(*database);
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addPositionalArgument(
        QStringLiteral("command"),
        Text::tr("export (charts to files), report (a PDF report), import (CSV or JSON into the library), list (the "
                 "library), export-data (a study as CSV or JSON), copy-library (a whole library to another); without "
                 "a command the window opens, with a CSV or JSON file in its import preview."),
        QStringLiteral("[command | FILE]"));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("database")},
                              Text::tr("Use the study database FILE instead of the default one, or the team "
                                       "library on a PostgreSQL server: postgresql://user@host:port/dbname "
                                       "(the password from ~/.pgpass)."),
                              QStringLiteral("FILE|URI"));
}

// "de,en" → languages; nullopt (with the bad item in *bad) for anything else.
std::optional<QList<Language>> parseLanguages(const QString &text, QString *bad)
{
    QList<Language> languages;
    for (const QString &item : text.split(u',')) {
        const QString code = item.trimmed().toLower();
        if (code != u"de" && code != u"en") {
            *bad = item.trimmed();
            return std::nullopt;
        }
        const Language language = *languageFromCode(code);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QCommandLineOption themeOption()
{
    return QCommandLineOption(QStringLiteral("theme"),
                              Text::tr("Look of the output: light, dark, or brand (the logo, colours and font "
                                       "stored in the database; default: light)."),
                              QStringLiteral("light|dark|brand"));
}

// --theme's value; nullopt with *error set for anything but light, dark and brand.
std::optional<ThemeKind> parseTheme(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error)
{
    if (!parser.isSet(option))
        return ThemeKind::Light;
    const std::optional<ThemeKind> theme = themeKindFromCode(parser.value(option));
    if (!theme)
        *error = Text::tr("--theme: expected light, dark or brand, got \"%1\".").arg(parser.value(option));
    return theme;
}

std::optional<QList<ExportFormat>> parseFormats(const QString &text, QString *bad)
{
    QList<ExportFormat> formats;
    for (const QString &item : text.split(u',')) {
        const auto format = exportFormatFromCode(item);
        if (!format) {
            *bad = item.trimmed();
            return std::nullopt;
        }
        if (!formats.contains(*format))
            formats.append(*format);
    }
    return formats;
}

// The files of one chart's export: one per -o (format from --format, else from the suffix),
// or with a list of formats one per format from the one -o as a base ("out" or "out.png"
// gives out.png and out.pdf). nullopt with *error set when a format can't be told, a file
// is named twice or --format and several -o don't fit together.
std::optional<QList<ExportTarget>> exportTargets(const QStringList &outputs, const QList<ExportFormat> &formats,
                                                 QString *error)
{
    QList<ExportTarget> targets;
    if (formats.size() > 1) {
        if (outputs.size() > 1) {
            *error = Text::tr("--format with several formats takes one -o as the base of the file names.");
            return std::nullopt;
        }
        QString base = outputs.constFirst();
        if (const auto suffixFormat = exportFormatForPath(base); suffixFormat && formats.contains(*suffixFormat))
            base.chop(QFileInfo(base).suffix().size() + 1);
        for (ExportFormat format : formats)
            targets.append({format, base + u'.' + exportFormatCode(format)});
        return targets;
    }
    if (formats.size() == 1 && outputs.size() > 1) {
        *error = Text::tr("With several -o the formats come from the file names; leave out --format.");
        return std::nullopt;
    }
    for (const QString &output : outputs) {
        const std::optional<ExportFormat> format = formats.isEmpty() ? exportFormatForPath(output) : formats.value(0);
        if (!format) {
            *error =
                Text::tr(
                    "Cannot tell the format from \"%1\"; name a .png, .pdf, .svg, .html or .pptx file or use --format.")
                    .arg(output);
            return std::nullopt;
        }
        for (const ExportTarget &earlier : std::as_const(targets)) {
            if (QFileInfo(earlier.path).absoluteFilePath() == QFileInfo(output).absoluteFilePath()) {
                *error = Text::tr("\"%1\" is named twice.").arg(output);
                return std::nullopt;
            }
        }
        targets.append({*format, output});
    }
    return targets;
}

// A command's output given as its one positional argument instead of -o (after "--" a
// name may start with a dash). An error when there are more, or -o is given as well.
std::optional<QString> outputFromPositional(const QCommandLineParser &parser, const QCommandLineOption &outputOption,
                                            const QString &command, QString *output)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(outputOption))) {
        return Text::tr("Unexpected argument \"%1\" for %2.")
            .arg(positional.size() > 1 && !parser.isSet(outputOption) ? positional.at(1) : positional.constFirst(),
                 command);
    }
    *output = positional.value(0);
    return std::nullopt;
}

CommandLineResult parseReport(const QStringList &positional, const QString &program, CommandLine commandLine)
{
    CommandLineResult result;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes a PDF report (cover, every chart with its headline, the "
                                              "advice and the sources) or a PowerPoint deck of the same, without a "
                                              "display."));
    parser.addHelpOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"), Text::tr("Language of the report (default: the app's)."), QStringLiteral("de|en"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The PDF or PowerPoint file to write."), QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("pdf (a report to read) or pptx (a deck to present, with native "
                                                   "charts and the narrative and advice as speaker notes); default: "
                                                   "from the file name."),
                                          QStringLiteral("pdf|pptx"));
    const QCommandLineOption study = studyOption();
    const QCommandLineOption theme = themeOption();
    parser.addOption(langOption);
    parser.addOption(outputOption);
    parser.addOption(formatOption);
    parser.addOption(study);
    parser.addOption(theme);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Text::tr("The output file, instead of -o (after -- it may start with a dash)."),
                                 QStringLiteral("[-- FILE]"));
    if (!parseSubcommand(&parser, positional, program, &result, &commandLine))
        return result;
    // The file may also come as the one argument after the options, e.g. after "--" for a
    // name that starts with a dash: `report -- -report.pdf`.
    QString positionalOutput;
    if (const auto error = outputFromPositional(parser, outputOption, QStringLiteral("report"), &positionalOutput)) {
        result.error = *error;
        return result;
    }
    ReportCommand command;
    if (parser.isSet(langOption)) {
        command.language = languageFromCode(parser.value(langOption));
        const QString lang = parser.value(langOption).toLower();
        if (lang != u"de" && lang != u"en") {
            result.error = Text::tr("--lang: expected de or en, got \"%1\".").arg(parser.value(langOption));
            return result;
        }
    }
    const std::optional<ThemeKind> reportTheme = parseTheme(parser, theme, &result.error);
    if (!reportTheme)
        return result;
    command.theme = *reportTheme;
    command.outputPath = positionalOutput.isEmpty() ? parser.value(outputOption) : positionalOutput;
    if (command.outputPath.isEmpty()) {
        result.error = Text::tr("report needs an output file: -o FILE.pdf or -o FILE.pptx.");
        return result;
    }
    const std::optional<ExportFormat> format = parser.isSet(formatOption)
                                                   ? exportFormatFromCode(parser.value(formatOption))
                                                   : exportFormatForPath(command.outputPath);
    if (parser.isSet(formatOption) && format != ExportFormat::Pdf && format != ExportFormat::Pptx) {
        result.error = Text::tr("--format: expected pdf or pptx, got \"%1\".").arg(parser.value(formatOption));
        return result;
    }
    if (format != ExportFormat::Pdf && format != ExportFormat::Pptx) {
        result.error = Text::tr("The report is a PDF or a PowerPoint deck; name a .pdf or .pptx file instead of "
                                "\"%1\" or use --format.")
                           .arg(command.outputPath);
        return result;
    }
    command.pptx = format == ExportFormat::Pptx;
    command.study = parser.value(study);
    commandLine.command = CommandLine::Command::Report;
    commandLine.reportCommand = command;
    result.commandLine = commandLine;
    return result;
}

} // namespace

std::optional<QSize> parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,6})\\s*[x×X]\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 1 || height < 1 || width > 20000 || height > 20000)
        return std::nullopt;
    return QSize(width, height);
}

bool commandLineNeedsDisplay(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--database") {
            ++i;
            continue;
        }
        if (arg.startsWith(u"--database="))
            continue;
        if (arg == u"-h" || arg == u"--help" || arg == u"-?" || arg == u"--help-all" || arg == u"-v" ||
            arg == u"--version")
            return false;
        if (!arg.startsWith(u'-'))
            return isStudyFileArgument(arg); // a file to open, or a command
    }
    return true;
}

bool isStudyFileArgument(const QString &argument)
{
    for (const QString &command :
         {kExportCommand, kReportCommand, kImportCommand, kListCommand, kExportDataCommand, kCopyLibraryCommand}) {
        if (argument == command)
            return false;
    }
    const QFileInfo file(argument);
    const QString suffix = file.suffix().toLower();
    return file.isFile() || suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"json";
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    QCommandLineParser global;
    QCommandLineOption database = databaseOption();
    addGlobalOptions(&global, &database);
    if (!global.parse(arguments)) {
        result.error = global.errorText();
        return result;
    }

    CommandLine commandLine;
    commandLine.databasePath = global.value(database);
    if (global.isSet(QStringLiteral("version"))) {
        commandLine.command = CommandLine::Command::Version;
        result.commandLine = commandLine;
        return result;
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(QStringLiteral("help"))) {
            commandLine.command = CommandLine::Command::Help;
            commandLine.helpText = global.helpText();
        }
        result.commandLine = commandLine;
        return result;
    }
    if (positional.constFirst() == kReportCommand)
        return parseReport(positional, arguments.value(0), commandLine);
    if (positional.constFirst() == kImportCommand)
        return parseImport(positional, arguments.value(0), commandLine);
    if (positional.constFirst() == kListCommand)
        return parseList(positional, arguments.value(0), commandLine);
    if (positional.constFirst() == kExportDataCommand)
        return parseExportData(positional, arguments.value(0), commandLine);
    if (positional.constFirst() == kCopyLibraryCommand)
        return parseCopyLibrary(positional, arguments.value(0), commandLine);
    if (isStudyFileArgument(positional.constFirst())) {
        if (positional.size() > 1) {
            result.error = Text::tr("Open one study file at a time, not %1.").arg(positional.size());
            return result;
        }
        commandLine.openPath = positional.constFirst();
        result.commandLine = commandLine;
        return result;
    }
    if (positional.constFirst() != kExportCommand) {
        result.error = Text::tr("Unknown command \"%1\"; the commands are export, report, import, list, "
                                "export-data and copy-library (see --help).")
                           .arg(positional.constFirst());
        return result;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes one chart of the study to a PNG, PDF or SVG file, or with --all "
                                              "every chart in every format and language to a folder, without a "
                                              "display."));
    parser.addHelpOption();
    const QCommandLineOption chartOption(QStringLiteral("chart"), Text::tr("Which chart: bar or trend (default: bar)."),
                                         QStringLiteral("bar|trend"));
    const QCommandLineOption waveOption(QStringLiteral("wave"),
                                        Text::tr("Survey wave of the bar chart (default: the newest)."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Text::tr("Language of the texts and numbers (default: the app's); with "
                                                 "--all a list such as de,en."),
                                        QStringLiteral("de|en"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("File format (default: from the file name); a list such as "
                                                   "png,pdf writes one file per format from one -o base."),
                                          QStringLiteral("png|pdf|svg|html|pptx"));
    const QCommandLineOption formatsOption(QStringLiteral("formats"),
                                           Text::tr("With --all: the formats to write, such as png,pdf,svg "
                                                    "(default: png)."),
                                           QStringLiteral("LIST"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Text::tr("Write every chart (a bar chart per survey wave and the trend chart) "
                                                "into the folder given by -o."));
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        Text::tr("A named size: %1 (PNG, SVG) or %2 (PDF).").arg(presetKeys(false), presetKeys(true)),
        QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Text::tr("PNG size in pixels (default: 1600x900)."),
                                        QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         Text::tr("PNG scale factor for high-DPI screens, 0.5–4 (default: 1)."),
                                         QStringLiteral("FACTOR"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The file to write (with --all: the folder); several -o write "
                                                   "several files of the same chart in one run."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption study = studyOption();
    const QCommandLineOption theme = themeOption();
    for (const QCommandLineOption &option :
         {chartOption, waveOption, langOption, formatOption, formatsOption, allOption, sizeOption, presetOption,
          scaleOption, theme, outputOption, study})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Text::tr("The file (or folder) to write, instead of -o (after -- it may start "
                                          "with a dash)."),
                                 QStringLiteral("[-- FILE]"));

    if (!parseSubcommand(&parser, positional, arguments.value(0), &result, &commandLine))
        return result;
    QString positionalOutput;
    if (const auto error = outputFromPositional(parser, outputOption, QStringLiteral("export"), &positionalOutput)) {
        result.error = *error;
        return result;
    }

    ExportCommand command;
    command.all = parser.isSet(allOption);
    if (command.all) {
        for (const QCommandLineOption *option : {&chartOption, &waveOption, &formatOption}) {
            if (parser.isSet(*option)) {
                result.error = Text::tr("--%1 can't be combined with --all.").arg(option->names().constFirst());
                return result;
            }
        }
    } else if (parser.isSet(formatsOption)) {
        result.error = Text::tr("--formats needs --all; for one file use --format.");
        return result;
    }
    if (parser.isSet(chartOption)) {
        const std::optional<ChartKind> chart = chartKindFromCode(parser.value(chartOption));
        if (!chart) {
            result.error = Text::tr("--chart: expected bar or trend, got \"%1\".").arg(parser.value(chartOption));
            return result;
        }
        command.chart = *chart;
    }
    if (parser.isSet(waveOption)) {
        bool ok = false;
        const int year = parser.value(waveOption).toInt(&ok);
        if (!ok || year < 1900 || year > 2200) {
            result.error = Text::tr("--wave: expected a year such as 2012, got \"%1\".").arg(parser.value(waveOption));
            return result;
        }
        command.waveYear = year;
    }
    if (parser.isSet(langOption)) {
        QString bad;
        const auto languages = parseLanguages(parser.value(langOption), &bad);
        if (!languages || (!command.all && languages->size() != 1)) {
            result.error = command.all
                               ? Text::tr("--lang: expected de, en or a list such as de,en, got \"%1\".")
                                     .arg(languages ? parser.value(langOption) : bad)
                               : Text::tr("--lang: expected de or en, got \"%1\".").arg(parser.value(langOption));
            return result;
        }
        command.languages = *languages;
        command.language = languages->constFirst();
    }
    if (parser.isSet(formatsOption)) {
        QString bad;
        const auto formats = parseFormats(parser.value(formatsOption), &bad);
        if (!formats) {
            result.error =
                Text::tr("--formats: expected a list of png, pdf, svg, html and pptx such as png,pdf,svg, got \"%1\".")
                    .arg(bad);
            return result;
        }
        command.formats = *formats;
    }
    if (parser.isSet(presetOption)) {
        if (parser.isSet(sizeOption)) {
            result.error = Text::tr("Use either --size or --preset, not both.");
            return result;
        }
        command.preset = exportPresetForKey(parser.value(presetOption));
        if (!command.preset) {
            QStringList keys;
            for (const ExportPreset &preset : exportPresets())
                keys.append(preset.key);
            result.error = Text::tr("--preset: expected one of %1, got \"%2\".")
                               .arg(keys.join(QStringLiteral(", ")), parser.value(presetOption));
            return result;
        }
        if (!command.preset->isPaper())
            command.size = command.preset->pixelSize;
    }
    QList<ExportFormat> formats;
    if (parser.isSet(formatOption)) {
        QString bad;
        const auto parsed = parseFormats(parser.value(formatOption), &bad);
        if (!parsed) {
            result.error = Text::tr("--format: expected png, pdf, svg, html or pptx, got \"%1\".").arg(bad);
            return result;
        }
        formats = *parsed;
    }
    if (parser.isSet(sizeOption)) {
        const auto size = parseSize(parser.value(sizeOption));
        if (!size) {
            result.error =
                Text::tr("--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got \"%1\".")
                    .arg(parser.value(sizeOption));
            return result;
        }
        command.size = *size;
    }
    if (parser.isSet(scaleOption)) {
        // The one number parser of the app (core/numberparser.h), in the command line's notation.
        const double scale = parseNumber(parser.value(scaleOption), Language::English).value_or(0.0);
        if (scale < 0.5 || scale > 4.0) {
            result.error =
                Text::tr("--scale: expected a number from 0.5 to 4, got \"%1\".").arg(parser.value(scaleOption));
            return result;
        }
        command.scale = scale;
    }
    command.study = parser.value(study);
    const std::optional<ThemeKind> exportTheme = parseTheme(parser, theme, &result.error);
    if (!exportTheme)
        return result;
    command.theme = *exportTheme;
    const QStringList outputs =
        positionalOutput.isEmpty() ? parser.values(outputOption) : QStringList{positionalOutput};
    command.outputPath = outputs.value(0);
    if (command.outputPath.isEmpty()) {
        result.error = command.all ? Text::tr("export --all needs an output folder: -o FOLDER.")
                                   : Text::tr("export needs an output file: -o FILE.");
        return result;
    }
    if (command.all) {
        if (outputs.size() > 1) {
            result.error = Text::tr("export --all writes into one folder; give -o once.");
            return result;
        }
        if (command.formats.isEmpty())
            command.formats = {ExportFormat::Png};
    } else {
        const auto targets = exportTargets(outputs, formats, &result.error);
        if (!targets)
            return result;
        command.targets = *targets;
        command.format = command.targets.constFirst().format;
        command.outputPath = command.targets.constFirst().path;
    }
    commandLine.command = CommandLine::Command::Export;
    commandLine.exportCommand = command;
    result.commandLine = commandLine;
    return result;
}

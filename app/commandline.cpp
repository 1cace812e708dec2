#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QString kExportCommand = QStringLiteral("export");

void addGlobalOptions(QCommandLineParser *parser, QCommandLineOption *database)
{
    parser->setApplicationDescription(Text::tr("Chart of the Week: survey charts with advice."));
    parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser->addOption(*database);
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addPositionalArgument(QStringLiteral("command"),
                                  Text::tr("\"export\" writes a chart to a file; without a command the window opens."),
                                  QStringLiteral("[command]"));
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("database")},
                              Text::tr("Use the study database FILE instead of the default one."),
                              QStringLiteral("FILE"));
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
        if (arg == u"-h" || arg == u"--help" || arg == u"-?" || arg == u"--help-all" || arg == u"-v"
            || arg == u"--version")
            return false;
        if (!arg.startsWith(u'-'))
            return false; // a command
    }
    return true;
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
    if (positional.constFirst() != kExportCommand) {
        result.error = Text::tr("Unknown command \"%1\"; the only command is \"export\" (see --help).")
                           .arg(positional.constFirst());
        return result;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes one chart of the study to a PNG or PDF file, without a display."));
    parser.addHelpOption();
    const QCommandLineOption chartOption(QStringLiteral("chart"), Text::tr("Which chart: bar or trend (default: bar)."),
                                         QStringLiteral("bar|trend"));
    const QCommandLineOption waveOption(QStringLiteral("wave"),
                                        Text::tr("Survey wave of the bar chart (default: the newest)."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        Text::tr("Language of the texts and numbers (default: the app's)."),
                                        QStringLiteral("de|en"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Text::tr("File format (default: from the file name)."),
                                          QStringLiteral("png|pdf"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Text::tr("PNG size in pixels (default: 1600x900)."),
                                        QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         Text::tr("PNG scale factor for high-DPI screens, 0.5–4 (default: 1)."),
                                         QStringLiteral("FACTOR"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          Text::tr("The file to write."), QStringLiteral("FILE"));
    for (const QCommandLineOption &option :
         {chartOption, waveOption, langOption, formatOption, sizeOption, scaleOption, outputOption})
        parser.addOption(option);

    QStringList exportArguments = positional;
    exportArguments.first() = arguments.value(0) + QStringLiteral(" export");
    if (!parser.parse(exportArguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        commandLine.command = CommandLine::Command::Help;
        commandLine.helpText = parser.helpText();
        result.commandLine = commandLine;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = Text::tr("Unexpected argument \"%1\" for export.").arg(parser.positionalArguments().constFirst());
        return result;
    }

    ExportCommand command;
    if (parser.isSet(chartOption)) {
        const QString chart = parser.value(chartOption).toLower();
        if (chart == u"bar") {
            command.chart = ChartKind::Bar;
        } else if (chart == u"trend") {
            command.chart = ChartKind::Trend;
        } else {
            result.error = Text::tr("--chart: expected bar or trend, got \"%1\".").arg(parser.value(chartOption));
            return result;
        }
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
        const QString lang = parser.value(langOption).toLower();
        if (lang != u"de" && lang != u"en") {
            result.error = Text::tr("--lang: expected de or en, got \"%1\".").arg(parser.value(langOption));
            return result;
        }
        command.language = languageFromCode(lang);
    }
    if (parser.isSet(formatOption)) {
        command.format = exportFormatFromCode(parser.value(formatOption));
        if (!command.format) {
            result.error = Text::tr("--format: expected png or pdf, got \"%1\".").arg(parser.value(formatOption));
            return result;
        }
    }
    if (parser.isSet(sizeOption)) {
        const auto size = parseSize(parser.value(sizeOption));
        if (!size) {
            result.error = Text::tr("--size: expected WIDTHxHEIGHT with 1–20000 pixels each, such as 1600x900, got \"%1\".")
                               .arg(parser.value(sizeOption));
            return result;
        }
        command.size = *size;
    }
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        const double scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || scale < 0.5 || scale > 4.0) {
            result.error = Text::tr("--scale: expected a number from 0.5 to 4, got \"%1\".").arg(parser.value(scaleOption));
            return result;
        }
        command.scale = scale;
    }
    command.outputPath = parser.value(outputOption);
    if (command.outputPath.isEmpty()) {
        result.error = Text::tr("export needs an output file: -o FILE.");
        return result;
    }
    if (!command.format) {
        command.format = exportFormatForPath(command.outputPath);
        if (!command.format) {
            result.error = Text::tr("Cannot tell the format from \"%1\"; name a .png or .pdf file or use --format.")
                               .arg(command.outputPath);
            return result;
        }
    }
    commandLine.command = CommandLine::Command::Export;
    commandLine.exportCommand = command;
    result.commandLine = commandLine;
    return result;
}

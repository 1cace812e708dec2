#include "batchexport.h"
#include "commandline.h"
#include "databasedialog.h"
#include "mainwindow.h"
#include "reportwriter.h"
#include "studydatabase.h"
#include "seedstudy.h"

#include <QApplication>
#include <QDir>
#include <QIcon>

#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stream);
}

ExportOptions optionsFor(const ExportCommand &command)
{
    ExportOptions options;
    if (command.preset)
        options = withPreset(options, *command.preset);
    options.pixelSize = command.size;
    options.scale = command.scale;
    return options;
}

// export --all: every chart × format × language, one progress line per file on stderr.
int runBatchExport(const ExportCommand &command, const Study &study)
{
    const QList<Language> languages =
        command.languages.isEmpty() ? QList<Language>{MainWindow::preferredLanguage()} : command.languages;
    const QList<BatchJob> jobs = batchJobs({study}, command.formats, languages, optionsFor(command), command.outputPath);
    const BatchResult result = runBatch(jobs, [](int done, int total, const QString &path) {
        printLine(stderr, QCoreApplication::translate("main", "chartweek: [%1/%2] %3")
                              .arg(done)
                              .arg(total)
                              .arg(QDir::toNativeSeparators(path)));
        return true;
    });
    if (result.error) {
        printLine(stderr, QStringLiteral("chartweek: ") + *result.error);
        return 1;
    }
    return 0;
}

int runReport(const ReportCommand &command, const Study &study)
{
    ReportOptions options;
    options.language = command.language.value_or(MainWindow::preferredLanguage());
    if (const auto error = writeReport({study}, options, command.outputPath)) {
        printLine(stderr, QStringLiteral("chartweek: ") + *error);
        return 1;
    }
    return 0;
}

int runExport(const CommandLine &commandLine, const Study &study)
{
    const ExportCommand &command = commandLine.exportCommand;
    if (command.all)
        return runBatchExport(command, study);
    const Language language = command.language.value_or(MainWindow::preferredLanguage());
    if (language != currentLanguage())
        installLanguage(language);
    ChartSpec spec{study, command.chart, command.waveYear.value_or(study.latestWaveYear()), language};
    if (command.waveYear && study.waveIndex(*command.waveYear) < 0) {
        QStringList years;
        for (const SurveyWave &wave : study.waves)
            years.append(QString::number(wave.year));
        printLine(stderr, QCoreApplication::translate("main", "chartweek: --wave: the study has no survey wave %1 (it has %2).")
                              .arg(*command.waveYear)
                              .arg(years.join(QStringLiteral(", "))));
        return 2;
    }
    ExportOptions options = optionsFor(command);
    options.format = command.format.value_or(ExportFormat::Png);
    if (const auto error = exportChart(spec, options, command.outputPath)) {
        printLine(stderr, QStringLiteral("chartweek: ") + *error);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Exports, --help and --version need no display.
    const bool needsDisplay = commandLineNeedsDisplay(arguments);
    if (!needsDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (needsDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::fputs("chartweek: no display found. Start it in a desktop session (or under xvfb-run), "
                   "or use \"chartweek export\" to write a chart without a display.\n",
                   stderr);
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ChartOfTheWeek"));
    QApplication::setApplicationName(QStringLiteral("chartweek"));
    QApplication::setApplicationDisplayName(QStringLiteral("Chart of the Week"));
    QApplication::setApplicationVersion(QStringLiteral(CHARTWEEK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/chartweek.svg")));
    installLanguage(MainWindow::preferredLanguage());

    const CommandLineResult parsed = parseCommandLine(arguments);
    if (!parsed.commandLine) {
        printLine(stderr, QStringLiteral("chartweek: ") + parsed.error);
        return 2;
    }
    const CommandLine &commandLine = *parsed.commandLine;
    switch (commandLine.command) {
    case CommandLine::Command::Help:
        printLine(stdout, commandLine.helpText);
        return 0;
    case CommandLine::Command::Version:
        printLine(stdout, QStringLiteral("chartweek " CHARTWEEK_VERSION));
        return 0;
    case CommandLine::Command::Gui:
    case CommandLine::Command::Export:
    case CommandLine::Command::Report:
        break;
    }

    const QString databasePath = commandLine.databasePath.isEmpty() ? rememberedDatabasePath()
                                                                    : commandLine.databasePath;
    StudyDatabase database;
    if (commandLine.command == CommandLine::Command::Gui) {
        // A damaged, foreign, newer, read-only or busy file: say why and offer another file
        // or a new database instead of quitting.
        if (!openDatabaseInteractively(&database, databasePath, DatabaseChooser::interactive()))
            return 1;
    } else if (const std::optional<DatabaseError> error = database.open(databasePath)) {
        printLine(stderr, QStringLiteral("chartweek: ") + error->message);
        return 1;
    }

    if (commandLine.command == CommandLine::Command::Export || commandLine.command == CommandLine::Command::Report) {
        Study study;
        if (auto loadError = database.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug, &study)) {
            printLine(stderr, QStringLiteral("chartweek: ") + loadError->message);
            return 1;
        }
        if (commandLine.command == CommandLine::Command::Report)
            return runReport(commandLine.reportCommand, study);
        return runExport(commandLine, study);
    }

    MainWindow window(&database);
    window.show();
    return QApplication::exec();
}

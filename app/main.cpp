// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "app/commandline.h"
#include "core/csvexporter.h"
#include "core/safetext.h"
#include "core/storage/librarycopy.h"
#include "core/storage/postgresstudyrepository.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyimport.h"
#include "core/studyjson.h"
#include "core/xlsxexporter.h"
#include "ui/appsettings.h"
#include "ui/charts/chartstyle.h"
#include "ui/database/databasedialog.h"
#include "ui/export/batchexport.h"
#include "ui/export/reportwriter.h"
#include "ui/mainwindow.h"
#include "ui/startuptrace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {

// Every line the terminal gets: control characters from data (ESC sequences, BEL) are made
// visible, never sent raw (safetext.h).
void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(visibleText(text) + u'\n'), stream);
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

// The command line's own messages (context "main" of the translations).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// The study named on the command line: an id, an exact title, or (empty) the newest chart
// of the week, which the library lists first.
std::optional<Study> resolveStudy(const StudyRepository &library, const QString &idOrTitle)
{
    const StorageResult<QList<StudySummary>> listed = library.listStudies();
    if (!listed) {
        printLine(stderr, QStringLiteral("chartweek: ") + listed.error().message);
        return std::nullopt;
    }
    const QList<StudySummary> &studies = *listed;
    qint64 id = 0;
    if (idOrTitle.isEmpty()) {
        if (studies.isEmpty()) {
            printLine(stderr, Text::tr("chartweek: the library is empty; import a study first."));
            return std::nullopt;
        }
        id = studies.constFirst().id;
    } else {
        bool isNumber = false;
        const qint64 number = idOrTitle.toLongLong(&isNumber);
        QList<qint64> matches;
        for (const StudySummary &summary : studies) {
            if ((isNumber && summary.id == number) || summary.title == idOrTitle)
                matches.append(summary.id);
        }
        if (matches.isEmpty()) {
            printLine(stderr, Text::tr("chartweek: --study: no study has the id or title \"%1\" (see chartweek list).")
                                  .arg(idOrTitle));
            return std::nullopt;
        }
        if (matches.size() > 1) {
            printLine(stderr, Text::tr("chartweek: --study: %1 studies are called \"%2\"; name one by its id.")
                                  .arg(matches.size())
                                  .arg(idOrTitle));
            return std::nullopt;
        }
        id = matches.constFirst();
    }
    StorageResult<Study> study = library.loadStudy(id);
    if (!study) {
        printLine(stderr, QStringLiteral("chartweek: ") + study.error().message);
        return std::nullopt;
    }
    return std::move(study).value();
}

int runImport(const ImportCommand &command, StudyRepository *library)
{
    CsvImportOptions options;
    options.locale = command.locale.value_or(AppSettings().language());
    options.detectLocale = !command.locale; // --locale fixes it; else the file's cells settle it
    options.encoding = command.encoding;
    options.sheet = command.sheet;
    options.messageLanguage = currentLanguage();
    StudyImportResult result = importStudiesFromFile(command.path, options);
    for (const ImportError &note : result.csv.notes) // hidden rows left out
        printLine(stderr, note.toString());
    if (!result.errors.isEmpty()) {
        for (const ImportError &error : result.errors)
            printLine(stderr, error.toString());
        printLine(stderr, QCoreApplication::translate("main", "chartweek: nothing was imported (%n problem(s)).",
                                                      nullptr, int(result.errors.size())));
        return 1;
    }
    const StorageResult<QList<Study>> stored = library->insertStudies(result.studies);
    if (!stored) {
        printLine(stderr, QStringLiteral("chartweek: ") + stored.error().message);
        return 1;
    }
    for (const Study &study : *stored)
        printLine(stdout, QString::number(study.id));
    return 0;
}

int runList(const StudyRepository &library)
{
    const StorageResult<QList<StudySummary>> studies = library.listStudies();
    if (!studies) {
        printLine(stderr, QStringLiteral("chartweek: ") + studies.error().message);
        return 1;
    }
    for (const StudySummary &study : *studies) {
        QString week;
        if (study.chartWeek.isValid()) {
            int weekYear = 0;
            const int number = study.chartWeek.weekNumber(&weekYear);
            week = QStringLiteral("%1-W%2").arg(weekYear).arg(number, 2, 10, QLatin1Char('0'));
        }
        QStringList waves;
        for (int year : study.waveYears)
            waves.append(QString::number(year));
        // Tabs and line breaks inside a title would break the columns.
        const QString title = terminalLine(study.title);
        printLine(stdout, QStringList{QString::number(study.id), week, title, waves.join(u',')}.join(u'\t'));
    }
    return 0;
}

// Opens a team library at a postgresql:// address (libpq's PG* variables and ~/.pgpass fill
// in the rest); the problem, or "" when it is open.
QString openTeamLibrary(PostgresStudyRepository *library, const QString &uri)
{
    QString problem;
    const PostgresLocation location = PostgresLocation::fromUri(uri, &problem);
    if (!problem.isEmpty())
        return problem;
    if (const StorageResult<void> opened = library->open(location); !opened)
        return opened.error().message;
    return {};
}

int runCopyLibrary(const CopyLibraryCommand &command)
{
    SqliteStudyRepository fromFile;
    SqliteStudyRepository toFile;
    PostgresStudyRepository fromTeam;
    PostgresStudyRepository toTeam;
    for (StudyRepository *library : std::initializer_list<StudyRepository *>{&fromFile, &toFile, &fromTeam, &toTeam})
        library->setMessageLanguage(currentLanguage());

    const bool fromServer = PostgresLocation::isUri(command.from);
    const bool toServer = PostgresLocation::isUri(command.to);
    if (!fromServer && !QFileInfo(command.from).isFile()) {
        printLine(stderr,
                  QStringLiteral("chartweek: ") +
                      Text::tr("There is no library file %1 to copy.").arg(QDir::toNativeSeparators(command.from)));
        return 1;
    }
    if (!fromServer && !toServer &&
        QFileInfo(command.from).canonicalFilePath() == QFileInfo(command.to).canonicalFilePath()) {
        printLine(stderr, QStringLiteral("chartweek: ") + Text::tr("--from and --to name the same library."));
        return 1;
    }
    const auto open = [](const QString &where, bool server, SqliteStudyRepository *file,
                         PostgresStudyRepository *team) -> StudyRepository * {
        QString problem;
        if (server) {
            problem = openTeamLibrary(team, where);
        } else if (const StorageResult<void> opened = file->open(where); !opened) {
            problem = opened.error().message;
        }
        if (!problem.isEmpty()) {
            printLine(stderr, QStringLiteral("chartweek: ") + problem);
            return nullptr;
        }
        return server ? static_cast<StudyRepository *>(team) : file;
    };
    const StudyRepository *from = open(command.from, fromServer, &fromFile, &fromTeam);
    if (!from)
        return 1;
    QString unused; // a bad --to address is told when it is opened
    if (fromServer && toServer && PostgresLocation::fromUri(command.to, &unused).displayName() == from->displayName()) {
        printLine(stderr, QStringLiteral("chartweek: ") + Text::tr("--from and --to name the same library."));
        return 1;
    }
    // All of it is read before the target is opened: a source that doesn't read whole
    // leaves no new file behind.
    const StorageResult<WholeLibrary> library = readWholeLibrary(*from);
    if (!library) {
        printLine(stderr, QStringLiteral("chartweek: ") + library.error().message);
        return 1;
    }
    const bool newFile = !toServer && !QFileInfo::exists(command.to);
    StudyRepository *to = open(command.to, toServer, &toFile, &toTeam);
    if (!to)
        return 1;
    const StorageResult<LibraryCopyCount> copied = writeWholeLibrary(*library, to);
    if (!copied) {
        printLine(stderr, QStringLiteral("chartweek: ") + copied.error().message);
        if (newFile) {
            // Nothing of the copy is in it: the file this run created goes again.
            toFile.close();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(command.to + QLatin1String(suffix));
        }
        return 1;
    }
    const QString studies = Text::tr("%n study(s)", nullptr, copied->studies);
    const QString versions = Text::tr("%n saved version(s)", nullptr, copied->versions);
    const QString message = copied->brandTheme
                                ? Text::tr("Copied %1 with %2 and the brand theme from %3 to %4.")
                                : Text::tr("Copied %1 with %2 from %3 to %4 (there was no brand theme).");
    printLine(stdout, message.arg(studies, versions, from->displayName(), to->displayName()));
    return 0;
}

int runExportData(const ExportDataCommand &command, const StudyRepository &library)
{
    const std::optional<Study> study = resolveStudy(library, command.study);
    if (!study)
        return 1;
    QString error;
    const Language convention = command.locale.value_or(AppSettings().language());
    const bool ok = command.xlsx   ? writeStudyXlsx(*study, convention, command.outputPath, &error)
                    : command.json ? writeStudiesJson({*study}, command.outputPath, &error)
                                   : writeStudyCsv(*study, convention, command.outputPath, &error);
    if (!ok) {
        printLine(stderr, QStringLiteral("chartweek: ") + error);
        return 1;
    }
    return 0;
}

// export --all: every chart × format × language, one progress line per file on stderr.
int runBatchExport(const ExportCommand &command, const QList<Study> &studies, const ChartStyle::Theme &style)
{
    const QList<Language> languages =
        command.languages.isEmpty() ? QList<Language>{AppSettings().language()} : command.languages;
    const QList<BatchJob> jobs =
        batchJobs(studies, command.formats, languages, optionsFor(command), command.outputPath, style);
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

int runReport(const ReportCommand &command, const Study &study, const ChartStyle::Theme &style)
{
    ReportOptions options;
    options.style = style;
    options.language = command.language.value_or(AppSettings().language());
    const std::optional<QString> error = command.pptx
                                             ? writeReportDeck(study, options.language, style, command.outputPath)
                                             : writeReport({study}, options, command.outputPath);
    if (error) {
        printLine(stderr, QStringLiteral("chartweek: ") + *error);
        return 1;
    }
    return 0;
}

int runExport(const CommandLine &commandLine, const Study &study, const ChartStyle::Theme &style)
{
    const ExportCommand &command = commandLine.exportCommand;
    const Language language = command.language.value_or(AppSettings().language());
    if (language != currentLanguage())
        installLanguage(language);
    ChartSpec spec{study, command.chart, command.waveYear.value_or(study.latestWaveYear()), language, style};
    if (command.waveYear && study.waveIndex(*command.waveYear) < 0) {
        QStringList years;
        for (const SurveyWave &wave : study.waves)
            years.append(QString::number(wave.year));
        printLine(stderr,
                  QCoreApplication::translate("main", "chartweek: --wave: the study has no survey wave %1 (it has %2).")
                      .arg(*command.waveYear)
                      .arg(years.join(QStringLiteral(", "))));
        return 2;
    }
    // Every file of the chart in one go: the chart is built once, the PNG encoded while the
    // PDF is written.
    if (const auto error = exportChartFiles(spec, optionsFor(command), command.targets)) {
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
    if (needsDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
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
    QGuiApplication::setDesktopFileName(QStringLiteral("org.chartoftheweek.chartweek")); // resources/unix/
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/chartweek.svg")));
    installLanguage(AppSettings().language());

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
    case CommandLine::Command::CopyLibrary:
        return runCopyLibrary(commandLine.copyLibraryCommand);
    default:
        break;
    }

    const QString databasePath =
        commandLine.databasePath.isEmpty() ? AppSettings().databasePath() : commandLine.databasePath;
    SqliteStudyRepository database;
    database.setMessageLanguage(currentLanguage());
    PostgresStudyRepository teamLibrary;
    teamLibrary.setMessageLanguage(currentLanguage());
    bool team = PostgresLocation::isUri(databasePath);
    QString filePath = databasePath;
    if (team) {
        // A team library: postgresql://user@host:port/dbname. One given by --database is not
        // remembered (the next start opens what it opened before); one connected to through
        // File → Connect to Team Library… is.
        if (const QString problem = openTeamLibrary(&teamLibrary, databasePath); !problem.isEmpty()) {
            printLine(stderr, QStringLiteral("chartweek: ") + problem);
            if (commandLine.command != CommandLine::Command::Gui || !commandLine.databasePath.isEmpty()) {
                if (commandLine.command == CommandLine::Command::Gui)
                    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Chart of the Week"), problem);
                return 1;
            }
            // The remembered team library is away: the window still opens, on the file.
            filePath = AppSettings().libraryFile();
            QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Chart of the Week"),
                            QCoreApplication::translate("main",
                                                        "%1\n\nChart of the Week opens the library file %2 instead; "
                                                        "File → Connect to Team Library… tries the team library again.")
                                .arg(problem, QDir::toNativeSeparators(filePath)),
                            QMessageBox::Ok);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            team = false;
        }
    }
    if (!team && commandLine.command == CommandLine::Command::Gui) {
        // A damaged, foreign, newer, read-only or busy file: say why and offer another file
        // or a new database instead of quitting.
        if (!openDatabaseInteractively(&database, filePath, DatabaseChooser::interactive()))
            return 1;
    } else if (!team) {
        if (const StorageResult<void> opened = database.open(filePath); !opened) {
            printLine(stderr, QStringLiteral("chartweek: ") + opened.error().message);
            return 1;
        }
    }
    StudyRepository &library = team ? static_cast<StudyRepository &>(teamLibrary) : database;

    // The look of exports and reports (--theme; brand reads the database's brand theme).
    ChartStyle::Theme style = ChartStyle::lightTheme();
    if (commandLine.command == CommandLine::Command::Export || commandLine.command == CommandLine::Command::Report) {
        const ThemeKind theme = commandLine.command == CommandLine::Command::Report ? commandLine.reportCommand.theme
                                                                                    : commandLine.exportCommand.theme;
        BrandTheme brand;
        if (theme == ThemeKind::Brand) {
            StorageResult<BrandTheme> stored = library.loadBrandTheme();
            if (!stored) {
                printLine(stderr, QStringLiteral("chartweek: ") + stored.error().message);
                return 1;
            }
            brand = std::move(stored).value();
        }
        style = ChartStyle::themeFrom(themeDescription(theme, brand));
    }
    switch (commandLine.command) {
    case CommandLine::Command::Import:
        return runImport(commandLine.importCommand, &library);
    case CommandLine::Command::List:
        return runList(library);
    case CommandLine::Command::ExportData:
        return runExportData(commandLine.exportDataCommand, library);
    case CommandLine::Command::Report: {
        const std::optional<Study> study = resolveStudy(library, commandLine.reportCommand.study);
        return study ? runReport(commandLine.reportCommand, *study, style) : 1;
    }
    case CommandLine::Command::Export: {
        const ExportCommand &command = commandLine.exportCommand;
        if (command.all && command.study.isEmpty()) {
            // Every study of the library.
            const StorageResult<QList<StudySummary>> summaries = library.listStudies();
            if (!summaries) {
                printLine(stderr, QStringLiteral("chartweek: ") + summaries.error().message);
                return 1;
            }
            QList<Study> studies;
            for (const StudySummary &summary : *summaries) {
                StorageResult<Study> study = library.loadStudy(summary.id);
                if (!study) {
                    printLine(stderr, QStringLiteral("chartweek: ") + study.error().message);
                    return 1;
                }
                studies.append(std::move(study).value());
            }
            return runBatchExport(command, studies, style);
        }
        const std::optional<Study> study = resolveStudy(library, command.study);
        if (!study)
            return 1;
        return command.all ? runBatchExport(command, {*study}, style) : runExport(commandLine, *study, style);
    }
    case CommandLine::Command::Gui:
    case CommandLine::Command::CopyLibrary:
    case CommandLine::Command::Help:
    case CommandLine::Command::Version:
        break;
    }

    MainWindow window(&library);
    if (StartupTrace::requested())
        StartupTrace::watch(&window); // bench/compare: first paint and peak memory, then quit
    window.show();
    if (!commandLine.openPath.isEmpty())
        window.importFileLater(commandLine.openPath);
    return QApplication::exec();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "app/commandline.h"
#include "core/storage/sqlitestudyrepository.h"
#include "storagetesting.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <vector>

namespace {

CommandLineResult parse(const std::vector<const char *> &args)
{
    QStringList arguments{QStringLiteral("chartweek")};
    for (const char *arg : args)
        arguments.append(QString::fromUtf8(arg));
    return parseCommandLine(arguments);
}

struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessRun runChartweek(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the binary must pick offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHARTWEEK_BINARY), arguments);
    ProcessRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

TEST(CommandLine, NoArgumentsOpenTheWindow)
{
    const auto result = parse({});
    ASSERT_TRUE(result.commandLine);
    EXPECT_EQ(result.commandLine->command, CommandLine::Command::Gui);
    EXPECT_TRUE(commandLineNeedsDisplay({QStringLiteral("chartweek")}));
    EXPECT_TRUE(
        commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("--database"), QStringLiteral("export")}));
    EXPECT_FALSE(commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("export")}));
    EXPECT_FALSE(commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("--version")}));
}

TEST(CommandLine, AStudyFileOpensInTheWindow)
{
    // As the desktop starts the app for a file (Exec=chartweek %f).
    const auto csv = parse({"--database", "/tmp/x.sqlite", "/home/anna/Umfrage 2024.csv"});
    ASSERT_TRUE(csv.commandLine) << qPrintable(csv.error);
    EXPECT_EQ(csv.commandLine->command, CommandLine::Command::Gui);
    EXPECT_EQ(csv.commandLine->openPath, QStringLiteral("/home/anna/Umfrage 2024.csv"));
    EXPECT_EQ(parse({"studies.chartweek.json"}).commandLine->openPath, QStringLiteral("studies.chartweek.json"));
    EXPECT_TRUE(commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("survey.csv")}));
    // An existing file of any name opens too; a word that is neither a command nor a file
    // stays an unknown command.
    const QString existing = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/sep-semicolon-crlf.csv");
    EXPECT_TRUE(isStudyFileArgument(existing));
    EXPECT_FALSE(isStudyFileArgument(QStringLiteral("export")));
    EXPECT_FALSE(isStudyFileArgument(QStringLiteral("publish")));
    EXPECT_FALSE(parse({"a.csv", "b.csv"}).commandLine.has_value());
    EXPECT_EQ(parse({}).commandLine->openPath, QString());
}

TEST(CommandLine, FullExportCommand)
{
    const auto result = parse({"--database", "/tmp/x.sqlite", "export", "--chart", "trend", "--wave", "2011", "--lang",
                               "de", "--format", "pdf", "--size", "1200x675", "-o", "out.file"});
    ASSERT_TRUE(result.commandLine) << qPrintable(result.error);
    const CommandLine &cl = *result.commandLine;
    EXPECT_EQ(cl.command, CommandLine::Command::Export);
    EXPECT_EQ(cl.databasePath, QStringLiteral("/tmp/x.sqlite"));
    EXPECT_EQ(cl.exportCommand.chart, ChartKind::Trend);
    EXPECT_EQ(cl.exportCommand.waveYear, 2011);
    EXPECT_EQ(cl.exportCommand.language, Language::German);
    EXPECT_EQ(cl.exportCommand.format, ExportFormat::Pdf);
    EXPECT_EQ(cl.exportCommand.size, QSize(1200, 675));
    EXPECT_EQ(cl.exportCommand.outputPath, QStringLiteral("out.file"));
}

TEST(CommandLine, FormatFollowsTheFileName)
{
    const auto result = parse({"export", "-o", "chart.PDF"});
    ASSERT_TRUE(result.commandLine) << qPrintable(result.error);
    EXPECT_EQ(result.commandLine->exportCommand.format, ExportFormat::Pdf);
    EXPECT_EQ(result.commandLine->exportCommand.chart, ChartKind::Bar);
    EXPECT_FALSE(result.commandLine->exportCommand.waveYear.has_value());
}

TEST(CommandLine, SeveralFormatsOrFilesInOneExport)
{
    const auto base = parse({"export", "--format", "png,pdf", "-o", "out/chart"});
    ASSERT_TRUE(base.commandLine) << qPrintable(base.error);
    EXPECT_EQ(base.commandLine->exportCommand.targets,
              (QList<ExportTarget>{{ExportFormat::Png, QStringLiteral("out/chart.png")},
                                   {ExportFormat::Pdf, QStringLiteral("out/chart.pdf")}}));
    EXPECT_EQ(base.commandLine->exportCommand.format, ExportFormat::Png) << "the first target";

    const auto suffixed = parse({"export", "--format", "pdf,png", "-o", "chart.png"});
    ASSERT_TRUE(suffixed.commandLine) << qPrintable(suffixed.error);
    EXPECT_EQ(suffixed.commandLine->exportCommand.targets,
              (QList<ExportTarget>{{ExportFormat::Pdf, QStringLiteral("chart.pdf")},
                                   {ExportFormat::Png, QStringLiteral("chart.png")}}))
        << "a listed format's suffix is the base's, not part of it";

    const auto files = parse({"export", "-o", "a.png", "-o", "b.PDF", "--output", "c.svg"});
    ASSERT_TRUE(files.commandLine) << qPrintable(files.error);
    EXPECT_EQ(files.commandLine->exportCommand.targets,
              (QList<ExportTarget>{{ExportFormat::Png, QStringLiteral("a.png")},
                                   {ExportFormat::Pdf, QStringLiteral("b.PDF")},
                                   {ExportFormat::Svg, QStringLiteral("c.svg")}}));

    for (const std::vector<const char *> &bad :
         {std::vector<const char *>{"export", "-o", "a.png", "-o", "a.png"},
          std::vector<const char *>{"export", "-o", "a.png", "-o", "b.gif"},
          std::vector<const char *>{"export", "--format", "png", "-o", "a.png", "-o", "b.png"},
          std::vector<const char *>{"export", "--format", "png,pdf", "-o", "a", "-o", "b"},
          std::vector<const char *>{"export", "--all", "-o", "a", "-o", "b"}}) {
        const auto result = parse(bad);
        EXPECT_FALSE(result.commandLine) << bad.size();
        EXPECT_FALSE(result.error.isEmpty());
    }
}

struct BadArguments
{
    std::vector<const char *> args;
    const char *mentions;
};

class CommandLineErrors : public testing::TestWithParam<BadArguments>
{
};

TEST_P(CommandLineErrors, GiveOneSpecificLine)
{
    QStringList arguments{QStringLiteral("chartweek")};
    for (const char *arg : GetParam().args)
        arguments.append(QString::fromUtf8(arg));
    const auto result = parseCommandLine(arguments);
    EXPECT_FALSE(result.commandLine.has_value());
    EXPECT_TRUE(result.error.contains(QString::fromUtf8(GetParam().mentions))) << qPrintable(result.error);
    EXPECT_FALSE(result.error.contains(u'\n'));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, CommandLineErrors,
    testing::Values(BadArguments{{"export", "--chart", "pie", "-o", "a.png"}, "pie"},
                    BadArguments{{"export", "--lang", "fr", "-o", "a.png"}, "fr"},
                    BadArguments{{"export", "--format", "gif", "-o", "a.png"}, "gif"},
                    BadArguments{{"export", "--size", "1600by900", "-o", "a.png"}, "1600by900"},
                    BadArguments{{"export", "--size", "0x900", "-o", "a.png"}, "0x900"},
                    BadArguments{{"export", "--wave", "twelve", "-o", "a.png"}, "twelve"},
                    BadArguments{{"export", "--scale", "9", "-o", "a.png"}, "--scale"},
                    BadArguments{{"export"}, "-o FILE"}, BadArguments{{"export", "-o", "chart.gif"}, "chart.gif"},
                    BadArguments{{"export", "--bogus", "-o", "a.png"}, "bogus"}, BadArguments{{"publish"}, "publish"},
                    BadArguments{{"export", "--all", "--formats", "png,gif", "-o", "out"}, "gif"},
                    BadArguments{{"export", "--all", "--lang", "de,fr", "-o", "out"}, "fr"},
                    BadArguments{{"export", "--lang", "de,en", "-o", "a.png"}, "de,en"},
                    BadArguments{{"export", "--formats", "png", "-o", "a.png"}, "--all"},
                    BadArguments{{"export", "--all", "--chart", "bar", "-o", "out"}, "--chart"},
                    BadArguments{{"export", "--all"}, "-o FOLDER"},
                    BadArguments{{"export", "--preset", "poster", "-o", "a.png"}, "poster"},
                    BadArguments{{"export", "--preset", "1080x1080", "--size", "10x10", "-o", "a.png"}, "--preset"},
                    BadArguments{{"report", "--lang", "fr", "-o", "r.pdf"}, "fr"},
                    BadArguments{{"report", "-o", "r.png"}, "r.png"}, BadArguments{{"report"}, "-o FILE.pdf"},
                    BadArguments{{"export", "--theme", "pink", "-o", "a.png"}, "pink"},
                    BadArguments{{"export", "--all", "--theme", "", "-o", "out"}, "--theme"},
                    BadArguments{{"report", "--theme", "sepia", "-o", "r.pdf"}, "sepia"}));

TEST(CommandLine, BatchExportCommand)
{
    const auto result = parse({"export", "--all", "--formats", "png,pdf,svg", "--lang", "de,en", "-o", "out"});
    ASSERT_TRUE(result.commandLine) << qPrintable(result.error);
    const ExportCommand &command = result.commandLine->exportCommand;
    EXPECT_TRUE(command.all);
    EXPECT_EQ(command.formats, (QList<ExportFormat>{ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg}));
    EXPECT_EQ(command.languages, (QList<Language>{Language::German, Language::English}));
    EXPECT_EQ(command.outputPath, QStringLiteral("out"));

    const auto defaults = parse({"export", "--all", "-o", "out"});
    ASSERT_TRUE(defaults.commandLine) << qPrintable(defaults.error);
    EXPECT_EQ(defaults.commandLine->exportCommand.formats, QList<ExportFormat>{ExportFormat::Png});
}

TEST(CommandLine, ReportAndPresetCommands)
{
    const auto report = parse({"report", "--lang", "de", "-o", "week.pdf"});
    ASSERT_TRUE(report.commandLine) << qPrintable(report.error);
    EXPECT_EQ(report.commandLine->command, CommandLine::Command::Report);
    EXPECT_EQ(report.commandLine->reportCommand.language, Language::German);
    EXPECT_EQ(report.commandLine->reportCommand.outputPath, QStringLiteral("week.pdf"));

    EXPECT_FALSE(report.commandLine->reportCommand.pptx);
    const auto deck = parse({"report", "-o", "week.PPTX"});
    ASSERT_TRUE(deck.commandLine) << qPrintable(deck.error);
    EXPECT_TRUE(deck.commandLine->reportCommand.pptx) << "the deck from the file name";
    const auto deckByOption = parse({"report", "--format", "pptx", "-o", "week"});
    ASSERT_TRUE(deckByOption.commandLine) << qPrintable(deckByOption.error);
    EXPECT_TRUE(deckByOption.commandLine->reportCommand.pptx);
    const auto wrongFormat = parse({"report", "--format", "svg", "-o", "week.svg"});
    EXPECT_FALSE(wrongFormat.commandLine);
    EXPECT_EQ(wrongFormat.error, QStringLiteral("--format: expected pdf or pptx, got \"svg\"."));
    const auto slide = parse({"export", "--chart", "trend", "-o", "trend.pptx"});
    ASSERT_TRUE(slide.commandLine) << qPrintable(slide.error);
    EXPECT_EQ(slide.commandLine->exportCommand.format, ExportFormat::Pptx);

    const auto preset = parse({"export", "--preset", "1080x1080", "-o", "a.svg"});
    ASSERT_TRUE(preset.commandLine) << qPrintable(preset.error);
    EXPECT_EQ(preset.commandLine->exportCommand.size, QSize(1080, 1080));
    EXPECT_EQ(preset.commandLine->exportCommand.format, ExportFormat::Svg);
}

TEST(CommandLine, ThemeOption)
{
    const auto light = parse({"export", "-o", "a.png"});
    ASSERT_TRUE(light.commandLine) << qPrintable(light.error);
    EXPECT_EQ(light.commandLine->exportCommand.theme, ThemeKind::Light) << "light unless asked";
    const auto dark = parse({"export", "--theme", "dark", "-o", "a.png"});
    ASSERT_TRUE(dark.commandLine) << qPrintable(dark.error);
    EXPECT_EQ(dark.commandLine->exportCommand.theme, ThemeKind::Dark);
    const auto all = parse({"export", "--all", "--theme", "Brand", "-o", "out"});
    ASSERT_TRUE(all.commandLine) << qPrintable(all.error);
    EXPECT_EQ(all.commandLine->exportCommand.theme, ThemeKind::Brand);
    const auto report = parse({"report", "--theme", "dark", "-o", "r.pdf"});
    ASSERT_TRUE(report.commandLine) << qPrintable(report.error);
    EXPECT_EQ(report.commandLine->reportCommand.theme, ThemeKind::Dark);
}

TEST(ChartweekBinary, ThemeOptionChangesTheExport)
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("db.sqlite"));
    const auto exportWith = [&](const char *theme, const QString &png) {
        return runChartweek({QStringLiteral("--database"), database, QStringLiteral("export"),
                             QStringLiteral("--theme"), QString::fromLatin1(theme), QStringLiteral("--size"),
                             QStringLiteral("800x450"), QStringLiteral("-o"), png});
    };
    const QString darkPng = dir.filePath(QStringLiteral("dark.png"));
    const ProcessRun dark = exportWith("dark", darkPng);
    ASSERT_EQ(dark.exitCode, 0) << qPrintable(dark.err);
    const QImage darkImage(darkPng);
    ASSERT_FALSE(darkImage.isNull());
    EXPECT_EQ(darkImage.pixelColor(2, 2), QColor(QStringLiteral("#1b1d21")));

    // The brand theme comes from the database: without one saved it looks light; with one,
    // its logo is in the bottom-right corner.
    const QString plainPng = dir.filePath(QStringLiteral("plain.png"));
    ASSERT_EQ(exportWith("brand", plainPng).exitCode, 0);
    EXPECT_EQ(QImage(plainPng).pixelColor(2, 2), QColor(Qt::white));
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(database)));
        BrandTheme brand;
        brand.primaryColor = QStringLiteral("#6a3d9a");
        QFile logo(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/theme/logo.png"));
        ASSERT_TRUE(logo.open(QIODevice::ReadOnly));
        brand.logoPng = logo.readAll();
        ASSERT_TRUE(succeeded(db.saveBrandTheme(brand)));
    }
    const QString brandPng = dir.filePath(QStringLiteral("brand.png"));
    const ProcessRun branded = exportWith("brand", brandPng);
    ASSERT_EQ(branded.exitCode, 0) << qPrintable(branded.err);
    const QImage brandImage = QImage(brandPng).convertToFormat(QImage::Format_RGB32);
    int logoPixels = 0;
    for (int y = brandImage.height() - 40; y < brandImage.height(); ++y) {
        for (int x = brandImage.width() - 140; x < brandImage.width(); ++x)
            logoPixels += brandImage.pixelColor(x, y) == QColor(QStringLiteral("#3d1f5c")) ? 1 : 0;
    }
    EXPECT_GT(logoPixels, 300) << "the logo's purple ground in the corner";

    const ProcessRun bad = exportWith("pink", dir.filePath(QStringLiteral("never.png")));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, QStringLiteral("chartweek: --theme: expected light, dark or brand, got \"pink\".\n"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("never.png"))));
}

TEST(ChartweekBinary, BadArgumentExitsWithTwoAndOneLine)
{
    const ProcessRun run = runChartweek({QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("pie"),
                                         QStringLiteral("-o"), QStringLiteral("/tmp/never.png")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err.count(u'\n'), 1) << qPrintable(run.err);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("chartweek: "))) << qPrintable(run.err);
}

TEST(ChartweekBinary, HelpAndVersionNeedNoDisplay)
{
    const ProcessRun help = runChartweek({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--database"))) << qPrintable(help.out);
    const ProcessRun exportHelp = runChartweek({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(exportHelp.exitCode, 0);
    EXPECT_TRUE(exportHelp.out.contains(QStringLiteral("--chart"))) << qPrintable(exportHelp.out);
    const ProcessRun version = runChartweek({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("chartweek "))) << qPrintable(version.out);
}

TEST(ChartweekBinary, ExportsWithoutADisplay)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("cotw.png"));
    const ProcessRun run =
        runChartweek({QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("export"),
                      QStringLiteral("--chart"), QStringLiteral("bar"), QStringLiteral("--lang"), QStringLiteral("de"),
                      QStringLiteral("--size"), QStringLiteral("1200x675"), QStringLiteral("-o"), png});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(QImage(png).size(), QSize(1200, 675));
}

TEST(ChartweekBinary, UnknownWaveAndBrokenDatabaseAreErrors)
{
    QTemporaryDir dir;
    const ProcessRun wave = runChartweek({QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")),
                                          QStringLiteral("export"), QStringLiteral("--wave"), QStringLiteral("1999"),
                                          QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(wave.exitCode, 2);
    EXPECT_TRUE(wave.err.contains(QStringLiteral("1999"))) << qPrintable(wave.err);

    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database");
    file.close();
    const ProcessRun db = runChartweek({QStringLiteral("--database"), broken, QStringLiteral("export"),
                                        QStringLiteral("-o"), dir.filePath(QStringLiteral("y.png"))});
    EXPECT_EQ(db.exitCode, 1);
    EXPECT_TRUE(db.err.contains(QStringLiteral("broken.sqlite"))) << qPrintable(db.err);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.png"))));
}

TEST(ChartweekBinary, ExportWritesSeveralFormatsInOneRun)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("chart"));
    const ProcessRun run =
        runChartweek({QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("export"),
                      QStringLiteral("--format"), QStringLiteral("png,pdf,svg"), QStringLiteral("-o"), base});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(QImage(base + QStringLiteral(".png")).size(), QSize(1600, 900));
    QFile pdf(base + QStringLiteral(".pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    QFile svg(base + QStringLiteral(".svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
}

TEST(ChartweekBinary, ExportAllWritesEveryChartFormatAndLanguage)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const ProcessRun run =
        runChartweek({QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("export"),
                      QStringLiteral("--all"), QStringLiteral("--formats"), QStringLiteral("png,pdf,svg"),
                      QStringLiteral("--lang"), QStringLiteral("de,en"), QStringLiteral("-o"), out});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QStringList expected;
    for (const char *lang : {"de", "en"}) {
        for (const char *chart : {"bar-2011", "bar-2012", "trend"}) {
            for (const char *format : {"pdf", "png", "svg"})
                expected.append(QStringLiteral("smb-group-2012-social-business_%1_%2.%3")
                                    .arg(QLatin1String(chart), QLatin1String(lang), QLatin1String(format)));
        }
    }
    expected.sort();
    EXPECT_EQ(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts).filter(QStringLiteral("chartweek: ["));
    ASSERT_EQ(lines.size(), 18) << qPrintable(run.err);
    EXPECT_TRUE(lines.constLast().startsWith(QStringLiteral("chartweek: [18/18] "))) << qPrintable(lines.constLast());
    EXPECT_EQ(QImage(QDir(out).filePath(QStringLiteral("smb-group-2012-social-business_trend_de.png")))
                  .text(QStringLiteral("Title")),
              QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2011–2012"));

    const ProcessRun bad = runChartweek({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--formats"),
                                         QStringLiteral("gif"), QStringLiteral("-o"), out});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err.count(u'\n'), 1) << qPrintable(bad.err);
}

TEST(ChartweekBinary, ReportWritesAPdf)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const ProcessRun run =
        runChartweek({QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("report"),
                      QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QProcess text;
    text.start(QStringLiteral(CHARTWEEK_PDFTOTEXT), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_EQ(content.count(u'\f'), 5);
    EXPECT_TRUE(content.contains(QStringLiteral("Quellen"))) << qPrintable(content);

    const ProcessRun bad =
        runChartweek({QStringLiteral("report"), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.txt"))});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("r.txt"))));
}

TEST(ChartweekBinary, ReportAndExportWritePowerPointDecks)
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("db.sqlite"));
    const QString deck = dir.filePath(QStringLiteral("week.pptx"));
    const ProcessRun report =
        runChartweek({QStringLiteral("--database"), database, QStringLiteral("report"), QStringLiteral("--lang"),
                      QStringLiteral("de"), QStringLiteral("-o"), deck});
    ASSERT_EQ(report.exitCode, 0) << qPrintable(report.err);
    const QString slide = dir.filePath(QStringLiteral("bar.pptx"));
    const ProcessRun one = runChartweek({QStringLiteral("--database"), database, QStringLiteral("export"),
                                         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), slide});
    ASSERT_EQ(one.exitCode, 0) << qPrintable(one.err);

    // The parts as a zip lists them (PK local file headers hold each name).
    const auto names = [](const QString &path) {
        QFile file(path);
        QStringList parts;
        if (!file.open(QIODevice::ReadOnly))
            return parts;
        const QByteArray bytes = file.readAll();
        static const QRegularExpression name(QStringLiteral("ppt/(slides/slide\\d+|charts/chart\\d+)\\.xml"));
        for (auto it = name.globalMatch(QString::fromLatin1(bytes)); it.hasNext();) {
            const QString part = it.next().captured(0);
            if (!parts.contains(part))
                parts.append(part);
        }
        parts.sort();
        return parts;
    };
    // The seed study: title slide, the 2012 bars, the trend, the 2011 bars, four advice slides.
    const QStringList deckParts = names(deck);
    EXPECT_EQ(deckParts.filter(QStringLiteral("slides/")).size(), 8) << qPrintable(deckParts.join(u' '));
    EXPECT_EQ(deckParts.filter(QStringLiteral("charts/")).size(), 3) << qPrintable(deckParts.join(u' '));
    EXPECT_EQ(names(slide),
              (QStringList{QStringLiteral("ppt/charts/chart1.xml"), QStringLiteral("ppt/slides/slide1.xml")}));

    // A batch in PowerPoint: one deck per chart (the 2011 and 2012 bars, the trend).
    const QString folder = dir.filePath(QStringLiteral("batch"));
    const ProcessRun batch =
        runChartweek({QStringLiteral("--database"), database, QStringLiteral("export"), QStringLiteral("--all"),
                      QStringLiteral("--formats"), QStringLiteral("pptx"), QStringLiteral("--lang"),
                      QStringLiteral("en"), QStringLiteral("-o"), folder});
    ASSERT_EQ(batch.exitCode, 0) << qPrintable(batch.err);
    const QStringList decks = QDir(folder).entryList({QStringLiteral("*.pptx")}, QDir::Files);
    EXPECT_EQ(decks.size(), 3) << qPrintable(decks.join(u' '));
    for (const QString &file : decks)
        EXPECT_EQ(names(QDir(folder).filePath(file)).size(), 2) << qPrintable(file) << ": one slide, one chart";

    const ProcessRun bad = runChartweek({QStringLiteral("--database"), database, QStringLiteral("report"),
                                         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.svg"))});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral(".pdf or .pptx"))) << qPrintable(bad.err);
}

TEST(ChartweekBinary, PdfDoesNotDependOnTheDisplayScaleFactor)
{
    QTemporaryDir dir;
    QList<QImage> pages;
    for (const char *factor : {"1", "2"}) {
        const QString pdf = dir.filePath(QStringLiteral("scale%1.pdf").arg(QLatin1String(factor)));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(factor));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CHARTWEEK_BINARY),
                      {QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")),
                       QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("trend"),
                       QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), pdf});
        ASSERT_TRUE(process.waitForFinished(60000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
        QProcess render;
        render.start(QStringLiteral(CHARTWEEK_PDFTOPPM),
                     {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                      pdf, pdf});
        ASSERT_TRUE(render.waitForFinished(60000));
        pages.append(QImage(pdf + QStringLiteral(".png")));
        ASSERT_FALSE(pages.constLast().isNull());
    }
    EXPECT_EQ(pages.at(0), pages.at(1)) << "text and layout must be the same at display scale 1 and 2";
}

TEST(ChartweekBinary, ImportListExportDataAndExportByStudy)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("library.sqlite"));
    const QString csv = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/long-de-utf8.csv");
    const ProcessRun imported = runChartweek({QStringLiteral("--database"), db, QStringLiteral("import"), csv,
                                              QStringLiteral("--locale"), QStringLiteral("de")});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    bool isId = false;
    const qint64 id = imported.out.trimmed().toLongLong(&isId);
    ASSERT_TRUE(isId) << qPrintable(imported.out);

    const ProcessRun list = runChartweek({QStringLiteral("--database"), db, QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    const QStringList lines = list.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << qPrintable(list.out);
    bool listed = false;
    for (const QString &line : lines) {
        const QStringList columns = line.split(u'\t');
        ASSERT_EQ(columns.size(), 4) << qPrintable(line);
        listed = listed || columns.at(0).toLongLong() == id;
    }
    EXPECT_TRUE(listed);
    EXPECT_TRUE(list.out.contains(QStringLiteral("2012 Small and Medium Business Social Business Study\t2011,2012")));

    // JSON out and in again gives a second, equal study.
    const QString json = dir.filePath(QStringLiteral("study.json"));
    const ProcessRun exported =
        runChartweek({QStringLiteral("--database"), db, QStringLiteral("export-data"), QStringLiteral("--study"),
                      QString::number(id), QStringLiteral("-o"), json});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    const ProcessRun again = runChartweek({QStringLiteral("--database"), db, QStringLiteral("import"), json});
    ASSERT_EQ(again.exitCode, 0) << qPrintable(again.err);
    SqliteStudyRepository database;
    ASSERT_TRUE(succeeded(database.open(db)));
    const auto loadedFirst = database.loadStudy(id);
    const auto loadedSecond = database.loadStudy(again.out.trimmed().toLongLong());
    ASSERT_TRUE(succeeded(loadedFirst));
    ASSERT_TRUE(succeeded(loadedSecond));
    const Study first = *loadedFirst;
    Study second = *loadedSecond;
    EXPECT_NE(first.slug, second.slug) << "a taken slug gets a suffix";
    second.id = first.id;
    second.slug = first.slug;
    EXPECT_EQ(first, second);
    database.close();

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const ProcessRun chart = runChartweek({QStringLiteral("--database"), db, QStringLiteral("export"),
                                           QStringLiteral("--study"), QString::number(id), QStringLiteral("-o"), png});
    EXPECT_EQ(chart.exitCode, 0) << qPrintable(chart.err);
    EXPECT_EQ(QImage(png).size(), QSize(1600, 900));
    const ProcessRun missing =
        runChartweek({QStringLiteral("--database"), db, QStringLiteral("export"), QStringLiteral("--study"),
                      QStringLiteral("No such study"), QStringLiteral("-o"), png});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("No such study"))) << qPrintable(missing.err);
}

TEST(ChartweekBinary, RejectedImportNamesTheCellAndAddsNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("library.sqlite"));
    const QString csv = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/error-de-decimal-point.csv");
    const ProcessRun imported = runChartweek({QStringLiteral("--database"), db, QStringLiteral("import"), csv,
                                              QStringLiteral("--locale"), QStringLiteral("de")});
    EXPECT_EQ(imported.exitCode, 1);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("error-de-decimal-point.csv:"))) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.isEmpty());
    const ProcessRun list = runChartweek({QStringLiteral("--database"), db, QStringLiteral("list")});
    EXPECT_EQ(list.out.trimmed().count(u'\n'), 0) << "only the seed study: " << qPrintable(list.out);
}

// Paths as a user types them: spaces, umlauts, a leading dash (as the value of -o, as
// ./-name, after --) and "..", run in a working folder of their own.
namespace {

struct PathCase
{
    const char *name;
    QStringList arguments; ///< After "--database <tmp>/db.sqlite" unless it starts with --database.
    QString expected;      ///< The file (or folder) that must exist afterwards, relative to the work folder.
    QString workFolder;    ///< Where it runs, relative to the temporary folder.
};

void PrintTo(const PathCase &c, std::ostream *os)
{
    *os << c.name;
}

class CommandLinePaths : public testing::TestWithParam<PathCase>
{
};

} // namespace

TEST_P(CommandLinePaths, WriteWhereTheUserMeant)
{
    const PathCase &c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("work/inner/sub")));
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("work/Grüße und Übersicht")));
    const QString work = dir.filePath(c.workFolder);
    QStringList arguments = c.arguments;
    if (arguments.value(0) != u"--database")
        arguments = QStringList{QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite"))} + arguments;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(work);
    process.start(QStringLiteral(CHARTWEEK_BINARY), arguments);
    ASSERT_TRUE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << qPrintable(err);
    const QFileInfo written(QDir(work).filePath(c.expected));
    ASSERT_TRUE(written.exists()) << qPrintable(written.absoluteFilePath()) << "\n" << qPrintable(err);
    if (written.isFile())
        EXPECT_GT(written.size(), 1000);
    else
        EXPECT_FALSE(QDir(written.filePath()).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Rows, CommandLinePaths,
    testing::Values(PathCase{"SpacesAndUmlauts",
                             {QStringLiteral("export"), QStringLiteral("-o"),
                              QStringLiteral("Grüße und Übersicht/Chart der Woche.png")},
                             QStringLiteral("Grüße und Übersicht/Chart der Woche.png"),
                             QStringLiteral("work")},
                    PathCase{"LeadingDashAsTheValueOfO",
                             {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("-chart.png")},
                             QStringLiteral("-chart.png"),
                             QStringLiteral("work")},
                    PathCase{"DotSlashLeadingDash",
                             {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("./-chart.svg")},
                             QStringLiteral("-chart.svg"),
                             QStringLiteral("work")},
                    PathCase{"LeadingDashAfterDoubleDash",
                             {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("--"), QStringLiteral("-chart.pdf")},
                             QStringLiteral("-chart.pdf"),
                             QStringLiteral("work")},
                    PathCase{"LongOptionWithEquals",
                             {QStringLiteral("export"), QStringLiteral("--output=-chart.png")},
                             QStringLiteral("-chart.png"),
                             QStringLiteral("work")},
                    PathCase{"DotDotInsideThePath",
                             {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("inner/sub/../up.png")},
                             QStringLiteral("inner/up.png"),
                             QStringLiteral("work")},
                    PathCase{"DotDotOutOfTheWorkFolder",
                             {QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("../../out.png")},
                             QStringLiteral("../../out.png"),
                             QStringLiteral("work/inner")},
                    PathCase{"DatabaseWithDashSpaceAndUmlaut",
                             {QStringLiteral("--database"), QStringLiteral("-Datenbank Ä.sqlite"),
                              QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("a.png")},
                             QStringLiteral("-Datenbank Ä.sqlite"),
                             QStringLiteral("work")},
                    PathCase{"BatchIntoAFolderWithALeadingDash",
                             {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("-o"),
                              QStringLiteral("-alle Diagramme")},
                             QStringLiteral("-alle Diagramme"),
                             QStringLiteral("work")},
                    PathCase{"ReportAfterDoubleDash",
                             {QStringLiteral("report"), QStringLiteral("--"), QStringLiteral("-bericht.pdf")},
                             QStringLiteral("-bericht.pdf"),
                             QStringLiteral("work")}),
    [](const testing::TestParamInfo<PathCase> &info) {
        return std::string(info.param.name);
    });

TEST(CommandLine, OutputTwiceIsAnError)
{
    const auto both = parse({"export", "-o", "a.png", "--", "b.png"});
    EXPECT_FALSE(both.commandLine);
    EXPECT_EQ(both.error, QStringLiteral("Unexpected argument \"b.png\" for export."));
    const auto two = parse({"export", "--", "a.png", "b.png"});
    EXPECT_FALSE(two.commandLine);
    EXPECT_EQ(two.error, QStringLiteral("Unexpected argument \"b.png\" for export."));
    const auto positional = parse({"export", "--", "-a.png"});
    ASSERT_TRUE(positional.commandLine) << qPrintable(positional.error);
    EXPECT_EQ(positional.commandLine->exportCommand.outputPath, QStringLiteral("-a.png"));
}

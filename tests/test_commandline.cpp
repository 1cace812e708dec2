#include "commandline.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

CommandLineResult parse(std::initializer_list<const char *> args)
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
    EXPECT_TRUE(commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("--database"),
                                         QStringLiteral("export")}));
    EXPECT_FALSE(commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("export")}));
    EXPECT_FALSE(commandLineNeedsDisplay({QStringLiteral("chartweek"), QStringLiteral("--version")}));
}

TEST(CommandLine, FullExportCommand)
{
    const auto result = parse({"--database", "/tmp/x.sqlite", "export", "--chart", "trend", "--wave", "2011",
                               "--lang", "de", "--format", "pdf", "--size", "1200x675", "-o", "out.file"});
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
                    BadArguments{{"export"}, "-o FILE"},
                    BadArguments{{"export", "-o", "chart.gif"}, "chart.gif"},
                    BadArguments{{"export", "--bogus", "-o", "a.png"}, "bogus"},
                    BadArguments{{"publish"}, "publish"}));

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
    const ProcessRun run = runChartweek({QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite")),
                                  QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("bar"),
                                  QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--size"),
                                  QStringLiteral("1200x675"), QStringLiteral("-o"), png});
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Hostile input on the command line: a shared JSON study with a hostile slug, control
// characters in `list`, every export format to a full device (exit code 1, "disk is full"),
// a German Excel CSV in the English UI, and /dev/zero as an import.
#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyjson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun chartweek(const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHARTWEEK_BINARY),
                  QStringList{QStringLiteral("--database"), dir.filePath(QStringLiteral("db.sqlite"))} + arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fullDevice(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return path;
    return QStringLiteral("/dev/full");
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST(HostileCommandLine, SharedStudyWithHostileSlugsStaysInTheFolder)
{
    QTemporaryDir dir;
    QList<Study> studies;
    for (const char *slug : {"../../escaped/pwn", "/tmp/chartweek-cli-absolute/pwn", "a/b\\c:d*?<>|\n"}) {
        Study study = smbGroupSocialBusinessStudy2012();
        study.slug = QString::fromUtf8(slug);
        study.title = QStringLiteral("Shared ") + QString::number(studies.size());
        studies.append(study);
    }
    const QString json = writeFile(dir, "shared.json", exportStudiesJson(studies));
    const CliRun import = chartweek(dir, {QStringLiteral("import"), json});
    ASSERT_EQ(import.exitCode, 0) << qPrintable(import.err);
    const QString out = dir.filePath(QStringLiteral("one/two/out"));
    const CliRun run = chartweek(dir, {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--formats"),
                                       QStringLiteral("svg"), QStringLiteral("-o"), out});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QStringList outside;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    int inside = 0;
    while (it.hasNext()) {
        const QString file = it.next();
        if (!file.endsWith(u".svg"))
            continue;
        if (QFileInfo(file).absolutePath() == QDir(out).absolutePath())
            ++inside;
        else
            outside.append(file);
    }
    EXPECT_TRUE(outside.isEmpty()) << qPrintable(outside.join(u' '));
    EXPECT_EQ(inside, run.err.count(QStringLiteral("chartweek: ["))) << "every file reported exists";
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/chartweek-cli-absolute")));
}

TEST(HostileCommandLine, ListPrintsNoTerminalEscapes)
{
    QTemporaryDir dir;
    Study study = smbGroupSocialBusinessStudy2012();
    study.title = QStringLiteral("Clear\x1b[2J\x07");
    // A shared file with the raw escapes (our own export would write them visibly).
    QByteArray raw = exportStudiesJson({study});
    raw.replace("\xE2\x90\x9B", "\\u001b").replace("\xE2\x90\x87", "\\u0007");
    const QString json = writeFile(dir, "esc.json", raw);
    // The import refuses the control characters, naming them.
    const CliRun refused = chartweek(dir, {QStringLiteral("import"), json});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("U+001B"))) << qPrintable(refused.err);
    EXPECT_FALSE(refused.err.contains(u'\x1b'));
    // A database that holds them anyway (an older version stored them): list shows them visibly.
    {
        SqliteStudyRepository database;
        ASSERT_TRUE(database.open(dir.filePath(QStringLiteral("db.sqlite"))).ok());
        ASSERT_TRUE(database.insertStudies({study}).ok());
    }
    const CliRun list = chartweek(dir, {QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("Clear\u241b[2J\u2407"))) << qPrintable(list.out);
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_FALSE(list.out.contains(u'\x1b'));
}

TEST(HostileCommandLine, EveryFormatToAFullDeviceFailsWithExitCode1)
{
    QTemporaryDir dir;
    const QString full = fullDevice(dir);
    const QList<QStringList> commands{
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), full},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), full},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), full},
        {QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), full},
        {QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), full},
        {QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), full},
    };
    for (const QStringList &command : commands) {
        const CliRun run = chartweek(dir, command);
        EXPECT_EQ(run.exitCode, 1) << qPrintable(command.join(u' '));
        EXPECT_TRUE(run.err.contains(QStringLiteral("disk is full"))) << qPrintable(run.err);
    }
    EXPECT_FALSE(QFileInfo(full).isFile());
}

TEST(HostileCommandLine, GermanExcelCsvImportsInTheEnglishUi)
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, "kunden-umfrage-2024.csv",
                                  "\xEF\xBB\xBFsep=;\r\nJahr;Täglich;Wöchentlich;Nie\r\n2023;12,5;40,5;47\r\n"
                                  "2024;18,5;41,5;40\r\n");
    const CliRun run = chartweek(dir, {QStringLiteral("import"), csv});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const CliRun zero = chartweek(dir, {QStringLiteral("import"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(zero.exitCode, 1);
    EXPECT_TRUE(zero.err.contains(QStringLiteral("64 MB"))) << qPrintable(zero.err);
}

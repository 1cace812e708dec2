// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The process the kill tests stop with SIGKILL: one import, study save or batch export per
// run. It prints "ready" just before the write starts (the tests aim their kills after it)
// and "done" when the write is complete.
//
//   chartweek_crashdriver import DB CSV
//   chartweek_crashdriver save DB
//   chartweek_crashdriver export DB FOLDER
//   chartweek_crashdriver lock DB        (holds BEGIN IMMEDIATE until its stdin closes)
//   chartweek_crashdriver create DB      (says "waiting", opens DB when a line comes on stdin)
//   chartweek_crashdriver fulldisk DB    (DB on a small file system of its own: fills it, then
//                                         tries every write path; one line per path)

#include "core/csvimporter.h"
#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "crashscenario.h"
#include "ui/export/batchexport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "chartweek_crashdriver: %s\n", qUtf8Printable(message));
    return 1;
}

int holdLock(const QString &path)
{
    int result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
        db.setDatabaseName(path);
        if (!db.open())
            return fail(db.lastError().text());
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            result = fail(query.lastError().text());
        } else {
            say("locked");
            while (std::fgetc(stdin) != EOF) {
            }
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock"));
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return hash.result().toHex();
}

// Prints "<what>\t<kind>\t<native code>\t<message>" for a result ("ok" for a success).
void report(const char *what, const StorageResult<void> &result)
{
    const QString line = result ? QStringLiteral("%1\tok").arg(QString::fromLatin1(what))
                                : QStringLiteral("%1\t%2\t%3\t%4")
                                      .arg(QString::fromLatin1(what))
                                      .arg(int(result.error().kind))
                                      .arg(result.error().nativeCode, result.error().message);
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

// Two processes creating one new database at the same moment: each waits for its go.
int createWhenTold(const QString &path)
{
    say("waiting");
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return fail(QStringLiteral("no go"));
    SqliteStudyRepository database;
    if (const auto opened = database.open(path); !opened)
        return fail(opened.error().message);
    const auto studies = database.listStudies();
    if (!studies)
        return fail(studies.error().message);
    std::printf("studies %d\n", int(studies->size()));
    return 0;
}

// The database on a file system of its own (tests/test_damaged.cpp mounts a small tmpfs):
// a library is made, the disk filled, then every write path tried on the open library.
int writeOnFullDisk(const QString &path)
{
    {
        SqliteStudyRepository database;
        if (const auto opened = database.open(path); !opened)
            return fail(opened.error().message);
        if (const auto prepared = CrashScenario::prepareWriteTargets(database); !prepared)
            return fail(prepared.error().message);
    }
    SqliteStudyRepository database;
    if (const auto opened = database.open(path); !opened)
        return fail(opened.error().message);
    std::printf("before\t%s\n", fileHash(path).constData());
    // Fills what is left of the disk (again after the library closed its log files).
    const auto fill = [&path](int round) {
        QFile filler(QFileInfo(path).absolutePath() + QStringLiteral("/filler-%1").arg(round));
        if (!filler.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(512, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    };
    fill(1);
    for (const CrashScenario::WritePath &path : CrashScenario::writePaths())
        report(path.name, path.write(database));
    database.close();
    fill(2);
    report("reopen", database.open(path));
    database.close();
    std::printf("after\t%s\n", fileHash(path).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return fail(
            QStringLiteral("usage: import DB CSV | save DB | export DB FOLDER | lock DB | create DB | fulldisk DB"));
    const QString mode = args.at(1);
    const QString databasePath = args.at(2);
    if (mode == u"lock")
        return holdLock(databasePath);
    if (mode == u"create")
        return createWhenTold(databasePath);
    if (mode == u"fulldisk")
        return writeOnFullDisk(databasePath);

    SqliteStudyRepository database;
    if (const auto opened = database.open(databasePath); !opened)
        return fail(opened.error().message);

    if (mode == u"import" && args.size() == 4) {
        CsvImportResult result = importCsvFile(args.at(3), CsvImportOptions{});
        if (!result.ok())
            return fail(result.errors.value(0).toString());
        say("ready");
        if (const auto stored = database.insertStudies(result.studies); !stored)
            return fail(stored.error().message);
    } else if (mode == u"save") {
        const auto seed = database.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
        if (!seed)
            return fail(seed.error().message);
        say("ready");
        if (const auto saved = database.updateStudy(CrashScenario::savedStudy(*seed)); !saved)
            return fail(saved.error().message);
    } else if (mode == u"export" && args.size() == 4) {
        const auto seed = database.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
        if (!seed)
            return fail(seed.error().message);
        const QList<BatchJob> jobs = batchJobs({*seed}, {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg},
                                               {Language::English, Language::German}, ExportOptions{}, args.at(3));
        say("ready");
        const BatchResult result = runBatch(jobs, [](int, int, const QString &) {
            return true;
        });
        if (result.error)
            return fail(*result.error);
    } else {
        return fail(QStringLiteral("unknown mode %1").arg(mode));
    }
    say("done");
    return 0;
}

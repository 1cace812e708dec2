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

#include "core/csvimporter.h"
#include "core/seedstudy.h"
#include "core/studydatabase.h"
#include "crashscenario.h"
#include "ui/export/batchexport.h"

#include <QApplication>
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

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: import DB CSV | save DB | export DB FOLDER | lock DB"));
    const QString mode = args.at(1);
    const QString databasePath = args.at(2);
    if (mode == u"lock")
        return holdLock(databasePath);

    StudyDatabase database;
    if (auto error = database.open(databasePath))
        return fail(error->message);

    if (mode == u"import" && args.size() == 4) {
        CsvImportResult result = importCsvFile(args.at(3), CsvImportOptions{});
        if (!result.ok())
            return fail(result.errors.value(0).toString());
        say("ready");
        if (auto error = database.insertStudies(&result.studies))
            return fail(error->message);
    } else if (mode == u"save") {
        Study seed;
        if (auto error = database.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug, &seed))
            return fail(error->message);
        say("ready");
        if (auto error = database.updateStudy(CrashScenario::savedStudy(seed)))
            return fail(error->message);
    } else if (mode == u"export" && args.size() == 4) {
        Study seed;
        if (auto error = database.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug, &seed))
            return fail(error->message);
        const QList<BatchJob> jobs = batchJobs({seed}, {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg},
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

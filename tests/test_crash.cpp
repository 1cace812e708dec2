// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Kill tests: the crash driver does an import, a study save or a batch export and is stopped
// with SIGKILL at a random moment after it starts writing, 50 times per scenario. Afterwards
// the database must open, pass PRAGMA integrity_check and hold the old or the new state,
// never a mix; an export folder must hold only complete files under the target names.

#include "core/csvimporter.h"
#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyjson.h"
#include "crashscenario.h"
#include "storagetesting.h"
#include "ui/export/batchexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <thread>

namespace {

constexpr int kKillsPerScenario = 50;

struct KillRun
{
    bool killedWhileRunning = false; ///< False when the driver had finished before the kill.
    QString output;
};

class KillTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(m_base)));
        const auto stored = db.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
        ASSERT_TRUE(succeeded(stored));
        m_seed = *stored;
        db.close();
        m_work = m_dir.filePath(QStringLiteral("work.sqlite"));
        const unsigned seed = std::random_device{}();
        std::printf("kill test random seed: %u\n", seed);
        m_random.seed(seed);
    }

    void resetDatabase()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_work + suffix);
        ASSERT_TRUE(QFile::copy(m_base, m_work));
    }

    // Starts the driver, waits for "ready", then kills it after delayUs (or lets it finish
    // when delayUs < 0, returning the time the write took in *writeUs).
    KillRun run(const QStringList &arguments, qint64 delayUs, qint64 *writeUs = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(CHARTWEEK_CRASH_DRIVER), arguments);
        KillRun result;
        EXPECT_TRUE(process.waitForStarted(30000));
        QByteArray out;
        while (!out.contains("ready\n") && process.state() == QProcess::Running) {
            process.waitForReadyRead(30000);
            out += process.readAllStandardOutput();
        }
        EXPECT_TRUE(out.contains("ready\n")) << process.readAllStandardError().toStdString();
        QElapsedTimer timer;
        timer.start();
        if (delayUs >= 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
            result.killedWhileRunning = process.state() == QProcess::Running;
            process.kill(); // SIGKILL
        }
        EXPECT_TRUE(process.waitForFinished(60000));
        if (writeUs)
            *writeUs = timer.nsecsElapsed() / 1000;
        out += process.readAllStandardOutput();
        if (delayUs < 0) {
            EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
            EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
            EXPECT_TRUE(out.contains("done\n"));
        }
        result.output = QString::fromUtf8(out);
        return result;
    }

    // Runs the scenario once to time its write, then 50 times with a kill at a random moment
    // within that time (and a little after it); check() looks at what is left each time.
    void killRepeatedly(const char *name, const std::function<void()> &prepare, const QStringList &arguments,
                        const std::function<void(int iteration)> &check)
    {
        prepare();
        qint64 writeUs = 0;
        run(arguments, -1, &writeUs);
        check(-1);
        ASSERT_FALSE(HasFailure());
        std::uniform_int_distribution<qint64> delay(0, std::max<qint64>(2000, writeUs * 11 / 10));
        int during = 0;
        for (int i = 0; i < kKillsPerScenario; ++i) {
            prepare();
            const KillRun killed = run(arguments, delay(m_random));
            during += killed.killedWhileRunning ? 1 : 0;
            check(i);
            ASSERT_FALSE(HasFailure()) << name << ": kill " << i;
        }
        std::printf("%s: %d kill points survived (%d while the driver ran, %d after it had finished; the write "
                    "takes about %lld ms)\n",
                    name, kKillsPerScenario, during, kKillsPerScenario - during, writeUs / 1000);
        EXPECT_GT(during, 0) << "no kill landed while the driver was writing";
    }

    // The database opens, passes integrity_check; returns its studies.
    QList<Study> checkedStudies()
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            raw.setDatabaseName(m_work);
            EXPECT_TRUE(raw.open());
            QSqlQuery query(raw);
            EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA integrity_check")));
            QStringList lines;
            while (query.next())
                lines.append(query.value(0).toString());
            EXPECT_EQ(lines, QStringList{QStringLiteral("ok")});
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        SqliteStudyRepository db;
        const auto opened = db.open(m_work);
        EXPECT_TRUE(succeeded(opened));
        QList<Study> studies;
        if (!opened)
            return studies;
        const auto summaries = db.listStudies();
        EXPECT_TRUE(succeeded(summaries));
        for (const StudySummary &summary : summaries.valueOr({})) {
            const auto study = db.loadStudy(summary.id);
            EXPECT_TRUE(succeeded(study));
            studies.append(study.valueOr(Study()));
        }
        return studies;
    }

    QTemporaryDir m_dir;
    QString m_base;
    QString m_work;
    Study m_seed;
    std::mt19937 m_random;
};

Study withoutId(Study study)
{
    study.id = 0;
    return study;
}

bool completeFile(const QString &path, ExportFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    switch (format) {
    case ExportFormat::Png: {
        QImage image;
        return image.loadFromData(bytes, "PNG") && image.width() == 1600 && image.height() == 900;
    }
    case ExportFormat::Pdf:
        return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
    case ExportFormat::Svg: {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        return !xml.hasError() && bytes.trimmed().endsWith("</svg>");
    }
    case ExportFormat::Html:
        return bytes.startsWith("<!DOCTYPE html>") && bytes.trimmed().endsWith("</html>");
    case ExportFormat::Pptx: // a zip with its end of central directory
        return bytes.startsWith("PK\x03\x04") && bytes.right(22).startsWith("PK\x05\x06");
    }
    return false;
}

} // namespace

TEST_F(KillTest, ImportIsAllOrNothing)
{
    const QString csvPath = m_dir.filePath(QStringLiteral("import.csv"));
    {
        QFile csv(csvPath);
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write(CrashScenario::importCsv());
    }
    const CsvImportResult expected = importCsv(CrashScenario::importCsv(), QStringLiteral("import.csv"), {});
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(expected.studies.size(), 40);
    int newStates = 0;
    killRepeatedly(
        "import",
        [this] {
            resetDatabase();
        },
        {QStringLiteral("import"), m_work, csvPath},
        [&](int iteration) {
            const QList<Study> studies = checkedStudies();
            if (studies.size() == 1) {
                EXPECT_EQ(withoutId(studies.first()), withoutId(m_seed)) << "old state";
                EXPECT_GE(iteration, 0) << "the uninterrupted import stored nothing";
                return;
            }
            ++newStates;
            ASSERT_EQ(studies.size(), 41) << "a partial import";
            for (const Study &imported : expected.studies) {
                const auto found = std::find_if(studies.begin(), studies.end(), [&](const Study &s) {
                    return s.slug == imported.slug;
                });
                ASSERT_NE(found, studies.end()) << qPrintable(imported.slug);
                EXPECT_EQ(withoutId(*found), imported);
            }
        });
    std::printf("import: %d of %d runs ended in the new state\n", newStates, kKillsPerScenario + 1);
}

TEST_F(KillTest, StudySaveIsAllOrNothing)
{
    Study saved = CrashScenario::savedStudy(m_seed);
    saved.sortAdvice(); // the order the database gives it back in
    int newStates = 0;
    killRepeatedly(
        "study save",
        [this] {
            resetDatabase();
        },
        {QStringLiteral("save"), m_work},
        [&](int iteration) {
            const QList<Study> studies = checkedStudies();
            ASSERT_EQ(studies.size(), 1);
            if (studies.first() == m_seed) {
                EXPECT_GE(iteration, 0) << "the uninterrupted save stored nothing";
                return;
            }
            ++newStates;
            EXPECT_EQ(studies.first(), saved) << "neither the old nor the new state:\n"
                                              << exportStudiesJson({studies.first()}).toStdString() << "\nexpected:\n"
                                              << exportStudiesJson({saved}).toStdString();
        });
    std::printf("study save: %d of %d runs ended in the new state\n", newStates, kKillsPerScenario + 1);
}

TEST_F(KillTest, BatchExportLeavesOnlyCompleteFiles)
{
    const QString folder = m_dir.filePath(QStringLiteral("export"));
    const QList<BatchJob> jobs = batchJobs({m_seed}, {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg},
                                           {Language::English, Language::German}, ExportOptions{}, folder);
    ASSERT_EQ(jobs.size(), 18);
    int complete = 0;
    killRepeatedly(
        "batch export",
        [&] {
            QDir(folder).removeRecursively();
            resetDatabase();
        },
        {QStringLiteral("export"), m_work, folder},
        [&](int iteration) {
            int present = 0;
            for (const BatchJob &job : jobs) {
                if (!QFile::exists(job.path))
                    continue;
                ++present;
                EXPECT_TRUE(completeFile(job.path, job.options.format)) << "partial file " << qPrintable(job.path);
            }
            if (iteration < 0) {
                EXPECT_EQ(present, jobs.size());
            }
            complete += present;
            // The database the driver opened is intact as well.
            EXPECT_EQ(checkedStudies().size(), 1);
        });
    std::printf("batch export: %d complete files found after the kills, no partial one\n", complete);
}

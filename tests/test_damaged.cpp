// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Damaged and foreign database files, a read-only file, a full disk, a database locked by
// another process, WAL mode and its backup, and names that look like SQL.

#include "core/csvimporter.h"
#include "core/seedstudy.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqlitestudyrepository.h"
#include "crashscenario.h"
#include "sqlitefiles.h"
#include "storagetesting.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace {

// The connection of the (only) open SqliteStudyRepository, to look at its settings.
QSqlDatabase studyConnection()
{
    const QStringList names = QSqlDatabase::connectionNames().filter(QStringLiteral("chartweek-db-"));
    return names.size() == 1 ? QSqlDatabase::database(names.first(), false) : QSqlDatabase();
}

QString newDatabase(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    SqliteStudyRepository db;
    EXPECT_TRUE(succeeded(db.open(path)));
    return path;
}

struct DamagedCase
{
    const char *name;
    std::function<void(const QString &path)> damage; ///< Turns a good database into the case.
    DatabaseError::Kind kind;
    const char *messagePart;
};

void PrintTo(const DamagedCase &c, std::ostream *os)
{
    *os << c.name;
}

class DamagedDatabase : public testing::TestWithParam<DamagedCase>
{
protected:
    QTemporaryDir m_dir;
};

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(offset);
    file.write(bytes);
}

} // namespace

TEST_P(DamagedDatabase, IsReportedSpecificallyAndLeftUntouched)
{
    const DamagedCase &c = GetParam();
    const QString file = newDatabase(m_dir, "damaged.sqlite");
    c.damage(file);
    const QByteArray before = readAll(file);
    SqliteStudyRepository db;
    const auto opened = db.open(file);
    ASSERT_TRUE(failedWith(opened, c.kind));
    const QString &message = opened.error().message;
    EXPECT_TRUE(message.contains(QString::fromUtf8(c.messagePart))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("damaged.sqlite"))) << qPrintable(message);
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(readAll(file), before);
    EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")) && QFile(file + QStringLiteral("-wal")).size() > 0);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

INSTANTIATE_TEST_SUITE_P(
    Storage, DamagedDatabase,
    testing::Values(
        DamagedCase{"ZerosOverTheHeader",
                    [](const QString &p) {
                        overwrite(p, 0, QByteArray(100, '\0'));
                    },
                    DatabaseError::Kind::NotADatabase, "overwritten with zeros"},
        DamagedCase{"TruncatedInsideTheHeader",
                    [](const QString &p) {
                        QFile::resize(p, 50);
                    },
                    DatabaseError::Kind::Damaged, "ends after 50 byte"},
        DamagedCase{"TruncatedToTwoPages",
                    [](const QString &p) {
                        QFile::resize(p, 8192);
                    },
                    DatabaseError::Kind::Damaged, "truncated"},
        DamagedCase{"CutInsideAPage",
                    [](const QString &p) {
                        QFile::resize(p, QFileInfo(p).size() - 1000);
                    },
                    DatabaseError::Kind::Damaged, "truncated"},
        DamagedCase{"GarbageInATablePage",
                    [](const QString &p) {
                        overwrite(p, 4096 * 3, QByteArray(4096, '\x5a'));
                    },
                    DatabaseError::Kind::Damaged, "is damaged"},
        DamagedCase{"TextFile",
                    [](const QString &p) {
                        writeAll(p, "wave;share\n2012;24\n");
                    },
                    DatabaseError::Kind::NotADatabase, "isn't an SQLite file"},
        DamagedCase{"PngImage",
                    [](const QString &p) {
                        writeAll(p, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x'));
                    },
                    DatabaseError::Kind::NotADatabase, "isn't an SQLite file"},
        DamagedCase{"AnotherApplicationsDatabase",
                    [](const QString &p) {
                        QFile::remove(p);
                        rawQuery(p, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
                    },
                    DatabaseError::Kind::Foreign, "another application"},
        DamagedCase{"AnotherApplicationWithAMetaTable",
                    [](const QString &p) {
                        rawQuery(p,
                                 QStringLiteral(
                                     "UPDATE chartweek_meta SET meta_value = 'other' WHERE meta_key = 'application'"));
                    },
                    DatabaseError::Kind::Foreign, "another application"},
        DamagedCase{"NewerSchema",
                    [](const QString &p) {
                        rawQuery(p, QStringLiteral(
                                        "UPDATE chartweek_meta SET meta_value = '%1' WHERE meta_key = 'schema_version'")
                                        .arg(SchemaMigrator::latestVersion() + 1));
                    },
                    DatabaseError::Kind::NewerSchema, "newer version"},
        DamagedCase{"ReadOnlyFile",
                    [](const QString &p) {
                        QFile::setPermissions(p, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
                    },
                    DatabaseError::Kind::ReadOnly, "is read-only"}));

TEST(Storage, ReadOnlyFolderIsReported)
{
    QTemporaryDir dir;
    const QString file = newDatabase(dir, "db.sqlite");
    const QByteArray before = readAll(file);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    SqliteStudyRepository db;
    const auto opened = db.open(file);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_TRUE(failedWith(opened, DatabaseError::Kind::ReadOnly));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("folder"))) << qPrintable(opened.error().message);
    EXPECT_EQ(readAll(file), before);
}

namespace {

struct ScriptRun
{
    bool ran = false; ///< The mount namespace and the tmpfs could be made.
    QString out;
    QString err;
};

// Runs a shell script in a mount namespace of its own, so the tmpfs it mounts on $1 is
// private to it and gone when it ends: as root with private propagation; otherwise in a user
// namespace too; in a chroot (where neither can be made, "/" being no mount point) with the
// propagation unchanged, the script's own trap unmounting the tmpfs again. The script must
// print the line "mounted" once its tmpfs is in place: a failure of unshare or mount before
// it is no run, whatever the exit code.
ScriptRun runWithPrivateMount(const QString &script, const QStringList &arguments)
{
    const QString guarded = QStringLiteral("trap 'umount \"$1\" 2>/dev/null' EXIT\n") + script;
    const QString propagation = QStringLiteral("--propagation");
    for (const QStringList &unshare :
         {QStringList{QStringLiteral("--mount"), propagation, QStringLiteral("private")},
          QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                      propagation, QStringLiteral("private")},
          QStringList{QStringLiteral("--mount"), propagation, QStringLiteral("unchanged")}}) {
        QProcess process;
        process.start(QStringLiteral("unshare"),
                      unshare + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), guarded, QStringLiteral("sh")} +
                          arguments);
        if (!process.waitForStarted(30000))
            return {};
        process.waitForFinished(300000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        ScriptRun run{process.exitStatus() == QProcess::NormalExit && out.split(u'\n').contains(u"mounted"), out,
                      QString::fromUtf8(process.readAllStandardError())};
        if (run.ran)
            return run;
    }
    return {};
}

// "name\tkind\tcode\tmessage" lines of the crash driver, by name.
QHash<QString, QStringList> reportLines(const QString &out)
{
    QHash<QString, QStringList> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(u'\t');
        lines.insert(fields.first(), fields.mid(1));
    }
    return lines;
}

QString readText(const QString &path)
{
    return QString::fromUtf8(readAll(path));
}

} // namespace

// A real full file system: a 2 MB tmpfs in a mount namespace of the test's own. The crash
// driver fills it with the library open and tries every write path; then the command line
// lists and imports on it. Each says the disk is full (SQLITE_FULL, code 13), nothing changes.
TEST(Storage, FullDiskIsReportedOnEveryWritePathAndNothingChanges)
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    writeAll(csv, "study,wave,segment,share\nFull disk,2012,Yes,40\nFull disk,2012,No,60\n");
    const QString script = QStringLiteral(
        "mount -t tmpfs -o size=2m tmpfs \"$1\" || exit 90\n"
        "echo mounted\n"
        "\"$2\" fulldisk \"$1/library.sqlite\" || exit 91\n"
        "\"$3\" --database \"$1/library.sqlite\" list >\"$4/list.out\" 2>\"$4/list.err\"; echo \"list\t$?\"\n"
        "\"$3\" --database \"$1/library.sqlite\" import \"$5\" >\"$4/import.out\" 2>\"$4/import.err\"\n"
        "echo \"import\t$?\"\n"
        "echo \"final\t$(sha256sum \"$1/library.sqlite\" | cut -d' ' -f1)\"\n");
    const ScriptRun run = runWithPrivateMount(script, {mountPoint, QStringLiteral(CHARTWEEK_CRASH_DRIVER),
                                                       QStringLiteral(CHARTWEEK_BINARY), dir.path(), csv});
    ASSERT_TRUE(run.ran) << "no mount namespace here (unshare): see FullDiskByFileSizeLimit";
    const QHash<QString, QStringList> lines = reportLines(run.out);
    ASSERT_TRUE(lines.contains(QStringLiteral("final"))) << qPrintable(run.out + run.err);

    for (const CrashScenario::WritePath &path : CrashScenario::writePaths()) {
        const QStringList fields = lines.value(QString::fromLatin1(path.name));
        ASSERT_EQ(fields.size(), 3) << path.name << ": " << qPrintable(run.out);
        EXPECT_EQ(fields.at(0).toInt(), int(DatabaseError::Kind::DiskFull))
            << path.name << ": " << qPrintable(fields.at(2));
        EXPECT_EQ(fields.at(1), QStringLiteral("13")) << path.name << " keeps SQLITE_FULL";
        EXPECT_TRUE(fields.at(2).contains(QStringLiteral("is full"))) << path.name << ": " << qPrintable(fields.at(2));
    }
    const QStringList reopen = lines.value(QStringLiteral("reopen"));
    ASSERT_EQ(reopen.size(), 3) << qPrintable(run.out);
    EXPECT_EQ(reopen.at(0).toInt(), int(DatabaseError::Kind::DiskFull)) << qPrintable(reopen.at(2));

    for (const char *command : {"list", "import"}) {
        const QString name = QString::fromLatin1(command);
        EXPECT_EQ(lines.value(name).value(0), QStringLiteral("1")) << command;
        const QString err = readText(dir.filePath(name + QStringLiteral(".err")));
        EXPECT_TRUE(err.contains(QStringLiteral("is full"))) << command << ": " << qPrintable(err);
        EXPECT_FALSE(err.contains(QStringLiteral("not a Chart of the Week database"))) << qPrintable(err);
    }
    EXPECT_EQ(lines.value(QStringLiteral("before")), lines.value(QStringLiteral("after")));
    EXPECT_EQ(lines.value(QStringLiteral("before")), lines.value(QStringLiteral("final"))) << "nothing changed";
}

// Where no mount namespace can be made: the process's file size limit stops the write
// (EFBIG, which SQLite reports as SQLITE_IOERR_WRITE, 778, not as a full disk). The
// native code is kept and nothing changes.
TEST(Storage, FullDiskByFileSizeLimit)
{
    QTemporaryDir dir;
    const QString file = newDatabase(dir, "full.sqlite");
    const QByteArray before = readAll(file);
    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(file)));

    struct rlimit saved = {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = saved;
    limit.rlim_cur = rlim_t(before.size());
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
    const auto stored = db.insertStudy(CrashScenario::bigStudy(QStringLiteral("too-big")));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_FALSE(stored.ok());
    EXPECT_EQ(stored.error().nativeCode, QStringLiteral("778")) << qPrintable(stored.error().message);
    EXPECT_TRUE(stored.error().message.contains(QStringLiteral("full.sqlite"))) << qPrintable(stored.error().message);
    const auto studies = db.listStudies();
    ASSERT_TRUE(succeeded(studies));
    EXPECT_EQ(studies->size(), 1);
    db.close();
    EXPECT_EQ(readAll(file), before);
}

TEST(Storage, WalModeSynchronousNormalAndForeignKeys)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("wal.sqlite"));
    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(file)));
    QSqlDatabase connection = studyConnection();
    ASSERT_TRUE(connection.isOpen());
    QSqlQuery query(connection);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
    EXPECT_GE(query.value(0).toInt(), 1); // 1 = NORMAL, 2 = FULL, 3 = EXTRA
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    // Foreign keys are enforced: a share of a wave that doesn't exist is refused.
    EXPECT_FALSE(query.exec(
        QStringLiteral("INSERT INTO segment_share (wave_id, segment_id, share_percent) VALUES (999, 999, 1)")));
    query.finish();
}

TEST(Storage, BackupBeforeMigrationHoldsWhatIsOnlyInTheLog)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v1.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    {
        // Another connection puts the file in WAL mode and leaves a change in the log only.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        query.finish();
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(
            query.exec(QStringLiteral("UPDATE study SET title = 'Only in the log' WHERE slug = 'test-v1-second'")));
        ASSERT_GT(QFileInfo(file + QStringLiteral("-wal")).size(), 0);

        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
        const auto second = db.loadStudyBySlug(QStringLiteral("test-v1-second"));
        ASSERT_TRUE(succeeded(second));
        EXPECT_EQ(second->title, QStringLiteral("Only in the log"));
        db.close();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QString backup = file + QStringLiteral(".v1.bak");
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_FALSE(QFile::exists(backup + QStringLiteral("-wal")));
    EXPECT_EQ(rawQuery(backup, QStringLiteral("SELECT title FROM study WHERE slug = 'test-v1-second'")),
              QStringList{QStringLiteral("Only in the log")});
    EXPECT_EQ(
        rawQuery(backup, QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = 'schema_version'")),
        QStringList{QStringLiteral("1")});
}

class LockedDatabase : public testing::Test
{
protected:
    // Another process takes the write lock (BEGIN IMMEDIATE) and keeps it.
    void lock(const QString &path)
    {
        m_locker.start(QStringLiteral(CHARTWEEK_CRASH_DRIVER), {QStringLiteral("lock"), path});
        ASSERT_TRUE(m_locker.waitForStarted(30000));
        QByteArray out;
        while (!out.contains("locked") && m_locker.state() == QProcess::Running) {
            m_locker.waitForReadyRead(30000);
            out += m_locker.readAllStandardOutput();
        }
        ASSERT_TRUE(out.contains("locked")) << m_locker.readAllStandardError().toStdString();
    }
    void unlock()
    {
        m_locker.closeWriteChannel();
        EXPECT_TRUE(m_locker.waitForFinished(30000));
        EXPECT_EQ(m_locker.exitCode(), 0);
    }
    void TearDown() override
    {
        if (m_locker.state() != QProcess::NotRunning)
            unlock();
    }
    QTemporaryDir m_dir;
    QProcess m_locker;
};

TEST_F(LockedDatabase, SavingWaitsBoundedThenSaysWhy)
{
    const QString file = newDatabase(m_dir, "busy.sqlite");
    lock(file);
    SqliteStudyRepository db;
    db.setBusyTimeout(300);
    ASSERT_TRUE(succeeded(db.open(file))) << "reading works while another program writes";
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug = QStringLiteral("while-locked");
    const auto refused = db.insertStudy(study);
    ASSERT_TRUE(failedWith(refused, DatabaseError::Kind::Busy));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("in use by another program")))
        << qPrintable(refused.error().message);

    unlock();
    const auto stored = db.insertStudy(study);
    ASSERT_TRUE(succeeded(stored)) << "works once the other program let go";
    EXPECT_GT(stored->id, 0);
}

TEST_F(LockedDatabase, OpeningAnOldFileThatIsLockedSaysWhyAndChangesNothing)
{
    const QString file = m_dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v1.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    lock(file);
    SqliteStudyRepository db;
    db.setBusyTimeout(300);
    EXPECT_TRUE(failedWith(db.open(file), DatabaseError::Kind::Busy));
    EXPECT_FALSE(db.isOpen());
    unlock();
    EXPECT_EQ(readAll(file), before);
}

// Every write path, while another program holds the write lock: Busy with SQLite's code
// (SQLITE_BUSY, 5) and nothing written; the same write works once the lock is gone.
class LockedWritePath : public LockedDatabase, public testing::WithParamInterface<CrashScenario::WritePath>
{
};

void PrintTo(const CrashScenario::WritePath &path, std::ostream *os)
{
    *os << path.name;
}

TEST_P(LockedWritePath, IsBusyWithTheNativeCodeAndWorksAfterwards)
{
    const QString file = newDatabase(m_dir, "locked.sqlite");
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
        ASSERT_TRUE(succeeded(CrashScenario::prepareWriteTargets(db)));
    }
    SqliteStudyRepository db;
    db.setBusyTimeout(200);
    ASSERT_TRUE(succeeded(db.open(file)));
    const QStringList before = rawQuery(file, QStringLiteral("SELECT slug || ' ' || length(notes) FROM study"));
    lock(file);
    const auto refused = GetParam().write(db);
    ASSERT_TRUE(failedWith(refused, DatabaseError::Kind::Busy));
    EXPECT_EQ(refused.error().nativeCode, QStringLiteral("5"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("locked.sqlite")))
        << qPrintable(refused.error().message);
    unlock();
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT slug || ' ' || length(notes) FROM study")), before);
    EXPECT_TRUE(succeeded(GetParam().write(db))) << "works once the other program let go";
}

INSTANTIATE_TEST_SUITE_P(Storage, LockedWritePath, testing::ValuesIn(CrashScenario::writePaths().toVector()),
                         [](const testing::TestParamInfo<CrashScenario::WritePath> &info) {
                             return std::string(info.param.name);
                         });

TEST(Storage, NamesThatLookLikeSqlAreStoredLiterally)
{
    const QByteArray csv = "study,wave,segment,share\n"
                           "\"'); DROP TABLE share;--\",2012,\"Robert'); DROP TABLE segment;--\",40\n"
                           "\"'); DROP TABLE share;--\",2012,\"\"\" OR 1=1 --\",60\n";
    CsvImportResult imported = importCsv(csv, QStringLiteral("bobby.csv"), {});
    ASSERT_TRUE(imported.ok()) << qPrintable(imported.errors.value(0).toString());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bobby.sqlite"));
    const QStringList tablesBefore = [&] {
        SqliteStudyRepository db;
        EXPECT_TRUE(succeeded(db.open(file)));
        return rawQuery(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    }();
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
        const auto stored = db.insertStudies(imported.studies);
        ASSERT_TRUE(succeeded(stored));
        imported.studies = *stored;
        const auto found = db.loadStudy(imported.studies.first().id);
        ASSERT_TRUE(succeeded(found));
        const Study &loaded = *found;
        EXPECT_EQ(loaded.title, QStringLiteral("'); DROP TABLE share;--"));
        ASSERT_EQ(loaded.segments.size(), 2);
        EXPECT_EQ(loaded.segments.at(0).name.value(Language::English),
                  QStringLiteral("Robert'); DROP TABLE segment;--"));
        EXPECT_EQ(loaded.segments.at(1).name.text(Language::German), QStringLiteral("\" OR 1=1 --"));
        EXPECT_EQ(loaded, imported.studies.first());
    }
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
              tablesBefore);
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT COUNT(*) FROM study")), QStringList{QStringLiteral("2")});
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT COUNT(*) FROM segment")), QStringList{QStringLiteral("5")});
    EXPECT_EQ(rawQuery(file, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
}

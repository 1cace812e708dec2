// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Damaged and foreign database files, a read-only file, a full disk, a database locked by
// another process, WAL mode and its backup, and names that look like SQL.

#include "core/csvimporter.h"
#include "core/seedstudy.h"
#include "core/studydatabase.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Runs SQL on a plain connection of its own (another "program").
QStringList rawQuery(const QString &path, const QString &sql)
{
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    rows.append(query.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return rows;
}

// The connection of the (only) open StudyDatabase, to look at its settings.
QSqlDatabase studyConnection()
{
    const QStringList names = QSqlDatabase::connectionNames().filter(QStringLiteral("chartweek-db-"));
    return names.size() == 1 ? QSqlDatabase::database(names.first(), false) : QSqlDatabase();
}

QString newDatabase(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    StudyDatabase db;
    EXPECT_EQ(db.open(path), std::nullopt);
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
    StudyDatabase db;
    const auto error = db.open(file);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, c.kind) << qPrintable(error->message);
    EXPECT_TRUE(error->message.contains(QString::fromUtf8(c.messagePart))) << qPrintable(error->message);
    EXPECT_TRUE(error->message.contains(QStringLiteral("damaged.sqlite"))) << qPrintable(error->message);
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
                                        .arg(StudyDatabase::kSchemaVersion + 1));
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
    StudyDatabase db;
    const auto error = db.open(file);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::ReadOnly);
    EXPECT_TRUE(error->message.contains(QStringLiteral("folder"))) << qPrintable(error->message);
    EXPECT_EQ(readAll(file), before);
}

TEST(Storage, FullDiskIsReportedAndNothingChanges)
{
    QTemporaryDir dir;
    const QString file = newDatabase(dir, "full.sqlite");
    const QByteArray before = readAll(file);
    StudyDatabase db;
    ASSERT_EQ(db.open(file), std::nullopt);

    // The file may not grow: the "disk" is full (RLIMIT_FSIZE; the write fails with EFBIG).
    struct rlimit saved = {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limit = saved;
    limit.rlim_cur = rlim_t(before.size());
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
    Study big = smbGroupSocialBusinessStudy2012();
    big.slug = QStringLiteral("too-big");
    big.notes = QString(400000, u'x');
    const auto error = db.insertStudy(&big);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::DiskFull) << qPrintable(error->message);
    EXPECT_TRUE(error->message.contains(QStringLiteral("is full"))) << qPrintable(error->message);
    EXPECT_EQ(big.id, 0);
    QList<StudySummary> studies;
    ASSERT_EQ(db.listStudies(&studies), std::nullopt);
    EXPECT_EQ(studies.size(), 1);
    db.close();
    EXPECT_EQ(readAll(file), before);
}

TEST(Storage, WalModeSynchronousNormalAndForeignKeys)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("wal.sqlite"));
    StudyDatabase db;
    ASSERT_EQ(db.open(file), std::nullopt);
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

        StudyDatabase db;
        ASSERT_EQ(db.open(file), std::nullopt);
        Study second;
        ASSERT_EQ(db.loadStudyBySlug(QStringLiteral("test-v1-second"), &second), std::nullopt);
        EXPECT_EQ(second.title, QStringLiteral("Only in the log"));
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
    StudyDatabase db;
    db.setBusyTimeout(300);
    ASSERT_EQ(db.open(file), std::nullopt) << "reading works while another program writes";
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug = QStringLiteral("while-locked");
    const auto error = db.insertStudy(&study);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::Busy);
    EXPECT_TRUE(error->message.contains(QStringLiteral("in use by another program"))) << qPrintable(error->message);
    EXPECT_EQ(study.id, 0);

    unlock();
    ASSERT_EQ(db.insertStudy(&study), std::nullopt) << "works once the other program let go";
    EXPECT_GT(study.id, 0);
}

TEST_F(LockedDatabase, OpeningAnOldFileThatIsLockedSaysWhyAndChangesNothing)
{
    const QString file = m_dir.filePath(QStringLiteral("v1.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v1.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    lock(file);
    StudyDatabase db;
    db.setBusyTimeout(300);
    const auto error = db.open(file);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::Busy) << qPrintable(error->message);
    EXPECT_FALSE(db.isOpen());
    unlock();
    EXPECT_EQ(readAll(file), before);
}

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
        StudyDatabase db;
        EXPECT_EQ(db.open(file), std::nullopt);
        return rawQuery(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    }();
    {
        StudyDatabase db;
        ASSERT_EQ(db.open(file), std::nullopt);
        ASSERT_EQ(db.insertStudies(&imported.studies), std::nullopt);
        Study loaded;
        ASSERT_EQ(db.loadStudy(imported.studies.first().id, &loaded), std::nullopt);
        EXPECT_EQ(loaded.title, QStringLiteral("'); DROP TABLE share;--"));
        ASSERT_EQ(loaded.segments.size(), 2);
        EXPECT_EQ(loaded.segments.at(0).name.english, QStringLiteral("Robert'); DROP TABLE segment;--"));
        EXPECT_EQ(loaded.segments.at(1).name.text(Language::German), QStringLiteral("\" OR 1=1 --"));
        EXPECT_EQ(loaded, imported.studies.first());
    }
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")),
              tablesBefore);
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT COUNT(*) FROM study")), QStringList{QStringLiteral("2")});
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT COUNT(*) FROM segment")), QStringList{QStringLiteral("5")});
    EXPECT_EQ(rawQuery(file, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
}

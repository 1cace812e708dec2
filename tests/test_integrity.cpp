// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Damage is never written into: byte flips in the index of slugs are found before the
// first write (or caught inside the write transaction), a refused file stays as it was with
// its log and shared-memory files, two processes creating one new database both succeed,
// and a failed open leaves no connection behind.

#include "core/seedstudy.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqlitestudyrepository.h"
#include "sqlitefiles.h"
#include "storagetesting.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

using Kind = DatabaseError::Kind;

// Slugs held by more than one study, counted from the table itself (not its index).
QStringList duplicateSlugs(const QString &path)
{
    return rawQuery(path, QStringLiteral("SELECT slug FROM study NOT INDEXED GROUP BY slug HAVING COUNT(*) > 1"));
}

// A library of the seed study and 40 more, closed: the slugs' index fills most of a page.
QString libraryWithStudies(const QTemporaryDir &dir, const char *name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    SqliteStudyRepository db;
    EXPECT_TRUE(succeeded(db.open(path)));
    QList<Study> studies;
    for (int i = 0; i < 40; ++i) {
        Study study = smbGroupSocialBusinessStudy2012();
        study.slug = QStringLiteral("weekly-study-%1").arg(i, 3, 10, QLatin1Char('0'));
        study.title = QStringLiteral("Study %1").arg(i);
        studies.append(study);
    }
    EXPECT_TRUE(succeeded(db.insertStudies(studies)));
    return path;
}

// Where the index of study slugs lies in the file: its page's offset and its size.
struct IndexPage
{
    qint64 offset = 0;
    int size = 0;
    int contentStart = 0; ///< Where the cells start, from the page header.
};

IndexPage slugIndexPage(const QString &path)
{
    const QByteArray file = readAll(path);
    const int pageSize = (quint8(file.at(16)) << 8) | quint8(file.at(17));
    const int root = rawQuery(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND "
                                                   "tbl_name = 'study' AND sql IS NULL"))
                         .value(0)
                         .toInt();
    EXPECT_GT(root, 1);
    IndexPage page{qint64(root - 1) * pageSize, pageSize, 0};
    const QByteArray bytes = file.mid(page.offset, pageSize);
    EXPECT_EQ(quint8(bytes.at(0)), 0x0a) << "a leaf page of an index";
    page.contentStart = (quint8(bytes.at(5)) << 8) | quint8(bytes.at(6));
    return page;
}

void flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(offset));
    char byte = 0;
    ASSERT_TRUE(file.getChar(&byte));
    ASSERT_TRUE(file.seek(offset));
    ASSERT_TRUE(file.putChar(char(byte ^ 0xff)));
}

// The offset of the seed study's slug inside the index page.
qint64 seedSlugInIndex(const QString &path, const IndexPage &page)
{
    const QByteArray bytes = readAll(path).mid(page.offset, page.size);
    const qsizetype at = bytes.indexOf(smbGroupSocialBusinessStudy2012().slug.toLatin1());
    EXPECT_GE(at, page.contentStart);
    return page.offset + at;
}

} // namespace

// The sample the hostile-input review tried by hand, every byte of the index page's cells:
// each flip is either found when the file is opened (Damaged, nothing written) or harmless
// (integrity_check ok); never does a second study with one slug get in.
TEST(Integrity, ByteFlipsInTheSlugIndexNeverLetADuplicateIn)
{
    QTemporaryDir dir;
    const QString pristine = libraryWithStudies(dir, "pristine.sqlite");
    const IndexPage page = slugIndexPage(pristine);
    ASSERT_GT(page.contentStart, 0);
    const QString work = dir.filePath(QStringLiteral("work.sqlite"));
    int found = 0;
    int harmless = 0;
    int tried = 0;
    // Every 9th byte of the cells, and the page header.
    QList<int> positions{0, 1, 3, 4, 5, 6};
    for (int i = page.contentStart; i < page.size; i += 9)
        positions.append(i);
    for (const int position : std::as_const(positions)) {
        QFile::remove(work);
        ASSERT_TRUE(QFile::copy(pristine, work));
        flipByte(work, page.offset + position);
        const QByteArray flipped = readAll(work);
        ++tried;
        SqliteStudyRepository db;
        const auto opened = db.open(work);
        if (!opened) {
            EXPECT_TRUE(failedWith(opened, Kind::Damaged)) << "byte " << position;
            EXPECT_EQ(readAll(work), flipped) << "nothing was written, byte " << position;
            ++found;
            continue;
        }
        // Accepted: then the check found nothing wrong, and writes keep slugs unique.
        ++harmless;
        const auto again = db.insertStudy(smbGroupSocialBusinessStudy2012());
        EXPECT_FALSE(again.ok()) << "byte " << position;
        Study other = smbGroupSocialBusinessStudy2012();
        other.slug = QStringLiteral("weekly-study-007");
        EXPECT_FALSE(db.insertStudy(other).ok()) << "byte " << position;
        db.close();
        EXPECT_EQ(rawQuery(work, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")})
            << "an accepted file was intact, byte " << position;
        EXPECT_EQ(duplicateSlugs(work), QStringList()) << "byte " << position;
    }
    std::printf("byte flips in the slug index: %d tried, %d found at open, %d harmless\n", tried, found, harmless);
    RecordProperty("flips_tried", tried);
    RecordProperty("flips_found", found);
    EXPECT_GT(found, tried / 2);
}

TEST(Integrity, FlippedSlugInTheIndexIsFoundAtOpenByTheFullAndTheBoundedCheck)
{
    QTemporaryDir dir;
    const QString path = libraryWithStudies(dir, "flipped.sqlite");
    flipByte(path, seedSlugInIndex(path, slugIndexPage(path)) + 4);
    const QByteArray before = readAll(path);
    for (const qint64 limit : {SqliteFileInspector::kDefaultFullCheckLimit, qint64(0)}) {
        SqliteStudyRepository db;
        db.setFullCheckLimit(limit); // 0: quick_check and the full check of the study table only
        const auto opened = db.open(path);
        ASSERT_TRUE(failedWith(opened, Kind::Damaged)) << "limit " << limit;
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("flipped.sqlite")));
        EXPECT_EQ(readAll(path), before);
    }
}

// Damage that comes after the check at open (another program, a failing disk): the slug is
// counted again inside the write transaction, without the index.
TEST(Integrity, DuplicateSlugThatADamagedIndexLetsInIsRefusedInTheTransaction)
{
    QTemporaryDir dir;
    const QString path = libraryWithStudies(dir, "later.sqlite");
    const qint64 slugAt = seedSlugInIndex(path, slugIndexPage(path));
    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(path)));
    flipByte(path, slugAt + 4); // behind the open library's back

    const Study seed = smbGroupSocialBusinessStudy2012();
    const auto inserted = db.insertStudy(seed);
    ASSERT_TRUE(failedWith(inserted, Kind::Damaged));
    EXPECT_TRUE(inserted.error().message.contains(seed.slug)) << qPrintable(inserted.error().message);
    const auto imported = db.insertStudies({seed});
    EXPECT_TRUE(failedWith(imported, Kind::Damaged));
    auto other = db.loadStudyBySlug(QStringLiteral("weekly-study-003"));
    ASSERT_TRUE(succeeded(other));
    other->slug = seed.slug;
    EXPECT_TRUE(failedWith(db.updateStudy(*other), Kind::Damaged));
    db.close();
    EXPECT_EQ(duplicateSlugs(path), QStringList());
    EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM study NOT INDEXED")),
              QStringList{QStringLiteral("41")});
}

namespace {

// How the refused file's companions look when it is opened.
enum class LogState {
    LogAndIndex,     ///< "-wal" with the change, "-shm" (another program has it open, or crashed)
    LogWithoutIndex, ///< "-wal" with the change, no "-shm" (copied without it)
    NoLog,           ///< closed cleanly: the file alone
};

struct RefusedCase
{
    const char *name;
    const char *change; ///< SQL that makes the library one this build refuses
    Kind kind;
    LogState log;
};

void PrintTo(const RefusedCase &c, std::ostream *os)
{
    *os << c.name;
}

class RefusedFile : public testing::TestWithParam<RefusedCase>
{
};

// Every file of the folder with its bytes.
QMap<QString, QByteArray> folderContents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files))
        files.insert(name, readAll(QDir(folder).filePath(name)));
    return files;
}

} // namespace

TEST_P(RefusedFile, StaysByteForByteAsItWasWithItsLogFiles)
{
    const RefusedCase &c = GetParam();
    QTemporaryDir made;
    QTemporaryDir dir;
    const QString source = made.filePath(QStringLiteral("made.sqlite"));
    const QString file = dir.filePath(QStringLiteral("refused.sqlite"));
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(source)));
    }
    {
        // Another program changes the file and leaves the change in the log only.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(source);
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(query.exec(QString::fromLatin1(c.change)));
        if (c.log != LogState::NoLog) {
            ASSERT_GT(QFileInfo(source + QStringLiteral("-wal")).size(), 0);
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (suffix != u"-shm" || c.log == LogState::LogAndIndex) {
                    ASSERT_TRUE(QFile::copy(source + suffix, file + suffix));
                }
            }
        }
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    if (c.log == LogState::NoLog) {
        ASSERT_TRUE(QFile::copy(source, file));
    }

    const QMap<QString, QByteArray> before = folderContents(dir.path());
    SqliteStudyRepository db;
    const auto opened = db.open(file);
    ASSERT_TRUE(failedWith(opened, c.kind));
    EXPECT_FALSE(db.isOpen());
    const QMap<QString, QByteArray> after = folderContents(dir.path());
    EXPECT_EQ(after.keys(), before.keys()) << "no file appeared or went";
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        EXPECT_TRUE(after.value(it.key()) == it.value()) << qPrintable(it.key()) << " changed";
}

INSTANTIATE_TEST_SUITE_P(
    Integrity, RefusedFile,
    testing::Values(RefusedCase{"NewerSchemaInTheLogWithItsIndex",
                                "UPDATE chartweek_meta SET meta_value = '99' WHERE meta_key = 'schema_version'",
                                Kind::NewerSchema, LogState::LogAndIndex},
                    RefusedCase{"NewerSchemaInTheLogWithoutItsIndex",
                                "UPDATE chartweek_meta SET meta_value = '99' WHERE meta_key = 'schema_version'",
                                Kind::NewerSchema, LogState::LogWithoutIndex},
                    RefusedCase{"NewerSchemaClosedCleanly",
                                "UPDATE chartweek_meta SET meta_value = '99' WHERE meta_key = 'schema_version'",
                                Kind::NewerSchema, LogState::NoLog},
                    RefusedCase{"AnotherApplicationInTheLog",
                                "UPDATE chartweek_meta SET meta_value = 'other' WHERE meta_key = 'application'",
                                Kind::Foreign, LogState::LogAndIndex},
                    RefusedCase{"NoSchemaVersionInTheLog",
                                "DELETE FROM chartweek_meta WHERE meta_key = 'schema_version'", Kind::Damaged,
                                LogState::LogAndIndex}),
    [](const testing::TestParamInfo<RefusedCase> &info) {
        return std::string(info.param.name);
    });

// Two processes open one new database at the same moment (the crash driver's "create"
// waits for a line on stdin, so both start their open together): both succeed, the schema
// is made once and the seed study is there once.
TEST(Integrity, TwoProcessesCreatingOneNewDatabaseBothSucceed)
{
    QTemporaryDir dir;
    constexpr int kRounds = 10;
    for (int round = 0; round < kRounds; ++round) {
        const QString path = dir.filePath(QStringLiteral("new-%1.sqlite").arg(round));
        std::unique_ptr<QProcess> processes[2];
        for (auto &process : processes) {
            process = std::make_unique<QProcess>();
            process->start(QStringLiteral(CHARTWEEK_CRASH_DRIVER), {QStringLiteral("create"), path});
            ASSERT_TRUE(process->waitForStarted(30000));
        }
        for (auto &process : processes) {
            QByteArray out;
            while (!out.contains("waiting") && process->state() == QProcess::Running) {
                process->waitForReadyRead(30000);
                out += process->readAllStandardOutput();
            }
            ASSERT_TRUE(out.contains("waiting"));
        }
        for (auto &process : processes)
            process->write("go\n");
        for (auto &process : processes) {
            ASSERT_TRUE(process->waitForFinished(60000));
            EXPECT_EQ(process->exitCode(), 0)
                << "round " << round << ": " << process->readAllStandardError().constData();
            EXPECT_EQ(process->readAllStandardOutput().trimmed(), QByteArray("studies 1")) << "round " << round;
        }
        EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM study")), QStringList{QStringLiteral("1")});
        EXPECT_EQ(rawQuery(path, QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = "
                                                "'schema_version'")),
                  QStringList{QString::number(SchemaMigrator::latestVersion())});
        EXPECT_EQ(rawQuery(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    }
}

namespace {

QStringList g_messages;

void collectMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

} // namespace

// Qt warns "connection … is still in use, all queries will cease to work" when a connection
// is removed while a handle of it lives: every failed open must let go in the right order.
TEST(Integrity, FailedOpensLeaveNoConnectionInUse)
{
    QTemporaryDir dir;
    const QString good = libraryWithStudies(dir, "good.sqlite");
    const auto copyOf = [&](const char *name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile::copy(good, path);
        return path;
    };
    const QString zeroed = copyOf("zeroed.sqlite");
    {
        QFile file(zeroed);
        EXPECT_TRUE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\0'));
    }
    const QString text = dir.filePath(QStringLiteral("text.sqlite"));
    writeAll(text, "not a database\n");
    const QString newer = copyOf("newer.sqlite");
    rawQuery(newer, QStringLiteral("UPDATE chartweek_meta SET meta_value = '99' WHERE meta_key = 'schema_version'"));
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    rawQuery(foreign, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"));
    const QString flipped = copyOf("flipped.sqlite");
    flipByte(flipped, seedSlugInIndex(flipped, slugIndexPage(flipped)) + 4);
    const QString blocked = dir.filePath(QStringLiteral("v3.sqlite"));
    QFile::copy(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v3.sqlite"), blocked);
    QFile::setPermissions(blocked, QFile::ReadOwner | QFile::WriteOwner);
    rawQuery(blocked, QStringLiteral("CREATE TABLE brand_theme (x INTEGER)")); // the migration fails

    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectMessage);
    int failures = 0;
    for (const QString &path : {zeroed, text, newer, foreign, flipped, blocked}) {
        SqliteStudyRepository db;
        failures += db.open(path) ? 0 : 1;
    }
    {
        SqliteStudyRepository db;
        failures += db.open(good) ? 0 : 1;
    }
    qInstallMessageHandler(previous);
    EXPECT_EQ(failures, 6);
    for (const QString &message : std::as_const(g_messages))
        EXPECT_FALSE(message.contains(QStringLiteral("still in use"))) << qPrintable(message);
    EXPECT_TRUE(QSqlDatabase::connectionNames().filter(QStringLiteral("chartweek-")).isEmpty());
}

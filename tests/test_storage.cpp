// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "core/studydatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int countRows(const QString &path, const QString &table)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next())
                count = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

class StorageTest : public testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(StorageTest, NewDatabaseIsSeededWithTheStudy)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("new.sqlite")), std::nullopt);
    QList<StudySummary> studies;
    ASSERT_EQ(db.listStudies(&studies), std::nullopt);
    ASSERT_EQ(studies.size(), 1);
    EXPECT_EQ(studies.first().publisher, QStringLiteral("SMB Group"));

    Study loaded;
    ASSERT_EQ(db.loadStudy(studies.first().id, &loaded), std::nullopt);
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = loaded.id;
    EXPECT_EQ(loaded, expected);
    // Unknown shares come back unknown.
    EXPECT_FALSE(loaded.share(loaded.waveIndex(2011), 0).has_value());
}

TEST_F(StorageTest, RoundTripKeepsEveryValue)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug = QStringLiteral("round-trip");
    study.title = QStringLiteral("Größe & Übersicht: 'quoted'; DROP TABLE study;--");
    study.waves = {{2010, {12.5, std::nullopt, 0.1 + 0.2}}, {2013, {33.333333333333336, 33.3, 33.366666666666667}}};
    {
        StudyDatabase db;
        ASSERT_EQ(db.open(path("trip.sqlite")), std::nullopt);
        ASSERT_EQ(db.insertStudy(&study), std::nullopt);
        EXPECT_GT(study.id, 0);
    }
    StudyDatabase reopened;
    ASSERT_EQ(reopened.open(path("trip.sqlite")), std::nullopt);
    Study loaded;
    ASSERT_EQ(reopened.loadStudy(study.id, &loaded), std::nullopt);
    EXPECT_EQ(loaded, study); // bit-for-bit equal doubles
}

TEST_F(StorageTest, SeedingTwiceAddsNothing)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("seed.sqlite")), std::nullopt);
    bool added = true;
    ASSERT_EQ(db.seed(&added), std::nullopt);
    EXPECT_FALSE(added);
    db.close();
    ASSERT_EQ(db.open(path("seed.sqlite")), std::nullopt);
    db.close();
    EXPECT_EQ(countRows(path("seed.sqlite"), QStringLiteral("study")), 1);
    EXPECT_EQ(countRows(path("seed.sqlite"), QStringLiteral("segment_share")), 6);
}

TEST_F(StorageTest, DuplicateSlugWritesNothing)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("dup.sqlite")), std::nullopt);
    Study again = smbGroupSocialBusinessStudy2012();
    const auto error = db.insertStudy(&again);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::QueryFailed);
    EXPECT_EQ(again.id, 0);
    db.close();
    EXPECT_EQ(countRows(path("dup.sqlite"), QStringLiteral("study")), 1);
    EXPECT_EQ(countRows(path("dup.sqlite"), QStringLiteral("segment")), 3);
}

TEST_F(StorageTest, CorruptHeaderIsReportedAndLeftUntouched)
{
    const QString file = path("corrupt.sqlite");
    {
        StudyDatabase db;
        ASSERT_EQ(db.open(file), std::nullopt);
    }
    {
        QFile raw(file);
        ASSERT_TRUE(raw.open(QIODevice::ReadWrite));
        raw.write(QByteArray(100, '\0'));
    }
    const QByteArray before = readAll(file);
    StudyDatabase db;
    const auto error = db.open(file);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::NotADatabase);
    EXPECT_TRUE(error->message.contains(QStringLiteral("corrupt.sqlite"))) << qPrintable(error->message);
    EXPECT_FALSE(db.isOpen());
    EXPECT_EQ(readAll(file), before);
}

TEST_F(StorageTest, ForeignDatabaseIsReportedAndLeftUntouched)
{
    const QString file = path("foreign.sqlite");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(file);
        ASSERT_TRUE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = readAll(file);
    StudyDatabase db;
    const auto error = db.open(file);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::Foreign);
    EXPECT_EQ(readAll(file), before);
}

TEST_F(StorageTest, NewerSchemaIsReportedAndLeftUntouched)
{
    const QString file = path("newer.sqlite");
    {
        StudyDatabase db;
        ASSERT_EQ(db.open(file), std::nullopt);
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery(raw).exec(
            QStringLiteral("UPDATE chartweek_meta SET meta_value = '99' WHERE meta_key = 'schema_version'"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = readAll(file);
    StudyDatabase db;
    const auto error = db.open(file);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::NewerSchema);
    EXPECT_TRUE(error->message.contains(QStringLiteral("99")));
    EXPECT_EQ(readAll(file), before);
}

TEST_F(StorageTest, TextFileIsNotADatabase)
{
    const QString file = path("notes.sqlite");
    {
        QFile text(file);
        ASSERT_TRUE(text.open(QIODevice::WriteOnly));
        text.write("wave;share\n2012;24\n");
    }
    const QByteArray before = readAll(file);
    StudyDatabase db;
    const auto error = db.open(file);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::NotADatabase);
    EXPECT_EQ(readAll(file), before);
}

TEST_F(StorageTest, MissingStudyIsNotFound)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("missing.sqlite")), std::nullopt);
    Study study;
    const auto error = db.loadStudy(4711, &study);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind, DatabaseError::Kind::NotFound);
}

TEST_F(StorageTest, DefaultPathIsInTheAppDataFolder)
{
    EXPECT_TRUE(StudyDatabase::defaultPath().endsWith(QStringLiteral("/chartweek.sqlite")));
}

TEST_F(StorageTest, MigratesAVersionOneDatabaseAndKeepsABackup)
{
    const QString original = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v1.sqlite");
    const QString file = path("v1.sqlite");
    ASSERT_TRUE(QFile::copy(original, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);

    StudyDatabase db;
    ASSERT_EQ(db.open(file), std::nullopt);
    EXPECT_EQ(readAll(file + QStringLiteral(".v1.bak")), before) << "backup of the old file";

    QList<StudySummary> studies;
    ASSERT_EQ(db.listStudies(&studies), std::nullopt);
    ASSERT_EQ(studies.size(), 2);

    Study seed;
    ASSERT_EQ(db.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug, &seed), std::nullopt);
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = seed.id;
    EXPECT_EQ(seed, expected);

    Study second;
    ASSERT_EQ(db.loadStudyBySlug(QStringLiteral("test-v1-second"), &second), std::nullopt);
    EXPECT_EQ(second.title, QStringLiteral("Zweite Studie – Größe"));
    EXPECT_EQ(second.baselineSegment, -1);
    ASSERT_EQ(second.waves.size(), 1);
    EXPECT_EQ(second.waves.first().shares, (QList<Share>{62.5, std::nullopt}));
    EXPECT_FALSE(second.multipleAnswers);
    EXPECT_TRUE(second.notes.isEmpty());
    EXPECT_FALSE(second.chartWeek.isValid());

    // The new columns work after the migration.
    second.notes = QStringLiteral("migrated");
    second.chartWeek = QDate(2013, 3, 4);
    second.segments[0].color = QStringLiteral("#112233");
    ASSERT_EQ(db.updateStudy(second), std::nullopt);
    db.close();
    ASSERT_EQ(db.open(file), std::nullopt);
    Study reloaded;
    ASSERT_EQ(db.loadStudy(second.id, &reloaded), std::nullopt);
    EXPECT_EQ(reloaded, second);
}

TEST_F(StorageTest, UpdateReplacesTheFiguresAndDeleteRemovesThem)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("edit.sqlite")), std::nullopt);
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug.clear();
    study.title = QStringLiteral("Edited copy");
    ASSERT_EQ(db.insertStudy(&study), std::nullopt);
    EXPECT_TRUE(study.slug.startsWith(QStringLiteral("study-")));

    study.segments.append({QStringLiteral("other"), {QStringLiteral("Other"), QStringLiteral("Sonstige")}, QString()});
    study.waves = {{2012, {20.0, 29.0, 47.0, 4.0}}, {2013, {std::nullopt, std::nullopt, 40.0, std::nullopt}}};
    study.headline = {QStringLiteral("Headline"), QStringLiteral("Schlagzeile")};
    study.multipleAnswers = false;
    ASSERT_EQ(db.updateStudy(study), std::nullopt);
    Study loaded;
    ASSERT_EQ(db.loadStudy(study.id, &loaded), std::nullopt);
    EXPECT_EQ(loaded, study);

    ASSERT_EQ(db.deleteStudy(study.id), std::nullopt);
    EXPECT_EQ(db.loadStudy(study.id, &loaded)->kind, DatabaseError::Kind::NotFound);
    db.close();
    EXPECT_EQ(countRows(path("edit.sqlite"), QStringLiteral("segment")), 3);
    EXPECT_EQ(countRows(path("edit.sqlite"), QStringLiteral("segment_share")), 6);
}

TEST_F(StorageTest, DeletedStudyComesBackWithItsId)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("undo.sqlite")), std::nullopt);
    Study seed;
    ASSERT_EQ(db.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug, &seed), std::nullopt);
    ASSERT_EQ(db.deleteStudy(seed.id), std::nullopt);
    Study restored = seed;
    ASSERT_EQ(db.insertStudy(&restored, StudyDatabase::IdPolicy::KeepId), std::nullopt);
    EXPECT_EQ(restored.id, seed.id);
    Study loaded;
    ASSERT_EQ(db.loadStudy(seed.id, &loaded), std::nullopt);
    EXPECT_EQ(loaded, seed);
}

TEST_F(StorageTest, FailedUpdateLeavesTheStoredStudyUnchanged)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("rollback.sqlite")), std::nullopt);
    Study seed;
    ASSERT_EQ(db.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug, &seed), std::nullopt);

    Study invalid = seed;
    invalid.waves[1].shares[0] = 240.0;
    const auto rejected = db.updateStudy(invalid);
    ASSERT_TRUE(rejected.has_value());
    EXPECT_EQ(rejected->kind, DatabaseError::Kind::Invalid);

    // Passes validation but breaks a constraint half-way (two segments with one key):
    // the deletion of the old figures must be rolled back too.
    Study clash = seed;
    clash.segments[1].key = clash.segments[0].key;
    const auto failed = db.updateStudy(clash);
    ASSERT_TRUE(failed.has_value());
    EXPECT_EQ(failed->kind, DatabaseError::Kind::QueryFailed);

    Study loaded;
    ASSERT_EQ(db.loadStudy(seed.id, &loaded), std::nullopt);
    EXPECT_EQ(loaded, seed);
}

TEST_F(StorageTest, LibraryListsNewestChartWeekFirstWithWaves)
{
    StudyDatabase db;
    ASSERT_EQ(db.open(path("list.sqlite")), std::nullopt);
    for (const auto &[title, week] : {std::pair{"Older", QDate(2024, 1, 8)}, std::pair{"Newer", QDate(2024, 2, 5)}}) {
        Study study = smbGroupSocialBusinessStudy2012();
        study.slug.clear();
        study.title = QString::fromLatin1(title);
        study.chartWeek = week;
        ASSERT_EQ(db.insertStudy(&study), std::nullopt);
    }
    QList<StudySummary> studies;
    ASSERT_EQ(db.listStudies(&studies), std::nullopt);
    ASSERT_EQ(studies.size(), 3);
    EXPECT_EQ(studies.at(0).title, QStringLiteral("Newer"));
    EXPECT_EQ(studies.at(1).title, QStringLiteral("Older"));
    EXPECT_EQ(studies.at(2).publisher, QStringLiteral("SMB Group")); // not scheduled: last
    EXPECT_EQ(studies.at(0).waveYears, (QList<int>{2011, 2012}));
    EXPECT_EQ(studies.at(0).chartWeek, QDate(2024, 2, 5));
}

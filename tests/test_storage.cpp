// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The storage suite: what every StudyRepository does, on every backend (StorageSuite), and
// what only an SQLite file can show (StorageTest): damaged, foreign and newer files,
// migrations, the migration files themselves.

#include "core/seedstudy.h"
#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyjson.h"
#include "localizedtexts.h"
#include "sqlitefiles.h"
#include "storagebackend.h"
#include "storagetesting.h"
#include "thirdlanguage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using Kind = DatabaseError::Kind;

class StorageSuite : public testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        m_backend = StorageBackend::make(GetParam());
        ASSERT_NE(m_backend, nullptr);
        m_db = m_backend->open();
        ASSERT_NE(m_db, nullptr);
    }
    // Stores the study (setting its id), closes the repository and opens it again, as a
    // later session would.
    void storeAndReopen(Study *study)
    {
        const auto stored = m_db->insertStudy(*study);
        ASSERT_TRUE(succeeded(stored));
        study->id = stored->id;
        m_db.reset();
        m_db = m_backend->open();
        ASSERT_NE(m_db, nullptr);
    }
    Study seedStudy() const
    {
        const auto seed = m_db->loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
        EXPECT_TRUE(succeeded(seed));
        return seed ? *seed : Study();
    }

    std::unique_ptr<StorageBackend> m_backend;
    std::unique_ptr<StudyRepository> m_db;
};

class StorageTest : public testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(StorageSuite, NewDatabaseIsSeededWithTheStudy)
{
    const auto studies = m_db->listStudies();
    ASSERT_TRUE(succeeded(studies));
    ASSERT_EQ(studies->size(), 1);
    EXPECT_EQ(studies->first().publisher, QStringLiteral("SMB Group"));

    const auto loaded = m_db->loadStudy(studies->first().id);
    ASSERT_TRUE(succeeded(loaded));
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = loaded->id;
    EXPECT_EQ(*loaded, expected);
    // Unknown shares come back unknown.
    EXPECT_FALSE(loaded->share(loaded->waveIndex(2011), 0).has_value());
}

TEST_P(StorageSuite, RoundTripKeepsEveryValue)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug = QStringLiteral("round-trip");
    study.title = QStringLiteral("Größe & Übersicht: 'quoted'; DROP TABLE study;--");
    study.waves = {{2010, {12.5, std::nullopt, 0.1 + 0.2}}, {2013, {33.333333333333336, 33.3, 33.366666666666667}}};
    const auto stored = m_db->insertStudy(study);
    ASSERT_TRUE(succeeded(stored));
    EXPECT_GT(stored->id, 0);
    study.id = stored->id;
    EXPECT_EQ(*stored, study);
    m_db.reset();

    const std::unique_ptr<StudyRepository> reopened = m_backend->open();
    ASSERT_NE(reopened, nullptr);
    const auto loaded = reopened->loadStudy(study.id);
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, study); // bit-for-bit equal doubles
}

TEST_P(StorageSuite, SeedingTwiceAddsNothing)
{
    const auto added = m_db->seed();
    ASSERT_TRUE(succeeded(added));
    EXPECT_FALSE(*added);
    m_db.reset();
    ASSERT_NE(m_backend->open(), nullptr);
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study")), 1);
    EXPECT_EQ(m_backend->countRows(QStringLiteral("segment_share")), 6);
}

TEST_P(StorageSuite, DuplicateSlugWritesNothing)
{
    const Study again = smbGroupSocialBusinessStudy2012();
    const auto stored = m_db->insertStudy(again);
    ASSERT_TRUE(failedWith(stored, Kind::QueryFailed));
    EXPECT_FALSE(stored.error().nativeCode.isEmpty()) << "the driver's code is kept";
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study")), 1);
    EXPECT_EQ(m_backend->countRows(QStringLiteral("segment")), 3);
}

TEST_P(StorageSuite, MissingStudyIsNotFound)
{
    EXPECT_TRUE(failedWith(m_db->loadStudy(4711), Kind::NotFound));
    EXPECT_TRUE(failedWith(m_db->loadStudyBySlug(QStringLiteral("no-such-study")), Kind::NotFound));
    EXPECT_TRUE(failedWith(m_db->deleteStudy(4711), Kind::NotFound));
    Study ghost = smbGroupSocialBusinessStudy2012();
    ghost.id = 4711;
    EXPECT_TRUE(failedWith(m_db->updateStudy(ghost), Kind::NotFound));
}

TEST_P(StorageSuite, UpdateReplacesTheFiguresAndDeleteRemovesThem)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug.clear();
    study.title = QStringLiteral("Edited copy");
    auto stored = m_db->insertStudy(study);
    ASSERT_TRUE(succeeded(stored));
    study = *stored;
    EXPECT_TRUE(study.slug.startsWith(QStringLiteral("study-")));

    study.segments.append(
        {QStringLiteral("other"), englishGerman(QStringLiteral("Other"), QStringLiteral("Sonstige")), QString()});
    study.waves = {{2012, {20.0, 29.0, 47.0, 4.0}}, {2013, {std::nullopt, std::nullopt, 40.0, std::nullopt}}};
    study.headline = englishGerman(QStringLiteral("Headline"), QStringLiteral("Schlagzeile"));
    study.multipleAnswers = false;
    ASSERT_TRUE(succeeded(m_db->updateStudy(study)));
    const auto loaded = m_db->loadStudy(study.id);
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, study);

    ASSERT_TRUE(succeeded(m_db->deleteStudy(study.id)));
    EXPECT_TRUE(failedWith(m_db->loadStudy(study.id), Kind::NotFound));
    EXPECT_EQ(m_backend->countRows(QStringLiteral("segment")), 3);
    EXPECT_EQ(m_backend->countRows(QStringLiteral("segment_share")), 6);
}

TEST_P(StorageSuite, DeletedStudyComesBackWithItsId)
{
    const Study seed = seedStudy();
    ASSERT_TRUE(succeeded(m_db->deleteStudy(seed.id)));
    const auto restored = m_db->insertStudy(seed, StudyRepository::IdPolicy::KeepId);
    ASSERT_TRUE(succeeded(restored));
    EXPECT_EQ(restored->id, seed.id);
    const auto loaded = m_db->loadStudy(seed.id);
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, seed);

    // A new study after one that kept its id gets a fresh id of its own.
    Study next = smbGroupSocialBusinessStudy2012();
    next.slug = QStringLiteral("after-keep-id");
    const auto inserted = m_db->insertStudy(next);
    ASSERT_TRUE(succeeded(inserted));
    EXPECT_NE(inserted->id, seed.id);
}

TEST_P(StorageSuite, FailedUpdateLeavesTheStoredStudyUnchanged)
{
    const Study seed = seedStudy();
    Study invalid = seed;
    invalid.waves[1].shares[0] = 240.0;
    EXPECT_TRUE(failedWith(m_db->updateStudy(invalid), Kind::Invalid));

    // Passes validation but breaks a constraint half-way (two segments with one key):
    // the deletion of the old figures must be rolled back too.
    Study clash = seed;
    clash.segments[1].key = clash.segments[0].key;
    const auto failed = m_db->updateStudy(clash);
    EXPECT_TRUE(failedWith(failed, Kind::QueryFailed));

    const auto loaded = m_db->loadStudy(seed.id);
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, seed);
}

TEST_P(StorageSuite, ImportIsAllOrNothingAndTakenSlugsGetASuffix)
{
    Study first = smbGroupSocialBusinessStudy2012(); // its slug is taken by the seed study
    Study second = first;
    second.title = QStringLiteral("Second");
    const auto stored = m_db->insertStudies({first, second});
    ASSERT_TRUE(succeeded(stored));
    ASSERT_EQ(stored->size(), 2);
    EXPECT_EQ(stored->at(0).slug, first.slug + QStringLiteral("-2"));
    EXPECT_EQ(stored->at(1).slug, first.slug + QStringLiteral("-3"));
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study")), 3);

    Study bad = first;
    bad.segments[1].key = bad.segments[0].key; // fails half-way, after the first study
    EXPECT_TRUE(failedWith(m_db->insertStudies({first, bad}), Kind::QueryFailed));
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study")), 3) << "nothing of the failed import";

    ASSERT_TRUE(succeeded(m_db->deleteStudies({stored->at(0).id, stored->at(1).id})));
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study")), 1);
    EXPECT_TRUE(failedWith(m_db->deleteStudies({seedStudy().id, 4711}), Kind::NotFound));
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study")), 1) << "all or none";
}

TEST_P(StorageSuite, LibraryListsNewestChartWeekFirstWithWaves)
{
    for (const auto &[title, week] : {std::pair{"Older", QDate(2024, 1, 8)}, std::pair{"Newer", QDate(2024, 2, 5)}}) {
        Study study = smbGroupSocialBusinessStudy2012();
        study.slug.clear();
        study.title = QString::fromLatin1(title);
        study.chartWeek = week;
        ASSERT_TRUE(succeeded(m_db->insertStudy(study)));
    }
    const auto studies = m_db->listStudies();
    ASSERT_TRUE(succeeded(studies));
    ASSERT_EQ(studies->size(), 3);
    EXPECT_EQ(studies->at(0).title, QStringLiteral("Newer"));
    EXPECT_EQ(studies->at(1).title, QStringLiteral("Older"));
    EXPECT_EQ(studies->at(2).publisher, QStringLiteral("SMB Group")); // not scheduled: last
    EXPECT_EQ(studies->at(0).waveYears, (QList<int>{2011, 2012}));
    EXPECT_EQ(studies->at(0).chartWeek, QDate(2024, 2, 5));
}

TEST_P(StorageSuite, SchemaIsAtTheNewestVersion)
{
    EXPECT_EQ(m_backend->query(QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = "
                                              "'schema_version'")),
              QStringList{QString::number(SchemaMigrator::latestVersion())});
    EXPECT_EQ(m_backend->query(QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = 'application'")),
              QStringList{QStringLiteral("chartweek")});
}

TEST_P(StorageSuite, TextsInAThirdLanguageAreRowsLikeEveryOther)
{
    // Storage knows no language: French texts are stored and read like English and German.
    Study study = withThirdLanguage(smbGroupSocialBusinessStudy2012());
    study.slug = QStringLiteral("third-language");
    study.segments[1].name = LocalizedText{{thirdLanguage(), QStringLiteral("Seulement en français")}};
    ASSERT_NO_FATAL_FAILURE(storeAndReopen(&study));
    const std::unique_ptr<StudyRepository> &reopened = m_db;
    const auto loaded = reopened->loadStudy(study.id);
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, study);
    EXPECT_EQ(loaded->languages(), (QList<Language>{Language::English, Language::German, thirdLanguage()}));
    EXPECT_EQ(m_backend->query(QStringLiteral("SELECT text_value FROM study_text WHERE language = 'fr' AND field = "
                                              "'topic' AND study_id = %1")
                                   .arg(study.id)),
              QStringList{study.topic.value(thirdLanguage())});
    EXPECT_EQ(m_backend->query(QStringLiteral("SELECT COUNT(*) FROM segment_text t JOIN segment s ON s.id = "
                                              "t.segment_id WHERE s.study_id = %1 AND s.segment_key = 'adhoc'")
                                   .arg(study.id)),
              QStringList{QStringLiteral("1")})
        << "a name in one language is one row";

    // An update that drops a language drops its rows.
    Study englishOnly = *loaded;
    englishOnly.topic = LocalizedText{{Language::English, study.topic.value(Language::English)}};
    ASSERT_TRUE(succeeded(reopened->updateStudy(englishOnly)));
    const auto updated = reopened->loadStudy(study.id);
    ASSERT_TRUE(succeeded(updated));
    EXPECT_EQ(updated->topic, englishOnly.topic);
}

TEST_P(StorageSuite, VersionFourLibraryMovesEveryTextIntoLanguageRows)
{
    // tests/data/migration/chartweek-v4.sqlite was written by the app at schema 4 (paired
    // *_en/*_de columns): the seed study and chartweek-v4-second-study.json imported, German
    // texts with umlauts, ß, dashes and quotes, a segment named only in German.
    const auto old = StorageBackend::make(GetParam());
    const QString file = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v4.sqlite");
    ASSERT_TRUE(old->restoreOlderLibrary(file, 4));
    const std::unique_ptr<StudyRepository> db = old->open();
    ASSERT_NE(db, nullptr);
    EXPECT_EQ(old->query(QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = 'schema_version'")),
              QStringList{QString::number(SchemaMigrator::latestVersion())});

    const JsonImportResult source =
        importStudiesJsonFile(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v4-second-study.json"));
    ASSERT_TRUE(source.ok());
    Study expected = source.studies.first();
    const auto migrated = db->loadStudyBySlug(expected.slug);
    ASSERT_TRUE(succeeded(migrated));
    expected.id = migrated->id;
    EXPECT_EQ(*migrated, expected);
    EXPECT_EQ(migrated->topic.value(Language::German),
              QStringLiteral("Wann Bäckereien sonntags öffnen – Größe und Straße"));
    EXPECT_EQ(migrated->segments.at(1).name.languages(), QList<Language>{Language::German});

    Study seed = smbGroupSocialBusinessStudy2012();
    const auto migratedSeed = db->loadStudyBySlug(seed.slug);
    ASSERT_TRUE(succeeded(migratedSeed));
    seed.id = migratedSeed->id;
    EXPECT_EQ(*migratedSeed, seed);

    // 2 studies × (topic, derived series in 2 languages) + 2 headlines of the second study.
    EXPECT_EQ(old->countRows(QStringLiteral("study_text")), 10);
    EXPECT_EQ(old->countRows(QStringLiteral("segment_text")), 11);
    EXPECT_EQ(old->countRows(QStringLiteral("advice")), 10);

    // After the migration the study takes a language it never had.
    Study more = withThirdLanguage(*migrated);
    ASSERT_TRUE(succeeded(db->updateStudy(more)));
    const auto reloaded = db->loadStudy(more.id);
    ASSERT_TRUE(succeeded(reloaded));
    EXPECT_EQ(*reloaded, more);
}

TEST_P(StorageSuite, EmphasisAndAnnotationsAreStoredWithTheStudy)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug = QStringLiteral("emphasis");
    study.highlight = QStringLiteral("none");
    study.setAnnotation(QStringLiteral("none"), 2012, Language::English, QStringLiteral("Down 9 points"));
    study.setAnnotation(QStringLiteral("none"), 2012, Language::German, QStringLiteral("9 Punkte weniger"));
    study.setAnnotation(kAdoptionSeries, 2011, thirdLanguage(), QStringLiteral("Inconnu en 2011"));
    ASSERT_NO_FATAL_FAILURE(storeAndReopen(&study));
    const std::unique_ptr<StudyRepository> &reopened = m_db;
    const auto loaded = reopened->loadStudy(study.id);
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, study);
    EXPECT_EQ(m_backend->query(QStringLiteral("SELECT COUNT(*) FROM annotation WHERE study_id = %1").arg(study.id)),
              QStringList{QStringLiteral("3")})
        << "a row per annotation and language";

    // The segment removed, its emphasis and its note go; the adoption line's stays.
    Study fewer = *loaded;
    fewer.segments.removeLast();
    for (SurveyWave &wave : fewer.waves)
        wave.shares.removeLast();
    fewer.baselineSegment = -1;
    ASSERT_TRUE(succeeded(reopened->updateStudy(fewer)));
    const auto updated = reopened->loadStudy(study.id);
    ASSERT_TRUE(succeeded(updated));
    EXPECT_EQ(updated->highlight, QString());
    ASSERT_EQ(updated->annotations.size(), 1);
    EXPECT_EQ(updated->annotations.at(0).series, kAdoptionSeries);

    // Deleting the study deletes its notes.
    ASSERT_TRUE(succeeded(reopened->deleteStudy(study.id)));
    EXPECT_EQ(m_backend->query(QStringLiteral("SELECT COUNT(*) FROM annotation WHERE study_id = %1").arg(study.id)),
              QStringList{QStringLiteral("0")});
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageSuite, testing::ValuesIn(StorageBackend::names()),
                         [](const testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

TEST_F(StorageTest, CorruptHeaderIsReportedAndLeftUntouched)
{
    const QString file = path("corrupt.sqlite");
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
    }
    {
        QFile raw(file);
        ASSERT_TRUE(raw.open(QIODevice::ReadWrite));
        raw.write(QByteArray(100, '\0'));
    }
    const QByteArray before = readAll(file);
    SqliteStudyRepository db;
    const auto opened = db.open(file);
    ASSERT_TRUE(failedWith(opened, Kind::NotADatabase));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("corrupt.sqlite")))
        << qPrintable(opened.error().message);
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
    SqliteStudyRepository db;
    EXPECT_TRUE(failedWith(db.open(file), Kind::Foreign));
    EXPECT_EQ(readAll(file), before);
}

TEST_F(StorageTest, NewerSchemaIsReportedAndLeftUntouched)
{
    const QString file = path("newer.sqlite");
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
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
    SqliteStudyRepository db;
    const auto opened = db.open(file);
    ASSERT_TRUE(failedWith(opened, Kind::NewerSchema));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("99")));
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
    SqliteStudyRepository db;
    EXPECT_TRUE(failedWith(db.open(file), Kind::NotADatabase));
    EXPECT_EQ(readAll(file), before);
}

TEST_F(StorageTest, DefaultPathIsInTheAppDataFolder)
{
    EXPECT_TRUE(SqliteStudyRepository::defaultPath().endsWith(QStringLiteral("/chartweek.sqlite")));
}

TEST_F(StorageTest, MigratesAVersionOneDatabaseAndKeepsABackup)
{
    const QString original = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v1.sqlite");
    const QString file = path("v1.sqlite");
    ASSERT_TRUE(QFile::copy(original, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);

    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(file)));
    EXPECT_EQ(readAll(file + QStringLiteral(".v1.bak")), before) << "backup of the old file";

    const auto studies = db.listStudies();
    ASSERT_TRUE(succeeded(studies));
    ASSERT_EQ(studies->size(), 2);

    const auto seed = db.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
    ASSERT_TRUE(succeeded(seed));
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = seed->id;
    EXPECT_EQ(*seed, expected);

    auto loadedSecond = db.loadStudyBySlug(QStringLiteral("test-v1-second"));
    ASSERT_TRUE(succeeded(loadedSecond));
    Study second = *loadedSecond;
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
    ASSERT_TRUE(succeeded(db.updateStudy(second)));
    db.close();
    ASSERT_TRUE(succeeded(db.open(file)));
    const auto reloaded = db.loadStudy(second.id);
    ASSERT_TRUE(succeeded(reloaded));
    EXPECT_EQ(*reloaded, second);
}

TEST_F(StorageTest, VersionFourFileIsBackedUpAndLosesItsLanguageColumns)
{
    const QString original = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v4.sqlite");
    const QString file = path("v4.sqlite");
    ASSERT_TRUE(QFile::copy(original, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
    }
    EXPECT_EQ(readAll(file + QStringLiteral(".v4.bak")), before) << "backup of the version-4 file";
    EXPECT_EQ(rawQuery(file + QStringLiteral(".v4.bak"),
                       QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = 'schema_version'")),
              QStringList{QStringLiteral("4")});
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT name FROM pragma_table_info('study') WHERE name LIKE '%\\_en' "
                                            "ESCAPE '\\' OR name LIKE '%\\_de' ESCAPE '\\' UNION ALL SELECT name FROM "
                                            "pragma_table_info('segment') WHERE name LIKE 'name\\_%' ESCAPE '\\'")),
              QStringList())
        << "no paired language columns are left";
    EXPECT_EQ(rawQuery(file, QStringLiteral("SELECT text_value FROM study_text WHERE field = 'headline' AND "
                                            "language = 'de'")),
              QStringList{QStringLiteral("Jede dritte Bäckerei öffnet sonntags – „Brötchen“ zählen")});
}

TEST_F(StorageTest, MigrationFilesAreNumberedAndEveryPlaceholderIsKnown)
{
    const QList<SchemaMigrator::Migration> &migrations = SchemaMigrator::migrations();
    ASSERT_GE(migrations.size(), 4);
    EXPECT_EQ(SchemaMigrator::latestVersion(), int(migrations.size()));
    const SqliteDialect sqlite;
    for (int i = 0; i < migrations.size(); ++i) {
        EXPECT_EQ(migrations.at(i).version, i + 1) << qPrintable(migrations.at(i).name);
        EXPECT_FALSE(migrations.at(i).statements.isEmpty()) << qPrintable(migrations.at(i).name);
        for (const QString &statement : SchemaMigrator::statementsFor(migrations.at(i), sqlite))
            EXPECT_FALSE(statement.contains(u'$')) << qPrintable(statement);
    }
}

TEST_F(StorageTest, MigrationTextIsSplitIntoStatements)
{
    EXPECT_EQ(SchemaMigrator::splitStatements(QStringLiteral("-- a comment\n"
                                                             "CREATE TABLE a (\n"
                                                             "    x INTEGER);\n"
                                                             "\n"
                                                             "INSERT INTO a VALUES (1);\n"
                                                             "INSERT INTO a VALUES (2)")),
              (QStringList{QStringLiteral("CREATE TABLE a ( x INTEGER)"), QStringLiteral("INSERT INTO a VALUES (1)"),
                           QStringLiteral("INSERT INTO a VALUES (2)")}));
}

TEST_F(StorageTest, NewDatabaseHasTheSameTablesAsAMigratedOne)
{
    // A new file gets every migration in turn; an old one the missing ones: the columns
    // come out the same.
    const QString fresh = path("fresh.sqlite");
    const QString migrated = path("migrated.sqlite");
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v1.sqlite"), migrated));
    QFile::setPermissions(migrated, QFile::ReadOwner | QFile::WriteOwner);
    for (const QString &file : {fresh, migrated}) {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
    }
    const auto columns = [](const QString &file) {
        QStringList result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
            db.setDatabaseName(file);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master m,"
                                      " pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid"));
            while (query.next()) {
                result.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(), query.value(3).toString(),
                                          query.value(4).toString()}
                                  .join(u' '));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("columns"));
        return result;
    };
    EXPECT_GT(columns(fresh).size(), 30);
    EXPECT_EQ(columns(fresh), columns(migrated));
}

// Every save of a study is kept: who, when and the whole study, newest first; an old version
// restored is a new version, and the history goes with the study.
TEST_P(StorageSuite, HistoryKeepsEverySavedVersionAndRestoresAnOldOne)
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Study seeded = seedStudy();
    auto history = m_db->listVersions(seeded.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 1) << "the seed study's insert is its first version";
    EXPECT_EQ(history->constFirst().version, 1);

    Study renamed = seeded;
    renamed.title = QStringLiteral("Renamed");
    renamed.waves[1].shares[0] = 25.0;
    ASSERT_TRUE(succeeded(m_db->updateStudy(renamed)));
    history = m_db->listVersions(seeded.id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).version, 2) << "newest first";
    EXPECT_GE(history->at(0).savedAt, started);
    EXPECT_LE(history->at(0).savedAt, QDateTime::currentDateTimeUtc().addSecs(1));
    if (GetParam() == QStringLiteral("postgresql")) {
        EXPECT_FALSE(history->at(0).savedBy.isEmpty()) << "the server's user saved it";
    }

    const auto first = m_db->loadVersion(seeded.id, 1);
    ASSERT_TRUE(succeeded(first));
    EXPECT_EQ(*first, seeded) << "version 1 is the study as first stored";
    EXPECT_EQ(*m_db->loadVersion(seeded.id, 2), renamed);

    // Restoring version 1 is a save like any other: version 3, the old contents.
    ASSERT_TRUE(succeeded(m_db->updateStudy(*first)));
    history = m_db->listVersions(seeded.id);
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(*m_db->loadStudy(seeded.id), seeded);
    EXPECT_EQ(*m_db->loadVersion(seeded.id, 3), seeded);

    EXPECT_TRUE(failedWith(m_db->loadVersion(seeded.id, 4), DatabaseError::Kind::NotFound));
    ASSERT_TRUE(succeeded(m_db->deleteStudy(seeded.id)));
    EXPECT_TRUE(failedWith(m_db->listVersions(seeded.id), DatabaseError::Kind::NotFound));
    EXPECT_EQ(m_backend->countRows(QStringLiteral("study_version")), 0) << "the history went with the study";
}

// A study stored before schema 7 has no history until it is saved; then what was stored
// becomes version 1 (when and who unknown) and the save version 2.
TEST_P(StorageSuite, AStudyFromBeforeHistoryGetsItsStoredVersionFirst)
{
    const auto old = StorageBackend::make(GetParam());
    ASSERT_TRUE(old->restoreOlderLibrary(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v4.sqlite"), 4));
    const std::unique_ptr<StudyRepository> db = old->open();
    ASSERT_NE(db, nullptr);
    const auto stored = db->loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
    ASSERT_TRUE(succeeded(stored));
    EXPECT_TRUE(db->listVersions(stored->id)->isEmpty());

    Study changed = *stored;
    changed.notes = QStringLiteral("Checked against the PDF");
    ASSERT_TRUE(succeeded(db->updateStudy(changed)));
    const auto history = db->listVersions(stored->id);
    ASSERT_TRUE(succeeded(history));
    ASSERT_EQ(history->size(), 2);
    EXPECT_FALSE(history->at(1).savedAt.isValid()) << "when it was stored first isn't known";
    EXPECT_TRUE(history->at(1).savedBy.isEmpty());
    EXPECT_EQ(*db->loadVersion(stored->id, 1), *stored);
    EXPECT_EQ(*db->loadVersion(stored->id, 2), changed);
}

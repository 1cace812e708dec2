// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Moving a library: a file to the team library (a throwaway PostgreSQL cluster) and back,
// with every study, its history, advice and the brand theme; `chartweek copy-library`.

#include "core/storage/librarycopy.h"
#include "core/storage/postgresstudyrepository.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyjson.h"
#include "postgrescluster.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// Everything a library holds, read through the interface, for comparing two libraries.
struct LibraryContents
{
    QList<StudySummary> summaries;
    QList<Study> studies;
    QList<QList<StudyVersion>> versions;
    QList<QList<Study>> versionContents;
    BrandTheme brand;
};

LibraryContents contentsOf(const StudyRepository &library)
{
    LibraryContents contents;
    contents.summaries = library.listStudies().value();
    for (const StudySummary &summary : std::as_const(contents.summaries)) {
        contents.studies.append(library.loadStudy(summary.id).value());
        const QList<StudyVersion> versions = library.listVersions(summary.id).value();
        contents.versions.append(versions);
        QList<Study> saved;
        for (const StudyVersion &version : versions)
            saved.append(library.loadVersion(summary.id, version.version).value());
        contents.versionContents.append(saved);
    }
    contents.brand = library.loadBrandTheme().value();
    return contents;
}

void expectSameLibrary(const LibraryContents &a, const LibraryContents &b)
{
    ASSERT_EQ(a.summaries.size(), b.summaries.size());
    for (qsizetype i = 0; i < a.summaries.size(); ++i) {
        EXPECT_EQ(a.summaries.at(i).id, b.summaries.at(i).id) << "ids are kept";
        EXPECT_EQ(a.summaries.at(i).title, b.summaries.at(i).title);
        EXPECT_EQ(a.studies.at(i), b.studies.at(i)) << qPrintable(a.studies.at(i).title);
        EXPECT_EQ(a.versions.at(i), b.versions.at(i)) << "who and when of every version are kept";
        EXPECT_EQ(a.versionContents.at(i), b.versionContents.at(i));
    }
    EXPECT_EQ(a.brand, b.brand);
}

QByteArray tinyPng()
{
    // A 1×1 PNG, enough for validateLogoPng().
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

class LibraryCopy : public testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        cluster = PostgresCluster::instance(&problem);
        ASSERT_NE(cluster, nullptr) << qPrintable(problem);
        ASSERT_TRUE(folder.isValid());
        sourcePath = folder.filePath(QStringLiteral("source.sqlite"));

        // A library with a history: the seed study edited twice, a second study imported,
        // and a brand theme.
        SqliteStudyRepository source;
        ASSERT_TRUE(source.open(sourcePath));
        Study seed = source.loadStudy(source.listStudies()->constFirst().id).value();
        seed.title = QStringLiteral("Edited once");
        ASSERT_TRUE(source.updateStudy(seed));
        seed.waves[1].shares[0] = 25.0;
        ASSERT_TRUE(source.updateStudy(seed));
        QFile json(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v4-second-study.json"));
        ASSERT_TRUE(json.open(QIODevice::ReadOnly));
        const JsonImportResult read = importStudiesJson(json.readAll(), json.fileName(), Language::English);
        ASSERT_TRUE(read.ok());
        ASSERT_TRUE(source.insertStudies(read.studies));
        BrandTheme brand;
        brand.primaryColor = QStringLiteral("#0b6e4f");
        brand.fontFamily = QStringLiteral("DejaVu Sans");
        brand.logoPng = tinyPng();
        ASSERT_TRUE(source.saveBrandTheme(brand));
        sourceContents = contentsOf(source);
        ASSERT_EQ(sourceContents.summaries.size(), 2);
    }

    PostgresCluster *cluster = nullptr;
    QTemporaryDir folder;
    QString sourcePath;
    LibraryContents sourceContents;
};

} // namespace

TEST_F(LibraryCopy, AFileGoesToTheTeamLibraryAndBackWithEverything)
{
    SqliteStudyRepository source;
    ASSERT_TRUE(source.open(sourcePath));
    const PostgresLocation location = cluster->createDatabase();
    PostgresStudyRepository team;
    ASSERT_TRUE(team.open(location)) << "a new team library, with the seed study in it";

    const auto there = copyLibrary(source, &team);
    ASSERT_TRUE(there) << qPrintable(there.error().message);
    EXPECT_EQ(there->studies, 2);
    EXPECT_EQ(there->versions, 4) << "the seed study's 3 versions and the import's 1";
    EXPECT_TRUE(there->brandTheme);
    expectSameLibrary(sourceContents, contentsOf(team));

    // The team library goes on from the history it was given.
    Study edited = team.loadStudy(sourceContents.summaries.constLast().id).value();
    edited.title = QStringLiteral("Edited on the server");
    ASSERT_TRUE(team.updateStudy(edited));
    EXPECT_EQ(team.listVersions(edited.id)->constFirst().version, sourceContents.versions.constLast().size() + 1);

    SqliteStudyRepository back;
    ASSERT_TRUE(back.open(folder.filePath(QStringLiteral("back.sqlite"))));
    const auto returned = copyLibrary(team, &back);
    ASSERT_TRUE(returned) << qPrintable(returned.error().message);
    EXPECT_EQ(returned->versions, 5);
    expectSameLibrary(contentsOf(team), contentsOf(back));

    // A new study in the copy takes an id after the kept ones.
    Study added = edited;
    added.id = 0;
    added.slug.clear();
    const auto inserted = team.insertStudy(added);
    ASSERT_TRUE(inserted) << qPrintable(inserted.error().message);
    EXPECT_GT(inserted->id, sourceContents.summaries.constFirst().id);
    EXPECT_GT(inserted->id, sourceContents.summaries.constLast().id);
}

TEST_F(LibraryCopy, ALibraryWithStudiesOfItsOwnIsRefusedAndLeftAsItWas)
{
    SqliteStudyRepository source;
    ASSERT_TRUE(source.open(sourcePath));
    PostgresStudyRepository team;
    ASSERT_TRUE(team.open(cluster->createDatabase()));
    Study own = team.loadStudy(team.listStudies()->constFirst().id).value();
    own.title = QStringLiteral("Ours, edited");
    ASSERT_TRUE(team.updateStudy(own));
    const LibraryContents before = contentsOf(team);

    const auto refused = copyLibrary(source, &team);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, DatabaseError::Kind::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("holds 1 study of its own")))
        << qPrintable(refused.error().message);
    EXPECT_TRUE(refused.error().message.contains(team.displayName())) << qPrintable(refused.error().message);
    expectSameLibrary(before, contentsOf(team));
}

// The command: what it copied, counted; the copy lists as the source does; bad arguments
// are told before anything is opened.
TEST_F(LibraryCopy, TheCommandCopiesAndCountsAndRefusesBadArguments)
{
    const QString uri = cluster->createDatabase().displayName();
    const auto run = [](const QStringList &arguments, QString *out, QString *err) {
        QProcess process;
        process.start(QStringLiteral(CHARTWEEK_BINARY), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    QString out;
    QString err;
    ASSERT_EQ(run({QStringLiteral("copy-library"), QStringLiteral("--from"), sourcePath, QStringLiteral("--to"), uri},
                  &out, &err),
              0)
        << qPrintable(err);
    EXPECT_EQ(out.trimmed(), QStringLiteral("Copied 2 studies with 4 saved versions and the brand theme from %1 to %2.")
                                 .arg(sourcePath, uri));

    QString sourceList;
    QString copyList;
    ASSERT_EQ(run({QStringLiteral("--database"), sourcePath, QStringLiteral("list")}, &sourceList, &err), 0);
    ASSERT_EQ(run({QStringLiteral("--database"), uri, QStringLiteral("list")}, &copyList, &err), 0);
    EXPECT_EQ(copyList, sourceList);

    // Again into the same library: it holds studies now.
    EXPECT_EQ(run({QStringLiteral("copy-library"), QStringLiteral("--from"), sourcePath, QStringLiteral("--to"), uri},
                  &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("holds 2 studies of its own"))) << qPrintable(err);

    const QString missing = folder.filePath(QStringLiteral("missing.sqlite"));
    EXPECT_EQ(run({QStringLiteral("copy-library"), QStringLiteral("--from"), missing, QStringLiteral("--to"),
                   folder.filePath(QStringLiteral("copy.sqlite"))},
                  &out, &err),
              1);
    EXPECT_TRUE(err.contains(QStringLiteral("There is no library file %1 to copy.").arg(missing))) << qPrintable(err);
    EXPECT_FALSE(QFile::exists(missing)) << "a missing source is not created";

    EXPECT_EQ(
        run({QStringLiteral("copy-library"), QStringLiteral("--from"), sourcePath, QStringLiteral("--to"), sourcePath},
            &out, &err),
        1);
    EXPECT_TRUE(err.contains(QStringLiteral("--from and --to name the same library."))) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("copy-library"), QStringLiteral("--from"), sourcePath}, &out, &err), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("copy-library needs both libraries"))) << qPrintable(err);
}

// A source that doesn't read whole (a saved version damaged) copies nothing: the message
// names the study and version, and the new file the copy was to go to is not left behind.
TEST_F(LibraryCopy, ADamagedSourceLeavesNoNewFileBehind)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(sourcePath);
        ASSERT_TRUE(db.open());
        QSqlQuery damage(db);
        ASSERT_TRUE(damage.exec(QStringLiteral("UPDATE study_version SET content = '{not json' WHERE version = 2")));
        ASSERT_EQ(damage.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));

    const QString target = folder.filePath(QStringLiteral("copy.sqlite"));
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_BINARY), {QStringLiteral("copy-library"), QStringLiteral("--from"),
                                                     sourcePath, QStringLiteral("--to"), target});
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(QStringLiteral("is damaged"))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("version 2"))) << qPrintable(err);
    EXPECT_FALSE(QFile::exists(target)) << "no new file when nothing was copied";
    EXPECT_FALSE(QFile::exists(target + QStringLiteral("-wal")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The team library on a real PostgreSQL 15 server (a throwaway cluster, see
// PostgresCluster): what only a shared server has — colleagues saving the same study,
// two clients creating the schema, addresses and servers that don't work.

#include "core/seedstudy.h"
#include "core/storage/postgresstudyrepository.h"
#include "core/storage/schemamigrator.h"
#include "postgrescluster.h"
#include "storagetesting.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using Kind = DatabaseError::Kind;

class TeamLibrary : public testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        m_cluster = PostgresCluster::instance(&problem);
        ASSERT_NE(m_cluster, nullptr) << qPrintable(problem);
        m_location = m_cluster->createDatabase();
    }
    std::unique_ptr<PostgresStudyRepository> connect()
    {
        auto client = std::make_unique<PostgresStudyRepository>();
        const auto opened = client->open(m_location);
        EXPECT_TRUE(succeeded(opened));
        return opened ? std::move(client) : nullptr;
    }
    Study seedOf(StudyRepository &client)
    {
        const auto seed = client.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
        EXPECT_TRUE(succeeded(seed));
        return seed ? *seed : Study();
    }

    PostgresCluster *m_cluster = nullptr;
    PostgresLocation m_location;
};

} // namespace

TEST_F(TeamLibrary, AColleaguesSaveIsNeverOverwritten)
{
    auto alice = connect();
    auto bob = connect();
    ASSERT_TRUE(alice && bob);
    Study mine = seedOf(*alice);
    Study theirs = seedOf(*bob);

    theirs.title = QStringLiteral("Bob's title");
    ASSERT_TRUE(succeeded(bob->updateStudy(theirs)));
    mine.title = QStringLiteral("Alice's title");
    const auto conflict = alice->updateStudy(mine);
    ASSERT_TRUE(failedWith(conflict, Kind::Conflict));
    EXPECT_TRUE(conflict.error().message.contains(m_location.displayName())) << qPrintable(conflict.error().message);
    EXPECT_TRUE(conflict.error().message.contains(QStringLiteral("Alice's title")));

    EXPECT_EQ(m_cluster->query(m_location.database, QStringLiteral("SELECT title FROM study")),
              QStringList{QStringLiteral("Bob's title")});

    // Bob's own next save goes through (he knows the version he wrote); Alice's after a reload too.
    theirs.notes = QStringLiteral("second save");
    EXPECT_TRUE(succeeded(bob->updateStudy(theirs)));
    Study reloaded = seedOf(*alice);
    EXPECT_EQ(reloaded.notes, QStringLiteral("second save"));
    reloaded.title = QStringLiteral("Alice's title");
    EXPECT_TRUE(succeeded(alice->updateStudy(reloaded)));
    EXPECT_TRUE(failedWith(bob->updateStudy(theirs), Kind::Conflict));
}

// A save is told to the other clients when it commits, never to the one that saved it: the
// study's id for an edit, an addition or a deletion, nothing at all for a rolled-back write.
TEST_F(TeamLibrary, EachCommittedSaveIsToldToTheColleaguesLive)
{
    auto alice = connect();
    auto bob = connect();
    ASSERT_TRUE(alice && bob);
    QSignalSpy toAlice(alice.get(), &StudyRepository::changedElsewhere);
    QSignalSpy toBob(bob.get(), &StudyRepository::changedElsewhere);

    Study study = seedOf(*alice);
    study.title = QStringLiteral("Alice's title");
    ASSERT_TRUE(succeeded(alice->updateStudy(study)));
    ASSERT_TRUE(toBob.wait(30000)) << "Bob heard nothing of Alice's save";
    EXPECT_EQ(toBob.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{study.id});

    // A save that fails (Bob's copy is older) is rolled back and tells nobody; Bob's next,
    // an addition, reaches Alice, and hers never came back to her: the first Alice hears is
    // Bob's addition.
    Study stale = seedOf(*bob);
    ASSERT_TRUE(succeeded(alice->updateStudy(seedOf(*alice))));
    ASSERT_TRUE(toBob.wait(30000));
    toBob.clear();
    stale.title = QStringLiteral("Bob's late title");
    ASSERT_TRUE(failedWith(bob->updateStudy(stale), Kind::Conflict));
    Study added = smbGroupSocialBusinessStudy2012();
    added.slug = QStringLiteral("bobs-copy");
    const auto inserted = bob->insertStudy(added);
    ASSERT_TRUE(succeeded(inserted));
    ASSERT_TRUE(toAlice.wait(30000)) << "Alice heard nothing of Bob's addition";
    ASSERT_EQ(toAlice.size(), 1);
    EXPECT_EQ(toAlice.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{inserted->id});

    // A deletion names the study; the brand theme (no study) asks for everything again.
    ASSERT_TRUE(succeeded(alice->deleteStudy(inserted->id)));
    ASSERT_TRUE(toBob.wait(30000));
    EXPECT_EQ(toBob.takeFirst().at(0).value<QList<qint64>>(), QList<qint64>{inserted->id});
    BrandTheme brand;
    brand.primaryColor = QStringLiteral("#112233");
    ASSERT_TRUE(succeeded(alice->saveBrandTheme(brand)));
    ASSERT_TRUE(toBob.wait(30000));
    EXPECT_TRUE(toBob.takeFirst().at(0).value<QList<qint64>>().isEmpty());
    EXPECT_TRUE(toBob.isEmpty());
}

TEST_F(TeamLibrary, TwoClientsStartingAtOnceCreateTheSchemaOnce)
{
    auto first = connect();
    auto second = connect();
    ASSERT_TRUE(first && second);
    EXPECT_EQ(m_cluster->query(m_location.database, QStringLiteral("SELECT COUNT(*) FROM study")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(
        m_cluster->query(m_location.database,
                         QStringLiteral("SELECT meta_value FROM chartweek_meta WHERE meta_key = 'schema_version'")),
        QStringList{QString::number(SchemaMigrator::latestVersion())});
}

TEST_F(TeamLibrary, NewerSchemaOnTheServerIsRefused)
{
    ASSERT_TRUE(connect());
    m_cluster->query(m_location.database,
                     QStringLiteral("UPDATE chartweek_meta SET meta_value = '99' WHERE meta_key = 'schema_version' "
                                    "RETURNING meta_value"));
    PostgresStudyRepository client;
    const auto opened = client.open(m_location);
    EXPECT_TRUE(failedWith(opened, Kind::NewerSchema));
    EXPECT_FALSE(client.isOpen());
}

TEST_F(TeamLibrary, AMissingDatabaseIsNamedInTheMessage)
{
    PostgresStudyRepository client;
    const auto opened = client.open(m_cluster->location(QStringLiteral("no_such_library")));
    ASSERT_TRUE(failedWith(opened, Kind::CannotOpen));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("no_such_library")))
        << qPrintable(opened.error().message);
    EXPECT_FALSE(client.isOpen());
}

TEST_F(TeamLibrary, AServerThatIsNotThereIsCannotOpen)
{
    QTemporaryDir empty;
    PostgresLocation nowhere = m_location;
    nowhere.host = empty.path(); // a socket folder without a server
    PostgresStudyRepository client;
    const auto opened = client.open(nowhere);
    ASSERT_TRUE(failedWith(opened, Kind::CannotOpen));
    EXPECT_TRUE(opened.error().message.contains(empty.path())) << qPrintable(opened.error().message);
}

TEST(PostgresAddress, UriPartsAndPasswordsRefused)
{
    QString problem;
    const PostgresLocation location =
        PostgresLocation::fromUri(QStringLiteral("postgresql://anna@db.example:6543/team?sslmode=require"), &problem);
    EXPECT_TRUE(problem.isEmpty()) << qPrintable(problem);
    EXPECT_EQ(location.user, QStringLiteral("anna"));
    EXPECT_EQ(location.host, QStringLiteral("db.example"));
    EXPECT_EQ(location.port, 6543);
    EXPECT_EQ(location.database, QStringLiteral("team"));
    ASSERT_EQ(location.options.size(), 1);
    EXPECT_EQ(location.options.at(0).first, QStringLiteral("sslmode"));
    EXPECT_EQ(location.displayName(), QStringLiteral("postgresql://anna@db.example:6543/team"));

    const PostgresLocation socket =
        PostgresLocation::fromUri(QStringLiteral("postgresql:///team?host=/run/postgresql"), &problem);
    EXPECT_TRUE(problem.isEmpty());
    EXPECT_EQ(socket.host, QStringLiteral("/run/postgresql"));
    EXPECT_EQ(socket.displayName(), QStringLiteral("postgresql:///team?host=/run/postgresql"));
    // A socket's number is kept: it names another server than the default one.
    const PostgresLocation numbered =
        PostgresLocation::fromUri(QStringLiteral("postgresql://anna@/team?host=/tmp/pg&port=5499"), &problem);
    EXPECT_EQ(numbered.port, 5499);
    EXPECT_EQ(numbered.displayName(), QStringLiteral("postgresql://anna@/team?host=/tmp/pg&port=5499"));
    // libpq's other way of naming a socket folder: percent-encoded in the host.
    const PostgresLocation encoded =
        PostgresLocation::fromUri(QStringLiteral("postgresql://anna@%2Ftmp%2Fpg:5499/team"), &problem);
    EXPECT_TRUE(problem.isEmpty()) << qPrintable(problem);
    EXPECT_EQ(encoded.host, QStringLiteral("/tmp/pg"));
    EXPECT_EQ(encoded.port, 5499);
    EXPECT_EQ(encoded.user, QStringLiteral("anna"));
    EXPECT_EQ(encoded.database, QStringLiteral("team"));
    EXPECT_EQ(encoded.displayName(), numbered.displayName());
    PostgresLocation::fromUri(QStringLiteral("postgresql://anna:secret@%2Ftmp%2Fpg/team"), &problem);
    EXPECT_FALSE(problem.isEmpty()) << "a password is refused in this form too";

    PostgresLocation::fromUri(QStringLiteral("postgresql://anna:secret@db.example/team"), &problem);
    EXPECT_FALSE(problem.isEmpty());
    EXPECT_FALSE(problem.contains(QStringLiteral("secret")));
    PostgresLocation::fromUri(QStringLiteral("mysql://db.example/team"), &problem);
    EXPECT_TRUE(problem.contains(QStringLiteral("mysql://db.example/team")));
    EXPECT_TRUE(PostgresLocation::isUri(QStringLiteral("postgres://x/y")));
    EXPECT_FALSE(PostgresLocation::isUri(QStringLiteral("/home/anna/library.sqlite")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Two windows on one team library (a throwaway PostgreSQL cluster, see PostgresCluster):
// what one colleague saves shows in the other's window without a reload by hand.

#include "core/seedstudy.h"
#include "core/storage/postgresstudyrepository.h"
#include "postgrescluster.h"
#include "ui/library/studylibrary.h"
#include "ui/mainwindow.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

TEST(TeamLibraryLive, AColleaguesSaveShowsInTheOpenWindow)
{
    QString problem;
    PostgresCluster *cluster = PostgresCluster::instance(&problem);
    ASSERT_NE(cluster, nullptr) << qPrintable(problem);
    const PostgresLocation location = cluster->createDatabase();
    PostgresStudyRepository aliceServer;
    PostgresStudyRepository bobServer;
    ASSERT_TRUE(aliceServer.open(location));
    ASSERT_TRUE(bobServer.open(location));

    MainWindow alice(&aliceServer);
    MainWindow bob(&bobServer);
    const qint64 id = bob.study().id;
    ASSERT_GT(id, 0);
    ASSERT_EQ(alice.study().id, id);

    // Alice renames the study and changes a figure: Bob's window shows both.
    Study after = alice.study();
    after.title = QStringLiteral("Renamed by Alice");
    after.waves[1].shares[0] = 25.0;
    ASSERT_TRUE(alice.library()->replace(alice.study(), after, [] {
        return QStringLiteral("Rename");
    }));
    ASSERT_TRUE(QTest::qWaitFor(
        [&bob] {
            return bob.study().title == QStringLiteral("Renamed by Alice");
        },
        30000))
        << "Bob's window still shows " << qPrintable(bob.study().title);
    EXPECT_EQ(bob.study().share(1, 0), std::optional<double>(25.0));
    EXPECT_EQ(bob.library()->studies().constFirst().title, QStringLiteral("Renamed by Alice"));
    EXPECT_EQ(bob.statusBar()->currentMessage(), QStringLiteral("A colleague saved \u201cRenamed by Alice\u201d."));
    EXPECT_EQ(alice.statusBar()->currentMessage().contains(QStringLiteral("colleague")), false)
        << "Alice's own save is no colleague's";

    // Bob's undo stack is untouched by what Alice did: nothing of hers is his to undo.
    EXPECT_EQ(bob.library()->undoStack()->count(), 0);
}

// The command line on the team library: --database takes the address; what one run imports
// the next lists; an address with a password is refused before anything connects.
TEST(TeamLibraryLive, TheCommandLineWorksOnTheTeamLibrary)
{
    QString problem;
    PostgresCluster *cluster = PostgresCluster::instance(&problem);
    ASSERT_NE(cluster, nullptr) << qPrintable(problem);
    const QString uri = cluster->createDatabase().displayName();
    const auto run = [&uri](const QStringList &arguments, QString *out, QString *err) {
        QProcess process;
        process.start(QStringLiteral(CHARTWEEK_BINARY), QStringList{QStringLiteral("--database"), uri} + arguments);
        if (!process.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    };
    QString out;
    QString err;
    ASSERT_EQ(run({QStringLiteral("import"),
                   QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v4-second-study.json")},
                  &out, &err),
              0)
        << qPrintable(err);
    ASSERT_EQ(run({QStringLiteral("list")}, &out, &err), 0) << qPrintable(err);
    EXPECT_EQ(out.count(u'\n'), 2) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("2012 Small and Medium Business Social Business Study")))
        << qPrintable(out);

    QProcess refused;
    refused.start(QStringLiteral(CHARTWEEK_BINARY),
                  {QStringLiteral("--database"), QStringLiteral("postgresql://anna:secret@localhost/team"),
                   QStringLiteral("list")});
    ASSERT_TRUE(refused.waitForFinished(60000));
    EXPECT_EQ(refused.exitCode(), 1);
    const QString message = QString::fromUtf8(refused.readAllStandardError());
    EXPECT_TRUE(message.contains(QStringLiteral("pgpass"))) << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("secret"))) << qPrintable(message);
}

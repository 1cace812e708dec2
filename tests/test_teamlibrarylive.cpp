// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Two windows on one team library (a throwaway PostgreSQL cluster, see PostgresCluster):
// what one colleague saves shows in the other's window without a reload by hand.

#include "core/seedstudy.h"
#include "core/storage/postgresstudyrepository.h"
#include "postgrescluster.h"
#include "ui/data/studyeditor.h"
#include "ui/library/conflictdialog.h"
#include "ui/library/studylibrary.h"
#include "ui/mainwindow.h"
#include "whenmodal.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

// The study as the server holds it, read by a third client.
Study storedStudy(const PostgresLocation &location, qint64 id)
{
    PostgresStudyRepository reader;
    EXPECT_TRUE(reader.open(location));
    auto study = reader.loadStudy(id);
    EXPECT_TRUE(bool(study));
    return study ? *study : Study();
}

// Alice and Bob, each with a connection of their own to a new team library.
class TeamLibraryLive : public testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        cluster = PostgresCluster::instance(&problem);
        ASSERT_NE(cluster, nullptr) << qPrintable(problem);
        location = cluster->createDatabase();
        ASSERT_TRUE(aliceServer.open(location));
        ASSERT_TRUE(bobServer.open(location));
    }

    PostgresCluster *cluster = nullptr;
    PostgresLocation location;
    PostgresStudyRepository aliceServer;
    PostgresStudyRepository bobServer;
};

} // namespace

TEST_F(TeamLibraryLive, AColleaguesSaveShowsInTheOpenWindow)
{

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
TEST_F(TeamLibraryLive, TheCommandLineWorksOnTheTeamLibrary)
{
    const QString uri = location.displayName();
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

// Bob types a new title while Alice's rename of the same study is on its way: his Enter
// finds her version stored, the conflict dialog shows both titles, and he keeps his.
TEST_F(TeamLibraryLive, AConflictingSaveShowsBothVersionsAndStoresTheChoice)
{
    MainWindow alice(&aliceServer);
    MainWindow bob(&bobServer);
    const qint64 id = bob.study().id;

    Study renamed = alice.study();
    renamed.title = QStringLiteral("Renamed by Alice");
    ASSERT_TRUE(alice.library()->replace(alice.study(), renamed, [] {
        return QStringLiteral("Rename");
    }));

    // No event loop has run since: Bob's window still shows the title before Alice's.
    QLineEdit *title = bob.studyEditor()->titleField();
    ASSERT_NE(title->text(), QStringLiteral("Renamed by Alice"));
    QStringList yours;
    QStringList theirs;
    bool keptMine = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        ASSERT_NE(dialog, nullptr) << "no conflict dialog but " << modal->metaObject()->className();
        const QTableWidget *table = dialog->differencesTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            yours.append(table->item(row, 1)->text());
            theirs.append(table->item(row, 2)->text());
        }
        QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
        keptMine = true;
    });
    title->setText(QStringLiteral("Renamed by Bob"));
    QMetaObject::invokeMethod(title, &QLineEdit::editingFinished); // as Enter in the field does
    ASSERT_TRUE(keptMine) << "no conflict was shown";
    EXPECT_EQ(yours, QStringList{QStringLiteral("Renamed by Bob")});
    EXPECT_EQ(theirs, QStringList{QStringLiteral("Renamed by Alice")});
    EXPECT_EQ(storedStudy(location, id).title, QStringLiteral("Renamed by Bob"));
    EXPECT_EQ(bob.study().title, QStringLiteral("Renamed by Bob"));

    // Alice's window follows, and Bob's undo gives her rename back, not his old title.
    ASSERT_TRUE(QTest::qWaitFor(
        [&alice] {
            return alice.study().title == QStringLiteral("Renamed by Bob");
        },
        30000));
    bob.library()->undoStack()->undo();
    EXPECT_EQ(storedStudy(location, id).title, QStringLiteral("Renamed by Alice"));
}

// What Bob is typing stays in its field when Alice's save of the same study comes in; his
// Enter then stores his field on top of her version.
TEST_F(TeamLibraryLive, TextBeingTypedStaysWhenAColleaguesSaveComesIn)
{
    MainWindow alice(&aliceServer);
    MainWindow bob(&bobServer);
    const qint64 id = bob.study().id;
    bob.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&bob));

    QLineEdit *title = bob.studyEditor()->titleField();
    title->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([title] {
        return title->hasFocus();
    }));
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" (draft)"));
    const QString typed = title->text();
    ASSERT_TRUE(typed.endsWith(QStringLiteral(" (draft)")));

    Study republished = alice.study();
    republished.publisher = QStringLiteral("SMB Group, Inc.");
    ASSERT_TRUE(alice.library()->replace(alice.study(), republished, [] {
        return QStringLiteral("Publisher");
    }));
    ASSERT_TRUE(QTest::qWaitFor(
        [&bob] {
            return bob.study().publisher == QStringLiteral("SMB Group, Inc.");
        },
        30000));
    EXPECT_EQ(title->text(), typed) << "Bob's typing was replaced by the colleague's save";

    QTest::keyClick(title, Qt::Key_Return);
    const Study stored = storedStudy(location, id);
    EXPECT_EQ(stored.title, typed);
    EXPECT_EQ(stored.publisher, QStringLiteral("SMB Group, Inc.")) << "Alice's change was lost";
}

// The roles README sets up, run as it prints them (the names made unique to this database,
// as roles belong to the whole server): the viewer may only read, the editor may save.
TEST_F(TeamLibraryLive, TheRolesReadmeSetsUpLetAViewerReadAndAnEditorSave)
{
    QFile readme(QStringLiteral(CHARTWEEK_SOURCE_DIR "/README.md"));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype roles = text.indexOf(u"Roles:");
    ASSERT_GE(roles, 0);
    const qsizetype start = text.indexOf(u"```sql\n", roles);
    const qsizetype end = text.indexOf(u"```", start + 7);
    ASSERT_TRUE(start > 0 && end > start) << "README shows the roles' SQL";
    QString sql = text.mid(start + 7, end - start - 7);
    const QString suffix = u'_' + location.database;
    for (const QString &name :
         {QStringLiteral("viewers"), QStringLiteral("editors"), QStringLiteral("ben"), QStringLiteral("anna")})
        sql.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)), name + suffix);
    sql.replace(QRegularExpression(QStringLiteral("\\bDATABASE team\\b")),
                QStringLiteral("DATABASE ") + location.database);
    int statements = 0;
    for (QString statement : sql.split(u';')) {
        statement = statement.remove(QRegularExpression(QStringLiteral("--[^\\n]*"))).trimmed();
        if (statement.isEmpty())
            continue;
        cluster->query(location.database, statement); // a failure fails the test
        ++statements;
    }
    EXPECT_EQ(statements, 8);

    PostgresLocation asViewer = location;
    asViewer.user = QStringLiteral("ben") + suffix;
    PostgresStudyRepository viewer;
    ASSERT_TRUE(viewer.open(asViewer));
    EXPECT_FALSE(viewer.readOnlyReason().isEmpty());
    auto listed = viewer.listStudies();
    ASSERT_TRUE(bool(listed));
    ASSERT_FALSE(listed->isEmpty()) << "the viewer reads the library";
    auto study = viewer.loadStudy(listed->first().id);
    ASSERT_TRUE(bool(study));
    Study changed = *study;
    changed.title = QStringLiteral("Changed by the viewer");
    const auto refused = viewer.updateStudy(changed);
    ASSERT_FALSE(bool(refused));
    EXPECT_EQ(refused.error().kind, DatabaseError::Kind::ReadOnly);

    PostgresLocation asEditor = location;
    asEditor.user = QStringLiteral("anna") + suffix;
    PostgresStudyRepository editor;
    ASSERT_TRUE(editor.open(asEditor));
    EXPECT_TRUE(editor.readOnlyReason().isEmpty());
    auto editable = editor.loadStudy(listed->first().id);
    ASSERT_TRUE(bool(editable));
    editable->title = QStringLiteral("Changed by the editor");
    const auto saved = editor.updateStudy(*editable);
    EXPECT_TRUE(bool(saved)) << (saved ? "" : qPrintable(saved.error().message));
    EXPECT_EQ(storedStudy(location, editable->id).title, QStringLiteral("Changed by the editor"));
}

// A viewer (a role with SELECT only, set up as README shows) browses and exports, sees why
// nothing can be changed, and every write is refused with that reason, not a server error.
TEST_F(TeamLibraryLive, AViewerCanBrowseButNotChangeAndIsToldWhy)
{
    const QString role = QStringLiteral("viewer_") + location.database;
    cluster->query(location.database,
                   QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                       .arg(role));
    cluster->query(location.database, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role));
    PostgresLocation asViewer = location;
    asViewer.user = role;
    PostgresStudyRepository viewerServer;
    ASSERT_TRUE(viewerServer.open(asViewer)) << "a viewer can open the library";
    EXPECT_TRUE(aliceServer.readOnlyReason().isEmpty());
    const QString reason = viewerServer.readOnlyReason();
    EXPECT_TRUE(reason.contains(role)) << qPrintable(reason);

    MainWindow viewer(&viewerServer);
    const qint64 id = viewer.study().id;
    ASSERT_GT(id, 0) << "the viewer sees the library's study";
    const auto *status = viewer.findChild<QLabel *>(QStringLiteral("readOnlyStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->toolTip(), reason);
    for (const char *name : {"newStudyAction", "importAction", "pasteAsNewStudyAction"}) {
        const auto *action = viewer.findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
    }
    EXPECT_FALSE(viewer.studyEditor()->isEnabled());

    // In German the status and its reason are German too, and back.
    const auto switchTo = [&viewer](const char *code) {
        auto *action = viewer.findChild<QAction *>(QStringLiteral("language_") + QLatin1String(code));
        ASSERT_NE(action, nullptr) << code;
        action->trigger();
        QCoreApplication::processEvents();
    };
    switchTo("de");
    EXPECT_EQ(status->text(), QStringLiteral("Nur lesen: Ihre Rolle darf diese Bibliothek nicht ändern"));
    EXPECT_TRUE(status->toolTip().contains(QStringLiteral("„%1“").arg(role))) << qPrintable(status->toolTip());
    EXPECT_TRUE(status->toolTip().contains(QStringLiteral("nicht ändern"))) << qPrintable(status->toolTip());
    switchTo("en");
    EXPECT_EQ(status->text(), QStringLiteral("Read only: your role may not change this library"));
    EXPECT_EQ(status->toolTip(), reason);

    // A write that gets through anyway is refused before it reaches the server.
    Study changed = viewer.study();
    changed.title = QStringLiteral("Changed by a viewer");
    auto refused = viewerServer.updateStudy(changed);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, DatabaseError::Kind::ReadOnly);
    EXPECT_EQ(refused.error().message, reason);
    EXPECT_NE(storedStudy(location, id).title, QStringLiteral("Changed by a viewer"));

    // It still follows the colleagues' saves live.
    Study renamed = *aliceServer.loadStudy(id);
    renamed.title = QStringLiteral("Renamed by Alice");
    ASSERT_TRUE(aliceServer.updateStudy(renamed));
    EXPECT_TRUE(QTest::qWaitFor(
        [&viewer] {
            return viewer.study().title == QStringLiteral("Renamed by Alice");
        },
        30000));
}

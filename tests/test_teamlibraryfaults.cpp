// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The team library when its server goes away: stopped by an administrator in the middle of
// a session, or killed (pg_ctl stop -m immediate, as in a crash) while a save is on its way.
// A cluster of the tests' own (PostgresCluster::startPrivate()): the shared one stays up.
//
// Where a save is killed is chosen by state, never by time: a second connection holds a lock
// on one of the tables the save writes, and the server is killed once pg_stat_activity shows
// the save waiting for that lock; or no standby ever confirms the commit
// (synchronous_standby_names names one that doesn't exist), and the server is killed once
// the save's COMMIT waits for it: then the server has the commit, the client no answer.

#include "core/seedstudy.h"
#include "core/storage/postgresstudyrepository.h"
#include "postgrescluster.h"
#include "ui/data/studyeditor.h"
#include "ui/library/studylibrary.h"
#include "ui/mainwindow.h"
#include "whenmodal.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

namespace {

// How long a state may take to come (a restart, a reconnect) on a loaded machine.
constexpr int kPatienceMilliseconds = 120000;

// The study as the server holds it, read by a client of its own.
Study storedStudy(const PostgresLocation &location, qint64 id)
{
    PostgresStudyRepository reader;
    EXPECT_TRUE(reader.open(location));
    auto study = reader.loadStudy(id);
    EXPECT_TRUE(bool(study)) << (study ? "" : qPrintable(study.error().message));
    return study ? *study : Study();
}

int storedVersions(const PostgresLocation &location, qint64 id)
{
    PostgresStudyRepository reader;
    EXPECT_TRUE(reader.open(location));
    auto versions = reader.listVersions(id);
    EXPECT_TRUE(bool(versions));
    return versions ? int(versions->size()) : -1;
}

// A connection of the test's own that holds a lock (taken by the statement lock) until it is
// closed or the server goes.
class Blocker
{
public:
    Blocker(const PostgresLocation &location, const QString &lock)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
        m_locked = db.open();
        QSqlQuery query(db);
        m_locked = m_locked && query.exec(QStringLiteral("BEGIN")) && query.exec(lock);
        if (!m_locked)
            m_error = query.lastError().text() + db.lastError().text();
    }
    ~Blocker()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool locked() const { return m_locked; }
    QString error() const { return m_error; }

private:
    QString m_name = QStringLiteral("blocker");
    bool m_locked = false;
    QString m_error;
};

// Watches the server from a thread of its own while the test's thread is inside a save:
// once the client's statement waits as awaited, it notes that statement and kills the
// server. It gives up without killing when the save returns first.
class Killer
{
public:
    Killer(PostgresCluster *cluster, const PostgresLocation &location)
        : m_cluster(cluster)
        , m_location(location)
    {}

    void start()
    {
        m_thread.reset(QThread::create([this] {
            watch();
        }));
        m_thread->start();
    }
    // Called when the save has returned; waits for the watcher to end.
    void saveReturned()
    {
        m_saveReturned = true;
        m_thread->wait();
    }
    bool killed() const { return m_killed; }
    QString killedAt() const { return m_killedAt; }
    QString problem() const { return m_problem; }

private:
    void watch()
    {
        const QString name = QStringLiteral("killer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_location.host);
            db.setPort(m_location.port);
            db.setUserName(m_location.user);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery waiting(db);
                // The save's backend (the app names itself "chartweek") waiting for a lock,
                // or for a standby's confirmation of its commit.
                const QString sql = QStringLiteral(
                    "SELECT wait_event || ': ' || query FROM pg_stat_activity WHERE application_name = "
                    "'chartweek' AND state = 'active' AND (wait_event_type = 'Lock' OR wait_event = 'SyncRep')");
                while (!m_saveReturned) {
                    if (!waiting.exec(sql)) {
                        m_problem = waiting.lastError().text();
                        break;
                    }
                    if (waiting.next()) {
                        m_killedAt = waiting.value(0).toString();
                        break;
                    }
                    QThread::msleep(5);
                }
            } else {
                m_problem = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!m_killedAt.isEmpty()) {
            QString problem;
            m_killed = m_cluster->stopServer(QStringLiteral("immediate"), &problem);
            if (!m_killed)
                m_problem = problem;
        }
    }

    PostgresCluster *m_cluster;
    PostgresLocation m_location;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_saveReturned{false};
    bool m_killed = false; // written by the watcher, read after wait()
    QString m_killedAt;
    QString m_problem;
};

class TeamLibraryFaults : public testing::Test
{
protected:
    static void SetUpTestSuite() { s_cluster = PostgresCluster::startPrivate(&s_problem); }
    static void TearDownTestSuite() { s_cluster.reset(); }

    void SetUp() override
    {
        ASSERT_NE(s_cluster, nullptr) << qPrintable(s_problem);
        location = s_cluster->createDatabase();
        // A lock held on purpose by the test is waited for, not reported as Busy.
        client.setLockTimeoutSeconds(600);
        ASSERT_TRUE(client.open(location));
        // A new library holds the SMB Group's study (seeded on first open).
        auto studies = client.listStudies();
        ASSERT_TRUE(bool(studies)) << qPrintable(studies.error().message);
        ASSERT_EQ(studies->size(), 1);
        saved = storedStudy(location, studies->first().id);
        ASSERT_EQ(saved.slug, smbGroupSocialBusinessStudy2012().slug);
        // The client knows the version it saves over, as the window does.
        ASSERT_TRUE(bool(client.loadStudy(saved.id)));
    }

    void restartServer(bool resetSettings)
    {
        QString problem;
        if (resetSettings) {
            ASSERT_TRUE(s_cluster->resetAlteredSettings(&problem)) << qPrintable(problem);
        }
        ASSERT_TRUE(s_cluster->startServer(&problem)) << qPrintable(problem);
    }

    static std::unique_ptr<PostgresCluster> s_cluster;
    static QString s_problem;
    PostgresLocation location;
    PostgresStudyRepository client;
    Study saved; ///< What the client last knows to be stored.
};

std::unique_ptr<PostgresCluster> TeamLibraryFaults::s_cluster;
QString TeamLibraryFaults::s_problem;

} // namespace

// 20 saves, each killed at a point of its own: the server holds the old study or the new one
// whole (figures, names, advice and the history entry together), the client's message says
// which, and the client goes on saving where the server stands, without a false conflict.
TEST_F(TeamLibraryFaults, AServerKilledDuringASaveHoldsTheOldOrTheNewStateAndTheClientSaysWhich)
{
    // Where a save is killed: at its COMMIT, before the server stores it (a deferred trigger
    // of this test waits for an advisory lock) and after (no standby confirms it), or while
    // it waits to write one of the tables it writes (in the order it writes them).
    struct KillPoint
    {
        QString name;
        QString lock; ///< What a blocker holds meanwhile; empty: nothing.
        bool atCommit = false;
    };
    QList<KillPoint> points{
        {QStringLiteral("commit, before it is stored"), QStringLiteral("SELECT pg_advisory_xact_lock(4242)"), true},
        {QStringLiteral("commit, once stored"), QString(), true},
    };
    for (const char *table : {"study_version", "study", "study_text", "annotation", "advice", "segment_text",
                              "segment_share", "survey_wave", "segment"}) {
        points.append({QString::fromLatin1(table),
                       QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(QString::fromLatin1(table)), false});
    }
    s_cluster->query(location.database,
                     QStringLiteral("CREATE FUNCTION test_wait_at_commit() RETURNS trigger LANGUAGE plpgsql AS "
                                    "$$ BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NULL; END $$"));
    s_cluster->query(location.database,
                     QStringLiteral("CREATE CONSTRAINT TRIGGER test_wait_at_commit AFTER UPDATE ON study DEFERRABLE "
                                    "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_wait_at_commit()"));

    constexpr int kRuns = 20;
    QSet<QString> statements;
    int oldKept = 0;
    int newKept = 0;
    int versions = storedVersions(location, saved.id);
    int attempts = 0;
    for (int run = 0; run < kRuns; ++run) {
        ASSERT_LT(++attempts, 3 * kRuns) << "the commit point was never reached";
        const KillPoint &point = points.at(run % points.size());
        const bool noStandby = point.atCommit && point.lock.isEmpty();
        SCOPED_TRACE(qPrintable(QStringLiteral("run %1, %2").arg(run + 1).arg(point.name)));
        Study edited = saved;
        edited.title = QStringLiteral("Saved in run %1").arg(run + 1);
        const double planned = 20.0 + run * 0.1; // the other two segments keep adding up to 100
        edited.waves.last().shares[0] = planned;
        edited.waves.last().shares[2] = 100.0 - *edited.waves.last().shares[1] - planned;
        edited.segments[1].name.setValue(Language::English, QStringLiteral("Ad hoc, run %1").arg(run + 1));
        edited.advice.first().body = QStringLiteral("Advice of run %1.").arg(run + 1);

        std::unique_ptr<Blocker> blocker;
        if (noStandby) {
            s_cluster->query(QStringLiteral("postgres"),
                             QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'nobody'"));
            s_cluster->query(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
        } else {
            blocker = std::make_unique<Blocker>(location, point.lock);
            ASSERT_TRUE(blocker->locked()) << qPrintable(blocker->error());
        }
        QSignalSpy outcomes(&client, &StudyRepository::commitOutcomeKnown);
        Killer killer(s_cluster.get(), location);
        killer.start();
        const auto save = client.updateStudy(edited);
        killer.saveReturned();
        blocker.reset();
        ASSERT_TRUE(killer.problem().isEmpty()) << qPrintable(killer.problem());
        if (!killer.killed()) {
            // The new setting reached the server's processes only after the commit: the
            // save went through. The run is repeated from there.
            ASSERT_TRUE(noStandby) << "the save did not wait for the lock";
            ASSERT_TRUE(bool(save)) << qPrintable(save.error().message);
            saved = edited;
            ++versions;
            --run;
            continue;
        }
        // The statement, without the driver's name for it.
        statements.insert(killer.killedAt().remove(QRegularExpression(QStringLiteral("PREPARE \\S+ AS "))).left(90));
        ASSERT_FALSE(bool(save)) << "a save the server never answered succeeded";
        EXPECT_EQ(save.error().kind, DatabaseError::Kind::Disconnected) << qPrintable(save.error().message);
        EXPECT_EQ(save.error().maybeWritten, point.atCommit) << qPrintable(save.error().message);
        EXPECT_FALSE(client.isReachable());

        restartServer(noStandby);
        ASSERT_TRUE(QTest::qWaitFor(
            [this] {
                return client.isReachable();
            },
            kPatienceMilliseconds))
            << "the client did not connect again";

        // What the client says ...
        bool written = false;
        if (save.error().maybeWritten) {
            ASSERT_EQ(outcomes.count(), 1);
            written = outcomes.first().at(1).toBool();
            // Before the commit record nothing is stored; after it, all.
            EXPECT_EQ(written, noStandby);
            const QString message = outcomes.first().at(0).toString();
            EXPECT_TRUE(message.contains(written ? QStringLiteral("did store") : QStringLiteral("did not store")))
                << qPrintable(message);
        } else {
            EXPECT_EQ(outcomes.count(), 0);
            EXPECT_TRUE(save.error().message.contains(QStringLiteral("did not happen")))
                << qPrintable(save.error().message);
        }
        // ... is what the server holds, whole.
        const Study stored = storedStudy(location, saved.id);
        EXPECT_EQ(stored, written ? edited : saved)
            << "stored title " << qPrintable(stored.title) << ", said " << (written ? "new" : "old");
        EXPECT_EQ(storedVersions(location, saved.id), versions + (written ? 1 : 0));
        if (written) {
            saved = edited;
            ++versions;
            ++newKept;
        } else {
            ++oldKept;
        }
    }
    // The next save is based on what the client was told: no conflict.
    Study last = saved;
    last.title = QStringLiteral("Saved after the last restart");
    const auto after = client.updateStudy(last);
    EXPECT_TRUE(bool(after)) << qPrintable(after.error().message);
    EXPECT_EQ(storedStudy(location, saved.id), last);

    EXPECT_EQ(oldKept + newKept, kRuns);
    EXPECT_GE(statements.size(), 5) << "the kills hit too few places of a save";
    std::printf("%d kills during a save: %d left the old state, %d the new, each as the client said; "
                "%lld different statements waited on:\n",
                kRuns, oldKept, newKept, static_cast<long long>(statements.size()));
    for (const QString &statement : statements)
        std::printf("  %s\n", qPrintable(statement));
}

// An administrator stops the server for a while: the client says so at once, refuses writes
// without waiting, connects again by itself when the server is back and hears a colleague's
// saves again (LISTEN renewed on the new connection).
TEST_F(TeamLibraryFaults, AStoppedServerIsNoticedAndTheClientConnectsAgainWhenItReturns)
{
    QSignalSpy reachability(&client, &StudyRepository::reachabilityChanged);
    QString problem;
    ASSERT_TRUE(s_cluster->stopServer(QStringLiteral("fast"), &problem)) << qPrintable(problem);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return !client.isReachable();
        },
        kPatienceMilliseconds))
        << "the stopped server went unnoticed";
    ASSERT_EQ(reachability.count(), 1);
    EXPECT_FALSE(reachability.first().at(0).toBool());
    EXPECT_TRUE(client.isOpen());

    Study edited = saved;
    edited.title = QStringLiteral("Edited while the server was away");
    const auto refused = client.updateStudy(edited);
    ASSERT_FALSE(bool(refused));
    EXPECT_EQ(refused.error().kind, DatabaseError::Kind::Disconnected);
    EXPECT_FALSE(refused.error().maybeWritten);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("can't be reached")))
        << qPrintable(refused.error().message);
    const auto unread = client.listStudies();
    ASSERT_FALSE(bool(unread));
    EXPECT_EQ(unread.error().kind, DatabaseError::Kind::Disconnected);

    QSignalSpy changes(&client, &StudyRepository::changedElsewhere);
    restartServer(false);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return client.isReachable();
        },
        kPatienceMilliseconds))
        << "the client did not connect again";
    EXPECT_EQ(reachability.count(), 2);
    EXPECT_TRUE(reachability.last().at(0).toBool());
    // Colleagues may have saved meanwhile: the library is read anew.
    ASSERT_GE(changes.count(), 1);
    EXPECT_TRUE(changes.first().at(0).value<QList<qint64>>().isEmpty());

    // A colleague's save is heard again.
    changes.clear();
    PostgresStudyRepository colleague;
    ASSERT_TRUE(colleague.open(location));
    Study theirs = saved;
    theirs.title = QStringLiteral("Renamed by a colleague");
    ASSERT_TRUE(bool(colleague.updateStudy(theirs)));
    ASSERT_TRUE(QTest::qWaitFor(
        [&changes] {
            return !changes.isEmpty();
        },
        kPatienceMilliseconds))
        << "no notification after the reconnect";
    EXPECT_EQ(changes.first().at(0).value<QList<qint64>>(), QList<qint64>{saved.id});

    // The edit made while the server was away is a conflict now, as any edit based on an
    // old version: never written over the colleague's.
    const auto late = client.updateStudy(edited);
    ASSERT_FALSE(bool(late));
    EXPECT_EQ(late.error().kind, DatabaseError::Kind::Conflict);
}

// The window while the server is away: the status bar says so, an edit shows and is kept
// (no error box for each keystroke), closing asks before the kept edit is lost, and once the
// server is back the edit is saved by itself as one undoable step.
TEST_F(TeamLibraryFaults, AnEditMadeWhileTheServerIsAwayIsKeptAndSavedWhenItReturns)
{
    MainWindow window(&client);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *connection = window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    ASSERT_NE(connection, nullptr);
    EXPECT_FALSE(connection->isVisibleTo(&window));
    const qint64 id = window.study().id;
    ASSERT_EQ(id, saved.id);

    QString problem;
    ASSERT_TRUE(s_cluster->stopServer(QStringLiteral("fast"), &problem)) << qPrintable(problem);
    ASSERT_TRUE(QTest::qWaitFor(
        [connection, &window] {
            return connection->isVisibleTo(&window);
        },
        kPatienceMilliseconds))
        << "the status bar didn't say that the library is away";
    EXPECT_EQ(connection->text(), QStringLiteral("Team library offline: edits kept here"));

    // Any dialog now would be one too many: it is noted and closed.
    QStringList dialogs;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, &watch, [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogs.append(QString::fromLatin1(modal->metaObject()->className()));
            modal->close();
        }
    });
    watch.start();
    QLineEdit *title = window.studyEditor()->titleField();
    title->setText(QStringLiteral("Edited while the server was away"));
    QMetaObject::invokeMethod(title, &QLineEdit::editingFinished); // as Enter in the field does
    QTest::qWait(0);
    watch.stop();
    EXPECT_TRUE(dialogs.isEmpty()) << qPrintable(dialogs.join(u", "));
    EXPECT_EQ(window.study().title, QStringLiteral("Edited while the server was away"));
    EXPECT_EQ(title->text(), QStringLiteral("Edited while the server was away"));
    EXPECT_EQ(window.library()->unsavedStudies(), QList<qint64>{id});
    EXPECT_TRUE(connection->toolTip().contains(QStringLiteral("(1 so far)"))) << qPrintable(connection->toolTip());
    EXPECT_EQ(window.library()->undoStack()->count(), 0) << "nothing is stored yet, so nothing to undo";

    // Closing asks; Cancel keeps the window and the edit.
    QString question;
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr) << modal->metaObject()->className();
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(question.contains(QStringLiteral("\u201cEdited while the server was away\u201d")))
        << qPrintable(question);
    EXPECT_TRUE(window.isVisible());

    restartServer(false);
    ASSERT_TRUE(QTest::qWaitFor(
        [&window] {
            return window.library()->unsavedStudies().isEmpty() && window.library()->isReachable();
        },
        kPatienceMilliseconds))
        << "the kept edit was not saved";
    EXPECT_FALSE(connection->isVisibleTo(&window));
    EXPECT_EQ(storedStudy(location, id).title, QStringLiteral("Edited while the server was away"));
    EXPECT_EQ(window.statusBar()->currentMessage(),
              QStringLiteral("Connected to the team library again; 1 edit kept meanwhile saved."))
        << qPrintable(window.statusBar()->currentMessage());
    ASSERT_EQ(window.library()->undoStack()->count(), 1);
    window.library()->undoStack()->undo();
    EXPECT_EQ(storedStudy(location, id).title, saved.title);
    EXPECT_TRUE(window.close()) << "nothing kept, nothing to ask";
}

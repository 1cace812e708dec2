// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "storagebench.h"

#include "benchdata.h"
#include "core/storage/postgresstudyrepository.h"
#include "core/storage/sqlitestudyrepository.h"
#include "ui/library/studylibrary.h"
#include "ui/library/studylistmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace {

enum class Backend { Sqlite, Postgres };

const char *const kServerVariable = "CHARTWEEK_BENCH_POSTGRES";
const char *const kTestClusterVariable = "CHARTWEEK_TEST_PGHOST";
// How the test cluster of scripts/test and tests/postgrescluster.cpp is reached.
const QString kTestClusterUser = QStringLiteral("chartweek");
constexpr int kDefaultTestClusterPort = 5432;

// The test cluster's port (CHARTWEEK_TEST_PGPORT, set by scripts/test with the socket folder).
int testClusterPort()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("CHARTWEEK_TEST_PGPORT", &ok);
    return ok ? port : kDefaultTestClusterPort;
}
// How long a colleague's save may take to show before the benchmark counts as failed.
constexpr int kRefreshTimeoutMs = 10000;

struct Settings
{
    QString folder;
    int studyCount = 0;
    bool smoke = false;
    std::optional<PostgresLocation> server; ///< Where the Postgres library is, if anywhere.
    QString noServer;                       ///< Why there is none.
    QString ownDatabase;                    ///< Made on the test cluster by the smoke; dropped at the end.
    int failures = 0;
    bool sqliteReady = false;
    bool postgresReady = false;
};

Settings &settings()
{
    static Settings theSettings;
    return theSettings;
}

QString sqlitePath()
{
    return QDir(settings().folder).filePath(QStringLiteral("team-library-%1.sqlite").arg(settings().studyCount));
}

// Runs one statement on a connection of its own to the test cluster's "postgres" database.
std::optional<QString> runOnTestCluster(const QString &socketFolder, const QString &sql)
{
    const QString name = QStringLiteral("chartweek-bench-admin");
    std::optional<QString> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socketFolder);
        db.setPort(testClusterPort());
        db.setUserName(kTestClusterUser);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// Decides where the Postgres library is (see storagebench.h).
void findServer()
{
    Settings &s = settings();
    const QString uri = qEnvironmentVariable(kServerVariable);
    if (!uri.isEmpty()) {
        QString problem;
        const PostgresLocation location = PostgresLocation::fromUri(uri, &problem);
        if (problem.isEmpty())
            s.server = location;
        else
            s.noServer =
                QStringLiteral("%1 is not a PostgreSQL URI: %2").arg(QString::fromLatin1(kServerVariable), problem);
        return;
    }
    const QString socketFolder = qEnvironmentVariable(kTestClusterVariable);
    if (s.smoke && !socketFolder.isEmpty()) {
        const QString database = QStringLiteral("chartweek_bench_%1").arg(QCoreApplication::applicationPid());
        // The name is made here from a number: safe to be part of the statement.
        if (auto problem =
                runOnTestCluster(socketFolder, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(database))) {
            s.noServer =
                QStringLiteral("cannot create a database on the test cluster in %1: %2").arg(socketFolder, *problem);
            ++s.failures;
            return;
        }
        s.ownDatabase = database;
        PostgresLocation location;
        location.host = socketFolder;
        location.port = testClusterPort();
        location.user = kTestClusterUser;
        location.database = database;
        s.server = location;
        return;
    }
    s.noServer = QStringLiteral("no PostgreSQL server: set %1 to a postgresql:// URI of a throwaway database "
                                "(bench/team-library starts a server and does so)")
                     .arg(QString::fromLatin1(kServerVariable));
}

void fail(benchmark::State &state, const QString &message)
{
    ++settings().failures;
    state.SkipWithError(qPrintable(message));
}

// Fills the library of the backend up to the library size, once per process, and checks
// that it holds exactly that many studies.
std::optional<QString> prepare(Backend backend, StudyRepository *repository)
{
    Settings &s = settings();
    bool &ready = backend == Backend::Sqlite ? s.sqliteReady : s.postgresReady;
    if (ready)
        return std::nullopt;
    if (auto problem = BenchData::fillLibrary(repository, s.studyCount))
        return problem;
    const auto studies = repository->listStudies();
    if (!studies)
        return studies.error().message;
    if (studies->size() != s.studyCount)
        return QStringLiteral("%1 holds %2 studies, not %3: give the benchmarks an empty database")
            .arg(repository->displayName())
            .arg(studies->size())
            .arg(s.studyCount);
    ready = true;
    return std::nullopt;
}

// A repository open on the backend's library (prepared on first use); nullptr when it can't
// be opened, with the benchmark skipped (an error unless there is no server at all).
std::unique_ptr<StudyRepository> openLibrary(benchmark::State &state, Backend backend)
{
    Settings &s = settings();
    std::unique_ptr<StudyRepository> repository;
    StorageResult<void> opened;
    if (backend == Backend::Sqlite) {
        if (!s.sqliteReady) {
            if (auto problem = BenchData::generateLibrary(sqlitePath(), s.studyCount)) {
                fail(state, *problem);
                return nullptr;
            }
        }
        auto sqlite = std::make_unique<SqliteStudyRepository>();
        opened = sqlite->open(sqlitePath());
        repository = std::move(sqlite);
    } else {
        if (!s.server) {
            state.SkipWithError(qPrintable(s.noServer));
            return nullptr;
        }
        auto postgres = std::make_unique<PostgresStudyRepository>();
        opened = postgres->open(*s.server);
        repository = std::move(postgres);
    }
    if (!opened) {
        fail(state, opened.error().message);
        return nullptr;
    }
    if (auto problem = prepare(backend, repository.get())) {
        fail(state, *problem);
        return nullptr;
    }
    return repository;
}

// The study the save benchmarks write: one in the middle of the library.
QString savedSlug()
{
    return BenchData::generatedStudy(settings().studyCount / 2).slug;
}

double milliseconds(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// --- benchmarks ---------------------------------------------------------------------

// What the library pane lists: every study's summary (StudyLibrary::refresh()).
void listStudies(benchmark::State &state, Backend backend)
{
    const auto repository = openLibrary(state, backend);
    if (!repository)
        return;
    for (auto _ : state) {
        const auto studies = repository->listStudies();
        if (!studies) {
            fail(state, studies.error().message);
            break;
        }
        if (studies->size() != settings().studyCount) {
            fail(state, QStringLiteral("listed %1 studies, not %2").arg(studies->size()).arg(settings().studyCount));
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * settings().studyCount);
}

// The repository has no search of its own: the library pane filters the listed summaries
// in memory (StudyFilterModel). So this is the same work on either backend, measured on the
// studies as each one lists them; "matches" must agree.
void filterLibrary(benchmark::State &state, Backend backend)
{
    const auto repository = openLibrary(state, backend);
    if (!repository)
        return;
    const auto studies = repository->listStudies();
    if (!studies) {
        fail(state, studies.error().message);
        return;
    }
    StudyListModel model;
    model.setStudies(*studies);
    StudyFilterModel filter;
    filter.setSourceModel(&model);
    int rows = 0;
    for (auto _ : state) {
        filter.setSearchText(QStringLiteral("übersicht"));
        rows = filter.rowCount();
        state.PauseTiming();
        filter.setSearchText(QString());
        filter.rowCount();
        state.ResumeTiming();
    }
    state.counters["matches"] = rows;
}

// Saving one edited study in the full library: the study and its children are written
// again, with its row version checked (PostgreSQL) and a new entry in its history.
void saveStudy(benchmark::State &state, Backend backend)
{
    const auto repository = openLibrary(state, backend);
    if (!repository)
        return;
    auto loaded = repository->loadStudyBySlug(savedSlug());
    if (!loaded) {
        fail(state, loaded.error().message);
        return;
    }
    Study study = *std::move(loaded);
    const auto versionsBefore = repository->listVersions(study.id);
    if (!versionsBefore) {
        fail(state, versionsBefore.error().message);
        return;
    }
    static int round = 0;
    for (auto _ : state) {
        study.notes = QStringLiteral("Saved by the benchmark, round %1").arg(++round);
        if (const auto saved = repository->updateStudy(study); !saved) {
            fail(state, saved.error().message);
            break;
        }
    }
    const auto versionsAfter = repository->listVersions(study.id);
    if (!versionsAfter)
        fail(state, versionsAfter.error().message);
    else if (versionsAfter->size() - versionsBefore->size() != qsizetype(state.iterations()))
        fail(state, QStringLiteral("%1 saves wrote %2 history entries")
                        .arg(state.iterations())
                        .arg(versionsAfter->size() - versionsBefore->size()));
}

// Two clients of one library, each with its own connection. The colleague (writer) saves a
// study; this client (reader) takes it in as the window does: StudyLibrary lists the
// library again, the library pane's model takes the new list, and the study is loaded
// again for the editor. On PostgreSQL the reader waits in its event loop for
// changedElsewhere() (LISTEN/NOTIFY); an SQLite file tells nobody, so there the reader
// lists and loads at once after the save (what a refresh by hand would cost).
void colleagueSaveToRefresh(benchmark::State &state, Backend backend)
{
    const auto reader = openLibrary(state, backend);
    if (!reader)
        return;
    const auto writer = openLibrary(state, backend);
    if (!writer)
        return;
    auto loaded = writer->loadStudyBySlug(savedSlug());
    if (!loaded) {
        fail(state, loaded.error().message);
        return;
    }
    Study study = *std::move(loaded);
    const qint64 id = study.id;
    const bool notified = backend == Backend::Postgres;

    QElapsedTimer clock;
    qint64 signalledAt = 0;
    qint64 shownAt = 0;
    bool shown = false;
    std::optional<Study> shownStudy;
    QString libraryError;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.setInterval(kRefreshTimeoutMs);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    // Connected before the library is made, so this runs before the library takes the change in.
    QObject::connect(reader.get(), &StudyRepository::changedElsewhere, &loop, [&](const QList<qint64> &ids) {
        if ((ids.isEmpty() || ids.contains(id)) && signalledAt == 0) // empty: anything may have changed
            signalledAt = clock.nsecsElapsed();
    });
    StudyLibrary library(reader.get());
    StudyListModel model;
    model.setStudies(library.studies());
    QObject::connect(&library, &StudyLibrary::studiesChanged, &model, [&model, &library] {
        model.setStudies(library.studies());
    });
    QObject::connect(&library, &StudyLibrary::errorOccurred, &loop, [&](const QString &message) {
        libraryError = message;
        loop.quit();
    });
    // What the main window does for the study it shows.
    QObject::connect(&library, &StudyLibrary::studyChanged, &loop, [&](qint64 changed) {
        if (changed != id)
            return;
        shownStudy = library.load(id);
        shownAt = clock.nsecsElapsed();
        shown = true;
        loop.quit();
    });

    static int round = 0;
    qint64 saving = 0;
    qint64 waiting = 0;
    qint64 reading = 0;
    for (auto _ : state) {
        signalledAt = 0;
        shown = false;
        shownStudy.reset();
        study.notes = QStringLiteral("Saved by a colleague, round %1").arg(++round);
        clock.start();
        if (const auto saved = writer->updateStudy(study); !saved) {
            fail(state, saved.error().message);
            break;
        }
        const qint64 savedAt = clock.nsecsElapsed();
        if (notified) {
            timeout.start();
            while (!shown && libraryError.isEmpty() && timeout.isActive())
                loop.exec();
            timeout.stop();
        } else {
            signalledAt = savedAt;
            if (library.refresh()) {
                shownStudy = library.load(id);
                shownAt = clock.nsecsElapsed();
                shown = true;
            }
        }
        if (!libraryError.isEmpty()) {
            fail(state, libraryError);
            break;
        }
        if (!shown) {
            fail(state, QStringLiteral("the colleague's save did not show within %1 s").arg(kRefreshTimeoutMs / 1000));
            break;
        }
        if (!shownStudy || shownStudy->notes != study.notes) {
            fail(state, QStringLiteral("the study read again is not the one the colleague saved"));
            break;
        }
        saving += savedAt;
        waiting += signalledAt - savedAt;
        reading += shownAt - signalledAt;
    }
    const auto perIteration = benchmark::Counter::kAvgIterations;
    state.counters["save_ms"] = benchmark::Counter(milliseconds(saving), perIteration);
    if (notified)
        state.counters["notify_ms"] = benchmark::Counter(milliseconds(waiting), perIteration);
    state.counters["reread_ms"] = benchmark::Counter(milliseconds(reading), perIteration);
}

void registerPair(const char *name, void (*function)(benchmark::State &, Backend))
{
    const Settings &s = settings();
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        if (backend == Backend::Postgres && s.smoke && !s.server)
            continue;
        const std::string fullName = std::string(name) + (backend == Backend::Sqlite ? "_Sqlite" : "_Postgres");
        // Wall time: the server's work and the wait for its message are not this process's CPU.
        benchmark::RegisterBenchmark(fullName.c_str(), function, backend)
            ->Arg(s.studyCount)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
}

} // namespace

namespace StorageBench {

void registerBenchmarks(const QString &folder, int studyCount, bool smoke)
{
    Settings &s = settings();
    s.folder = folder;
    s.studyCount = studyCount;
    s.smoke = smoke;
    findServer();
    if (smoke && !s.server)
        std::fprintf(stderr, "chartweek_bench: the PostgreSQL benchmarks are left out: %s\n",
                     qUtf8Printable(s.noServer));
    registerPair("BM_ListStudies", listStudies);
    registerPair("BM_FilterLibrary", filterLibrary);
    registerPair("BM_SaveStudy", saveStudy);
    registerPair("BM_ColleagueSaveToRefresh", colleagueSaveToRefresh);
}

void cleanUp()
{
    Settings &s = settings();
    if (s.ownDatabase.isEmpty() || !s.server)
        return;
    // Every repository of the benchmarks is closed by now.
    if (auto problem =
            runOnTestCluster(s.server->host, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(s.ownDatabase)))
        std::fprintf(stderr, "chartweek_bench: cannot drop %s: %s\n", qUtf8Printable(s.ownDatabase),
                     qUtf8Printable(*problem));
    s.ownDatabase.clear();
}

int failures()
{
    return settings().failures;
}

} // namespace StorageBench

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <utility>

#include <unistd.h>

namespace {

const QString kServerBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString kSuperuser = QStringLiteral("chartweek");
const QString kSocketEnv = QStringLiteral("CHARTWEEK_TEST_PGHOST");
const QString kPortEnv = QStringLiteral("CHARTWEEK_TEST_PGPORT");

// Runs a server program, as "postgres" when the tests run as root (initdb and postgres
// refuse to run as root). The output goes into *output.
bool runServerProgram(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), kServerBin + program} +
                                                     arguments);
    else
        process.start(kServerBin + program, arguments);
    const bool finished = process.waitForFinished(120 * 1000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

std::unique_ptr<PostgresCluster> &theCluster()
{
    static std::unique_ptr<PostgresCluster> cluster;
    return cluster;
}

// At the end of the test program, while Qt still runs: the databases this program made on a
// shared cluster go (a cluster of its own goes as a whole).
class DropCreatedDatabases final : public testing::Environment
{
public:
    void TearDown() override
    {
        if (PostgresCluster *cluster = theCluster().get())
            cluster->dropCreatedDatabases();
    }
};

} // namespace

PostgresCluster *PostgresCluster::instance(QString *problem)
{
    static QString startProblem;
    static bool tried = false;
    if (!tried) {
        tried = true;
        std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
        if (cluster->start(&startProblem)) {
            theCluster() = std::move(cluster);
            testing::AddGlobalTestEnvironment(new DropCreatedDatabases); // owned by GoogleTest
        }
    }
    *problem = startProblem;
    return theCluster().get();
}

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::start(QString *problem)
{
    const QString shared = qEnvironmentVariable(qPrintable(kSocketEnv));
    if (!shared.isEmpty()) {
        m_socket = shared;
        if (const QString port = qEnvironmentVariable(qPrintable(kPortEnv)); !port.isEmpty())
            m_port = port.toInt();
        return true;
    }
    return initialise(problem) && startServer(problem);
}

std::unique_ptr<PostgresCluster> PostgresCluster::startPrivate(QString *problem)
{
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    cluster->m_durable = true;
    if (!cluster->initialise(problem) || !cluster->startServer(problem))
        return nullptr;
    return cluster;
}

bool PostgresCluster::initialise(QString *problem)
{
    if (!QFile::exists(kServerBin + QStringLiteral("initdb"))) {
        *problem = QStringLiteral("PostgreSQL 15 is not installed (Debian package postgresql-15)");
        return false;
    }
    // A short path: a Unix socket's path may not be longer than 107 bytes.
    m_folder =
        QDir::tempPath() + QStringLiteral("/chartweek-pg-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!QDir().mkpath(m_folder)) {
        *problem = QStringLiteral("cannot create %1").arg(m_folder);
        return false;
    }
    if (geteuid() == 0 && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_folder}) != 0) {
        *problem = QStringLiteral("cannot hand %1 to the user postgres").arg(m_folder);
        return false;
    }
    m_own = true;
    m_socket = m_folder;
    QString output;
    if (!runServerProgram(QStringLiteral("initdb"),
                          {QStringLiteral("--pgdata=") + m_folder + QStringLiteral("/data"),
                           QStringLiteral("--username=") + kSuperuser, QStringLiteral("--auth=trust"),
                           QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"),
                           QStringLiteral("--no-sync")},
                          &output)) {
        *problem = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    return true;
}

bool PostgresCluster::startServer(QString *problem)
{
    if (!m_own) {
        *problem = QStringLiteral("the cluster was not started here");
        return false;
    }
    // Only the Unix socket in the cluster's folder. Throwaway data needs no fsync (a stopped
    // server, even an immediately stopped one, leaves what it wrote with the kernel).
    const QString serverOptions =
        QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off -c synchronous_commit=%3 "
                       "-c full_page_writes=off -c max_connections=50")
            .arg(m_folder)
            .arg(m_port)
            .arg(m_durable ? QStringLiteral("on") : QStringLiteral("off"));
    QString output;
    if (!runServerProgram(QStringLiteral("pg_ctl"),
                          {QStringLiteral("start"), QStringLiteral("--pgdata=") + m_folder + QStringLiteral("/data"),
                           QStringLiteral("--wait"), QStringLiteral("--timeout=120"), QStringLiteral("--silent"),
                           QStringLiteral("--log=") + m_folder + QStringLiteral("/server.log"),
                           QStringLiteral("--options=") + serverOptions},
                          &output)) {
        *problem = QStringLiteral("pg_ctl start failed: ") + output;
        return false;
    }
    return true;
}

bool PostgresCluster::stopServer(const QString &mode, QString *problem)
{
    if (!m_own) {
        *problem = QStringLiteral("the cluster was not started here");
        return false;
    }
    QString output;
    if (!runServerProgram(QStringLiteral("pg_ctl"),
                          {QStringLiteral("stop"), QStringLiteral("--pgdata=") + m_folder + QStringLiteral("/data"),
                           QStringLiteral("--mode=") + mode, QStringLiteral("--wait"), QStringLiteral("--silent")},
                          &output)) {
        *problem = QStringLiteral("pg_ctl stop --mode=%1 failed: %2").arg(mode, output);
        return false;
    }
    return true;
}

bool PostgresCluster::resetAlteredSettings(QString *problem)
{
    // Truncated in place: the file keeps its owner (the server's user).
    QFile settings(m_folder + QStringLiteral("/data/postgresql.auto.conf"));
    if (!settings.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        settings.write("# Do not edit this file manually!\n"
                       "# It will be overwritten by the ALTER SYSTEM command.\n") < 0) {
        *problem = QStringLiteral("cannot empty %1: %2").arg(settings.fileName(), settings.errorString());
        return false;
    }
    return true;
}

void PostgresCluster::stop()
{
    if (!m_own)
        return;
    m_own = false;
    QString output;
    // Already stopped by a test: pg_ctl says so and nothing happens.
    runServerProgram(QStringLiteral("pg_ctl"),
                     {QStringLiteral("stop"), QStringLiteral("--pgdata=") + m_folder + QStringLiteral("/data"),
                      QStringLiteral("--mode=fast"), QStringLiteral("--wait"), QStringLiteral("--silent")},
                     &output);
    QDir(m_folder).removeRecursively();
}

PostgresLocation PostgresCluster::location(const QString &database) const
{
    PostgresLocation location;
    location.host = m_socket;
    location.port = m_port;
    location.user = kSuperuser;
    location.database = database;
    return location;
}

PostgresLocation PostgresCluster::createDatabase()
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("library_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // Names from this code only: safe to be part of the statement.
    query(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name));
    m_created.append(name);
    return location(name);
}

void PostgresCluster::dropCreatedDatabases()
{
    if (m_own)
        return;
    for (const QString &name : std::exchange(m_created, {}))
        query(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QStringList PostgresCluster::query(const QString &database, const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("pg-raw-query-%1").arg(++counter);
    const PostgresLocation where = location(database);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(where.user);
        db.setDatabaseName(where.database);
        if (!db.open()) {
            ADD_FAILURE() << "cannot connect to " << qPrintable(where.displayName()) << ": "
                          << qPrintable(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    rows.append(query.value(0).toString());
            } else {
                ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

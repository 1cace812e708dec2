// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// A real PostgreSQL 15 server for the tests, no mock: a throwaway cluster (initdb into a
// temporary folder, the server listening only on a Unix socket in that folder), started on
// first use and stopped when the test program ends. When CHARTWEEK_TEST_PGHOST names the
// socket folder of a running cluster (scripts/test starts one for the whole run, and
// CHARTWEEK_TEST_PGPORT its port), that one is used instead and the databases a program made
// are dropped at its end; the bench smoke uses it too. As root, the server runs as the unprivileged user "postgres".

#include "core/storage/postgresstudyrepository.h"

#include <QString>
#include <QStringList>

#include <memory>

class PostgresCluster
{
public:
    /// The cluster of this test program; nullptr (with the reason in *problem) when none
    /// could be started.
    static PostgresCluster *instance(QString *problem);

    /// A cluster of the caller's own, never the shared one, for tests that stop and start the
    /// server: every commit is durable (synchronous_commit on, so that a commit the server
    /// acknowledged survives an immediate stop). nullptr, with the reason in *problem, when
    /// it cannot be started. Stopped and removed with the object.
    static std::unique_ptr<PostgresCluster> startPrivate(QString *problem);
    /// Stops the server of a cluster started here: "immediate" (every server process quits
    /// at once, as in a crash, and the next start recovers from the WAL) or "fast" (what an
    /// administrator does: sessions are ended, the server shuts down cleanly). False, with
    /// the reason in *problem, on failure.
    bool stopServer(const QString &mode, QString *problem);
    /// Starts the server of a cluster started here again, on the same socket.
    bool startServer(QString *problem);
    /// The server's own configuration file for ALTER SYSTEM (postgresql.auto.conf), emptied
    /// while the server is stopped: what a test set there is gone at the next start.
    bool resetAlteredSettings(QString *problem);

    /// Creates a new, empty database and returns its location (its name is unique).
    PostgresLocation createDatabase();
    /// Drops what createDatabase() made, on a shared cluster (CHARTWEEK_TEST_PGHOST); done
    /// at the end of the test program. A cluster of its own is removed as a whole instead.
    void dropCreatedDatabases();
    /// The location of an existing database on the cluster.
    PostgresLocation location(const QString &database) const;
    /// Runs sql on a connection of its own to database; the first column of every row, or
    /// an empty list (with a test failure) when it fails.
    QStringList query(const QString &database, const QString &sql);

    ~PostgresCluster();

private:
    PostgresCluster() = default;
    bool start(QString *problem);
    bool initialise(QString *problem);
    void stop();

    QString m_folder;      ///< The cluster's folder (data and socket), when started here.
    QString m_socket;      ///< The socket folder.
    int m_port = 5432;     ///< The socket's number (and TCP port of a shared cluster): CHARTWEEK_TEST_PGPORT.
    QStringList m_created; ///< Databases made by createDatabase().
    bool m_own = false;
    bool m_durable = false; ///< synchronous_commit on (startPrivate()).
};

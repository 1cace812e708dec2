// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// A real PostgreSQL 15 server for the tests, no mock: a throwaway cluster (initdb into a
// temporary folder, the server listening only on a Unix socket in that folder), started on
// first use and stopped when the test program ends. When CHARTWEEK_TEST_PGHOST names the
// socket folder of a running cluster (scripts/test starts one for the whole run), that one
// is used instead. As root, the server runs as the unprivileged user "postgres".

#include "core/storage/postgresstudyrepository.h"

#include <QString>

class PostgresCluster
{
public:
    /// The cluster of this test program; nullptr (with the reason in *problem) when none
    /// could be started.
    static PostgresCluster *instance(QString *problem);

    /// Creates a new, empty database and returns its location (its name is unique).
    PostgresLocation createDatabase();
    /// The location of an existing database on the cluster.
    PostgresLocation location(const QString &database) const;
    /// Runs sql on a connection of its own to database; the first column of every row, or
    /// an empty list (with a test failure) when it fails.
    QStringList query(const QString &database, const QString &sql);

    ~PostgresCluster();

private:
    PostgresCluster() = default;
    bool start(QString *problem);
    void stop();

    QString m_folder; ///< The cluster's folder (data and socket), when started here.
    QString m_socket; ///< The socket folder.
    bool m_own = false;
};

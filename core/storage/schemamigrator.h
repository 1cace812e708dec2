// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/databaseerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class SqlDialect;

/// Where a database stands: no tables at all (a new one), or ours at a schema version.
struct SchemaState
{
    bool empty = true;
    int version = 0; ///< 0 when empty.
};

/// The one migrator: brings any database (SQLite file or server) from its schema version to
/// the newest one with the SQL files in the resources (":/storage/migrations/NNN-name.sql",
/// NNN the version it leads to; see 001-studies.sql for the format). A new database gets
/// every migration and the seed rows; an older one the missing migrations. Either way it is
/// one write transaction (SqlDialect::beginWrite(), after SqlDialect::lockSchema()), which
/// reads the version again inside the lock: two clients starting at once migrate once, the
/// second waits and finds the work done. A migration that fails changes nothing.
class SchemaMigrator
{
public:
    /// One step: the statements of one SQL file, with the types of a dialect filled in later.
    struct Migration
    {
        int version = 0; ///< The schema version the step leads to.
        QString name;    ///< The file name, for messages.
        QStringList statements;
    };

    /// What run() does around the migrations, inside the same transaction.
    struct Hooks
    {
        /// Before the first migration of an existing database (e.g. a backup copy of the file).
        std::function<StorageResult<void>(int fromVersion)> beforeUpgrade;
        /// After the migrations of a new database: its seed rows.
        std::function<StorageResult<void>()> seed;
    };

    enum class Outcome { UpToDate, Created, Migrated };

    /// Every migration in the resources, by version (1, 2, 3, … without gaps).
    static const QList<Migration> &migrations();
    /// The schema version this build reads and writes: the newest migration's.
    static int latestVersion();
    /// A migration's statements with the dialect's column types in place of the placeholders.
    static QStringList statementsFor(const Migration &migration, const SqlDialect &dialect);
    /// Splits the text of a migration file into its statements (see 001-studies.sql).
    static QStringList splitStatements(const QString &sql);

    /// location names the database in messages; busySeconds is the lock wait for Busy texts.
    SchemaMigrator(const SqlDialect &dialect, QString location, int busySeconds);

    /// What the tables of a database say about it: empty, ours at some version, or an error
    /// (Foreign, NewerSchema, Damaged without a valid version). Reads only.
    StorageResult<SchemaState> readState(const QSqlDatabase &db, const QStringList &tables) const;

    /// Brings the database on db to latestVersion() (see the class comment).
    StorageResult<Outcome> run(QSqlDatabase db, const Hooks &hooks) const;

private:
    StorageResult<void> apply(QSqlDatabase &db, const Migration &migration, bool creating) const;
    DatabaseError driverError(const QString &what, const QSqlError &error) const;
    DatabaseError driverError(const QString &what, const QString &errorText) const = delete;

    const SqlDialect &m_dialect;
    QString m_location;
    int m_busySeconds;
};

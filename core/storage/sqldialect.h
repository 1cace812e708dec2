// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/databaseerror.h"

#include <QString>
#include <QStringList>

class QSqlError;

/// What differs between the SQL databases behind SqlStudyRepository and SchemaMigrator;
/// everything else is the same portable SQL. One object per backend, without state.
class SqlDialect
{
public:
    virtual ~SqlDialect();

    /// The Qt Sql driver ("QSQLITE").
    virtual QString driverName() const = 0;
    /// The statement that starts a write transaction and takes the write lock at once, so a
    /// busy database is waited for before any work instead of failing half-way.
    virtual QString beginWrite() const = 0;
    /// The column type a migration's placeholder stands for: ${id_primary_key} (a generated
    /// 64-bit key), ${id} (a column referring to one), ${real} (an 8-byte floating-point
    /// number) and ${blob} (bytes). Empty for an unknown name.
    virtual QString columnType(const QString &placeholder) const = 0;
    /// What kind of failure a driver error is, from its native code.
    virtual DatabaseError::Kind classify(const QSqlError &error) const = 0;
    /// Statements to run in the same transaction after rows with explicit ids went into
    /// table (a sequence that has to move past them); none by default.
    virtual QStringList afterExplicitIds(const QString &table) const;
    /// A query with one parameter, the slug, that counts the studies with that slug without
    /// trusting the unique index (which a damaged file may have lost entries of).
    virtual QString countSlugWithoutIndex() const = 0;
    /// Statements that make schema migrations of concurrent clients run one after the other,
    /// run first in the migration's transaction; none by default (beginWrite() locks).
    virtual QStringList lockSchema() const;
    /// An expression on the study table whose value changes with every committed change of
    /// a row (the row version for optimistic concurrency); empty when the database has
    /// none, and then a save never checks for a colleague's change.
    virtual QString rowVersion() const;
    /// A query, run inside a write transaction just before its COMMIT, whose one value names
    /// the transaction for as long as the server keeps its outcome; empty when the database
    /// has none (a file on this machine, whose commit can't go unanswered).
    virtual QString currentTransaction() const;
    /// A query with one parameter, a value of currentTransaction(), that tells whether that
    /// transaction committed: its one value is "committed", or something else.
    virtual QString transactionOutcome() const;
};

/// SQLite (Qt's QSQLITE driver): BEGIN IMMEDIATE, the rowid as key, extended result codes.
class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString beginWrite() const override;
    QString columnType(const QString &placeholder) const override;
    DatabaseError::Kind classify(const QSqlError &error) const override;
    QString countSlugWithoutIndex() const override;

    /// SQLite's extended result code behind a Qt Sql error; -1 when it has none.
    static int resultCode(const QSqlError &error);
};

/// PostgreSQL (Qt's QPSQL driver): identity columns, SQLSTATE codes, an advisory lock
/// around migrations, the row's xmin as its version.
class PostgresDialect final : public SqlDialect
{
public:
    QString driverName() const override;
    QString beginWrite() const override;
    QString columnType(const QString &placeholder) const override;
    DatabaseError::Kind classify(const QSqlError &error) const override;
    QStringList afterExplicitIds(const QString &table) const override;
    QString countSlugWithoutIndex() const override;
    QStringList lockSchema() const override;
    QString rowVersion() const override;
    QString currentTransaction() const override;
    QString transactionOutcome() const override;
};

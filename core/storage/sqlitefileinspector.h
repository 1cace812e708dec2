// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/databaseerror.h"

#include <QString>

/// What an SQLite file holds, as SqliteFileInspector found it.
struct SqliteInspection
{
    enum class Contents {
        Missing, ///< No file yet: a new database goes there.
        Unread,  ///< An SQLite header that looks right; inspectHeader() doesn't read further.
        Empty,   ///< An empty file, or an SQLite database without tables: it gets the schema.
        Ours,    ///< A Chart of the Week database at schemaVersion (at most the newest one).
    };
    Contents contents = Contents::Missing;
    int schemaVersion = 0;
    bool walMode = false;   ///< The header says write-ahead log.
    bool fullCheck = false; ///< integrity_check read every page and index (else the bounded check).
};

/// Looks at an SQLite file before the app writes to it, without changing a byte of it or of
/// its "-wal" and "-shm" files: the header (zeros, another format, truncation), then, on a
/// read-only connection, the tables (another application's database), the schema version
/// (newer than this build) and damage inside. A file up to fullCheckLimit() bytes gets
/// SQLite's full integrity_check, which also compares every index with its table (a flipped
/// byte in the index of slugs shows); a larger one gets quick_check plus the full check of
/// the study table and its indexes.
///
/// The read-only connection leaves every file as it was: without a "-wal" file it opens the
/// file as immutable (nothing else has it open: SQLite creates the log on the first read);
/// with "-wal" and "-shm" it reads them without writing the shared-memory index
/// (readonly_shm); a log without its index, or a rollback journal left by a crash, is read
/// from a private copy.
class SqliteFileInspector
{
public:
    /// Up to this size a file gets the full integrity_check (see bench/RESULTS.md for its
    /// speed).
    static constexpr qint64 kDefaultFullCheckLimit = 256ll * 1024 * 1024;

    SqliteFileInspector(QString path, int busyTimeoutMs);

    void setFullCheckLimit(qint64 bytes) { m_fullCheckLimit = bytes; }
    qint64 fullCheckLimit() const { return m_fullCheckLimit; }

    /// The header alone (no SQLite involved): Missing, Empty or Unread, or an error
    /// (NotADatabase, Damaged, CannotOpen) naming the file.
    StorageResult<SqliteInspection> inspectHeader() const;
    /// What inspectHeader() found, then for Unread the contents on a read-only connection:
    /// Empty or Ours, or an error (Foreign, NewerSchema, Damaged, NotADatabase, Busy).
    StorageResult<SqliteInspection> inspectContents(SqliteInspection inspection) const;
    /// inspectHeader(), then inspectContents().
    StorageResult<SqliteInspection> inspect() const;

private:
    StorageResult<SqliteInspection> inspectConnection(const QString &connectionName, SqliteInspection inspection) const;

    QString m_path;
    QString m_location;
    int m_busyTimeoutMs;
    qint64 m_fullCheckLimit = kDefaultFullCheckLimit;
};

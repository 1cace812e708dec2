// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/sqldialect.h"
#include "core/storage/sqlitefileinspector.h"
#include "core/storage/sqlstudyrepository.h"

/// The library in an SQLite file (Qt's QSQLITE driver).
///
/// open() first inspects the file without writing to it (SqliteFileInspector): a file that
/// is not an SQLite database (or has a zeroed header), is truncated or otherwise damaged
/// (full integrity check up to a size limit), belongs to another application, was written
/// by a newer version or is marked read-only is reported with its own message and left
/// byte-for-byte as it was, its "-wal" and "-shm" files included. Only then is it opened
/// for writing: SchemaMigrator creates the schema and seeds the SMB Group study (a new or
/// empty file), or migrates an older schema after copying the file to
/// "<file>.v<old version>.bak" (the log is written into the file first, so the copy is
/// complete), in one BEGIN IMMEDIATE transaction that a second process opening the same
/// file waits for. A file known to be ours runs in WAL mode (synchronous=NORMAL, which
/// keeps every committed transaction through a crash of the app); foreign keys are on.
/// A database locked by another program is waited for at most busyTimeout() milliseconds,
/// then reported as Busy; a full disk is reported as DiskFull (SQLITE_FULL, or
/// SQLITE_IOERR_SHMSIZE when the log's index can't grow).
class SqliteStudyRepository final : public SqlStudyRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteStudyRepository)

public:
    /// How long a statement waits for another program's lock before it reports Busy.
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    explicit SqliteStudyRepository(QObject *parent = nullptr);
    ~SqliteStudyRepository() override;

    /// The default file: "chartweek.sqlite" in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    /// Opens (and, if needed, creates and seeds, or migrates) the database at path.
    StorageResult<void> open(const QString &path);
    void close();
    QString path() const { return m_path; }

    /// The lock wait of the next open() in milliseconds (at least 0).
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    /// Files up to this size get the full integrity check at open() (see SqliteFileInspector).
    void setFullCheckLimit(qint64 bytes) { m_fullCheckLimit = bytes; }

protected:
    int busySeconds() const override { return (m_busyTimeoutMs + 999) / 1000; }

private:
    StorageResult<void> openFile(const QString &path);
    StorageResult<void> openForWriting(const SqliteInspection &inspection);
    StorageResult<void> enableWriteAheadLog(StorageMessages::Action during);
    StorageResult<void> checkpoint();
    StorageResult<void> backUp(int fromVersion);

    QString m_path;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    qint64 m_fullCheckLimit = SqliteFileInspector::kDefaultFullCheckLimit;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/sqlitestudyrepository.h"

#include "core/seedstudy.h"
#include "core/storage/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using Action = StorageMessages::Action;

namespace {

const SqliteDialect &sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("chartweek-db-%1").arg(++counter);
}

// The owner's write bit counts even for root, who could write anyway: a file marked
// read-only is left alone.
bool markedWritable(const QFileInfo &info)
{
    return info.isWritable() && info.permissions().testFlag(QFileDevice::WriteOwner);
}

} // namespace

SqliteStudyRepository::SqliteStudyRepository(QObject *parent)
    : SqlStudyRepository(sqliteDialect(), parent)
{}

SqliteStudyRepository::~SqliteStudyRepository()
{
    close();
}

QString SqliteStudyRepository::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/chartweek.sqlite");
}

void SqliteStudyRepository::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = std::max(0, milliseconds);
}

void SqliteStudyRepository::close()
{
    closeConnection();
}

StorageResult<void> SqliteStudyRepository::open(const QString &path)
{
    close();
    m_path = path;
    StorageResult<void> opened = openFile(path);
    if (!opened)
        close(); // openFile() has let go of every handle of the connection
    return opened;
}

StorageResult<void> SqliteStudyRepository::openFile(const QString &path)
{
    const QString location = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return StorageMessages::notAFile(location);
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return StorageMessages::cannotCreateFolder(QDir::toNativeSeparators(info.absolutePath()));

    SqliteFileInspector inspector(path, m_busyTimeoutMs);
    inspector.setFullCheckLimit(m_fullCheckLimit);
    StorageResult<SqliteInspection> inspection = inspector.inspectHeader();
    if (!inspection)
        return inspection.error();
    if (info.exists() && !markedWritable(info))
        return StorageMessages::readOnlyFile(location);
    const QFileInfo folder(info.absolutePath());
    if (!markedWritable(folder))
        return StorageMessages::readOnlyFolder(QDir::toNativeSeparators(info.absolutePath()));
    if (!QSqlDatabase::isDriverAvailable(sqliteDialect().driverName()))
        return StorageMessages::driverMissing(sqliteDialect().driverName());
    inspection = inspector.inspectContents(*inspection);
    if (!inspection)
        return inspection.error();

    // Accepted: from here on the file may be written.
    const QString connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqliteDialect().driverName(), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        setConnection(connectionName, location);
        if (!db.open())
            return StorageMessages::cannotOpen(location, db.lastError().text(), db.lastError().nativeErrorCode());
    }
    return openForWriting(*inspection);
}

StorageResult<void> SqliteStudyRepository::openForWriting(const SqliteInspection &inspection)
{
    QSqlDatabase db = database();
    {
        // A connection setting: nothing is written by it.
        QSqlQuery foreignKeys(db);
        if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return queryError(StorageMessages::actionText(Action::OpenDatabase), foreignKeys.lastError());
    }
    const bool isNew = inspection.contents != SqliteInspection::Contents::Ours;
    if (!isNew && inspection.schemaVersion == SchemaMigrator::latestVersion())
        return enableWriteAheadLog(Action::OpenDatabase);
    if (isNew) {
        // A new database is written in WAL mode from its first transaction.
        if (auto wal = enableWriteAheadLog(Action::CreateDatabase); !wal)
            return wal;
    } else if (auto written = checkpoint(); !written) {
        // The backup copy needs every committed page in the file itself.
        return written;
    }

    SchemaMigrator::Hooks hooks;
    hooks.beforeUpgrade = [this](int fromVersion) {
        return backUp(fromVersion);
    };
    hooks.seed = [this]() -> StorageResult<void> {
        if (auto stored = insertStudyRows(smbGroupSocialBusinessStudy2012(), IdPolicy::NewId); !stored)
            return stored.error();
        return {};
    };
    const SchemaMigrator migrator(sqliteDialect(), displayName(), busySeconds());
    if (auto migrated = migrator.run(db, hooks); !migrated)
        return migrated.error();
    // The log mode is switched on after a migration: one that fails leaves the file exactly
    // as it was.
    return enableWriteAheadLog(Action::SwitchToWal);
}

StorageResult<void> SqliteStudyRepository::enableWriteAheadLog(StorageMessages::Action during)
{
    const QString what = StorageMessages::actionText(during);
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return queryError(what, query.lastError());
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return queryError(what, query.lastError());
    return {};
}

StorageResult<void> SqliteStudyRepository::checkpoint()
{
    QSqlQuery mode(database());
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next())
        return queryError(StorageMessages::actionText(Action::ReadJournalMode), mode.lastError());
    const bool wal = mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
    mode.finish();
    if (!wal)
        return {};
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return queryError(StorageMessages::actionText(Action::Checkpoint), query.lastError());
    if (query.value(0).toInt() != 0) // another connection kept the checkpoint from finishing
        return StorageMessages::logBusyBeforeBackup(displayName());
    return {};
}

StorageResult<void> SqliteStudyRepository::backUp(int fromVersion)
{
    // Inside the migration's write lock: nobody can commit now, so a log that is empty
    // stays empty and the file alone is the whole database.
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0)
        return StorageMessages::logBusyBeforeBackup(displayName());
    const QString backup = m_path + QStringLiteral(".v%1.bak").arg(fromVersion);
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup))
        return StorageMessages::backupFailed(displayName(), QDir::toNativeSeparators(backup));
    return {};
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/sqlitefileinspector.h"

#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storagemessages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>

namespace {

constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("chartweek-inspect-%1").arg(++counter);
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// A URI that opens path with SQLite's URI parameters (https://sqlite.org/uri.html).
QString uriFor(const QString &path, const QList<std::pair<QString, QString>> &parameters)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    QUrlQuery query;
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

SqliteFileInspector::SqliteFileInspector(QString path, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_location(QDir::toNativeSeparators(m_path))
    , m_busyTimeoutMs(busyTimeoutMs)
{}

StorageResult<SqliteInspection> SqliteFileInspector::inspectHeader() const
{
    SqliteInspection inspection;
    if (!QFileInfo::exists(m_path))
        return inspection;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return StorageMessages::cannotRead(m_location, file.errorString());
    const qint64 size = file.size();
    if (size == 0) {
        inspection.contents = SqliteInspection::Contents::Empty;
        return inspection; // a new, empty file: it gets the schema
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.count('\0') == header.size() && header.size() >= 16)
        return StorageMessages::zeroedHeader(m_location);
    if (!header.startsWith(magic.left(std::min<qsizetype>(header.size(), magic.size()))))
        return StorageMessages::notSqlite(m_location);
    if (header.size() < 100)
        return StorageMessages::truncatedHeader(m_location, size);
    const auto byte = [&header](int i) {
        return quint32(quint8(header.at(i)));
    };
    quint32 pageSize = byte(16) << 8 | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = byte(28) << 24 | byte(29) << 16 | byte(30) << 8 | byte(31);
    const bool countValid = pageCount > 0 && header.mid(24, 4) == header.mid(92, 4);
    // With a write-ahead log that has content, the log holds pages the file doesn't have yet.
    const bool walHasContent = sizeOf(m_path + QStringLiteral("-wal")) > 0;
    const qint64 expected = qint64(pageCount) * pageSize;
    if (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0 && !walHasContent &&
        (size % pageSize != 0 || (countValid && size < expected))) {
        return StorageMessages::truncated(m_location, size, countValid ? expected : (size / pageSize + 1) * pageSize);
    }
    inspection.contents = SqliteInspection::Contents::Unread;
    inspection.walMode = byte(18) == 2 && byte(19) == 2; // file format versions: 2 is WAL
    return inspection;
}

StorageResult<SqliteInspection> SqliteFileInspector::inspect() const
{
    StorageResult<SqliteInspection> header = inspectHeader();
    if (!header || header->contents != SqliteInspection::Contents::Unread)
        return header;
    return inspectContents(*header);
}

StorageResult<SqliteInspection> SqliteFileInspector::inspectContents(SqliteInspection inspection) const
{
    if (inspection.contents != SqliteInspection::Contents::Unread)
        return inspection;
    const QString wal = m_path + QStringLiteral("-wal");
    const QString shm = m_path + QStringLiteral("-shm");
    const QString journal = m_path + QStringLiteral("-journal");

    // How to read without writing (see the class comment).
    QString databaseName;
    QString options =
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    QTemporaryDir copyFolder;
    const bool hotJournal = !inspection.walMode && sizeOf(journal) > 0;
    const bool logWithoutIndex = inspection.walMode && sizeOf(wal) >= 0 && sizeOf(shm) < 0;
    if (hotJournal || logWithoutIndex) {
        // SQLite would have to write to recover: let it do so on a copy.
        const QString copy = copyFolder.filePath(QStringLiteral("inspected.sqlite"));
        const QString suffix = hotJournal ? QStringLiteral("-journal") : QStringLiteral("-wal");
        for (const QString &end : {QString(), suffix}) {
            QFile original(m_path + end);
            if (!original.copy(copy + end))
                return StorageMessages::cannotRead(QDir::toNativeSeparators(original.fileName()),
                                                   original.errorString());
        }
        databaseName = copy;
        options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    } else if (inspection.walMode && sizeOf(wal) < 0) {
        databaseName = uriFor(m_path, {{QStringLiteral("immutable"), QStringLiteral("1")}});
    } else if (inspection.walMode) {
        databaseName = uriFor(m_path, {{QStringLiteral("mode"), QStringLiteral("ro")},
                                       {QStringLiteral("readonly_shm"), QStringLiteral("1")}});
    } else {
        databaseName = uriFor(m_path, {{QStringLiteral("mode"), QStringLiteral("ro")}});
    }

    const QString connectionName = nextConnectionName();
    StorageResult<SqliteInspection> result = inspection;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databaseName);
        db.setConnectOptions(options);
        if (!db.open()) {
            result = StorageMessages::cannotOpen(m_location, db.lastError().text(), db.lastError().nativeErrorCode());
        } else {
            result = inspectConnection(connectionName, inspection);
            db.close();
        }
    } // every handle and query of the connection is gone here
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

StorageResult<SqliteInspection> SqliteFileInspector::inspectConnection(const QString &connectionName,
                                                                       SqliteInspection inspection) const
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    const SqliteDialect dialect;
    const int busySeconds = (m_busyTimeoutMs + 999) / 1000;

    // Reading the table list is the first access to the file: a damaged header or a file of
    // another format fails here.
    QStringList tables;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            const QSqlError error = query.lastError();
            const int code = SqliteDialect::resultCode(error) & 0xff;
            if (code == kSqliteBusy || code == kSqliteLocked) {
                return StorageMessages::fromDriver(DatabaseError::Kind::Busy, m_location,
                                                   StorageMessages::actionText(StorageMessages::Action::ReadTableList),
                                                   error, busySeconds);
            }
            if (code == kSqliteCorrupt)
                return StorageMessages::damaged(m_location, error.databaseText(), error.nativeErrorCode());
            return StorageMessages::notOursOrDamaged(m_location, error.databaseText(), error.nativeErrorCode());
        }
        while (query.next())
            tables.append(query.value(0).toString());
    }

    const SchemaMigrator migrator(dialect, m_location, busySeconds);
    const StorageResult<SchemaState> state = migrator.readState(db, tables);
    if (!state)
        return state.error();
    if (state->empty) {
        inspection.contents = SqliteInspection::Contents::Empty;
        return inspection;
    }

    // Damage inside the file (a page cut off, an index that lost an entry) shows here,
    // before anything is written.
    inspection.fullCheck = sizeOf(m_path) <= m_fullCheckLimit;
    const QStringList checks = inspection.fullCheck ? QStringList{QStringLiteral("PRAGMA integrity_check")}
                                                    : QStringList{QStringLiteral("PRAGMA quick_check"),
                                                                  QStringLiteral("PRAGMA integrity_check(study)")};
    for (const QString &check : checks) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(check))
            return StorageMessages::damaged(m_location, query.lastError().databaseText(),
                                            query.lastError().nativeErrorCode());
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok")
                return StorageMessages::damaged(m_location, line);
        }
    }
    inspection.contents = SqliteInspection::Contents::Ours;
    inspection.schemaVersion = state->version;
    return inspection;
}

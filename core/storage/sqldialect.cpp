// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/sqldialect.h"

#include <QSqlError>

SqlDialect::~SqlDialect() = default;

QStringList SqlDialect::afterExplicitIds(const QString &table) const
{
    Q_UNUSED(table)
    return {};
}

QStringList SqlDialect::lockSchema() const
{
    return {};
}

namespace {

// SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code keeps
// the primary one in its low byte.
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;
// SQLITE_IOERR_SHMSIZE: the shared-memory file next to a WAL database could not grow,
// which on a full disk is the first write an open needs.
constexpr int kSqliteIoErrorShmSize = kSqliteIoError | (19 << 8);

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::columnType(const QString &placeholder) const
{
    // INTEGER PRIMARY KEY is SQLite's rowid alias (64-bit); REAL is an 8-byte double.
    if (placeholder == u"id_primary_key")
        return QStringLiteral("INTEGER PRIMARY KEY");
    if (placeholder == u"id")
        return QStringLiteral("INTEGER");
    if (placeholder == u"real")
        return QStringLiteral("REAL");
    if (placeholder == u"blob")
        return QStringLiteral("BLOB");
    return QString();
}

int SqliteDialect::resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : -1;
}

DatabaseError::Kind SqliteDialect::classify(const QSqlError &error) const
{
    using Kind = DatabaseError::Kind;
    const int code = resultCode(error);
    if (code == kSqliteIoErrorShmSize)
        return Kind::DiskFull;
    switch (code & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked:
        return Kind::Busy;
    case kSqliteFull:
        return Kind::DiskFull;
    case kSqlitePerm:
    case kSqliteReadOnly:
        return Kind::ReadOnly;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return Kind::Damaged;
    case kSqliteCantOpen:
        return Kind::CannotOpen;
    default:
        break;
    }
    return Kind::QueryFailed;
}

QString SqliteDialect::countSlugWithoutIndex() const
{
    // NOT INDEXED makes SQLite read the table itself, not the unique index of slugs.
    return QStringLiteral("SELECT COUNT(*) FROM study NOT INDEXED WHERE slug = ?");
}

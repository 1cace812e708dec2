// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/studydatabase.h"

#include "core/advice.h"
#include "core/seedstudy.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>
#include <QVariant>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyDatabase)
};

const char *const kMetaTable = "chartweek_meta";
// The one row of brand_theme; the key leaves room for more brands later.
const char *const kBrandThemeKey = "team";

// Tables that both a new database and a migration create.
constexpr const char *kAdviceTable = "CREATE TABLE advice ("
                                     " study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,"
                                     " audience VARCHAR(64) NOT NULL,"
                                     " language VARCHAR(8) NOT NULL,"
                                     " heading VARCHAR(512) NOT NULL,"
                                     " body TEXT NOT NULL,"
                                     " updated_at VARCHAR(32),"
                                     " PRIMARY KEY (study_id, audience, language))";
constexpr const char *kBrandThemeTable = "CREATE TABLE brand_theme ("
                                         " theme_key VARCHAR(32) NOT NULL PRIMARY KEY,"
                                         " primary_color VARCHAR(7) NOT NULL DEFAULT '',"
                                         " secondary_color VARCHAR(7) NOT NULL DEFAULT '',"
                                         " font_family VARCHAR(128) NOT NULL DEFAULT '',"
                                         " logo_png BLOB,"
                                         " updated_at VARCHAR(32))";

// DDL for the current schema. INTEGER PRIMARY KEY is SQLite's rowid alias; the PostgreSQL
// port will swap in an identity column here and nowhere else (and BYTEA for BLOB). Dates
// are ISO 8601 text.
const char *const kSchema[] = {
    "CREATE TABLE chartweek_meta ("
    " meta_key VARCHAR(64) NOT NULL PRIMARY KEY,"
    " meta_value VARCHAR(256) NOT NULL)",
    "CREATE TABLE study ("
    " id INTEGER PRIMARY KEY,"
    " slug VARCHAR(128) NOT NULL UNIQUE,"
    " title VARCHAR(512) NOT NULL,"
    " publisher VARCHAR(256) NOT NULL,"
    " publication_year INTEGER NOT NULL,"
    " source_citation VARCHAR(1024) NOT NULL,"
    " topic_en VARCHAR(512) NOT NULL,"
    " topic_de VARCHAR(512) NOT NULL,"
    " adoption_label_en VARCHAR(256) NOT NULL,"
    " adoption_label_de VARCHAR(256) NOT NULL,"
    " baseline_position INTEGER,"
    " multiple_answers INTEGER NOT NULL DEFAULT 0,"
    " headline_en VARCHAR(1024) NOT NULL DEFAULT '',"
    " headline_de VARCHAR(1024) NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '',"
    " publication_date VARCHAR(10),"
    " chart_week VARCHAR(10))",
    "CREATE TABLE segment ("
    " id INTEGER PRIMARY KEY,"
    " study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " segment_key VARCHAR(64) NOT NULL,"
    " name_en VARCHAR(256) NOT NULL,"
    " name_de VARCHAR(256) NOT NULL,"
    " color VARCHAR(16) NOT NULL DEFAULT '',"
    " UNIQUE (study_id, position),"
    " UNIQUE (study_id, segment_key))",
    "CREATE TABLE survey_wave ("
    " id INTEGER PRIMARY KEY,"
    " study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,"
    " wave_year INTEGER NOT NULL,"
    " UNIQUE (study_id, wave_year))",
    "CREATE TABLE segment_share ("
    " wave_id INTEGER NOT NULL REFERENCES survey_wave(id) ON DELETE CASCADE,"
    " segment_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,"
    " share_percent REAL,"
    " PRIMARY KEY (wave_id, segment_id))",
    "CREATE INDEX study_chart_week ON study (chart_week)",
    kAdviceTable,
    kBrandThemeTable,
};

// Schema 3 → 4: the team's brand theme (logo, two colours, font), one row.
const char *const kMigrationTo4[] = {
    kBrandThemeTable,
};

// Schema 2 → 3: advice per study, audience and language.
const char *const kMigrationTo3[] = {
    kAdviceTable,
};

// Schema 1 → 2: study metadata of the library (issue "A library of charts").
const char *const kMigrationTo2[] = {
    "ALTER TABLE study ADD COLUMN multiple_answers INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE study ADD COLUMN headline_en VARCHAR(1024) NOT NULL DEFAULT ''",
    "ALTER TABLE study ADD COLUMN headline_de VARCHAR(1024) NOT NULL DEFAULT ''",
    "ALTER TABLE study ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE study ADD COLUMN publication_date VARCHAR(10)",
    "ALTER TABLE study ADD COLUMN chart_week VARCHAR(10)",
    "ALTER TABLE segment ADD COLUMN color VARCHAR(16) NOT NULL DEFAULT ''",
    "CREATE INDEX study_chart_week ON study (chart_week)",
};

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and take "" instead.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("chartweek-db-%1").arg(++counter);
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

} // namespace

StudyDatabase::StudyDatabase() = default;

StudyDatabase::~StudyDatabase()
{
    close();
}

QString StudyDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/chartweek.sqlite");
}

bool StudyDatabase::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void StudyDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

namespace {

// SQLite's primary result code behind a Qt Sql error (Qt passes it as the native code;
// masking also covers extended codes).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteNotADatabase = 26;

// After an I/O error: is the disk (or the process's file size limit) what stopped the write?
bool looksLikeFullDisk(const QString &path)
{
    const QFileInfo info(path);
    const QStorageInfo storage(info.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 1024 * 1024)
        return true;
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return false;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        const qint64 size = QFileInfo(path + suffix).size();
        if (size > 0 && rlim_t(size) + 65536 >= limit.rlim_cur)
            return true;
    }
    return false;
}

// What the first bytes of an existing file say, before SQLite reads (or writes) it.
std::optional<DatabaseError> inspectFile(const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return DatabaseError{DatabaseError::Kind::CannotOpen,
                             Text::tr("Cannot read %1: %2").arg(nativePath, file.errorString())};
    }
    const qint64 size = file.size();
    if (size == 0)
        return std::nullopt; // a new, empty file: it gets the schema
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.count('\0') == header.size() && header.size() >= 16) {
        return DatabaseError{DatabaseError::Kind::NotADatabase,
                             Text::tr("The header of %1 has been overwritten with zeros: the database is damaged "
                                      "and can't be read. Open a backup copy or create a new database.")
                                 .arg(nativePath)};
    }
    if (!header.startsWith(magic.left(std::min<qsizetype>(header.size(), magic.size())))) {
        return DatabaseError{
            DatabaseError::Kind::NotADatabase,
            Text::tr("%1 is not a Chart of the Week database: it isn't an SQLite file at all.").arg(nativePath)};
    }
    if (header.size() < 100) {
        return DatabaseError{
            DatabaseError::Kind::Damaged,
            Text::tr("%1 is truncated: it ends after %n byte(s), inside the database header.", nullptr, int(size))
                .arg(nativePath)};
    }
    const auto byte = [&header](int i) {
        return quint32(quint8(header.at(i)));
    };
    quint32 pageSize = byte(16) << 8 | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = byte(28) << 24 | byte(29) << 16 | byte(30) << 8 | byte(31);
    const bool countValid = pageCount > 0 && header.mid(24, 4) == header.mid(92, 4);
    // With a write-ahead log that has content, the log holds pages the file doesn't have yet.
    const bool walHasContent = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const qint64 expected = qint64(pageCount) * pageSize;
    if (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0 && !walHasContent &&
        (size % pageSize != 0 || (countValid && size < expected))) {
        return DatabaseError{DatabaseError::Kind::Damaged,
                             Text::tr("%1 is truncated: it has %2 bytes, but its header promises %3. Open a backup "
                                      "copy or create a new database.")
                                 .arg(nativePath)
                                 .arg(size)
                                 .arg(countValid ? expected : (size / pageSize + 1) * pageSize)};
    }
    return std::nullopt;
}

} // namespace

DatabaseError StudyDatabase::queryError(const QString &what, const QSqlError &error) const
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    switch (sqliteCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return {DatabaseError::Kind::Busy,
                Text::tr("%1 is in use by another program, which kept it locked for more than %n second(s). "
                         "%2 did not happen; nothing was changed. Close the other program (or the other "
                         "Chart of the Week window) and try again.",
                         nullptr, (m_busyTimeoutMs + 999) / 1000)
                    .arg(nativePath, what)};
    case kSqliteFull:
        return {DatabaseError::Kind::DiskFull,
                Text::tr("The disk holding %1 is full. %2 did not happen; nothing was changed. Free some space "
                         "and try again.")
                    .arg(nativePath, what)};
    case kSqliteIoError:
        if (looksLikeFullDisk(m_path)) {
            return {DatabaseError::Kind::DiskFull,
                    Text::tr("The disk holding %1 is full. %2 did not happen; nothing was changed. Free some space "
                             "and try again.")
                        .arg(nativePath, what)};
        }
        break;
    case kSqliteReadOnly:
        return {DatabaseError::Kind::ReadOnly,
                Text::tr("%1 can't be written (it is read-only). %2 did not happen.").arg(nativePath, what)};
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return {DatabaseError::Kind::Damaged,
                Text::tr("%1 is damaged: %2 failed: %3").arg(nativePath, what, error.databaseText())};
    default:
        break;
    }
    return {DatabaseError::Kind::QueryFailed, Text::tr("%1: %2 failed: %3").arg(nativePath, what, error.text())};
}

void StudyDatabase::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = std::max(0, milliseconds);
}

std::optional<DatabaseError> StudyDatabase::open(const QString &path)
{
    close();
    m_path = path;
    const QString nativePath = QDir::toNativeSeparators(path);

    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return DatabaseError{DatabaseError::Kind::CannotOpen, Text::tr("%1 is not a file.").arg(nativePath)};
    }
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return DatabaseError{
            DatabaseError::Kind::CannotOpen,
            Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    if (info.exists()) {
        if (auto error = inspectFile(path))
            return error;
        // The owner's write bit counts even for root, who could write anyway: a file marked
        // read-only is left alone.
        if (!info.isWritable() || !info.permissions().testFlag(QFileDevice::WriteOwner)) {
            return DatabaseError{DatabaseError::Kind::ReadOnly,
                                 Text::tr("%1 is read-only. Chart of the Week saves every change at once, so it "
                                          "needs a database it may write to: make the file writable, or open or "
                                          "create another one.")
                                     .arg(nativePath)};
        }
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || !folder.permissions().testFlag(QFileDevice::WriteOwner)) {
        return DatabaseError{DatabaseError::Kind::ReadOnly,
                             Text::tr("The folder %1 is read-only. The database needs a folder where it may "
                                      "write its log files next to it.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath()))};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return DatabaseError{DatabaseError::Kind::CannotOpen,
                             Text::tr("The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).")};
    }

    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open()) {
        const DatabaseError error{DatabaseError::Kind::CannotOpen,
                                  Text::tr("Cannot open %1: %2").arg(nativePath, db.lastError().text())};
        close();
        return error;
    }
    // Connection settings: nothing is written by these.
    QSqlQuery foreignKeys(db);
    foreignKeys.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (auto error = checkOrCreateSchema()) {
        close();
        return error;
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::enableWriteAheadLog()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return queryError(Text::tr("Switching to the write-ahead log"), query.lastError());
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return queryError(Text::tr("Switching to the write-ahead log"), query.lastError());
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::checkpoint()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next())
        return queryError(Text::tr("Reading the journal mode"), mode.lastError());
    if (mode.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    mode.finish();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return queryError(Text::tr("Writing the log into the database"), query.lastError());
    if (query.value(0).toInt() != 0) { // another connection kept the checkpoint from finishing
        return DatabaseError{DatabaseError::Kind::Busy,
                             Text::tr("%1 is in use by another program, so its log can't be written into the "
                                      "database before the backup. Close the other program and try again.")
                                 .arg(QDir::toNativeSeparators(m_path))};
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::checkOrCreateSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QString nativePath = QDir::toNativeSeparators(m_path);

    // Reading the table list is the first access to the file: a damaged header or a file
    // of another format fails here, before anything could be written.
    QSqlQuery tablesQuery(db);
    if (!tablesQuery.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        const int code = sqliteCode(tablesQuery.lastError());
        if (code == kSqliteBusy || code == kSqliteLocked)
            return queryError(Text::tr("Reading the table list"), tablesQuery.lastError());
        if (code == kSqliteCorrupt) {
            return DatabaseError{DatabaseError::Kind::Damaged,
                                 Text::tr("%1 is damaged: %2").arg(nativePath, tablesQuery.lastError().databaseText())};
        }
        return DatabaseError{DatabaseError::Kind::NotADatabase,
                             Text::tr("%1 is not a Chart of the Week database, or it is damaged: %2")
                                 .arg(nativePath, tablesQuery.lastError().databaseText())};
    }
    QStringList tables;
    while (tablesQuery.next())
        tables.append(tablesQuery.value(0).toString());
    tablesQuery.finish();

    if (tables.isEmpty()) {
        if (auto error = enableWriteAheadLog())
            return error;
        return createSchema();
    }

    if (!tables.contains(QString::fromLatin1(kMetaTable))) {
        return DatabaseError{DatabaseError::Kind::Foreign,
                             Text::tr("%1 is an SQLite database of another application; Chart of the Week "
                                      "leaves it untouched.")
                                 .arg(nativePath)};
    }
    QSqlQuery meta(db);
    if (!meta.exec(QStringLiteral("SELECT meta_key, meta_value FROM chartweek_meta"))) {
        return queryError(Text::tr("Reading the schema version"), meta.lastError());
    }
    QString application;
    int version = -1;
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        if (key == u"application")
            application = meta.value(1).toString();
        else if (key == u"schema_version")
            version = meta.value(1).toString().toInt();
    }
    meta.finish();
    if (application != u"chartweek") {
        return DatabaseError{DatabaseError::Kind::Foreign,
                             Text::tr("%1 is an SQLite database of another application; Chart of the Week "
                                      "leaves it untouched.")
                                 .arg(nativePath)};
    }
    if (version > kSchemaVersion) {
        return DatabaseError{DatabaseError::Kind::NewerSchema,
                             Text::tr("%1 was written by a newer version of Chart of the Week (schema %2; "
                                      "this version reads up to %3). Update the app to open it.")
                                 .arg(nativePath)
                                 .arg(version)
                                 .arg(kSchemaVersion)};
    }
    if (version < 1) {
        return DatabaseError{DatabaseError::Kind::Damaged, Text::tr("%1 has no valid schema version.").arg(nativePath)};
    }
    // Damage inside the file (a page cut off, a broken index) shows here, before any write.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        return DatabaseError{DatabaseError::Kind::Damaged,
                             Text::tr("%1 is damaged: %2").arg(nativePath, check.lastError().databaseText())};
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != u"ok")
            problems.append(line);
    }
    check.finish();
    if (!problems.isEmpty()) {
        return DatabaseError{DatabaseError::Kind::Damaged,
                             Text::tr("%1 is damaged: %2").arg(nativePath, problems.first())};
    }
    if (version < kSchemaVersion)
        return migrate(version);
    return enableWriteAheadLog();
}

std::optional<DatabaseError> StudyDatabase::inTransaction(const QString &what,
                                                          const std::function<std::optional<DatabaseError>()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // IMMEDIATE takes the write lock at once: a busy database is waited for (up to the busy
    // timeout) here, before any work, instead of failing half-way.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(what, begin.lastError());
    const auto rollback = [&db] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    };
    if (auto error = work()) {
        rollback();
        return error;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        rollback();
        return queryError(what, error);
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return inTransaction(Text::tr("Saving the new database"), [&]() -> std::optional<DatabaseError> {
        for (const char *statement : kSchema) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(statement)))
                return queryError(Text::tr("Creating the tables"), query.lastError());
        }
        QSqlQuery meta =
            prepared(db, QStringLiteral("INSERT INTO chartweek_meta (meta_key, meta_value) VALUES (?, ?)"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("application"), QStringLiteral("chartweek")},
              std::pair{QStringLiteral("schema_version"), QString::number(kSchemaVersion)}}) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (!meta.exec())
                return queryError(Text::tr("Writing the schema version"), meta.lastError());
        }
        Study seedStudy = smbGroupSocialBusinessStudy2012();
        return insertStudyRows(&seedStudy, IdPolicy::NewId);
    });
}

std::optional<DatabaseError> StudyDatabase::migrate(int fromVersion)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    // A copy of the file as it was, before anything changes it. A WAL database keeps
    // committed pages in its log: those go into the file first, or the copy would miss them.
    if (auto error = checkpoint())
        return error;
    const QString backup = m_path + QStringLiteral(".v%1.bak").arg(fromVersion);
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup)) {
        return DatabaseError{DatabaseError::Kind::CannotOpen,
                             Text::tr("%1 needs an update of its schema, but the backup copy %2 can't be "
                                      "written; the database was left unchanged.")
                                 .arg(nativePath, QDir::toNativeSeparators(backup))};
    }
    // The log mode is switched on after the migration: a migration that fails leaves the
    // file exactly as it was.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    auto migrated = inTransaction(Text::tr("Updating the schema"), [&]() -> std::optional<DatabaseError> {
        if (fromVersion < 2) {
            for (const char *statement : kMigrationTo2) {
                QSqlQuery query(db);
                if (!query.exec(QString::fromLatin1(statement)))
                    return queryError(Text::tr("Updating the schema"), query.lastError());
            }
        }
        if (fromVersion < 3) {
            for (const char *statement : kMigrationTo3) {
                QSqlQuery query(db);
                if (!query.exec(QString::fromLatin1(statement)))
                    return queryError(Text::tr("Updating the schema"), query.lastError());
            }
            // The seed study gets the advice that used to be compiled into the app.
            QSqlQuery seed = prepared(db, QStringLiteral("SELECT id FROM study WHERE slug = ?"));
            seed.addBindValue(smbGroupSocialBusinessStudy2012().slug);
            if (!seed.exec())
                return queryError(Text::tr("Updating the schema"), seed.lastError());
            if (seed.next()) {
                Study seedStudy = smbGroupSocialBusinessStudy2012();
                seedStudy.id = seed.value(0).toLongLong();
                if (auto error = insertAdviceRows(seedStudy))
                    return error;
            }
        }
        if (fromVersion < 4) {
            for (const char *statement : kMigrationTo4) {
                QSqlQuery query(db);
                if (!query.exec(QString::fromLatin1(statement)))
                    return queryError(Text::tr("Updating the schema"), query.lastError().text());
            }
        }
        QSqlQuery version = prepared(db, QStringLiteral("UPDATE chartweek_meta SET meta_value = ? WHERE meta_key = ?"));
        version.addBindValue(QString::number(kSchemaVersion));
        version.addBindValue(QStringLiteral("schema_version"));
        if (!version.exec())
            return queryError(Text::tr("Writing the schema version"), version.lastError());
        return std::nullopt;
    });
    if (migrated)
        return migrated;
    return enableWriteAheadLog();
}

std::optional<DatabaseError> StudyDatabase::seed(bool *added)
{
    if (added)
        *added = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return inTransaction(Text::tr("Saving the seed study"), [&]() -> std::optional<DatabaseError> {
        Study seedStudy = smbGroupSocialBusinessStudy2012();
        QSqlQuery exists = prepared(db, QStringLiteral("SELECT COUNT(*) FROM study WHERE slug = ?"));
        exists.addBindValue(seedStudy.slug);
        if (!exists.exec() || !exists.next())
            return queryError(Text::tr("Looking for the seed study"), exists.lastError());
        if (exists.value(0).toInt() > 0)
            return std::nullopt;
        if (auto error = insertStudyRows(&seedStudy, IdPolicy::NewId))
            return error;
        if (added)
            *added = true;
        return std::nullopt;
    });
}

std::optional<DatabaseError> StudyDatabase::validationError(const Study &study) const
{
    QStringList messages;
    for (const ValidationIssue &issue : validateStudy(study, currentLanguage())) {
        if (issue.isBlocking())
            messages.append(issue.message);
    }
    if (messages.isEmpty())
        return std::nullopt;
    return DatabaseError{
        DatabaseError::Kind::Invalid,
        Text::tr("The study \"%1\" was not saved: %2").arg(study.title, messages.join(QStringLiteral(" ")))};
}

std::optional<DatabaseError> StudyDatabase::insertStudy(Study *study, IdPolicy policy)
{
    if (auto error = validationError(*study))
        return error;
    const qint64 previousId = study->id;
    const QString previousSlug = study->slug;
    auto error = inTransaction(Text::tr("Saving the study"), [&] {
        return insertStudyRows(study, policy);
    });
    if (error) {
        study->id = previousId;
        study->slug = previousSlug;
    }
    return error;
}

std::optional<DatabaseError> StudyDatabase::insertStudies(QList<Study> *studies)
{
    for (const Study &study : std::as_const(*studies)) {
        if (auto error = validationError(study))
            return error;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QList<Study> before = *studies;
    auto error = inTransaction(Text::tr("Saving the imported studies"), [&]() -> std::optional<DatabaseError> {
        QSqlQuery taken = prepared(db, QStringLiteral("SELECT COUNT(*) FROM study WHERE slug = ?"));
        for (Study &study : *studies) {
            study.id = 0;
            const QString base = study.slug.isEmpty() ? QStringLiteral("study") : study.slug;
            for (int n = 1;; ++n) {
                study.slug = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
                taken.addBindValue(study.slug);
                if (!taken.exec() || !taken.next())
                    return queryError(Text::tr("Saving the imported studies"), taken.lastError().text());
                const bool free = taken.value(0).toInt() == 0;
                taken.finish();
                if (free)
                    break;
            }
            if (auto insertError = insertStudyRows(&study, IdPolicy::NewId))
                return insertError;
        }
        return std::nullopt;
    });
    if (error)
        *studies = before;
    return error;
}

std::optional<DatabaseError> StudyDatabase::updateStudy(const Study &study)
{
    if (auto error = validationError(study))
        return error;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return inTransaction(Text::tr("Saving the study"), [&]() -> std::optional<DatabaseError> {
        QSqlQuery query = prepared(
            db, QStringLiteral(
                    "UPDATE study SET slug = ?, title = ?, publisher = ?, publication_year = ?, source_citation = ?,"
                    " topic_en = ?, topic_de = ?, adoption_label_en = ?, adoption_label_de = ?, baseline_position = ?,"
                    " multiple_answers = ?, headline_en = ?, headline_de = ?, notes = ?, publication_date = ?,"
                    " chart_week = ? WHERE id = ?"));
        query.addBindValue(notNull(study.slug));
        query.addBindValue(notNull(study.title));
        query.addBindValue(notNull(study.publisher));
        query.addBindValue(study.year);
        query.addBindValue(notNull(study.sourceCitation));
        query.addBindValue(notNull(study.topic.english));
        query.addBindValue(notNull(study.topic.german));
        query.addBindValue(notNull(study.adoptionLabel.english));
        query.addBindValue(notNull(study.adoptionLabel.german));
        query.addBindValue(study.baselineSegment >= 0 ? QVariant(study.baselineSegment)
                                                      : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(study.multipleAnswers ? 1 : 0);
        query.addBindValue(notNull(study.headline.english));
        query.addBindValue(notNull(study.headline.german));
        query.addBindValue(notNull(study.notes));
        query.addBindValue(dateValue(study.publicationDate));
        query.addBindValue(dateValue(study.chartWeek));
        query.addBindValue(study.id);
        if (!query.exec())
            return queryError(Text::tr("Saving the study \"%1\"").arg(study.title), query.lastError());
        if (query.numRowsAffected() != 1) {
            return DatabaseError{
                DatabaseError::Kind::NotFound,
                Text::tr("%1 has no study with the id %2.").arg(QDir::toNativeSeparators(m_path)).arg(study.id)};
        }
        if (auto error = deleteChildRows(study.id))
            return error;
        return insertChildRows(study);
    });
}

std::optional<DatabaseError> StudyDatabase::deleteStudy(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return inTransaction(Text::tr("Deleting the study %1").arg(id), [&]() -> std::optional<DatabaseError> {
        if (auto error = deleteChildRows(id))
            return error;
        QSqlQuery query = prepared(db, QStringLiteral("DELETE FROM study WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return queryError(Text::tr("Deleting the study %1").arg(id), query.lastError());
        if (query.numRowsAffected() != 1) {
            return DatabaseError{
                DatabaseError::Kind::NotFound,
                Text::tr("%1 has no study with the id %2.").arg(QDir::toNativeSeparators(m_path)).arg(id)};
        }
        return std::nullopt;
    });
}

std::optional<DatabaseError> StudyDatabase::deleteChildRows(qint64 studyId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QString statements[] = {
        QStringLiteral("DELETE FROM advice WHERE study_id = ?"),
        QStringLiteral("DELETE FROM segment_share WHERE wave_id IN (SELECT id FROM survey_wave WHERE study_id = ?)"),
        QStringLiteral("DELETE FROM survey_wave WHERE study_id = ?"),
        QStringLiteral("DELETE FROM segment WHERE study_id = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery query = prepared(db, sql);
        query.addBindValue(studyId);
        if (!query.exec())
            return queryError(Text::tr("Deleting the figures of study %1").arg(studyId), query.lastError());
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::insertStudyRows(Study *study, IdPolicy policy)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const bool keepId = policy == IdPolicy::KeepId && study->id > 0;
    if (study->slug.isEmpty())
        study->slug = QStringLiteral("study-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QSqlQuery studyQuery = prepared(
        db, QStringLiteral("INSERT INTO study (%1slug, title, publisher, publication_year, source_citation, topic_en,"
                           " topic_de, adoption_label_en, adoption_label_de, baseline_position, multiple_answers,"
                           " headline_en, headline_de, notes, publication_date, chart_week)"
                           " VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(keepId ? QStringLiteral("id, ") : QString(), keepId ? QStringLiteral("?, ") : QString()));
    if (keepId)
        studyQuery.addBindValue(study->id);
    studyQuery.addBindValue(notNull(study->slug));
    studyQuery.addBindValue(notNull(study->title));
    studyQuery.addBindValue(notNull(study->publisher));
    studyQuery.addBindValue(study->year);
    studyQuery.addBindValue(notNull(study->sourceCitation));
    studyQuery.addBindValue(notNull(study->topic.english));
    studyQuery.addBindValue(notNull(study->topic.german));
    studyQuery.addBindValue(notNull(study->adoptionLabel.english));
    studyQuery.addBindValue(notNull(study->adoptionLabel.german));
    studyQuery.addBindValue(study->baselineSegment >= 0 ? QVariant(study->baselineSegment)
                                                        : QVariant(QMetaType::fromType<int>()));
    studyQuery.addBindValue(study->multipleAnswers ? 1 : 0);
    studyQuery.addBindValue(notNull(study->headline.english));
    studyQuery.addBindValue(notNull(study->headline.german));
    studyQuery.addBindValue(notNull(study->notes));
    studyQuery.addBindValue(dateValue(study->publicationDate));
    studyQuery.addBindValue(dateValue(study->chartWeek));
    if (!studyQuery.exec())
        return queryError(Text::tr("Saving the study \"%1\"").arg(study->title), studyQuery.lastError());
    study->id = keepId ? study->id : studyQuery.lastInsertId().toLongLong();
    return insertChildRows(*study);
}

std::optional<DatabaseError> StudyDatabase::insertAdviceRows(const Study &study)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query = prepared(
        db,
        QStringLiteral(
            "INSERT INTO advice (study_id, audience, language, heading, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AdviceText &text : study.advice) {
        query.addBindValue(study.id);
        query.addBindValue(notNull(text.audience));
        query.addBindValue(languageCode(text.language));
        query.addBindValue(notNull(text.heading));
        query.addBindValue(notNull(text.body));
        query.addBindValue(text.updated.isValid() ? QVariant(text.updated.toUTC().toString(Qt::ISODateWithMs))
                                                  : QVariant(QMetaType::fromType<QString>()));
        if (!query.exec())
            return queryError(Text::tr("Saving the advice for \"%1\"").arg(text.audience), query.lastError());
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::insertChildRows(const Study &study)
{
    if (auto error = insertAdviceRows(study))
        return error;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QList<qint64> segmentIds;
    QSqlQuery segmentQuery = prepared(db, QStringLiteral("INSERT INTO segment (study_id, position, segment_key, "
                                                         "name_en, name_de, color) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < study.segments.size(); ++i) {
        const Segment &segment = study.segments.at(i);
        segmentQuery.addBindValue(study.id);
        segmentQuery.addBindValue(i);
        segmentQuery.addBindValue(notNull(segment.key));
        segmentQuery.addBindValue(notNull(segment.name.english));
        segmentQuery.addBindValue(notNull(segment.name.german));
        segmentQuery.addBindValue(notNull(segment.color));
        if (!segmentQuery.exec())
            return queryError(Text::tr("Saving the segment \"%1\"").arg(segment.key), segmentQuery.lastError());
        segmentIds.append(segmentQuery.lastInsertId().toLongLong());
    }

    QSqlQuery waveQuery = prepared(db, QStringLiteral("INSERT INTO survey_wave (study_id, wave_year) VALUES (?, ?)"));
    QSqlQuery shareQuery =
        prepared(db, QStringLiteral("INSERT INTO segment_share (wave_id, segment_id, share_percent) VALUES (?, ?, ?)"));
    for (const SurveyWave &wave : study.waves) {
        waveQuery.addBindValue(study.id);
        waveQuery.addBindValue(wave.year);
        if (!waveQuery.exec())
            return queryError(Text::tr("Saving the survey wave %1").arg(wave.year), waveQuery.lastError());
        const qint64 waveId = waveQuery.lastInsertId().toLongLong();
        for (int i = 0; i < wave.shares.size() && i < segmentIds.size(); ++i) {
            const Share share = wave.shares.at(i);
            shareQuery.addBindValue(waveId);
            shareQuery.addBindValue(segmentIds.at(i));
            shareQuery.addBindValue(share ? QVariant(*share) : QVariant(QMetaType::fromType<double>()));
            if (!shareQuery.exec())
                return queryError(Text::tr("Saving the shares of the survey wave %1").arg(wave.year),
                                  shareQuery.lastError());
        }
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::listStudies(QList<StudySummary> *studies) const
{
    studies->clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, title, publisher, publication_year, source_citation, chart_week FROM study"
                           " ORDER BY CASE WHEN chart_week IS NULL THEN 1 ELSE 0 END, chart_week DESC, id DESC")))
        return queryError(Text::tr("Listing the studies"), query.lastError());
    QHash<qint64, int> rowOfStudy;
    while (query.next()) {
        rowOfStudy.insert(query.value(0).toLongLong(), int(studies->size()));
        studies->append({query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toInt(),
                         query.value(4).toString(),
                         dateFrom(query.value(5)),
                         {}});
    }
    QSqlQuery waves(db);
    waves.setForwardOnly(true);
    if (!waves.exec(QStringLiteral("SELECT study_id, wave_year FROM survey_wave ORDER BY study_id, wave_year")))
        return queryError(Text::tr("Listing the studies"), waves.lastError());
    while (waves.next()) {
        const auto row = rowOfStudy.constFind(waves.value(0).toLongLong());
        if (row != rowOfStudy.constEnd())
            (*studies)[*row].waveYears.append(waves.value(1).toInt());
    }
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::loadStudyBySlug(const QString &slug, Study *study) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query = prepared(db, QStringLiteral("SELECT id FROM study WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec())
        return queryError(Text::tr("Looking up the study \"%1\"").arg(slug), query.lastError());
    if (!query.next()) {
        return DatabaseError{DatabaseError::Kind::NotFound,
                             Text::tr("%1 has no study \"%2\".").arg(QDir::toNativeSeparators(m_path), slug)};
    }
    return loadStudy(query.value(0).toLongLong(), study);
}

std::optional<DatabaseError> StudyDatabase::loadStudy(qint64 id, Study *study) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    const QString nativePath = QDir::toNativeSeparators(m_path);

    QSqlQuery studyQuery = prepared(
        db, QStringLiteral(
                "SELECT slug, title, publisher, publication_year, source_citation, topic_en, topic_de,"
                " adoption_label_en, adoption_label_de, baseline_position, multiple_answers, headline_en, headline_de,"
                " notes, publication_date, chart_week FROM study WHERE id = ?"));
    studyQuery.addBindValue(id);
    if (!studyQuery.exec())
        return queryError(Text::tr("Reading the study %1").arg(id), studyQuery.lastError());
    if (!studyQuery.next()) {
        return DatabaseError{DatabaseError::Kind::NotFound,
                             Text::tr("%1 has no study with the id %2.").arg(nativePath).arg(id)};
    }
    Study result;
    result.id = id;
    result.slug = studyQuery.value(0).toString();
    result.title = studyQuery.value(1).toString();
    result.publisher = studyQuery.value(2).toString();
    result.year = studyQuery.value(3).toInt();
    result.sourceCitation = studyQuery.value(4).toString();
    result.topic = {studyQuery.value(5).toString(), studyQuery.value(6).toString()};
    result.adoptionLabel = {studyQuery.value(7).toString(), studyQuery.value(8).toString()};
    result.baselineSegment = studyQuery.value(9).isNull() ? -1 : studyQuery.value(9).toInt();
    result.multipleAnswers = studyQuery.value(10).toInt() != 0;
    result.headline = {studyQuery.value(11).toString(), studyQuery.value(12).toString()};
    result.notes = studyQuery.value(13).toString();
    result.publicationDate = dateFrom(studyQuery.value(14));
    result.chartWeek = dateFrom(studyQuery.value(15));

    QSqlQuery segmentQuery = prepared(
        db, QStringLiteral(
                "SELECT id, segment_key, name_en, name_de, color FROM segment WHERE study_id = ? ORDER BY position"));
    segmentQuery.addBindValue(id);
    if (!segmentQuery.exec())
        return queryError(Text::tr("Reading the segments of study %1").arg(id), segmentQuery.lastError());
    QList<qint64> segmentIds;
    while (segmentQuery.next()) {
        segmentIds.append(segmentQuery.value(0).toLongLong());
        result.segments.append({segmentQuery.value(1).toString(),
                                {segmentQuery.value(2).toString(), segmentQuery.value(3).toString()},
                                segmentQuery.value(4).toString()});
    }
    if (result.baselineSegment >= result.segments.size()) {
        return DatabaseError{DatabaseError::Kind::Damaged,
                             Text::tr("%1, table study, row %2, field baseline_position: %3 names no segment.")
                                 .arg(nativePath)
                                 .arg(id)
                                 .arg(result.baselineSegment)};
    }

    QSqlQuery waveQuery =
        prepared(db, QStringLiteral("SELECT id, wave_year FROM survey_wave WHERE study_id = ? ORDER BY wave_year"));
    waveQuery.addBindValue(id);
    if (!waveQuery.exec())
        return queryError(Text::tr("Reading the survey waves of study %1").arg(id), waveQuery.lastError());
    QList<qint64> waveIds;
    while (waveQuery.next()) {
        waveIds.append(waveQuery.value(0).toLongLong());
        SurveyWave wave;
        wave.year = waveQuery.value(1).toInt();
        wave.shares = QList<Share>(result.segments.size(), std::nullopt);
        result.waves.append(wave);
    }

    QSqlQuery shareQuery =
        prepared(db, QStringLiteral("SELECT s.wave_id, s.segment_id, s.share_percent FROM segment_share s"
                                    " JOIN survey_wave w ON w.id = s.wave_id WHERE w.study_id = ?"));
    shareQuery.addBindValue(id);
    if (!shareQuery.exec())
        return queryError(Text::tr("Reading the shares of study %1").arg(id), shareQuery.lastError());
    while (shareQuery.next()) {
        const int waveIdx = int(waveIds.indexOf(shareQuery.value(0).toLongLong()));
        const int segmentIdx = int(segmentIds.indexOf(shareQuery.value(1).toLongLong()));
        if (waveIdx < 0 || segmentIdx < 0)
            continue;
        const QVariant value = shareQuery.value(2);
        if (value.isNull())
            continue;
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (!ok || !std::isfinite(share)) {
            return DatabaseError{DatabaseError::Kind::Damaged,
                                 Text::tr("%1, table segment_share, wave %2, segment \"%3\", field share_percent: "
                                          "\"%4\" is not a number.")
                                     .arg(nativePath)
                                     .arg(result.waves.at(waveIdx).year)
                                     .arg(result.segments.at(segmentIdx).key, value.toString())};
        }
        result.waves[waveIdx].shares[segmentIdx] = share;
    }
    QSqlQuery adviceQuery = prepared(
        db, QStringLiteral("SELECT audience, language, heading, body, updated_at FROM advice WHERE study_id = ?"
                           " ORDER BY audience, language"));
    adviceQuery.addBindValue(id);
    if (!adviceQuery.exec())
        return queryError(Text::tr("Reading the advice of study %1").arg(id), adviceQuery.lastError());
    while (adviceQuery.next()) {
        const std::optional<Language> language = languageFromCode(adviceQuery.value(1).toString());
        if (!language) {
            return DatabaseError{DatabaseError::Kind::Damaged,
                                 Text::tr("%1, table advice, study %2, field language: \"%3\" is not a language.")
                                     .arg(nativePath)
                                     .arg(id)
                                     .arg(adviceQuery.value(1).toString())};
        }
        QDateTime updated = QDateTime::fromString(adviceQuery.value(4).toString(), Qt::ISODateWithMs);
        result.advice.append({adviceQuery.value(0).toString(), *language, adviceQuery.value(2).toString(),
                              adviceQuery.value(3).toString(), updated.toUTC()});
    }

    result.sortAdvice();
    *study = result;
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::loadBrandTheme(BrandTheme *brand) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query = prepared(
        db, QStringLiteral(
                "SELECT primary_color, secondary_color, font_family, logo_png FROM brand_theme WHERE theme_key = ?"));
    query.addBindValue(QString::fromLatin1(kBrandThemeKey));
    if (!query.exec())
        return queryError(Text::tr("Reading the brand theme"), query.lastError().text());
    BrandTheme result;
    if (query.next()) {
        result.primaryColor = query.value(0).toString();
        result.secondaryColor = query.value(1).toString();
        result.fontFamily = query.value(2).toString();
        result.logoPng = query.value(3).isNull() ? QByteArray() : query.value(3).toByteArray();
    }
    if (const auto problem = validateBrandTheme(result)) {
        return DatabaseError{DatabaseError::Kind::Damaged,
                             Text::tr("%1, table brand_theme: %2").arg(QDir::toNativeSeparators(m_path), *problem)};
    }
    *brand = result;
    return std::nullopt;
}

std::optional<DatabaseError> StudyDatabase::saveBrandTheme(const BrandTheme &brand)
{
    const BrandTheme normalized = normalizedBrandTheme(brand);
    if (const auto problem = validateBrandTheme(normalized)) {
        return DatabaseError{DatabaseError::Kind::Invalid, Text::tr("The brand theme was not saved: %1").arg(*problem)};
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return inTransaction(Text::tr("Saving the brand theme"), [&]() -> std::optional<DatabaseError> {
        QSqlQuery remove = prepared(db, QStringLiteral("DELETE FROM brand_theme WHERE theme_key = ?"));
        remove.addBindValue(QString::fromLatin1(kBrandThemeKey));
        if (!remove.exec())
            return queryError(Text::tr("Saving the brand theme"), remove.lastError().text());
        if (normalized.isEmpty())
            return std::nullopt;
        QSqlQuery insert = prepared(
            db,
            QStringLiteral(
                "INSERT INTO brand_theme (theme_key, primary_color, secondary_color, font_family, logo_png, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(QString::fromLatin1(kBrandThemeKey));
        insert.addBindValue(notNull(normalized.primaryColor));
        insert.addBindValue(notNull(normalized.secondaryColor));
        insert.addBindValue(notNull(normalized.fontFamily));
        insert.addBindValue(normalized.logoPng.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                         : QVariant(normalized.logoPng));
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return queryError(Text::tr("Saving the brand theme"), insert.lastError().text());
        return std::nullopt;
    });
}

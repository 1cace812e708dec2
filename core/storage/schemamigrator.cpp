// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/schemamigrator.h"

#include "core/advice.h"
#include "core/language.h"
#include "core/seedstudy.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storagemessages.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using Action = StorageMessages::Action;

namespace {

const QString kMigrationFolder = QStringLiteral(":/storage/migrations");
const QString kMetaTable = QStringLiteral("chartweek_meta");

QList<SchemaMigrator::Migration> loadMigrations()
{
    QList<SchemaMigrator::Migration> migrations;
    const QDir folder(kMigrationFolder);
    static const QRegularExpression name(QStringLiteral("^(\\d{3})-[a-z0-9-]+\\.sql$"));
    for (const QString &file : folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(file);
        QFile sql(folder.filePath(file));
        if (!match.hasMatch() || !sql.open(QIODevice::ReadOnly))
            qFatal("Chart of the Week: the migration %s is misnamed or can't be read", qPrintable(file));
        migrations.append(
            {match.captured(1).toInt(), file, SchemaMigrator::splitStatements(QString::fromUtf8(sql.readAll()))});
    }
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1)
            qFatal("Chart of the Week: migration %d is missing", i + 1);
    }
    return migrations;
}

// Schema 3 came with advice per study; the seed study got the advice that had been compiled
// into the app until then. Written against schema 3's advice table, whatever came later.
StorageResult<void> giveTheSeedStudyItsAdvice(QSqlDatabase &db,
                                              const std::function<DatabaseError(const QSqlError &)> &fail)
{
    QSqlQuery seed(db);
    seed.prepare(QStringLiteral("SELECT id FROM study WHERE slug = ?"));
    seed.addBindValue(smbGroupSocialBusinessStudy2012().slug);
    if (!seed.exec())
        return fail(seed.lastError());
    if (!seed.next())
        return {};
    const qint64 studyId = seed.value(0).toLongLong();
    seed.finish();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO advice (study_id, audience, language, heading, body, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AdviceText &text : seedAdvice()) {
        insert.addBindValue(studyId);
        insert.addBindValue(text.audience);
        insert.addBindValue(languageCode(text.language));
        insert.addBindValue(text.heading);
        insert.addBindValue(text.body);
        insert.addBindValue(text.updated.toUTC().toString(Qt::ISODateWithMs));
        if (!insert.exec())
            return fail(insert.lastError());
    }
    return {};
}

} // namespace

const QList<SchemaMigrator::Migration> &SchemaMigrator::migrations()
{
    static const QList<Migration> all = loadMigrations();
    return all;
}

int SchemaMigrator::latestVersion()
{
    return int(migrations().size());
}

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
        if (trimmed.endsWith(u';')) {
            current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        statements.append(current); // a last statement without its ";"
    return statements;
}

QStringList SchemaMigrator::statementsFor(const Migration &migration, const SqlDialect &dialect)
{
    static const QRegularExpression placeholder(QStringLiteral("\\$\\{([a-z_]+)\\}"));
    QStringList result;
    for (QString statement : migration.statements) {
        QRegularExpressionMatch match;
        while ((match = placeholder.match(statement)).hasMatch()) {
            const QString type = dialect.columnType(match.captured(1));
            if (type.isEmpty())
                qFatal("Chart of the Week: %s uses the unknown type ${%s}", qPrintable(migration.name),
                       qPrintable(match.captured(1)));
            statement.replace(match.capturedStart(), match.capturedLength(), type);
        }
        result.append(statement);
    }
    return result;
}

SchemaMigrator::SchemaMigrator(const SqlDialect &dialect, QString location, int busySeconds)
    : m_dialect(dialect)
    , m_location(std::move(location))
    , m_busySeconds(busySeconds)
{}

DatabaseError SchemaMigrator::driverError(const QString &what, const QSqlError &error) const
{
    return StorageMessages::fromDriver(m_dialect.classify(error), m_location, what, error, m_busySeconds);
}

StorageResult<SchemaState> SchemaMigrator::readState(const QSqlDatabase &db, const QStringList &tables) const
{
    if (tables.isEmpty())
        return SchemaState{};
    if (!tables.contains(kMetaTable))
        return StorageMessages::foreign(m_location);
    QSqlQuery meta(db);
    meta.setForwardOnly(true);
    if (!meta.exec(QStringLiteral("SELECT meta_key, meta_value FROM chartweek_meta")))
        return driverError(StorageMessages::actionText(Action::ReadSchemaVersion), meta.lastError());
    QString application;
    int version = -1;
    while (meta.next()) {
        const QString key = meta.value(0).toString();
        if (key == u"application")
            application = meta.value(1).toString();
        else if (key == u"schema_version")
            version = meta.value(1).toString().toInt();
    }
    if (application != u"chartweek")
        return StorageMessages::foreign(m_location);
    if (version > latestVersion())
        return StorageMessages::newerSchema(m_location, version, latestVersion());
    if (version < 1)
        return StorageMessages::noSchemaVersion(m_location);
    return SchemaState{false, version};
}

StorageResult<void> SchemaMigrator::apply(QSqlDatabase &db, const Migration &migration, bool creating) const
{
    const QString what = StorageMessages::actionText(creating ? Action::CreateTables : Action::UpdateSchema);
    for (const QString &statement : statementsFor(migration, m_dialect)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return driverError(what, query.lastError());
    }
    if (migration.version == 3) {
        return giveTheSeedStudyItsAdvice(db, [&](const QSqlError &error) {
            return driverError(what, error);
        });
    }
    return {};
}

StorageResult<SchemaMigrator::Outcome> SchemaMigrator::run(QSqlDatabase db, const Hooks &hooks) const
{
    const QString creatingText = StorageMessages::actionText(Action::CreateDatabase);
    {
        QSqlQuery begin(db);
        if (!begin.exec(m_dialect.beginWrite()))
            return driverError(StorageMessages::actionText(Action::UpdateSchema), begin.lastError());
    }
    const auto rollback = [&db] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    };
    const auto work = [&]() -> StorageResult<Outcome> {
        for (const QString &statement : m_dialect.lockSchema()) {
            QSqlQuery lock(db);
            if (!lock.exec(statement))
                return driverError(StorageMessages::actionText(Action::UpdateSchema), lock.lastError());
        }
        const StorageResult<SchemaState> state = readState(db, db.tables());
        if (!state)
            return state.error();
        if (!state->empty && state->version == latestVersion())
            return Outcome::UpToDate;
        if (!state->empty && hooks.beforeUpgrade) {
            if (auto backedUp = hooks.beforeUpgrade(state->version); !backedUp)
                return backedUp.error();
        }
        for (const Migration &migration : migrations()) {
            if (migration.version <= state->version)
                continue;
            if (auto applied = apply(db, migration, state->empty); !applied)
                return applied.error();
        }
        if (state->empty && hooks.seed) {
            if (auto seeded = hooks.seed(); !seeded)
                return seeded.error();
        }
        QSqlQuery version(db);
        version.prepare(QStringLiteral("UPDATE chartweek_meta SET meta_value = ? WHERE meta_key = ?"));
        version.addBindValue(QString::number(latestVersion()));
        version.addBindValue(QStringLiteral("schema_version"));
        if (!version.exec())
            return driverError(StorageMessages::actionText(Action::WriteSchemaVersion), version.lastError());
        return state->empty ? Outcome::Created : Outcome::Migrated;
    };
    const StorageResult<Outcome> outcome = work();
    if (!outcome || *outcome == Outcome::UpToDate) {
        rollback(); // nothing was written
        return outcome;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        rollback();
        return driverError(
            *outcome == Outcome::Created ? creatingText : StorageMessages::actionText(Action::UpdateSchema), error);
    }
    return outcome;
}

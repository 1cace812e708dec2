// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "storagebackend.h"

#include "core/storage/schemamigrator.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqlitestudyrepository.h"
#include "postgrescluster.h"
#include "sqlitefiles.h"
#include "storagetesting.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace {

// The tables of an older library with rows to copy, parents before children.
const char *const kLibraryTables[] = {"study", "segment", "survey_wave", "segment_share", "advice", "brand_theme"};

// Copies every row of the library tables of an SQLite file into target (same columns).
bool copyRows(const QString &sqliteFile, QSqlDatabase &target)
{
    // A copy: even a read-only open of a file in WAL mode leaves -shm and -wal files beside it.
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("source.sqlite"));
    if (!QFile::copy(sqliteFile, copy)) {
        ADD_FAILURE() << "cannot copy " << qPrintable(sqliteFile);
        return false;
    }
    const QString name = QStringLiteral("restore-source");
    bool ok = true;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(copy);
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open()) {
            ADD_FAILURE() << qPrintable(sqliteFile) << ": " << qPrintable(source.lastError().text());
            ok = false;
        }
        const QStringList tables = source.tables();
        for (const char *table : kLibraryTables) {
            if (!ok || !tables.contains(QLatin1String(table)))
                continue;
            QSqlQuery rows(source);
            rows.setForwardOnly(true);
            ok = rows.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
            const QSqlRecord record = rows.record();
            QStringList columns;
            for (int i = 0; i < record.count(); ++i)
                columns.append(record.fieldName(i));
            QSqlQuery insert(target);
            insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(QLatin1String(table), columns.join(QStringLiteral(", ")),
                                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            while (ok && rows.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    insert.addBindValue(rows.value(i));
                ok = insert.exec();
                if (!ok)
                    ADD_FAILURE() << table << ": " << qPrintable(insert.lastError().text());
            }
        }
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

class SqliteBackend final : public StorageBackend
{
public:
    std::unique_ptr<StudyRepository> open() override
    {
        auto repository = std::make_unique<SqliteStudyRepository>();
        const auto opened = repository->open(path());
        EXPECT_TRUE(succeeded(opened));
        return opened ? std::move(repository) : nullptr;
    }

    QStringList query(const QString &sql) override { return rawQuery(path(), sql); }

    bool restoreOlderLibrary(const QString &sqliteFile, int /*version*/) override
    {
        const bool copied = QFile::copy(sqliteFile, path());
        EXPECT_TRUE(copied) << qPrintable(sqliteFile);
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
        return copied;
    }
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

private:
    QTemporaryDir m_dir;
};

// A fresh database on the throwaway PostgreSQL cluster (see PostgresCluster).
class PostgresBackend final : public StorageBackend
{
public:
    std::unique_ptr<StudyRepository> open() override
    {
        QString problem;
        PostgresCluster *cluster = PostgresCluster::instance(&problem);
        if (!cluster) {
            ADD_FAILURE() << "no PostgreSQL server: " << qPrintable(problem);
            return nullptr;
        }
        if (m_database.isEmpty())
            m_database = cluster->createDatabase().database;
        auto repository = std::make_unique<PostgresStudyRepository>();
        const auto opened = repository->open(cluster->location(m_database));
        EXPECT_TRUE(succeeded(opened));
        return opened ? std::move(repository) : nullptr;
    }

    QStringList query(const QString &sql) override
    {
        QString problem;
        PostgresCluster *cluster = PostgresCluster::instance(&problem);
        return cluster && !m_database.isEmpty() ? cluster->query(m_database, sql) : QStringList();
    }

    bool restoreOlderLibrary(const QString &sqliteFile, int version) override
    {
        QString problem;
        PostgresCluster *cluster = PostgresCluster::instance(&problem);
        if (!cluster) {
            ADD_FAILURE() << "no PostgreSQL server: " << qPrintable(problem);
            return false;
        }
        m_database = cluster->createDatabase().database;
        const PostgresLocation where = cluster->location(m_database);
        const QString name = QStringLiteral("restore-target");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setUserName(where.user);
            db.setDatabaseName(where.database);
            ok = db.open() && db.transaction();
            const PostgresDialect dialect;
            QStringList statements;
            for (const SchemaMigrator::Migration &migration : SchemaMigrator::migrations()) {
                if (migration.version <= version)
                    statements += SchemaMigrator::statementsFor(migration, dialect);
            }
            statements.append(QStringLiteral("UPDATE chartweek_meta SET meta_value = '%1' WHERE meta_key = "
                                             "'schema_version'")
                                  .arg(version));
            for (const QString &statement : std::as_const(statements)) {
                QSqlQuery query(db);
                if (ok && !query.exec(statement)) {
                    ADD_FAILURE() << qPrintable(statement) << ": " << qPrintable(query.lastError().text());
                    ok = false;
                }
            }
            ok = ok && copyRows(sqliteFile, db);
            for (const QString &table :
                 {QStringLiteral("study"), QStringLiteral("segment"), QStringLiteral("survey_wave")}) {
                for (const QString &statement : dialect.afterExplicitIds(table)) {
                    QSqlQuery query(db);
                    ok = ok && query.exec(statement);
                }
            }
            ok = ok && db.commit();
            EXPECT_TRUE(ok) << qPrintable(db.lastError().text());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private:
    QString m_database;
};

} // namespace

StorageBackend::~StorageBackend() = default;

QStringList StorageBackend::names()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

std::unique_ptr<StorageBackend> StorageBackend::make(const QString &name)
{
    if (name == u"sqlite")
        return std::make_unique<SqliteBackend>();
    if (name == u"postgresql")
        return std::make_unique<PostgresBackend>();
    return nullptr;
}

int StorageBackend::countRows(const QString &table)
{
    const QStringList rows = query(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return rows.size() == 1 ? rows.first().toInt() : -1;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "storagebackend.h"

#include "core/storage/sqlitestudyrepository.h"
#include "postgrescluster.h"
#include "sqlitefiles.h"
#include "storagetesting.h"

#include <QTemporaryDir>

namespace {

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

private:
    QString path() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
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

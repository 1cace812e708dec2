// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "storagebackend.h"

#include "core/storage/sqlitestudyrepository.h"
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

} // namespace

StorageBackend::~StorageBackend() = default;

QStringList StorageBackend::names()
{
    return {QStringLiteral("sqlite")};
}

std::unique_ptr<StorageBackend> StorageBackend::make(const QString &name)
{
    if (name == u"sqlite")
        return std::make_unique<SqliteBackend>();
    return nullptr;
}

int StorageBackend::countRows(const QString &table)
{
    const QStringList rows = query(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return rows.size() == 1 ? rows.first().toInt() : -1;
}

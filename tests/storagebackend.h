// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// The storage suite runs against every backend: a StorageBackend makes a fresh library of
// its kind and looks at it from outside, through a connection of its own.

#include "core/storage/studyrepository.h"

#include <QStringList>

#include <memory>

class StorageBackend
{
public:
    virtual ~StorageBackend();

    /// The backends the suite runs against ("sqlite", "postgresql").
    static QStringList names();
    static std::unique_ptr<StorageBackend> make(const QString &name);

    /// Opens the backend's library: the first call creates (and seeds) it, later calls open
    /// another connection to the same library. nullptr (with a test failure) when it fails.
    virtual std::unique_ptr<StudyRepository> open() = 0;
    /// Runs sql on a connection of its own (another program) and returns the first column
    /// of every row; an empty list when the statement fails.
    virtual QStringList query(const QString &sql) = 0;
    /// Makes the backend's library, before the first open(), a library of an older schema
    /// version with the rows of an SQLite library file of that version (a committed test
    /// file): for SQLite a copy of the file, for PostgreSQL migrations 1 to version and
    /// every row of the file. open() then migrates it. False (with a test failure) when it
    /// fails.
    virtual bool restoreOlderLibrary(const QString &sqliteFile, int version) = 0;
    /// The number of rows of table, counted from outside; -1 when it can't be counted.
    int countRows(const QString &table);
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/result.h"

#include <QString>

#include <ostream>

/// An error from the library's storage, with a translated message that names the database
/// (file or server) and what did not happen. The texts are made in storagemessages.cpp.
struct DatabaseError
{
    enum class Kind {
        CannotOpen,   ///< The file or its folder can't be opened or created; the server can't be reached.
        NotADatabase, ///< The file is not an SQLite database (or its header is damaged).
        Foreign,      ///< A database, but not one of this app.
        NewerSchema,  ///< Written by a newer version of the app.
        Damaged,      ///< Ours, but its contents are inconsistent (missing rows, bad values, a broken index).
        QueryFailed,  ///< A statement failed; the message carries the driver's text.
        NotFound,     ///< No study with the requested id.
        Invalid,      ///< The study has a blocking validation issue (see validateStudy()); nothing was written.
        ReadOnly,     ///< The file (or its folder) is marked read-only, or the connection may not write.
        Busy,         ///< Another program kept the database locked longer than the busy timeout.
        DiskFull,     ///< The disk holding the database is full; nothing was written.
        Conflict,     ///< A colleague saved the study since it was loaded; nothing was written.
        /// The connection to the server was lost (it stopped, or the network is down): nothing
        /// was written, unless maybeWritten says that the commit went unanswered.
        Disconnected,
    };
    Kind kind = Kind::QueryFailed;
    QString message;
    /// The driver's own code when the error came from it: SQLite's extended result code
    /// ("13" is SQLITE_FULL, "4874" SQLITE_IOERR_SHMSIZE), PostgreSQL's SQLSTATE ("23505").
    /// Empty for errors the app found itself (a validation issue, a damaged header).
    QString nativeCode;
    /// Disconnected while the commit was on its way: the server may or may not have stored
    /// the change. Which it was is told once the server is back
    /// (StudyRepository::commitOutcomeKnown()). False for every other error.
    bool maybeWritten = false;
};

/// What a storage operation returns: its value (or nothing), or the DatabaseError.
template<typename T> using StorageResult = Result<T, DatabaseError>;

/// Lets test frameworks print an error readably (GoogleTest finds it by name).
inline void PrintTo(const DatabaseError &error, std::ostream *os)
{
    *os << error.message.toStdString();
    if (!error.nativeCode.isEmpty())
        *os << " [native code " << error.nativeCode.toStdString() << ']';
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/databaseerror.h"

#include <QString>

class QSqlError;

/// Every text the storage shows a user, in one place (translation context "StudyDatabase").
/// A location is what names the database in a message: a file's native path.
namespace StorageMessages {

/// What was being done when something failed; the texts read "Saving the study "X"".
enum class Action {
    OpenDatabase,       ///< "Opening the database"
    CreateDatabase,     ///< "Saving the new database"
    CreateTables,       ///< "Creating the tables"
    WriteSchemaVersion, ///< "Writing the schema version"
    ReadSchemaVersion,  ///< "Reading the schema version"
    ReadTableList,      ///< "Reading the table list"
    UpdateSchema,       ///< "Updating the schema"
    SwitchToWal,        ///< "Switching to the write-ahead log"
    ReadJournalMode,    ///< "Reading the journal mode"
    Checkpoint,         ///< "Writing the log into the database"
    SaveSeedStudy,      ///< "Saving the seed study"
    FindSeedStudy,      ///< "Looking for the seed study"
    ListStudies,        ///< "Listing the studies"
    FindStudy,          ///< "Looking up the study "slug""
    ReadStudy,          ///< "Reading the study id"
    ReadSegments,       ///< "Reading the segments of study id"
    ReadWaves,          ///< "Reading the survey waves of study id"
    ReadShares,         ///< "Reading the shares of study id"
    ReadAdvice,         ///< "Reading the advice of study id"
    SaveStudy,          ///< "Saving the study" / "Saving the study "title""
    SaveImport,         ///< "Saving the imported studies"
    SaveAdvice,         ///< "Saving the advice for "audience""
    SaveSegment,        ///< "Saving the segment "key""
    SaveWave,           ///< "Saving the survey wave year"
    SaveShares,         ///< "Saving the shares of the survey wave year"
    DeleteStudy,        ///< "Deleting the study id"
    DeleteFigures,      ///< "Deleting the figures of study id"
    ReadBrandTheme,     ///< "Reading the brand theme"
    SaveBrandTheme,     ///< "Saving the brand theme"
};

/// The action as a phrase that starts a sentence; subject fills in the title, id or year
/// where the phrase has one.
QString actionText(Action action, const QString &subject = QString());

/// A failed statement: Busy, DiskFull, ReadOnly, Damaged or QueryFailed as kind says (see
/// SqlDialect::classify()), with the driver's code kept as nativeCode. busySeconds is the
/// lock wait that ran out, for the Busy text.
DatabaseError fromDriver(DatabaseError::Kind kind, const QString &location, const QString &what, const QSqlError &error,
                         int busySeconds);
/// A driver error is passed whole, never as its text (which loses the native code).
DatabaseError fromDriver(DatabaseError::Kind kind, const QString &location, const QString &what,
                         const QString &errorText, int busySeconds) = delete;

// Opening a file.
DatabaseError notAFile(const QString &location);
DatabaseError cannotCreateFolder(const QString &folder);
DatabaseError driverMissing(const QString &driver);
DatabaseError cannotOpen(const QString &location, const QString &reason, const QString &nativeCode = QString());
DatabaseError cannotRead(const QString &location, const QString &reason);
DatabaseError zeroedHeader(const QString &location);
DatabaseError notSqlite(const QString &location);
DatabaseError truncatedHeader(const QString &location, qint64 size);
DatabaseError truncated(const QString &location, qint64 size, qint64 expected);
DatabaseError notOursOrDamaged(const QString &location, const QString &reason, const QString &nativeCode);
DatabaseError foreign(const QString &location);
DatabaseError newerSchema(const QString &location, int version, int latest);
DatabaseError noSchemaVersion(const QString &location);
DatabaseError damaged(const QString &location, const QString &detail, const QString &nativeCode = QString());
DatabaseError readOnlyFile(const QString &location);
/// copy-library into a library that holds studies of its own (Invalid).
DatabaseError libraryNotEmpty(const QString &location, int studies);
/// The reason a team library's viewer may only read it (StudyRepository::readOnlyReason()).
QString viewerRole(const QString &location, const QString &user);
DatabaseError readOnlyFolder(const QString &folder);
DatabaseError logBusyBeforeBackup(const QString &location);
DatabaseError backupFailed(const QString &location, const QString &backup);

// Contents.
DatabaseError studyNotSaved(const QString &title, const QString &problems);
DatabaseError brandThemeNotSaved(const QString &problem);
DatabaseError noStudyWithId(const QString &location, qint64 id);
/// NotFound: the study has no saved version of that number.
DatabaseError noStudyVersion(const QString &location, qint64 id, int version);
/// The detail of a Damaged error: a stored version doesn't read (problem: the reader's first message).
QString versionDoesNotRead(qint64 id, int version, const QString &problem);
/// A colleague saved the study since this client loaded it (a newer row version).
DatabaseError changedByColleague(const QString &location, qint64 id, const QString &title);
/// The server at location can't be reached or refused the login; reason is libpq's text.
DatabaseError cannotConnect(const QString &location, const QString &reason, const QString &nativeCode);
/// Disconnected: the connection to the server at location was lost before what was done;
/// nothing was written.
DatabaseError lostConnection(const QString &location, const QString &what);
/// Disconnected with maybeWritten: the connection was lost while the commit of what was on
/// its way, so whether the server stored it is known only when it is back.
DatabaseError lostConnectionAtCommit(const QString &location, const QString &what);
/// What the server turned out to hold, once back, after a commit that went unanswered.
QString commitOutcome(const QString &location, const QString &what, bool written);
/// Texts for a PostgreSQL address that can't be used (shown before anything is connected).
QString invalidServerAddress(const QString &address, const QString &reason);
QString passwordInAddress();
DatabaseError noStudyWithSlug(const QString &location, const QString &slug);
DatabaseError slugIndexDamaged(const QString &location, const QString &slug);
DatabaseError baselineNamesNoSegment(const QString &location, qint64 studyId, int position);
DatabaseError shareNotANumber(const QString &location, int waveYear, const QString &segmentKey, const QString &value);
/// A text row (table advice, study_text or segment_text) whose language column holds no
/// BCP 47 tag.
DatabaseError textLanguageUnknown(const QString &location, const QString &table, qint64 studyId, const QString &value);
/// A study_text row whose field column names no text of a study.
DatabaseError textFieldUnknown(const QString &location, qint64 studyId, const QString &value);
DatabaseError brandThemeDamaged(const QString &location, const QString &problem);

} // namespace StorageMessages

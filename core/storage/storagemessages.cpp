// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/storagemessages.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyDatabase)
};

using Kind = DatabaseError::Kind;

} // namespace

namespace StorageMessages {

QString actionText(Action action, const QString &subject)
{
    switch (action) {
    case Action::OpenDatabase:
        return Text::tr("Opening the database");
    case Action::CreateDatabase:
        return Text::tr("Saving the new database");
    case Action::CreateTables:
        return Text::tr("Creating the tables");
    case Action::WriteSchemaVersion:
        return Text::tr("Writing the schema version");
    case Action::ReadSchemaVersion:
        return Text::tr("Reading the schema version");
    case Action::ReadTableList:
        return Text::tr("Reading the table list");
    case Action::UpdateSchema:
        return Text::tr("Updating the schema");
    case Action::SwitchToWal:
        return Text::tr("Switching to the write-ahead log");
    case Action::ReadJournalMode:
        return Text::tr("Reading the journal mode");
    case Action::Checkpoint:
        return Text::tr("Writing the log into the database");
    case Action::SaveSeedStudy:
        return Text::tr("Saving the seed study");
    case Action::FindSeedStudy:
        return Text::tr("Looking for the seed study");
    case Action::ListStudies:
        return Text::tr("Listing the studies");
    case Action::FindStudy:
        return Text::tr("Looking up the study \"%1\"").arg(subject);
    case Action::ReadStudy:
        return Text::tr("Reading the study %1").arg(subject);
    case Action::ReadSegments:
        return Text::tr("Reading the segments of study %1").arg(subject);
    case Action::ReadWaves:
        return Text::tr("Reading the survey waves of study %1").arg(subject);
    case Action::ReadShares:
        return Text::tr("Reading the shares of study %1").arg(subject);
    case Action::ReadAdvice:
        return Text::tr("Reading the advice of study %1").arg(subject);
    case Action::SaveStudy:
        return subject.isNull() ? Text::tr("Saving the study") : Text::tr("Saving the study \"%1\"").arg(subject);
    case Action::SaveImport:
        return Text::tr("Saving the imported studies");
    case Action::SaveAdvice:
        return Text::tr("Saving the advice for \"%1\"").arg(subject);
    case Action::SaveSegment:
        return Text::tr("Saving the segment \"%1\"").arg(subject);
    case Action::SaveWave:
        return Text::tr("Saving the survey wave %1").arg(subject);
    case Action::SaveShares:
        return Text::tr("Saving the shares of the survey wave %1").arg(subject);
    case Action::DeleteStudy:
        return Text::tr("Deleting the study %1").arg(subject);
    case Action::DeleteFigures:
        return Text::tr("Deleting the figures of study %1").arg(subject);
    case Action::ReadBrandTheme:
        return Text::tr("Reading the brand theme");
    case Action::SaveBrandTheme:
        return Text::tr("Saving the brand theme");
    }
    return QString();
}

DatabaseError fromDriver(Kind kind, const QString &location, const QString &what, const QSqlError &error,
                         int busySeconds)
{
    const QString code = error.nativeErrorCode();
    switch (kind) {
    case Kind::Busy:
        return {kind,
                Text::tr("%1 is in use by another program, which kept it locked for more than %n second(s). "
                         "%2 did not happen; nothing was changed. Close the other program (or the other "
                         "Chart of the Week window) and try again.",
                         nullptr, busySeconds)
                    .arg(location, what),
                code};
    case Kind::DiskFull:
        return {kind,
                Text::tr("The disk holding %1 is full. %2 did not happen; nothing was changed. Free some space "
                         "and try again.")
                    .arg(location, what),
                code};
    case Kind::ReadOnly:
        return {kind, Text::tr("%1 can't be written (it is read-only). %2 did not happen.").arg(location, what), code};
    case Kind::Damaged:
        return {kind, Text::tr("%1 is damaged: %2 failed: %3").arg(location, what, error.databaseText()), code};
    default:
        break;
    }
    return {Kind::QueryFailed, Text::tr("%1: %2 failed: %3").arg(location, what, error.text()), code};
}

DatabaseError notAFile(const QString &location)
{
    return {Kind::CannotOpen, Text::tr("%1 is not a file.").arg(location), {}};
}

DatabaseError cannotCreateFolder(const QString &folder)
{
    return {Kind::CannotOpen, Text::tr("Cannot create the folder %1.").arg(folder), {}};
}

DatabaseError driverMissing(const QString &driver)
{
    if (driver == u"QPSQL")
        return {Kind::CannotOpen,
                Text::tr("The Qt PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."),
                {}};
    return {
        Kind::CannotOpen, Text::tr("The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)."), {}};
}

DatabaseError cannotOpen(const QString &location, const QString &reason, const QString &nativeCode)
{
    return {Kind::CannotOpen, Text::tr("Cannot open %1: %2").arg(location, reason), nativeCode};
}

DatabaseError cannotRead(const QString &location, const QString &reason)
{
    return {Kind::CannotOpen, Text::tr("Cannot read %1: %2").arg(location, reason), {}};
}

DatabaseError zeroedHeader(const QString &location)
{
    return {Kind::NotADatabase,
            Text::tr("The header of %1 has been overwritten with zeros: the database is damaged and can't be read. "
                     "Open a backup copy or create a new database.")
                .arg(location),
            {}};
}

DatabaseError notSqlite(const QString &location)
{
    return {Kind::NotADatabase,
            Text::tr("%1 is not a Chart of the Week database: it isn't an SQLite file at all.").arg(location),
            {}};
}

DatabaseError truncatedHeader(const QString &location, qint64 size)
{
    return {Kind::Damaged,
            Text::tr("%1 is truncated: it ends after %n byte(s), inside the database header.", nullptr, int(size))
                .arg(location),
            {}};
}

DatabaseError truncated(const QString &location, qint64 size, qint64 expected)
{
    return {Kind::Damaged,
            Text::tr("%1 is truncated: it has %2 bytes, but its header promises %3. Open a backup copy or create a "
                     "new database.")
                .arg(location)
                .arg(size)
                .arg(expected),
            {}};
}

DatabaseError notOursOrDamaged(const QString &location, const QString &reason, const QString &nativeCode)
{
    return {Kind::NotADatabase,
            Text::tr("%1 is not a Chart of the Week database, or it is damaged: %2").arg(location, reason), nativeCode};
}

DatabaseError foreign(const QString &location)
{
    return {Kind::Foreign,
            Text::tr("%1 is an SQLite database of another application; Chart of the Week leaves it untouched.")
                .arg(location),
            {}};
}

DatabaseError newerSchema(const QString &location, int version, int latest)
{
    return {Kind::NewerSchema,
            Text::tr("%1 was written by a newer version of Chart of the Week (schema %2; this version reads up to "
                     "%3). Update the app to open it.")
                .arg(location)
                .arg(version)
                .arg(latest),
            {}};
}

DatabaseError noSchemaVersion(const QString &location)
{
    return {Kind::Damaged, Text::tr("%1 has no valid schema version.").arg(location), {}};
}

DatabaseError damaged(const QString &location, const QString &detail, const QString &nativeCode)
{
    return {Kind::Damaged, Text::tr("%1 is damaged: %2").arg(location, detail), nativeCode};
}

DatabaseError libraryNotEmpty(const QString &location, int studies)
{
    return {Kind::Invalid,
            Text::tr("%1 holds %n study(s) of its own, so nothing was copied into it: a library is copied into a new "
                     "file or an empty database.",
                     nullptr, studies)
                .arg(location),
            {}};
}

QString viewerRole(const QString &location, const QString &user)
{
    return Text::tr("You can browse, present and export the team library %1, but not change it: the role \"%2\" "
                    "may only read it. Ask whoever runs the library for write access.")
        .arg(location, user);
}

DatabaseError readOnlyFile(const QString &location)
{
    return {Kind::ReadOnly,
            Text::tr("%1 is read-only. Chart of the Week saves every change at once, so it needs a database it may "
                     "write to: make the file writable, or open or create another one.")
                .arg(location),
            {}};
}

DatabaseError readOnlyFolder(const QString &folder)
{
    return {Kind::ReadOnly,
            Text::tr("The folder %1 is read-only. The database needs a folder where it may write its log files next "
                     "to it.")
                .arg(folder),
            {}};
}

DatabaseError logBusyBeforeBackup(const QString &location)
{
    return {Kind::Busy,
            Text::tr("%1 is in use by another program, so its log can't be written into the database before the "
                     "backup. Close the other program and try again.")
                .arg(location),
            {}};
}

DatabaseError backupFailed(const QString &location, const QString &backup)
{
    return {Kind::CannotOpen,
            Text::tr("%1 needs an update of its schema, but the backup copy %2 can't be written; the database was "
                     "left unchanged.")
                .arg(location, backup),
            {}};
}

DatabaseError studyNotSaved(const QString &title, const QString &problems)
{
    return {Kind::Invalid, Text::tr("The study \"%1\" was not saved: %2").arg(title, problems), {}};
}

DatabaseError brandThemeNotSaved(const QString &problem)
{
    return {Kind::Invalid, Text::tr("The brand theme was not saved: %1").arg(problem), {}};
}

DatabaseError noStudyVersion(const QString &location, qint64 id, int version)
{
    return {Kind::NotFound,
            Text::tr("%1: the study with id %2 has no version %3.")
                .arg(location, QString::number(id), QString::number(version)),
            {}};
}

QString versionDoesNotRead(qint64 id, int version, const QString &problem)
{
    return Text::tr("version %1 of the study with id %2 does not read: %3")
        .arg(QString::number(version), QString::number(id), problem);
}

DatabaseError changedByColleague(const QString &location, qint64 id, const QString &title)
{
    return {Kind::Conflict,
            Text::tr("%1: the study \"%2\" (id %3) was saved by someone else after you opened it. Your changes "
                     "were not saved, and theirs were not overwritten. Reload the study to see their version.")
                .arg(location, title, QString::number(id)),
            {}};
}

DatabaseError cannotConnect(const QString &location, const QString &reason, const QString &nativeCode)
{
    return {Kind::CannotOpen, Text::tr("Cannot connect to the team library %1: %2").arg(location, reason), nativeCode};
}

DatabaseError lostConnection(const QString &location, const QString &what)
{
    return {Kind::Disconnected,
            Text::tr("The team library %1 can't be reached (the server stopped or the network is down). %2 did "
                     "not happen; the library holds what it held before. Chart of the Week connects again as soon "
                     "as the server is back.")
                .arg(location, what),
            {}};
}

DatabaseError lostConnectionAtCommit(const QString &location, const QString &what)
{
    DatabaseError error{Kind::Disconnected,
                        Text::tr("%1: the team library %2 stopped answering at the very end, so it is not yet "
                                 "known whether this was stored. Chart of the Week connects again as soon as the "
                                 "server is back and then says which.")
                            .arg(what, location),
                        {}};
    error.maybeWritten = true;
    return error;
}

QString commitOutcome(const QString &location, const QString &what, bool written)
{
    return written ? Text::tr("The team library %1 is back, and it did store what was on its way when it stopped: "
                              "%2 happened.")
                         .arg(location, what)
                   : Text::tr("The team library %1 is back, and it did not store what was on its way when it "
                              "stopped: %2 did not happen; the library holds what it held before.")
                         .arg(location, what);
}

QString invalidServerAddress(const QString &address, const QString &reason)
{
    return reason.isEmpty()
               ? Text::tr("\"%1\" is not a PostgreSQL address (postgresql://user@host:port/database).").arg(address)
               : Text::tr("\"%1\" is not a PostgreSQL address (postgresql://user@host:port/database): %2")
                     .arg(address, reason);
}

QString passwordInAddress()
{
    return Text::tr("The address contains a password. Put the password into ~/.pgpass instead; Chart of the "
                    "Week never keeps it in its settings.");
}

DatabaseError noStudyWithId(const QString &location, qint64 id)
{
    return {Kind::NotFound, Text::tr("%1 has no study with the id %2.").arg(location).arg(id), {}};
}

DatabaseError noStudyWithSlug(const QString &location, const QString &slug)
{
    return {Kind::NotFound, Text::tr("%1 has no study \"%2\".").arg(location, slug), {}};
}

DatabaseError slugIndexDamaged(const QString &location, const QString &slug)
{
    return {Kind::Damaged,
            Text::tr("%1 is damaged: its index of study names let a second study \"%2\" in. Nothing was saved. "
                     "Open a backup copy or create a new database.")
                .arg(location, slug),
            {}};
}

DatabaseError baselineNamesNoSegment(const QString &location, qint64 studyId, int position)
{
    return {Kind::Damaged,
            Text::tr("%1, table study, row %2, field baseline_position: %3 names no segment.")
                .arg(location)
                .arg(studyId)
                .arg(position),
            {}};
}

DatabaseError shareNotANumber(const QString &location, int waveYear, const QString &segmentKey, const QString &value)
{
    return {Kind::Damaged,
            Text::tr("%1, table segment_share, wave %2, segment \"%3\", field share_percent: \"%4\" is not a number.")
                .arg(location)
                .arg(waveYear)
                .arg(segmentKey, value),
            {}};
}

DatabaseError textLanguageUnknown(const QString &location, const QString &table, qint64 studyId, const QString &value)
{
    return {Kind::Damaged,
            Text::tr("%1, table %2, study %3, field language: \"%4\" is not a language.")
                .arg(location, table)
                .arg(studyId)
                .arg(value),
            {}};
}

DatabaseError textFieldUnknown(const QString &location, qint64 studyId, const QString &value)
{
    return {Kind::Damaged,
            Text::tr("%1, table study_text, study %2, field field: \"%3\" is not a text of a study.")
                .arg(location)
                .arg(studyId)
                .arg(value),
            {}};
}

DatabaseError brandThemeDamaged(const QString &location, const QString &problem)
{
    return {Kind::Damaged, Text::tr("%1, table brand_theme: %2").arg(location, problem), {}};
}

} // namespace StorageMessages

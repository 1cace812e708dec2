// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"
#include "core/theme.h"

#include <QDate>
#include <QList>
#include <QString>

class QSqlError;

#include <functional>
#include <optional>
#include <ostream>

/// An error from the study database, with a translated message that names the file.
struct DatabaseError
{
    enum class Kind {
        CannotOpen,   ///< The file or its folder can't be opened or created.
        NotADatabase, ///< The file is not an SQLite database (or its header is damaged).
        Foreign,      ///< An SQLite database, but not one of this app.
        NewerSchema,  ///< Written by a newer version of the app.
        Damaged,      ///< Ours, but its contents are inconsistent (missing rows, bad values).
        QueryFailed,  ///< A statement failed; the message carries the driver's text.
        NotFound,     ///< No study with the requested id.
        Invalid,      ///< The study has a blocking validation issue (see validateStudy()); nothing was written.
        ReadOnly,     ///< The file (or its folder) is marked read-only; it was not opened.
        Busy,         ///< Another program kept the database locked longer than the busy timeout.
        DiskFull,     ///< The disk (or the process's file size limit) is full; nothing was written.
    };
    Kind kind;
    QString message;
};

/// Lets test frameworks print an error readably (GoogleTest finds it by name).
inline void PrintTo(const DatabaseError &error, std::ostream *os)
{
    *os << error.message.toStdString();
}

/// One line of the library: enough to list and search a study without loading its figures.
struct StudySummary
{
    qint64 id = 0;
    QString title;
    QString publisher;
    int year = 0; ///< Publication year.
    QString sourceCitation;
    QDate chartWeek;      ///< Monday of the week it is the chart of; null when not scheduled.
    QList<int> waveYears; ///< Its survey waves, oldest first.
};

/// The app's SQLite database (through Qt Sql) that holds the library of studies.
///
/// open() creates the schema and seeds the SMB Group study in one transaction when the
/// file is new or empty, and migrates an older schema in one transaction after copying the
/// file to "<file>.v<old version>.bak" (a WAL database is checkpointed first, so the copy
/// is complete). A file that is not an SQLite database (or has a zeroed header), is
/// truncated or otherwise damaged, belongs to another application, was written by a newer
/// version or is marked read-only is reported with its own message and never written to.
/// Only a file known to be ours is switched to WAL mode (synchronous=NORMAL, which keeps
/// every committed transaction through a crash of the app); foreign keys are enforced.
/// Every change of a study is one transaction (BEGIN IMMEDIATE): it is stored completely or
/// not at all. A database locked by another program is waited for at most busyTimeout()
/// milliseconds, then reported as Busy; a full disk is reported as DiskFull.
/// Every value is bound as a parameter; the SQL avoids SQLite-only syntax apart from the
/// DDL's INTEGER PRIMARY KEY.
class StudyDatabase final
{
public:
    /// The schema version this build reads and writes.
    static constexpr int kSchemaVersion = 4;
    /// How long a statement waits for another program's lock before it reports Busy.
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    StudyDatabase();
    ~StudyDatabase();
    StudyDatabase(const StudyDatabase &) = delete;
    StudyDatabase &operator=(const StudyDatabase &) = delete;

    /// The default file: "chartweek.sqlite" in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    /// Opens (and, if needed, creates and seeds) the database at path.
    std::optional<DatabaseError> open(const QString &path);
    /// The lock wait of the next open() in milliseconds (at least 0).
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// All studies: newest chart week first, unscheduled studies last (newest first).
    std::optional<DatabaseError> listStudies(QList<StudySummary> *studies) const;

    /// Loads one study with its segments, waves and shares.
    std::optional<DatabaseError> loadStudy(qint64 id, Study *study) const;

    /// Loads the study with the given slug; NotFound when there is none.
    std::optional<DatabaseError> loadStudyBySlug(const QString &slug, Study *study) const;

    /// How insertStudy() treats study->id.
    enum class IdPolicy { NewId, KeepId };

    /// Stores a new study in one transaction and sets study->id (KeepId: reuses a positive
    /// study->id, e.g. to undo a deletion). An empty slug gets a fresh unique one. Nothing
    /// is written when the study has a blocking validation issue (Invalid) or any statement
    /// fails. Totals that don't add up are stored (they are warnings, see ValidationIssue).
    std::optional<DatabaseError> insertStudy(Study *study, IdPolicy policy = IdPolicy::NewId);

    /// Stores several new studies (an import) in one transaction: all of them or none.
    /// A slug that is taken already gets a suffix ("-2", "-3", …). Sets every study's id.
    std::optional<DatabaseError> insertStudies(QList<Study> *studies);

    /// Replaces a stored study (metadata, segments, waves, shares) in one transaction.
    /// NotFound when no study has study.id; Invalid when validateStudy() finds problems.
    std::optional<DatabaseError> updateStudy(const Study &study);

    /// Deletes a study with all its segments, waves and shares in one transaction.
    std::optional<DatabaseError> deleteStudy(qint64 id);

    /// Adds the seed study unless a study with its slug exists. Returns whether it added it.
    std::optional<DatabaseError> seed(bool *added = nullptr);

    /// Reads the team's brand theme; an empty BrandTheme when none was saved. A stored
    /// value that fails validateBrandTheme() is reported as Damaged, naming the field.
    std::optional<DatabaseError> loadBrandTheme(BrandTheme *brand) const;

    /// Replaces the brand theme in one transaction (an empty brand removes it, i.e. resets
    /// to the light look). Colours are stored in lower case. Invalid (nothing written) when
    /// validateBrandTheme() finds a problem, e.g. a logo over kMaxLogoBytes.
    std::optional<DatabaseError> saveBrandTheme(const BrandTheme &brand);

private:
    std::optional<DatabaseError> checkOrCreateSchema();
    std::optional<DatabaseError> createSchema();
    std::optional<DatabaseError> migrate(int fromVersion);
    std::optional<DatabaseError> enableWriteAheadLog();
    std::optional<DatabaseError> checkpoint();
    std::optional<DatabaseError> insertStudyRows(Study *study, IdPolicy policy);
    std::optional<DatabaseError> insertChildRows(const Study &study);
    std::optional<DatabaseError> insertAdviceRows(const Study &study);
    std::optional<DatabaseError> deleteChildRows(qint64 studyId);
    std::optional<DatabaseError> validationError(const Study &study) const;
    std::optional<DatabaseError> inTransaction(const QString &what,
                                               const std::function<std::optional<DatabaseError>()> &work);
    DatabaseError queryError(const QString &what, const QSqlError &error) const;

    QString m_connectionName;
    QString m_path;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
};

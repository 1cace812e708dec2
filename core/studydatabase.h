#pragma once

#include "study.h"

#include <QList>
#include <QString>

#include <optional>

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
    };
    Kind kind;
    QString message;
};

/// One line of the library: enough to list a study without loading its figures.
struct StudySummary
{
    qint64 id = 0;
    QString title;
    QString publisher;
    int year = 0;
};

/// The app's SQLite database (through Qt Sql) that holds the studies.
///
/// open() creates the schema and seeds the SMB Group study in one transaction when the
/// file is new or empty. A file that is not an SQLite database, belongs to another
/// application or was written by a newer version is reported and never written to.
/// Every value is bound as a parameter; the SQL avoids SQLite-only syntax apart from the
/// DDL's INTEGER PRIMARY KEY.
class StudyDatabase final
{
public:
    /// The schema version this build reads and writes.
    static constexpr int kSchemaVersion = 1;

    StudyDatabase();
    ~StudyDatabase();
    StudyDatabase(const StudyDatabase &) = delete;
    StudyDatabase &operator=(const StudyDatabase &) = delete;

    /// The default file: "chartweek.sqlite" in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    /// Opens (and, if needed, creates and seeds) the database at path.
    std::optional<DatabaseError> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// All studies, newest publication year first.
    std::optional<DatabaseError> listStudies(QList<StudySummary> *studies) const;

    /// Loads one study with its segments, waves and shares.
    std::optional<DatabaseError> loadStudy(qint64 id, Study *study) const;

    /// Loads the study with the given slug; NotFound when there is none.
    std::optional<DatabaseError> loadStudyBySlug(const QString &slug, Study *study) const;

    /// Stores a new study in one transaction and sets study->id. Nothing is written when
    /// any statement fails.
    std::optional<DatabaseError> insertStudy(Study *study);

    /// Adds the seed study unless a study with its slug exists. Returns whether it added it.
    std::optional<DatabaseError> seed(bool *added = nullptr);

private:
    std::optional<DatabaseError> checkOrCreateSchema();
    std::optional<DatabaseError> insertStudyRows(Study *study);
    DatabaseError queryError(const QString &what, const QString &driverText) const;

    QString m_connectionName;
    QString m_path;
};

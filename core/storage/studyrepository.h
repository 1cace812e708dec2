// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/databaseerror.h"
#include "core/study.h"
#include "core/theme.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

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

/// One saved version of a study in its history (StudyRepository::listVersions()).
struct StudyVersion
{
    int version = 0;   ///< 1 for the oldest, counting up with every save.
    QDateTime savedAt; ///< When it was saved (UTC); invalid when unknown (saved before history was kept).
    QString savedBy;   ///< Who saved it: the server's user name, or the system user for a file; "" when unknown.
    bool operator==(const StudyVersion &) const = default;
};

/// One study as a library is moved (copyLibrary()): the study and its whole history.
struct StudyWithHistory
{
    Study study; ///< As stored now, with its id (kept in the library it moves to).
    /// Every saved version, oldest first: when, who (kept as they were) and what was saved.
    QList<std::pair<StudyVersion, Study>> history;
};

/// The library of studies and the team's brand theme, wherever they are stored: what the
/// UI (StudyLibrary, the main window) and the command line use. SqliteStudyRepository keeps
/// them in a file; every implementation passes the same storage test suite.
///
/// Every write is one transaction: stored completely or not at all, and a failed write
/// changes nothing. Every function reports a failure as a DatabaseError whose message names
/// the database and what did not happen, and whose nativeCode keeps the driver's code.
/// A study with a blocking validation issue (validateStudy()) is refused as Invalid before
/// anything is written; totals that don't add up are stored (they are warnings).
class StudyRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyRepository)

public:
    /// How inserts treat a study's id.
    enum class IdPolicy {
        NewId,  ///< The database picks a new id.
        KeepId, ///< A positive id is stored as it is (to undo a deletion or redo an import).
    };

    explicit StudyRepository(QObject *parent = nullptr);
    ~StudyRepository() override;

    /// The language of the numbers and segment names in validation messages (Invalid);
    /// English until set. The UI passes its language, the command line the one it runs in.
    void setMessageLanguage(Language language) { m_messageLanguage = language; }
    Language messageLanguage() const { return m_messageLanguage; }

    /// Where the library is, as shown to the user (a file's native path).
    virtual QString displayName() const = 0;
    /// Whether a library is open: every other function fails with CannotOpen otherwise.
    virtual bool isOpen() const = 0;
    /// Why this client may only read the library (a team library's viewer role), as a
    /// sentence for the window in the language installed now; "" when it may write. Every
    /// write then fails as ReadOnly with this message, before anything is sent.
    virtual QString readOnlyReason() const { return {}; }
    /// Whether the library answers now. A team library whose server stopped (or whose
    /// network is down) is not reachable until it connects again by itself; meanwhile every
    /// call fails as Disconnected. A file is always reachable.
    virtual bool isReachable() const { return true; }
    /// A team library's short name for the title bar and status bar ("marketing
    /// (db.example.com)"); "" for a file, whose place displayName() gives.
    virtual QString teamLibraryName() const { return {}; }

    /// All studies: newest chart week first, unscheduled studies last (newest first).
    virtual StorageResult<QList<StudySummary>> listStudies() const = 0;
    /// One study with its segments, waves, shares and advice; NotFound when there is none.
    virtual StorageResult<Study> loadStudy(qint64 id) const = 0;
    /// The study with the given slug; NotFound when there is none.
    virtual StorageResult<Study> loadStudyBySlug(const QString &slug) const = 0;

    /// Stores a new study and returns it as stored (with its id; an empty slug gets a fresh
    /// unique one). A slug that is taken already is refused.
    virtual StorageResult<Study> insertStudy(Study study, IdPolicy policy = IdPolicy::NewId) = 0;
    /// Stores several new studies (an import) in one transaction: all of them or none. A slug
    /// that is taken already gets a suffix ("-2", "-3", …). Returns them as stored.
    virtual StorageResult<QList<Study>> insertStudies(QList<Study> studies, IdPolicy policy = IdPolicy::NewId) = 0;
    /// Replaces a stored study (metadata, segments, waves, shares, advice); NotFound when no
    /// study has study.id.
    virtual StorageResult<void> updateStudy(const Study &study) = 0;
    /// Deletes a study with all its segments, waves, shares and advice; NotFound when there
    /// is none.
    virtual StorageResult<void> deleteStudy(qint64 id) = 0;
    /// Deletes several studies in one transaction: all of them or none.
    virtual StorageResult<void> deleteStudies(const QList<qint64> &ids) = 0;
    /// The history of a study: every version saved (insert, import, update), newest first.
    /// Empty for a study stored before history was kept and not saved since; NotFound when
    /// there is no such study.
    virtual StorageResult<QList<StudyVersion>> listVersions(qint64 studyId) const = 0;
    /// A study as it was saved in one version, with the study's id (restoring it is an
    /// updateStudy() of this, which becomes the newest version); NotFound when there is no
    /// such version, Damaged when the stored version doesn't read.
    virtual StorageResult<Study> loadVersion(qint64 studyId, int version) const = 0;

    /// Stores a whole library moved here from another one (copyLibrary()), in one
    /// transaction: every study with its id, its history as it was (who and when kept) and
    /// the brand theme. Only into a library without studies of its own: an untouched seed
    /// study (never saved since it was added) makes way; any other study is refused as
    /// Invalid, nothing written. A study with a blocking validation issue is Invalid too.
    virtual StorageResult<void> receiveLibrary(const QList<StudyWithHistory> &studies, const BrandTheme &brand) = 0;

    /// Adds the seed study unless a study with its slug exists; true when it added it.
    virtual StorageResult<bool> seed() = 0;

    /// The team's brand theme; an empty BrandTheme when none was saved. A stored value that
    /// fails validateBrandTheme() is reported as Damaged, naming the field.
    virtual StorageResult<BrandTheme> loadBrandTheme() const = 0;
    /// Replaces the brand theme (an empty brand removes it, i.e. resets to the light look).
    /// Colours are stored in lower case. Invalid (nothing written) when validateBrandTheme()
    /// finds a problem, e.g. a logo over kMaxLogoBytes.
    virtual StorageResult<void> saveBrandTheme(const BrandTheme &brand) = 0;

Q_SIGNALS:
    /// Another client of the same library (a colleague on the team library) committed a
    /// change: the ids of the studies it added, changed or deleted; empty when anything may
    /// have changed (the brand theme, or more studies than one message holds). Emitted from
    /// the event loop, never for this client's own writes; a file on one machine (SQLite)
    /// never emits it.
    void changedElsewhere(const QList<qint64> &studyIds);
    /// The library stopped answering (false) or answers again (true; anything may have
    /// changed meanwhile, so changedElsewhere() with no ids follows). Never for a file.
    void reachabilityChanged(bool reachable);
    /// Once the library answers again after a write whose commit went unanswered (a
    /// Disconnected error with maybeWritten): whether it was stored (written), as a sentence
    /// for the window (message), and the studies it added, changed or deleted. Emitted before
    /// reachabilityChanged(true).
    void commitOutcomeKnown(const QString &message, bool written, const QList<qint64> &studyIds);

private:
    Language m_messageLanguage = Language::English;
};

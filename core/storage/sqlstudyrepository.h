// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/storagemessages.h"
#include "core/storage/studyrepository.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class SqlDialect;
class QSqlError;

/// The library in an SQL database through Qt Sql: every StudyRepository function in
/// portable SQL with bound parameters (nothing from data is ever part of a statement), the
/// columns as StudyRows maps them, and what differs between databases left to a
/// SqlDialect. A subclass opens the connection (SqliteStudyRepository) and hands its name
/// over with setConnection().
///
/// Every write runs in one transaction (SqlDialect::beginWrite()): a failure rolls all of it
/// back and is reported with the driver's native code. Inside the transaction, every slug
/// written is counted again without the unique index (SqlDialect::countSlugWithoutIndex()):
/// a damaged index can't let a second study with one slug in. Where the dialect has a row
/// version, saving a study that a colleague saved since this object loaded it is refused
/// as Conflict.
class SqlStudyRepository : public StudyRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlStudyRepository)

public:
    ~SqlStudyRepository() override;

    QString displayName() const override { return m_location; }
    bool isOpen() const override;
    QString readOnlyReason() const override;

    StorageResult<QList<StudySummary>> listStudies() const override;
    StorageResult<Study> loadStudy(qint64 id) const override;
    StorageResult<Study> loadStudyBySlug(const QString &slug) const override;
    StorageResult<Study> insertStudy(Study study, IdPolicy policy = IdPolicy::NewId) override;
    StorageResult<QList<Study>> insertStudies(QList<Study> studies, IdPolicy policy = IdPolicy::NewId) override;
    StorageResult<void> updateStudy(const Study &study) override;
    StorageResult<void> deleteStudy(qint64 id) override;
    StorageResult<void> deleteStudies(const QList<qint64> &ids) override;
    StorageResult<QList<StudyVersion>> listVersions(qint64 studyId) const override;
    StorageResult<Study> loadVersion(qint64 studyId, int version) const override;
    StorageResult<void> receiveLibrary(const QList<StudyWithHistory> &studies, const BrandTheme &brand) override;
    StorageResult<bool> seed() override;
    StorageResult<BrandTheme> loadBrandTheme() const override;
    StorageResult<void> saveBrandTheme(const BrandTheme &brand) override;

protected:
    /// dialect must outlive the repository.
    explicit SqlStudyRepository(const SqlDialect &dialect, QObject *parent = nullptr);

    const SqlDialect &dialect() const { return m_dialect; }
    /// The open connection (an invalid QSqlDatabase when closed). Hold the handle only in a
    /// local scope: closeConnection() needs every copy gone.
    QSqlDatabase database() const;
    /// Takes over the connection of that name (added with QSqlDatabase::addDatabase()).
    void setConnection(const QString &connectionName, const QString &location);
    /// Closes and removes the connection; nothing of it may be in use.
    void closeConnection();
    /// Makes every write fail as ReadOnly because role may only read (see readOnlyReason(),
    /// made in the language of the moment); "" allows them.
    void setReadOnlyRole(const QString &role) { m_readOnlyRole = role; }
    /// How long a lock is waited for, for the Busy message.
    virtual int busySeconds() const = 0;

    /// The error of a failed statement. When connectionLost() says that the connection is
    /// gone, it is Disconnected, whatever the driver said.
    DatabaseError queryError(const QString &what, const QSqlError &error) const;
    /// Whether the connection to the database is gone, asked after a statement failed with
    /// error; a file never loses it.
    virtual bool connectionLost(const QSqlError &error) const
    {
        Q_UNUSED(error);
        return false;
    }
    /// A driver error is passed whole, never as its text (which loses the native code).
    DatabaseError queryError(const QString &what, const QString &errorText) const = delete;
    /// Runs work in one write transaction: committed when it succeeds, rolled back otherwise.
    StorageResult<void> inTransaction(const QString &what, const std::function<StorageResult<void>()> &work);
    /// Inserts a study with its children, inside a transaction; returns it with its id.
    /// Without recordHistory the caller writes the study's history itself (receiveLibrary()).
    StorageResult<Study> insertStudyRows(Study study, IdPolicy policy, bool recordHistory = true);
    /// Who saves, as the history names them: the system user by default (a file on this
    /// machine); a server gives its user name.
    virtual QString author() const;
    /// Called by inTransaction() just before COMMIT with the studies the transaction added,
    /// changed or deleted (0 for the brand theme): a server tells its other clients here,
    /// inside the transaction, so that only a committed change is told. Nothing by default.
    virtual StorageResult<void> announceChanges(const QString &what, const QList<qint64> &studyIds);

    /// A write whose COMMIT was sent but never answered (the connection was lost on the
    /// way): the server may have stored it or not (SqlDialect::currentTransaction()).
    struct UnansweredCommit
    {
        QString transaction;                ///< The value of SqlDialect::currentTransaction().
        QString what;                       ///< What it was, as in the messages ("Saving the study …").
        QList<qint64> studyIds;             ///< Added, changed or deleted (0: the brand theme).
        QHash<qint64, QString> rowVersions; ///< What the studies' row versions are if it was stored.
    };
    /// The commit that went unanswered last; nullopt when there is none (or it is settled).
    const std::optional<UnansweredCommit> &unansweredCommit() const { return m_unanswered; }
    /// Settles the unanswered commit: when written, its row versions become the known ones
    /// (this client's own save is then no conflict); returns the sentence that says which.
    QString settleUnansweredCommit(bool written);

private:
    StorageResult<void> insertChildRows(const Study &study);
    StorageResult<void> insertAdviceRows(const Study &study);
    StorageResult<void> insertTextRows(const Study &study);
    StorageResult<void> insertAnnotationRows(const Study &study);
    StorageResult<void> deleteChildRows(qint64 studyId);
    /// Adds the study as it is written now to its history, inside the write transaction. An
    /// update of a study without a history (stored before schema 7) first adds the version
    /// stored before, when and by whom unknown.
    StorageResult<void> recordVersion(const Study &study, bool inserted);
    /// One row of study_version; savedAt and savedBy "" when unknown.
    StorageResult<void> insertVersionRow(qint64 studyId, int version, const QString &savedAt, const QString &savedBy,
                                         const Study &content);
    /// Replaces the brand theme's row (none for an empty brand), inside a transaction.
    StorageResult<void> writeBrandThemeRow(const BrandTheme &normalized);
    /// Notes that the open write transaction changes the study (0: the brand theme).
    void noteChange(qint64 studyId);
    StorageResult<void> deleteStudyRows(qint64 id);
    StorageResult<void> checkSlugIsUnique(const QString &slug);
    /// Notes the stored row version of a study written in this transaction (see rowVersion()).
    StorageResult<void> readRowVersion(qint64 id, const QString &title);
    /// Conflict when a colleague saved the study since this client loaded or saved it.
    StorageResult<void> checkRowVersion(const Study &study);
    std::optional<DatabaseError> validationError(const Study &study) const;
    QString action(StorageMessages::Action action, const QString &subject = QString()) const;

    const SqlDialect &m_dialect;
    QString m_connectionName;
    QString m_location;
    QString m_readOnlyRole;
    /// The row version of every study as this client last loaded or saved it (backends with
    /// SqlDialect::rowVersion() only); a save of a study whose stored version differs is a
    /// Conflict.
    mutable QHash<qint64, QString> m_rowVersions;
    QHash<qint64, QString> m_pendingRowVersions; ///< Written in the open transaction.
    QList<qint64> m_pendingChanges;              ///< Of the open write transaction (noteChange()).
    std::optional<UnansweredCommit> m_unanswered;
};

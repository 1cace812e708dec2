// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/studyrepository.h"
#include "ui/undotext.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;

/// The library of studies and the team's brand theme as the UI sees it: every change goes
/// through the undo stack and is written to the repository at once, in one transaction per
/// change. A change that can't be written is reported (errorOccurred) and leaves the undo
/// stack where the database is: a failed undo or redo puts the stack back at the last step
/// that was written, so the stack and the database never drift apart.
///
/// No save overwrites what someone else stored: before a study is written, the stored
/// version is read and compared with the one this window last saw (for an undo or redo, the
/// one the step left); when a colleague (or another process on the same file) changed it, the
/// conflict resolver chooses. The repository's row version (PostgreSQL) catches a save that
/// comes between that read and the write.
///
/// While a team library can't be reached (StudyRepository::isReachable()), edits of a study
/// are kept here, not lost: the window shows them (load() gives the kept version), and once
/// the library answers again they are saved, each as one undoable step, through the same
/// conflict check. Other changes (new, delete, import, brand theme) are refused meanwhile.
class StudyLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyLibrary)

public:
    /// Does not take ownership of the repository, which must outlive the library.
    explicit StudyLibrary(StudyRepository *repository, QObject *parent = nullptr);

    StudyRepository *repository() const { return m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The studies as last read; refresh() reads them again.
    const QList<StudySummary> &studies() const { return m_studies; }
    bool refresh();

    /// Loads a study (the kept version while it has unsaved edits); nullopt (and
    /// errorOccurred) when it can't be read.
    std::optional<Study> load(qint64 id);

    /// What the user chose when a study was saved elsewhere since this window showed it.
    enum class ConflictChoice {
        KeepMine,   ///< Store this window's version over the colleague's.
        TakeTheirs, ///< Leave the colleague's version stored and show it; this change is dropped.
    };
    /// Asked when a save finds a colleague's version stored: mine is the version being saved,
    /// theirs the one stored now. Without a resolver the conflict is reported (errorOccurred)
    /// and theirs is kept.
    using ConflictResolver = std::function<ConflictChoice(const Study &mine, const Study &theirs)>;
    void setConflictResolver(ConflictResolver resolver) { m_conflictResolver = std::move(resolver); }

    /// Replaces a study's contents (an edit); undoable. before is the version the change was
    /// made on (see the class comment for a colleague's save in between). Returns false, with
    /// errorOccurred, when the change can't be stored, and false when the user took a
    /// colleague's version instead.
    bool replace(const Study &before, const Study &after, const UndoText &description);
    /// Creates a new empty study and returns its id (0 on failure); undoable.
    qint64 create();
    /// Copies a study under a new title and returns the copy's id; undoable.
    qint64 duplicate(qint64 id);
    /// Deletes a study; undoable (undo restores it with the same id).
    bool remove(qint64 id);
    /// Stores imported studies in one transaction and returns their ids (empty on
    /// failure); one undoable step removes them all again.
    QList<qint64> importStudies(const QList<Study> &studies, const QString &fileName);

    /// Whether the library answers now (see the class comment).
    bool isReachable() const { return m_repository->isReachable(); }
    /// The studies whose edits are kept here, not yet saved (the library couldn't be reached).
    QList<qint64> unsavedStudies() const { return m_unsaved.keys(); }
    /// Saves the kept edits now (done by itself when the library answers again); false when
    /// some are still kept.
    bool saveKeptEdits();

    /// The team's brand theme as last read (empty when none is stored).
    const BrandTheme &brandTheme() const { return m_brand; }
    /// Reads the brand theme again; false when it can't be read, with the message in
    /// *problem when given (else errorOccurred).
    bool reloadBrandTheme(QString *problem = nullptr);
    /// Stores a new brand theme; undoable. False (with errorOccurred) when it can't be stored.
    bool setBrandTheme(const BrandTheme &brand);

    /// Applies a change without the undo stack (used by the undo commands); false, with
    /// errorOccurred, when it can't be stored. applyReplace() writes *study over *basis (the
    /// version it expects stored; a different one is a conflict), then holds *study as stored
    /// and *basis as what it replaced (the colleague's version when the user kept their own
    /// over it), so that the opposite step brings that back.
    bool applyReplace(Study *study, Study *basis);
    bool applyInsert(Study *study);
    bool applyRemove(qint64 id);
    bool applyInsertAll(QList<Study> *studies);
    bool applyRemoveAll(const QList<Study> &studies);
    bool applyBrandTheme(const BrandTheme &brand);

    /// Runs one undo or redo step of command: apply writes it. Once a step of an undo or
    /// redo has failed, the steps after it are not written, and the stack is put back at
    /// the failed command (see the class comment).
    void runStep(const QUndoCommand *command, const std::function<bool()> &apply);

Q_SIGNALS:
    /// The list of studies changed (a study was added, removed or renamed).
    void studiesChanged();
    /// The contents of a study changed (edit, undo, redo).
    void studyChanged(qint64 id);
    /// A study was removed (delete or undo of a creation).
    void studyRemoved(qint64 id);
    /// A study came (back) into the library: undo of a delete, redo of a creation.
    void studyInserted(qint64 id);
    /// The stored brand theme changed (set, undo, redo).
    void brandThemeChanged(const BrandTheme &brand);
    void errorOccurred(const QString &message);
    /// A colleague's committed change was taken in (studiesChanged(), studyChanged(),
    /// studyRemoved() and brandThemeChanged() have told the details); the ids as in
    /// StudyRepository::changedElsewhere().
    void changedByColleague(const QList<qint64> &studyIds);
    /// The library stopped answering or answers again (after the kept edits were saved), or
    /// the set of unsaved edits changed: isReachable() and unsavedStudies() tell.
    void connectionStateChanged();
    /// A sentence for the status bar about kept edits and saves whose outcome came late.
    void statusMessage(const QString &message);

private:
    void keepStackAtDatabase(int index);
    void takeChangesFromElsewhere(const QList<qint64> &studyIds);
    bool report(const DatabaseError &error);
    /// Asks the resolver about a conflict over study; false when theirs is taken (then
    /// shown: studiesChanged(), studyChanged()).
    bool keepMine(const Study &mine, const Study &theirs, const DatabaseError &conflict);
    /// Keeps an edit that couldn't be saved for a lost connection; attempted when its commit
    /// went unanswered (the server may have stored it).
    void keepEdit(const Study &before, const Study &after, const UndoText &description, bool attempted);
    void settleUnansweredSave(const QString &message, bool written, const QList<qint64> &studyIds);
    void pushReplaceStep(const Study &before, const Study &after, const UndoText &description);

    /// An edit kept while the library can't be reached.
    struct KeptEdit
    {
        Study basis;                     ///< What the first kept edit was made on (stored then).
        Study study;                     ///< The study as edited since.
        UndoText description;            ///< Of the last edit (the undo step's name once saved).
        std::optional<Study> unanswered; ///< A save of this study whose commit went unanswered.
    };

    StudyRepository *m_repository;
    QUndoStack *m_undoStack;
    QList<StudySummary> m_studies;
    BrandTheme m_brand;
    int m_lastIndex = 0;
    const QUndoCommand *m_failedCommand = nullptr;
    bool m_replaying = false;
    ConflictResolver m_conflictResolver;
    QMap<qint64, KeptEdit> m_unsaved;
    /// Inside replace(): a lost connection is kept as m_lostConnection, not reported.
    bool m_keepingEdits = false;
    std::optional<DatabaseError> m_lostConnection;
    bool m_rereadAfterReconnect = false;
};

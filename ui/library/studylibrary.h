// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/studydatabase.h"

#include <QObject>

class QUndoStack;

/// The library of studies as the UI sees it: every change goes through the undo stack and
/// is written to the database at once, in one transaction per change.
class StudyLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyLibrary)

public:
    /// Does not take ownership of the database, which must outlive the library.
    explicit StudyLibrary(StudyDatabase *database, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }

    /// The studies as last read; refresh() reads them again.
    const QList<StudySummary> &studies() const { return m_studies; }
    bool refresh();

    /// Loads a study; nullopt (and errorOccurred) when it can't be read.
    std::optional<Study> load(qint64 id);

    /// Replaces a study's contents (an edit); undoable. Returns false, with errorOccurred,
    /// when the change can't be stored.
    bool replace(const Study &before, const Study &after, const QString &description);
    /// Creates a new empty study and returns its id (0 on failure); undoable.
    qint64 create();
    /// Copies a study under a new title and returns the copy's id; undoable.
    qint64 duplicate(qint64 id);
    /// Deletes a study; undoable (undo restores it with the same id).
    bool remove(qint64 id);
    /// Stores imported studies in one transaction and returns their ids (empty on
    /// failure); one undoable step removes them all again.
    QList<qint64> importStudies(const QList<Study> &studies, const QString &fileName);

    /// Applies a change without the undo stack (used by the undo commands).
    bool applyReplace(const Study &study);
    bool applyInsert(Study *study);
    bool applyRemove(qint64 id);
    bool applyInsertAll(QList<Study> *studies);
    bool applyRemoveAll(const QList<Study> &studies);

Q_SIGNALS:
    /// The list of studies changed (a study was added, removed or renamed).
    void studiesChanged();
    /// The contents of a study changed (edit, undo, redo).
    void studyChanged(qint64 id);
    /// A study was removed (delete or undo of a creation).
    void studyRemoved(qint64 id);
    void errorOccurred(const QString &message);

private:
    StudyDatabase *m_database;
    QUndoStack *m_undoStack;
    QList<StudySummary> m_studies;
};

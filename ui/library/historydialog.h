// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/storage/studyrepository.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

/// The history of one study (StudyRepository::listVersions()): every saved version with when
/// and who, newest first; what a chosen version changed against another one (by default the
/// one before it: values, names, advice, as studyDifferences() names them); and Restore
/// This Version, which closes the dialog with the chosen version in restoredStudy() for the
/// window to store as a new, undoable version. A version that can't be read is reported in
/// the dialog, naming the database.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const StudyRepository *repository, qint64 studyId, Language language, QWidget *parent = nullptr);

    /// The version chosen to restore (after Restore This Version), else nullopt.
    const std::optional<Study> &restoredStudy() const { return m_restored; }
    int restoredVersion() const { return m_restoredVersion; }

    QTreeWidget *versionList() const { return m_versions; }
    QComboBox *comparedWith() const { return m_comparedWith; }
    QTableWidget *differencesTable() const { return m_differences; }
    QPushButton *restoreButton() const { return m_restore; }
    /// The problem shown ("" when none).
    QString problem() const;

private:
    void showVersion();
    void showDifferences();
    std::optional<Study> version(int number);
    int selectedVersion() const;

    const StudyRepository *m_repository;
    qint64 m_studyId;
    Language m_language;
    QList<StudyVersion> m_history;
    QHash<int, Study> m_loaded;
    QTreeWidget *m_versions;
    QComboBox *m_comparedWith;
    QTableWidget *m_differences;
    QLabel *m_problem;
    QPushButton *m_restore;
    std::optional<Study> m_restored;
    int m_restoredVersion = 0;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"
#include "ui/library/studylibrary.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

/// Shown when a save finds that a colleague saved the same study since this window showed
/// it: every difference between the two versions (studyDifferences(), in the UI language),
/// side by side, and the choice to keep this window's version or take the colleague's.
/// Escape takes theirs, the choice that overwrites nobody's work.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Study &mine, const Study &theirs, Language language, QWidget *parent = nullptr);

    StudyLibrary::ConflictChoice choice() const { return m_choice; }

    QTableWidget *differencesTable() const { return m_differences; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

private:
    QLabel *m_message;
    QTableWidget *m_differences;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    StudyLibrary::ConflictChoice m_choice = StudyLibrary::ConflictChoice::TakeTheirs;
};

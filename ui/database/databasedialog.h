// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/sqlitestudyrepository.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

/// Shown when the database can't be opened: what is wrong (as plain text) and the choices
/// Open Another File…, Create New Database…, Quit.
class DatabaseProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseProblemDialog)

public:
    enum class Choice { OpenOther, CreateNew, Quit };

    explicit DatabaseProblemDialog(const DatabaseError &error, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *button(Choice choice) const;

private:
    void choose(Choice choice);

    Choice m_choice = Choice::Quit;
    QLabel *m_message;
    QPushButton *m_openOther;
    QPushButton *m_createNew;
    QPushButton *m_quit;
};

/// How openDatabaseInteractively() asks; interactive() shows the dialog and file dialogs,
/// tests put in their own answers. A file chooser returns an empty path when cancelled.
struct DatabaseChooser
{
    std::function<DatabaseProblemDialog::Choice(const DatabaseError &error)> askWhatToDo;
    std::function<QString(const QString &currentPath)> chooseExistingFile;
    std::function<QString(const QString &currentPath)> chooseNewFile;

    static DatabaseChooser interactive(QWidget *parent = nullptr);
};

/// Opens path into database; while that fails, asks what to do: open another file, create
/// a new database (at a path where no file is yet) or quit. A file the user chose that
/// opens is remembered (AppSettings::databasePath()). Files that fail to open are never
/// changed. Returns false when the user quits.
bool openDatabaseInteractively(SqliteStudyRepository *database, const QString &path, const DatabaseChooser &chooser);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/database/databasedialog.h"

#include "ui/appsettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

DatabaseProblemDialog::DatabaseProblemDialog(const DatabaseError &error, QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_openOther(new QPushButton(tr("&Open Another File…"), this))
    , m_createNew(new QPushButton(tr("&Create New Database…"), this))
    , m_quit(new QPushButton(tr("&Quit"), this))
{
    setWindowTitle(tr("Cannot Open the Database"));
    m_message->setObjectName(QStringLiteral("databaseProblem"));
    m_message->setTextFormat(Qt::PlainText); // paths and driver texts are shown as they are
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(error.message);
    m_message->setMinimumWidth(420);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_openOther, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_createNew, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_quit, QDialogButtonBox::RejectRole);
    m_openOther->setDefault(true);
    connect(m_openOther, &QPushButton::clicked, this, [this] {
        choose(Choice::OpenOther);
    });
    connect(m_createNew, &QPushButton::clicked, this, [this] {
        choose(Choice::CreateNew);
    });
    connect(m_quit, &QPushButton::clicked, this, [this] {
        choose(Choice::Quit);
    });

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QPushButton *DatabaseProblemDialog::button(Choice choice) const
{
    switch (choice) {
    case Choice::OpenOther:
        return m_openOther;
    case Choice::CreateNew:
        return m_createNew;
    case Choice::Quit:
        break;
    }
    return m_quit;
}

void DatabaseProblemDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

DatabaseChooser DatabaseChooser::interactive(QWidget *parent)
{
    DatabaseChooser chooser;
    chooser.askWhatToDo = [parent](const DatabaseError &error) {
        DatabaseProblemDialog dialog(error, parent);
        dialog.exec();
        return dialog.choice();
    };
    chooser.chooseExistingFile = [parent](const QString &currentPath) {
        return QFileDialog::getOpenFileName(
            parent, DatabaseProblemDialog::tr("Open Database"), QFileInfo(currentPath).absolutePath(),
            DatabaseProblemDialog::tr("Chart of the Week databases (*.sqlite);;All files (*)"));
    };
    chooser.chooseNewFile = [parent](const QString &currentPath) {
        return QFileDialog::getSaveFileName(
            parent, DatabaseProblemDialog::tr("Create New Database"),
            QDir(QFileInfo(currentPath).absolutePath()).filePath(QStringLiteral("chartweek-new.sqlite")),
            DatabaseProblemDialog::tr("Chart of the Week databases (*.sqlite)"));
    };
    return chooser;
}

bool openDatabaseInteractively(SqliteStudyRepository *database, const QString &path, const DatabaseChooser &chooser)
{
    QString current = path;
    bool chosen = false;
    StorageResult<void> opened = database->open(current);
    while (!opened) {
        const DatabaseProblemDialog::Choice choice = chooser.askWhatToDo(opened.error());
        if (choice == DatabaseProblemDialog::Choice::Quit)
            return false;
        const bool createNew = choice == DatabaseProblemDialog::Choice::CreateNew;
        const QString next = createNew ? chooser.chooseNewFile(current) : chooser.chooseExistingFile(current);
        if (next.isEmpty()) // cancelled: ask again
            continue;
        if (createNew && QFileInfo(next).exists() && QFileInfo(next).size() > 0) {
            opened = DatabaseError{DatabaseError::Kind::CannotOpen,
                                   DatabaseProblemDialog::tr("%1 already exists. Choose a new name for the new "
                                                             "database; the existing file is left as it is.")
                                       .arg(QDir::toNativeSeparators(next)),
                                   {}};
            continue;
        }
        current = next;
        chosen = true;
        opened = database->open(current);
    }
    if (chosen)
        AppSettings().setDatabasePath(QFileInfo(current).absoluteFilePath());
    return true;
}

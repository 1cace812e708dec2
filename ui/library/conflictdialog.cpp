// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/conflictdialog.h"

#include "core/studydifferences.h"
#include "ui/library/differencestable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Study &mine, const Study &theirs, Language language, QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_differences(new QTableWidget(this))
    , m_keepMine(new QPushButton(tr("&Keep Mine"), this))
    , m_takeTheirs(new QPushButton(tr("&Take Theirs"), this))
{
    setWindowTitle(tr("Saved by a Colleague"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setTextFormat(Qt::PlainText); // titles are shown as they are
    m_message->setWordWrap(true);
    m_message->setText(tr("A colleague saved “%1” after this window showed it. Keep your version to store it "
                          "over theirs, or take theirs and drop your last change.")
                           .arg(theirs.title));

    const QList<StudyDifference> differences = studyDifferences(theirs, mine, language);
    m_differences->setObjectName(QStringLiteral("conflictDifferences"));
    setUpDifferencesTable(m_differences);
    m_differences->setHorizontalHeaderLabels({tr("What"), tr("Your version"), tr("Their version")});
    m_differences->setAccessibleName(tr("Differences between your version and theirs"));
    showDifferences(m_differences, differences, true);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keepMine, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_takeTheirs, QDialogButtonBox::RejectRole);
    m_takeTheirs->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_choice = StudyLibrary::ConflictChoice::KeepMine;
        accept();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    resize(680, 360); // fits a 1024×700 screen with room to spare
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/conflictdialog.h"

#include "core/studydifferences.h"

#include <QDialogButtonBox>
#include <QHeaderView>
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
    m_differences->setColumnCount(3);
    m_differences->setHorizontalHeaderLabels({tr("What"), tr("Your version"), tr("Their version")});
    m_differences->setRowCount(int(differences.size()));
    m_differences->verticalHeader()->hide();
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->setWordWrap(true);
    m_differences->setAccessibleName(tr("Differences between your version and theirs"));
    for (int row = 0; row < differences.size(); ++row) {
        const StudyDifference &difference = differences.at(row);
        const QString empty = tr("(none)");
        const QString texts[] = {difference.what, difference.after.isEmpty() ? empty : difference.after,
                                 difference.before.isEmpty() ? empty : difference.before};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            m_differences->setItem(row, column, item);
        }
    }
    QHeaderView *header = m_differences->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_differences->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

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

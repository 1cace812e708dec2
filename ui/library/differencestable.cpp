// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/differencestable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DifferencesTable)
};

} // namespace

void setUpDifferencesTable(QTableWidget *table)
{
    table->setColumnCount(3);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void showDifferences(QTableWidget *table, const QList<StudyDifference> &differences, bool afterFirst)
{
    table->setRowCount(int(differences.size()));
    const QString empty = Text::tr("(none)");
    for (int row = 0; row < differences.size(); ++row) {
        const StudyDifference &difference = differences.at(row);
        const QString &first = afterFirst ? difference.after : difference.before;
        const QString &second = afterFirst ? difference.before : difference.after;
        const QString texts[] = {difference.what, first.isEmpty() ? empty : first, second.isEmpty() ? empty : second};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            table->setItem(row, column, item);
        }
    }
}

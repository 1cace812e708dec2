// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// A study's history in the window: File → Study History… lists every saved version, shows
// what one changed against another, and restores an old one as a new, undoable version.

#include "librarywindowtest.h"
#include "ui/library/historydialog.h"
#include "ui/library/studylibrary.h"
#include "whenmodal.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

class HistoryTest : public LibraryWindowTest
{
protected:
    // Two edits of the seed study: versions 2 (a share) and 3 (the title).
    void editTwice()
    {
        m_original = m_window->study();
        Study share = m_original;
        share.waves[1].shares[0] = 25.0;
        ASSERT_TRUE(m_window->library()->replace(m_window->study(), share, [] {
            return QStringLiteral("Edit share");
        }));
        Study title = m_window->study();
        title.title = QStringLiteral("Renamed");
        ASSERT_TRUE(m_window->library()->replace(m_window->study(), title, [] {
            return QStringLiteral("Rename");
        }));
        m_edited = m_window->study();
    }

    QAction *historyAction() const { return m_window->findChild<QAction *>(QStringLiteral("historyAction")); }

    Study m_original;
    Study m_edited;
};

QStringList column(const QTreeWidget *tree, int index)
{
    QStringList texts;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        texts.append(tree->topLevelItem(row)->text(index));
    return texts;
}

QStringList row(const QTableWidget *table, int index)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts.append(table->item(index, column) ? table->item(index, column)->text() : QString());
    return texts;
}

} // namespace

TEST_F(HistoryTest, ListsEveryVersionAndShowsWhatOneChanged)
{
    editTwice();
    ASSERT_NE(historyAction(), nullptr);
    EXPECT_EQ(historyAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    QStringList versions;
    QStringList savedBy;
    QStringList changed;
    QStringList header;
    bool restoreOnNewest = true;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<HistoryDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        versions = column(dialog->versionList(), 0);
        savedBy = column(dialog->versionList(), 2);
        restoreOnNewest = dialog->restoreButton()->isEnabled();
        // Version 2 against the one before it: the share it changed, nothing else.
        dialog->versionList()->setCurrentItem(dialog->versionList()->topLevelItem(1));
        EXPECT_EQ(dialog->comparedWith()->currentText(), QStringLiteral("Version 1"));
        QTableWidget *table = dialog->differencesTable();
        header = {table->horizontalHeaderItem(1)->text(), table->horizontalHeaderItem(2)->text()};
        if (table->rowCount() == 1)
            changed = row(table, 0);
        dialog->reject();
    });
    historyAction()->trigger();
    EXPECT_EQ(versions, (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    EXPECT_EQ(savedBy.size(), 3);
    EXPECT_FALSE(restoreOnNewest) << "restoring what is stored changes nothing";
    EXPECT_EQ(header, (QStringList{QStringLiteral("Version 1"), QStringLiteral("Version 2")}));
    const QString segment = m_original.segments[0].name.text(Language::English);
    EXPECT_EQ(changed, (QStringList{QStringLiteral("Share of \u201c%1\u201d in 2012").arg(segment),
                                    QStringLiteral("24%"), QStringLiteral("25%")}));
}

TEST_F(HistoryTest, RestoringAnOldVersionIsANewVersionAndUndoable)
{
    editTwice();
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<HistoryDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        QTreeWidget *list = dialog->versionList();
        list->setCurrentItem(list->topLevelItem(list->topLevelItemCount() - 1)); // version 1
        ASSERT_TRUE(dialog->restoreButton()->isEnabled());
        QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    });
    historyAction()->trigger();
    EXPECT_EQ(m_window->study(), m_original);
    EXPECT_EQ(m_database.listVersions(m_original.id)->size(), 4) << "the restore is version 4";
    EXPECT_EQ(m_window->library()->undoStack()->undoText(), QStringLiteral("Restore version 1"));

    m_window->library()->undoStack()->undo();
    EXPECT_EQ(m_window->study(), m_edited);
    EXPECT_EQ(*m_database.loadStudy(m_original.id), m_edited);
}

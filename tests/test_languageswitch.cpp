// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// A language switch reaches every open window at once: the main window with its library,
// data editor, charts and advice, and a non-modal export and import dialog. The texts of
// the whole widget tree are compared with the message catalogue: none may be text of the
// other language.
#include "core/storage/sqlitestudyrepository.h"
#include "ui/charts/chartwidget.h"
#include "ui/data/importdialog.h"
#include "ui/data/studyeditor.h"
#include "ui/export/exportdialog.h"
#include "ui/mainwindow.h"
#include "uitexts.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "librarywindowtest.h"

#include <gtest/gtest.h>

namespace {

class LanguageSwitchTest : public LibraryWindowTest
{
protected:
    // The Language menu's action for a language (named language_<code>).
    void trigger(Language language)
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("language_") + languageCode(language));
        ASSERT_NE(action, nullptr) << qPrintable(languageCode(language));
        action->trigger();
        QCoreApplication::processEvents();
    }

    // Every text of every window, with what is wrong about it; empty when all is right.
    QStringList wrongTexts(Language language, int *count)
    {
        QList<QWidget *> windows{m_window.get(), m_export, m_import};
        return wrongTextsOf(windows, language, count);
    }

    QStringList wrongTextsOf(const QList<QWidget *> &windows, Language language, int *count)
    {
        const TsCatalog catalog = TsCatalog::load();
        EXPECT_GT(catalog.size(), 200);
        // Numbers follow the language: "24 %" (no-break space) in German, "24%" in English.
        const QRegularExpression foreignNumber(language == Language::German ? QStringLiteral("\\d%")
                                                                            : QStringLiteral("\\d\u00a0%"));
        QStringList wrong;
        *count = 0;
        for (QWidget *window : windows) {
            if (!window)
                continue;
            for (const ShownText &shown : shownTexts(window)) {
                ++*count;
                const QString match = catalog.foreignMatch(shown.text, language);
                if (!match.isEmpty())
                    wrong.append(QStringLiteral("%1: \"%2\" (catalogue: \"%3\")").arg(shown.where, shown.text, match));
                else if (shown.text.contains(foreignNumber))
                    wrong.append(QStringLiteral("%1: \"%2\" (number format)").arg(shown.where, shown.text));
            }
        }
        return wrong;
    }

    // Types a share into the data editor as a user would, which pushes an undo step.
    void editShare(int row, int column, const QString &text)
    {
        auto *table = m_window->studyEditor()->findChild<QTableView *>(QStringLiteral("shareTable"));
        ASSERT_NE(table, nullptr);
        ASSERT_TRUE(table->model()->setData(table->model()->index(row, column), text, Qt::EditRole));
    }

    QPointer<ExportDialog> m_export;
    QPointer<ImportDialog> m_import;
};

} // namespace

TEST_F(LanguageSwitchTest, EveryOpenWindowFollowsAtOnce)
{
    m_export = new ExportDialog(ChartKind::Bar, m_window.get());
    m_export->show();
    const QString csvPath = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/error-one-bad-row.csv");
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    m_import = new ImportDialog(csv.readAll(), csvPath, Language::English, m_window.get());
    m_import->show();
    m_window->selectSegment(1);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_import));

    int count = 0;
    QStringList wrong = wrongTexts(Language::English, &count);
    EXPECT_GT(count, 250) << "the walk sees the texts of every window";
    EXPECT_TRUE(wrong.isEmpty()) << "German text in the English UI:\n" << qPrintable(wrong.join(u'\n'));

    trigger(Language::German);
    wrong = wrongTexts(Language::German, &count);
    EXPECT_TRUE(wrong.isEmpty()) << "English text in the German UI:\n" << qPrintable(wrong.join(u'\n'));
    // Spot checks of what a user sees, including Qt's own button texts and the chart.
    EXPECT_EQ(m_export->windowTitle(), QStringLiteral("Diagramm exportieren"));
    EXPECT_EQ(m_import->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(),
              QStringLiteral("Abbrechen"));
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("24\u00a0%")));
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("Mit Strategie")))
        << qPrintable(m_window->barChart()->visibleTexts().join(u'|'));

    trigger(Language::English);
    wrong = wrongTexts(Language::English, &count);
    EXPECT_TRUE(wrong.isEmpty()) << "German text in the English UI:\n" << qPrintable(wrong.join(u'\n'));
    EXPECT_EQ(m_export->windowTitle(), QStringLiteral("Export Chart"));
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("24%")));
}

// The walk itself finds a widget that didn't follow: a label left in English.
TEST_F(LanguageSwitchTest, TheWalkFindsATextLeftInTheOtherLanguage)
{
    trigger(Language::German);
    auto *stale = new QLabel(QStringLiteral("Export Chart"), m_window.get());
    stale->setObjectName(QStringLiteral("stale"));
    int count = 0;
    const QStringList wrong = wrongTexts(Language::German, &count);
    ASSERT_EQ(wrong.size(), 1) << qPrintable(wrong.join(u'\n'));
    EXPECT_TRUE(wrong.first().contains(QStringLiteral("stale"))) << qPrintable(wrong.first());
    delete stale;
}

// Edit → Undo/Redo name the steps in the language of the moment: steps made before and
// after a switch, in either direction.
TEST_F(LanguageSwitchTest, UndoAndRedoTextsFollowTheLanguage)
{
    editShare(1, 1, QStringLiteral("30"));
    trigger(Language::German);
    editShare(1, 2, QStringLiteral("46"));
    m_window->undoStack()->undo(); // one step to redo, one to undo
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    ASSERT_TRUE(undo && redo);
    int count = 0;
    QStringList wrong = wrongTexts(Language::German, &count);
    EXPECT_TRUE(wrong.isEmpty()) << "English text in the German UI:\n" << qPrintable(wrong.join(u'\n'));
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Ad hoc"))) << qPrintable(undo->text());
    EXPECT_FALSE(undo->text().contains(QStringLiteral("Undo"))) << qPrintable(undo->text());
    EXPECT_FALSE(undo->text().contains(QStringLiteral("Edit share"))) << qPrintable(undo->text());

    trigger(Language::English);
    wrong = wrongTexts(Language::English, &count);
    EXPECT_TRUE(wrong.isEmpty()) << "German text in the English UI:\n" << qPrintable(wrong.join(u'\n'));
    EXPECT_EQ(withoutMnemonic(undo->text()), QStringLiteral("Undo Edit share 2012, Ad hoc use"));
    EXPECT_EQ(withoutMnemonic(redo->text()), QStringLiteral("Redo Edit share 2012, No social media"));
}

// Export All writes German files from the English UI: its progress, the main window while it
// runs and the status bar afterwards stay English.
TEST_F(LanguageSwitchTest, ExportAllSpeaksTheLanguageOfTheUi)
{
    QStringList wrong;
    int seen = 0;
    QTimer sampler;
    sampler.setInterval(0);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(widget);
            if (!progress || !progress->isVisible() || progress->value() < 1)
                continue;
            int count = 0;
            ++seen;
            for (const QString &text : wrongTextsOf({progress, m_window.get()}, Language::English, &count))
                if (!wrong.contains(text))
                    wrong.append(text);
        }
    });
    sampler.start();
    QTemporaryDir folder;
    EXPECT_EQ(m_window->exportAllTo(folder.path()), 18);
    sampler.stop();
    EXPECT_GT(seen, 9) << "the progress was looked at while the German files were written";
    EXPECT_TRUE(wrong.isEmpty()) << "German text in the English UI during Export All:\n"
                                 << qPrintable(wrong.join(u'\n'));
    int count = 0;
    wrong = wrongTexts(Language::English, &count);
    EXPECT_TRUE(wrong.isEmpty()) << qPrintable(wrong.join(u'\n'));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported 18 files")))
        << qPrintable(m_window->statusBar()->currentMessage());
}

// The platform adds the application's name to every window title: it is translated too.
TEST_F(LanguageSwitchTest, WindowTitlesNameTheAppInTheUiLanguage)
{
    trigger(Language::German);
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), QStringLiteral("Chart der Woche"));
    EXPECT_TRUE(m_window->windowTitle().endsWith(QStringLiteral(" — Chart der Woche")))
        << qPrintable(m_window->windowTitle());
    EXPECT_FALSE(m_window->windowTitle().contains(QStringLiteral("Chart of the Week")));
    trigger(Language::English);
    EXPECT_EQ(QGuiApplication::applicationDisplayName(), QStringLiteral("Chart of the Week"));
}

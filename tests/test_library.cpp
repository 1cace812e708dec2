// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "ui/advice/advicepanel.h"
#include "ui/charts/chartwidget.h"
#include "ui/data/adviceeditor.h"
#include "ui/data/importdialog.h"
#include "ui/data/sharetablemodel.h"
#include "ui/data/studyeditor.h"
#include "ui/library/librarypane.h"
#include "ui/library/studylibrary.h"
#include "ui/library/studylistmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>

#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "librarywindowtest.h"

#include <gtest/gtest.h>

namespace {

class LibraryTest : public LibraryWindowTest
{
protected:
    Study stored(qint64 id)
    {
        const auto study = m_database.loadStudy(id);
        EXPECT_TRUE(succeeded(study));
        return study ? *study : Study();
    }

    // Types text into a cell of the share table the way a user does: F2, select all, type, Enter.
    void typeIntoCell(int row, int column, const QString &text)
    {
        m_window->showChart(ChartKind::Bar);
        QTableView *view = m_window->studyEditor()->shareView();
        m_window->findChild<QTabWidget *>()->setCurrentWidget(m_window->studyEditor());
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, column));
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(editor, nullptr) << "F2 opens an editor in the cell";
        ASSERT_EQ(editor->parentWidget(), view->viewport()) << qPrintable(editor->objectName());
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
    }

    // Runs handler on the import dialog once it is shown (inside its exec()).
    static void whenImportDialogShows(const std::function<void(ImportDialog *)> &handler)
    {
        auto *timer = new QTimer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, handler] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<ImportDialog *>(widget);
                if (dialog && dialog->isVisible()) {
                    timer->stop();
                    timer->deleteLater();
                    handler(dialog);
                    if (dialog->isVisible())
                        dialog->reject(); // a handler that failed must not leave exec() running
                    return;
                }
            }
        });
        timer->start();
    }

    void undo() { QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); }
    void redo() { QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }
};

} // namespace

TEST_F(LibraryTest, OpensTheSeedStudyAndListsIt)
{
    EXPECT_EQ(m_window->study().slug, smbGroupSocialBusinessStudy2012().slug);
    EXPECT_EQ(m_window->libraryPane()->visibleTitles(),
              QStringList{QStringLiteral("2012 Small and Medium Business Social Business Study")});
}

// The library never scrolls sideways: narrow (a docked pane at 1024 px), the title fills the
// list and the source and waves go into the title's tooltip; wide, every column shows.
TEST_F(LibraryTest, TitleFitsTheListAtEveryWidth)
{
    LibraryPane pane(m_window->library());
    pane.show();
    QTableView *view = pane.view();
    for (const int width : {200, 260, 400, 900}) {
        pane.resize(width, 400);
        QApplication::processEvents();
        const int title = view->columnWidth(StudyListModel::TitleColumn);
        int shown = 0;
        for (int column = 0; column < StudyListModel::ColumnCount; ++column) {
            if (!view->isColumnHidden(column))
                shown += view->columnWidth(column);
        }
        EXPECT_LE(shown, view->viewport()->width()) << "width " << width;
        EXPECT_GE(title, view->fontMetrics().averageCharWidth() * 12) << "width " << width;
        if (width == 200) {
            EXPECT_TRUE(view->isColumnHidden(StudyListModel::SourceColumn));
        }
        if (width == 900) {
            EXPECT_FALSE(view->isColumnHidden(StudyListModel::SourceColumn));
            EXPECT_FALSE(view->isColumnHidden(StudyListModel::WavesColumn));
        }
    }
    const QString tooltip = view->model()->index(0, StudyListModel::TitleColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tooltip.startsWith(QStringLiteral("2012 Small and Medium Business Social Business Study\n")))
        << qPrintable(tooltip);
    EXPECT_TRUE(tooltip.contains(QStringLiteral("SMB Group"))) << qPrintable(tooltip);
    EXPECT_TRUE(tooltip.contains(QStringLiteral("2011, 2012"))) << qPrintable(tooltip);
}

TEST_F(LibraryTest, NewStudyIsUndoableWithTheKeyboard)
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(m_window->library()->studies().size(), 2);
    const qint64 created = m_window->study().id;
    EXPECT_EQ(m_window->study().title, QStringLiteral("New study"));
    EXPECT_EQ(m_window->library()->studies().first().id, created) << "next week's chart comes first";

    undo();
    EXPECT_EQ(m_window->library()->studies().size(), 1);
    EXPECT_EQ(m_window->study().slug, smbGroupSocialBusinessStudy2012().slug) << "falls back to a study that exists";
    redo();
    ASSERT_EQ(m_window->library()->studies().size(), 2);
    EXPECT_EQ(m_window->library()->studies().first().id, created) << "redo brings back the same study";
}

TEST_F(LibraryTest, SearchFiltersAsYouType)
{
    const qint64 id = m_window->library()->create();
    Study study = stored(id);
    Study renamed = study;
    renamed.title = QStringLiteral("Übersicht Marketing 2024");
    renamed.sourceCitation = QStringLiteral("Verband, Übersicht 2024");
    ASSERT_TRUE(m_window->library()->replace(study, renamed, [] {
        return QStringLiteral("rename");
    }));

    QLineEdit *search = m_window->libraryPane()->searchField();
    QTest::keyClicks(search, QStringLiteral("smb"));
    EXPECT_EQ(m_window->libraryPane()->visibleTitles(),
              QStringList{QStringLiteral("2012 Small and Medium Business Social Business Study")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ubersicht"));
    EXPECT_EQ(m_window->libraryPane()->visibleTitles(), QStringList{QStringLiteral("Übersicht Marketing 2024")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("verband"));
    EXPECT_EQ(m_window->libraryPane()->visibleTitles().size(), 1) << "the source is searched too";
    QTest::keyClicks(search, QStringLiteral("xyz"));
    EXPECT_TRUE(m_window->libraryPane()->visibleTitles().isEmpty());
}

TEST_F(LibraryTest, DeleteAndDuplicateAreUndoable)
{
    const qint64 seedId = m_window->study().id;
    const qint64 copy = m_window->library()->duplicate(seedId);
    ASSERT_GT(copy, 0);
    EXPECT_EQ(stored(copy).title, QStringLiteral("2012 Small and Medium Business Social Business Study (copy)"));
    ASSERT_TRUE(m_window->library()->remove(seedId));
    EXPECT_EQ(m_window->library()->studies().size(), 1);
    undo();
    ASSERT_EQ(m_window->library()->studies().size(), 2);
    Study restored = stored(seedId);
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = seedId;
    EXPECT_EQ(restored, expected);
}

TEST_F(LibraryTest, EditingAShareUpdatesTheChartAndIsUndoable)
{
    const qint64 id = m_window->study().id;
    typeIntoCell(1, 1, QStringLiteral("35"));
    EXPECT_EQ(stored(id).waves.at(1).shares.at(1), 35.0);
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("35%")));
    EXPECT_TRUE(m_window->studyEditor()->messageText().contains(QStringLiteral("106")))
        << "24 + 35 + 47 = 106 is shown as a warning, not refused";
    undo();
    EXPECT_EQ(stored(id).waves.at(1).shares.at(1), 29.0);
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("29%")));
    redo();
    EXPECT_EQ(stored(id).waves.at(1).shares.at(1), 35.0);
}

// A block copied in LibreOffice Calc or Excel (tab-separated lines, numbers as the UI
// language writes them) pastes with Ctrl+V as one edit that one Ctrl+Z takes back; a block
// with a cell that isn't a share pastes nothing and names the cell.
TEST_F(LibraryTest, PastingABlockFromASpreadsheetIsOneUndoableEdit)
{
    m_window->setLanguage(Language::German);
    QCoreApplication::processEvents(); // deliver the language change before pasting
    const qint64 id = m_window->study().id;
    const Study before = stored(id);
    m_window->showChart(ChartKind::Bar);
    m_window->findChild<QTabWidget *>()->setCurrentWidget(m_window->studyEditor());
    QTableView *view = m_window->studyEditor()->shareView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));

    QGuiApplication::clipboard()->setText(QStringLiteral("20\t30,5 %\t\r\n25\t30\t45\r\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    const Study pasted = stored(id);
    EXPECT_EQ(pasted.waves.at(0).shares.at(0), 20.0);
    EXPECT_EQ(pasted.waves.at(0).shares.at(1), 30.5);
    EXPECT_FALSE(pasted.waves.at(0).shares.at(2).has_value()) << "an empty cell is an unknown share";
    EXPECT_EQ(pasted.waves.at(1).shares.at(0), 25.0);
    EXPECT_EQ(pasted.waves.at(1).shares.at(2), 45.0);
    EXPECT_TRUE(view->model()->index(0, 1).data().toString().startsWith(QStringLiteral("30,5")))
        << qPrintable(view->model()->index(0, 1).data().toString());

    undo();
    for (int wave = 0; wave < 2; ++wave) {
        EXPECT_EQ(stored(id).waves.at(wave).shares, before.waves.at(wave).shares) << "one Ctrl+Z undoes the paste";
    }

    QGuiApplication::clipboard()->setText(QStringLiteral("20\tviel\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(stored(id).waves.at(0).shares, before.waves.at(0).shares) << "nothing of a refused block is pasted";
    const QString message = m_window->studyEditor()->messageText();
    EXPECT_TRUE(message.contains(QStringLiteral("viel"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("2011"))) << qPrintable(message);

    view->setCurrentIndex(view->model()->index(1, 2));
    QGuiApplication::clipboard()->setText(QStringLiteral("20\t30\n"));
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(stored(id).waves.at(1).shares, before.waves.at(1).shares) << "a block reaching beyond the table";
}

TEST_F(LibraryTest, EmptyCellIsUnknownNotZero)
{
    const qint64 id = m_window->study().id;
    typeIntoCell(1, 0, QString());
    EXPECT_FALSE(stored(id).waves.at(1).shares.at(0).has_value());
    EXPECT_FALSE(m_window->barChart()->visibleTexts().contains(QStringLiteral("0%")));
}

TEST_F(LibraryTest, GermanNumbersAreReadAndWrongOnesRefused)
{
    m_window->setLanguage(Language::German);
    QCoreApplication::processEvents(); // deliver the language change before typing
    const qint64 id = m_window->study().id;
    typeIntoCell(1, 0, QStringLiteral("23,5"));
    EXPECT_EQ(stored(id).waves.at(1).shares.at(0), 23.5);

    typeIntoCell(1, 0, QStringLiteral("23.7"));
    EXPECT_EQ(stored(id).waves.at(1).shares.at(0), 23.5) << "English notation is refused in German";
    const QString message = m_window->studyEditor()->messageText();
    EXPECT_TRUE(message.contains(QStringLiteral("2012"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("Mit Strategie"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("23.7"))) << qPrintable(message);

    typeIntoCell(1, 0, QStringLiteral("123"));
    EXPECT_EQ(stored(id).waves.at(1).shares.at(0), 23.5) << "out of range is refused";
}

TEST_F(LibraryTest, UnchangedValuesStayBitForBitInEveryLanguage)
{
    Study study = m_window->study();
    Study awkward = study;
    awkward.waves[1].shares = {0.1 + 0.2, 33.333333333333336, 100.0 - 0.1 - 0.2 - 33.333333333333336};
    ASSERT_TRUE(m_window->library()->replace(study, awkward, [] {
        return QStringLiteral("awkward");
    }));
    for (Language language : {Language::English, Language::German}) {
        m_window->setLanguage(language);
        ShareTableModel *model = m_window->studyEditor()->shareModel();
        for (int column = 0; column < 3; ++column) {
            const QModelIndex index = model->index(1, column);
            // Open the cell's text and commit it unchanged, then the same text re-parsed.
            ASSERT_TRUE(model->setData(index, model->data(index, Qt::EditRole)));
            Share reparsed;
            QString error;
            ASSERT_TRUE(
                ShareTableModel::parseShare(model->data(index, Qt::EditRole).toString(), language, &reparsed, &error));
            EXPECT_EQ(reparsed, awkward.waves[1].shares[column]);
        }
        EXPECT_EQ(stored(study.id).waves.at(1).shares, awkward.waves.at(1).shares);
    }
}

TEST_F(LibraryTest, WavesAndSegmentsCanBeAddedAndRemovedWithUndo)
{
    StudyEditor *editor = m_window->studyEditor();
    const qint64 id = m_window->study().id;
    editor->addWave(2013);
    EXPECT_EQ(stored(id).waves.size(), 3);
    EXPECT_EQ(stored(id).waves.last().year, 2013);
    EXPECT_EQ(editor->shareModel()->rowCount(), 3);
    editor->addSegment();
    EXPECT_EQ(stored(id).segments.size(), 4);
    EXPECT_EQ(editor->shareModel()->columnCount(), 4);
    editor->removeWave(0);
    EXPECT_EQ(stored(id).waves.first().year, 2012);

    undo();
    undo();
    undo();
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = id;
    EXPECT_EQ(stored(id), expected);
    EXPECT_EQ(m_window->undoStack()->count(), 3);
}

TEST_F(LibraryTest, ModelsPassTheItemModelTester)
{
    ShareTableModel shares;
    SegmentTableModel segments;
    StudyListModel list;
    StudyFilterModel filter;
    filter.setSourceModel(&list);
    ModelTesters testers;
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{&shares, &segments, &list, &filter})
        testers.add(model);
    Study study = smbGroupSocialBusinessStudy2012();
    shares.setStudy(study);
    segments.setStudy(study);
    study.waves.append({2013, {1.0, 2.0, 97.0}});
    shares.setStudy(study);
    EXPECT_EQ(shares.rowCount(), 3);
    EXPECT_EQ(shares.index(2, 2).data().toString(), QStringLiteral("97"));
    EXPECT_EQ(shares.index(0, 0).data().toString(), QString()) << "unknown is empty, not 0";
    list.setStudies(
        {{1, QStringLiteral("A"), QStringLiteral("P"), 2012, QStringLiteral("S"), QDate(2024, 1, 1), {2012}}});
    EXPECT_EQ(list.index(0, StudyListModel::WeekColumn).data().toString(), QStringLiteral("2024, week 1"));
    list.setStudies({{1, QStringLiteral("Übersicht"), QStringLiteral("P"), 2012, QStringLiteral("S"), QDate(), {2012}},
                     {2, QStringLiteral("Other"), QStringLiteral("P"), 2013, QStringLiteral("S"), QDate(), {2013}}});
    filter.setSearchText(QStringLiteral("ubersicht"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText(QString());
    EXPECT_EQ(filter.rowCount(), 2);
}

TEST_F(LibraryTest, MetadataEditsAreStoredAndUndoable)
{
    StudyEditor *editor = m_window->studyEditor();
    m_window->findChild<QTabWidget *>()->setCurrentWidget(editor);
    QLineEdit *title = editor->titleField();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Renamed study"));
    QTest::keyClick(title, Qt::Key_Return);
    EXPECT_EQ(stored(m_window->study().id).title, QStringLiteral("Renamed study"));
    EXPECT_EQ(m_window->libraryPane()->visibleTitles(), QStringList{QStringLiteral("Renamed study")});
    undo();
    EXPECT_EQ(stored(m_window->study().id).title, smbGroupSocialBusinessStudy2012().title);
    EXPECT_EQ(title->text(), smbGroupSocialBusinessStudy2012().title);
}

TEST_F(LibraryTest, OwnHeadlineReplacesTheGeneratedOnePerLanguage)
{
    const QString generated = m_window->headlineText();
    EXPECT_FALSE(generated.isEmpty());
    EXPECT_FALSE(m_window->narrativeText().isEmpty());
    Study study = m_window->study();
    Study withHeadline = study;
    withHeadline.headline =
        LocalizedText{{Language::English, QStringLiteral("Half of small firms are on social media")}};
    ASSERT_TRUE(m_window->library()->replace(study, withHeadline, [] {
        return QStringLiteral("headline");
    }));
    EXPECT_EQ(m_window->headlineText(), QStringLiteral("Half of small firms are on social media"));
    m_window->setLanguage(Language::German);
    QCoreApplication::processEvents();
    EXPECT_NE(m_window->headlineText(), QStringLiteral("Half of small firms are on social media"))
        << "no English headline in the German window";
    EXPECT_TRUE(m_window->headlineText().startsWith(QStringLiteral("Weniger als ein Viertel der kleinen Unternehmen")))
        << qPrintable(m_window->headlineText());
}

TEST_F(LibraryTest, ImportPreviewShowsTheTableAndImportsAfterConfirmation)
{
    const QString csv = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/sep-semicolon-crlf.csv");
    QString settings;
    QString summary;
    int rows = 0;
    whenImportDialogShows([&](ImportDialog *dialog) {
        dialog->setNumberLocale(Language::German);
        settings = dialog->settingsText();
        summary = dialog->summaryText();
        rows = dialog->preview()->rowCount();
        QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::Key_Space);
    });
    const QList<qint64> ids = m_window->importFile(csv);
    ASSERT_EQ(ids.size(), 1);
    EXPECT_TRUE(settings.contains(QStringLiteral("semicolon"))) << qPrintable(settings);
    EXPECT_TRUE(settings.contains(QStringLiteral("sep="))) << qPrintable(settings);
    EXPECT_GT(rows, 1);
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Ready to import 1 study"))) << qPrintable(summary);
    EXPECT_EQ(m_window->study().id, ids.first()) << "the imported study is opened";
    EXPECT_EQ(m_window->library()->studies().size(), 2);
    // The offscreen platform has no window manager to give the focus back after a dialog.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    undo();
    EXPECT_EQ(m_window->library()->studies().size(), 1) << "one undo removes the import";
}

// Edit → Paste as New Study: cells copied in a spreadsheet open the import preview and,
// confirmed, become a new study (one undoable step); an empty clipboard says so.
TEST_F(LibraryTest, PasteAsNewStudyImportsTheClipboardsTable)
{
    QAction *paste = m_window->findChild<QAction *>(QStringLiteral("pasteAsNewStudyAction"));
    ASSERT_NE(paste, nullptr);
    QGuiApplication::clipboard()->setText(
        QStringLiteral("Year\tPlanned\tAd hoc\tNone\r\n2013\t30\t29\t41\r\n2014\t35,5\t28\t36,5\r\n"));
    QString summary;
    int rows = 0;
    whenImportDialogShows([&](ImportDialog *dialog) {
        summary = dialog->summaryText();
        rows = dialog->preview()->rowCount();
        QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::Key_Space);
    });
    paste->trigger();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Ready to import 1 study"))) << qPrintable(summary);
    EXPECT_GE(rows, 2);
    ASSERT_EQ(m_window->library()->studies().size(), 2);
    const Study imported = stored(m_window->study().id);
    ASSERT_EQ(imported.waves.size(), 2);
    EXPECT_EQ(imported.waves.at(1).year, 2014);
    EXPECT_EQ(imported.waves.at(1).shares.at(0), 35.5) << "German decimal commas as Calc copies them";
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    undo();
    EXPECT_EQ(m_window->library()->studies().size(), 1) << "one undo removes the pasted study";

    QGuiApplication::clipboard()->clear();
    EXPECT_TRUE(m_window->pasteAsNewStudy().isEmpty());
    EXPECT_EQ(m_window->library()->studies().size(), 1);
}

TEST_F(LibraryTest, ImportWithErrorsCanOnlyBeCancelled)
{
    const QString csv = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/error-de-decimal-point.csv");
    QString errors;
    bool importEnabled = true;
    whenImportDialogShows([&](ImportDialog *dialog) {
        dialog->setNumberLocale(Language::German);
        errors = dialog->errorText();
        importEnabled = dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
        dialog->reject();
    });
    EXPECT_TRUE(m_window->importFile(csv).isEmpty());
    EXPECT_FALSE(importEnabled);
    EXPECT_TRUE(errors.contains(QStringLiteral("error-de-decimal-point.csv:2:2:"))) << qPrintable(errors);
    EXPECT_EQ(m_window->library()->studies().size(), 1);
}

TEST_F(LibraryTest, DroppingACsvFileOpensTheImport)
{
    const QString csv = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/wide-en-tab.tsv");
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    bool sawDialog = false;
    whenImportDialogShows([&](ImportDialog *dialog) {
        sawDialog = true;
        dialog->setNumberLocale(Language::English);
        dialog->accept();
    });
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QCoreApplication::processEvents(); // the import starts after the drop
    EXPECT_TRUE(sawDialog);
    EXPECT_EQ(m_window->library()->studies().size(), 2);

    QMimeData image;
    image.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png"))});
    QDragEnterEvent refuse(QPoint(50, 50), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &refuse);
    EXPECT_FALSE(refuse.isAccepted()) << "only study files are accepted";
}

TEST_F(LibraryTest, AFileFromTheCommandLineOpensInTheImportPreview)
{
    // main() hands `chartweek FILE` (and the desktop's Exec=chartweek %f) to importFileLater().
    const QString csv = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/wide-en-tab.tsv");
    const qint64 seed = m_window->study().id;
    bool shown = false;
    whenImportDialogShows([&](ImportDialog *dialog) {
        shown = true;
        dialog->setNumberLocale(Language::English);
        dialog->accept();
    });
    m_window->importFileLater(csv);
    EXPECT_EQ(m_window->library()->studies().size(), 1) << "nothing happens before the event loop runs";
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return m_window->library()->studies().size() == 2;
        },
        60000));
    EXPECT_TRUE(shown);
    EXPECT_NE(m_window->study().id, seed) << "the imported study is opened";
}

TEST_F(LibraryTest, AdviceIsEditedSideBySideAndWarnsAboutTheOlderLanguage)
{
    StudyEditor *editor = m_window->studyEditor();
    AdviceEditor *advice = editor->adviceEditor();
    EXPECT_TRUE(advice->warningText().isEmpty());
    advice->setAudience(QStringLiteral("adhoc"));
    EXPECT_EQ(advice->headingField(Language::English)->text(),
              QStringLiteral("You use social media, but without a plan"));
    EXPECT_EQ(advice->headingField(Language::German)->text(),
              QStringLiteral("Sie nutzen soziale Medien, aber ohne Plan"));

    QLineEdit *german = advice->headingField(Language::German);
    german->setFocus();
    german->selectAll();
    QTest::keyClicks(german, QStringLiteral("Vom Zufall zum Plan"));
    QTest::keyClick(german, Qt::Key_Return);

    const Study study = stored(m_window->study().id);
    ASSERT_NE(study.adviceText(QStringLiteral("adhoc"), Language::German), nullptr);
    EXPECT_EQ(study.adviceText(QStringLiteral("adhoc"), Language::German)->heading,
              QStringLiteral("Vom Zufall zum Plan"));
    EXPECT_TRUE(advice->warningText().contains(QStringLiteral("English advice for \"Ad hoc use\" is older")))
        << qPrintable(advice->warningText());

    m_window->setLanguage(Language::German);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")), QStringLiteral("Vom Zufall zum Plan"));

    // Emptying both fields of a language removes that text: the panel falls back to
    // a text generated from the figures.
    m_window->setLanguage(Language::English);
    QCoreApplication::processEvents();
    advice->setAudience(QStringLiteral("adhoc"));
    QLineEdit *english = advice->headingField(Language::English);
    english->setFocus();
    english->clear();
    advice->bodyField(Language::English)->setFocus(); // commits the heading
    advice->bodyField(Language::English)->clear();
    german->setFocus(); // commits the body
    EXPECT_EQ(stored(m_window->study().id).adviceText(QStringLiteral("adhoc"), Language::English), nullptr);
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")),
              QStringLiteral("If your answer is “Ad hoc use”"));
    EXPECT_TRUE(advice->warningText().contains(QStringLiteral("has no English text")))
        << qPrintable(advice->warningText());
}

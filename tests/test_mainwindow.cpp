// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "ui/advice/advicepanel.h"
#include "ui/advice/placementdialog.h"
#include "ui/appsettings.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartwidget.h"
#include "ui/mainwindow.h"
#include "whenshown.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

QAction *findAction(QWidget *window, const char *objectName)
{
    return window->findChild<QAction *>(QString::fromLatin1(objectName));
}

class MainWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        installLanguage(Language::English);
        m_window = std::make_unique<MainWindow>(smbGroupSocialBusinessStudy2012());
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        installLanguage(Language::English);
        QSettings().clear();
    }

    // languageCode: "de" or "en"; the Language menu's actions are named language_<code>.
    void switchTo(const char *languageCode)
    {
        QAction *action = findAction(m_window.get(), (std::string("language_") + languageCode).c_str());
        ASSERT_NE(action, nullptr);
        action->trigger();
        QCoreApplication::processEvents();
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

namespace {

// The data labels a chart shows (not its axis labels).
QStringList dataLabelTexts(const ChartWidget *chart)
{
    QStringList texts;
    auto *view = qobject_cast<QGraphicsView *>(chart->chartView());
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->isVisible() && text->data(0).toString() == ChartFactory::kDataLabelRole)
            texts.append(text->text());
    }
    return texts;
}

} // namespace

TEST_F(MainWindowTest, ShowsBothChartsAndTheAdvice)
{
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("How small businesses use social media — Chart of the Week"));
    const QStringList bar = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(bar.contains(QStringLiteral("How small businesses use social media, 2012")));
    EXPECT_TRUE(bar.contains(QStringLiteral("24%")));
    EXPECT_TRUE(bar.contains(QStringLiteral("29%")));
    EXPECT_TRUE(bar.contains(QStringLiteral("47%")));
    const QStringList trend = m_window->trendChart()->visibleTexts();
    EXPECT_TRUE(trend.contains(QStringLiteral("44%")));
    EXPECT_TRUE(trend.contains(QStringLiteral("Use social media (any) 53%"))) << "named at the line's end";
    for (const QString &label : dataLabelTexts(m_window->trendChart()))
        EXPECT_NE(label, QStringLiteral("0%")) << "unknown shares must not be drawn as 0";
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")),
              QStringLiteral("You use social media, but without a plan"));
    EXPECT_TRUE(m_window->barChart()->footnoteText().contains(QStringLiteral("Source: SMB Group")));
}

TEST_F(MainWindowTest, LanguageSwitchChangesEveryVisibleText)
{
    switchTo("de");
    EXPECT_EQ(m_window->windowTitle(),
              QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen — Chart der Woche"));
    const QStringList german = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(german.contains(QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2012")))
        << qPrintable(german.join(u'|'));
    EXPECT_TRUE(german.contains(QStringLiteral("Keine sozialen Medien"))) << "bars are named in German";
    EXPECT_TRUE(german.contains(QStringLiteral("24\u00a0%"))) << qPrintable(german.join(u'|'));
    EXPECT_FALSE(german.contains(QStringLiteral("24%")));
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")),
              QStringLiteral("Sie nutzen soziale Medien, aber ohne Plan"));
    EXPECT_EQ(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

    switchTo("en");
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("How small businesses use social media — Chart of the Week"));
    const QStringList english = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(english.contains(QStringLiteral("How small businesses use social media, 2012")));
    EXPECT_TRUE(english.contains(QStringLiteral("No social media")));
    EXPECT_TRUE(english.contains(QStringLiteral("24%")));
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")),
              QStringLiteral("You use social media, but without a plan"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

TEST_F(MainWindowTest, ClickingTheAdHocBarShowsTheAdHocAdvice)
{
    ChartWidget *chart = m_window->barChart();
    const QPoint adHoc = chart->segmentPosition(1);
    ASSERT_FALSE(adHoc.isNull());
    QSignalSpy activated(chart, &ChartWidget::segmentActivated);
    QTest::mouseClick(chart->chartViewport(), Qt::LeftButton, {}, adHoc);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().at(0).toInt(), 1);
    EXPECT_EQ(m_window->advicePanel()->highlightedAudience(), QStringLiteral("adhoc"));
    EXPECT_EQ(m_window->selectedSegment(), 1);
    QWidget *section = m_window->advicePanel()->sectionWidget(QStringLiteral("adhoc"));
    EXPECT_FALSE(section->visibleRegion().isEmpty()) << "the ad-hoc advice is scrolled into view";
}

TEST_F(MainWindowTest, ClickingATrendPointSelectsItsSegment)
{
    m_window->showChart(ChartKind::Trend);
    QCoreApplication::processEvents();
    ChartWidget *chart = m_window->trendChart();
    const QPoint strategy = chart->segmentPosition(0);
    ASSERT_FALSE(strategy.isNull());
    QTest::mouseClick(chart->chartViewport(), Qt::LeftButton, {}, strategy);
    EXPECT_EQ(m_window->advicePanel()->highlightedAudience(), QStringLiteral("strategy"));
}

TEST_F(MainWindowTest, WaveSelectorShowsTheOlderWaveWithoutInventedBars)
{
    auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("waveSelector"));
    ASSERT_NE(selector, nullptr);
    EXPECT_EQ(selector->currentText(), QStringLiteral("2012"));
    selector->setCurrentIndex(selector->findText(QStringLiteral("2011")));
    EXPECT_EQ(m_window->currentWave(), 2011);
    const QStringList texts = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(texts.contains(QStringLiteral("56%")));
    EXPECT_FALSE(texts.contains(QStringLiteral("0%")));
    EXPECT_TRUE(m_window->barChart()->footnoteText().contains(QStringLiteral("Not reported for 2011")));
    EXPECT_EQ(m_window->headlineText(), QStringLiteral("More than half of small businesses do not use social media"));
    EXPECT_TRUE(m_window->narrativeText().contains(QStringLiteral("(56%)"))) << qPrintable(m_window->narrativeText());
}

TEST_F(MainWindowTest, ToolTipNamesSegmentWaveAndShare)
{
    EXPECT_EQ(ChartFactory::toolTipText(smbGroupSocialBusinessStudy2012(), 1, 2012, Language::English),
              QStringLiteral("Ad hoc use, 2012: 29%"));
    EXPECT_EQ(ChartFactory::toolTipText(smbGroupSocialBusinessStudy2012(), 0, 2011, Language::English),
              QStringLiteral("Planned strategy, 2011: n/a"));
}

TEST_F(MainWindowTest, ChartLanguageAndGeometryAreRemembered)
{
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentChart(), ChartKind::Trend);
    switchTo("de");
    m_window->resize(1111, 777);
    m_window->close();
    m_window.reset();

    EXPECT_EQ(AppSettings().language(), Language::German);
    MainWindow again(smbGroupSocialBusinessStudy2012());
    EXPECT_EQ(again.currentChart(), ChartKind::Trend);
    EXPECT_EQ(again.size(), QSize(1111, 777));
}

TEST_F(MainWindowTest, HoveringABarOrPointShowsItsExactShare)
{
    ChartWidget *bars = m_window->barChart();
    QTest::mouseMove(bars->chartViewport(), bars->segmentPosition(2));
    QTest::mouseMove(bars->chartViewport(), bars->segmentPosition(2) + QPoint(1, 1));
    EXPECT_EQ(bars->lastToolTip(), QStringLiteral("No social media, 2012: 47%"));

    m_window->showChart(ChartKind::Trend);
    QCoreApplication::processEvents();
    ChartWidget *trend = m_window->trendChart();
    QTest::mouseMove(trend->chartViewport(), trend->segmentPosition(-1));
    EXPECT_EQ(trend->lastToolTip(), QStringLiteral("Use social media (any), 2012: 53%"));
}

TEST_F(MainWindowTest, ChartViewDescribesItselfForScreenReaders)
{
    const QWidget *view = m_window->barChart()->chartViewport()->parentWidget();
    EXPECT_EQ(view->accessibleName(), QStringLiteral("How small businesses use social media, 2012"));
    const QString description = view->accessibleDescription();
    EXPECT_TRUE(description.contains(QStringLiteral("47%"))) << qPrintable(description);
    EXPECT_TRUE(description.contains(QStringLiteral("24%"))) << qPrintable(description);
}

TEST_F(MainWindowTest, CtrlCCopiesTheChartImageAndItsData)
{
    QGuiApplication::clipboard()->clear();
    m_window->activateWindow();
    m_window->barChart()->chartViewport()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    ASSERT_TRUE(data->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(data->imageData()).size(), QSize(1600, 900));
    EXPECT_TRUE(data->text().contains(QStringLiteral("Planned strategy\t24\n"))) << qPrintable(data->text());
    QAction *copy = findAction(m_window.get(), "copyAction");
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(copy->shortcut(), QKeySequence(QKeySequence::Copy));

    // The trend chart copies the figures of every wave.
    m_window->showChart(ChartKind::Trend);
    copy->trigger();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("No social media\t56\t47")))
        << qPrintable(QGuiApplication::clipboard()->text());
}

TEST_F(MainWindowTest, FileMenuHasPrintPreviewAndExports)
{
    const QMenu *fileMenu = m_window->menuBar()->actions().constFirst()->menu();
    ASSERT_NE(fileMenu, nullptr);
    for (const char *name : {"printAction", "printPreviewAction", "exportAllAction", "exportReportAction"}) {
        QAction *action = findAction(m_window.get(), name);
        ASSERT_NE(action, nullptr) << name;
        EXPECT_TRUE(fileMenu->actions().contains(action)) << name;
    }
    EXPECT_EQ(findAction(m_window.get(), "printAction")->shortcut(), QKeySequence(QKeySequence::Print));

    int pages = -1;
    whenShown<QPrintPreviewDialog>([&pages](QPrintPreviewDialog *dialog) {
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
        dialog->reject();
    });
    findAction(m_window.get(), "printPreviewAction")->trigger();
    EXPECT_EQ(pages, 1) << "the preview shows the chart on one page";
}

TEST_F(MainWindowTest, ExportAllCanBeCancelledAndLeavesCompleteFiles)
{
    QTemporaryDir dir;
    QTimer::singleShot(0, m_window.get(), [this] {
        if (auto *progress = m_window->findChild<QProgressDialog *>())
            progress->cancel();
    });
    const int written = m_window->exportAllTo(dir.path());
    EXPECT_GE(written, 1);
    EXPECT_LT(written, 18) << "the batch stopped when the user cancelled";
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(files.size(), written) << qPrintable(files.join(u' '));
    for (const QString &file : files)
        EXPECT_GT(QFileInfo(dir.filePath(file)).size(), 1000) << qPrintable(file);
    EXPECT_EQ(currentLanguage(), Language::English);
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("How small businesses use social media — Chart of the Week"));

    QTemporaryDir full;
    EXPECT_EQ(m_window->exportAllTo(full.path()), 18);
}

TEST_F(MainWindowTest, ExportReportWritesThePdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(m_window->exportReportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
}

TEST_F(MainWindowTest, ExportReportWritesTheDeckForAPptxFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pptx"));
    ASSERT_TRUE(m_window->exportReportTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04")) << "a zip package";
    EXPECT_TRUE(bytes.contains("ppt/charts/chart1.xml"));
    EXPECT_TRUE(bytes.contains("ppt/presentation.xml"));
    EXPECT_EQ(m_window->statusBar()->currentMessage(),
              QStringLiteral("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

namespace {

// Sends keys to the placement dialog once it is shown; records what it showed.
struct PlacementRun
{
    QStringList questions;
    QString result;
};

void record(const PlacementDialog *dialog, PlacementRun *run)
{
    if (!dialog->questionText().isEmpty() && !run->questions.contains(dialog->questionText()))
        run->questions.append(dialog->questionText());
    if (!dialog->resultText().isEmpty())
        run->result = dialog->resultText();
}

void answerPlacementByKeyboard(const QList<Qt::Key> &keys, PlacementRun *run)
{
    whenShown<PlacementDialog>([keys, run](PlacementDialog *dialog) {
        dialog->activateWindow(); // no window manager offscreen
        for (Qt::Key key : keys) {
            // Each key goes where a user's would: to the focused control of the active dialog.
            // Wait for that state (a loaded machine delivers the activation late) instead of
            // sending the key to whatever has the focus at the moment.
            const bool ready = QTest::qWaitFor(
                [dialog] {
                    const QWidget *focus = QApplication::focusWidget();
                    return dialog->isActiveWindow() && focus && focus->window() == dialog;
                },
                60000);
            if (!ready)
                break;
            record(dialog, run);
            QTest::keyClick(QApplication::focusWidget(), key);
            if (!dialog->isVisible())
                break;
            QCoreApplication::sendPostedEvents(); // what the event loop does before the next key
        }
        if (dialog->isVisible()) {
            record(dialog, run);
            dialog->reject();
        }
    });
}

} // namespace

TEST_F(MainWindowTest, WhereDoesMyBusinessStandWorksByKeyboardAlone)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    PlacementRun run;
    // Nothing is preselected: Space picks "Yes" (uses social media); Down moves to "No" (no
    // written plan) and Space picks it → the result → show the advice.
    answerPlacementByKeyboard(
        {Qt::Key_Space, Qt::Key_Return, Qt::Key_Down, Qt::Key_Space, Qt::Key_Return, Qt::Key_Return}, &run);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(run.questions.size(), 2) << qPrintable(run.questions.join(u'|'));
    EXPECT_TRUE(run.questions.at(0).startsWith(QStringLiteral("Does your business use social media")));
    EXPECT_EQ(run.result, QStringLiteral("Your answers put your business in the group “Ad hoc use”: 29% of respondents "
                                         "in 2012 answered like you. You are ahead of 47% of small businesses; 24% are "
                                         "ahead of you."));
    EXPECT_EQ(m_window->advicePanel()->highlightedAudience(), QStringLiteral("adhoc"));
    EXPECT_EQ(m_window->selectedSegment(), 1);
}

TEST_F(MainWindowTest, PlacementSpeaksGermanAndCountsWhoIsBehind)
{
    switchTo("de");
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    PlacementRun run;
    // Ja → Ja → Ja: planned strategy.
    answerPlacementByKeyboard(
        {Qt::Key_Space, Qt::Key_Return, Qt::Key_Space, Qt::Key_Return, Qt::Key_Space, Qt::Key_Return, Qt::Key_Return},
        &run);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(run.questions.size(), 3);
    EXPECT_TRUE(run.questions.at(2).startsWith(QStringLiteral("Prüfen Sie"))) << qPrintable(run.questions.at(2));
    EXPECT_TRUE(run.result.contains(QStringLiteral("Sie sind 76\u00a0% der kleinen Unternehmen voraus.")))
        << qPrintable(run.result);
    EXPECT_EQ(m_window->advicePanel()->highlightedAudience(), QStringLiteral("strategy"));
}

TEST_F(MainWindowTest, EscapeLeavesThePlacementWithoutChangingTheSelection)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    PlacementRun run;
    answerPlacementByKeyboard({Qt::Key_Down, Qt::Key_Escape}, &run);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_window->selectedSegment(), -1);
    EXPECT_TRUE(m_window->advicePanel()->highlightedAudience().isEmpty());
}

TEST_F(MainWindowTest, LongGermanTitleShrinksInsteadOfBeingCut)
{
    switchTo("de");
    m_window->resize(900, 700);
    QCoreApplication::processEvents();
    const QStringList texts = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(texts.contains(QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2012")))
        << qPrintable(texts.join(u'|'));
    for (const QString &text : texts)
        EXPECT_FALSE(text.endsWith(QStringLiteral("...")) || text.endsWith(QChar(0x2026))) << qPrintable(text);
}

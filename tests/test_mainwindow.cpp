#include "advicepanel.h"
#include "chartfactory.h"
#include "chartwidget.h"
#include "mainwindow.h"
#include "seedstudy.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
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

    void switchTo(const char *languageName)
    {
        QAction *action = findAction(m_window.get(), QString::fromUtf8(languageName));
        ASSERT_NE(action, nullptr);
        action->trigger();
        QCoreApplication::processEvents();
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowTest, ShowsBothChartsAndTheAdvice)
{
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Chart of the Week — How small businesses use social media"));
    const QStringList bar = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(bar.contains(QStringLiteral("How small businesses use social media, 2012")));
    EXPECT_TRUE(bar.contains(QStringLiteral("24%")));
    EXPECT_TRUE(bar.contains(QStringLiteral("29%")));
    EXPECT_TRUE(bar.contains(QStringLiteral("47%")));
    const QStringList trend = m_window->trendChart()->visibleTexts();
    EXPECT_TRUE(trend.contains(QStringLiteral("44%")));
    EXPECT_TRUE(trend.contains(QStringLiteral("53%")));
    EXPECT_FALSE(trend.contains(QStringLiteral("0%"))) << "unknown shares must not be drawn as 0";
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")),
              QStringLiteral("You use social media, but without a plan"));
    EXPECT_TRUE(m_window->barChart()->footnoteText().contains(QStringLiteral("Source: SMB Group")));
}

TEST_F(MainWindowTest, LanguageSwitchChangesEveryVisibleText)
{
    switchTo("Deutsch");
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Chart der Woche — Wie kleine Unternehmen soziale Medien nutzen"));
    const QStringList german = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(german.contains(QStringLiteral("Anteil der Befragten (%)"))) << qPrintable(german.join(u'|'));
    EXPECT_TRUE(german.contains(QStringLiteral("24\u00a0%"))) << qPrintable(german.join(u'|'));
    EXPECT_FALSE(german.contains(QStringLiteral("24%")));
    EXPECT_EQ(m_window->advicePanel()->headingText(QStringLiteral("adhoc")),
              QStringLiteral("Sie nutzen soziale Medien, aber ohne Plan"));
    EXPECT_EQ(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

    switchTo("English");
    EXPECT_EQ(m_window->windowTitle(), QStringLiteral("Chart of the Week — How small businesses use social media"));
    const QStringList english = m_window->barChart()->visibleTexts();
    EXPECT_TRUE(english.contains(QStringLiteral("Share of respondents (%)")));
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
    EXPECT_TRUE(m_window->headlineText().contains(QStringLiteral("44%")));
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
    switchTo("Deutsch");
    m_window->resize(1111, 777);
    m_window->close();
    m_window.reset();

    EXPECT_EQ(MainWindow::preferredLanguage(), Language::German);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Keyboard and screen reader access: the tab order of the main window, bars and trend lines
// selected with the arrow keys, a visible focus frame on the chart, accessible names and
// descriptions in the current language, the high-contrast theme and the system font size.
#include "core/narrative.h"
#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "ui/advice/advicepanel.h"
#include "ui/advice/placementdialog.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/charts/highcontraststyle.h"
#include "ui/data/studyeditor.h"
#include "ui/export/chartexporter.h"
#include "ui/highcontrast.h"
#include "ui/library/librarypane.h"
#include "ui/mainwindow.h"
#include "ui/theme/applicationpalette.h"
#include "uitexts.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDirIterator>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include "librarywindowtest.h"

#include <gtest/gtest.h>

namespace {

class KeyboardTest : public LibraryWindowTest
{
protected:
    void TearDown() override
    {
        LibraryWindowTest::TearDown();
        applyApplicationPalette(ThemeKind::Light, false);
    }
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

} // namespace

TEST_F(KeyboardTest, TabVisitsLibraryChartTabsChartWaveSelectorAndAdviceInThisOrder)
{
    QWidget *search = m_window->libraryPane()->searchField();
    search->setFocus();
    ASSERT_EQ(focused(), search);
    QList<QWidget *> visited{search};
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        if (focused() == search)
            break;
        visited.append(focused());
    }
    QStringList names;
    for (QWidget *widget : visited)
        names.append(
            QStringLiteral("%1:%2").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    const QList<QWidget *> expected{search,
                                    m_window->libraryPane()->view(),
                                    m_window->findChild<QTabWidget *>()->tabBar(),
                                    m_window->barChart()->chartView(),
                                    m_window->findChild<QComboBox *>(QStringLiteral("waveSelector")),
                                    m_window->advicePanel()};
    qsizetype previous = -1;
    for (QWidget *widget : expected) {
        const qsizetype at = visited.indexOf(widget);
        ASSERT_GE(at, 0) << "Tab never reaches " << widget->metaObject()->className() << ' '
                         << qPrintable(widget->objectName()) << " in " << qPrintable(names.join(u' '));
        EXPECT_GT(at, previous) << qPrintable(widget->objectName()) << " comes too early";
        previous = at;
    }
    // The advice texts can be read (and copied) by keyboard after the panel.
    EXPECT_GT(visited.size(), visited.indexOf(m_window->advicePanel()) + 1);

    // Shift+Tab goes back the same way.
    m_window->barChart()->chartView()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Backtab);
    EXPECT_EQ(focused(), m_window->findChild<QTabWidget *>()->tabBar());
}

TEST_F(KeyboardTest, EveryActionIsInAMenuOrHasAShortcut)
{
    QSet<QAction *> inMenus;
    QList<QMenu *> menus;
    for (QAction *action : m_window->menuBar()->actions()) {
        EXPECT_TRUE(action->text().contains(u'&')) << "menu without mnemonic: " << qPrintable(action->text());
        if (action->menu())
            menus.append(action->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            inMenus.insert(action);
            if (action->menu())
                menus.append(action->menu());
        }
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->isSeparator() || action->text().isEmpty() || !action->isVisible())
            continue;
        if (qobject_cast<QWidget *>(action->parent()) && action->parent()->inherits("QLineEdit"))
            continue; // the clear button of a search field: Ctrl+A, Delete does the same
        if (action->parent() && action->parent()->inherits("QMenu") && !inMenus.contains(action))
            continue; // the menus' own actions (the menu bar's titles)
        EXPECT_TRUE(inMenus.contains(action) || !action->shortcut().isEmpty() || action->menu())
            << "unreachable by keyboard: " << qPrintable(action->text());
    }
    // Buttons outside the toolbar take the focus; toolbar buttons repeat menu actions.
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || qobject_cast<QToolBar *>(button->parentWidget()) ||
            button->inherits("QDockWidgetTitleButton") || button->parentWidget()->inherits("QTabBar") ||
            button->inherits("QLineEditIconButton") || button->objectName().startsWith(u"qt_"))
            continue;
        EXPECT_TRUE(button->focusPolicy() & Qt::TabFocus) << qPrintable(button->text());
    }
    for (QToolButton *button :
         m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->findChildren<QToolButton *>()) {
        if (QAction *action = button->defaultAction()) {
            EXPECT_TRUE(inMenus.contains(action)) << qPrintable(action->text());
        }
    }
}

struct ArrowCase
{
    const char *name;
    ChartKind kind;
    std::vector<Qt::Key> keys;
    int segment;  // selected after the keys (and emitted by the last one)
    int waveYear; // emitted with it
    const char *audience;
};

class ArrowKeys : public testing::TestWithParam<ArrowCase>
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        installLanguage(Language::English);
        m_window = std::make_unique<MainWindow>(smbGroupSocialBusinessStudy2012());
        m_window->resize(1280, 800);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        QSettings().clear();
    }
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(ArrowKeys, SelectABarOrLineAsAClickWould)
{
    const ArrowCase &row = GetParam();
    m_window->showChart(row.kind);
    ChartWidget *chart = row.kind == ChartKind::Trend ? m_window->trendChart() : m_window->barChart();
    chart->chartView()->setFocus();
    ASSERT_EQ(focused(), chart->chartView());
    QSignalSpy activated(chart, &ChartWidget::segmentActivated);
    for (Qt::Key key : row.keys)
        QTest::keyClick(focused(), key);
    ASSERT_EQ(activated.size(), qsizetype(row.keys.size())) << "every key selects an element";
    EXPECT_EQ(activated.constLast().at(0).toInt(), row.segment);
    EXPECT_EQ(activated.constLast().at(1).toInt(), row.waveYear);
    EXPECT_EQ(m_window->selectedSegment(), row.segment);
    EXPECT_EQ(chart->selectedSegment(), row.segment);
    EXPECT_EQ(m_window->advicePanel()->highlightedAudience(), QString::fromLatin1(row.audience));
    EXPECT_FALSE(chart->lastToolTip().isEmpty()) << "the exact share is shown for the selection";
    EXPECT_EQ(focused(), chart->chartView()) << "the keys stay in the chart";
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ArrowKeys,
    testing::Values(
        ArrowCase{"BarRightSelectsTheFirst", ChartKind::Bar, {Qt::Key_Right}, 0, 2012, "strategy"},
        ArrowCase{"BarRightRight", ChartKind::Bar, {Qt::Key_Right, Qt::Key_Right}, 1, 2012, "adhoc"},
        ArrowCase{"BarStopsAtTheLast", ChartKind::Bar, {Qt::Key_End, Qt::Key_Right}, 2, 2012, "none"},
        ArrowCase{"BarLeftSelectsTheLast", ChartKind::Bar, {Qt::Key_Left}, 2, 2012, "none"},
        ArrowCase{"BarLeftAfterRight", ChartKind::Bar, {Qt::Key_End, Qt::Key_Left}, 1, 2012, "adhoc"},
        ArrowCase{"BarHome", ChartKind::Bar, {Qt::Key_Left, Qt::Key_Home}, 0, 2012, "strategy"},
        ArrowCase{"BarSpaceActivatesAgain", ChartKind::Bar, {Qt::Key_Right, Qt::Key_Space}, 0, 2012, "strategy"},
        ArrowCase{"TrendFirstLine", ChartKind::Trend, {Qt::Key_Right}, 0, 2012, "strategy"},
        ArrowCase{
            "TrendBaselineLine", ChartKind::Trend, {Qt::Key_Right, Qt::Key_Right, Qt::Key_Right}, 2, 2012, "none"},
        ArrowCase{"TrendAdoptionLineIsLast", ChartKind::Trend, {Qt::Key_End}, -1, 2012, ""}),
    [](const testing::TestParamInfo<ArrowCase> &info) {
        return std::string(info.param.name);
    });

TEST_F(KeyboardTest, TheChartShowsAFocusFrameAndTheSelectedBar)
{
    ChartWidget *chart = m_window->barChart();
    const QColor highlight = chart->palette().color(QPalette::Highlight);
    const QPoint edge(1, chart->height() / 2);
    m_window->libraryPane()->searchField()->setFocus();
    QCoreApplication::processEvents();
    EXPECT_NE(chart->grab().toImage().pixelColor(edge), highlight);

    chart->chartView()->setFocus();
    QCoreApplication::processEvents();
    EXPECT_EQ(chart->grab().toImage().pixelColor(edge), highlight) << "a frame in the highlight colour";

    // The selected bar gets a dark outline.
    QTest::keyClick(chart->chartView(), Qt::Key_Right);
    const QPoint bar = chart->segmentPosition(0);
    const QImage image = chart->chartViewport()->grab().toImage();
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QColor color = image.pixelColor(bar.x(), y);
        dark += ChartStyle::contrastRatio(color, Qt::white) > 10.0 ? 1 : 0;
    }
    EXPECT_GT(dark, 3) << "the outline crosses the bar's column";
}

class AccessibleNames : public KeyboardTest, public testing::WithParamInterface<Language>
{
};

TEST_P(AccessibleNames, EveryControlHasANameInTheCurrentLanguage)
{
    installLanguage(GetParam());
    QCoreApplication::processEvents();
    const TsCatalog catalog = TsCatalog::load();
    QList<QWidget *> controls;
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            controls.append(widget);
    }
    for (QToolButton *button :
         m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->findChildren<QToolButton *>())
        controls.append(button);
    int checked = 0;
    for (QWidget *widget : controls) {
        if (widget->focusProxy())
            continue; // the focus (and the screen reader) goes to the proxy
        if (widget->objectName().startsWith(u"qt_") || widget->inherits("QDockWidgetTitleButton") ||
            widget->inherits("QToolBarExtension") || widget->inherits("QLineEditIconButton"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        ASSERT_NE(accessible, nullptr) << widget->metaObject()->className();
        const QString name = accessible->text(QAccessible::Name);
        EXPECT_FALSE(name.trimmed().isEmpty())
            << widget->metaObject()->className() << " \"" << qPrintable(widget->objectName()) << "\" in "
            << widget->parentWidget()->metaObject()->className() << " \""
            << qPrintable(widget->parentWidget()->objectName()) << "\" has no name";
        const QString foreign = catalog.foreignMatch(name, GetParam());
        EXPECT_TRUE(foreign.isEmpty()) << qPrintable(name) << " is in the other language";
        ++checked;
    }
    EXPECT_GT(checked, 30);

    const ChartSpec bar = m_window->barChart()->spec();
    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(m_window->barChart()->chartView());
    EXPECT_EQ(chart->text(QAccessible::Name), Narrative::barChartTitle(bar.study, bar.waveYear, GetParam()));
    EXPECT_EQ(chart->text(QAccessible::Description),
              Narrative::altText(bar.study, Narrative::ChartType::Bar, bar.waveYear, GetParam()));
    const ChartSpec trend = m_window->trendChart()->spec();
    EXPECT_EQ(
        QAccessible::queryAccessibleInterface(m_window->trendChart()->chartView())->text(QAccessible::Description),
        Narrative::altText(trend.study, Narrative::ChartType::Trend, trend.waveYear, GetParam()));

    QAccessibleInterface *advice = QAccessible::queryAccessibleInterface(m_window->advicePanel());
    EXPECT_EQ(advice->text(QAccessible::Name),
              GetParam() == Language::German ? QStringLiteral("Empfehlungen") : QStringLiteral("Advice"));
    EXPECT_FALSE(advice->text(QAccessible::Description).isEmpty());
    EXPECT_TRUE(catalog.foreignMatch(advice->text(QAccessible::Description), GetParam()).isEmpty());
    QWidget *section = m_window->advicePanel()->sectionWidget(QStringLiteral("adhoc"));
    QAccessibleInterface *sectionAccessible = QAccessible::queryAccessibleInterface(section);
    EXPECT_EQ(sectionAccessible->text(QAccessible::Name),
              m_window->advicePanel()->headingText(QStringLiteral("adhoc")));
    EXPECT_EQ(sectionAccessible->text(QAccessible::Description),
              m_window->advicePanel()->bodyText(QStringLiteral("adhoc")));
}

INSTANTIATE_TEST_SUITE_P(Languages, AccessibleNames, testing::Values(Language::English, Language::German),
                         [](const testing::TestParamInfo<Language> &info) {
                             return info.param == Language::German ? std::string("German") : std::string("English");
                         });

TEST_F(KeyboardTest, HighContrastIsAViewActionAndRemembered)
{
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("highContrastAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(action->isChecked());
    EXPECT_TRUE(m_window->highContrast());
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    EXPECT_TRUE(m_window->barChart()->highContrast());
    EXPECT_TRUE(QSettings().value(QStringLiteral("ui/highContrast")).toBool());

    m_window.reset();
    applyApplicationPalette(ThemeKind::Light, false);
    MainWindow again(&m_database);
    EXPECT_TRUE(again.highContrast()) << "remembered";
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    EXPECT_TRUE(again.barChart()->highContrast());
    again.setHighContrast(false);
    EXPECT_FALSE(again.barChart()->highContrast());
    EXPECT_FALSE(QSettings().value(QStringLiteral("ui/highContrast")).toBool());
}

// The window's palette has one owner that combines theme and high contrast: a theme chosen
// while High Contrast is on keeps every text at 7:1, and turning it off shows the theme.
TEST_F(KeyboardTest, SwitchingThemeWithHighContrastOnKeepsSevenToOne)
{
    const auto lowestContrast = [] {
        const QPalette palette = QApplication::palette();
        double lowest = 21.0;
        for (const auto &[text, background] :
             {std::pair{QPalette::WindowText, QPalette::Window}, std::pair{QPalette::Text, QPalette::Base},
              std::pair{QPalette::ButtonText, QPalette::Button},
              std::pair{QPalette::HighlightedText, QPalette::Highlight}})
            lowest = std::min(lowest, ChartStyle::contrastRatio(palette.color(text), palette.color(background)));
        return lowest;
    };
    m_window->setHighContrast(true);
    for (ThemeKind kind : {ThemeKind::Dark, ThemeKind::Brand, ThemeKind::Light, ThemeKind::Dark}) {
        m_window->setTheme(kind);
        EXPECT_TRUE(m_window->findChild<QAction *>(QStringLiteral("highContrastAction"))->isChecked());
        EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::white)) << int(kind);
        EXPECT_GE(lowestContrast(), HighContrast::kMinimumContrast) << int(kind);
        EXPECT_TRUE(m_window->barChart()->highContrast()) << int(kind);
    }
    m_window->setHighContrast(false);
    EXPECT_NE(QApplication::palette().color(QPalette::Window), QColor(Qt::white)) << "the dark theme again";
    m_window->setTheme(ThemeKind::Light);
}

TEST(HighContrastTheme, EveryTextColourHasSevenToOneOnItsBackground)
{
    const QPalette palette = HighContrast::palette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base},
        {QPalette::LinkVisited, QPalette::Base}};
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (const auto &[text, background] : pairs) {
            EXPECT_GE(ChartStyle::contrastRatio(palette.color(group, text), palette.color(group, background)),
                      HighContrast::kMinimumContrast)
                << "group " << group << ", roles " << text << " on " << background;
        }
    }
    for (int i = -1; i < 8; ++i) {
        const QColor color = i < 0 ? HighContrastStyle::adoptionColor() : HighContrastStyle::segmentColor(i, false);
        EXPECT_GE(ChartStyle::contrastRatio(color, ChartStyle::lightTheme().background), HighContrast::kMinimumContrast)
            << i;
        // A data label drawn inside a bar of this colour.
        EXPECT_GE(ChartStyle::contrastRatio(ChartStyle::labelColorOn(color), color), HighContrast::kMinimumContrast)
            << i;
    }
    EXPECT_GE(ChartStyle::contrastRatio(HighContrastStyle::segmentColor(0, true), ChartStyle::lightTheme().background),
              HighContrast::kMinimumContrast);
    EXPECT_GE(ChartStyle::contrastRatio(HighContrastStyle::lineColor(), ChartStyle::lightTheme().background),
              HighContrast::kMinimumContrast);
}

TEST_F(KeyboardTest, HighContrastChartsDrawEveryBarAndLabelAtSevenToOne)
{
    m_window->setHighContrast(true);
    QCoreApplication::processEvents();
    auto *view = qobject_cast<QChartView *>(m_window->barChart()->chartView());
    ASSERT_NE(view, nullptr);
    const QRectF plot = view->chart()->mapRectToScene(view->chart()->plotArea());
    QList<QGraphicsRectItem *> bars;
    int labels = 0;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *rect = dynamic_cast<QGraphicsRectItem *>(item);
        if (rect && rect->isVisible() && rect->sceneBoundingRect().height() > 1 &&
            plot.contains(rect->sceneBoundingRect().center()) && rect->brush().style() == Qt::SolidPattern &&
            rect->brush().color() != Qt::white)
            bars.append(rect);
    }
    ASSERT_EQ(bars.size(), 3);
    for (QGraphicsRectItem *bar : bars)
        EXPECT_GE(ChartStyle::contrastRatio(bar->brush().color(), Qt::white), HighContrast::kMinimumContrast);
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (!label || !label->isVisible() || label->data(0).toString() != u"dataLabel")
            continue;
        QColor background = ChartStyle::lightTheme().background;
        for (QGraphicsRectItem *bar : bars) {
            if (bar->sceneBoundingRect().contains(label->sceneBoundingRect().center()))
                background = bar->brush().color();
        }
        EXPECT_GE(ChartStyle::contrastRatio(label->brush().color(), background), HighContrast::kMinimumContrast)
            << qPrintable(label->text());
        ++labels;
    }
    EXPECT_EQ(labels, 3);
}

TEST_F(KeyboardTest, ChartsAndHeadlineFollowTheApplicationFontButExportsDoNot)
{
    const QFont original = QApplication::font();
    const QString path = m_dir.filePath(QStringLiteral("before.png"));
    ExportOptions options;
    ASSERT_EQ(exportChart(m_window->currentSpec(), options, path), std::nullopt);
    const auto descriptionPixels = [this] {
        return QFontInfo(m_window->barChart()->findChild<QLabel *>(QStringLiteral("chartDescription"))->font())
            .pixelSize();
    };
    const int titleBefore = descriptionPixels();
    const int headlineBefore = QFontInfo(m_window->findChild<QLabel *>(QStringLiteral("headline"))->font()).pixelSize();

    QFont large = original;
    large.setPointSizeF(24.0);
    QApplication::setFont(large);
    QCoreApplication::processEvents();
    EXPECT_GT(descriptionPixels(), titleBefore);
    EXPECT_GT(m_window->barChart()->effectiveTextScale(), 1.5);
    const int headlineAfter = QFontInfo(m_window->findChild<QLabel *>(QStringLiteral("headline"))->font()).pixelSize();
    EXPECT_GT(headlineAfter, QFontInfo(large).pixelSize()) << "the headline stays larger than the text";
    EXPECT_GT(headlineAfter, headlineBefore);

    const QString after = m_dir.filePath(QStringLiteral("after.png"));
    ASSERT_EQ(exportChart(m_window->currentSpec(), options, after), std::nullopt);
    QApplication::setFont(original);
    EXPECT_EQ(QImage(path), QImage(after)) << "exports keep their pixel sizes";
}

TEST(FontSizes, NoWidgetHardCodesAPointSize)
{
    const QRegularExpression fixed(QStringLiteral(
        R"((setPointSizeF?\(\s*[0-9])|(font-size\s*:\s*[0-9]+(\.[0-9]+)?\s*pt)|(QFont\([^)]*,\s*[0-9]+\s*[,)]))"));
    QStringList found;
    QDirIterator it(QStringLiteral(CHARTWEEK_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (fixed.match(lines.at(i)).hasMatch())
                found.append(QStringLiteral("%1:%2: %3").arg(it.fileName()).arg(i + 1).arg(lines.at(i).trimmed()));
        }
    }
    EXPECT_GT(files, 30);
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}

// What a screen reader gets from the chart. The events that tell it (focus, selection,
// active descendant) reach only a real accessibility bridge: tests/atspi checks them through
// AT-SPI; here the tree, the names and the states.
TEST_F(KeyboardTest, EachBarIsAChildOfTheChartThatTheArrowKeysFocusAndSelect)
{
    ChartWidget *chart = m_window->barChart();
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(chart->chartView());
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->role(), QAccessible::Chart);
    EXPECT_FALSE(view->text(QAccessible::Name).isEmpty());
    EXPECT_EQ(view->text(QAccessible::Description), chart->chartView()->accessibleDescription());
    ASSERT_EQ(view->childCount(), 3) << "one child per bar, nothing else";
    const QStringList names{QStringLiteral("Planned strategy, 2012: 24%"), QStringLiteral("Ad hoc use, 2012: 29%"),
                            QStringLiteral("No social media, 2012: 47%")};
    for (int i = 0; i < 3; ++i) {
        QAccessibleInterface *bar = view->child(i);
        ASSERT_NE(bar, nullptr);
        EXPECT_EQ(bar->text(QAccessible::Name), names.at(i));
        EXPECT_EQ(bar->role(), QAccessible::ListItem);
        EXPECT_EQ(bar->parent(), view);
        EXPECT_EQ(view->indexOfChild(bar), i);
        EXPECT_TRUE(bar->state().focusable && bar->state().selectable);
        EXPECT_FALSE(bar->state().selected);
        const QRect onScreen = bar->rect();
        EXPECT_TRUE(QRect(chart->chartViewport()->mapToGlobal(QPoint(0, 0)), chart->chartViewport()->size())
                        .contains(onScreen.center()))
            << i;
        EXPECT_EQ(view->childAt(onScreen.center().x(), onScreen.center().y()), bar) << i;
    }

    chart->chartView()->setFocus();
    EXPECT_EQ(view->focusChild(), nullptr) << "before an arrow key no bar has the focus";
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(chart->chartView(), Qt::Key_Right);
        EXPECT_TRUE(view->child(i)->state().focused && view->child(i)->state().selected) << i;
        EXPECT_EQ(view->focusChild(), view->child(i));
        for (int other = 0; other < 3; ++other) {
            if (other != i) {
                EXPECT_FALSE(view->child(other)->state().focused || view->child(other)->state().selected) << other;
            }
        }
    }
    // A click selects without moving the keyboard to the bar.
    chart->setSelectedSegment(0);
    EXPECT_TRUE(view->child(0)->state().selected);
    EXPECT_FALSE(view->child(0)->state().focused);
    EXPECT_FALSE(view->child(2)->state().selected);
}

TEST_F(KeyboardTest, EachTrendLineIsAChildNamedWithItsSharesInEveryWave)
{
    m_window->showChart(ChartKind::Trend);
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_window->trendChart()->chartView());
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->childCount(), 4) << "three segments and the adoption line";
    EXPECT_EQ(view->child(2)->text(QAccessible::Name), QStringLiteral("No social media: 2011 56%, 2012 47%"));
    EXPECT_EQ(view->child(0)->text(QAccessible::Name), QStringLiteral("Planned strategy: 2011 n/a, 2012 24%"))
        << "an unknown share is said, not left out";

    installLanguage(Language::German);
    QCoreApplication::processEvents();
    EXPECT_EQ(view->child(2)->text(QAccessible::Name),
              QStringLiteral("Keine sozialen Medien: 2011 56\u00a0%, 2012 47\u00a0%"));
}

TEST_F(KeyboardTest, TabLeavesTheNotesFieldWithoutTypingATabAndCtrlTabTypesOne)
{
    m_window->showChart(ChartKind::Bar);
    auto *notes = m_window->studyEditor()->findChild<QPlainTextEdit *>(QStringLiteral("studyNotes"));
    ASSERT_NE(notes, nullptr);
    m_window->findChild<QTabWidget *>()->setCurrentWidget(m_window->studyEditor());
    notes->setFocus();
    ASSERT_TRUE(notes->hasFocus());
    const QString before = notes->toPlainText();
    QTest::keyClick(notes, Qt::Key_Tab);
    EXPECT_FALSE(notes->hasFocus()) << "Tab goes on to the next field";
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    const QString next = QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()) + u' ' +
                         QApplication::focusWidget()->objectName();
    EXPECT_EQ(notes->toPlainText(), before);
    EXPECT_FALSE(notes->toPlainText().contains(u'\t'));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    EXPECT_TRUE(notes->hasFocus()) << "and Shift+Tab comes back from " << qPrintable(next) << ", not to "
                                   << QApplication::focusWidget()->metaObject()->className() << ' '
                                   << qPrintable(QApplication::focusWidget()->objectName());
    QTest::keyClick(notes, Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_TRUE(notes->hasFocus()) << "Ctrl+Tab stays in the field";
    EXPECT_EQ(notes->toPlainText().count(u'\t'), 1) << "and types one tab character";
}

TEST_F(KeyboardTest, TabInTheDataTabGoesFieldByFieldAsOnScreenAndPastTheYear)
{
    StudyEditor *editor = m_window->studyEditor();
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(editor);
    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("studyTitle"));
    ASSERT_NE(title, nullptr);
    auto *topic = editor->findChild<QLineEdit *>(QStringLiteral("topic_en"));
    ASSERT_NE(topic, nullptr);
    EXPECT_EQ(topic->cursorPosition(), 0) << "a long topic shows its beginning, not its end";
    title->setFocus();
    ASSERT_TRUE(title->hasFocus());
    QList<QWidget *> visited{title};
    QStringList names{title->objectName()};
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        if (!editor->isAncestorOf(focused()))
            break;
        ASSERT_NE(focused(), visited.constLast()) << "Tab stays on " << qPrintable(names.join(u' '));
        visited.append(focused());
        names.append(focused()->objectName().isEmpty() ? QString::fromLatin1(focused()->metaObject()->className())
                                                       : focused()->objectName());
    }
    EXPECT_EQ(names.count(QStringLiteral("QSpinBox")), 1) << qPrintable(names.join(u' '));
    // Where they are on screen: the texts row by row under the source, then the rest.
    const QStringList order{
        QStringLiteral("studyTitle"),  QStringLiteral("QSpinBox"),    QStringLiteral("topic_en"),
        QStringLiteral("topic_de"),    QStringLiteral("headline_en"), QStringLiteral("headline_de"),
        QStringLiteral("addLanguage"), QStringLiteral("studyNotes"),  QStringLiteral("segmentTable"),
        QStringLiteral("shareTable"),  QStringLiteral("removeWave")};
    qsizetype previous = -1;
    for (const QString &name : order) {
        const qsizetype at = names.indexOf(name);
        ASSERT_GE(at, 0) << "Tab never reaches " << qPrintable(name) << " in " << qPrintable(names.join(u' '));
        EXPECT_GT(at, previous) << qPrintable(name) << " comes too early in " << qPrintable(names.join(u' '));
        previous = at;
    }
    EXPECT_EQ(names.at(names.indexOf(QStringLiteral("QSpinBox")) + 2), QStringLiteral("topic_en"))
        << "the year, the source, then the first topic";
    // Back from the title: the editor's own tabs (Figures, Advice), one stop, named.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Backtab);
    auto *pages = editor->findChild<QTabWidget *>(QStringLiteral("editorPages"));
    EXPECT_EQ(focused(), pages->tabBar());
    EXPECT_EQ(QAccessible::queryAccessibleInterface(pages->tabBar())->text(QAccessible::Name),
              QStringLiteral("Figures and advice"));
    EXPECT_EQ(pages->focusPolicy(), Qt::NoFocus) << "the tab widget around its tab bar is no stop";
}

TEST_F(KeyboardTest, ATableReportsItsCurrentCellFocusedOnlyWhileItHasTheFocusAndKeepsItMeanwhile)
{
    StudyEditor *editor = m_window->studyEditor();
    m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(editor);
    auto *shares = editor->findChild<QTableView *>(QStringLiteral("shareTable"));
    ASSERT_NE(shares, nullptr);
    ASSERT_EQ(m_window->study().waves.size(), 2);
    shares->setFocus();
    ASSERT_TRUE(shares->hasFocus());
    shares->setCurrentIndex(shares->model()->index(0, 1)); // the 2011 wave
    QAccessibleTableInterface *table = QAccessible::queryAccessibleInterface(shares)->tableInterface();
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->cellAt(0, 1)->state().focused) << "the current cell of the focused table";

    auto *title = editor->findChild<QLineEdit *>(QStringLiteral("studyTitle"));
    title->setFocus();
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            EXPECT_FALSE(table->cellAt(row, column)->state().focused)
                << row << ',' << column << ": a second focused object next to the title field";
    }
    shares->setFocus();
    EXPECT_EQ(shares->currentIndex(), shares->model()->index(0, 1)) << "the current cell comes back with the focus";
    EXPECT_TRUE(table->cellAt(0, 1)->state().focused);

    // Remove Wave takes the focus on a click and still removes the wave of the current cell.
    auto *removeWave = editor->findChild<QPushButton *>(QStringLiteral("removeWave"));
    ASSERT_NE(removeWave, nullptr);
    removeWave->setFocus(Qt::MouseFocusReason);
    removeWave->click();
    ASSERT_EQ(m_window->study().waves.size(), 1);
    EXPECT_EQ(m_window->study().waves.constFirst().year, 2012) << "the 2011 wave was current";
}

TEST_F(KeyboardTest, EachPlacementQuestionNamesItsGroupOfAnswersAndTheResultTakesTheFocus)
{
    PlacementDialog dialog(m_window->study(), m_window.get());
    dialog.show();
    dialog.activateWindow(); // no window manager offscreen
    ASSERT_TRUE(QTest::qWaitFor(
        [&dialog] {
            const QWidget *focus = QApplication::focusWidget();
            return dialog.isActiveWindow() && focus && focus->window() == &dialog;
        },
        60000));
    QList<const QWidget *> groups;
    for (int step = 0; step < 6 && dialog.resultText().isEmpty(); ++step) {
        QWidget *answer = QApplication::focusWidget();
        ASSERT_NE(qobject_cast<QRadioButton *>(answer), nullptr)
            << "step " << step << ": " << (answer ? answer->metaObject()->className() : "nothing") << ' '
            << (answer ? qPrintable(answer->objectName()) : "");
        auto *group = qobject_cast<QGroupBox *>(answer->parentWidget());
        ASSERT_NE(group, nullptr) << "the answers sit in a group";
        QAccessibleInterface *groupAccessible = QAccessible::queryAccessibleInterface(group);
        EXPECT_EQ(groupAccessible->role(), QAccessible::Grouping);
        EXPECT_EQ(groupAccessible->text(QAccessible::Name), dialog.questionText()) << "named by its question";
        EXPECT_FALSE(groups.contains(group)) << "a new question comes in a new group, so it is announced";
        groups.append(group);
        QTest::keyClick(answer, Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    ASSERT_FALSE(dialog.resultText().isEmpty());
    EXPECT_GE(groups.size(), 2);
    QWidget *result = dialog.findChild<QLabel *>(QStringLiteral("placementResult"));
    EXPECT_EQ(QApplication::focusWidget(), result) << "the result is read out";
    EXPECT_EQ(QAccessible::queryAccessibleInterface(result)->text(QAccessible::Name), dialog.resultText());
    QTest::keyClick(result, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << "Enter still shows the advice";
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/advice.h"
#include "core/seedstudy.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationscreenmenu.h"
#include "ui/presentation/presentationscreens.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/presentation/slidewidget.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace {

const QString kEnglishHeadlineStart = QStringLiteral("Less than a quarter of small businesses");
const QString kGermanHeadlineStart = QStringLiteral("Weniger als ein Viertel der kleinen Unternehmen");
const QString kEnglishBarTitle = QStringLiteral("How small businesses use social media, 2012");
const QString kGermanBarTitle = QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2012");

class PresentationTest : public testing::Test
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

    PresentationWindow *start()
    {
        m_window->startPresentation();
        QCoreApplication::processEvents();
        return m_window->presentation();
    }

    static void press(PresentationWindow *presentation, Qt::Key key)
    {
        QTest::keyClick(presentation, key);
        QCoreApplication::processEvents();
    }

    static void type(PresentationWindow *presentation, const char *digits)
    {
        for (const char *c = digits; *c; ++c)
            QTest::keyClick(presentation, Qt::Key(Qt::Key_0 + (*c - '0')));
    }

    static QString counterLabel(PresentationWindow *presentation)
    {
        auto *label = presentation->findChild<QLabel *>(QStringLiteral("slideCounter"));
        return label && label->isVisible() ? label->text() : QString();
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(PresentationTest, F5ShowsTheBarChartSlideFullScreen)
{
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCoreApplication::processEvents();
    PresentationWindow *presentation = m_window->presentation();
    ASSERT_NE(presentation, nullptr);
    EXPECT_TRUE(presentation->isVisible());
    EXPECT_TRUE(presentation->isFullScreen());
    EXPECT_EQ(presentation->screen(), m_window->screen());
    EXPECT_EQ(presentation->slideCount(), 6);
    EXPECT_EQ(counterLabel(presentation), QStringLiteral("1 / 6"));

    SlideWidget *slide = presentation->slideWidget();
    EXPECT_TRUE(slide->headlineText().startsWith(kEnglishHeadlineStart)) << qPrintable(slide->headlineText());
    ASSERT_TRUE(slide->chartWidget()->isVisible());
    EXPECT_TRUE(slide->chartWidget()->visibleTexts().contains(kEnglishBarTitle));
    EXPECT_TRUE(slide->chartWidget()->visibleTexts().contains(QStringLiteral("24%")));
    EXPECT_TRUE(slide->chartWidget()->footnoteText().contains(QStringLiteral("Source: SMB Group")));
    EXPECT_EQ(presentation->presenterView(), nullptr) << "one screen: the slides alone";
}

TEST_F(PresentationTest, SlidesAreBarTrendThenOnePerAudience)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    SlideWidget *slide = presentation->slideWidget();
    press(presentation, Qt::Key_Right);
    EXPECT_TRUE(slide->chartWidget()->visibleTexts().contains(
        QStringLiteral("How small businesses use social media, 2011–2012")));
    EXPECT_TRUE(slide->chartWidget()->visibleTexts().join(u'|').contains(QStringLiteral("53%")));
    const QList<AdviceSection> advice = adviceSections(smbGroupSocialBusinessStudy2012(), currentLanguage());
    ASSERT_EQ(advice.size(), 4);
    for (int i = 0; i < advice.size(); ++i) {
        press(presentation, Qt::Key_Right);
        EXPECT_EQ(counterLabel(presentation), QStringLiteral("%1 / 6").arg(i + 3));
        EXPECT_FALSE(slide->chartWidget()->isVisible());
        EXPECT_EQ(slide->headlineText(), advice.at(i).heading);
        EXPECT_EQ(slide->bodyText(), advice.at(i).body);
    }
}

// An imported study has no advice of its own: the generated advice says enough about each
// segment (its share and change, where it stands, the next step) to fill a slide of its own.
TEST(PresentationSlides, GeneratedAdviceFillsASlidePerSegment)
{
    Study imported = smbGroupSocialBusinessStudy2012();
    imported.advice.clear();
    const QList<Slide> slides = presentationSlides(imported);
    ASSERT_EQ(slides.size(), 5) << "bar, trend and one slide per segment";
    for (const Language language : {Language::English, Language::German}) {
        for (const AdviceSection &section : adviceSections(imported, language))
            EXPECT_GE(section.heading.size() + section.body.size(), 280) << qPrintable(section.body);
    }
}

// Generated advice without figures is a sentence a segment: those share slides instead of
// leaving three pages about 80 % empty.
TEST(PresentationSlides, ShortAdviceSharesASlideAndEmptyAdviceIsLeftOut)
{
    Study imported = smbGroupSocialBusinessStudy2012();
    imported.advice.clear();
    imported.waves = {{2012, {std::nullopt, std::nullopt, std::nullopt}}};
    const QList<Slide> slides = presentationSlides(imported);
    ASSERT_EQ(slides.size(), 3) << "bar, trend and one slide for the three segments";
    EXPECT_EQ(slides.at(2).kind, Slide::Kind::Advice);
    ASSERT_EQ(slides.at(2).audiences.size(), 3);

    installLanguage(Language::German);
    SlideWidget slide(imported, imported.latestWaveYear(), ChartStyle::lightTheme());
    slide.setSlide(slides.at(2));
    const QList<AdviceSection> sections = adviceSections(imported, Language::German);
    for (const AdviceSection &section : sections) {
        EXPECT_TRUE(slide.bodyText().contains(section.heading)) << qPrintable(slide.bodyText());
        EXPECT_TRUE(slide.bodyText().contains(section.body));
    }
    EXPECT_EQ(slide.headlineText(), QStringLiteral("Was die Zahlen für jede Gruppe bedeuten"));
    EXPECT_TRUE(SlideWidget::notes(imported, imported.latestWaveYear(), slides.at(2)).contains(sections.at(0).body));
    installLanguage(Language::English);

    // The seed study's own advice fills a slide per audience; a stored text without any
    // words gets none.
    Study seed = smbGroupSocialBusinessStudy2012();
    EXPECT_EQ(presentationSlides(seed).size(), 6);
    for (AdviceText &text : seed.advice) {
        if (text.audience == kAdvisorsAudience)
            text.body = QStringLiteral("  ");
    }
    const QList<Slide> withoutAdvisors = presentationSlides(seed);
    EXPECT_EQ(withoutAdvisors.size(), 5);
    for (const Slide &s : withoutAdvisors)
        EXPECT_FALSE(s.audiences.contains(kAdvisorsAudience));
}

namespace {

struct KeyCase
{
    const char *name;
    Qt::Key key;
    int from;
    int expected;
};

void PrintTo(const KeyCase &row, std::ostream *out)
{
    *out << row.name;
}

class PresentationKeyTest : public PresentationTest, public testing::WithParamInterface<KeyCase>
{
};

} // namespace

TEST_P(PresentationKeyTest, MovesToTheExpectedSlide)
{
    const KeyCase &row = GetParam();
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    presentation->goToSlide(row.from);
    ASSERT_EQ(presentation->currentSlide(), row.from);
    press(presentation, row.key);
    EXPECT_EQ(presentation->currentSlide(), row.expected);
    EXPECT_EQ(counterLabel(presentation), QStringLiteral("%1 / 6").arg(row.expected + 1));
}

INSTANTIATE_TEST_SUITE_P(
    Keys, PresentationKeyTest,
    testing::Values(KeyCase{"RightNext", Qt::Key_Right, 1, 2}, KeyCase{"DownNext", Qt::Key_Down, 1, 2},
                    KeyCase{"PageDownNext", Qt::Key_PageDown, 1, 2}, KeyCase{"SpaceNext", Qt::Key_Space, 1, 2},
                    KeyCase{"LeftPrevious", Qt::Key_Left, 2, 1}, KeyCase{"UpPrevious", Qt::Key_Up, 2, 1},
                    KeyCase{"PageUpPrevious", Qt::Key_PageUp, 2, 1},
                    KeyCase{"BackspacePrevious", Qt::Key_Backspace, 2, 1}, KeyCase{"HomeFirst", Qt::Key_Home, 3, 0},
                    KeyCase{"EndLast", Qt::Key_End, 1, 5}, KeyCase{"RightStopsAtLast", Qt::Key_Right, 5, 5},
                    KeyCase{"SpaceStopsAtLast", Qt::Key_Space, 5, 5}, KeyCase{"LeftStopsAtFirst", Qt::Key_Left, 0, 0},
                    KeyCase{"PageUpStopsAtFirst", Qt::Key_PageUp, 0, 0},
                    KeyCase{"BackspaceStopsAtFirst", Qt::Key_Backspace, 0, 0}),
    [](const testing::TestParamInfo<KeyCase> &info) {
        return std::string(info.param.name);
    });

namespace {

struct JumpCase
{
    const char *name;
    const char *digits;
    Qt::Key enter;
    int expected;
};

void PrintTo(const JumpCase &row, std::ostream *out)
{
    *out << row.name;
}

class PresentationJumpTest : public PresentationTest, public testing::WithParamInterface<JumpCase>
{
};

} // namespace

TEST_P(PresentationJumpTest, NumberThenEnterJumps)
{
    const JumpCase &row = GetParam();
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    presentation->goToSlide(1);
    type(presentation, row.digits);
    EXPECT_EQ(presentation->currentSlide(), 1) << "digits alone don't move";
    EXPECT_EQ(presentation->pendingNumber(), QString::fromLatin1(row.digits));
    auto *jump = presentation->findChild<QLabel *>(QStringLiteral("slideJump"));
    ASSERT_NE(jump, nullptr);
    EXPECT_EQ(jump->text(), QStringLiteral("Go to slide %1").arg(QString::fromLatin1(row.digits)));
    press(presentation, row.enter);
    EXPECT_EQ(presentation->currentSlide(), row.expected);
    EXPECT_EQ(counterLabel(presentation), QStringLiteral("%1 / 6").arg(row.expected + 1));
    EXPECT_TRUE(presentation->pendingNumber().isEmpty());
    EXPECT_TRUE(jump->text().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Jumps, PresentationJumpTest,
                         testing::Values(JumpCase{"FourReturn", "4", Qt::Key_Return, 3},
                                         JumpCase{"SixKeypadEnter", "6", Qt::Key_Enter, 5},
                                         JumpCase{"OneReturn", "1", Qt::Key_Return, 0},
                                         JumpCase{"TooLargeClampsToLast", "42", Qt::Key_Return, 5},
                                         JumpCase{"ZeroClampsToFirst", "0", Qt::Key_Return, 0}),
                         [](const testing::TestParamInfo<JumpCase> &info) {
                             return std::string(info.param.name);
                         });

TEST_F(PresentationTest, BackspaceCorrectsATypedNumber)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    presentation->goToSlide(3);
    type(presentation, "5");
    press(presentation, Qt::Key_Backspace);
    EXPECT_TRUE(presentation->pendingNumber().isEmpty());
    EXPECT_EQ(presentation->currentSlide(), 3) << "Backspace removed the digit instead of going back";
    type(presentation, "2");
    press(presentation, Qt::Key_Return);
    EXPECT_EQ(presentation->currentSlide(), 1);
}

TEST_F(PresentationTest, EnterWithoutANumberStays)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    presentation->goToSlide(2);
    press(presentation, Qt::Key_Return);
    EXPECT_EQ(presentation->currentSlide(), 2);
}

TEST_F(PresentationTest, BBlanksTheScreenAndBAgainShowsIt)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    presentation->goToSlide(2);
    press(presentation, Qt::Key_B);
    EXPECT_TRUE(presentation->isBlanked());
    EXPECT_FALSE(presentation->slideWidget()->isVisible());
    EXPECT_TRUE(counterLabel(presentation).isEmpty()) << "nothing but black";
    const QImage blank = presentation->grab().toImage();
    EXPECT_EQ(blank.pixelColor(blank.width() / 2, blank.height() / 2), QColor(Qt::black));
    EXPECT_EQ(blank.pixelColor(blank.width() - 5, blank.height() - 5), QColor(Qt::black));

    press(presentation, Qt::Key_B);
    EXPECT_FALSE(presentation->isBlanked());
    EXPECT_TRUE(presentation->slideWidget()->isVisible());
    EXPECT_EQ(presentation->currentSlide(), 2);
    const QImage shown = presentation->grab().toImage();
    EXPECT_NE(shown.pixelColor(5, 5), QColor(Qt::black));
}

namespace {

class PresentationUnblankTest : public PresentationTest, public testing::WithParamInterface<KeyCase>
{
};

} // namespace

TEST_P(PresentationUnblankTest, NavigationKeyShowsTheSameSlideAgain)
{
    const KeyCase &row = GetParam();
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    presentation->goToSlide(row.from);
    press(presentation, Qt::Key_B);
    ASSERT_TRUE(presentation->isBlanked());
    press(presentation, row.key);
    EXPECT_FALSE(presentation->isBlanked());
    EXPECT_TRUE(presentation->slideWidget()->isVisible());
    EXPECT_EQ(presentation->currentSlide(), row.expected);
}

INSTANTIATE_TEST_SUITE_P(Keys, PresentationUnblankTest,
                         testing::Values(KeyCase{"Right", Qt::Key_Right, 2, 2}, KeyCase{"Down", Qt::Key_Down, 2, 2},
                                         KeyCase{"PageDown", Qt::Key_PageDown, 2, 2},
                                         KeyCase{"Space", Qt::Key_Space, 2, 2}, KeyCase{"Left", Qt::Key_Left, 2, 2},
                                         KeyCase{"Up", Qt::Key_Up, 2, 2}, KeyCase{"PageUp", Qt::Key_PageUp, 2, 2},
                                         KeyCase{"Backspace", Qt::Key_Backspace, 2, 2},
                                         KeyCase{"Home", Qt::Key_Home, 2, 2}, KeyCase{"End", Qt::Key_End, 2, 2}),
                         [](const testing::TestParamInfo<KeyCase> &info) {
                             return std::string(info.param.name);
                         });

TEST_F(PresentationTest, NumberJumpWhileBlankedShowsTheTargetSlide)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    press(presentation, Qt::Key_B);
    type(presentation, "5");
    press(presentation, Qt::Key_Return);
    EXPECT_FALSE(presentation->isBlanked());
    EXPECT_EQ(presentation->currentSlide(), 4);
}

TEST_F(PresentationTest, LSwitchesEveryVisibleTextToGermanAndBack)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    SlideWidget *slide = presentation->slideWidget();

    press(presentation, Qt::Key_L);
    EXPECT_EQ(currentLanguage(), Language::German);
    EXPECT_TRUE(slide->headlineText().startsWith(kGermanHeadlineStart)) << qPrintable(slide->headlineText());
    EXPECT_TRUE(slide->headlineText().endsWith(QStringLiteral("hat eine Social-Media-Strategie")));
    QStringList texts = slide->chartWidget()->visibleTexts();
    EXPECT_TRUE(texts.contains(kGermanBarTitle)) << qPrintable(texts.join(u'|'));
    EXPECT_TRUE(texts.contains(QStringLiteral("24\u00a0%")));
    EXPECT_FALSE(texts.contains(kEnglishBarTitle));
    EXPECT_TRUE(slide->chartWidget()->footnoteText().contains(QStringLiteral("Quelle")));
    EXPECT_EQ(counterLabel(presentation), QStringLiteral("1 / 6"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"))
        << "the same remembered setting as the Language menu";
    EXPECT_EQ(m_window->barChart()->visibleTexts().contains(kGermanBarTitle), true) << "the main window follows";

    presentation->goToSlide(3);
    EXPECT_EQ(slide->headlineText(), QStringLiteral("Sie nutzen soziale Medien, aber ohne Plan"));
    type(presentation, "3");
    auto *jump = presentation->findChild<QLabel *>(QStringLiteral("slideJump"));
    ASSERT_NE(jump, nullptr);
    EXPECT_EQ(jump->text(), QStringLiteral("Gehe zu Folie 3"));
}

TEST_F(PresentationTest, LTwiceReturnsToEnglish)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    SlideWidget *slide = presentation->slideWidget();
    press(presentation, Qt::Key_L);
    ASSERT_EQ(currentLanguage(), Language::German);
    press(presentation, Qt::Key_L);
    EXPECT_EQ(currentLanguage(), Language::English);
    EXPECT_TRUE(slide->headlineText().startsWith(kEnglishHeadlineStart)) << qPrintable(slide->headlineText());
    const QStringList texts = slide->chartWidget()->visibleTexts();
    EXPECT_TRUE(texts.contains(kEnglishBarTitle));
    EXPECT_FALSE(texts.contains(kGermanBarTitle));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(presentation->currentSlide(), 0) << "L doesn't move";
}

TEST_F(PresentationTest, EscClosesAndReturnsToTheMainWindow)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presentation));
    QPointer<PresentationWindow> watch(presentation);
    press(presentation, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(watch.isNull()) << "the presentation window is gone";
    EXPECT_EQ(m_window->presentation(), nullptr);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    EXPECT_EQ(QApplication::activeWindow(), m_window.get());

    // And it can start again.
    ASSERT_NE(start(), nullptr);
    EXPECT_EQ(m_window->presentation()->currentSlide(), 0);
}

TEST_F(PresentationTest, PresentsTheMainWindowsWave)
{
    m_window->setWave(2011);
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    const QStringList texts = presentation->slideWidget()->chartWidget()->visibleTexts();
    EXPECT_TRUE(texts.contains(QStringLiteral("How small businesses use social media, 2011")));
    EXPECT_TRUE(texts.contains(QStringLiteral("56%")));
    EXPECT_FALSE(texts.contains(QStringLiteral("0%")));
    EXPECT_TRUE(
        presentation->slideWidget()->chartWidget()->footnoteText().contains(QStringLiteral("Not reported for 2011")));
}

TEST_F(PresentationTest, ViewMenuOffersPresentAndTheScreenChoice)
{
    auto *present = m_window->findChild<QAction *>(QStringLiteral("presentAction"));
    ASSERT_NE(present, nullptr);
    EXPECT_EQ(present->text(), QStringLiteral("&Present"));
    EXPECT_EQ(present->shortcut(), QKeySequence(Qt::Key_F5));

    auto *menu = m_window->findChild<PresentationScreenMenu *>();
    ASSERT_NE(menu, nullptr);
    menu->populate();
    ASSERT_FALSE(menu->actions().isEmpty());
    QAction *windowScreen = menu->actions().constFirst();
    EXPECT_EQ(windowScreen->text(), QStringLiteral("Screen of the Main Window"));
    EXPECT_TRUE(windowScreen->isChecked()) << "the default";
    EXPECT_EQ(menu->actions().size(), 2 + QGuiApplication::screens().size()) << "plus a separator and each screen";

    installLanguage(Language::German);
    QCoreApplication::processEvents();
    EXPECT_EQ(present->text(), QStringLiteral("&Präsentieren"));
    EXPECT_EQ(menu->title(), QStringLiteral("Präsentieren &auf"));
}

namespace {

struct PlanCase
{
    const char *name;
    QStringList screens;
    const char *chosen;
    int windowScreen;
    PresentationScreens::Plan expected;
};

void PrintTo(const PlanCase &row, std::ostream *out)
{
    *out << row.name;
}

class PresentationScreensTest : public testing::TestWithParam<PlanCase>
{
};

} // namespace

TEST_P(PresentationScreensTest, ChoosesSlideAndPresenterScreens)
{
    const PlanCase &row = GetParam();
    const PresentationScreens::Plan plan =
        PresentationScreens::plan(row.screens, QString::fromUtf8(row.chosen), row.windowScreen);
    EXPECT_EQ(plan.slides, row.expected.slides);
    EXPECT_EQ(plan.presenter, row.expected.presenter);
}

INSTANTIATE_TEST_SUITE_P(
    Screens, PresentationScreensTest,
    testing::Values(
        PlanCase{"OneScreenSlidesAlone", {QStringLiteral("eDP-1")}, "", 0, {0, -1}},
        PlanCase{"OneScreenChosenMissing", {QStringLiteral("eDP-1")}, "HDMI-1", 0, {0, -1}},
        PlanCase{"TwoScreensDefaultWindowScreen", {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")}, "", 0, {0, 1}},
        PlanCase{"TwoScreensWindowOnSecond", {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")}, "", 1, {1, 0}},
        PlanCase{"TwoScreensProjectorChosen", {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")}, "HDMI-1", 0, {1, 0}},
        PlanCase{
            "TwoScreensChosenIsWindowScreen", {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")}, "eDP-1", 0, {0, 1}},
        PlanCase{"TwoScreensChosenUnplugged", {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")}, "DP-3", 1, {1, 0}},
        PlanCase{"ThreeScreens",
                 {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1"), QStringLiteral("DP-2")},
                 "DP-2",
                 0,
                 {2, 0}},
        PlanCase{"UnknownWindowScreen", {QStringLiteral("eDP-1"), QStringLiteral("HDMI-1")}, "", -1, {0, 1}},
        PlanCase{"NoScreens", {}, "", 0, {0, -1}}),
    [](const testing::TestParamInfo<PlanCase> &info) {
        return std::string(info.param.name);
    });

TEST(PresentationScreenSetting, EmptyNameMeansTheWindowsScreen)
{
    PresentationScreens::setChosenScreen(QStringLiteral("HDMI-1"));
    EXPECT_EQ(PresentationScreens::chosenScreen(), QStringLiteral("HDMI-1"));
    PresentationScreens::setChosenScreen(QString());
    EXPECT_TRUE(PresentationScreens::chosenScreen().isEmpty());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("presentation/screen")));
}

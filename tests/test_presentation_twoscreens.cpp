// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Runs on an offscreen platform with two screens (tests/data/presentation/two-screens.json):
// a 1280×800 "Laptop" and a 1920×1080 "Projector" to its right.
#include "core/seedstudy.h"
#include "screens.h"
#include "ui/charts/chartwidget.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationscreenmenu.h"
#include "ui/presentation/presentationscreens.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/presentation/presenterview.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class TwoScreenPresentationTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        installLanguage(Language::English);
        ASSERT_EQ(QGuiApplication::screens().size(), 2) << "run with the two-screen offscreen configuration";
        m_window = std::make_unique<MainWindow>(smbGroupSocialBusinessStudy2012());
        m_window->setScreen(screenNamed(QStringLiteral("Laptop")));
        m_window->setGeometry(40, 40, 1180, 700);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_EQ(m_window->screen()->name(), QStringLiteral("Laptop"));
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

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(TwoScreenPresentationTest, SlidesOnTheChosenProjectorPresenterViewOnTheLaptop)
{
    PresentationScreens::setChosenScreen(QStringLiteral("Projector"));
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    EXPECT_EQ(presentation->screen()->name(), QStringLiteral("Projector"));
    EXPECT_EQ(presentation->geometry(), QRect(1280, 0, 1920, 1080));
    EXPECT_TRUE(presentation->isFullScreen());
    EXPECT_GT(presentation->slideWidget()->chartWidget()->textScale(), 1.5) << "big chart texts on a 1080p projector";
    auto *headline = presentation->slideWidget()->findChild<QLabel *>(QStringLiteral("slideHeadline"));
    ASSERT_NE(headline, nullptr);
    EXPECT_GE(headline->font().pixelSize(), 32) << "readable from the back row";
    EXPECT_TRUE(presentation->slideWidget()->chartWidget()->visibleTexts().contains(
        QStringLiteral("How small businesses use social media, 2012")));

    PresenterView *presenter = presentation->presenterView();
    ASSERT_NE(presenter, nullptr);
    EXPECT_TRUE(presenter->isVisible());
    EXPECT_EQ(presenter->screen()->name(), QStringLiteral("Laptop"));
    EXPECT_EQ(presenter->counterText(), QStringLiteral("1 / 6"));
    EXPECT_EQ(presenter->nextTitleText(), QStringLiteral("Next: How small businesses use social media, 2011–2012"));
    EXPECT_TRUE(presenter->notesText().contains(QStringLiteral("Planned strategy, 2012: 24%")))
        << qPrintable(presenter->notesText());
    EXPECT_FALSE(presenter->clockText().isEmpty());
    ASSERT_FALSE(presenter->currentPreview().isNull());
    EXPECT_EQ(presenter->currentPreview().size(), QSize(1920, 1080)) << "drawn as the audience sees it";
    EXPECT_FALSE(presenter->nextPreview().isNull());
}

TEST_F(TwoScreenPresentationTest, WithoutAChoiceSlidesUseTheWindowsScreen)
{
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    EXPECT_EQ(presentation->screen()->name(), QStringLiteral("Laptop"));
    ASSERT_NE(presentation->presenterView(), nullptr);
    EXPECT_EQ(presentation->presenterView()->screen()->name(), QStringLiteral("Projector"));
}

TEST_F(TwoScreenPresentationTest, PresenterViewFollowsKeysBlankingAndLanguage)
{
    PresentationScreens::setChosenScreen(QStringLiteral("Projector"));
    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    PresenterView *presenter = presentation->presenterView();
    ASSERT_NE(presenter, nullptr);

    // Keys typed on the presenter's screen steer the slides.
    QTest::keyClick(presenter, Qt::Key_End);
    EXPECT_EQ(presentation->currentSlide(), 5);
    EXPECT_EQ(presenter->counterText(), QStringLiteral("6 / 6"));
    EXPECT_EQ(presenter->nextTitleText(), QStringLiteral("End of the presentation"));
    EXPECT_TRUE(presenter->nextPreview().isNull());
    const QList<AdviceSection> advice = adviceSections(smbGroupSocialBusinessStudy2012(), currentLanguage());
    EXPECT_TRUE(presenter->notesText().startsWith(advice.constLast().body));

    QTest::keyClick(presentation, Qt::Key_Left);
    EXPECT_EQ(presenter->counterText(), QStringLiteral("5 / 6"));
    EXPECT_EQ(presenter->nextTitleText(), QStringLiteral("Next: %1").arg(advice.constLast().heading));

    QTest::keyClick(presentation, Qt::Key_B);
    EXPECT_EQ(presenter->statusText(), QStringLiteral("Screen blanked (B shows it again)"));
    const QImage blank = presenter->currentPreview().toImage();
    EXPECT_EQ(blank.pixelColor(blank.width() / 2, blank.height() / 2), QColor(Qt::black));
    QTest::keyClick(presentation, Qt::Key_B);
    EXPECT_TRUE(presenter->statusText().isEmpty());

    QTest::keyClick(presenter, Qt::Key_L);
    QCoreApplication::processEvents();
    ASSERT_EQ(currentLanguage(), Language::German);
    EXPECT_TRUE(presenter->nextTitleText().startsWith(QStringLiteral("Als Nächstes: ")))
        << qPrintable(presenter->nextTitleText());
    EXPECT_TRUE(presenter->notesText().startsWith(
        adviceSections(smbGroupSocialBusinessStudy2012(), Language::German).at(2).body));

    QTest::keyClick(presenter, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(m_window->presentation(), nullptr);
}

TEST_F(TwoScreenPresentationTest, PresentOnMenuListsBothScreensAndRemembersTheChoice)
{
    auto *menu = m_window->findChild<PresentationScreenMenu *>();
    ASSERT_NE(menu, nullptr);
    menu->populate();
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Screen of the Main Window"), QString(),
                                  QStringLiteral("Laptop (1280 × 800)"), QStringLiteral("Projector (1920 × 1080)")}));
    EXPECT_TRUE(menu->actions().constFirst()->isChecked());

    menu->actions().constLast()->trigger();
    EXPECT_EQ(PresentationScreens::chosenScreen(), QStringLiteral("Projector"));
    menu->populate();
    EXPECT_TRUE(menu->actions().constLast()->isChecked());
    EXPECT_FALSE(menu->actions().constFirst()->isChecked());

    PresentationWindow *presentation = start();
    ASSERT_NE(presentation, nullptr);
    EXPECT_EQ(presentation->screen()->name(), QStringLiteral("Projector"));
}

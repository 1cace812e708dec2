// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "ui/presentation/slidewidget.h"

#include <QPointer>
#include <QWidget>

class PresenterView;
class QLabel;
class QScreen;
class QStackedLayout;

/// Presentation mode: the study's charts and advice full screen, one slide at a time.
/// Keys: Right/Down/Page Down/Space next, Left/Up/Page Up/Backspace previous, Home/End
/// first/last, a number then Enter jumps, B blanks (B or a navigation key shows the slide
/// again), L switches between German and English, Esc leaves.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    /// A window of its own; parent (the main window) is activated again when it closes.
    /// style: the colours, fonts and logo of the slides.
    PresentationWindow(const Study &study, int waveYear, const ChartStyle::Theme &style, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    /// Goes full screen on the chosen screen (see PresentationScreens), with the presenter
    /// view on another screen when there is one. windowScreen: the main window's screen.
    void present(QScreen *windowScreen);

    int slideCount() const { return int(m_slides.size()); }
    /// 0-based index of the slide shown.
    int currentSlide() const { return m_current; }
    /// Shows a slide; the index is clamped to the first and last slide.
    void goToSlide(int index);
    void setBlanked(bool blanked);
    bool isBlanked() const { return m_blanked; }
    /// Draws the slides' charts in the high-contrast colours (View → High Contrast).
    void setHighContrast(bool on);

    /// "3 / 6".
    QString counterText() const;
    /// The digits typed so far for a jump; empty when none.
    QString pendingNumber() const { return m_pendingNumber; }
    SlideWidget *slideWidget() const { return m_slide; }
    /// Null with one screen.
    PresenterView *presenterView() const;
    /// The theme's logo in the slides' bottom-left corner (hidden when the theme has none).
    QLabel *logoLabel() const { return m_logo; }

Q_SIGNALS:
    /// L was pressed: the user wants the other language. When nothing is connected, the
    /// window installs it itself.
    void languageToggleRequested(Language language);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Moves to a slide, or only shows the blanked one again.
    void navigate(int index);
    void toggleLanguage();
    void updateView();
    void retranslate();

    Study m_study;
    int m_waveYear = 0;
    ChartStyle::Theme m_style;
    bool m_highContrast = false;
    QList<Slide> m_slides;
    int m_current = 0;
    bool m_blanked = false;
    QString m_pendingNumber;

    QStackedLayout *m_pages = nullptr;
    QWidget *m_slidePage = nullptr;
    QWidget *m_blankPage = nullptr;
    SlideWidget *m_slide = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_jump = nullptr;
    QLabel *m_logo = nullptr;
    QPointer<PresenterView> m_presenter;
};

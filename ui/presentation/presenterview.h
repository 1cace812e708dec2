// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/presentation/slidewidget.h"

#include <QElapsedTimer>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QLabel;

/// The presenter's screen: the current slide as the audience sees it, the next slide, the
/// notes for the current slide, a clock and the time since the presentation started.
class PresenterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenterView)

public:
    /// A window of its own (parent: the presentation window).
    PresenterView(const Study &study, int waveYear, const ChartStyle::Theme &style, QWidget *parent = nullptr);

    /// Draws the previews' charts in the high-contrast colours.
    void setHighContrast(bool on);

    /// Shows slide index of slides; previews are drawn as a slide of slideSize looks.
    void showSlide(const QList<Slide> &slides, int index, bool blanked, const QSize &slideSize);

    QString counterText() const;
    QString nextTitleText() const;
    QString notesText() const;
    QString clockText() const;
    QString statusText() const;
    QPixmap currentPreview() const { return m_currentPixmap; }
    QPixmap nextPreview() const { return m_nextPixmap; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void updateClock();
    void updatePreviews();
    void scalePreviews();
    QPixmap render(const Slide &slide);

    Study m_study;
    int m_waveYear = 0;
    QList<Slide> m_slides;
    int m_index = 0;
    bool m_blanked = false;
    QSize m_slideSize{1920, 1080};

    SlideWidget *m_renderer = nullptr;
    QLabel *m_currentCaption = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_nextCaption = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_notesCaption = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_elapsed = nullptr;
    QPixmap m_currentPixmap;
    QPixmap m_nextPixmap;
    QTimer m_clockTimer;
    QElapsedTimer m_started;
};

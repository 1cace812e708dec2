// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/advice.h"
#include "core/study.h"
#include "ui/charts/chartspec.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class ChartWidget;
class QLabel;
class QStackedLayout;

/// One slide of presentation mode: a chart of the study or the advice for one or more
/// audiences.
struct Slide
{
    enum class Kind { Chart, Advice };
    Kind kind = Kind::Chart;
    ChartKind chart = ChartKind::Bar; ///< Used by chart slides.
    /// Used by advice slides: segment keys or kAdvisorsAudience; more than one when short
    /// sections share the slide.
    QStringList audiences;
    bool operator==(const Slide &) const = default;
};

/// The slides in order: the bar chart, the trend chart, then the advice. A section long
/// enough to fill a slide gets its own; consecutive short ones (the few sentences generated
/// for an imported study) share one, up to three a slide; a section without text is left out.
QList<Slide> presentationSlides(const Study &study);

/// Shows one slide in the installed language, with fonts sized from the widget's height,
/// and rebuilds it when the language changes.
class SlideWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlideWidget)

public:
    /// style: the colours, fonts and logo of the slides.
    SlideWidget(const Study &study, int waveYear, const ChartStyle::Theme &style, QWidget *parent = nullptr);

    void setSlide(const Slide &slide);
    const Slide &slide() const { return m_slide; }

    /// The big line on top: the headline of a chart slide, the heading of an advice slide.
    QString headlineText() const;
    /// The advice of an advice slide; empty on a chart slide.
    QString bodyText() const;
    /// The chart of a chart slide (hidden on advice slides).
    ChartWidget *chartWidget() const { return m_chart; }

    /// A slide's name: the chart title or the audience's heading.
    static QString title(const Study &study, int waveYear, const Slide &slide);
    /// What the presenter reads: the figures and gaps of a chart slide or the advice text,
    /// followed by the study's notes.
    static QString notes(const Study &study, int waveYear, const Slide &slide);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void updateFonts();

    Study m_study;
    int m_waveYear = 0;
    ChartStyle::Theme m_style;
    Slide m_slide;

    QStackedLayout *m_pages = nullptr;
    QWidget *m_chartPage = nullptr;
    QWidget *m_advicePage = nullptr;
    QLabel *m_headline = nullptr;
    ChartWidget *m_chart = nullptr;
    QLabel *m_kicker = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
};

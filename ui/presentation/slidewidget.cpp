// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/presentation/slidewidget.h"

#include "core/narrative.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"

#include <QEvent>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// A slide's advice in the installed language: the heading, and the body (with each
// section's heading before its text when sections share the slide).
std::optional<AdviceSection> adviceFor(const Study &study, const QStringList &audiences)
{
    QList<AdviceSection> shown;
    for (const AdviceSection &section : adviceSections(study, currentLanguage())) {
        if (audiences.contains(section.audience))
            shown.append(section);
    }
    if (shown.isEmpty())
        return std::nullopt;
    if (shown.size() == 1)
        return shown.constFirst();
    AdviceSection merged;
    merged.audience = audiences.join(u',');
    merged.heading = SlideWidget::tr("What the figures mean for each group");
    QStringList parts;
    for (const AdviceSection &section : shown)
        parts.append(section.heading + u'\n' + section.body);
    merged.body = parts.join(QStringLiteral("\n\n"));
    return merged;
}

// About this much advice fills a slide; less looks like an empty page.
constexpr qsizetype kFilledSlideCharacters = 280;
constexpr qsizetype kSectionsPerSharedSlide = 3;

int waveForChart(const Study &study, int waveYear, ChartKind kind)
{
    return kind == ChartKind::Trend ? study.latestWaveYear() : waveYear;
}

QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QList<Slide> presentationSlides(const Study &study)
{
    QList<Slide> slides{{Slide::Kind::Chart, ChartKind::Bar, {}}, {Slide::Kind::Chart, ChartKind::Trend, {}}};
    // The audiences are the same in both languages and so are the slides: a section is
    // short when it is short in every language.
    const QList<AdviceSection> english = adviceSections(study, Language::English);
    const QList<AdviceSection> german = adviceSections(study, Language::German);
    QStringList shortRun;
    const auto flush = [&slides, &shortRun] {
        // Shared out evenly: four short sections make two slides of two, not three and one.
        const qsizetype count = (shortRun.size() + kSectionsPerSharedSlide - 1) / kSectionsPerSharedSlide;
        for (qsizetype i = 0, from = 0; i < count; ++i) {
            const qsizetype to = shortRun.size() * (i + 1) / count;
            slides.append({Slide::Kind::Advice, ChartKind::Bar, shortRun.mid(from, to - from)});
            from = to;
        }
        shortRun.clear();
    };
    for (qsizetype i = 0; i < english.size(); ++i) {
        const AdviceSection &en = english.at(i);
        const AdviceSection &de = german.value(i);
        const qsizetype length = std::max(en.body.trimmed().size(), de.body.trimmed().size());
        if (length == 0)
            continue; // nothing to show
        if (length < kFilledSlideCharacters) {
            shortRun.append(en.audience);
            continue;
        }
        flush();
        slides.append({Slide::Kind::Advice, ChartKind::Bar, {en.audience}});
    }
    flush();
    return slides;
}

SlideWidget::SlideWidget(const Study &study, int waveYear, const ChartStyle::Theme &style, QWidget *parent)
    : QWidget(parent)
    , m_study(study)
    , m_waveYear(waveYear)
    , m_style(style)
{
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, m_style.background);
    colours.setColor(QPalette::WindowText, m_style.text);
    setPalette(colours);

    m_chartPage = new QWidget(this);
    m_headline = makeLabel(m_chartPage, QStringLiteral("slideHeadline"));
    m_chart = new ChartWidget(m_chartPage);
    m_chart->setFollowsApplicationFont(false); // fitted to the screen in updateFonts()
    m_chart->setObjectName(QStringLiteral("slideChart"));
    ChartParts parts;
    parts.headline = false; // the slide's own headline, above
    m_chart->setParts(parts);
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_headline);
    chartLayout->addWidget(m_chart, 1);

    m_advicePage = new QWidget(this);
    m_kicker = makeLabel(m_advicePage, QStringLiteral("slideKicker"));
    QPalette kickerColours = m_kicker->palette();
    kickerColours.setColor(QPalette::WindowText, m_style.accentTextColor());
    m_kicker->setPalette(kickerColours);
    m_heading = makeLabel(m_advicePage, QStringLiteral("slideHeading"));
    m_body = makeLabel(m_advicePage, QStringLiteral("slideBody"));
    auto *adviceLayout = new QVBoxLayout(m_advicePage);
    adviceLayout->setContentsMargins(0, 0, 0, 0);
    adviceLayout->addWidget(m_kicker);
    adviceLayout->addWidget(m_heading);
    adviceLayout->addWidget(m_body);
    adviceLayout->addStretch(1);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_chartPage);
    m_pages->addWidget(m_advicePage);

    // The presentation window takes every key; nothing on a slide may keep the focus.
    for (QWidget *child : findChildren<QWidget *>())
        child->setFocusPolicy(Qt::NoFocus);

    updateFonts();
    refresh();
}

void SlideWidget::setSlide(const Slide &slide)
{
    m_slide = slide;
    refresh();
}

void SlideWidget::refresh()
{
    const Language language = currentLanguage();
    if (m_slide.kind == Slide::Kind::Chart) {
        const int wave = waveForChart(m_study, m_waveYear, m_slide.chart);
        m_headline->setText(Narrative::displayHeadline(m_study, wave, language));
        m_chart->setSpec({m_study, m_slide.chart, m_waveYear, language, m_style});
        m_pages->setCurrentWidget(m_chartPage);
        setAccessibleName(m_headline->text());
    } else {
        const std::optional<AdviceSection> advice = adviceFor(m_study, m_slide.audiences);
        m_kicker->setText(tr("What this means for your business"));
        m_heading->setText(advice ? advice->heading : QString());
        m_body->setText(advice ? advice->body : QString());
        m_pages->setCurrentWidget(m_advicePage);
        setAccessibleName(m_heading->text());
    }
}

void SlideWidget::updateFonts()
{
    // Sized from the slide's height, and from its width on narrow (4:3) screens.
    const double h = std::max(height(), 120);
    const double w = std::max(width(), 160);
    const auto px = [h, w](double ofHeight, double ofWidth) {
        return std::max(8, int(std::lround(std::min(h * ofHeight, w * ofWidth))));
    };
    m_headline->setFont(m_style.font(px(0.033, 0.021), true));
    m_kicker->setFont(m_style.font(px(0.03, 0.018), true));
    m_heading->setFont(m_style.font(px(0.065, 0.042), true));
    m_body->setFont(m_style.font(px(0.045, 0.03)));
    // Long German chart titles must still fit: the width limits the scale too.
    m_chart->setTextScale(std::min(h / 600.0, w / 960.0));
    const int marginX = int(std::lround(w * 0.04));
    const int marginY = int(std::lround(h * 0.04));
    for (QWidget *page : {m_chartPage, m_advicePage}) {
        page->layout()->setContentsMargins(marginX, marginY, marginX, marginY / 3);
        page->layout()->setSpacing(int(std::lround(h * 0.025)));
    }
}

QString SlideWidget::headlineText() const
{
    return m_slide.kind == Slide::Kind::Chart ? m_headline->text() : m_heading->text();
}

QString SlideWidget::bodyText() const
{
    return m_slide.kind == Slide::Kind::Advice ? m_body->text() : QString();
}

QString SlideWidget::title(const Study &study, int waveYear, const Slide &slide)
{
    if (slide.kind == Slide::Kind::Advice) {
        const std::optional<AdviceSection> advice = adviceFor(study, slide.audiences);
        return advice ? advice->heading : QString();
    }
    return slide.chart == ChartKind::Trend ? Narrative::trendChartTitle(study, currentLanguage())
                                           : Narrative::barChartTitle(study, waveYear, currentLanguage());
}

QString SlideWidget::notes(const Study &study, int waveYear, const Slide &slide)
{
    const Language language = currentLanguage();
    QStringList paragraphs;
    if (slide.kind == Slide::Kind::Advice) {
        if (const std::optional<AdviceSection> advice = adviceFor(study, slide.audiences))
            paragraphs.append(advice->body);
    } else {
        QStringList figures;
        const QList<int> waves = slide.chart == ChartKind::Trend ? [&study] {
            QList<int> years;
            for (const SurveyWave &wave : study.waves)
                years.append(wave.year);
            return years;
        }() : QList<int>{waveYear};
        for (int segment = 0; segment < study.segments.size(); ++segment) {
            for (int year : waves)
                figures.append(ChartFactory::toolTipText(study, segment, year, language));
        }
        if (study.baselineSegment >= 0) {
            for (int year : waves)
                figures.append(ChartFactory::toolTipText(study, -1, year, language));
        }
        paragraphs.append(figures.join(u'\n'));
        const QString gaps = ChartFactory::missingDataNote({study, slide.chart, waveYear, language});
        if (!gaps.isEmpty())
            paragraphs.append(gaps);
    }
    if (!study.notes.trimmed().isEmpty())
        paragraphs.append(study.notes.trimmed());
    return paragraphs.join(QStringLiteral("\n\n"));
}

void SlideWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void SlideWidget::resizeEvent(QResizeEvent *event)
{
    updateFonts();
    QWidget::resizeEvent(event);
}

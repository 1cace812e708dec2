// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/studydeck.h"

#include "core/advice.h"
#include "core/derivedfigures.h"
#include "core/narrative.h"

namespace StudyDeck {

namespace {

QString segmentColor(const Study &study, int segmentIndex, const ThemeDescription &theme)
{
    if (segmentIndex == study.baselineSegment)
        return theme.baselineSegment;
    return theme.segmentPalette.at(segmentIndex % theme.segmentPalette.size());
}

Deck emptyDeck(const Study &study, Language language, const ThemeDescription &theme)
{
    Deck deck;
    deck.language = language;
    deck.title = study.topic.text(language);
    if (!theme.fontFamily.isEmpty())
        deck.font = theme.fontFamily;
    deck.textColor = theme.text;
    deck.secondaryTextColor = theme.secondaryText;
    deck.backgroundColor = theme.background;
    deck.accentColor = theme.accent;
    deck.logoPng = theme.logoPng;
    return deck;
}

DeckChart barChart(const Study &study, int waveYear, Language language, const ThemeDescription &theme)
{
    DeckChart chart;
    chart.kind = DeckChart::Kind::Bar;
    chart.waveYear = waveYear;
    DeckChart::Series series;
    series.name = QString::number(waveYear);
    series.color = segmentColor(study, 0, theme);
    const int wave = study.waveIndex(waveYear);
    for (int i = 0; i < study.segments.size(); ++i) {
        chart.categories.append(study.segments.at(i).name.text(language));
        series.values.append(study.share(wave, i));
        series.pointColors.append(segmentColor(study, i, theme));
    }
    chart.series = {series};
    return chart;
}

DeckChart trendChart(const Study &study, Language language, const ThemeDescription &theme)
{
    DeckChart chart;
    chart.kind = DeckChart::Kind::Line;
    for (const SurveyWave &wave : study.waves)
        chart.categories.append(QString::number(wave.year));
    for (int i = 0; i < study.segments.size(); ++i) {
        DeckChart::Series series;
        series.name = study.segments.at(i).name.text(language);
        series.color = segmentColor(study, i, theme);
        series.segment = i;
        for (int w = 0; w < study.waves.size(); ++w)
            series.values.append(study.share(w, i));
        chart.series.append(series);
    }
    if (study.baselineSegment >= 0) {
        DeckChart::Series adoption;
        adoption.name = study.adoptionLabel.text(language);
        adoption.color = theme.adoption;
        adoption.dashed = true; // derived, as in the app's trend chart
        adoption.segment = -1;
        for (int w = 0; w < study.waves.size(); ++w)
            adoption.values.append(DerivedFigures::adoptionShare(study, w));
        chart.series.append(adoption);
    }
    return chart;
}

// The advice as speaker notes: each audience's heading, then its paragraphs.
QStringList adviceNotes(const Study &study, Language language)
{
    QStringList notes;
    for (const AdviceSection &section : adviceSections(study, language)) {
        notes.append(section.heading);
        notes.append(section.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts));
    }
    return notes;
}

DeckSlide barSlide(const Study &study, int waveYear, Language language, const ThemeDescription &theme)
{
    DeckSlide slide;
    slide.title = Narrative::displayHeadline(study, waveYear, language);
    slide.subtitle = Narrative::barChartTitle(study, waveYear, language);
    slide.chart = barChart(study, waveYear, language, theme);
    if (const QString missing = Narrative::notReportedSentence(study, waveYear, language); !missing.isEmpty())
        slide.footnotes = {missing};
    slide.source = Narrative::sourceLine(study, language);
    slide.notes = QStringList{Narrative::paragraph(study, waveYear, language)} + adviceNotes(study, language);
    return slide;
}

DeckSlide trendSlide(const Study &study, Language language, const ThemeDescription &theme)
{
    DeckSlide slide;
    slide.title = Narrative::displayHeadline(study, study.latestWaveYear(), language);
    slide.subtitle = Narrative::trendChartTitle(study, language);
    slide.chart = trendChart(study, language, theme);
    if (const QString gaps = Narrative::trendGapsNote(study, language); !gaps.isEmpty())
        slide.footnotes = {gaps};
    slide.source = Narrative::sourceLine(study, language);
    slide.notes = QStringList{Narrative::trendSentences(study, language).join(u' ')} + adviceNotes(study, language);
    return slide;
}

} // namespace

Deck chartDeck(const Study &study, ChartKind kind, int waveYear, Language language, const ThemeDescription &theme)
{
    Deck deck = emptyDeck(study, language, theme);
    deck.titleSlide = false;
    deck.slides = {kind == ChartKind::Trend ? trendSlide(study, language, theme)
                                            : barSlide(study, waveYear, language, theme)};
    return deck;
}

Deck reportDeck(const Study &study, Language language, const ThemeDescription &theme)
{
    Deck deck = emptyDeck(study, language, theme);
    const int newest = study.latestWaveYear();
    DeckSlide cover;
    cover.title = study.topic.text(language);
    cover.subtitle = Narrative::displayHeadline(study, newest, language);
    cover.source = Narrative::sourceLine(study, language);
    cover.notes = {Narrative::paragraph(study, newest, language)};
    deck.slides.append(cover);
    deck.slides.append(barSlide(study, newest, language, theme));
    if (study.waves.size() >= 2)
        deck.slides.append(trendSlide(study, language, theme));
    for (qsizetype w = study.waves.size() - 2; w >= 0; --w)
        deck.slides.append(barSlide(study, study.waves.at(w).year, language, theme));
    for (const AdviceSection &section : adviceSections(study, language)) {
        DeckSlide advice;
        advice.title = section.heading;
        advice.paragraphs = section.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        advice.source = Narrative::sourceLine(study, language);
        advice.notes = advice.paragraphs;
        deck.slides.append(advice);
    }
    return deck;
}

} // namespace StudyDeck

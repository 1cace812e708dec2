// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"

#include <QString>
#include <QStringList>

/// Texts built from a study's figures: chart titles, headline, narrative, alt text and
/// source line. Every function that takes a Language writes in that language whatever
/// translator is installed (the sentence templates for both languages are held as data in
/// narrative.cpp, the quantifiers in quantifier.cpp), so a German export can be made while
/// the UI is English. Every function takes its language: nothing here reads the UI's.
///
/// The generator works for any study: segments are named by their LocalizedText names,
/// the "uses … (any)" figure is DerivedFigures::adoptionShare() named by the study's
/// adoptionLabel. Shares are put into words with quantifierWords() ("less than a quarter
/// of respondents (24 %)"), changes between survey waves in percentage points. Unknown
/// shares are never given as figures: they are skipped, or named as "not reported".
/// Nothing here reports errors; a wave the study doesn't have gives a sentence saying so.
namespace Narrative {

/// The two charts an alt text can describe. Same order as the UI's ChartKind.
enum class ChartType {
    Bar,   ///< The segments of one survey wave.
    Trend, ///< Each segment's share across the waves, plus the derived adoption line.
};

/// Title of a bar chart of one wave: "How small businesses use social media, 2012".
QString barChartTitle(const Study &study, int waveYear, Language language);

/// Title of the trend chart: "How small businesses use social media, 2011–2012".
QString trendChartTitle(const Study &study, Language language);

/// One-sentence headline for a wave: the adoption figure (or, for a study without a
/// baseline segment or with multiple answers, the largest segment) with its quantifier and,
/// when an earlier wave has the figure, its change in percentage points:
/// "In 2012, more than half of respondents (53%) belonged to the group “Use social media
/// (any)”, up 9 percentage points from 44% in 2011." Always the first of sentences().
QString headline(const Study &study, int waveYear, Language language);

/// The headline readers see: the study's own headline in the language (written in the
/// data editor) for its newest wave, else headline(). An own headline is never taken from
/// the other language.
QString displayHeadline(const Study &study, int waveYear, Language language);

/// The narrative of a wave, one to four sentences (the headline first, then the other
/// segments with known shares, then which segments are not reported). Four at most: with
/// many segments, the two largest and the smallest of them are told. One sentence when the
/// wave has no known figure or the study doesn't have the wave.
QStringList sentences(const Study &study, int waveYear, Language language);

/// sentences() joined by spaces into one paragraph.
QString paragraph(const Study &study, int waveYear, Language language);

/// Alt text of a chart, one or two sentences: the chart type and title, what it compares
/// (how many groups of respondents; the trend chart also the waves and the derived line),
/// and the largest and smallest segment with their shares (for the trend chart in the
/// newest wave with known shares). Unknown shares are skipped. waveYear is used by the bar
/// chart only.
QString altText(const Study &study, ChartType chart, int waveYear, Language language);

/// "Source: SMB Group, 2012 Small and Medium Business Social Business Study".
QString sourceLine(const Study &study, Language language);

} // namespace Narrative

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"

#include <QString>
#include <QStringList>

/// Texts built from a study's figures: chart titles, headline, narrative, trend text, alt
/// text and source line. Every function takes its language and writes in it whatever
/// translator is installed: the sentence templates are data in the phrase tables
/// ("narrative.*" in resources/phrases/<tag>.json, see PhraseBook), the quantifiers too
/// (quantifier.h). Nothing here reads the UI's language.
///
/// The generator works for any study. It speaks of the study's population and of what each
/// segment's members do when the study has that wording (studywording.h: "less than a
/// quarter of small businesses have a social media strategy"), else of "respondents" who
/// "answered “Never”". Every share a text quotes is the figure the chart's data label shows
/// (DataLabels::shownShare(): whole percent, labels of a wave adding up to 100), and its
/// words follow that figure (quantifierWords()). Changes between survey waves are told in
/// percentage points; a move of one or two points is "little changed". Unknown shares are
/// never given as figures: they are named as not reported. Nothing here reports errors; a
/// wave the study doesn't have gives a sentence saying so.
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

/// The index of the segment a wave's headline is about, by rules an editor can check:
/// 1. in a study whose answers form a scale (a baseline "not at all" segment, one answer per
///    respondent) the top of the scale — the answer the study is about — when it is known;
/// 2. else the segment with the biggest change since the previous wave that has its figure,
///    when that change is 5 points or more or carries it across half;
/// 3. else the largest segment.
/// Only segments count: the headline quotes figures a bar of the wave's chart shows, never
/// the derived adoption figure. -1 when the wave has no known share or doesn't exist.
int headlineSegment(const Study &study, int waveYear);

/// One-line headline of a wave, without a full stop: the headlineSegment() with its
/// quantifier and what its members do, "Less than a quarter of small businesses have a
/// social media strategy"; with an earlier figure that differs by 3 points or more,
/// ", compared with 56% in 2011". A sentence saying so when the wave has no known figure.
QString headline(const Study &study, int waveYear, Language language);

/// The headline readers see: the study's own headline in the language (written in the
/// data editor) for its newest wave, else headline(). An own headline is never taken from
/// the other language.
QString displayHeadline(const Study &study, int waveYear, Language language);

/// The narrative below the headline, one to four sentences: the headline's figure with its
/// share and change ("In the 2012 survey, less than a quarter of small businesses (24%)
/// have a social media strategy."), then the other segments with known shares in the
/// study's order (with many segments, the largest ones get a sentence of their own and the
/// rest share one: "The other answers: …"), then which segments are not reported. Every
/// segment of the wave is accounted for. One sentence when the wave has no known figure or
/// the study doesn't have it.
QStringList sentences(const Study &study, int waveYear, Language language);

/// The sentence naming the segments of a wave without a figure ("The study reports no
/// figures for “Planned strategy” and “Ad hoc use” in 2011."); empty when every segment has
/// one or the study doesn't have the wave.
QString notReportedSentence(const Study &study, int waveYear, Language language);

/// The note under a trend chart whose lines have gaps ("Gaps in a line mark figures the
/// study did not report."); empty when every share of every wave is known.
QString trendGapsNote(const Study &study, Language language);

/// sentences() joined by spaces into one paragraph.
QString paragraph(const Study &study, int waveYear, Language language);

/// The text of the trend chart: for every line (each segment and the derived adoption
/// line) its change from its first to its last known figure, biggest change first ("fell
/// from 56% in 2011 to 47% in 2012"; ±2 points or less "little changed"; crossing half "–
/// now a majority"), the lines known in one wave only and those never reported, and which
/// answer leads in the newest wave (and whom it took the lead from). Every line of the chart
/// is accounted for. A study with one wave gets sentences() of that wave.
QStringList trendSentences(const Study &study, Language language);

/// Alt text of a chart, one or two sentences: the chart type and title, what it compares
/// (how many groups of the population; the trend chart also the waves and the derived
/// line), and the largest and smallest segment with their shares (for the trend chart in
/// the newest wave with known shares). Unknown shares are skipped. waveYear is used by the
/// bar chart only.
QString altText(const Study &study, ChartType chart, int waveYear, Language language);

/// "Source: SMB Group, 2012 Small and Medium Business Social Business Study".
QString sourceLine(const Study &study, Language language);

} // namespace Narrative

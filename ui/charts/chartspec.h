// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/chartkind.h"
#include "core/language.h"
#include "core/study.h"
#include "ui/charts/chartstyle.h"

#include <QList>
#include <QString>

/// The parts of a chart's publication layout, top to bottom: headline (the editor's, else
/// the generated finding), description (what the chart shows: topic and waves), the chart,
/// then the footer: notes (figures not reported), source line and byline. Each can be
/// switched off; the chart itself always shows.
struct ChartParts
{
    bool headline = true;
    bool description = true;
    bool notes = true;
    bool source = true;
    bool byline = true;

    /// "headline,description,notes,source,byline" for the parts shown (settings, command line).
    QString codes() const;
    /// Parts from such a list; unknown names are ignored. An empty list shows none.
    static ChartParts fromCodes(const QString &codes);
    bool operator==(const ChartParts &) const = default;
};

/// A short text attached to one bar (bar chart: the segment in the wave shown) or one
/// trend point (segment and wave), in the language of the chart.
struct ChartAnnotation
{
    int segmentIndex = 0; ///< Index into Study::segments; -1 for the derived adoption line.
    int waveYear = 0;
    QString text;
    bool operator==(const ChartAnnotation &) const = default;
};

/// What a chart emphasises: one highlighted segment (the others muted) and annotations.
struct ChartEmphasis
{
    int highlightSegment = -2; ///< Index into Study::segments, -1 the adoption line, -2 none.
    QList<ChartAnnotation> annotations;

    bool hasHighlight() const { return highlightSegment > -2; }
    bool operator==(const ChartEmphasis &) const = default;
};

/// Everything needed to build one chart. waveYear is used by the bar chart only. The
/// constructor takes the emphasis from the study (Study::highlight, Study::annotations): notes
/// in the chart's language only, none on a series or wave the study no longer has.
struct ChartSpec
{
    ChartSpec() = default;
    ChartSpec(Study study, ChartKind kind, int waveYear, Language language,
              ChartStyle::Theme style = ChartStyle::lightTheme());

    Study study;
    ChartKind kind = ChartKind::Bar;
    int waveYear = 0;
    Language language = Language::English;
    ChartStyle::Theme style = ChartStyle::lightTheme(); ///< Colours, font and logo.
    ChartParts parts;
    ChartEmphasis emphasis;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"
#include "ui/charts/typography.h"

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
namespace ChartFactory {
class PageChart;
}

/// The publication layout every chart is shown in — the window, every export, the report,
/// the clipboard and the slides: headline, description, the chart, and a footer of notes,
/// source line and byline (with the theme's logo at its right). Parts switched off in the
/// spec's ChartParts are left out and give their room to the chart.
namespace ChartPage {

/// The texts of a page in the spec's language; a part switched off (or with nothing to
/// say) is empty.
struct Texts
{
    QString headline;    ///< The editor's headline, else the generated finding.
    QString description; ///< What the chart shows: "How small businesses use social media, 2012".
    QStringList notes;   ///< Figures not reported, and notes other parts add.
    QString source;      ///< "Source: SMB Group, 2012 Small and Medium Business Social Business Study".
    QString byline;      ///< "Chart: SMB Group" — the brand theme's name, else the study's publisher.
};

Texts texts(const ChartSpec &spec);

/// Where the parts of a page go, in the units of its target, and the sizes they got.
struct Layout
{
    Typography type;    ///< After fitting: the headline and description may have shrunk.
    QRectF headline;    ///< Empty when there is none.
    QRectF description; ///< Empty when there is none.
    QRectF chart;
    QRectF footer; ///< Notes, then source and byline.
    QRectF logo;   ///< Empty without a logo.
    QStringList headlineLines;
    QStringList descriptionLines;
    QStringList footerLines;
    int footerNoteLines = 0; ///< The first footerNoteLines lines of footerLines are notes.
};

/// Lays a page out in target: the headline and description shrink (never below
/// kMinimumTextSize + 2 and kMinimumTextSize) until the chart keeps at least 45 % of the
/// height; when that is not enough the description is left out, and a landscape page then
/// sets headline and description in a column left of the chart, 40–60 % of the width (as
/// narrow as lets the texts fit). Texts wrap at word
/// boundaries and are never cut.
Layout layout(const QRectF &target, const ChartSpec &spec, const Typography &type);

/// Draws the page laid out in target (painter units), in the installed theme.
void render(QPainter *painter, const QRectF &target, const ChartSpec &spec, const Typography &type);
/// The same with a chart built before (the files of one chart share it; see
/// ChartFactory::PageChart).
void render(QPainter *painter, const QRectF &target, ChartFactory::PageChart *chart, const Typography &type);

} // namespace ChartPage

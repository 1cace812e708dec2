// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"

#include <QString>
#include <QStringList>

class QChart;
class QPainter;
class QRectF;

/// The one place that builds Qt Charts objects. Everything else in the app talks in
/// ChartSpec, so a move to Qt Graphs changes this folder only.
namespace ChartFactory {

/// Builds the chart for a spec. The caller owns the result. Unknown shares are left out
/// (bar chart) or break the line (trend chart); they are never drawn as 0.
/// Series carry the dynamic property "segmentIndex" (-1 for the derived adoption line).
/// Data labels are QGraphicsSimpleTextItem children of the chart with data(0) == "dataLabel"
/// and data(1) == segment index, rounded so a wave's labels add up to 100 (largest
/// remainder). Whenever the plot area changes they are placed inside a bar, outside it, or
/// hidden (see DataLabels), so they never overlap each other or a bar's edge; a label's
/// tooltip carries the exact share.
QChart *createChart(const ChartSpec &spec);

/// Outlines the bar chart's legend squares in their own colour (again after a bar's pen
/// changed, e.g. to show a selection).
void solidLegendMarkers(QChart *chart);

/// A line under the chart naming the segments a bar chart leaves out because their share
/// is unknown ("Not reported for 2011: Planned strategy, Ad hoc use"); empty when none is.
QString missingDataNote(const ChartSpec &spec);

/// The tooltip for a segment in a wave: "Ad hoc use, 2012: 29%".
QString toolTipText(const Study &study, int segmentIndex, int waveYear, Language language);

/// Keeps every legend label whole (Qt Charts cuts labels that don't fit to "..."): when they
/// don't fit in one row, the legend font shrinks step by step to kMinimumLegendPixelSize;
/// when they still don't fit, the legend moves to the right of the plot, one label per line,
/// at its normal size (shrinking again if needed). Call after the chart has its geometry.
void fitLegend(QChart *chart);
inline constexpr int kMinimumLegendPixelSize = 11;

/// Draws the chart and its footnotes (missing data, source line) into target, in logical
/// units (the painter's transform maps them to the device), in spec.style:
/// its background, colours and font, and its logo (if any) in the bottom-right corner,
/// 44 units high and at most 220 wide. Used by every export.
void renderPage(QPainter *painter, const QRectF &target, const ChartSpec &spec);

} // namespace ChartFactory

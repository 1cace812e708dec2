// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/typography.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;
class QGraphicsScene;
class QPainter;

/// The one place that builds Qt Charts objects. Everything else in the app talks in
/// ChartSpec, so a move to Qt Graphs changes this folder only.
///
/// Charts are labelled directly. A bar chart (one survey wave) names each bar at the bar
/// and gives its value at the bar's end; it has no legend, no axis titles and no value
/// axis. Its bars are upright when every segment name, in every language, fits under its
/// bar in two lines, else they lie horizontally with the names left of them. A trend chart
/// names each line (and its newest value) at its right end when the names fit in a column
/// of at most 30 % of the chart's width (40 % on narrow charts, half on charts at least twice
/// as wide as tall) and above each other; otherwise it keeps a legend under the plot, in rows
/// that wrap and never cut a name, each entry a sample of its line. With a highlight, the
/// muted lines share one grey and differ by pattern (solid, dotted, dash-dotted, …).
namespace ChartFactory {

/// Roles of the text and line items a chart adds to itself (QGraphicsItem::data(0)); data(1)
/// is the segment index (-1: the derived adoption line).
inline const QString kDataLabelRole = QStringLiteral("dataLabel");
inline const QString kCategoryLabelRole = QStringLiteral("categoryLabel");
inline const QString kEndLabelRole = QStringLiteral("endLabel");
inline const QString kAnnotationRole = QStringLiteral("annotation");
inline const QString kAnnotationLineRole = QStringLiteral("annotationLine");
inline const QString kSelectionRole = QStringLiteral("selectionFrame");
inline const QString kLegendEntryRole = QStringLiteral("legendEntry");
inline const QString kLegendSwatchRole = QStringLiteral("legendSwatch");

/// Builds the chart for a spec in the window's type (screenTypography()) for a chart about
/// sizeHint large. The caller owns the result. Unknown shares are left out (bar chart) or
/// break the line (trend chart); they are never drawn as 0. Series and bar sets carry the
/// dynamic property "segmentIndex" (-1 for the derived adoption line).
/// Data labels are QGraphicsSimpleTextItem children of the chart with data(0) ==
/// kDataLabelRole and data(1) == segment index, rounded so a wave's labels add up to 100
/// (largest remainder). Whenever the chart's geometry changes the chart lays itself out
/// again: names, values, line-end labels and annotations are placed from the bars' and
/// points' geometry so that none overlaps another or crosses a bar's edge (a data label
/// without room is hidden; its tooltip keeps the exact share). Label sizes are measured in
/// every language, so a bar's label sits in the same place, in the same colour, in German
/// and English.
QChart *createChart(const ChartSpec &spec);
QChart *createChart(const ChartSpec &spec, const Typography &type, const QSizeF &sizeHint);

/// Lays a chart made by createChart() out for its current geometry at once (it also does
/// so by itself when the geometry changes, once the event loop runs).
void layoutChart(QChart *chart);

/// Whether a bar chart of spec, width units wide in type, lies its bars horizontally.
bool prefersHorizontalBars(const ChartSpec &spec, const Typography &type, double width);

/// Frames the bar of a segment (bar chart) or thickens its line (trend chart); -2 clears.
/// adoptionLine selects the derived line (segment -1) of the trend chart.
void setSelectedSegment(QChart *chart, int segmentIndex);

/// The rectangle of a segment's bar in chart coordinates; empty when it isn't drawn.
QRectF barRect(const QChart *chart, int segmentIndex);

/// The fill of a segment (-1: the adoption line) in spec's theme and emphasis: its own
/// colour, or, when another segment is highlighted, a muted grey with at least 3:1
/// contrast against the background; a highlighted segment is darkened (or, on a dark
/// background, lightened) to at least 4.5:1 against the background and 1.5:1 against the
/// muted grey, so it stands out by lightness as well as by hue (colour-blind safe).
QColor segmentFill(const ChartSpec &spec, int segmentIndex);
/// The muted grey of a theme.
QColor mutedColor(const ChartStyle::Theme &style);

/// Outlines the bar chart's legend squares in their own colour (kept for charts that
/// still show a legend).
void solidLegendMarkers(QChart *chart);

/// A line under the chart naming the segments a bar chart leaves out because their share
/// is unknown ("Not reported for 2011: Planned strategy, Ad hoc use"); empty when none is.
QString missingDataNote(const ChartSpec &spec);

/// The tooltip for a segment in a wave: "Ad hoc use, 2012: 29%".
QString toolTipText(const Study &study, int segmentIndex, int waveYear, Language language);

/// A trend line as a screen reader names it: the segment (-1: the adoption line) and its
/// share in every wave, oldest first ("No social media: 2011 56%, 2012 47%"); an unknown
/// share is said as such ("n/a").
QString lineAccessibleName(const Study &study, int segmentIndex, Language language);

/// Keeps every legend label whole (Qt Charts cuts labels that don't fit to "..."): when they
/// don't fit in one row, the legend font shrinks step by step to kMinimumLegendPixelSize;
/// when they still don't fit, the legend moves to the right of the plot, one label per line,
/// at its normal size (shrinking again if needed). Call after the chart has its geometry.
void fitLegend(QChart *chart);
inline constexpr int kMinimumLegendPixelSize = 12;

/// A chart built for a spec and drawn by renderPage() as often as needed: the files of one
/// chart (PNG, PDF, SVG) share it, and it is built again only when a file needs another
/// chart size or typography.
class PageChart final
{
public:
    explicit PageChart(const ChartSpec &spec);
    ~PageChart();
    PageChart(const PageChart &) = delete;
    PageChart &operator=(const PageChart &) = delete;

    const ChartSpec &spec() const { return m_spec; }
    /// The chart built for type and laid out at size (logical units), in its scene.
    QGraphicsScene *layOut(const Typography &type, const QSizeF &size);

private:
    ChartSpec m_spec;
    std::unique_ptr<QGraphicsScene> m_scene;
    Typography m_type;
    QSizeF m_size;
};

/// Draws the chart's page (headline, description, chart, footer with notes, source line,
/// byline and logo; see ChartPage) into target, in logical units laid out as a canvas of
/// target's size in publicationTypography(), in spec.style. Used by every export.
void renderPage(QPainter *painter, const QRectF &target, const ChartSpec &spec);
/// The same with a chart built before (see PageChart).
void renderPage(QPainter *painter, const QRectF &target, PageChart *page);

/// Words of text put on lines no wider than width in font (QFontMetricsF units), joined by
/// "\n"; a word wider than width keeps a line of its own and is never cut.
QString wrapText(const QString &text, const QFont &font, double width);

} // namespace ChartFactory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/share.h"
#include "core/study.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

/// Data labels of a chart: the whole numbers they show and where they go. Plain arithmetic
/// and geometry on Qt Core types, so the rules are tested without building a chart.
namespace DataLabels {

/// Rounds one survey wave's shares (percent, 0–100) to whole numbers for the data labels.
/// When the segments are exclusive, the largest-remainder method is used: every label is
/// its share rounded down or up, and the labels of the known shares add up to the rounded
/// total of those shares, which is 100 for a complete wave (33.3/33.3/33.4 → 33/33/34;
/// whole-number shares stay as they are). Remainders that tie go to the larger share, then
/// to the earlier segment. When exclusive is false (a question with several answers per
/// respondent), each share is rounded on its own, half away from zero. Unknown shares stay
/// unknown and take no part in the total. Reports no errors.
QList<std::optional<int>> roundedLabels(const QList<Share> &shares, bool exclusive);

/// The whole-number share shown for a segment in a wave: its data label, as roundedLabels()
/// gives it for the whole wave (exclusive unless the study has multiple answers). Segment
/// -1 is the derived adoption figure (DerivedFigures::adoptionShare()): the sum of the
/// labels of the segments outside the baseline when all are known, else 100 minus the
/// baseline's label. This is the one rounding rule for every place a share appears: data
/// labels, headline, narrative, alt text, advice and report figures, so a text never says
/// 18.5 % beside a bar labelled 18 %. Unknown when the share is unknown or an index is out
/// of range.
std::optional<int> shownShare(const Study &study, int waveIdx, int segmentIdx);

/// Where a label ended up.
enum class Placement {
    Inside,  ///< Inside its bar, at the bar's top end.
    Outside, ///< Outside its bar or next to its point.
    Hidden,  ///< No room: not drawn (the value stays in the tooltip).
};

/// A placed label: rect is its box (empty when hidden), in the coordinates of the input.
struct LabelBox
{
    Placement placement = Placement::Hidden;
    QRectF rect;
};

/// Which place a bar label tries first.
enum class BarLabelRule {
    InsideFirst,  ///< Inside the bar's top end, else above it.
    OutsideFirst, ///< Just above the bar (the direct-labelled charts: one rule in every language), else inside.
};

/// Places the labels of upright bars (y grows downwards, as on screen). Label i belongs to
/// bars[i] and has the size labelSizes[i]. With InsideFirst it goes inside its bar at the
/// top when it fits there with padding on every side, else just above the bar; with
/// OutsideFirst the other way round. Above the bar means: that box lies inside bounds and
/// keeps padding from every bar and every label placed before. When neither fits, the label
/// is hidden. Labels are placed in input order, so the same input always gives the same
/// result, and no two labels overlap and no label crosses a bar's edge. Mismatched list
/// sizes place only the common part. Horizontal bars are placed by turning them upright
/// first (see uprightRect()).
QList<LabelBox> placeBarLabels(const QList<QRectF> &bars, const QList<QSizeF> &labelSizes, const QRectF &bounds,
                               double padding, BarLabelRule rule = BarLabelRule::InsideFirst);

/// A rectangle of a chart whose bars grow rightwards, turned a quarter turn so that its bars
/// grow upwards ((x, y) → (y, −x)); fromUprightRect() turns it back.
QRectF uprightRect(const QRectF &rect);
QRectF fromUprightRect(const QRectF &rect);

/// Places the labels of line-chart points (markers of markerRadius around each point):
/// above the point, else below it, else hidden; a label stays inside bounds and keeps
/// padding from every marker and every label placed before it (input order). The cost
/// grows linearly with the number of points (obstacles are kept in a grid of cells).
QList<LabelBox> placePointLabels(const QList<QPointF> &points, const QList<QSizeF> &labelSizes, const QRectF &bounds,
                                 double markerRadius, double padding);

} // namespace DataLabels

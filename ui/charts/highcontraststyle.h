// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"

#include <QColor>

class QChart;

/// The chart colours of the high-contrast theme: every series, grid line and text at least
/// 7:1 against the white chart background, so a data label drawn inside a bar (white) has
/// 7:1 too. Kept apart from ChartStyle, which holds the normal (export) style.
namespace HighContrastStyle {

/// The colour of a segment by position; the baseline ("none") segment is a dark grey.
QColor segmentColor(int segmentIndex, bool isBaseline);
/// The derived adoption line.
QColor adoptionColor();
/// Grid lines and axis lines.
QColor lineColor();

/// Recolours a chart that ChartFactory built for spec: bars, lines, markers, grid and axis
/// lines. Call it before the chart is laid out (data labels pick their colour then).
void applyToChart(QChart *chart, const ChartSpec &spec);

} // namespace HighContrastStyle

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"

#include <QSize>
#include <QString>

class QMimeData;

/// The chart's figures as tab-separated text with a header row: for a bar chart one row
/// per segment (segment, share), for the trend chart one row per segment and the derived
/// line, one column per survey wave. Numbers in the spec's language without "%" ("24,5"),
/// an unknown share is an empty cell.
QString chartDataTsv(const ChartSpec &spec);

/// What Edit → Copy puts on the clipboard: the chart as an image of pixelSize (with its
/// source line) and chartDataTsv() as plain text and as text/tab-separated-values.
/// The caller owns the result (QClipboard::setMimeData takes it).
QMimeData *chartMimeData(const ChartSpec &spec, const QSize &pixelSize = QSize(1600, 900));

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"

/// Which chart of a study to show.
enum class ChartKind {
    Bar,   ///< The segments of one survey wave, one bar each.
    Trend, ///< Each segment's share across the waves, plus the derived adoption line.
};

/// Everything needed to build one chart. waveYear is used by the bar chart only.
struct ChartSpec
{
    Study study;
    ChartKind kind = ChartKind::Bar;
    int waveYear = 0;
    Language language = Language::English;
};

/// "bar" / "trend".
QString chartKindCode(ChartKind kind);

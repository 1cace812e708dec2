// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/chartkind.h"
#include "core/language.h"
#include "core/study.h"
#include "ui/charts/chartstyle.h"

/// Everything needed to build one chart. waveYear is used by the bar chart only.
struct ChartSpec
{
    Study study;
    ChartKind kind = ChartKind::Bar;
    int waveYear = 0;
    Language language = Language::English;
    ChartStyle::Theme style = ChartStyle::lightTheme(); ///< Colours, font and logo.
};

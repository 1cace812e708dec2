// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <optional>

/// The share of one survey wave's respondents in one segment, in percent (0–100).
/// std::nullopt means the study did not report the figure: it is unknown, never 0.
using Share = std::optional<double>;

/// Tolerance, in percentage points, for the total of a wave's shares: published shares are
/// rounded to whole percent, so three segments may add up to 99 or 101.
inline constexpr double kShareTotalTolerance = 1.0;

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <optional>

/// Survey statistics for shares of a wave with a known number of respondents: the 95 %
/// margin of error of a share and whether a change between two waves is statistically
/// significant. Shares are percent (0–100), results in percent or percentage points.
/// Unknown (std::nullopt) when n is not positive or a share is outside 0–100; the texts
/// then claim nothing (see Narrative).
namespace SurveyStatistics {

/// The two-sided 95 % normal quantile, 1.959964.
inline constexpr double kZ95 = 1.959963984540054;

/// A confidence interval of a share, percent.
struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

/// The Wilson score interval at 95 % of a share from n respondents (Wilson 1927; Newcombe
/// 1998, method 3): good for small n and shares near 0 or 100, where the textbook
/// "p ± 1.96·√(p(1−p)/n)" fails.
std::optional<Interval> wilsonInterval(double share, int respondents);

/// The margin of error reported with a share: half the width of the Wilson interval, in
/// percentage points (n = 1,000 and 50 % → 3.1).
std::optional<double> marginOfError(double share, int respondents);

/// The result of a two-proportion z-test.
struct Significance
{
    double z = 0.0;           ///< Test statistic with the pooled standard error.
    bool significant = false; ///< |z| ≥ 1.96: the change is significant at 95 % (two-sided).
};

/// Two-proportion z-test of the change from share1 (n1 respondents) to share2 (n2), pooled
/// proportion, two-sided at 95 %. Unknown when both shares are 0 or both 100 (no variance).
std::optional<Significance> twoProportionTest(double share1, int respondents1, double share2, int respondents2);

} // namespace SurveyStatistics

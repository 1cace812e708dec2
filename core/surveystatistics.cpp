// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/surveystatistics.h"

#include <algorithm>
#include <cmath>

namespace SurveyStatistics {

namespace {

bool valid(double share, int respondents)
{
    return respondents > 0 && std::isfinite(share) && share >= 0.0 && share <= 100.0;
}

} // namespace

std::optional<Interval> wilsonInterval(double share, int respondents)
{
    if (!valid(share, respondents))
        return std::nullopt;
    const double p = share / 100.0;
    const double n = respondents;
    const double z2 = kZ95 * kZ95;
    const double denominator = 1.0 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = kZ95 / denominator * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return Interval{std::max(0.0, centre - half) * 100.0, std::min(1.0, centre + half) * 100.0};
}

std::optional<double> marginOfError(double share, int respondents)
{
    const std::optional<Interval> interval = wilsonInterval(share, respondents);
    if (!interval)
        return std::nullopt;
    return (interval->high - interval->low) / 2.0;
}

std::optional<Significance> twoProportionTest(double share1, int respondents1, double share2, int respondents2)
{
    if (!valid(share1, respondents1) || !valid(share2, respondents2))
        return std::nullopt;
    const double p1 = share1 / 100.0;
    const double p2 = share2 / 100.0;
    const double n1 = respondents1;
    const double n2 = respondents2;
    const double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const double variance = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2);
    if (variance <= 0.0)
        return std::nullopt;
    const double z = (p2 - p1) / std::sqrt(variance);
    return Significance{z, std::abs(z) >= kZ95};
}

} // namespace SurveyStatistics

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

#include <optional>

/// Figures computed from a study's shares. Unknown inputs give unknown results, never 0.
namespace DerivedFigures {

/// Share (percent) of respondents outside the baseline segment in a wave, i.e. who use
/// social media in any way. The sum of the other segments when all of them are known,
/// else 100 − baseline when the baseline is known, else unknown. Unknown too when the
/// study has no baseline segment or the wave index is out of range.
/// For the SMB Group study: 44 in 2011 (100 − 56), 53 in 2012 (24 + 29).
Share adoptionShare(const Study &study, int waveIndex);

/// Difference to − from in percentage points; unknown when either side is unknown.
/// Example: none 56 → 47 gives −9.
std::optional<double> changeInPoints(Share from, Share to);

} // namespace DerivedFigures

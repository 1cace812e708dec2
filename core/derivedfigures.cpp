// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/derivedfigures.h"

namespace DerivedFigures {

Share adoptionShare(const Study &study, int waveIndex)
{
    if (study.baselineSegment < 0 || study.baselineSegment >= study.segments.size())
        return std::nullopt;
    if (waveIndex < 0 || waveIndex >= study.waves.size())
        return std::nullopt;

    double sum = 0.0;
    bool othersKnown = true;
    for (int i = 0; i < study.segments.size(); ++i) {
        if (i == study.baselineSegment)
            continue;
        const Share share = study.share(waveIndex, i);
        if (!share) {
            othersKnown = false;
            break;
        }
        sum += *share;
    }
    if (othersKnown)
        return sum;

    const Share baseline = study.share(waveIndex, study.baselineSegment);
    if (baseline)
        return 100.0 - *baseline;
    return std::nullopt;
}

std::optional<double> changeInPoints(Share from, Share to)
{
    if (!from || !to)
        return std::nullopt;
    return *to - *from;
}

} // namespace DerivedFigures

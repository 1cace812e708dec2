// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/study.h"

#include <algorithm>
#include <tuple>

QString LocalizedText::text(Language language) const
{
    const QString &preferred = language == Language::German ? german : english;
    const QString &fallback = language == Language::German ? english : german;
    return preferred.isEmpty() ? fallback : preferred;
}

int Study::waveIndex(int waveYear) const
{
    const auto it = std::find_if(waves.cbegin(), waves.cend(), [waveYear](const SurveyWave &wave) {
        return wave.year == waveYear;
    });
    return it == waves.cend() ? -1 : int(std::distance(waves.cbegin(), it));
}

int Study::segmentIndex(const QString &key) const
{
    const auto it = std::find_if(segments.cbegin(), segments.cend(), [&key](const Segment &segment) {
        return segment.key == key;
    });
    return it == segments.cend() ? -1 : int(std::distance(segments.cbegin(), it));
}

Share Study::share(int waveIdx, int segmentIdx) const
{
    if (waveIdx < 0 || waveIdx >= waves.size())
        return std::nullopt;
    const SurveyWave &wave = waves.at(waveIdx);
    if (segmentIdx < 0 || segmentIdx >= wave.shares.size())
        return std::nullopt;
    return wave.shares.at(segmentIdx);
}

int Study::latestWaveYear() const
{
    int latest = 0;
    for (const SurveyWave &wave : waves)
        latest = std::max(latest, wave.year);
    return latest;
}

const AdviceText *Study::adviceText(const QString &audience, Language language) const
{
    for (const AdviceText &text : advice) {
        if (text.audience == audience && text.language == language)
            return &text;
    }
    return nullptr;
}

void Study::sortAdvice()
{
    auto rank = [this](const AdviceText &text) {
        const int segment = segmentIndex(text.audience);
        const int position =
            segment >= 0 ? segment
                         : (text.audience == kAdvisorsAudience ? int(segments.size()) : int(segments.size()) + 1);
        return std::tuple(position, text.audience, int(text.language));
    };
    std::stable_sort(advice.begin(), advice.end(), [&rank](const AdviceText &a, const AdviceText &b) {
        return rank(a) < rank(b);
    });
}

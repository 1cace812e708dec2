// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/study.h"

#include <algorithm>
#include <tuple>

LocalizedText::LocalizedText(std::initializer_list<std::pair<Language, QString>> texts)
{
    for (const auto &[language, text] : texts)
        setValue(language, text);
}

QString LocalizedText::text(Language language) const
{
    if (m_texts.isEmpty())
        return {};
    if (const QString exact = value(language); !exact.isEmpty())
        return exact;
    const QString base = language.baseCode();
    for (const auto &[other, text] : m_texts) {
        if (other.baseCode() == base)
            return text;
    }
    if (const QString english = value(Language::English); !english.isEmpty())
        return english;
    return m_texts.constFirst().second;
}

QString LocalizedText::value(Language language) const
{
    for (const auto &[other, text] : m_texts) {
        if (other == language)
            return text;
    }
    return {};
}

bool LocalizedText::contains(Language language) const
{
    return !value(language).isEmpty();
}

void LocalizedText::setValue(Language language, const QString &text)
{
    const auto position = std::find_if(m_texts.begin(), m_texts.end(), [&language](const auto &entry) {
        return !languageBefore(entry.first, language);
    });
    const bool present = position != m_texts.end() && position->first == language;
    if (text.isEmpty()) {
        if (present)
            m_texts.erase(position);
    } else if (present) {
        position->second = text;
    } else {
        m_texts.insert(position, {language, text});
    }
}

QStringList LocalizedText::values() const
{
    QStringList result;
    result.reserve(m_texts.size());
    for (const auto &entry : m_texts)
        result.append(entry.second);
    return result;
}

LocalizedText sameTextInUiLanguages(const QString &text)
{
    LocalizedText result;
    for (Language language : uiLanguages())
        result.setValue(language, text);
    return result;
}

QList<Language> LocalizedText::languages() const
{
    QList<Language> result;
    result.reserve(m_texts.size());
    for (const auto &entry : m_texts)
        result.append(entry.first);
    return result;
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
        return std::tuple(position, text.audience);
    };
    std::stable_sort(advice.begin(), advice.end(), [&rank](const AdviceText &a, const AdviceText &b) {
        const auto rankA = rank(a);
        const auto rankB = rank(b);
        if (rankA != rankB)
            return rankA < rankB;
        return languageBefore(a.language, b.language);
    });
}

QList<Language> Study::languages() const
{
    QList<Language> result;
    const auto add = [&result](Language language) {
        if (!result.contains(language))
            result.append(language);
    };
    for (const LocalizedText *text : {&topic, &adoptionLabel, &headline}) {
        for (Language language : text->languages())
            add(language);
    }
    for (const Segment &segment : segments) {
        for (Language language : segment.name.languages())
            add(language);
    }
    for (const AdviceText &text : advice)
        add(text.language);
    for (const Annotation &annotation : annotations) {
        for (Language language : annotation.text.languages())
            add(language);
    }
    std::sort(result.begin(), result.end(), languageBefore);
    return result;
}

void Study::sortAnnotations()
{
    // Segments as they stand, the adoption line after them, series the study lacks last.
    const auto rank = [this](const Annotation &annotation) {
        const int index = seriesIndex(annotation.series);
        return index >= 0 ? index : index == -1 ? int(segments.size()) : int(segments.size()) + 1;
    };
    std::stable_sort(annotations.begin(), annotations.end(), [&rank](const Annotation &a, const Annotation &b) {
        const int rankA = rank(a);
        const int rankB = rank(b);
        if (rankA != rankB)
            return rankA < rankB;
        if (a.series != b.series)
            return a.series < b.series;
        return a.waveYear < b.waveYear;
    });
}

const Annotation *Study::annotation(const QString &series, int waveYear) const
{
    for (const Annotation &annotation : annotations) {
        if (annotation.series == series && annotation.waveYear == waveYear)
            return &annotation;
    }
    return nullptr;
}

void Study::setAnnotation(const QString &series, int waveYear, Language language, const QString &text)
{
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        Annotation &annotation = annotations[i];
        if (annotation.series != series || annotation.waveYear != waveYear)
            continue;
        annotation.text.setValue(language, text);
        if (annotation.text.isEmpty())
            annotations.removeAt(i);
        return;
    }
    if (text.isEmpty())
        return;
    Annotation annotation{series, waveYear, {}};
    annotation.text.setValue(language, text);
    annotations.append(annotation);
    sortAnnotations();
}

QString Study::seriesKey(int segmentIndex) const
{
    if (segmentIndex == -1)
        return kAdoptionSeries;
    return segmentIndex >= 0 && segmentIndex < segments.size() ? segments.at(segmentIndex).key : QString();
}

int Study::seriesIndex(const QString &series) const
{
    if (series == kAdoptionSeries)
        return -1;
    const int index = segmentIndex(series);
    return index >= 0 ? index : -2;
}

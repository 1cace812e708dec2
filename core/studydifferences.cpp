// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/studydifferences.h"

#include "core/phrasebook.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString text(Language language, const char *source)
{
    return translateIn(language, "StudyDifferences", source);
}

class Collector
{
public:
    explicit Collector(Language language)
        : m_language(language)
    {}

    void compare(const QString &what, const QString &before, const QString &after)
    {
        if (before != after)
            m_differences.append({what, before, after});
    }

    // One row per language whose text differs; "Topic (German)".
    void compare(const QString &what, const LocalizedText &before, const LocalizedText &after)
    {
        QList<Language> languages = before.languages();
        for (const Language language : after.languages()) {
            if (!languages.contains(language))
                languages.append(language);
        }
        std::sort(languages.begin(), languages.end(), languageBefore);
        for (const Language language : std::as_const(languages)) {
            compare(text(m_language, QT_TRANSLATE_NOOP("StudyDifferences", "%1 (%2)"))
                        .arg(what, languageName(language, m_language)),
                    before.value(language), after.value(language));
        }
    }

    QString date(const QDate &day) const
    {
        return day.isValid() ? localeFor(m_language).toString(day, QLocale::ShortFormat) : QString();
    }
    QString yesNo(bool value) const
    {
        return value ? text(m_language, QT_TRANSLATE_NOOP("StudyDifferences", "yes"))
                     : text(m_language, QT_TRANSLATE_NOOP("StudyDifferences", "no"));
    }
    QString share(Share value) const { return formatShare(value, m_language); }

    QList<StudyDifference> take() { return std::move(m_differences); }

private:
    Language m_language;
    QList<StudyDifference> m_differences;
};

// A segment's name as the reader knows it, from whichever version has it.
QString segmentName(const Study &before, const Study &after, const QString &key, Language language)
{
    for (const Study *study : {&after, &before}) {
        if (const int index = study->segmentIndex(key); index >= 0)
            return study->segments.at(index).name.text(language);
    }
    return key;
}

// A series (segment key or the adoption line) as the reader knows it.
QString seriesName(const Study &before, const Study &after, const QString &series, Language language)
{
    if (series.isEmpty())
        return {};
    if (series == kAdoptionSeries) {
        const QString name = after.adoptionLabel.text(language);
        return name.isEmpty() ? before.adoptionLabel.text(language) : name;
    }
    return segmentName(before, after, series, language);
}

QString audienceName(const Study &before, const Study &after, const QString &audience, Language language)
{
    if (audience == kAdvisorsAudience)
        return text(language, QT_TRANSLATE_NOOP("StudyDifferences", "consultants and vendors"));
    return segmentName(before, after, audience, language);
}

QString segmentList(const Study &study, Language language)
{
    QStringList names;
    for (const Segment &segment : study.segments)
        names.append(segment.name.text(language));
    return names.join(QStringLiteral(", "));
}

} // namespace

QList<StudyDifference> studyDifferences(const Study &before, const Study &after, Language language)
{
    Collector differences(language);
    const auto label = [language](const char *source) {
        return text(language, source);
    };
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Title")), before.title, after.title);
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Publisher")), before.publisher, after.publisher);
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Year")),
                        before.year ? QString::number(before.year) : QString(),
                        after.year ? QString::number(after.year) : QString());
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Source")), before.sourceCitation,
                        after.sourceCitation);
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Published")),
                        differences.date(before.publicationDate), differences.date(after.publicationDate));
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Chart of the week")),
                        differences.date(before.chartWeek), differences.date(after.chartWeek));
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Several answers allowed")),
                        differences.yesNo(before.multipleAnswers), differences.yesNo(after.multipleAnswers));
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Topic")), before.topic, after.topic);
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Headline")), before.headline, after.headline);
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Name of the derived series")),
                        before.adoptionLabel, after.adoptionLabel);
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Notes")), before.notes, after.notes);

    // Segments by key: the list when segments came, went or moved, then each one's name and
    // colour.
    QStringList beforeKeys;
    QStringList afterKeys;
    for (const Segment &segment : before.segments)
        beforeKeys.append(segment.key);
    for (const Segment &segment : after.segments)
        afterKeys.append(segment.key);
    if (beforeKeys != afterKeys) {
        differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Segments")), segmentList(before, language),
                            segmentList(after, language));
    }
    for (const Segment &segment : after.segments) {
        const int old = before.segmentIndex(segment.key);
        if (old < 0)
            continue;
        const Segment &was = before.segments.at(old);
        const QString name = segmentName(before, after, segment.key, language);
        differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Name of “%1”")).arg(name), was.name,
                            segment.name);
        differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Colour of “%1”")).arg(name), was.color,
                            segment.color);
    }
    const auto baseline = [&language](const Study &study) {
        return study.baselineSegment >= 0 && study.baselineSegment < study.segments.size()
                   ? study.segments.at(study.baselineSegment).name.text(language)
                   : QString();
    };
    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Baseline segment")), baseline(before),
                        baseline(after));

    // Survey waves by year, shares by segment key: one row per share that differs.
    QList<int> years;
    for (const SurveyWave &wave : before.waves)
        years.append(wave.year);
    for (const SurveyWave &wave : after.waves) {
        if (!years.contains(wave.year))
            years.append(wave.year);
    }
    std::sort(years.begin(), years.end());
    QStringList keys = afterKeys;
    for (const QString &key : std::as_const(beforeKeys)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const int year : std::as_const(years)) {
        const int wasAt = before.waveIndex(year);
        const int isAt = after.waveIndex(year);
        if (wasAt < 0 || isAt < 0) {
            differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Survey wave %1")).arg(year),
                                wasAt < 0 ? QString() : QString::number(year),
                                isAt < 0 ? QString() : QString::number(year));
            continue;
        }
        for (const QString &key : std::as_const(keys)) {
            const int wasSegment = before.segmentIndex(key);
            const int isSegment = after.segmentIndex(key);
            if (wasSegment < 0 || isSegment < 0)
                continue; // the segment list says so
            differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Share of “%1” in %2"))
                                    .arg(segmentName(before, after, key, language), QString::number(year)),
                                differences.share(before.share(wasAt, wasSegment)),
                                differences.share(after.share(isAt, isSegment)));
        }
    }

    // Advice by audience and language: the heading and the text.
    QList<std::pair<QString, Language>> advice;
    for (const Study *study : {&before, &after}) {
        for (const AdviceText &entry : study->advice) {
            if (!advice.contains(std::pair{entry.audience, entry.language}))
                advice.append({entry.audience, entry.language});
        }
    }
    for (const auto &[audience, adviceLanguage] : std::as_const(advice)) {
        const AdviceText *was = before.adviceText(audience, adviceLanguage);
        const AdviceText *is = after.adviceText(audience, adviceLanguage);
        const QString what =
            label(QT_TRANSLATE_NOOP("StudyDifferences", "Advice for %1 (%2)"))
                .arg(audienceName(before, after, audience, language), languageName(adviceLanguage, language));
        const auto whole = [](const AdviceText *entry) {
            return entry ? QStringLiteral("%1\n\n%2").arg(entry->heading, entry->body).trimmed() : QString();
        };
        differences.compare(what, whole(was), whole(is));
    }

    differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Emphasised series")),
                        seriesName(before, after, before.highlight, language),
                        seriesName(before, after, after.highlight, language));
    QList<std::pair<QString, int>> notes;
    for (const Study *study : {&before, &after}) {
        for (const Annotation &annotation : study->annotations) {
            if (!notes.contains(std::pair{annotation.series, annotation.waveYear}))
                notes.append({annotation.series, annotation.waveYear});
        }
    }
    for (const auto &[series, year] : std::as_const(notes)) {
        const Annotation *was = before.annotation(series, year);
        const Annotation *is = after.annotation(series, year);
        differences.compare(label(QT_TRANSLATE_NOOP("StudyDifferences", "Annotation on “%1” in %2"))
                                .arg(seriesName(before, after, series, language), QString::number(year)),
                            was ? was->text : LocalizedText(), is ? is->text : LocalizedText());
    }
    return differences.take();
}

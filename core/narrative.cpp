// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/narrative.h"

#include "core/datalabels.h"
#include "core/phrasebook.h"
#include "core/quantifier.h"
#include "core/studywording.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <utility>

namespace {

// A change of at most this many points is "little changed".
constexpr int kLittleChange = 2;
// A change of at least this many points makes a segment the headline (rule 2).
constexpr int kNewsworthyChange = 5;
// An earlier figure this far away is named in the headline.
constexpr int kHeadlineChange = 3;
// At most this many sentences in a paragraph.
constexpr int kMaxSentences = 4;

using Fields = std::initializer_list<std::pair<QStringView, QString>>;

// A template of the language's phrase table; its ".plural" variant when asked for and there.
QString phrase(Language language, const QString &key, bool plural = false)
{
    const PhraseBook &book = PhraseBook::forLanguage(language);
    if (plural) {
        const QString pluralForm = book.phrase(key + QStringLiteral(".plural"));
        if (!pluralForm.isEmpty())
            return pluralForm;
    }
    return book.phrase(key);
}

// Removes the spaces an empty field leaves: "(24 %) ." → "(24 %).".
QString tidy(QString text)
{
    static const QRegularExpression doubled(QStringLiteral(" {2,}"));
    static const QRegularExpression beforeStop(QStringLiteral(" +([.,;:])"));
    text.replace(doubled, QStringLiteral(" "));
    text.replace(beforeStop, QStringLiteral("\\1"));
    text.replace(QStringLiteral(",,"), QStringLiteral(","));
    text.replace(QStringLiteral(",."), QStringLiteral("."));
    return text.trimmed();
}

// Fills {name} placeholders in one pass, so a value holding braces stays as it is.
QString fill(const QString &pattern, Fields fields)
{
    QString result;
    result.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'{') {
            const qsizetype end = pattern.indexOf(u'}', i + 1);
            if (end > i) {
                const QStringView name = QStringView(pattern).mid(i + 1, end - i - 1);
                const auto *field = std::find_if(fields.begin(), fields.end(), [name](const auto &candidate) {
                    return candidate.first == name;
                });
                if (field != fields.end()) {
                    result += field->second;
                    i = end;
                    continue;
                }
            }
        }
        result += pattern.at(i);
    }
    return tidy(result);
}

QString say(Language language, const QString &key, Fields fields, bool plural = false)
{
    return fill(phrase(language, key, plural), fields);
}

QString capitalized(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

QString year(int value)
{
    return QString::number(value);
}

QString percent(int share, Language language)
{
    return formatShare(double(share), language);
}

bool hasBaseline(const Study &study)
{
    return study.baselineSegment >= 0 && study.baselineSegment < study.segments.size();
}

QString segmentName(const Study &study, int segment, Language language)
{
    const Segment &s = study.segments.at(segment);
    const QString name = s.name.text(language);
    return name.isEmpty() ? s.key : name;
}

QString quoted(const QString &name, Language language)
{
    return say(language, QStringLiteral("narrative.quoted"), {{u"name", name}});
}

QString adoptionName(const Study &study, Language language)
{
    const QString name = study.adoptionLabel.text(language);
    if (!name.isEmpty())
        return name;
    return say(language, QStringLiteral("narrative.allExcept"),
               {{u"name", segmentName(study, study.baselineSegment, language)}});
}

// A line of the charts: a segment, or (segment -1) the derived adoption figure.
QString figureName(const Study &study, int segment, Language language)
{
    return segment < 0 ? adoptionName(study, language) : segmentName(study, segment, language);
}

// The figure shown for a line in a wave (the data label's).
std::optional<int> shown(const Study &study, int segment, int waveIdx)
{
    return DataLabels::shownShare(study, waveIdx, segment);
}

// "“A”, “B” and “C”" / "„A“, „B“ und „C“".
QString nameList(QStringList items, Language language)
{
    if (items.size() <= 1)
        return items.join(QString());
    const QString last = items.takeLast();
    return items.join(QStringLiteral(", ")) + phrase(language, QStringLiteral("narrative.and")) + last;
}

QString quotedList(const QStringList &names, Language language)
{
    QStringList quotedNames;
    for (const QString &name : names)
        quotedNames.append(quoted(name, language));
    return nameList(quotedNames, language);
}

// German present tense, third person singular, from the plural: "haben" → "hat", "nutzen"
// → "nutzt", "ändern" → "ändert", "finden" → "findet"; irregular verbs from the table.
QString germanSingularVerb(const QString &plural, Language language)
{
    const QJsonObject irregular = PhraseBook::forLanguage(language)
                                      .section(QStringLiteral("grammar"))
                                      .value(QStringLiteral("singularVerbs"))
                                      .toObject();
    if (irregular.contains(plural))
        return irregular.value(plural).toString();
    if (plural.endsWith(QStringLiteral("ern")) || plural.endsWith(QStringLiteral("eln")))
        return plural.chopped(1) + u't';
    if (!plural.endsWith(QStringLiteral("en")))
        return plural;
    const QString stem = plural.chopped(2);
    const bool needsE = stem.endsWith(u'd') || stem.endsWith(u't') || stem.endsWith(QStringLiteral("chn")) ||
                        stem.endsWith(QStringLiteral("ffn")) || stem.endsWith(QStringLiteral("gn"));
    return stem + (needsE ? QStringLiteral("et") : QStringLiteral("t"));
}

// What the members of a line do, agreeing with a singular or plural subject.
struct Predicate
{
    QString text;     ///< "have a social media strategy" / "hat eine Social-Media-Strategie".
    bool own = false; ///< From the study's wording, not the fallback.

    QString verb() const { return text.section(u' ', 0, 0); }
    QString rest() const { return text.section(u' ', 1); }
    /// German word order of a subordinate clause: the finite verb last.
    QString verbLast() const { return rest().isEmpty() ? verb() : rest() + u' ' + verb(); }
};

Predicate predicate(const Study &study, int segment, bool plural, Language language)
{
    const StudyWording wording = studyWording(study);
    const LocalizedText &own = segment < 0 ? wording.adoption : wording.segments.value(study.segments.at(segment).key);
    QString text = own.value(language);
    if (!text.isEmpty()) {
        if (!plural && language.base() == Language::German) {
            const QString verb = text.section(u' ', 0, 0);
            text = germanSingularVerb(verb, language) + text.mid(verb.size());
        }
        return {text, true};
    }
    if (segment < 0) {
        return {say(language, QStringLiteral("narrative.otherAnswer"),
                    {{u"name", segmentName(study, study.baselineSegment, language)}}, plural),
                false};
    }
    return {
        say(language, QStringLiteral("narrative.answered"), {{u"name", segmentName(study, segment, language)}}, plural),
        false};
}

QString population(const Study &study, Language language)
{
    const QString own = studyWording(study).population.value(language);
    return own.isEmpty() ? phrase(language, QStringLiteral("narrative.population")) : own;
}

// The newest wave before waveIdx in which the line's figure is known, or -1.
int earlierWave(const Study &study, int segment, int waveIdx)
{
    for (int w = waveIdx - 1; w >= 0; --w) {
        if (shown(study, segment, w))
            return w;
    }
    return -1;
}

// ", down 9 percentage points from 56% in 2011": the change since the newest earlier wave
// in which the figure is known; empty when there is none.
QString changeClause(const Study &study, int segment, int waveIdx, int now, Language language)
{
    const int before = earlierWave(study, segment, waveIdx);
    if (before < 0)
        return {};
    const int then = *shown(study, segment, before);
    const int change = now - then;
    const QString earlierYear = year(study.waves.at(before).year);
    if (change == 0)
        return say(language, QStringLiteral("narrative.unchanged"), {{u"year", earlierYear}});
    const Fields fields = {{u"before", percent(then, language)}, {u"year", earlierYear}};
    if (std::abs(change) <= kLittleChange)
        return say(language, QStringLiteral("narrative.littleChanged"), fields);
    const QString points = say(language, QStringLiteral("narrative.points"),
                               {{u"points", formatNumber(std::abs(change), language)}}, std::abs(change) != 1);
    return say(language, change < 0 ? QStringLiteral("narrative.down") : QStringLiteral("narrative.up"),
               {{u"points", points}, {u"before", percent(then, language)}, {u"year", earlierYear}});
}

int waveOf(const Study &study, int waveYear)
{
    return study.waveIndex(waveYear);
}

// The sentence on a segment after the lead: "More than a quarter (29%) use social media
// without a plan."
QString segmentSentence(const Study &study, int segment, int waveIdx, Language language)
{
    const int share = *shown(study, segment, waveIdx);
    const QuantifierWords words = quantifierWords(share, language);
    return capitalized(say(language, QStringLiteral("narrative.segment"),
                           {{u"quantifier", words.quantifier},
                            {u"share", percent(share, language)},
                            {u"predicate", predicate(study, segment, words.plural, language).text},
                            {u"change", changeClause(study, segment, waveIdx, share, language)}}));
}

QString leadSentence(const Study &study, int segment, int waveIdx, Language language)
{
    const int share = *shown(study, segment, waveIdx);
    const QuantifierWords words = quantifierWords(share, language);
    const Predicate said = predicate(study, segment, words.plural, language);
    return capitalized(say(language, QStringLiteral("narrative.lead"),
                           {{u"year", year(study.waves.at(waveIdx).year)},
                            {u"subject", quantifiedSubject(words, population(study, language), language)},
                            {u"share", percent(share, language)},
                            {u"predicate", said.text},
                            {u"verb", said.verb()},
                            {u"rest", said.rest()},
                            {u"change", changeClause(study, segment, waveIdx, share, language)}}));
}

struct Extremes
{
    int count = 0; ///< Segments with a known share.
    int largest = -1;
    int smallest = -1;
};

// The largest and smallest segment with a known share in a wave (the first one on a tie).
Extremes extremes(const Study &study, int waveIdx)
{
    Extremes result;
    for (int i = 0; i < study.segments.size(); ++i) {
        const std::optional<int> share = shown(study, i, waveIdx);
        if (!share)
            continue;
        ++result.count;
        if (result.largest < 0 || *share > *shown(study, result.largest, waveIdx))
            result.largest = i;
        if (result.smallest < 0 || *share < *shown(study, result.smallest, waveIdx))
            result.smallest = i;
    }
    return result;
}

QString groupsPhrase(const Study &study, int count, Language language)
{
    const QString people = population(study, language);
    return say(language, QStringLiteral("narrative.alt.groups"),
               {{u"count", QString::number(count)},
                {u"pop", people},
                {u"gen", populationPhrase(people, PopulationForm::Genitive, language)}},
               count != 1);
}

// The sentence on the largest and smallest segment; waveYear 0 for the bar chart (the
// title already names the wave).
QString extremesSentence(const Study &study, int waveIdx, int waveYear, Language language)
{
    const Extremes found = extremes(study, waveIdx);
    const bool inWave = waveYear != 0;
    if (found.count == 0)
        return {};
    const QString largestName = segmentName(study, found.largest, language);
    const QString largestShare = percent(*shown(study, found.largest, waveIdx), language);
    if (found.count == 1) {
        return say(language,
                   inWave ? QStringLiteral("narrative.alt.onlyOneInWave") : QStringLiteral("narrative.alt.onlyOne"),
                   {{u"year", year(waveYear)}, {u"name", largestName}, {u"share", largestShare}});
    }
    if (*shown(study, found.largest, waveIdx) == *shown(study, found.smallest, waveIdx)) {
        return say(language,
                   inWave ? QStringLiteral("narrative.alt.allEqualInWave") : QStringLiteral("narrative.alt.allEqual"),
                   {{u"year", year(waveYear)}, {u"share", largestShare}});
    }
    return say(language,
               inWave ? QStringLiteral("narrative.alt.extremesInWave") : QStringLiteral("narrative.alt.extremes"),
               {{u"year", year(waveYear)},
                {u"largest", largestName},
                {u"largestShare", largestShare},
                {u"smallest", segmentName(study, found.smallest, language)},
                {u"smallestShare", percent(*shown(study, found.smallest, waveIdx), language)}});
}

QString barAltText(const Study &study, int waveYear, Language language)
{
    const QString title = Narrative::barChartTitle(study, waveYear, language);
    const int waveIdx = waveOf(study, waveYear);
    const Extremes found = extremes(study, waveIdx);
    if (found.count == 0) {
        const QString missing =
            say(language,
                waveIdx < 0 ? QStringLiteral("narrative.noSuchWave") : QStringLiteral("narrative.noFiguresForWave"),
                {{u"year", year(waveYear)}});
        return say(language, QStringLiteral("narrative.alt.barEmpty"), {{u"title", title}}) + u' ' + missing;
    }
    return say(language, QStringLiteral("narrative.alt.bar"),
               {{u"title", title}, {u"shows", groupsPhrase(study, found.count, language)}}) +
           u' ' + extremesSentence(study, waveIdx, 0, language);
}

bool anyAdoption(const Study &study)
{
    if (!hasBaseline(study))
        return false;
    for (int w = 0; w < study.waves.size(); ++w) {
        if (shown(study, -1, w))
            return true;
    }
    return false;
}

QString trendAltText(const Study &study, Language language)
{
    const QString title = Narrative::trendChartTitle(study, language);
    int lines = 0;
    for (int i = 0; i < study.segments.size(); ++i) {
        for (int w = 0; w < study.waves.size(); ++w) {
            if (shown(study, i, w)) {
                ++lines;
                break;
            }
        }
    }
    if (lines == 0)
        return say(language, QStringLiteral("narrative.alt.trendEmpty"), {{u"title", title}}) + u' ' +
               phrase(language, QStringLiteral("narrative.noFigures"));

    QString shows = groupsPhrase(study, lines, language);
    if (anyAdoption(study))
        shows = say(language, QStringLiteral("narrative.alt.groupsAndDerived"),
                    {{u"groups", shows}, {u"name", adoptionName(study, language)}});
    const int first = study.waves.constFirst().year;
    const int last = study.waves.constLast().year;
    const QString opening =
        first == last ? say(language, QStringLiteral("narrative.alt.trendOneWave"),
                            {{u"title", title}, {u"shows", shows}, {u"year", year(first)}})
                      : say(language, QStringLiteral("narrative.alt.trend"),
                            {{u"title", title}, {u"shows", shows}, {u"first", year(first)}, {u"last", year(last)}});
    int newest = -1;
    for (int w = int(study.waves.size()) - 1; w >= 0 && newest < 0; --w) {
        if (extremes(study, w).count > 0)
            newest = w;
    }
    return opening + u' ' + extremesSentence(study, newest, study.waves.at(newest).year, language);
}

// The subject of a trend sentence: "the share of small businesses that have a social media
// strategy" / "der Anteil der kleinen Unternehmen, die eine Social-Media-Strategie haben,".
QString trendSubject(const Study &study, int segment, Language language)
{
    const Predicate said = predicate(study, segment, true, language);
    if (said.own) {
        const QString people = population(study, language);
        return say(language, QStringLiteral("narrative.trend.shareOf"),
                   {{u"pop", people},
                    {u"gen", populationPhrase(people, PopulationForm::Genitive, language)},
                    {u"predicate", said.text},
                    {u"relative", said.verbLast()}});
    }
    return say(language,
               segment < 0 ? QStringLiteral("narrative.trend.derived")
                           : QStringLiteral("narrative.trend.shareAnswering"),
               {{u"name", figureName(study, segment, language)}});
}

// The segment that leads a wave (the first on a tie); -1 with fewer than two known shares.
int leaderOf(const Study &study, int waveIdx)
{
    const Extremes found = extremes(study, waveIdx);
    return found.count >= 2 ? found.largest : -1;
}

} // namespace

namespace Narrative {

QString barChartTitle(const Study &study, int waveYear, Language language)
{
    return say(language, QStringLiteral("narrative.barTitle"),
               {{u"topic", study.topic.text(language)}, {u"year", year(waveYear)}});
}

QString trendChartTitle(const Study &study, Language language)
{
    if (study.waves.isEmpty())
        return study.topic.text(language);
    const int first = study.waves.constFirst().year;
    const int last = study.waves.constLast().year;
    if (first == last)
        return barChartTitle(study, first, language);
    return say(language, QStringLiteral("narrative.trendTitle"),
               {{u"topic", study.topic.text(language)}, {u"first", year(first)}, {u"last", year(last)}});
}

int headlineSegment(const Study &study, int waveYear)
{
    const int waveIdx = waveOf(study, waveYear);
    if (waveIdx < 0)
        return -1;
    // 1. The top of a scale.
    if (hasBaseline(study) && !study.multipleAnswers) {
        const int top = study.baselineSegment == 0 ? 1 : 0;
        if (top < study.segments.size() && shown(study, top, waveIdx))
            return top;
    }
    // 2. The biggest change, when it is news.
    int changed = -1;
    int biggest = 0;
    for (int i = 0; i < study.segments.size(); ++i) {
        const std::optional<int> now = shown(study, i, waveIdx);
        const int before = earlierWave(study, i, waveIdx);
        if (!now || before < 0)
            continue;
        const int then = *shown(study, i, before);
        const int change = std::abs(*now - then);
        const bool crossesHalf = (*now > 50) != (then > 50) && change > kLittleChange;
        if ((change >= kNewsworthyChange || crossesHalf) && change > biggest) {
            changed = i;
            biggest = change;
        }
    }
    if (changed >= 0)
        return changed;
    // 3. The largest segment.
    return extremes(study, waveIdx).largest;
}

QString headline(const Study &study, int waveYear, Language language)
{
    const int waveIdx = waveOf(study, waveYear);
    if (waveIdx < 0)
        return say(language, QStringLiteral("narrative.noSuchWave"), {{u"year", year(waveYear)}});
    const int segment = headlineSegment(study, waveYear);
    if (segment < 0)
        return say(language, QStringLiteral("narrative.noFiguresForWave"), {{u"year", year(waveYear)}});
    const int share = *shown(study, segment, waveIdx);
    const QuantifierWords words = quantifierWords(share, language);
    const QString subject = quantifiedSubject(words, population(study, language), language);
    const QString said = predicate(study, segment, words.plural, language).text;
    const int before = earlierWave(study, segment, waveIdx);
    if (before >= 0 && std::abs(*shown(study, segment, before) - share) >= kHeadlineChange) {
        return capitalized(say(language, QStringLiteral("narrative.headlineBefore"),
                               {{u"subject", subject},
                                {u"predicate", said},
                                {u"before", percent(*shown(study, segment, before), language)},
                                {u"year", year(study.waves.at(before).year)}}));
    }
    return capitalized(
        say(language, QStringLiteral("narrative.headline"), {{u"subject", subject}, {u"predicate", said}}));
}

QStringList sentences(const Study &study, int waveYear, Language language)
{
    const int waveIdx = waveOf(study, waveYear);
    if (waveIdx < 0)
        return {say(language, QStringLiteral("narrative.noSuchWave"), {{u"year", year(waveYear)}})};
    const int focus = headlineSegment(study, waveYear);
    if (focus < 0)
        return {say(language, QStringLiteral("narrative.noFiguresForWave"), {{u"year", year(waveYear)}})};

    QList<int> told;        // segments with a known share, other than the focus
    QStringList unreported; // names of the segments without one
    for (int i = 0; i < study.segments.size(); ++i) {
        if (!shown(study, i, waveIdx))
            unreported.append(segmentName(study, i, language));
        else if (i != focus)
            told.append(i);
    }

    QStringList result{leadSentence(study, focus, waveIdx, language)};
    const int room = kMaxSentences - 1 - (unreported.isEmpty() ? 0 : 1);
    QList<int> ownSentence = told;
    QList<int> listed;
    if (told.size() > room) {
        // The largest ones get a sentence each, the rest one sentence together.
        std::stable_sort(ownSentence.begin(), ownSentence.end(), [&](int a, int b) {
            return *shown(study, a, waveIdx) > *shown(study, b, waveIdx);
        });
        listed = ownSentence.mid(room - 1);
        ownSentence = ownSentence.mid(0, room - 1);
        std::sort(ownSentence.begin(), ownSentence.end());
        std::sort(listed.begin(), listed.end());
    }
    for (const int segment : std::as_const(ownSentence))
        result.append(segmentSentence(study, segment, waveIdx, language));
    if (!listed.isEmpty()) {
        QStringList items;
        for (const int segment : std::as_const(listed)) {
            items.append(say(language, QStringLiteral("narrative.listItem"),
                             {{u"name", quoted(segmentName(study, segment, language), language)},
                              {u"share", percent(*shown(study, segment, waveIdx), language)}}));
        }
        result.append(say(language, QStringLiteral("narrative.others"), {{u"list", nameList(items, language)}}));
    }
    if (!unreported.isEmpty())
        result.append(say(language, QStringLiteral("narrative.notReported"),
                          {{u"names", quotedList(unreported, language)}, {u"year", year(waveYear)}}));
    return result;
}

QString notReportedSentence(const Study &study, int waveYear, Language language)
{
    const int waveIdx = waveOf(study, waveYear);
    QStringList unreported;
    for (int i = 0; waveIdx >= 0 && i < study.segments.size(); ++i) {
        if (!shown(study, i, waveIdx))
            unreported.append(segmentName(study, i, language));
    }
    if (unreported.isEmpty())
        return {};
    return say(language, QStringLiteral("narrative.notReported"),
               {{u"names", quotedList(unreported, language)}, {u"year", year(waveYear)}});
}

QString trendGapsNote(const Study &study, Language language)
{
    for (int w = 0; w < study.waves.size(); ++w) {
        for (int i = 0; i < study.segments.size(); ++i) {
            if (!study.share(w, i))
                return say(language, QStringLiteral("narrative.trend.gapsNote"), {});
        }
    }
    return {};
}

QString paragraph(const Study &study, int waveYear, Language language)
{
    return sentences(study, waveYear, language).join(u' ');
}

QStringList trendSentences(const Study &study, Language language)
{
    if (study.waves.isEmpty())
        return {phrase(language, QStringLiteral("narrative.noFigures"))};
    if (study.waves.size() == 1)
        return sentences(study, study.waves.constFirst().year, language);

    struct Change
    {
        int segment;
        int first;
        int last;
        int size;
    };
    QList<Change> changes;
    QList<std::pair<int, int>> once; // (wave, segment) of the lines known in one wave only
    QStringList never;
    QList<int> lines;
    for (int i = 0; i < study.segments.size(); ++i)
        lines.append(i);
    if (anyAdoption(study))
        lines.append(-1);
    for (const int segment : std::as_const(lines)) {
        int first = -1;
        int last = -1;
        for (int w = 0; w < study.waves.size(); ++w) {
            if (shown(study, segment, w)) {
                first = first < 0 ? w : first;
                last = w;
            }
        }
        if (first < 0)
            never.append(figureName(study, segment, language));
        else if (first == last)
            once.append({first, segment});
        else
            changes.append({segment, first, last, *shown(study, segment, last) - *shown(study, segment, first)});
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return std::abs(a.size) > std::abs(b.size);
    });

    // Lines that moved by two points or less over the same period share one sentence.
    QList<Change> little;
    for (const Change &change : std::as_const(changes)) {
        if (std::abs(change.size) <= kLittleChange && change.size != 0 && change.first == 0 &&
            change.last == study.waves.size() - 1)
            little.append(change);
    }
    if (little.size() < 2)
        little.clear();

    QStringList result;
    for (const Change &change : std::as_const(changes)) {
        const int from = *shown(study, change.segment, change.first);
        const int to = *shown(study, change.segment, change.last);
        if (std::any_of(little.cbegin(), little.cend(), [&](const Change &c) {
                return c.segment == change.segment;
            }))
            continue;
        QString majority;
        if ((from > 50) != (to > 50) && std::abs(change.size) > kLittleChange)
            majority = phrase(language, to > 50 ? QStringLiteral("narrative.trend.nowMajority")
                                                : QStringLiteral("narrative.trend.noLongerMajority"));
        const QString key = change.size == 0                         ? QStringLiteral("narrative.trend.unchanged")
                            : std::abs(change.size) <= kLittleChange ? QStringLiteral("narrative.trend.littleChanged")
                            : change.size > 0                        ? QStringLiteral("narrative.trend.rose")
                                                                     : QStringLiteral("narrative.trend.fell");
        result.append(capitalized(say(language, key,
                                      {{u"subject", trendSubject(study, change.segment, language)},
                                       {u"from", percent(from, language)},
                                       {u"to", percent(to, language)},
                                       {u"first", year(study.waves.at(change.first).year)},
                                       {u"last", year(study.waves.at(change.last).year)},
                                       {u"majority", majority}})));
    }
    if (!little.isEmpty()) {
        QStringList items;
        for (const Change &change : std::as_const(little)) {
            items.append(say(language, QStringLiteral("narrative.trend.fromTo"),
                             {{u"name", quoted(figureName(study, change.segment, language), language)},
                              {u"from", percent(*shown(study, change.segment, change.first), language)},
                              {u"to", percent(*shown(study, change.segment, change.last), language)}}));
        }
        result.append(say(language, QStringLiteral("narrative.trend.littleChangedList"),
                          {{u"first", year(study.waves.constFirst().year)},
                           {u"last", year(study.waves.constLast().year)},
                           {u"list", nameList(items, language)}}));
    }
    // The lines known in one wave only, one sentence per wave.
    std::stable_sort(once.begin(), once.end(), [](const auto &a, const auto &b) {
        return a.first < b.first;
    });
    for (qsizetype i = 0; i < once.size();) {
        const int wave = once.at(i).first;
        QStringList names;
        QStringList shares;
        for (; i < once.size() && once.at(i).first == wave; ++i) {
            names.append(figureName(study, once.at(i).second, language));
            shares.append(percent(*shown(study, once.at(i).second, wave), language));
        }
        result.append(say(language, QStringLiteral("narrative.trend.onlyOnce"),
                          {{u"names", quotedList(names, language)},
                           {u"year", year(study.waves.at(wave).year)},
                           {u"shares", nameList(shares, language)}}));
    }
    if (!never.isEmpty())
        result.append(
            say(language, QStringLiteral("narrative.noFiguresFor"), {{u"names", quotedList(never, language)}}));

    // Who leads now, and whom it took the lead from.
    int newest = -1;
    for (int w = int(study.waves.size()) - 1; w >= 0 && newest < 0; --w)
        newest = leaderOf(study, w) >= 0 ? w : -1;
    if (newest >= 0) {
        const int leader = leaderOf(study, newest);
        int oldest = -1;
        for (int w = 0; w < newest && oldest < 0; ++w)
            oldest = leaderOf(study, w) >= 0 ? w : -1;
        const int previous = oldest >= 0 ? leaderOf(study, oldest) : -1;
        const bool newLeader =
            previous >= 0 && previous != leader && shown(study, previous, oldest) != shown(study, leader, oldest);
        result.append(
            say(language,
                newLeader ? QStringLiteral("narrative.trend.newLeader") : QStringLiteral("narrative.trend.leader"),
                {{u"year", year(study.waves.at(newest).year)},
                 {u"name", quoted(segmentName(study, leader, language), language)},
                 {u"share", percent(*shown(study, leader, newest), language)},
                 {u"previous", previous >= 0 ? quoted(segmentName(study, previous, language), language) : QString()},
                 {u"first", oldest >= 0 ? year(study.waves.at(oldest).year) : QString()}}));
    }
    return result;
}

QString altText(const Study &study, ChartType chart, int waveYear, Language language)
{
    return chart == ChartType::Trend ? trendAltText(study, language) : barAltText(study, waveYear, language);
}

QString sourceLine(const Study &study, Language language)
{
    return say(language, QStringLiteral("narrative.source"), {{u"source", study.sourceCitation}});
}

QString displayHeadline(const Study &study, int waveYear, Language language)
{
    const QString own = study.headline.value(language);
    if (!own.trimmed().isEmpty() && waveYear == study.latestWaveYear())
        return own.trimmed();
    return headline(study, waveYear, language);
}

} // namespace Narrative

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/narrative.h"

#include "core/derivedfigures.h"
#include "core/quantifier.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>

namespace {

// The sentence templates, in both languages side by side. They are data, not tr() strings:
// the narrative must come out in the language asked for, whatever translator is installed.
// "Plural" variants are either for a German verb that agrees with a quantifier subject
// ("gehörte" / "gehörten") or for a count ("1 percentage point" / "9 percentage points");
// an empty plural variant means the singular one is used. Every template uses its
// placeholders %1…%n without a gap, because they are filled with one multi-argument arg().
struct Wording
{
    QStringView english;
    QStringView englishPlural = {};
    QStringView german;
    QStringView germanPlural = {};
};

// Chart titles and source line.
constexpr Wording kBarTitle = {.english = u"%1, %2", .german = u"%1, %2"};
constexpr Wording kTrendTitle = {.english = u"%1, %2–%3", .german = u"%1, %2–%3"};
constexpr Wording kSource = {.english = u"Source: %1", .german = u"Quelle: %1"};

// Names in running text.
constexpr Wording kQuoted = {.english = u"“%1”", .german = u"„%1“"};
constexpr Wording kAnd = {.english = u" and ", .german = u" und "};
constexpr Wording kAllExcept = {.english = u"All except “%1”", .german = u"Alle außer „%1“"};

// Headline: %1 year, %2 quantifier subject, %3 share, %4 name of the group, %5 change clause.
constexpr Wording kFocus = {
    .english = u"In %1, %2 (%3) belonged to the group “%4”%5.",
    .german = u"%1 gehörte %2 (%3) zur Gruppe „%4“%5.",
    .germanPlural = u"%1 gehörten %2 (%3) zur Gruppe „%4“%5.",
};

// Further segments, in turn (varied so the paragraph doesn't repeat itself):
// %1 quantifier subject, %2 share, %3 name of the segment, %4 change clause.
constexpr Wording kSegment[] = {
    {
        .english = u"%1 (%2) belonged to the group “%3”%4.",
        .german = u"%1 (%2) gehörte zur Gruppe „%3“%4.",
        .germanPlural = u"%1 (%2) gehörten zur Gruppe „%3“%4.",
    },
    {
        .english = u"The group “%3” accounted for %1 (%2)%4.",
        .german = u"Auf die Gruppe „%3“ entfiel %1 (%2)%4.",
        .germanPlural = u"Auf die Gruppe „%3“ entfielen %1 (%2)%4.",
    },
    {
        .english = u"“%3” was the answer of %1 (%2)%4.",
        .german = u"„%3“ antwortete %1 (%2)%4.",
        .germanPlural = u"„%3“ antworteten %1 (%2)%4.",
    },
};

// Change since an earlier wave: %1 points (kPoints), %2 the earlier share, %3 its year.
constexpr Wording kPoints = {
    .english = u"%1 percentage point",
    .englishPlural = u"%1 percentage points",
    .german = u"%1 Prozentpunkt",
    .germanPlural = u"%1 Prozentpunkte",
};
constexpr Wording kDown = {.english = u", down %1 from %2 in %3", .german = u", %1 weniger als %3 (%2)"};
constexpr Wording kUp = {.english = u", up %1 from %2 in %3", .german = u", %1 mehr als %3 (%2)"};
// %1 the earlier year.
constexpr Wording kUnchanged = {.english = u", unchanged from %1", .german = u", unverändert gegenüber %1"};

// What is missing: %1 names of the segments, %2 year.
constexpr Wording kNotReported = {
    .english = u"The study reports no figures for %1 in %2.",
    .german = u"Für %1 nennt die Studie %2 keine Werte.",
};
// %1 year.
constexpr Wording kNoFiguresForWave = {
    .english = u"The study reports no figures for %1.",
    .german = u"Für %1 nennt die Studie keine Werte.",
};
constexpr Wording kNoFigures = {.english = u"The study reports no figures.",
                                .german = u"Die Studie nennt keine Werte."};
constexpr Wording kNoSuchWave = {
    .english = u"No figures for the survey wave %1.",
    .german = u"Keine Werte für die Befragungswelle %1.",
};

// Alt text. What the chart compares: %1 number of groups (plural only).
constexpr Wording kGroups = {
    .english = u"the share of one group of respondents",
    .englishPlural = u"the shares of %1 groups of respondents",
    .german = u"den Anteil einer Gruppe der Befragten",
    .germanPlural = u"die Anteile von %1 Gruppen der Befragten",
};
// %1 groups (kGroups), %2 name of the derived line.
constexpr Wording kGroupsAndDerived = {
    .english = u"%1 and the derived line “%2”",
    .german = u"%1 und die abgeleitete Linie „%2“",
};
// %1 title, %2 what it shows.
constexpr Wording kBarChart = {.english = u"Bar chart “%1”, showing %2.",
                               .german = u"Balkendiagramm „%1“, das %2 zeigt."};
constexpr Wording kBarChartEmpty = {.english = u"Bar chart “%1”.", .german = u"Balkendiagramm „%1“."};
// %1 title, %2 what it shows, %3 first year, %4 last year.
constexpr Wording kTrendChart = {
    .english = u"Line chart “%1”, showing %2 from %3 to %4.",
    .german = u"Liniendiagramm „%1“, das %2 von %3 bis %4 zeigt.",
};
// %1 title, %2 what it shows, %3 year.
constexpr Wording kTrendChartOneWave = {
    .english = u"Line chart “%1”, showing %2 in %3.",
    .german = u"Liniendiagramm „%1“, das %2 im Jahr %3 zeigt.",
};
constexpr Wording kTrendChartEmpty = {.english = u"Line chart “%1”.", .german = u"Liniendiagramm „%1“."};
// Bar chart extremes: %1 largest name, %2 its share, %3 smallest name, %4 its share.
constexpr Wording kExtremes = {
    .english = u"The largest share is “%1” at %2, the smallest “%3” at %4.",
    .german = u"Den größten Anteil hat „%1“ mit %2, den kleinsten „%3“ mit %4.",
};
// The same in a given wave of the trend chart: %1 year, then as above from %2.
constexpr Wording kExtremesInWave = {
    .english = u"In %1, the largest share is “%2” at %3, the smallest “%4” at %5.",
    .german = u"%1 hat „%2“ mit %3 den größten Anteil, „%4“ mit %5 den kleinsten.",
};
// %1 the share.
constexpr Wording kAllEqual = {
    .english = u"All groups have the same share, %1.",
    .german = u"Alle Gruppen haben denselben Anteil, %1.",
};
// %1 year, %2 the share.
constexpr Wording kAllEqualInWave = {
    .english = u"In %1, all groups have the same share, %2.",
    .german = u"%1 haben alle Gruppen denselben Anteil, %2.",
};
// %1 name, %2 share.
constexpr Wording kOnlyOne = {
    .english = u"Only “%1” is reported, at %2.",
    .german = u"Nur für „%1“ gibt es einen Wert: %2.",
};
// %1 year, %2 name, %3 share.
constexpr Wording kOnlyOneInWave = {
    .english = u"In %1, only “%2” is reported, at %3.",
    .german = u"%1 gibt es nur für „%2“ einen Wert: %3.",
};

// At most this many sentences in a paragraph.
constexpr int kMaxSentences = 4;

QString text(const Wording &wording, Language language, bool plural = false)
{
    const bool german = language == Language::German;
    const QStringView singular = german ? wording.german : wording.english;
    const QStringView pluralForm = german ? wording.germanPlural : wording.englishPlural;
    return (plural && !pluralForm.isEmpty() ? pluralForm : singular).toString();
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

// A share that can be put into words: known and a finite number.
Share usable(Share share)
{
    return share && std::isfinite(*share) ? share : std::nullopt;
}

// A share rounded as the reader sees it, in tenths of a percent.
long tenths(double share)
{
    return std::lround(share * 10.0);
}

// One figure a sentence can be about: a segment or (segment -1) the derived adoption share.
struct Figure
{
    int segment = -1;
    QString name;
};

QString segmentName(const Study &study, int segment, Language language)
{
    const Segment &s = study.segments.at(segment);
    const QString name = s.name.text(language);
    return name.isEmpty() ? s.key : name;
}

QString adoptionName(const Study &study, Language language)
{
    const QString name = study.adoptionLabel.text(language);
    if (!name.isEmpty())
        return name;
    return text(kAllExcept, language).arg(segmentName(study, study.baselineSegment, language));
}

Share figureShare(const Study &study, const Figure &figure, int waveIdx)
{
    if (figure.segment < 0)
        return usable(DerivedFigures::adoptionShare(study, waveIdx));
    return usable(study.share(waveIdx, figure.segment));
}

bool hasBaseline(const Study &study)
{
    return study.baselineSegment >= 0 && study.baselineSegment < study.segments.size();
}

// ", down 9 percentage points from 56% in 2011": the change since the newest earlier wave
// in which the figure is known; empty when there is none.
QString changeClause(const Study &study, const Figure &figure, int waveIdx, double now, Language language)
{
    for (int w = waveIdx - 1; w >= 0; --w) {
        const Share before = figureShare(study, figure, w);
        if (!before)
            continue;
        const int earlierYear = study.waves.at(w).year;
        const long change = tenths(now) - tenths(*before);
        if (change == 0)
            return text(kUnchanged, language).arg(year(earlierYear));
        const long size = std::abs(change);
        const QString points = text(kPoints, language, size != 10).arg(formatNumber(double(size) / 10.0, language));
        return text(change < 0 ? kDown : kUp, language).arg(points, formatShare(*before, language), year(earlierYear));
    }
    return {};
}

QString focusSentence(const Study &study, const Figure &figure, int waveIdx, Language language)
{
    const double share = *figureShare(study, figure, waveIdx);
    const QuantifierWords words = quantifierWords(share, language);
    return capitalized(text(kFocus, language, words.plural)
                           .arg(year(study.waves.at(waveIdx).year), words.ofRespondents.toString(),
                                formatShare(share, language), figure.name,
                                changeClause(study, figure, waveIdx, share, language)));
}

QString segmentSentence(const Study &study, const Figure &figure, int waveIdx, int position, Language language)
{
    const double share = *figureShare(study, figure, waveIdx);
    const QuantifierWords words = quantifierWords(share, language);
    const Wording &wording = kSegment[position % int(std::size(kSegment))];
    return capitalized(text(wording, language, words.plural)
                           .arg(words.ofRespondents.toString(), formatShare(share, language), figure.name,
                                changeClause(study, figure, waveIdx, share, language)));
}

// "“A”, “B” and “C”" / "„A“, „B“ und „C“".
QString nameList(const QStringList &names, Language language)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(text(kQuoted, language).arg(name));
    if (quoted.size() <= 1)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return quoted.join(QStringLiteral(", ")) + text(kAnd, language) + last;
}

// The figure a wave's headline is about: the adoption share when the study has one (a
// baseline segment, single answers) and it is known, else the largest known segment.
std::optional<Figure> focusFigure(const Study &study, int waveIdx, Language language)
{
    if (hasBaseline(study) && !study.multipleAnswers) {
        const Figure adoption{-1, adoptionName(study, language)};
        if (figureShare(study, adoption, waveIdx))
            return adoption;
    }
    std::optional<Figure> largest;
    double largestShare = 0.0;
    for (int i = 0; i < study.segments.size(); ++i) {
        const Share share = usable(study.share(waveIdx, i));
        if (share && (!largest || tenths(*share) > tenths(largestShare))) {
            largest = Figure{i, segmentName(study, i, language)};
            largestShare = *share;
        }
    }
    return largest;
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
        const Share share = usable(study.share(waveIdx, i));
        if (!share)
            continue;
        ++result.count;
        if (result.largest < 0 || tenths(*share) > tenths(*study.share(waveIdx, result.largest)))
            result.largest = i;
        if (result.smallest < 0 || tenths(*share) < tenths(*study.share(waveIdx, result.smallest)))
            result.smallest = i;
    }
    return result;
}

QString groupsPhrase(int count, Language language)
{
    if (count == 1)
        return text(kGroups, language);
    return text(kGroups, language, true).arg(QString::number(count));
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
    const QString largestShare = formatShare(study.share(waveIdx, found.largest), language);
    if (found.count == 1) {
        return inWave ? text(kOnlyOneInWave, language).arg(year(waveYear), largestName, largestShare)
                      : text(kOnlyOne, language).arg(largestName, largestShare);
    }
    if (tenths(*study.share(waveIdx, found.largest)) == tenths(*study.share(waveIdx, found.smallest))) {
        return inWave ? text(kAllEqualInWave, language).arg(year(waveYear), largestShare)
                      : text(kAllEqual, language).arg(largestShare);
    }
    const QString smallestName = segmentName(study, found.smallest, language);
    const QString smallestShare = formatShare(study.share(waveIdx, found.smallest), language);
    return inWave ? text(kExtremesInWave, language)
                        .arg(year(waveYear), largestName, largestShare, smallestName, smallestShare)
                  : text(kExtremes, language).arg(largestName, largestShare, smallestName, smallestShare);
}

QString barAltText(const Study &study, int waveYear, Language language)
{
    const QString title = Narrative::barChartTitle(study, waveYear, language);
    const int waveIdx = study.waveIndex(waveYear);
    const Extremes found = extremes(study, waveIdx);
    if (found.count == 0) {
        const QString missing = waveIdx < 0 ? text(kNoSuchWave, language).arg(year(waveYear))
                                            : text(kNoFiguresForWave, language).arg(year(waveYear));
        return text(kBarChartEmpty, language).arg(title) + u' ' + missing;
    }
    return text(kBarChart, language).arg(title, groupsPhrase(found.count, language)) + u' ' +
           extremesSentence(study, waveIdx, 0, language);
}

QString trendAltText(const Study &study, Language language)
{
    const QString title = Narrative::trendChartTitle(study, language);
    int lines = 0;
    for (int i = 0; i < study.segments.size(); ++i) {
        for (int w = 0; w < study.waves.size(); ++w) {
            if (usable(study.share(w, i))) {
                ++lines;
                break;
            }
        }
    }
    if (lines == 0)
        return text(kTrendChartEmpty, language).arg(title) + u' ' + text(kNoFigures, language);

    QString shows = groupsPhrase(lines, language);
    if (hasBaseline(study)) {
        bool anyAdoption = false;
        for (int w = 0; w < study.waves.size() && !anyAdoption; ++w)
            anyAdoption = bool(usable(DerivedFigures::adoptionShare(study, w)));
        if (anyAdoption)
            shows = text(kGroupsAndDerived, language).arg(shows, adoptionName(study, language));
    }
    const int first = study.waves.constFirst().year;
    const int last = study.waves.constLast().year;
    const QString opening = first == last ? text(kTrendChartOneWave, language).arg(title, shows, year(first))
                                          : text(kTrendChart, language).arg(title, shows, year(first), year(last));

    int newest = -1;
    for (int w = int(study.waves.size()) - 1; w >= 0 && newest < 0; --w) {
        if (extremes(study, w).count > 0)
            newest = w;
    }
    return opening + u' ' + extremesSentence(study, newest, study.waves.at(newest).year, language);
}

} // namespace

namespace Narrative {

QString barChartTitle(const Study &study, int waveYear, Language language)
{
    return text(kBarTitle, language).arg(study.topic.text(language), year(waveYear));
}

QString trendChartTitle(const Study &study, Language language)
{
    if (study.waves.isEmpty())
        return study.topic.text(language);
    const int first = study.waves.constFirst().year;
    const int last = study.waves.constLast().year;
    if (first == last)
        return barChartTitle(study, first, language);
    return text(kTrendTitle, language).arg(study.topic.text(language), year(first), year(last));
}

QString headline(const Study &study, int waveYear, Language language)
{
    return sentences(study, waveYear, language).constFirst();
}

QStringList sentences(const Study &study, int waveYear, Language language)
{
    const int waveIdx = study.waveIndex(waveYear);
    if (waveIdx < 0)
        return {text(kNoSuchWave, language).arg(year(waveYear))};
    const std::optional<Figure> focus = focusFigure(study, waveIdx, language);
    if (!focus)
        return {text(kNoFiguresForWave, language).arg(year(waveYear))};

    QList<int> told;        // segments with a known share, other than the focus
    QStringList unreported; // names of the segments without one
    for (int i = 0; i < study.segments.size(); ++i) {
        if (!usable(study.share(waveIdx, i)))
            unreported.append(segmentName(study, i, language));
        else if (i != focus->segment)
            told.append(i);
    }

    const int room = kMaxSentences - 1 - (unreported.isEmpty() ? 0 : 1);
    if (told.size() > room) {
        // Keep the largest ones and the smallest one, then restore the study's order.
        std::stable_sort(told.begin(), told.end(), [&](int a, int b) {
            return tenths(*study.share(waveIdx, a)) > tenths(*study.share(waveIdx, b));
        });
        const int smallest = told.constLast();
        told = told.mid(0, room - 1);
        told.append(smallest);
        std::sort(told.begin(), told.end());
    }

    QStringList result{focusSentence(study, *focus, waveIdx, language)};
    for (int i = 0; i < told.size(); ++i) {
        const Figure figure{told.at(i), segmentName(study, told.at(i), language)};
        result.append(segmentSentence(study, figure, waveIdx, i, language));
    }
    if (!unreported.isEmpty())
        result.append(text(kNotReported, language).arg(nameList(unreported, language), year(waveYear)));
    return result;
}

QString paragraph(const Study &study, int waveYear, Language language)
{
    return sentences(study, waveYear, language).join(u' ');
}

QString altText(const Study &study, ChartType chart, int waveYear, Language language)
{
    return chart == ChartType::Trend ? trendAltText(study, language) : barAltText(study, waveYear, language);
}

QString sourceLine(const Study &study, Language language)
{
    return text(kSource, language).arg(study.sourceCitation);
}

QString displayHeadline(const Study &study, int waveYear, Language language)
{
    const QString own = study.headline.value(language);
    if (!own.trimmed().isEmpty() && waveYear == study.latestWaveYear())
        return own.trimmed();
    return headline(study, waveYear, language);
}

} // namespace Narrative

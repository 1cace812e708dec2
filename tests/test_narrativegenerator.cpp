// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The narrative generator, table-driven: (shares, language) → sentence fragments, on a
// study made up here (not the seed study), so the generator is shown to work for any study.
#include "core/narrative.h"
#include "core/quantifier.h"
#include "localizedtexts.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <ostream>
#include <vector>

namespace {

constexpr int kPreviousYear = 2019;
constexpr int kYear = 2020;

// Which text of the generator a row checks.
enum class Part { Headline, Paragraph, BarAlt, TrendAlt };

// Variations of the test study.
enum class Shape {
    WithBaseline, ///< "Not at all" is the baseline segment: the headline is about adoption.
    NoBaseline,   ///< No baseline: the headline is about the largest segment.
    MissingWave,  ///< Ask for a wave the study doesn't have (1999).
};

// Shares are {cloud service, e-mail attachments, not at all}.
struct NarrativeCase
{
    const char *name;
    Part part;
    Language language;
    QList<Share> current;  ///< Shares of 2020.
    QList<Share> previous; ///< Shares of 2019; empty: the study has no 2019 wave.
    std::vector<const char16_t *> expected;
    std::vector<const char16_t *> absent = {};
    Shape shape = Shape::WithBaseline;
};

void PrintTo(const NarrativeCase &row, std::ostream *os)
{
    *os << row.name;
}

Study teamStudy(const NarrativeCase &row)
{
    Study study;
    study.slug = QStringLiteral("test-file-sharing");
    study.title = QStringLiteral("File sharing in teams");
    study.publisher = QStringLiteral("Test Institute");
    study.year = kYear;
    study.sourceCitation = QStringLiteral("Test Institute, File sharing in teams");
    study.topic = englishGerman(QStringLiteral("How teams share files"), QStringLiteral("Wie Teams Dateien teilen"));
    study.adoptionLabel =
        englishGerman(QStringLiteral("Share files online (any)"), QStringLiteral("Teilen Dateien online (insgesamt)"));
    study.segments = {
        {QStringLiteral("cloud"), englishGerman(QStringLiteral("Cloud service"), QStringLiteral("Cloud-Dienst")),
         QString()},
        {QStringLiteral("mail"),
         englishGerman(QStringLiteral("E-mail attachments"), QString::fromUtf8("E-Mail-Anhänge")), QString()},
        {QStringLiteral("none"), englishGerman(QStringLiteral("Not at all"), QStringLiteral("Gar nicht")), QString()},
    };
    study.baselineSegment = row.shape == Shape::NoBaseline ? -1 : 2;
    if (!row.previous.isEmpty())
        study.waves.append({kPreviousYear, row.previous});
    study.waves.append({kYear, row.current});
    return study;
}

QString generate(const Study &study, const NarrativeCase &row, Language language)
{
    const int year = row.shape == Shape::MissingWave ? 1999 : kYear;
    switch (row.part) {
    case Part::Headline:
        return Narrative::headline(study, year, language);
    case Part::Paragraph:
        return Narrative::paragraph(study, year, language);
    case Part::BarAlt:
        return Narrative::altText(study, Narrative::ChartType::Bar, year, language);
    case Part::TrendAlt:
        return Narrative::altText(study, Narrative::ChartType::Trend, year, language);
    }
    return {};
}

const Language En = Language::English;
const Language De = Language::German;
const std::nullopt_t na = std::nullopt;

// clang-format off
const std::vector<NarrativeCase> kCases = {
    // The quantifier follows the number, at and around the boundaries.
    {"Quarter24En", Part::Paragraph, En, {12, 12, 76}, {},
     {u"In 2020, less than a quarter of respondents (24%) belonged to the group “Share files online (any)”.",
      u"A small minority of respondents (12%) belonged to the group “Cloud service”.",
      u"“Not at all” was the answer of more than three quarters of respondents (76%)."}},
    {"Quarter24De", Part::Paragraph, De, {12, 12, 76}, {},
     {u"2020 gehörte weniger als ein Viertel der Befragten (24\u00a0%) zur Gruppe „Teilen Dateien online (insgesamt)“.",
      u"Eine kleine Minderheit der Befragten (12\u00a0%) gehörte zur Gruppe „Cloud-Dienst“.",
      u"„Gar nicht“ antworteten mehr als drei Viertel der Befragten (76\u00a0%)."}},
    {"Quarter25En", Part::Paragraph, En, {10, 15, 75}, {},
     {u"In 2020, a quarter of respondents (25%) belonged",
      u"“Not at all” was the answer of three quarters of respondents (75%)."},
     {u"less than a quarter", u"more than a quarter", u"more than three quarters"}},
    {"Quarter25De", Part::Paragraph, De, {10, 15, 75}, {},
     {u"2020 gehörte ein Viertel der Befragten (25\u00a0%)",
      u"„Gar nicht“ antworteten drei Viertel der Befragten (75\u00a0%)."},
     {u"weniger als ein Viertel", u"mehr als ein Viertel"}},
    {"Quarter26En", Part::Paragraph, En, {13, 13, 74}, {},
     {u"In 2020, more than a quarter of respondents (26%) belonged",
      u"was the answer of nearly three quarters of respondents (74%)."}},
    {"Quarter26De", Part::Paragraph, De, {13, 13, 74}, {},
     {u"2020 gehörte mehr als ein Viertel der Befragten (26\u00a0%)",
      u"„Gar nicht“ antworteten fast drei Viertel der Befragten (74\u00a0%)."}},
    {"Third33En", Part::Paragraph, En, {11, 22, 67}, {},
     {u"In 2020, about a third of respondents (33%) belonged",
      u"The group “E-mail attachments” accounted for less than a quarter of respondents (22%).",
      u"was the answer of about two thirds of respondents (67%)."}},
    {"Third33De", Part::Paragraph, De, {11, 22, 67}, {},
     {u"2020 gehörte etwa ein Drittel der Befragten (33\u00a0%)",
      u"Auf die Gruppe „E-Mail-Anhänge“ entfiel weniger als ein Viertel der Befragten (22\u00a0%).",
      u"„Gar nicht“ antworteten etwa zwei Drittel der Befragten (67\u00a0%)."}},
    {"Half49En", Part::Paragraph, En, {24.5, 24.5, 51}, {},
     {u"In 2020, nearly half of respondents (49%) belonged",
      u"Less than a quarter of respondents (24.5%) belonged to the group “Cloud service”.",
      u"“Not at all” was the answer of more than half of respondents (51%)."}},
    {"Half49De", Part::Paragraph, De, {24.5, 24.5, 51}, {},
     {u"2020 gehörte fast die Hälfte der Befragten (49\u00a0%)",
      u"Weniger als ein Viertel der Befragten (24,5\u00a0%) gehörte zur Gruppe „Cloud-Dienst“.",
      u"„Gar nicht“ antwortete mehr als die Hälfte der Befragten (51\u00a0%)."}},
    {"Half50En", Part::Paragraph, En, {25, 25, 50}, {},
     {u"In 2020, half of respondents (50%) belonged",
      u"A quarter of respondents (25%) belonged to the group “Cloud service”.",
      u"“Not at all” was the answer of half of respondents (50%)."},
     {u"nearly half", u"more than half"}},
    {"Half50De", Part::Paragraph, De, {25, 25, 50}, {},
     {u"2020 gehörte die Hälfte der Befragten (50\u00a0%)",
      u"„Gar nicht“ antwortete die Hälfte der Befragten (50\u00a0%)."},
     {u"fast die Hälfte", u"mehr als die Hälfte"}},
    {"Half51En", Part::Paragraph, En, {30, 21, 49}, {},
     {u"In 2020, more than half of respondents (51%) belonged",
      u"About a third of respondents (30%) belonged to the group “Cloud service”.",
      u"“Not at all” was the answer of nearly half of respondents (49%)."}},
    {"Half51De", Part::Paragraph, De, {30, 21, 49}, {},
     {u"2020 gehörte mehr als die Hälfte der Befragten (51\u00a0%)",
      u"„Gar nicht“ antwortete fast die Hälfte der Befragten (49\u00a0%)."}},
    {"None0En", Part::Paragraph, En, {0, 0, 100}, {},
     {u"In 2020, none of the respondents (0%) belonged to the group “Share files online (any)”.",
      u"None of the respondents (0%) belonged to the group “Cloud service”.",
      u"“Not at all” was the answer of all respondents (100%)."}},
    {"None0De", Part::Paragraph, De, {0, 0, 100}, {},
     {u"2020 gehörte keiner der Befragten (0\u00a0%) zur Gruppe",
      u"Keiner der Befragten (0\u00a0%) gehörte zur Gruppe „Cloud-Dienst“.",
      u"„Gar nicht“ antworteten alle Befragten (100\u00a0%)."}},
    {"All100En", Part::Paragraph, En, {60, 40, 0}, {},
     {u"In 2020, all respondents (100%) belonged to the group “Share files online (any)”.",
      u"The majority of respondents (60%) belonged to the group “Cloud service”.",
      u"The group “E-mail attachments” accounted for more than a third of respondents (40%).",
      u"“Not at all” was the answer of none of the respondents (0%)."}},
    {"All100De", Part::Paragraph, De, {60, 40, 0}, {},
     {u"2020 gehörten alle Befragten (100\u00a0%) zur Gruppe",
      u"Die Mehrheit der Befragten (60\u00a0%) gehörte zur Gruppe „Cloud-Dienst“.",
      u"„Gar nicht“ antwortete keiner der Befragten (0\u00a0%)."}},
    {"Majority60En", Part::Paragraph, En, {35, 25, 40}, {},
     {u"In 2020, the majority of respondents (60%) belonged",
      u"The group “E-mail attachments” accounted for a quarter of respondents (25%)."}},
    {"NearlyAllEn", Part::Paragraph, En, {50, 45, 5}, {},
     {u"In 2020, nearly all respondents (95%) belonged",
      u"Half of respondents (50%) belonged to the group “Cloud service”.",
      u"“Not at all” was the answer of a small minority of respondents (5%)."}},
    {"VeryFewDe", Part::Paragraph, De, {1, 1, 98}, {},
     {u"2020 gehörten sehr wenige Befragte (2\u00a0%) zur Gruppe",
      u"„Gar nicht“ antworteten fast alle Befragten (98\u00a0%)."}},
    {"RoundedToAQuarterEn", Part::Headline, En, {12.48, 12.5, 75.02}, {},
     {u"In 2020, a quarter of respondents (25%) belonged"},
     {u"less than a quarter"}},

    // Trends in percentage points, singular and plural, up, down and unchanged.
    {"TrendEn", Part::Paragraph, En, {24, 29, 47}, {na, na, 56},
     {u"(53%) belonged to the group “Share files online (any)”, up 9 percentage points from 44% in 2019.",
      u"nearly half of respondents (47%), down 9 percentage points from 56% in 2019."}},
    {"TrendDe", Part::Paragraph, De, {24, 29, 47}, {na, na, 56},
     {u"(53\u00a0%) zur Gruppe „Teilen Dateien online (insgesamt)“, 9 Prozentpunkte mehr als 2019 (44\u00a0%).",
      u"fast die Hälfte der Befragten (47\u00a0%), 9 Prozentpunkte weniger als 2019 (56\u00a0%)."}},
    {"OnePointEn", Part::Paragraph, En, {24, 29, 47}, {na, na, 48},
     {u"up 1 percentage point from 52% in 2019.", u"down 1 percentage point from 48% in 2019."},
     {u"1 percentage points"}},
    {"OnePointDe", Part::Paragraph, De, {24, 29, 47}, {na, na, 48},
     {u"1 Prozentpunkt mehr als 2019 (52\u00a0%)", u"1 Prozentpunkt weniger als 2019 (48\u00a0%)"},
     {u"1 Prozentpunkte"}},
    {"UnchangedEn", Part::Paragraph, En, {20, 30, 50}, {20, 30, 50},
     {u"In 2020, half of respondents (50%) belonged to the group “Share files online (any)”, unchanged from 2019.",
      u"(20%) belonged to the group “Cloud service”, unchanged from 2019."},
     {u"percentage point"}},
    {"UnchangedDe", Part::Paragraph, De, {20, 30, 50}, {20, 30, 50},
     {u"2020 gehörte die Hälfte der Befragten (50\u00a0%) zur Gruppe „Teilen Dateien online (insgesamt)“, "
      u"unverändert gegenüber 2019."},
     {u"Prozentpunkt"}},
    {"DecimalTrendEn", Part::Paragraph, En, {22.5, 30, 47.5}, {20, 30, 50},
     {u"In 2020, more than half of respondents (52.5%) belonged to the group “Share files online (any)”, "
      u"up 2.5 percentage points from 50% in 2019.",
      u"(22.5%) belonged to the group “Cloud service”, up 2.5 percentage points from 20% in 2019.",
      u"(47.5%), down 2.5 percentage points from 50% in 2019."}},
    {"DecimalTrendDe", Part::Paragraph, De, {22.5, 30, 47.5}, {20, 30, 50},
     {u"2020 gehörte mehr als die Hälfte der Befragten (52,5\u00a0%) zur Gruppe „Teilen Dateien online "
      u"(insgesamt)“, 2,5 Prozentpunkte mehr als 2019 (50\u00a0%).",
      u"(22,5\u00a0%) gehörte zur Gruppe „Cloud-Dienst“, 2,5 Prozentpunkte mehr als 2019 (20\u00a0%)."}},
    {"HalfPointEn", Part::Paragraph, En, {24, 29, 47}, {na, na, 47.5},
     {u"up 0.5 percentage points from 52.5% in 2019", u"down 0.5 percentage points from 47.5% in 2019"}},
    {"HalfPointDe", Part::Paragraph, De, {24, 29, 47}, {na, na, 47.5},
     {u"0,5 Prozentpunkte mehr als 2019 (52,5\u00a0%)", u"0,5 Prozentpunkte weniger als 2019 (47,5\u00a0%)"}},
    {"ChangeBelowRoundingEn", Part::Paragraph, En, {24, 29, 46.96}, {na, na, 47.04},
     {u"(47%), unchanged from 2019."},
     {u"0.1 percentage", u"0 percentage"}},
    {"NoEarlierFigureEn", Part::Paragraph, En, {24, 29, 47}, {na, na, na},
     {u"In 2020, more than half of respondents (53%) belonged to the group “Share files online (any)”."},
     {u"percentage point", u"2019", u"unchanged"}},
    {"TrendOfKnownFigureOnlyEn", Part::Paragraph, En, {24, 29, na}, {na, na, 56},
     {u"up 9 percentage points from 44% in 2019"},
     {u"56%"}},

    // Unknown values are never given as figures.
    {"UnknownSplitEn", Part::Paragraph, En, {na, na, 56}, {},
     {u"In 2020, more than a third of respondents (44%) belonged to the group “Share files online (any)”.",
      u"More than half of respondents (56%) belonged to the group “Not at all”.",
      u"The study reports no figures for “Cloud service” and “E-mail attachments” in 2020."},
     {u"n/a", u"(0%)"}},
    {"UnknownSplitDe", Part::Paragraph, De, {na, na, 56}, {},
     {u"2020 gehörte mehr als ein Drittel der Befragten (44\u00a0%)",
      u"Für „Cloud-Dienst“ und „E-Mail-Anhänge“ nennt die Studie 2020 keine Werte."},
     {u"k. A.", u"(0\u00a0%)"}},
    {"UnknownBaselineEn", Part::Paragraph, En, {24, 29, na}, {},
     {u"In 2020, more than half of respondents (53%) belonged",
      u"The study reports no figures for “Not at all” in 2020."},
     {u"47", u"n/a"}},
    {"UnknownOneSegmentDe", Part::Paragraph, De, {24, na, 47}, {},
     {u"2020 gehörte mehr als die Hälfte der Befragten (53\u00a0%)",
      u"Für „E-Mail-Anhänge“ nennt die Studie 2020 keine Werte."},
     {u"29", u"k. A."}},
    {"AllUnknownEn", Part::Paragraph, En, {na, na, na}, {},
     {u"The study reports no figures for 2020."},
     {u"%", u"respondents"}},
    {"AllUnknownDe", Part::Paragraph, De, {na, na, na}, {},
     {u"Für 2020 nennt die Studie keine Werte."},
     {u"%", u"Befragten"}},

    // The headline is the first sentence only.
    {"HeadlineEn", Part::Headline, En, {24, 29, 47}, {na, na, 56},
     {u"In 2020, more than half of respondents (53%) belonged to the group “Share files online (any)”, "
      u"up 9 percentage points from 44% in 2019."},
     {u"Cloud service", u"47%"}},
    {"HeadlineDe", Part::Headline, De, {24, 29, 47}, {na, na, 56},
     {u"2020 gehörte mehr als die Hälfte der Befragten (53\u00a0%) zur Gruppe „Teilen Dateien online "
      u"(insgesamt)“, 9 Prozentpunkte mehr als 2019 (44\u00a0%)."},
     {u"Cloud-Dienst", u"47"}},
    {"NoBaselineEn", Part::Paragraph, En, {24, 29, 47}, {},
     {u"In 2020, nearly half of respondents (47%) belonged to the group “Not at all”.",
      u"Less than a quarter of respondents (24%) belonged to the group “Cloud service”."},
     {u"Share files online"}, Shape::NoBaseline},
    {"NoBaselineDe", Part::Paragraph, De, {24, 29, 47}, {},
     {u"2020 gehörte fast die Hälfte der Befragten (47\u00a0%) zur Gruppe „Gar nicht“."},
     {u"Teilen Dateien online"}, Shape::NoBaseline},
    {"MissingWaveEn", Part::Paragraph, En, {24, 29, 47}, {},
     {u"No figures for the survey wave 1999."}, {u"%"}, Shape::MissingWave},
    {"MissingWaveDe", Part::Headline, De, {24, 29, 47}, {},
     {u"Keine Werte für die Befragungswelle 1999."}, {u"%"}, Shape::MissingWave},

    // Alt text: chart type, what is compared, largest and smallest segment.
    {"BarAltEn", Part::BarAlt, En, {24, 29, 47}, {},
     {u"Bar chart “How teams share files, 2020”, showing the shares of 3 groups of respondents.",
      u"The largest share is “Not at all” at 47%, the smallest “Cloud service” at 24%."}},
    {"BarAltDe", Part::BarAlt, De, {24, 29, 47}, {},
     {u"Balkendiagramm „Wie Teams Dateien teilen, 2020“, das die Anteile von 3 Gruppen der Befragten zeigt.",
      u"Den größten Anteil hat „Gar nicht“ mit 47\u00a0%, den kleinsten „Cloud-Dienst“ mit 24\u00a0%."}},
    {"BarAltDecimalsEn", Part::BarAlt, En, {24.5, 29.5, 46}, {},
     {u"the smallest “Cloud service” at 24.5%."}},
    {"BarAltDecimalsDe", Part::BarAlt, De, {24.5, 29.5, 46}, {},
     {u"den kleinsten „Cloud-Dienst“ mit 24,5\u00a0%."}},
    {"BarAltUnknownsEn", Part::BarAlt, En, {na, na, 56}, {},
     {u"showing the share of one group of respondents.", u"Only “Not at all” is reported, at 56%."},
     {u"n/a", u"Cloud service"}},
    {"BarAltUnknownsDe", Part::BarAlt, De, {na, na, 56}, {},
     {u"das den Anteil einer Gruppe der Befragten zeigt.", u"Nur für „Gar nicht“ gibt es einen Wert: 56\u00a0%."},
     {u"k. A.", u"Cloud-Dienst"}},
    {"BarAltEqualSharesEn", Part::BarAlt, En, {33.3, 33.3, 33.3}, {},
     {u"All groups have the same share, 33.3%."},
     {u"largest"}},
    {"BarAltAllUnknownEn", Part::BarAlt, En, {na, na, na}, {},
     {u"Bar chart “How teams share files, 2020”. The study reports no figures for 2020."},
     {u"%"}},
    {"TrendAltEn", Part::TrendAlt, En, {24, 29, 47}, {na, na, 56},
     {u"Line chart “How teams share files, 2019–2020”, showing the shares of 3 groups of respondents and the "
      u"derived line “Share files online (any)” from 2019 to 2020.",
      u"In 2020, the largest share is “Not at all” at 47%, the smallest “Cloud service” at 24%."}},
    {"TrendAltDe", Part::TrendAlt, De, {24, 29, 47}, {na, na, 56},
     {u"Liniendiagramm „Wie Teams Dateien teilen, 2019–2020“, das die Anteile von 3 Gruppen der Befragten und "
      u"die abgeleitete Linie „Teilen Dateien online (insgesamt)“ von 2019 bis 2020 zeigt.",
      u"2020 hat „Gar nicht“ mit 47\u00a0% den größten Anteil, „Cloud-Dienst“ mit 24\u00a0% den kleinsten."}},
    {"TrendAltNewestKnownWaveEn", Part::TrendAlt, En, {na, na, na}, {20, 30, 50},
     {u"In 2019, the largest share is “Not at all” at 50%, the smallest “Cloud service” at 20%."}},
    {"TrendAltOneWaveEn", Part::TrendAlt, En, {24, 29, 47}, {},
     {u"Line chart “How teams share files, 2020”, showing the shares of 3 groups of respondents and the derived "
      u"line “Share files online (any)” in 2020."}},
    {"TrendAltNoBaselineDe", Part::TrendAlt, De, {24, 29, 47}, {},
     {u"das die Anteile von 3 Gruppen der Befragten im Jahr 2020 zeigt."},
     {u"abgeleitete Linie"}, Shape::NoBaseline},
};
// clang-format on

class NarrativeTable : public testing::TestWithParam<NarrativeCase>
{
};

TEST_P(NarrativeTable, SaysWhatTheNumbersSay)
{
    const NarrativeCase &row = GetParam();
    const QString text = generate(teamStudy(row), row, row.language);
    for (const char16_t *fragment : row.expected)
        EXPECT_TRUE(text.contains(QString::fromUtf16(fragment)))
            << "missing: " << qPrintable(QString::fromUtf16(fragment)) << "\nin: " << qPrintable(text);
    for (const char16_t *fragment : row.absent)
        EXPECT_FALSE(text.contains(QString::fromUtf16(fragment)))
            << "unexpected: " << qPrintable(QString::fromUtf16(fragment)) << "\nin: " << qPrintable(text);
    if (row.part == Part::Paragraph) {
        const QStringList sentences = Narrative::sentences(teamStudy(row), kYear, row.language);
        EXPECT_LE(sentences.size(), 4);
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, NarrativeTable, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<NarrativeCase> &info) {
                             return std::string(info.param.name);
                         });

// Every number of the English text is in the German one and the other way round ("24.5" and
// "24,5" count as the same), for every text of every row's study.
QStringList numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    QStringList numbers;
    for (const QRegularExpressionMatch &match : number.globalMatch(text))
        numbers.append(match.captured().replace(u',', u'.'));
    numbers.sort();
    return numbers;
}

class NarrativeFacts : public testing::TestWithParam<NarrativeCase>
{
};

TEST_P(NarrativeFacts, BothLanguagesMentionTheSameNumbers)
{
    NarrativeCase row = GetParam();
    const Study study = teamStudy(row);
    for (const Part part : {Part::Headline, Part::Paragraph, Part::BarAlt, Part::TrendAlt}) {
        row.part = part;
        const QString english = generate(study, row, Language::English);
        const QString german = generate(study, row, Language::German);
        EXPECT_FALSE(numbersIn(english).isEmpty()) << qPrintable(english);
        EXPECT_EQ(numbersIn(english), numbersIn(german)) << qPrintable(english) << "\n" << qPrintable(german);
        EXPECT_EQ(Narrative::sentences(study, kYear, Language::English).size(),
                  Narrative::sentences(study, kYear, Language::German).size());
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, NarrativeFacts, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<NarrativeCase> &info) {
                             return std::string(info.param.name);
                         });

// The quantifier table itself: one row per share, both languages side by side.
struct QuantifierCase
{
    double share;
    const char16_t *english;
    const char16_t *german;
};

void PrintTo(const QuantifierCase &row, std::ostream *os)
{
    *os << row.share;
}

class Quantifiers : public testing::TestWithParam<QuantifierCase>
{
};

TEST_P(Quantifiers, FollowTheNumber)
{
    const QuantifierCase &row = GetParam();
    EXPECT_EQ(quantifierFor(row.share, Language::English), QString::fromUtf16(row.english));
    EXPECT_EQ(quantifierFor(row.share, Language::German), QString::fromUtf16(row.german));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rows, Quantifiers, testing::Values(
    QuantifierCase{0.0, u"none", u"keiner"},
    QuantifierCase{0.04, u"none", u"keiner"},
    QuantifierCase{0.1, u"very few", u"sehr wenige"},
    QuantifierCase{4.9, u"very few", u"sehr wenige"},
    QuantifierCase{5.0, u"a small minority", u"eine kleine Minderheit"},
    QuantifierCase{19.9, u"a small minority", u"eine kleine Minderheit"},
    QuantifierCase{20.0, u"less than a quarter", u"weniger als ein Viertel"},
    QuantifierCase{24.0, u"less than a quarter", u"weniger als ein Viertel"},
    QuantifierCase{24.9, u"less than a quarter", u"weniger als ein Viertel"},
    QuantifierCase{24.96, u"a quarter", u"ein Viertel"},
    QuantifierCase{25.0, u"a quarter", u"ein Viertel"},
    QuantifierCase{25.1, u"more than a quarter", u"mehr als ein Viertel"},
    QuantifierCase{26.0, u"more than a quarter", u"mehr als ein Viertel"},
    QuantifierCase{30.0, u"about a third", u"etwa ein Drittel"},
    QuantifierCase{33.0, u"about a third", u"etwa ein Drittel"},
    QuantifierCase{36.9, u"about a third", u"etwa ein Drittel"},
    QuantifierCase{37.0, u"more than a third", u"mehr als ein Drittel"},
    QuantifierCase{45.0, u"nearly half", u"fast die Hälfte"},
    QuantifierCase{47.0, u"nearly half", u"fast die Hälfte"},
    QuantifierCase{49.0, u"nearly half", u"fast die Hälfte"},
    QuantifierCase{49.9, u"nearly half", u"fast die Hälfte"},
    QuantifierCase{50.0, u"half", u"die Hälfte"},
    QuantifierCase{50.1, u"more than half", u"mehr als die Hälfte"},
    QuantifierCase{51.0, u"more than half", u"mehr als die Hälfte"},
    QuantifierCase{53.0, u"more than half", u"mehr als die Hälfte"},
    QuantifierCase{58.0, u"the majority", u"die Mehrheit"},
    QuantifierCase{64.9, u"the majority", u"die Mehrheit"},
    QuantifierCase{65.0, u"about two thirds", u"etwa zwei Drittel"},
    QuantifierCase{70.0, u"nearly three quarters", u"fast drei Viertel"},
    QuantifierCase{75.0, u"three quarters", u"drei Viertel"},
    QuantifierCase{75.1, u"more than three quarters", u"mehr als drei Viertel"},
    QuantifierCase{90.0, u"nearly all", u"fast alle"},
    QuantifierCase{99.9, u"nearly all", u"fast alle"},
    QuantifierCase{99.96, u"all", u"alle"},
    QuantifierCase{100.0, u"all", u"alle"},
    QuantifierCase{-3.0, u"none", u"keiner"},
    QuantifierCase{120.0, u"all", u"alle"},
    QuantifierCase{std::numeric_limits<double>::quiet_NaN(), u"", u""}));
// clang-format on

TEST(QuantifierTable, CoversEveryShareOnceInOrder)
{
    const QList<QuantifierRange> &table = quantifierTable();
    ASSERT_FALSE(table.isEmpty());
    EXPECT_EQ(std::lround(table.constFirst().from * 10), 0);
    EXPECT_EQ(std::lround(table.constLast().to * 10), 1000);
    for (int i = 0; i < table.size(); ++i) {
        const QuantifierRange &range = table.at(i);
        EXPECT_LE(std::lround(range.from * 10), std::lround(range.to * 10)) << i;
        if (i > 0) {
            EXPECT_EQ(std::lround(range.from * 10), std::lround(table.at(i - 1).to * 10) + 1) << i;
        }
        for (const QuantifierWords &words : {range.english, range.german}) {
            EXPECT_FALSE(words.quantifier.isEmpty()) << i;
            EXPECT_TRUE(words.ofRespondents.startsWith(words.quantifier)) << i;
        }
    }
}

TEST(NarrativeGenerator, TellsTheLargestAndSmallestOfManySegments)
{
    Study study;
    study.topic = englishGerman(QStringLiteral("Favourite colours"), QStringLiteral("Lieblingsfarben"));
    const QStringList names = {QStringLiteral("Red"),    QStringLiteral("Blue"),  QStringLiteral("Green"),
                               QStringLiteral("Yellow"), QStringLiteral("Black"), QStringLiteral("White")};
    for (const QString &name : names)
        study.segments.append({name.toLower(), englishGerman(name, name), QString()});
    study.waves = {{kYear, {30.0, 25.0, 20.0, 12.0, 8.0, 5.0}}};

    const QStringList sentences = Narrative::sentences(study, kYear, Language::English);
    ASSERT_EQ(sentences.size(), 4) << qPrintable(sentences.join(u'\n'));
    EXPECT_TRUE(sentences.at(0).contains(QStringLiteral("about a third of respondents (30%)")));
    EXPECT_TRUE(sentences.at(0).contains(QStringLiteral("“Red”")));
    EXPECT_TRUE(sentences.at(1).contains(QStringLiteral("(25%)")));
    EXPECT_TRUE(sentences.at(2).contains(QStringLiteral("(20%)")));
    EXPECT_TRUE(sentences.at(3).contains(QStringLiteral("(5%)")));
    const QString all = sentences.join(u' ');
    EXPECT_FALSE(all.contains(QStringLiteral("12%")));
    EXPECT_FALSE(all.contains(QStringLiteral("8%")));

    const QString alt = Narrative::altText(study, Narrative::ChartType::Bar, kYear, Language::German);
    EXPECT_TRUE(alt.contains(QStringLiteral("die Anteile von 6 Gruppen der Befragten"))) << qPrintable(alt);
    EXPECT_TRUE(alt.contains(QString::fromUtf8("Den größten Anteil hat „Red“ mit 30\u00a0%, den kleinsten „White“ mit "
                                               "5\u00a0%.")))
        << qPrintable(alt);
}

TEST(NarrativeGenerator, MultipleAnswersTellTheLargestSegmentNotAnAdoptionShare)
{
    NarrativeCase row{"", Part::Headline, En, {60, 67, 10}, {}, {}};
    Study study = teamStudy(row);
    study.multipleAnswers = true;
    const QString headline = Narrative::headline(study, kYear, Language::English);
    EXPECT_TRUE(headline.contains(QStringLiteral("about two thirds of respondents (67%) belonged to the group "
                                                 "“E-mail attachments”")))
        << qPrintable(headline);
    EXPECT_FALSE(headline.contains(QStringLiteral("Share files online"))) << qPrintable(headline);
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The narrative generator, table-driven: (shares, language) → sentence fragments, on a
// study made up here (not the seed study), so the generator is shown to work for any study.
#include "core/narrative.h"
#include "localizedtexts.h"
#include "textfigures.h"

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
    // The lead is the top of the scale; the words follow the figure; a study without
    // wording speaks of respondents who "answered".
    {"Quarter24En", Part::Paragraph, En, {24, 29, 47}, {},
     {u"In the 2020 survey, less than a quarter of respondents (24%) answered “Cloud service”. "
      u"Nearly three in ten (29%) answered “E-mail attachments”. Nearly half (47%) answered “Not at all”."},
     {u"belonged", u"group"}},
    {"Quarter24De", Part::Paragraph, De, {24, 29, 47}, {},
     {u"In der Befragung von 2020 antwortete weniger als ein Viertel der Befragten (24\u00a0%) mit „Cloud-Dienst“. "
      u"Fast drei von zehn (29\u00a0%) antworteten mit „E-Mail-Anhänge“. "
      u"Fast die Hälfte (47\u00a0%) antwortete mit „Gar nicht“."},
     {u"gehörte", u"Gruppe"}},
    {"HalfAndQuartersDe", Part::Paragraph, De, {50, 25, 25}, {},
     {u"antwortete die Hälfte der Befragten (50\u00a0%) mit „Cloud-Dienst“.",
      u"Ein Viertel (25\u00a0%) antwortete mit „E-Mail-Anhänge“."}},
    {"PluralVerbDe", Part::Paragraph, De, {70, 20, 10}, {},
     {u"In der Befragung von 2020 antworteten sieben von zehn Befragten (70\u00a0%) mit „Cloud-Dienst“.",
      u"Ein Fünftel (20\u00a0%) antwortete mit „E-Mail-Anhänge“.",
      u"Ein Zehntel (10\u00a0%) antwortete mit „Gar nicht“."}},
    {"AllAndNoneEn", Part::Paragraph, En, {100, 0, 0}, {},
     {u"In the 2020 survey, all respondents (100%) answered “Cloud service”.",
      u"None (0%) answered “E-mail attachments”."}},
    {"AllDe", Part::Paragraph, De, {100, 0, 0}, {},
     {u"In der Befragung von 2020 antworteten alle Befragten (100\u00a0%) mit „Cloud-Dienst“."}},
    {"ThirdEn", Part::Paragraph, En, {33, 44, 23}, {},
     {u"a third of respondents (33%)", u"More than four in ten (44%)", u"Less than a quarter (23%)"}},
    {"RoundedToTheLabelEn", Part::Headline, En, {24.6, 24.6, 50.8}, {},
     {u"A quarter of respondents answered “Cloud service”"},
     {u"less than a quarter", u"24.6"}},

    // Changes in percentage points; one or two points are little changed.
    {"TrendEn", Part::Paragraph, En, {24, 29, 47}, {na, na, 56},
     {u"Nearly half (47%) answered “Not at all”, down 9 percentage points from 56% in 2019."}},
    {"TrendDe", Part::Paragraph, De, {24, 29, 47}, {na, na, 56},
     {u"Fast die Hälfte (47\u00a0%) antwortete mit „Gar nicht“, 9 Prozentpunkte weniger als 2019 (56\u00a0%)."}},
    {"LittleChangedEn", Part::Paragraph, En, {24, 29, 47}, {23, 30, 47},
     {u"(24%) answered “Cloud service”, little changed from 23% in 2019.",
      u"(29%) answered “E-mail attachments”, little changed from 30% in 2019.",
      u"(47%) answered “Not at all”, unchanged from 2019."},
     {u"percentage point"}},
    {"LittleChangedDe", Part::Paragraph, De, {24, 29, 47}, {23, 30, 47},
     {u"mit „Cloud-Dienst“, kaum verändert gegenüber 2019 (23\u00a0%).", u"unverändert gegenüber 2019."}},
    {"ThreePointsEn", Part::Paragraph, En, {27, 29, 44}, {24, 30, 46},
     {u"(27%) answered “Cloud service”, up 3 percentage points from 24% in 2019."}},
    {"NoEarlierFigureEn", Part::Paragraph, En, {24, 29, 47}, {na, na, na},
     {u"In the 2020 survey, less than a quarter of respondents (24%) answered “Cloud service”."},
     {u"percentage point", u"2019", u"unchanged"}},

    // Headline rules: the top of the scale, else a big change, else the largest segment.
    {"HeadlineTopOfScaleEn", Part::Headline, En, {24, 29, 47}, {na, na, 56},
     {u"Less than a quarter of respondents answered “Cloud service”"},
     {u"%", u"."}},
    {"HeadlineTopOfScaleDe", Part::Headline, De, {24, 29, 47}, {na, na, 56},
     {u"Weniger als ein Viertel der Befragten antwortete mit „Cloud-Dienst“"}},
    {"HeadlineBigChangeEn", Part::Headline, En, {40, 20, 40}, {20, 30, 50},
     {u"Four in ten respondents answered “Cloud service”, compared with 20% in 2019"},
     {}, Shape::NoBaseline},
    {"HeadlineBigChangeDe", Part::Headline, De, {40, 20, 40}, {20, 30, 50},
     {u"Vier von zehn Befragten antworteten mit „Cloud-Dienst“, nach 20\u00a0% im Jahr 2019"},
     {}, Shape::NoBaseline},
    {"HeadlineLargestEn", Part::Paragraph, En, {24, 29, 47}, {},
     {u"In the 2020 survey, nearly half of respondents (47%) answered “Not at all”. "
      u"Less than a quarter (24%) answered “Cloud service”. Nearly three in ten (29%) answered “E-mail attachments”."},
     {u"Share files online"}, Shape::NoBaseline},

    // Unknown values are never given as figures.
    {"UnknownSplitEn", Part::Paragraph, En, {na, na, 56}, {},
     {u"In the 2020 survey, more than half of respondents (56%) answered “Not at all”.",
      u"The study reports no figures for “Cloud service” and “E-mail attachments” in 2020."},
     {u"n/a", u"(0%)", u"44"}},
    {"UnknownSplitDe", Part::Paragraph, De, {na, na, 56}, {},
     {u"In der Befragung von 2020 antwortete mehr als die Hälfte der Befragten (56\u00a0%) mit „Gar nicht“.",
      u"Für „Cloud-Dienst“ und „E-Mail-Anhänge“ nennt die Studie 2020 keine Werte."},
     {u"k. A.", u"(0\u00a0%)"}},
    {"UnknownBaselineEn", Part::Paragraph, En, {24, 29, na}, {},
     {u"(24%) answered “Cloud service”", u"The study reports no figures for “Not at all” in 2020."},
     {u"47", u"n/a"}},
    {"AllUnknownEn", Part::Paragraph, En, {na, na, na}, {},
     {u"The study reports no figures for 2020."},
     {u"%", u"respondents"}},
    {"AllUnknownDe", Part::Paragraph, De, {na, na, na}, {},
     {u"Für 2020 nennt die Studie keine Werte."},
     {u"%", u"Befragten"}},
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
    // The data labels' figures: 24.5 / 29.5 / 46 are labelled 24 / 30 / 46.
    {"BarAltDecimalsEn", Part::BarAlt, En, {24.5, 29.5, 46}, {},
     {u"the smallest “Cloud service” at 24%."}, {u"24.5"}},
    {"BarAltDecimalsDe", Part::BarAlt, De, {24.5, 29.5, 46}, {},
     {u"den kleinsten „Cloud-Dienst“ mit 24\u00a0%."}, {u"24,5"}},
    {"BarAltUnknownsEn", Part::BarAlt, En, {na, na, 56}, {},
     {u"showing the share of one group of respondents.", u"Only “Not at all” is reported, at 56%."},
     {u"n/a", u"Cloud service"}},
    {"BarAltUnknownsDe", Part::BarAlt, De, {na, na, 56}, {},
     {u"das den Anteil einer Gruppe der Befragten zeigt.", u"Nur für „Gar nicht“ gibt es einen Wert: 56\u00a0%."},
     {u"k. A.", u"Cloud-Dienst"}},
    // Thirds are labelled 34 / 33 / 33 (they add up to 100), and the text says so.
    {"BarAltThirdsEn", Part::BarAlt, En, {33.3, 33.3, 33.3}, {},
     {u"The largest share is “Cloud service” at 34%, the smallest “E-mail attachments” at 33%."},
     {u"33.3"}},
    {"BarAltEqualSharesEn", Part::BarAlt, En, {20, 20, 20}, {},
     {u"All groups have the same share, 20%."},
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

// Every number of the English text is in the German one and the other way round, for every
// text of every row's study.
const auto numbersIn = figuresIn;

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
        if (part != Part::Headline) { // a headline may say "less than a quarter" without a figure
            EXPECT_FALSE(numbersIn(english).isEmpty()) << qPrintable(english);
        }
        EXPECT_EQ(numbersIn(english), numbersIn(german)) << qPrintable(english) << "\n" << qPrintable(german);
        EXPECT_EQ(Narrative::sentences(study, kYear, Language::English).size(),
                  Narrative::sentences(study, kYear, Language::German).size());
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, NarrativeFacts, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<NarrativeCase> &info) {
                             return std::string(info.param.name);
                         });

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
    EXPECT_EQ(sentences.at(0), QStringLiteral("In the 2020 survey, three in ten respondents (30%) answered “Red”."));
    EXPECT_EQ(sentences.at(1), QStringLiteral("A quarter (25%) answered “Blue”."));
    EXPECT_EQ(sentences.at(2), QStringLiteral("One in five (20%) answered “Green”."));
    // Every segment is accounted for: the small ones share a sentence.
    EXPECT_EQ(sentences.at(3), QStringLiteral("The other answers: “Yellow” (12%), “Black” (8%) and “White” (5%)."));

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
    EXPECT_EQ(headline, QStringLiteral("Two thirds of respondents answered “E-mail attachments”"));
    EXPECT_FALSE(headline.contains(QStringLiteral("Share files online"))) << qPrintable(headline);
}

} // namespace

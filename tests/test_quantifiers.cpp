// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The quantifier tables at every whole percentage 0–100 in both languages: each phrase is
// read back into what it claims ("nearly half" is below 50 and within 5 points of it) and
// the claim is checked against the share; English and German claim the same.
#include "core/quantifier.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <ostream>

namespace {

// What a quantifier says about a share.
enum class Relation { Exactly, Below, Nearly, Above, JustOver, About, Range };

struct Claim
{
    Relation relation = Relation::Exactly;
    double target = 0.0; ///< percent
    double low = 0.0;    ///< for Range
    double high = 0.0;
    bool operator==(const Claim &) const = default;
};

// The fractions the tables use, by their words in both languages.
std::optional<double> fraction(const QString &words)
{
    static const QList<std::pair<QString, double>> kFractions = {
        {QStringLiteral("a quarter"), 25.0},
        {QStringLiteral("ein Viertel"), 25.0},
        {QStringLiteral("a third"), 100.0 / 3},
        {QStringLiteral("ein Drittel"), 100.0 / 3},
        {QStringLiteral("half"), 50.0},
        {QStringLiteral("die Hälfte"), 50.0},
        {QStringLiteral("two thirds"), 200.0 / 3},
        {QStringLiteral("zwei Drittel"), 200.0 / 3},
        {QStringLiteral("three quarters"), 75.0},
        {QStringLiteral("drei Viertel"), 75.0},
        {QStringLiteral("ein Zehntel"), 10.0},
        {QStringLiteral("ein Fünftel"), 20.0},
        {QStringLiteral("ein Sechstel"), 100.0 / 6},
        {QStringLiteral("ein Siebtel"), 100.0 / 7},
        {QStringLiteral("all"), 100.0},
        {QStringLiteral("alle"), 100.0},
    };
    for (const auto &[name, value] : kFractions) {
        if (words == name)
            return value;
    }
    static const QStringList kNumbers = {QStringLiteral("zero"),  QStringLiteral("one"),   QStringLiteral("two"),
                                         QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),
                                         QStringLiteral("six"),   QStringLiteral("seven"), QStringLiteral("eight"),
                                         QStringLiteral("nine"),  QStringLiteral("ten")};
    static const QStringList kZahlen = {QStringLiteral("null"),  QStringLiteral("eins"),   QStringLiteral("zwei"),
                                        QStringLiteral("drei"),  QStringLiteral("vier"),   QStringLiteral("fünf"),
                                        QStringLiteral("sechs"), QStringLiteral("sieben"), QStringLiteral("acht"),
                                        QStringLiteral("neun"),  QStringLiteral("zehn")};
    static const QRegularExpression inTen(QStringLiteral("^(\\w+) (?:in|von) (\\w+)$"));
    const QRegularExpressionMatch match = inTen.match(words);
    if (match.hasMatch()) {
        const auto number = [](const QString &word) {
            const qsizetype english = kNumbers.indexOf(word);
            return english >= 0 ? english : kZahlen.indexOf(word);
        };
        const qsizetype count = number(match.captured(1));
        const qsizetype of = number(match.captured(2)) >= 0                  ? number(match.captured(2))
                             : match.captured(2) == QStringLiteral("twenty") ? 20
                                                                             : -1;
        if (count > 0 && of > 0)
            return 100.0 * double(count) / double(of);
    }
    return std::nullopt;
}

std::optional<Claim> claimOf(const QString &quantifier)
{
    if (quantifier == QStringLiteral("none") || quantifier == QStringLiteral("null Prozent"))
        return Claim{Relation::Exactly, 0.0};
    if (quantifier == QStringLiteral("very few") || quantifier == QStringLiteral("sehr wenige"))
        return Claim{Relation::Range, 0.0, 0.5, 4.5};
    if (quantifier == QStringLiteral("a small minority") || quantifier == QStringLiteral("eine kleine Minderheit"))
        return Claim{Relation::Range, 0.0, 4.5, 7.5};
    if (quantifier == QStringLiteral("nearly all") || quantifier == QStringLiteral("fast alle"))
        return Claim{Relation::Range, 0.0, 94.5, 99.5};
    static const QList<std::pair<QString, Relation>> kPrefixes = {
        {QStringLiteral("less than "), Relation::Below},   {QStringLiteral("fewer than "), Relation::Below},
        {QStringLiteral("weniger als "), Relation::Below}, {QStringLiteral("nearly "), Relation::Nearly},
        {QStringLiteral("fast "), Relation::Nearly},       {QStringLiteral("more than "), Relation::Above},
        {QStringLiteral("mehr als "), Relation::Above},    {QStringLiteral("just over "), Relation::JustOver},
        {QStringLiteral("gut "), Relation::JustOver},      {QStringLiteral("about "), Relation::About},
        {QStringLiteral("etwa "), Relation::About},
    };
    Relation relation = Relation::Exactly;
    QString rest = quantifier;
    for (const auto &[prefix, meaning] : kPrefixes) {
        if (rest.startsWith(prefix)) {
            relation = meaning;
            rest = rest.mid(prefix.size());
            break;
        }
    }
    const std::optional<double> target = fraction(rest);
    if (!target)
        return std::nullopt;
    return Claim{relation, *target};
}

// Whether the claim is true for a whole percentage, and close: "nearly" and "more than"
// stay within 5 points (7 for "more than", whose next row may be a coarser fraction).
bool holds(const Claim &claim, int share)
{
    const double s = share;
    switch (claim.relation) {
    case Relation::Exactly:
        return std::abs(s - claim.target) < 1.0;
    case Relation::Below:
        return s < claim.target && claim.target - s <= 3.0;
    case Relation::Nearly:
        return s < claim.target && claim.target - s <= 5.0;
    case Relation::Above:
        return s > claim.target && s - claim.target <= 7.0;
    case Relation::JustOver:
        return s > claim.target && s - claim.target <= 2.0;
    case Relation::About:
        return std::abs(s - claim.target) <= 1.5;
    case Relation::Range:
        return s >= claim.low && s <= claim.high;
    }
    return false;
}

class EveryShare : public testing::TestWithParam<int>
{
};

TEST_P(EveryShare, BothLanguagesSayTheSameTrueThing)
{
    const int share = GetParam();
    const QuantifierWords english = quantifierWords(share, Language::English);
    const QuantifierWords german = quantifierWords(share, Language::German);
    ASSERT_EQ(english.share, share);
    ASSERT_EQ(german.share, share);
    const std::optional<Claim> englishClaim = claimOf(english.quantifier);
    const std::optional<Claim> germanClaim = claimOf(german.quantifier);
    ASSERT_TRUE(englishClaim) << share << ": " << qPrintable(english.quantifier);
    ASSERT_TRUE(germanClaim) << share << ": " << qPrintable(german.quantifier);
    EXPECT_TRUE(holds(*englishClaim, share)) << share << ": " << qPrintable(english.quantifier);
    EXPECT_TRUE(holds(*germanClaim, share)) << share << ": " << qPrintable(german.quantifier);
    EXPECT_EQ(englishClaim->relation == Relation::Below ? Relation::Below : englishClaim->relation,
              germanClaim->relation)
        << share << ": " << qPrintable(english.quantifier) << " / " << qPrintable(german.quantifier);
    EXPECT_NEAR(englishClaim->target, germanClaim->target, 1e-9) << share;
    // The subject holds the quantifier and a place for the population.
    // (0 %: "none" as a quantifier, "no small businesses" as a subject.)
    EXPECT_TRUE(english.subject.startsWith(share == 0 ? QStringLiteral("no ") : english.quantifier)) << share;
    EXPECT_TRUE(german.subject.startsWith(german.quantifier)) << share;
    EXPECT_TRUE(english.subject.contains(QStringLiteral("{pop}"))) << share;
    EXPECT_TRUE(QRegularExpression(QStringLiteral("\\{(nom|gen|dat|weak)\\}")).match(german.subject).hasMatch())
        << share;
    // English subjects "… of small businesses" take a plural verb; German ones agree with
    // their head: a fraction in the singular ("ein Viertel … hat"), counts in the plural.
    EXPECT_TRUE(english.plural) << share;
    const bool singularHead = german.quantifier.contains(QStringLiteral("ein ")) ||
                              german.quantifier.contains(QStringLiteral("eine ")) ||
                              german.quantifier.contains(QStringLiteral("die Hälfte"));
    EXPECT_EQ(german.plural, !singularHead) << share << ": " << qPrintable(german.quantifier);
}

INSTANTIATE_TEST_SUITE_P(ZeroToHundred, EveryShare, testing::Range(0, 101));

struct Anchor
{
    double share;
    const char16_t *english;
    const char16_t *german;
};

void PrintTo(const Anchor &row, std::ostream *os)
{
    *os << row.share;
}

class Anchors : public testing::TestWithParam<Anchor>
{
};

TEST_P(Anchors, AreTheNaturalPhrase)
{
    const Anchor &row = GetParam();
    EXPECT_EQ(quantifierFor(row.share, Language::English), QString::fromUtf16(row.english));
    EXPECT_EQ(quantifierFor(row.share, Language::German), QString::fromUtf16(row.german));
}

// The rows issue #19 names, and the rounding to a whole percent at the edges.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Rows, Anchors, testing::Values(
    Anchor{24, u"less than a quarter", u"weniger als ein Viertel"},
    Anchor{33, u"a third", u"ein Drittel"},
    Anchor{44, u"more than four in ten", u"mehr als vier von zehn"},
    Anchor{47, u"nearly half", u"fast die Hälfte"},
    Anchor{53, u"more than half", u"mehr als die Hälfte"},
    Anchor{75, u"three quarters", u"drei Viertel"},
    Anchor{25, u"a quarter", u"ein Viertel"},
    Anchor{50, u"half", u"die Hälfte"},
    Anchor{24.4, u"less than a quarter", u"weniger als ein Viertel"},
    Anchor{24.5, u"a quarter", u"ein Viertel"},
    Anchor{99.6, u"all", u"alle"},
    Anchor{-3, u"none", u"null Prozent"},
    Anchor{120, u"all", u"alle"},
    Anchor{std::numeric_limits<double>::quiet_NaN(), u"", u""}));
// clang-format on

TEST(QuantifierTable, HasEveryWholePercentageInEveryLanguage)
{
    for (const Language language : {Language::English, Language::German}) {
        const QList<QuantifierWords> &table = quantifierTable(language);
        ASSERT_EQ(table.size(), 101);
        for (int i = 0; i <= 100; ++i) {
            EXPECT_EQ(table.at(i).share, i) << qPrintable(language.code());
            EXPECT_FALSE(table.at(i).quantifier.isEmpty()) << i;
        }
    }
}

struct PopulationCase
{
    const char16_t *nominative;
    PopulationForm form;
    const char16_t *expected;
};

class GermanPopulation : public testing::TestWithParam<PopulationCase>
{
};

TEST_P(GermanPopulation, TakesTheCaseItsQuantifierNeeds)
{
    const PopulationCase &row = GetParam();
    EXPECT_EQ(populationPhrase(QString::fromUtf16(row.nominative), row.form, Language::German),
              QString::fromUtf16(row.expected));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rows, GermanPopulation, testing::Values(
    PopulationCase{u"kleine Unternehmen", PopulationForm::Genitive, u"der kleinen Unternehmen"},
    PopulationCase{u"kleine Unternehmen", PopulationForm::DativeNoArticle, u"kleinen Unternehmen"},
    PopulationCase{u"kleine Unternehmen", PopulationForm::AfterAll, u"kleinen Unternehmen"},
    PopulationCase{u"kleine Unternehmen", PopulationForm::Plain, u"kleine Unternehmen"},
    PopulationCase{u"Befragte", PopulationForm::Genitive, u"der Befragten"},
    PopulationCase{u"Befragte", PopulationForm::DativeNoArticle, u"Befragten"},
    PopulationCase{u"Befragte", PopulationForm::AfterAll, u"Befragten"},
    PopulationCase{u"Befragte", PopulationForm::Plain, u"Befragte"},
    PopulationCase{u"mittelständische Betriebe", PopulationForm::Genitive, u"der mittelständischen Betriebe"},
    PopulationCase{u"mittelständische Betriebe", PopulationForm::DativeNoArticle, u"mittelständischen Betrieben"},
    PopulationCase{u"Händler", PopulationForm::DativeNoArticle, u"Händlern"},
    PopulationCase{u"deutsche Haushalte", PopulationForm::AfterAll, u"deutschen Haushalte"}));
// clang-format on

TEST(QuantifiedSubject, NamesThePopulationInItsCase)
{
    const QString smallBusinesses = QStringLiteral("small businesses");
    const QString kleine = QStringLiteral("kleine Unternehmen");
    EXPECT_EQ(quantifiedSubject(quantifierWords(24, Language::English), smallBusinesses, Language::English),
              QStringLiteral("less than a quarter of small businesses"));
    EXPECT_EQ(quantifiedSubject(quantifierWords(24, Language::German), kleine, Language::German),
              QStringLiteral("weniger als ein Viertel der kleinen Unternehmen"));
    EXPECT_EQ(quantifiedSubject(quantifierWords(44, Language::German), kleine, Language::German),
              QStringLiteral("mehr als vier von zehn kleinen Unternehmen"));
    EXPECT_EQ(quantifiedSubject(quantifierWords(97, Language::German), kleine, Language::German),
              QStringLiteral("fast alle kleinen Unternehmen"));
    EXPECT_EQ(quantifiedSubject(quantifierWords(3, Language::German), QStringLiteral("Befragte"), Language::German),
              QStringLiteral("sehr wenige Befragte"));
    EXPECT_EQ(
        quantifiedSubject(quantifierWords(3, Language::English), QStringLiteral("respondents"), Language::English),
        QStringLiteral("very few respondents"));
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/advice.h"
#include "core/narrative.h"
#include "core/seedstudy.h"

#include <gtest/gtest.h>

class NarrativeTest : public testing::Test
{
protected:
    void TearDown() override { installLanguage(Language::English); }
    Study study = smbGroupSocialBusinessStudy2012();
};

TEST_F(NarrativeTest, EnglishHeadlineMakesTheArticlesClaim)
{
    EXPECT_EQ(Narrative::headline(study, 2012, Language::English),
              QStringLiteral("Less than a quarter of small businesses have a social media strategy"));
}

TEST_F(NarrativeTest, EnglishParagraphTellsEverySegment)
{
    const QStringList sentences = Narrative::sentences(study, 2012, Language::English);
    ASSERT_EQ(sentences.size(), 3) << qPrintable(sentences.join(u'\n'));
    EXPECT_EQ(sentences.at(0),
              QStringLiteral("In the 2012 survey, less than a quarter of small businesses (24%) have a "
                             "social media strategy."));
    EXPECT_EQ(sentences.at(1), QStringLiteral("Nearly three in ten (29%) use social media without a plan."));
    EXPECT_EQ(sentences.at(2), QStringLiteral("Nearly half (47%) do not use social media, down 9 percentage points "
                                              "from 56% in 2011."));
    EXPECT_EQ(Narrative::paragraph(study, 2012, Language::English), sentences.join(u' '));
}

TEST_F(NarrativeTest, GermanHeadlineAgreesAndDeclines)
{
    ASSERT_TRUE(installLanguage(Language::German));
    EXPECT_EQ(Narrative::headline(study, 2012, Language::German),
              QString::fromUtf8("Weniger als ein Viertel der kleinen Unternehmen hat eine Social-Media-Strategie"));
    const QStringList sentences = Narrative::sentences(study, 2012, Language::German);
    ASSERT_EQ(sentences.size(), 3) << qPrintable(sentences.join(u'\n'));
    EXPECT_EQ(sentences.at(0), QString::fromUtf8("In der Befragung von 2012 hat weniger als ein Viertel der kleinen "
                                                 "Unternehmen (24\u00a0%) eine Social-Media-Strategie."));
    EXPECT_EQ(sentences.at(1), QString::fromUtf8("Fast drei von zehn (29\u00a0%) nutzen soziale Medien ohne Plan."));
    EXPECT_EQ(sentences.at(2), QString::fromUtf8("Fast die Hälfte (47\u00a0%) nutzt keine sozialen Medien, 9 "
                                                 "Prozentpunkte weniger als 2011 (56\u00a0%)."));
}

TEST_F(NarrativeTest, WritesTheLanguageAskedForWhateverTranslatorIsInstalled)
{
    // English UI, German export.
    ASSERT_TRUE(installLanguage(Language::English));
    EXPECT_TRUE(Narrative::paragraph(study, 2012, Language::German).contains(QStringLiteral("Prozentpunkte")));
    EXPECT_TRUE(Narrative::altText(study, Narrative::ChartType::Bar, 2012, Language::German)
                    .startsWith(QStringLiteral("Balkendiagramm")));
    EXPECT_EQ(Narrative::sourceLine(study, Language::German),
              QStringLiteral("Quelle: SMB Group, 2012 Small and Medium Business Social Business Study"));
    EXPECT_EQ(Narrative::barChartTitle(study, 2012, Language::German),
              QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2012"));
    // German UI, English export.
    ASSERT_TRUE(installLanguage(Language::German));
    EXPECT_TRUE(Narrative::paragraph(study, 2012, Language::English).contains(QStringLiteral("percentage points")));
    EXPECT_EQ(Narrative::trendChartTitle(study, Language::English),
              QString::fromUtf8("How small businesses use social media, 2011\u20132012"));
}

TEST_F(NarrativeTest, UnknownFiguresAreNotMentioned)
{
    // 2011: only the non-users are known; the split of the users is unknown.
    const QString headline = Narrative::headline(study, 2011, Language::English);
    EXPECT_EQ(headline, QStringLiteral("More than half of small businesses do not use social media"));
    const QString paragraph = Narrative::paragraph(study, 2011, Language::English);
    EXPECT_EQ(paragraph,
              QStringLiteral("In the 2011 survey, more than half of small businesses (56%) do not use social "
                             "media. The study reports no figures for \u201cPlanned strategy\u201d and "
                             "\u201cAd hoc use\u201d in 2011."));
    EXPECT_FALSE(paragraph.contains(QStringLiteral("0%"))) << qPrintable(paragraph);
    EXPECT_FALSE(paragraph.contains(QStringLiteral("n/a"))) << qPrintable(paragraph);
}

TEST_F(NarrativeTest, OnePointIsLittleChangedAndTwoPointsToo)
{
    study.waves = {{2011, {std::nullopt, std::nullopt, 48.0}}, {2012, {24.0, 29.0, 47.0}}};
    const QString english = Narrative::paragraph(study, 2012, Language::English);
    EXPECT_TRUE(english.contains(QStringLiteral("little changed from 48% in 2011."))) << qPrintable(english);
    const QString german = Narrative::paragraph(study, 2012, Language::German);
    EXPECT_TRUE(german.contains(QString::fromUtf8("kaum verändert gegenüber 2011 (48\u00a0%)"))) << qPrintable(german);
    study.waves = {{2011, {std::nullopt, std::nullopt, 50.0}}, {2012, {24.0, 29.0, 47.0}}};
    EXPECT_TRUE(Narrative::paragraph(study, 2012, Language::English)
                    .contains(QStringLiteral("down 3 percentage points from 50% in 2011.")));
}

TEST_F(NarrativeTest, TrendTextTellsTheChangeAndWhoLeads)
{
    const QStringList english = Narrative::trendSentences(study, Language::English);
    EXPECT_EQ(english,
              QStringList({QStringLiteral("The share of small businesses that do not use social media fell from 56% in "
                                          "2011 to 47% in 2012 \u2013 no longer a majority."),
                           QStringLiteral("The share of small businesses that use social media rose from 44% in 2011 "
                                          "to 53% in 2012 \u2013 now a majority."),
                           QStringLiteral("For \u201cPlanned strategy\u201d and \u201cAd hoc use\u201d, the study has "
                                          "figures for 2012 only (24% and 29%)."),
                           QStringLiteral("In 2012, the most common answer is \u201cNo social media\u201d at 47%.")}));
    const QStringList german = Narrative::trendSentences(study, Language::German);
    ASSERT_EQ(german.size(), 4);
    EXPECT_EQ(german.at(0), QString::fromUtf8("Der Anteil der kleinen Unternehmen, die keine sozialen Medien nutzen, "
                                              "sank von 56\u00a0% (2011) auf 47\u00a0% (2012) \u2013 keine Mehrheit "
                                              "mehr."));
    EXPECT_EQ(german.at(3), QString::fromUtf8("2012 ist \u201eKeine sozialen Medien\u201c mit 47\u00a0% die häufigste "
                                              "Antwort."));
}

TEST_F(NarrativeTest, AltTextNamesChartTypeAndExtremes)
{
    EXPECT_EQ(Narrative::altText(study, Narrative::ChartType::Bar, 2012, Language::English),
              QStringLiteral(
                  "Bar chart \u201cHow small businesses use social media, 2012\u201d, showing the shares of 3 "
                  "groups of small businesses. The largest share is \u201cNo social media\u201d at 47%, the smallest "
                  "\u201cPlanned strategy\u201d at 24%."));
    const QString trend = Narrative::altText(study, Narrative::ChartType::Trend, 2012, Language::German);
    EXPECT_TRUE(trend.startsWith(QString::fromUtf8("Liniendiagramm \u201eWie kleine Unternehmen soziale Medien nutzen, "
                                                   "2011\u20132012\u201c")))
        << qPrintable(trend);
    EXPECT_TRUE(
        trend.contains(QString::fromUtf8("die abgeleitete Linie \u201eNutzen soziale Medien (insgesamt)\u201c")))
        << qPrintable(trend);
}

TEST_F(NarrativeTest, SourceLineNamesTheStudy)
{
    EXPECT_EQ(Narrative::sourceLine(study, Language::English),
              QStringLiteral("Source: SMB Group, 2012 Small and Medium Business Social Business Study"));
}

TEST_F(NarrativeTest, AdviceHasOneSectionPerAudienceInBothLanguages)
{
    const QList<AdviceSection> english = adviceSections(study, Language::English);
    const QList<AdviceSection> german = adviceSections(study, Language::German);
    ASSERT_EQ(english.size(), 4);
    ASSERT_EQ(german.size(), 4);
    const QStringList order{QStringLiteral("strategy"), QStringLiteral("adhoc"), QStringLiteral("none"),
                            QStringLiteral("consultants")};
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(english.at(i).audience, order.at(i));
        EXPECT_EQ(german.at(i).audience, order.at(i));
        EXPECT_FALSE(english.at(i).generated);
        EXPECT_NE(english.at(i).heading, german.at(i).heading);
        EXPECT_NE(english.at(i).body, german.at(i).body);
    }
    EXPECT_EQ(german.at(1).heading, QStringLiteral("Sie nutzen soziale Medien, aber ohne Plan"));
    EXPECT_TRUE(adviceWarnings(study, Language::English).isEmpty());
}

TEST_F(NarrativeTest, PlacementCountsWhoIsAheadAndBehind)
{
    const Placement strategy = placeInSegment(study, 0);
    EXPECT_EQ(strategy.waveYear, 2012);
    EXPECT_EQ(strategy.share, 24.0);
    EXPECT_EQ(strategy.aheadOf, 76.0);
    EXPECT_EQ(strategy.behind, 0.0);
    EXPECT_EQ(placementSentence(study, strategy, Language::English),
              QStringLiteral("You are ahead of 76% of small businesses."));
    EXPECT_EQ(placementSentence(study, strategy, Language::German),
              QStringLiteral("Sie sind 76\u00a0% der kleinen Unternehmen voraus."));
    const Placement adHoc = placeInSegment(study, 1);
    EXPECT_EQ(adHoc.aheadOf, 47.0);
    EXPECT_EQ(adHoc.behind, 24.0);
    EXPECT_EQ(placementSentence(study, adHoc, Language::English),
              QStringLiteral("You are ahead of 47% of small businesses; 24% are ahead of you."));
    const Placement none = placeInSegment(study, 2);
    EXPECT_EQ(none.behind, 53.0);
    EXPECT_EQ(placementSentence(study, none, Language::English),
              QStringLiteral("53% of small businesses are ahead of you."));
}

TEST_F(NarrativeTest, UnknownSharesGiveNoPlacementFigures)
{
    study.waves = {{2011, {std::nullopt, std::nullopt, 56.0}}};
    const Placement strategy = placeInSegment(study, 0);
    EXPECT_FALSE(strategy.share.has_value());
    EXPECT_TRUE(placementSentence(study, strategy, Language::English).isEmpty());
    const Placement none = placeInSegment(study, 2);
    EXPECT_EQ(none.share, 56.0);
    EXPECT_FALSE(none.behind.has_value()) << "44 is derived, but who is ahead is not split";
}

TEST_F(NarrativeTest, SegmentsWithoutStoredAdviceGetGeneratedText)
{
    study.advice.clear();
    const QList<AdviceSection> english = adviceSections(study, Language::English);
    ASSERT_EQ(english.size(), 3) << "no consultants section without a stored text";
    EXPECT_TRUE(english.at(1).generated);
    EXPECT_EQ(english.at(1).heading, QStringLiteral("If your answer is “Ad hoc use”"));
    EXPECT_TRUE(english.at(1).body.contains(QStringLiteral("In 2012, 29% of small businesses gave this answer.")))
        << qPrintable(english.at(1).body);
    const QList<AdviceSection> german = adviceSections(study, Language::German);
    EXPECT_TRUE(
        german.at(1).body.contains(QStringLiteral("2012 gaben 29\u00a0% der kleinen Unternehmen diese Antwort.")))
        << qPrintable(german.at(1).body);
}

TEST_F(NarrativeTest, AdviceWarningsNameMissingAndOlderTranslations)
{
    study.advice.removeIf([](const AdviceText &text) {
        return text.audience == QStringLiteral("none") && text.language == Language::German;
    });
    for (AdviceText &text : study.advice) {
        if (text.audience == QStringLiteral("adhoc") && text.language == Language::English)
            text.updated = text.updated.addDays(1);
    }
    const QStringList warnings = adviceWarnings(study, Language::English);
    ASSERT_EQ(warnings.size(), 2) << qPrintable(warnings.join(u'|'));
    EXPECT_TRUE(warnings.at(0).contains(QStringLiteral("Ad hoc use")) &&
                warnings.at(0).contains(QStringLiteral("older")));
    EXPECT_TRUE(warnings.at(1).contains(QStringLiteral("No social media")) &&
                warnings.at(1).contains(QStringLiteral("German")));
}

TEST_F(NarrativeTest, UnorderedAnswersGetNoAheadOrBehind)
{
    study.baselineSegment = -1; // e.g. "yes / no / don't know" imported from a spreadsheet
    const Placement adHoc = placeInSegment(study, 1);
    EXPECT_EQ(adHoc.share, 29.0);
    EXPECT_FALSE(adHoc.aheadOf.has_value());
    EXPECT_FALSE(adHoc.behind.has_value());
    EXPECT_TRUE(placementSentence(study, adHoc, Language::English).isEmpty());
}

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

TEST_F(NarrativeTest, EnglishHeadlineCarriesTheFigures)
{
    const QString headline = Narrative::headline(study, 2012, Language::English);
    EXPECT_EQ(headline, QStringLiteral("In 2012, more than half of respondents (53%) belonged to the group "
                                       "\u201cUse social media (any)\u201d, up 9 percentage points from 44% in 2011."));
}

TEST_F(NarrativeTest, EnglishParagraphTellsEverySegment)
{
    const QStringList sentences = Narrative::sentences(study, 2012, Language::English);
    ASSERT_EQ(sentences.size(), 4) << qPrintable(sentences.join(u'\n'));
    EXPECT_EQ(sentences.at(0), Narrative::headline(study, 2012, Language::English));
    EXPECT_TRUE(sentences.at(1).contains(QStringLiteral("Less than a quarter of respondents (24%)")))
        << qPrintable(sentences.at(1));
    EXPECT_TRUE(sentences.at(1).contains(QStringLiteral("Planned strategy"))) << qPrintable(sentences.at(1));
    EXPECT_TRUE(sentences.at(2).contains(QStringLiteral("more than a quarter of respondents (29%)")))
        << qPrintable(sentences.at(2));
    EXPECT_TRUE(sentences.at(3).contains(
        QStringLiteral("nearly half of respondents (47%), down 9 percentage points from 56% in 2011.")))
        << qPrintable(sentences.at(3));
    EXPECT_EQ(Narrative::paragraph(study, 2012, Language::English), sentences.join(u' '));
}

TEST_F(NarrativeTest, GermanHeadlineUsesGermanNumbers)
{
    ASSERT_TRUE(installLanguage(Language::German));
    const QString headline = Narrative::headline(study, 2012, Language::German);
    EXPECT_EQ(headline,
              QString::fromUtf8("2012 geh\u00f6rte mehr als die H\u00e4lfte der Befragten (53\u00a0%) zur Gruppe "
                                "\u201eNutzen soziale Medien (insgesamt)\u201c, 9 Prozentpunkte mehr als 2011 "
                                "(44\u00a0%)."));
    const QString paragraph = Narrative::paragraph(study, 2012, Language::German);
    EXPECT_TRUE(paragraph.contains(QString::fromUtf8("Weniger als ein Viertel der Befragten (24\u00a0%)")))
        << qPrintable(paragraph);
    EXPECT_TRUE(paragraph.contains(QString::fromUtf8("fast die H\u00e4lfte der Befragten (47\u00a0%), 9 Prozentpunkte "
                                                     "weniger als 2011 (56\u00a0%).")))
        << qPrintable(paragraph);
}

TEST_F(NarrativeTest, WritesTheLanguageAskedForWhateverTranslatorIsInstalled)
{
    // English UI, German export.
    ASSERT_TRUE(installLanguage(Language::English));
    EXPECT_TRUE(Narrative::headline(study, 2012, Language::German).contains(QStringLiteral("Prozentpunkte")));
    EXPECT_TRUE(Narrative::altText(study, Narrative::ChartType::Bar, 2012, Language::German)
                    .startsWith(QStringLiteral("Balkendiagramm")));
    EXPECT_EQ(Narrative::sourceLine(study, Language::German),
              QStringLiteral("Quelle: SMB Group, 2012 Small and Medium Business Social Business Study"));
    EXPECT_EQ(Narrative::barChartTitle(study, 2012, Language::German),
              QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2012"));
    // German UI, English export.
    ASSERT_TRUE(installLanguage(Language::German));
    EXPECT_TRUE(Narrative::headline(study, 2012, Language::English).contains(QStringLiteral("percentage points")));
    EXPECT_EQ(Narrative::trendChartTitle(study, Language::English),
              QString::fromUtf8("How small businesses use social media, 2011\u20132012"));
}

TEST_F(NarrativeTest, UnknownFiguresAreNotMentioned)
{
    // 2011: only the non-users are known; users are derived as 44, the split is unknown.
    const QString headline = Narrative::headline(study, 2011, Language::English);
    EXPECT_TRUE(headline.contains(QStringLiteral("more than a third of respondents (44%)"))) << qPrintable(headline);
    EXPECT_FALSE(headline.contains(QStringLiteral("strategy"))) << qPrintable(headline);
    const QString paragraph = Narrative::paragraph(study, 2011, Language::English);
    EXPECT_TRUE(paragraph.contains(QStringLiteral("More than half of respondents (56%)"))) << qPrintable(paragraph);
    EXPECT_TRUE(paragraph.contains(QStringLiteral("The study reports no figures for \u201cPlanned strategy\u201d and "
                                                  "\u201cAd hoc use\u201d in 2011.")))
        << qPrintable(paragraph);
    EXPECT_FALSE(paragraph.contains(QStringLiteral("0%"))) << qPrintable(paragraph);
    EXPECT_FALSE(paragraph.contains(QStringLiteral("n/a"))) << qPrintable(paragraph);
}

TEST_F(NarrativeTest, OnePointIsSingular)
{
    study.waves = {{2011, {std::nullopt, std::nullopt, 48.0}}, {2012, {24.0, 29.0, 47.0}}};
    const QString headline = Narrative::headline(study, 2012, Language::English);
    EXPECT_TRUE(headline.contains(QStringLiteral("up 1 percentage point from 52% in 2011."))) << qPrintable(headline);
    const QString german = Narrative::paragraph(study, 2012, Language::German);
    EXPECT_TRUE(german.contains(QString::fromUtf8("1 Prozentpunkt weniger als 2011 (48\u00a0%)")))
        << qPrintable(german);
}

TEST_F(NarrativeTest, AltTextNamesChartTypeAndExtremes)
{
    EXPECT_EQ(
        Narrative::altText(study, Narrative::ChartType::Bar, 2012, Language::English),
        QStringLiteral("Bar chart \u201cHow small businesses use social media, 2012\u201d, showing the shares of 3 "
                       "groups of respondents. The largest share is \u201cNo social media\u201d at 47%, the smallest "
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
              QStringLiteral("You are ahead of 76% of respondents."));
    EXPECT_EQ(placementSentence(study, strategy, Language::German),
              QStringLiteral("Sie sind 76\u00a0% der Befragten voraus."));
    const Placement adHoc = placeInSegment(study, 1);
    EXPECT_EQ(adHoc.aheadOf, 47.0);
    EXPECT_EQ(adHoc.behind, 24.0);
    EXPECT_EQ(placementSentence(study, adHoc, Language::English),
              QStringLiteral("You are ahead of 47% of respondents; 24% are ahead of you."));
    const Placement none = placeInSegment(study, 2);
    EXPECT_EQ(none.behind, 53.0);
    EXPECT_EQ(placementSentence(study, none, Language::English),
              QStringLiteral("53% of respondents are ahead of you."));
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
    EXPECT_TRUE(english.at(1).body.contains(QStringLiteral("In 2012, 29% of respondents gave this answer.")))
        << qPrintable(english.at(1).body);
    const QList<AdviceSection> german = adviceSections(study, Language::German);
    EXPECT_TRUE(german.at(1).body.contains(QStringLiteral("2012 gaben 29\u00a0% der Befragten diese Antwort.")))
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

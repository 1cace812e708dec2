#include "advice.h"
#include "narrative.h"
#include "seedstudy.h"

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
    // The overloads without a language follow the installed one.
    EXPECT_EQ(Narrative::sourceLine(study), Narrative::sourceLine(study, Language::German));
    EXPECT_EQ(Narrative::barChartTitle(study, 2012), Narrative::barChartTitle(study, 2012, Language::German));
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
    EXPECT_EQ(Narrative::sourceLine(study),
              QStringLiteral("Source: SMB Group, 2012 Small and Medium Business Social Business Study"));
}

TEST_F(NarrativeTest, AdviceHasOneSectionPerAudienceInBothLanguages)
{
    const QList<AdviceSection> english = socialMediaAdvice();
    ASSERT_EQ(english.size(), 4);
    ASSERT_TRUE(installLanguage(Language::German));
    const QList<AdviceSection> german = socialMediaAdvice();
    ASSERT_EQ(german.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(english.at(i).audience, german.at(i).audience);
        EXPECT_NE(english.at(i).heading, german.at(i).heading);
        EXPECT_NE(english.at(i).body, german.at(i).body);
    }
    EXPECT_EQ(audienceForSegment(QStringLiteral("adhoc")), Audience::AdHoc);
    EXPECT_EQ(audienceForSegment(QStringLiteral("consultants")), std::nullopt);
}

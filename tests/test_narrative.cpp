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
    EXPECT_TRUE(headline.contains(QStringLiteral("53%"))) << qPrintable(headline);
    EXPECT_TRUE(headline.contains(QStringLiteral("24%"))) << qPrintable(headline);
    EXPECT_TRUE(headline.contains(QStringLiteral("fell by 9 percentage points"))) << qPrintable(headline);
    EXPECT_TRUE(headline.contains(QStringLiteral("56%"))) << qPrintable(headline);
}

TEST_F(NarrativeTest, GermanHeadlineUsesGermanNumbers)
{
    ASSERT_TRUE(installLanguage(Language::German));
    const QString headline = Narrative::headline(study, 2012, Language::German);
    EXPECT_TRUE(headline.contains(QStringLiteral("53\u00a0%"))) << qPrintable(headline);
    EXPECT_TRUE(headline.contains(QStringLiteral("9 Prozentpunkte"))) << qPrintable(headline);
}

TEST_F(NarrativeTest, UnknownFiguresAreNotMentioned)
{
    // 2011: only the non-users are known; users are derived as 44, the split is unknown.
    const QString headline = Narrative::headline(study, 2011, Language::English);
    EXPECT_TRUE(headline.contains(QStringLiteral("44%"))) << qPrintable(headline);
    EXPECT_FALSE(headline.contains(QStringLiteral("0%"))) << qPrintable(headline);
    EXPECT_FALSE(headline.contains(QStringLiteral("strategy"))) << qPrintable(headline);
}

TEST_F(NarrativeTest, OnePointIsSingular)
{
    study.waves = {{2011, {std::nullopt, std::nullopt, 48.0}}, {2012, {24.0, 29.0, 47.0}}};
    const QString headline = Narrative::headline(study, 2012, Language::English);
    EXPECT_TRUE(headline.contains(QStringLiteral("fell by 1 percentage point,"))) << qPrintable(headline);
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

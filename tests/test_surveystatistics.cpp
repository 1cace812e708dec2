// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Survey statistics against published values.
#include "core/surveystatistics.h"

#include <gtest/gtest.h>

#include <ostream>

namespace {

struct WilsonCase
{
    int successes;
    int respondents;
    double low;  ///< percent
    double high; ///< percent
};

void PrintTo(const WilsonCase &row, std::ostream *os)
{
    *os << row.successes << '/' << row.respondents;
}

class Wilson : public testing::TestWithParam<WilsonCase>
{
};

TEST_P(Wilson, MatchesNewcombesTable)
{
    const WilsonCase &row = GetParam();
    const auto interval = SurveyStatistics::wilsonInterval(100.0 * row.successes / row.respondents, row.respondents);
    ASSERT_TRUE(interval);
    EXPECT_NEAR(interval->low, row.low, 0.01);
    EXPECT_NEAR(interval->high, row.high, 0.01);
}

// Source: R. G. Newcombe, "Two-sided confidence intervals for the single proportion:
// comparison of seven methods", Statistics in Medicine 17 (1998) 857–872, Table I, method 3
// (Wilson score interval without continuity correction), to four decimals.
INSTANTIATE_TEST_SUITE_P(Newcombe1998, Wilson,
                         testing::Values(WilsonCase{81, 263, 25.53, 36.62}, WilsonCase{15, 148, 6.24, 16.05},
                                         WilsonCase{0, 20, 0.0, 16.11}, WilsonCase{1, 29, 0.61, 17.18}));

TEST(MarginOfError, IsThreePointOneForAThousandRespondentsAtHalf)
{
    // The figure every polling primer quotes: n = 1,000 and p = 50 % → ±3.1 points.
    const auto margin = SurveyStatistics::marginOfError(50.0, 1000);
    ASSERT_TRUE(margin);
    EXPECT_NEAR(*margin, 3.1, 0.05);
    EXPECT_NEAR(*SurveyStatistics::marginOfError(50.0, 100), 9.6, 0.05);
    EXPECT_LT(*SurveyStatistics::marginOfError(10.0, 1000), *margin);
}

TEST(MarginOfError, IsUnknownWithoutRespondents)
{
    EXPECT_FALSE(SurveyStatistics::marginOfError(50.0, 0));
    EXPECT_FALSE(SurveyStatistics::marginOfError(50.0, -5));
    EXPECT_FALSE(SurveyStatistics::marginOfError(120.0, 1000));
}

TEST(TwoProportionTest, MatchesAWorkedExample)
{
    // 140 of 200 against 255 of 340, pooled proportion 0.7315, standard error 0.03949,
    // z = −1.266: not significant at 95 %. Source: the worked solution "Find the test
    // statistic z for the following situation", homeworksource.com/p/1008622 (pooled
    // two-proportion z-test as in Larson/Farber, Elementary Statistics, § 8.4).
    const auto result = SurveyStatistics::twoProportionTest(75.0, 340, 70.0, 200);
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->z, -1.266, 0.001);
    EXPECT_FALSE(result->significant);
}

TEST(TwoProportionTest, CallsANinePointDropFromAThousandEachSignificant)
{
    // 56 % → 47 % with 1,000 respondents per wave: z ≈ −4.0.
    const auto result = SurveyStatistics::twoProportionTest(56.0, 1000, 47.0, 1000);
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->z, -4.03, 0.01);
    EXPECT_TRUE(result->significant);
    // Two points with 500 each are within the margin of error.
    EXPECT_FALSE(SurveyStatistics::twoProportionTest(50.0, 500, 52.0, 500)->significant);
    EXPECT_FALSE(SurveyStatistics::twoProportionTest(0.0, 100, 0.0, 100));
}

} // namespace

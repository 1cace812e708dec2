// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/derivedfigures.h"
#include "core/seedstudy.h"
#include "core/validation.h"

#include <gtest/gtest.h>

namespace {

Study threeSegmentStudy(QList<SurveyWave> waves)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.waves = std::move(waves);
    return study;
}

QList<ValidationIssue::Kind> kinds(const QList<ValidationIssue> &issues)
{
    QList<ValidationIssue::Kind> result;
    for (const ValidationIssue &issue : issues)
        result.append(issue.kind);
    return result;
}

} // namespace

TEST(SeedStudy, HoldsThePublishedFigures)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    ASSERT_EQ(study.segments.size(), 3);
    ASSERT_EQ(study.waves.size(), 2);
    EXPECT_EQ(study.share(study.waveIndex(2012), study.segmentIndex(QStringLiteral("strategy"))), 24.0);
    EXPECT_EQ(study.share(study.waveIndex(2012), study.segmentIndex(QStringLiteral("adhoc"))), 29.0);
    EXPECT_EQ(study.share(study.waveIndex(2012), study.segmentIndex(QStringLiteral("none"))), 47.0);
    EXPECT_EQ(study.share(study.waveIndex(2011), study.segmentIndex(QStringLiteral("none"))), 56.0);
    // The 2011 split of users is unknown, never zero.
    EXPECT_FALSE(study.share(study.waveIndex(2011), study.segmentIndex(QStringLiteral("strategy"))).has_value());
    EXPECT_FALSE(study.share(study.waveIndex(2011), study.segmentIndex(QStringLiteral("adhoc"))).has_value());
    EXPECT_TRUE(validateStudy(study, Language::English).isEmpty());
}

TEST(DerivedFigures, UsersAre44And53)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    EXPECT_EQ(DerivedFigures::adoptionShare(study, study.waveIndex(2011)), 44.0); // 100 − 56
    EXPECT_EQ(DerivedFigures::adoptionShare(study, study.waveIndex(2012)), 53.0); // 24 + 29
}

TEST(DerivedFigures, NonUsersFellByNinePoints)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    const int none = study.baselineSegment;
    EXPECT_EQ(DerivedFigures::changeInPoints(study.share(0, none), study.share(1, none)), -9.0);
}

TEST(DerivedFigures, UnknownStaysUnknown)
{
    const Study study = threeSegmentStudy({{2011, {std::nullopt, 30.0, std::nullopt}}});
    EXPECT_FALSE(DerivedFigures::adoptionShare(study, 0).has_value());
    EXPECT_FALSE(DerivedFigures::changeInPoints(std::nullopt, 47.0).has_value());
    EXPECT_FALSE(DerivedFigures::changeInPoints(56.0, std::nullopt).has_value());
    EXPECT_FALSE(DerivedFigures::adoptionShare(study, 5).has_value());
    Study noBaseline = study;
    noBaseline.baselineSegment = -1;
    noBaseline.waves = {{2012, {24.0, 29.0, 47.0}}};
    EXPECT_FALSE(DerivedFigures::adoptionShare(noBaseline, 0).has_value());
}

TEST(DerivedFigures, PrefersTheKnownUserSegmentsOverTheComplement)
{
    // Rounded published figures: 24 + 30 = 54 while 100 − 47 = 53; the segments win.
    const Study study = threeSegmentStudy({{2012, {24.0, 30.0, 47.0}}});
    EXPECT_EQ(DerivedFigures::adoptionShare(study, 0), 54.0);
}

struct ValidationCase
{
    const char *name;
    QList<SurveyWave> waves;
    QList<ValidationIssue::Kind> expected;
};

class Validation : public testing::TestWithParam<ValidationCase>
{
};

TEST_P(Validation, ReportsEachKind)
{
    const ValidationCase &row = GetParam();
    const QList<ValidationIssue> issues = validateStudy(threeSegmentStudy(row.waves), Language::English);
    EXPECT_EQ(kinds(issues), row.expected) << row.name;
    for (const ValidationIssue &issue : issues)
        EXPECT_FALSE(issue.message.isEmpty());
}

using K = ValidationIssue::Kind;
INSTANTIATE_TEST_SUITE_P(
    Rows, Validation,
    testing::Values(
        ValidationCase{"valid", {{2012, {24.0, 29.0, 47.0}}}, {}},
        ValidationCase{"rounding tolerance", {{2012, {24.0, 29.0, 47.9}}}, {}},
        ValidationCase{"partly known is fine", {{2011, {std::nullopt, std::nullopt, 56.0}}}, {}},
        ValidationCase{"negative share", {{2012, {-1.0, 54.0, 47.0}}}, {K::ShareOutOfRange}},
        ValidationCase{"share above 100", {{2012, {std::nullopt, 100.5, std::nullopt}}}, {K::ShareOutOfRange}},
        ValidationCase{
            "not a number", {{2012, {std::numeric_limits<double>::quiet_NaN(), 29.0, 47.0}}}, {K::ShareOutOfRange}},
        ValidationCase{"duplicate wave", {{2012, {24.0, 29.0, 47.0}}, {2012, {24.0, 29.0, 47.0}}}, {K::DuplicateWave}},
        ValidationCase{"known shares exceed 100", {{2012, {60.0, std::nullopt, 47.0}}}, {K::KnownSharesExceedTotal}},
        ValidationCase{"complete wave short of 100", {{2012, {24.0, 29.0, 40.0}}}, {K::CompleteWaveNotTotal}},
        ValidationCase{"wrong share count", {{2012, {24.0, 76.0}}}, {K::ShareCountMismatch}}));

TEST(Validation, MessageNamesWaveSegmentAndValue)
{
    const QList<ValidationIssue> issues =
        validateStudy(threeSegmentStudy({{2012, {24.0, 129.0, 47.0}}}), Language::English);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().waveYear, 2012);
    EXPECT_EQ(issues.first().segment, 1);
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("2012")));
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("Ad hoc use")));
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("129")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/datalabels.h"

#include <gtest/gtest.h>

#include <numeric>

namespace {

struct RoundingRow
{
    const char *name;
    QList<Share> shares;
    bool exclusive;
    QList<std::optional<int>> expected;
};

class LabelRounding : public testing::TestWithParam<RoundingRow>
{
};

int knownSum(const QList<std::optional<int>> &labels)
{
    return std::accumulate(labels.cbegin(), labels.cend(), 0, [](int sum, const std::optional<int> &label) {
        return sum + label.value_or(0);
    });
}

} // namespace

TEST_P(LabelRounding, LargestRemainder)
{
    const RoundingRow &row = GetParam();
    const QList<std::optional<int>> labels = DataLabels::roundedLabels(row.shares, row.exclusive);
    EXPECT_EQ(labels, row.expected);
    if (row.exclusive && std::all_of(row.shares.cbegin(), row.shares.cend(), [](Share s) {
            return s.has_value();
        })) {
        const double total = std::accumulate(row.shares.cbegin(), row.shares.cend(), 0.0, [](double sum, Share s) {
            return sum + *s;
        });
        if (std::abs(total - 100.0) < 0.5) {
            EXPECT_EQ(knownSum(labels), 100) << "an exclusive wave's labels add up to 100";
        }
    }
    // Every label is its share rounded down or up.
    for (qsizetype i = 0; i < labels.size(); ++i) {
        ASSERT_EQ(labels.at(i).has_value(), row.shares.at(i).has_value());
        if (labels.at(i)) {
            EXPECT_GE(*labels.at(i), int(std::floor(*row.shares.at(i))));
            EXPECT_LE(*labels.at(i), int(std::ceil(*row.shares.at(i))));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, LabelRounding,
    testing::Values(
        RoundingRow{"WholeNumbersStay", {24.0, 29.0, 47.0}, true, {24, 29, 47}},
        RoundingRow{"ThirdsAddUpTo100", {33.3, 33.3, 33.4}, true, {33, 33, 34}},
        RoundingRow{"NaiveRoundingGives101", {24.5, 28.5, 47.0}, true, {24, 29, 47}},
        RoundingRow{"NaiveRoundingGives99", {24.4, 28.4, 47.2}, true, {24, 29, 47}},
        RoundingRow{"SmallSegment", {71.6, 2.3, 26.1}, true, {72, 2, 26}},
        RoundingRow{"TieGoesToLargerShare", {12.5, 37.5, 50.0}, true, {12, 38, 50}},
        RoundingRow{"FourWaySplit", {16.67, 16.67, 16.66, 50.0}, true, {17, 17, 16, 50}},
        RoundingRow{"UnknownStaysUnknown", {std::nullopt, std::nullopt, 56.0}, true, {std::nullopt, std::nullopt, 56}},
        RoundingRow{"MultipleAnswersRoundAlone", {24.5, 28.5, 47.5}, false, {25, 29, 48}},
        RoundingRow{"Empty", {}, true, {}}),
    [](const testing::TestParamInfo<RoundingRow> &info) {
        return std::string(info.param.name);
    });

TEST(LabelPlacement, ThinBarLabelMovesAboveAndNeverOverlaps)
{
    // 72 / 2 / 26 on a 300-unit-high plot: bars 100 wide.
    const QRectF plot(0, 0, 300, 300);
    const QList<QRectF> bars{QRectF(0, 84, 100, 216), QRectF(100, 294, 100, 6), QRectF(200, 222, 100, 78)};
    const QList<QSizeF> sizes(3, QSizeF(40, 20));
    const auto boxes = DataLabels::placeBarLabels(bars, sizes, plot, 4.0);
    ASSERT_EQ(boxes.size(), 3);
    EXPECT_EQ(boxes.at(0).placement, DataLabels::Placement::Inside);
    EXPECT_EQ(boxes.at(1).placement, DataLabels::Placement::Outside);
    EXPECT_EQ(boxes.at(2).placement, DataLabels::Placement::Inside);
    EXPECT_LE(boxes.at(1).rect.bottom(), bars.at(1).top());
    EXPECT_TRUE(bars.at(0).contains(boxes.at(0).rect));
}

TEST(LabelPlacement, LabelWiderThanItsBarIsHiddenNotOverlapping)
{
    const QRectF plot(0, 0, 300, 300);
    // Three narrow bars side by side; the middle one is short, its label would cross the
    // neighbours' edges above it.
    const QList<QRectF> bars{QRectF(100, 50, 20, 250), QRectF(120, 290, 20, 10), QRectF(140, 50, 20, 250)};
    const QList<QSizeF> sizes(3, QSizeF(40, 20));
    const auto boxes = DataLabels::placeBarLabels(bars, sizes, plot, 4.0);
    EXPECT_EQ(boxes.at(0).placement, DataLabels::Placement::Outside);
    EXPECT_EQ(boxes.at(1).placement, DataLabels::Placement::Hidden);
    EXPECT_EQ(boxes.at(2).placement, DataLabels::Placement::Hidden) << "it would overlap the first label";
    EXPECT_EQ(DataLabels::placeBarLabels(bars, sizes, plot, 4.0).at(1).placement, boxes.at(1).placement)
        << "the same input gives the same result";
}

TEST(LabelPlacement, CloseTrendPointsGetLabelsAboveAndBelow)
{
    const QRectF plot(0, 0, 400, 300);
    const QList<QPointF> points{QPointF(200, 150), QPointF(200, 140), QPointF(200, 145)};
    const QList<QSizeF> sizes(3, QSizeF(40, 18));
    const auto boxes = DataLabels::placePointLabels(points, sizes, plot, 4.5, 3.0);
    EXPECT_NE(boxes.at(0).placement, DataLabels::Placement::Hidden);
    EXPECT_NE(boxes.at(1).placement, DataLabels::Placement::Hidden);
    EXPECT_EQ(boxes.at(2).placement, DataLabels::Placement::Hidden);
    EXPECT_FALSE(boxes.at(0).rect.intersects(boxes.at(1).rect));
}

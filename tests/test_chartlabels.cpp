// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"

#include <QBarSet>
#include <QChart>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>

#include <gtest/gtest.h>

#include <memory>

namespace {

Study studyWithShares(const QList<Share> &shares)
{
    Study study = smbGroupSocialBusinessStudy2012();
    while (study.segments.size() < shares.size()) {
        const int n = int(study.segments.size());
        study.segments.append(
            {QStringLiteral("extra%1").arg(n), sameTextInUiLanguages(QStringLiteral("Extra %1").arg(n)), QString()});
    }
    study.waves = {{2012, shares}};
    return study;
}

struct Measured
{
    QList<QRectF> bars;
    QList<QGraphicsSimpleTextItem *> labels; // every data label, shown or hidden
};

// What the chart really draws, read back from the scene after layout.
Measured measure(QGraphicsScene *scene, QChart *chart, const Study &study,
                 const ChartStyle::Theme &style = ChartStyle::lightTheme())
{
    Measured measured;
    QList<QRgb> colors;
    for (int i = 0; i < study.segments.size(); ++i)
        colors.append(style.segmentColor(i, i == study.baselineSegment).rgb());
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    for (QGraphicsItem *item : scene->items()) {
        if (auto *rect = dynamic_cast<QGraphicsRectItem *>(item)) {
            const QRectF bounds = rect->sceneBoundingRect();
            if (rect->isVisible() && colors.contains(rect->brush().color().rgb()) && bounds.height() > 0.5 &&
                plot.contains(bounds.center()))
                measured.bars.append(bounds);
        } else if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            if (text->data(0).toString() == u"dataLabel")
                measured.labels.append(text);
        }
    }
    return measured;
}

struct OverlapRow
{
    const char *name;
    QList<Share> shares;
    QSizeF size;
};

class NoLabelOverlap : public testing::TestWithParam<OverlapRow>
{
};

} // namespace

TEST_P(NoLabelOverlap, LabelsStayInsideOrClearOfEveryBar)
{
    const Study study = studyWithShares(GetParam().shares);
    QList<QString> placementsOfFirstRun;
    for (int run = 0; run < 2; ++run) {
        QGraphicsScene scene;
        std::unique_ptr<QChart> chart(ChartFactory::createChart({study, ChartKind::Bar, 2012, Language::English}));
        scene.addItem(chart.get());
        chart->setGeometry(QRectF(QPointF(0, 0), GetParam().size));
        const Measured measured = measure(&scene, chart.get(), study);
        int known = 0;
        for (const Share &share : GetParam().shares)
            known += share ? 1 : 0;
        ASSERT_EQ(measured.bars.size(), known);
        ASSERT_EQ(measured.labels.size(), known);

        QList<QString> placements;
        QList<QRectF> shown;
        for (QGraphicsSimpleTextItem *label : measured.labels) {
            const QRectF box = label->sceneBoundingRect();
            placements.append(label->isVisible()
                                  ? QStringLiteral("%1@%2,%3").arg(label->text()).arg(box.x()).arg(box.y())
                                  : label->text() + QStringLiteral(" hidden"));
            EXPECT_TRUE(label->toolTip().contains(label->text()))
                << "the exact value stays in the tooltip: " << qPrintable(label->toolTip());
            if (!label->isVisible())
                continue;
            for (const QRectF &bar : measured.bars) {
                const bool inside = bar.adjusted(1, 1, -1, -1).contains(box);
                const bool clear = !bar.intersects(box);
                EXPECT_TRUE(inside || clear) << qPrintable(label->text()) << " crosses a bar's edge";
            }
            for (const QRectF &other : shown)
                EXPECT_FALSE(other.intersects(box)) << qPrintable(label->text()) << " overlaps another label";
            shown.append(box);
        }
        if (run == 0)
            placementsOfFirstRun = placements;
        else
            EXPECT_EQ(placements, placementsOfFirstRun) << "labels move the same way every time";
        scene.removeItem(chart.get());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rows, NoLabelOverlap,
    testing::Values(OverlapRow{"Wide", {72.0, 2.0, 26.0}, QSizeF(1100, 620)},
                    OverlapRow{"Square", {72.0, 2.0, 26.0}, QSizeF(1100, 1100)},
                    OverlapRow{"Flat", {72.0, 2.0, 26.0}, QSizeF(1100, 260)},
                    OverlapRow{"Narrow", {72.0, 2.0, 26.0}, QSizeF(420, 300)},
                    OverlapRow{"ManyThinBars", {30.0, 2.0, 28.0, 1.0, 9.0, 1.0, 20.0, 1.0, 8.0}, QSizeF(420, 300)}),
    [](const testing::TestParamInfo<OverlapRow> &info) {
        return std::string(info.param.name);
    });

TEST(ChartLabels, TheThinSegmentsLabelSitsAboveItsBar)
{
    const Study study = studyWithShares({72.0, 2.0, 26.0});
    QGraphicsScene scene;
    std::unique_ptr<QChart> chart(ChartFactory::createChart({study, ChartKind::Bar, 2012, Language::German}));
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(0, 0, 1100, 620));
    const Measured measured = measure(&scene, chart.get(), study);
    ASSERT_EQ(measured.labels.size(), 3);
    QGraphicsSimpleTextItem *two = nullptr;
    for (QGraphicsSimpleTextItem *label : measured.labels) {
        if (label->data(1).toInt() == 1)
            two = label;
    }
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->text(), QStringLiteral("2\u00a0%"));
    ASSERT_TRUE(two->isVisible());
    const QRectF thinBar =
        *std::min_element(measured.bars.cbegin(), measured.bars.cend(), [](const QRectF &a, const QRectF &b) {
            return a.height() < b.height();
        });
    EXPECT_LE(two->sceneBoundingRect().bottom(), thinBar.top());
    EXPECT_NEAR(two->sceneBoundingRect().center().x(), thinBar.center().x(), 1.0);
    scene.removeItem(chart.get());
}

TEST(ChartLabels, LabelsOfAWaveAddUpTo100)
{
    const Study study = studyWithShares({33.3, 33.3, 33.4});
    QGraphicsScene scene;
    std::unique_ptr<QChart> chart(ChartFactory::createChart({study, ChartKind::Bar, 2012, Language::English}));
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(0, 0, 1100, 620));
    int sum = 0;
    for (QGraphicsSimpleTextItem *label : measure(&scene, chart.get(), study).labels)
        sum += label->text().chopped(1).toInt();
    EXPECT_EQ(sum, 100);
    scene.removeItem(chart.get());
}

namespace {

struct ThemeRow
{
    const char *name;
    ThemeKind kind;
    BrandTheme brand;
};

BrandTheme brandWithColours(const char *primary, const char *secondary)
{
    BrandTheme brand;
    brand.primaryColor = QString::fromLatin1(primary);
    brand.secondaryColor = QString::fromLatin1(secondary);
    return brand;
}

class EveryTheme : public testing::TestWithParam<ThemeRow>
{
protected:
    const ChartStyle::Theme m_style = ChartStyle::themeFrom(themeDescription(GetParam().kind, GetParam().brand));
};

} // namespace

TEST_P(EveryTheme, TextContrastIsAtLeast4_5)
{
    const QColor background = m_style.background;
    EXPECT_GE(ChartStyle::contrastRatio(m_style.text, background), 4.5);
    EXPECT_GE(ChartStyle::contrastRatio(m_style.secondaryText, background), 4.5);
    EXPECT_GE(ChartStyle::contrastRatio(m_style.accentTextColor(), background), 4.5);
    QList<QColor> fills{m_style.segmentColor(0, true), m_style.adoption};
    for (int i = 0; i < 6; ++i)
        fills.append(m_style.segmentColor(i, false));
    for (const QColor &fill : fills) {
        EXPECT_GE(ChartStyle::contrastRatio(ChartStyle::labelColorOn(fill), fill), 4.5) << qPrintable(fill.name());
    }
    EXPECT_NEAR(ChartStyle::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
}

TEST_P(EveryTheme, DrawnLabelsContrastWithWhatIsBehindThem)
{
    // 40/25/35: every label inside its bar; 72/2/26: the 2 % label above its thin bar.
    for (const QList<Share> &shares : {QList<Share>{40.0, 25.0, 35.0}, QList<Share>{72.0, 2.0, 26.0}}) {
        const Study study = studyWithShares(shares);
        QGraphicsScene scene;
        std::unique_ptr<QChart> chart(
            ChartFactory::createChart({study, ChartKind::Bar, 2012, Language::English, m_style}));
        scene.addItem(chart.get());
        chart->setGeometry(QRectF(0, 0, 1100, 620));
        EXPECT_EQ(chart->backgroundBrush().color(), m_style.background);
        const Measured measured = measure(&scene, chart.get(), study, m_style);
        int checked = 0;
        for (QGraphicsSimpleTextItem *label : measured.labels) {
            if (!label->isVisible())
                continue;
            const int segment = label->data(1).toInt();
            QColor behind = m_style.background;
            for (const QRectF &bar : measured.bars) {
                if (bar.contains(label->sceneBoundingRect()))
                    behind = m_style.segmentColor(segment, segment == study.baselineSegment);
            }
            EXPECT_GE(ChartStyle::contrastRatio(label->brush().color(), behind), 4.5)
                << qPrintable(label->text()) << " on " << qPrintable(behind.name());
            ++checked;
        }
        EXPECT_EQ(checked, 3);
        scene.removeItem(chart.get());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Themes, EveryTheme,
    testing::Values(ThemeRow{"Light", ThemeKind::Light, {}}, ThemeRow{"Dark", ThemeKind::Dark, {}},
                    ThemeRow{"BrandWithoutColours", ThemeKind::Brand, {}},
                    ThemeRow{"BrandPurpleTeal", ThemeKind::Brand, brandWithColours("#6a3d9a", "#00897b")},
                    ThemeRow{"BrandPale", ThemeKind::Brand, brandWithColours("#ffee88", "#cccccc")},
                    ThemeRow{"BrandMidGrey", ThemeKind::Brand, brandWithColours("#777777", "#0000ff")}),
    [](const testing::TestParamInfo<ThemeRow> &info) {
        return std::string(info.param.name);
    });

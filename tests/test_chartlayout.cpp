// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The publication layout, measured from what is painted and from the chart's geometry:
// text sizes per export preset against the README rule, direct labels of one-wave bar
// charts (named bars, no legend, no axis titles), trend lines named at their end, no
// overlapping texts, the same label placement in both languages, the highlight colours.
#include "core/seedstudy.h"
#include "tests/localizedtexts.h"
#include "tests/textrecorder.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/typography.h"
#include "ui/export/chartexporter.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

struct PresetRow
{
    const char *name;
    QSize size;
    ChartKind kind;
    Language language;
};

class TextSizes : public testing::TestWithParam<PresetRow>
{
};

// The smallest text an export paints, in its own pixels.
double smallestText(const QSize &size, ChartKind kind, Language language, QStringList *texts = nullptr)
{
    TextRecorder recorder(size);
    {
        QPainter painter(&recorder);
        paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                   {smbGroupSocialBusinessStudy2012(), kind, 2012, language});
    }
    double smallest = 1e9;
    for (const auto &[text, pixels] : recorder.texts()) {
        smallest = std::min(smallest, pixels);
        if (texts)
            texts->append(text + QStringLiteral(" @ ") + QString::number(pixels, 'f', 1));
    }
    return smallest;
}

} // namespace

TEST_P(TextSizes, EveryTextIsAtLeast12PxWhereTheImageIsShown)
{
    const QSize size = GetParam().size;
    // Where it is shown: 360 CSS px wide on a phone (social sizes), else at most 640 px.
    const double shownWidth = isSocialSize(size) ? kPhoneCssWidth : std::min<double>(size.width(), kArticleCssWidth);
    QStringList texts;
    const double smallest = smallestText(size, GetParam().kind, GetParam().language, &texts);
    ASSERT_GT(texts.size(), 5) << "the export paints its texts";
    const double shownPixels = smallest * shownWidth / size.width();
    EXPECT_GE(shownPixels + 1e-6, 12.0) << qPrintable(texts.join(u'\n'));
    std::printf("[ measured ] %s: smallest text %.1f px of %d, %.1f px when shown %.0f px wide\n", GetParam().name,
                smallest, size.width(), shownPixels, shownWidth);
}

INSTANTIATE_TEST_SUITE_P(
    Presets, TextSizes,
    testing::Values(PresetRow{"Square_Bar_en", QSize(1080, 1080), ChartKind::Bar, Language::English},
                    PresetRow{"Square_Bar_de", QSize(1080, 1080), ChartKind::Bar, Language::German},
                    PresetRow{"Square_Trend_de", QSize(1080, 1080), ChartKind::Trend, Language::German},
                    PresetRow{"Portrait_Bar_de", QSize(1080, 1350), ChartKind::Bar, Language::German},
                    PresetRow{"Portrait_Trend_en", QSize(1080, 1350), ChartKind::Trend, Language::English},
                    PresetRow{"Landscape_Bar_en", QSize(1200, 675), ChartKind::Bar, Language::English},
                    PresetRow{"Landscape_Trend_de", QSize(1200, 675), ChartKind::Trend, Language::German},
                    PresetRow{"FullHd_Bar_de", QSize(1920, 1080), ChartKind::Bar, Language::German},
                    PresetRow{"FullHd_Trend_en", QSize(1920, 1080), ChartKind::Trend, Language::English},
                    PresetRow{"Web_Bar_en", QSize(1600, 900), ChartKind::Bar, Language::English},
                    PresetRow{"Web_Trend_de", QSize(1600, 900), ChartKind::Trend, Language::German},
                    PresetRow{"CustomSmall_Bar_de", QSize(500, 400), ChartKind::Bar, Language::German}),
    [](const testing::TestParamInfo<PresetRow> &info) {
        return std::string(info.param.name);
    });

TEST(TextSizes, SquareAndPortraitSocialTypeIsBiggerThanTheWebChart)
{
    // Relative to the image's width, the social sizes' smallest text is larger.
    const double web = smallestText(QSize(1600, 900), ChartKind::Bar, Language::English) / 1600.0;
    for (const QSize size : {QSize(1080, 1080), QSize(1080, 1350)}) {
        const double social = smallestText(size, ChartKind::Bar, Language::English) / size.width();
        EXPECT_GT(social, web * 1.4) << size.width() << "×" << size.height();
        EXPECT_GT(smallestText(size, ChartKind::Bar, Language::English),
                  smallestText(QSize(1600, 900), ChartKind::Bar, Language::English))
            << "in pixels too";
    }
}

namespace {

struct Drawn
{
    QList<QRectF> bars;
    QList<std::pair<QString, QRectF>> texts; // role + text, box
    QList<QGraphicsSimpleTextItem *> items;
};

// A chart built and laid out at size, with everything it shows read back from the scene.
class BuiltChart
{
public:
    BuiltChart(const ChartSpec &spec, const QSizeF &size)
        : m_chart(ChartFactory::createChart(spec, publicationTypography(size), size))
    {
        m_scene.addItem(m_chart.get());
        m_chart->setGeometry(QRectF(QPointF(0, 0), size));
        ChartFactory::layoutChart(m_chart.get());
    }
    ~BuiltChart() { m_scene.removeItem(m_chart.get()); }

    QChart *chart() const { return m_chart.get(); }

    Drawn drawn(const Study &study) const
    {
        Drawn result;
        for (int i = 0; i < study.segments.size(); ++i) {
            const QRectF bar = ChartFactory::barRect(m_chart.get(), i);
            if (!bar.isEmpty())
                result.bars.append(bar);
        }
        for (QGraphicsItem *child : m_chart->childItems()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child);
            if (!text || !text->isVisible())
                continue;
            result.texts.append(
                {text->data(0).toString() + u':' + text->text(), QRectF(text->pos(), text->boundingRect().size())});
            result.items.append(text);
        }
        return result;
    }

private:
    QGraphicsScene m_scene;
    std::unique_ptr<QChart> m_chart;
};

Study withSegmentNames(const QStringList &english, const QStringList &german, const QList<Share> &shares)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.segments.clear();
    for (qsizetype i = 0; i < english.size(); ++i)
        study.segments.append({QStringLiteral("s%1").arg(i), englishGerman(english.at(i), german.at(i)), QString()});
    study.baselineSegment = -1;
    study.waves = {{2011, shares}, {2012, shares}};
    return study;
}

void expectNoOverlap(const Drawn &drawn, const char *where)
{
    for (qsizetype i = 0; i < drawn.texts.size(); ++i) {
        for (qsizetype j = i + 1; j < drawn.texts.size(); ++j)
            EXPECT_FALSE(drawn.texts.at(i).second.intersects(drawn.texts.at(j).second))
                << where << ": " << qPrintable(drawn.texts.at(i).first) << " overlaps "
                << qPrintable(drawn.texts.at(j).first);
        for (const QRectF &bar : drawn.bars) {
            const QRectF box = drawn.texts.at(i).second;
            EXPECT_TRUE(bar.adjusted(1, 1, -1, -1).contains(box) || !bar.intersects(box))
                << where << ": " << qPrintable(drawn.texts.at(i).first) << " crosses a bar's edge";
        }
    }
}

struct LayoutRow
{
    const char *name;
    QSizeF size;
};

class DirectLabels : public testing::TestWithParam<LayoutRow>
{
};

} // namespace

TEST_P(DirectLabels, OneWaveBarChartNamesEveryBarWithoutLegendOrAxisTitles)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    for (Language language : {Language::English, Language::German}) {
        const BuiltChart built({study, ChartKind::Bar, 2012, language}, GetParam().size);
        EXPECT_FALSE(built.chart()->legend()->isVisible());
        for (QAbstractAxis *axis : built.chart()->axes()) {
            EXPECT_TRUE(axis->titleText().isEmpty());
            EXPECT_FALSE(axis->isVisible()) << "values and names are at the bars";
        }
        const Drawn drawn = built.drawn(study);
        ASSERT_EQ(drawn.bars.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString name = study.segments.at(i).name.text(language);
            const QRectF bar = ChartFactory::barRect(built.chart(), i);
            bool named = false;
            for (QGraphicsSimpleTextItem *item : drawn.items) {
                if (item->data(0).toString() != ChartFactory::kCategoryLabelRole || item->data(1).toInt() != i)
                    continue;
                EXPECT_EQ(QString(item->text()).replace(u'\n', u' '), name);
                const QRectF box(item->pos(), item->boundingRect().size());
                // At its bar: under it (upright) or left of it (horizontal), level with it.
                const bool under = std::abs(box.center().x() - bar.center().x()) < 1.0 && box.top() >= bar.bottom();
                const bool beside = std::abs(box.center().y() - bar.center().y()) < 1.0 && box.right() <= bar.left();
                EXPECT_TRUE(under || beside) << qPrintable(name);
                named = true;
            }
            EXPECT_TRUE(named) << qPrintable(name) << " has its name at the bar";
        }
        expectNoOverlap(drawn, GetParam().name);
    }
}

TEST_P(DirectLabels, LabelsSitInTheSamePlaceAndColourInBothLanguages)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    QList<std::pair<QRectF, QColor>> first;
    for (Language language : {Language::English, Language::German}) {
        const BuiltChart built({study, ChartKind::Bar, 2012, language}, GetParam().size);
        QList<std::pair<QRectF, QColor>> labels;
        for (QGraphicsSimpleTextItem *item : built.drawn(study).items) {
            if (item->data(0).toString() == ChartFactory::kDataLabelRole)
                labels.append({QRectF(item->pos(), item->boundingRect().size()), item->brush().color()});
        }
        ASSERT_EQ(labels.size(), 3);
        if (first.isEmpty()) {
            first = labels;
            continue;
        }
        for (qsizetype i = 0; i < labels.size(); ++i) {
            // "24 %" is wider than "24%": the same place is the same centre above an upright
            // bar, the same start after a horizontal one.
            const QRectF a = labels.at(i).first;
            const QRectF b = first.at(i).first;
            EXPECT_TRUE(std::abs(a.center().x() - b.center().x()) < 1.0 || std::abs(a.left() - b.left()) < 1.0)
                << "label " << i;
            EXPECT_NEAR(a.center().y(), b.center().y(), 1.0) << "label " << i;
            EXPECT_EQ(labels.at(i).second, first.at(i).second) << "label " << i;
        }
    }
}

namespace {

// How a trend chart names its lines: the end labels and legend entries drawn; every text
// drawn must lie inside the chart (checked as counted).
std::pair<int, int> countLineNames(const QChart *chart, const Drawn &drawn)
{
    int ends = 0;
    int legend = 0;
    for (QGraphicsSimpleTextItem *item : drawn.items) {
        ends += item->data(0).toString() == ChartFactory::kEndLabelRole ? 1 : 0;
        legend += item->data(0).toString() == ChartFactory::kLegendEntryRole ? 1 : 0;
        EXPECT_TRUE(chart->rect().contains(QRectF(item->pos(), item->boundingRect().size())))
            << qPrintable(item->text()) << " is cut by the chart's edge";
    }
    return {ends, legend};
}

} // namespace

TEST_P(DirectLabels, TrendLinesAreNamedAtTheirEndOrInALegendAndNothingOverlaps)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    for (Language language : {Language::English, Language::German}) {
        const BuiltChart built({study, ChartKind::Trend, 2012, language}, GetParam().size);
        const Drawn drawn = built.drawn(study);
        const auto [ends, legend] = countLineNames(built.chart(), drawn);
        EXPECT_FALSE(built.chart()->legend()->isVisible()) << "Qt's legend cuts names; ours wraps";
        EXPECT_TRUE((ends == 4 && legend == 0) || (ends == 0 && legend == 4)) << ends << " ends, " << legend;
        expectNoOverlap(drawn, GetParam().name);
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, DirectLabels,
                         testing::Values(LayoutRow{"Phone", QSizeF(360, 220)},
                                         LayoutRow{"PhoneSquare", QSizeF(360, 280)},
                                         LayoutRow{"Article", QSizeF(640, 300)}, LayoutRow{"Window", QSizeF(720, 420)},
                                         LayoutRow{"Wide", QSizeF(1100, 500)}),
                         [](const testing::TestParamInfo<LayoutRow> &info) {
                             return std::string(info.param.name);
                         });

TEST(DirectLabels, LongNamesLieTheBarsDownInEveryLanguage)
{
    const Study study = withSegmentNames(
        {QStringLiteral("Planned strategy with goals and a budget"), QStringLiteral("Ad hoc"), QStringLiteral("None")},
        {QStringLiteral("Geplante Strategie mit Zielen und Budget"), QStringLiteral("Spontan"),
         QStringLiteral("Keine")},
        {24.0, 29.0, 47.0});
    for (Language language : {Language::English, Language::German}) {
        const BuiltChart built({study, ChartKind::Bar, 2012, language}, QSizeF(360, 240));
        const QRectF bar = ChartFactory::barRect(built.chart(), 0);
        EXPECT_GT(bar.width(), bar.height()) << "horizontal bars";
        expectNoOverlap(built.drawn(study), "long names");
    }
    // Short names in both languages stand upright.
    const BuiltChart upright({smbGroupSocialBusinessStudy2012(), ChartKind::Bar, 2012, Language::English},
                             QSizeF(720, 420));
    const QRectF bar = ChartFactory::barRect(upright.chart(), 2);
    EXPECT_GT(bar.height(), bar.width());
}

TEST(DirectLabels, ManyLongTrendNamesFallBackToAWrappingLegend)
{
    QStringList english, german;
    QList<Share> shares;
    for (int i = 0; i < 6; ++i) {
        english.append(QStringLiteral("A rather long segment name number %1").arg(i));
        german.append(QStringLiteral("Ein recht langer Segmentname Nummer %1").arg(i));
        shares.append(100.0 / 6.0);
    }
    const Study study = withSegmentNames(english, german, shares);
    const BuiltChart built({study, ChartKind::Trend, 2012, Language::German}, QSizeF(360, 260));
    int legend = 0;
    for (QGraphicsSimpleTextItem *item : built.drawn(study).items)
        legend += item->data(0).toString() == ChartFactory::kLegendEntryRole ? 1 : 0;
    EXPECT_EQ(legend, 6);
    expectNoOverlap(built.drawn(study), "legend");
}

// The trend chart of a 16:9 page under its headline and footer, as a phone shows it (1200×675
// at 360 px wide): much wider than tall. With a highlight its bold name needs more height
// than a column of 40 % allows; half of the width keeps the names at the lines' ends.
TEST(DirectLabels, AWideShortTrendChartNamesItsLinesAtTheirEnds)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    ChartSpec spec(study, ChartKind::Trend, 2012, Language::English);
    spec.emphasis.highlightSegment = 0;
    const BuiltChart built(spec, QSizeF(360, 95));
    const Drawn drawn = built.drawn(study);
    const auto [ends, legend] = countLineNames(built.chart(), drawn);
    EXPECT_EQ(ends, 4);
    EXPECT_EQ(legend, 0);
    EXPECT_GT(built.chart()->plotArea().width(), 360 / 3.0) << "the plot keeps a third of the width";
    expectNoOverlap(drawn, "wide and short");
}

// With a highlight the muted lines share one grey: their patterns tell them apart, and the
// legend's samples show the same pen as the lines.
TEST(Highlight, MutedTrendLinesDifferByPatternInTheChartAndInTheLegend)
{
    // Names too long for the lines' ends: the chart has a legend.
    QStringList english, german;
    for (int i = 0; i < 5; ++i) {
        english.append(QStringLiteral("A rather long segment name, number %1, that wraps over many lines").arg(i));
        german.append(QStringLiteral("Ein recht langer Segmentname, Nummer %1, der über viele Zeilen läuft").arg(i));
    }
    const Study study = withSegmentNames(english, german, {10.0, 15.0, 20.0, 25.0, 30.0});
    ChartSpec spec(study, ChartKind::Trend, 2012, Language::German);
    spec.emphasis.highlightSegment = 0;
    const BuiltChart built(spec, QSizeF(360, 260));
    QList<std::pair<QColor, Qt::PenStyle>> samples;
    for (QGraphicsItem *child : built.chart()->childItems()) {
        if (child->data(0).toString() != ChartFactory::kLegendSwatchRole || !child->isVisible())
            continue;
        auto *sample = dynamic_cast<QGraphicsPathItem *>(child);
        ASSERT_NE(sample, nullptr) << "a legend entry shows a sample of its line";
        samples.append({sample->pen().color(), sample->pen().style()});
    }
    int entries = 0;
    for (QGraphicsSimpleTextItem *item : built.drawn(study).items)
        entries += item->data(0).toString() == ChartFactory::kLegendEntryRole ? 1 : 0;
    ASSERT_EQ(entries, 5) << "the legend is shown";
    ASSERT_EQ(samples.size(), 5) << "each legend entry has its sample";
    for (qsizetype i = 0; i < samples.size(); ++i) {
        for (qsizetype j = i + 1; j < samples.size(); ++j)
            EXPECT_NE(samples.at(i), samples.at(j)) << "legend entries " << i << " and " << j << " look the same";
    }
    QMap<int, std::pair<QColor, Qt::PenStyle>> lines;
    for (QAbstractSeries *series : built.chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            lines.insert(line->property("segmentIndex").toInt(), {line->pen().color(), line->pen().style()});
    }
    ASSERT_EQ(lines.size(), 5);
    for (int muted = 2; muted <= 4; ++muted)
        EXPECT_EQ(lines.value(muted).first, lines.value(1).first) << "muted lines share the grey";
    for (const auto &line : std::as_const(lines))
        EXPECT_TRUE(samples.contains(line)) << "the legend shows each line's own pen";
}

TEST(Highlight, MutedSegmentsKeep3To1AndTheHighlightStandsOutByLightness)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    for (ThemeKind kind : {ThemeKind::Light, ThemeKind::Dark, ThemeKind::Brand}) {
        BrandTheme brand;
        brand.primaryColor = QStringLiteral("#ffee88"); // a pale brand colour
        ChartSpec spec(study, ChartKind::Bar, 2012, Language::English,
                       ChartStyle::themeFrom(themeDescription(kind, brand)));
        for (int highlighted = -1; highlighted < 3; ++highlighted) {
            spec.emphasis.highlightSegment = highlighted;
            const QColor muted = ChartFactory::mutedColor(spec.style);
            const QColor strong = ChartFactory::segmentFill(spec, highlighted);
            EXPECT_GE(ChartStyle::contrastRatio(muted, spec.style.background), 3.0);
            EXPECT_GE(ChartStyle::contrastRatio(strong, spec.style.background), 4.5) << qPrintable(strong.name());
            // Lightness, not hue, tells them apart: safe for every kind of colour blindness.
            EXPECT_GE(ChartStyle::contrastRatio(strong, muted), 1.5) << qPrintable(strong.name());
            for (int other = 0; other < 3; ++other) {
                if (other != highlighted) {
                    EXPECT_EQ(ChartFactory::segmentFill(spec, other), muted);
                }
            }
        }
    }
}

TEST(Annotation, SitsBesideItsBarOrPointAndCoversNothing)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    for (ChartKind kind : {ChartKind::Bar, ChartKind::Trend}) {
        for (Language language : {Language::English, Language::German}) {
            ChartSpec spec(study, kind, 2012, language);
            spec.emphasis.highlightSegment = 0;
            spec.emphasis.annotations = {{0, 2012,
                                          language == Language::German ? QStringLiteral("Weniger als ein Viertel")
                                                                       : QStringLiteral("Less than a quarter")}};
            for (const QSizeF size : {QSizeF(360, 240), QSizeF(720, 420)}) {
                const BuiltChart built(spec, size);
                const Drawn drawn = built.drawn(study);
                int annotations = 0;
                for (QGraphicsSimpleTextItem *item : drawn.items)
                    annotations += item->data(0).toString() == ChartFactory::kAnnotationRole ? 1 : 0;
                EXPECT_EQ(annotations, 1);
                expectNoOverlap(drawn, "annotation");
            }
        }
    }
}

TEST(Annotation, GoesAboveTheValuesRatherThanHidingThem)
{
    // A note on the lowest bar in a square social image: it found no room beside the bar and
    // hid the values of that bar and the next; there is room higher up.
    const Study study = smbGroupSocialBusinessStudy2012();
    for (Language language : {Language::English, Language::German}) {
        ChartSpec spec(study, ChartKind::Bar, 2012, language);
        spec.emphasis.highlightSegment = 0;
        spec.emphasis.annotations = {{0, 2012,
                                      language == Language::German ? QStringLiteral("Nur jedes vierte plant")
                                                                   : QStringLiteral("Only one in four plans")}};
        for (const QSizeF size :
             {QSizeF(360, 180), QSizeF(360, 200), QSizeF(360, 220), QSizeF(360, 250), QSizeF(300, 200)}) {
            const BuiltChart built(spec, size);
            const Drawn drawn = built.drawn(study);
            int values = 0;
            for (QGraphicsSimpleTextItem *item : drawn.items)
                values += item->data(0).toString() == ChartFactory::kDataLabelRole ? 1 : 0;
            EXPECT_EQ(values, 3) << language.code().toStdString() << " " << size.width() << "x" << size.height();
            expectNoOverlap(drawn, "annotation above the values");
            // Its line points at the bar's value, ending at the label's edge, never crossing it.
            int lines = 0;
            for (QGraphicsItem *child : built.chart()->childItems()) {
                if (child->data(0).toString() != ChartFactory::kAnnotationLineRole || !child->isVisible())
                    continue;
                ++lines;
                const QLineF line = static_cast<QGraphicsLineItem *>(child)->line();
                for (QGraphicsSimpleTextItem *item : drawn.items) {
                    if (item->data(0).toString() != ChartFactory::kDataLabelRole)
                        continue;
                    const QRectF inner = QRectF(item->pos(), item->boundingRect().size()).adjusted(1, 1, -1, -1);
                    const QList<QLineF> edges{
                        QLineF(inner.topLeft(), inner.topRight()), QLineF(inner.topRight(), inner.bottomRight()),
                        QLineF(inner.bottomRight(), inner.bottomLeft()), QLineF(inner.bottomLeft(), inner.topLeft())};
                    const bool crosses = inner.contains(line.p1()) || inner.contains(line.p2()) ||
                                         std::any_of(edges.cbegin(), edges.cend(), [&line](const QLineF &edge) {
                                             return line.intersects(edge, nullptr) == QLineF::BoundedIntersection;
                                         });
                    EXPECT_FALSE(crosses) << "the line crosses " << item->text().toStdString() << " at " << size.width()
                                          << "x" << size.height();
                }
            }
            EXPECT_EQ(lines, 1) << size.width() << "x" << size.height();
        }
    }
}

TEST(PageLayout, LandscapeSocialSizesSetALongHeadlineBesideTheBarsInsteadOfSqueezingThem)
{
    // 1200×675 and 1920×1080 are laid out on a 360 × 202.5 canvas; the German finding takes
    // four lines across it, which left the bars a strip a sixth of the height tall.
    for (const QSize size : {QSize(1200, 675), QSize(1920, 1080)}) {
        const QSizeF canvas = exportCanvasSize(QSizeF(size));
        for (Language language : {Language::English, Language::German}) {
            const ChartSpec spec(smbGroupSocialBusinessStudy2012(), ChartKind::Bar, 2012, language);
            const ChartPage::Layout page =
                ChartPage::layout(QRectF(QPointF(0, 0), canvas), spec, publicationTypography(canvas));
            EXPECT_GE(page.chart.height(), canvas.height() * 0.45)
                << size.width() << " " << language.code().toStdString();
            EXPECT_GE(page.chart.width(), canvas.width() * 0.35)
                << size.width() << " " << language.code().toStdString();
            EXPECT_FALSE(page.headline.intersects(page.chart)) << size.width() << " " << language.code().toStdString();
            EXPECT_LE(page.headline.bottom(), page.footer.top())
                << size.width() << " " << language.code().toStdString();
        }
    }
}

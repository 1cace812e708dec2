// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartfactory.h"

#include "core/datalabels.h"
#include "core/derivedfigures.h"
#include "core/narrative.h"
#include "ui/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
};

// Keys of QGraphicsItem::data() on the data label items.
constexpr int kRoleKey = 0;
constexpr int kSegmentKey = 1;
constexpr int kXValueKey = 2;
constexpr int kYValueKey = 3;
constexpr double kLabelPadding = 4.0;
constexpr double kMarkerSize = 7.0;
constexpr double kLogoHeight = 44.0;
constexpr double kLogoMaxWidth = 220.0;

// The logo's size on the page canvas: kLogoHeight high, at most kLogoMaxWidth wide.
QSizeF logoBoxSize(const QSize &pixels)
{
    QSizeF size(kLogoHeight * pixels.width() / std::max(1, pixels.height()), kLogoHeight);
    if (size.width() > kLogoMaxWidth)
        size = QSizeF(kLogoMaxWidth, kLogoMaxWidth * pixels.height() / std::max(1, pixels.width()));
    return size;
}

// A data label as a chart item: placed by layoutDataLabels() whenever the plot area changes.
void addDataLabel(QChart *chart, const ChartStyle::Theme &style, const QString &text, int segmentIndex, double x,
                  double y, const QString &toolTip)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setFont(style.font(ChartStyle::kDataLabelPixelSize, true));
    item->setBrush(style.text);
    item->setPen(Qt::NoPen);
    item->setZValue(100.0);
    item->setToolTip(Qt::convertFromPlainText(toolTip, Qt::WhiteSpaceNoWrap));
    item->setData(kRoleKey, QStringLiteral("dataLabel"));
    item->setData(kSegmentKey, segmentIndex);
    item->setData(kXValueKey, x);
    item->setData(kYValueKey, y);
    item->setVisible(false);
}

QList<QGraphicsSimpleTextItem *> dataLabelItems(const QChart *chart)
{
    QList<QGraphicsSimpleTextItem *> items;
    for (QGraphicsItem *child : chart->childItems()) {
        if (child->data(kRoleKey).toString() == u"dataLabel")
            items.append(static_cast<QGraphicsSimpleTextItem *>(child));
    }
    return items;
}

QString labelText(std::optional<int> rounded, Language language)
{
    return rounded ? formatShare(double(*rounded), language) : QString();
}

void applyPlacement(QGraphicsSimpleTextItem *item, const DataLabels::LabelBox &box, const QColor &insideFill,
                    const QColor &outsideText)
{
    item->setVisible(box.placement != DataLabels::Placement::Hidden);
    item->setPos(box.rect.topLeft());
    item->setBrush(box.placement == DataLabels::Placement::Inside ? ChartStyle::labelColorOn(insideFill) : outsideText);
}

// Lays the bar labels out from the bars' geometry: Qt Charts puts set j of n in category 0
// from -w/2 + j·w/n to -w/2 + (j+1)·w/n, where w is the series' bar width.
void layoutBarLabels(QChart *chart, QBarSeries *series, const ChartStyle::Theme &style)
{
    const QList<QGraphicsSimpleTextItem *> items = dataLabelItems(chart);
    const QList<QBarSet *> sets = series->barSets();
    const double width = series->barWidth();
    const double count = double(sets.size());
    QList<QRectF> bars;
    QList<QSizeF> sizes;
    QList<QGraphicsSimpleTextItem *> ordered;
    QList<QColor> fills;
    for (int j = 0; j < sets.size(); ++j) {
        const int segment = sets.at(j)->property("segmentIndex").toInt();
        const auto it = std::find_if(items.cbegin(), items.cend(), [segment](QGraphicsSimpleTextItem *item) {
            return item->data(kSegmentKey).toInt() == segment;
        });
        if (it == items.cend())
            continue;
        const double value = sets.at(j)->at(0);
        const QPointF topLeft = chart->mapToPosition(QPointF(-width / 2 + j * width / count, value), series);
        const QPointF bottomRight = chart->mapToPosition(QPointF(-width / 2 + (j + 1) * width / count, 0.0), series);
        bars.append(QRectF(topLeft, bottomRight).normalized());
        sizes.append((*it)->boundingRect().size());
        ordered.append(*it);
        fills.append(sets.at(j)->color());
    }
    const QList<DataLabels::LabelBox> boxes = DataLabels::placeBarLabels(bars, sizes, chart->plotArea(), kLabelPadding);
    for (qsizetype i = 0; i < boxes.size(); ++i)
        applyPlacement(ordered.at(i), boxes.at(i), fills.at(i), style.text);
}

void layoutPointLabels(QChart *chart, const ChartStyle::Theme &style)
{
    const QList<QGraphicsSimpleTextItem *> items = dataLabelItems(chart);
    QList<QPointF> points;
    QList<QSizeF> sizes;
    QAbstractSeries *anySeries = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (qobject_cast<QLineSeries *>(series))
            anySeries = series;
    }
    if (!anySeries)
        return;
    for (QGraphicsSimpleTextItem *item : items) {
        points.append(chart->mapToPosition(
            QPointF(item->data(kXValueKey).toDouble(), item->data(kYValueKey).toDouble()), anySeries));
        sizes.append(item->boundingRect().size());
    }
    const QList<DataLabels::LabelBox> boxes =
        DataLabels::placePointLabels(points, sizes, chart->plotArea(), kMarkerSize / 2.0 + 1.0, kLabelPadding);
    for (qsizetype i = 0; i < boxes.size(); ++i)
        applyPlacement(items.at(i), boxes.at(i), style.background, style.text);
}

void layoutDataLabels(QChart *chart, const ChartStyle::Theme &style)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            layoutBarLabels(chart, bars, style);
            return;
        }
    }
    layoutPointLabels(chart, style);
}

void styleChart(QChart *chart, const QString &title, Language language, const ChartStyle::Theme &style)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setLocalizeNumbers(true);
    chart->setLocale(localeFor(language));
    // Qt Charts renders titles, legend and axis texts as HTML: data is escaped so it shows
    // literally; the plain title stays available for accessibility.
    chart->setTitle(title.toHtmlEscaped());
    chart->setProperty("plainTitle", title);
    chart->setTitleFont(style.font(ChartStyle::kTitlePixelSize, true));
    chart->setTitleBrush(style.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(style.font(ChartStyle::kLegendPixelSize));
    chart->legend()->setLabelColor(style.text);
    chart->setMargins(QMargins(8, 8, 8, 8));
}

void styleAxis(QAbstractAxis *axis, const QString &title, const ChartStyle::Theme &style)
{
    axis->setTitleText(title.toHtmlEscaped());
    axis->setTitleFont(style.font(ChartStyle::kAxisLabelPixelSize, true));
    axis->setTitleBrush(style.text);
    axis->setLabelsFont(style.font(ChartStyle::kAxisLabelPixelSize));
    axis->setLabelsBrush(style.text);
    axis->setLinePenColor(style.axisLine);
    axis->setGridLineColor(style.gridLine);
    axis->setTruncateLabels(false);
}

QValueAxis *shareAxis(double maxShare, const ChartStyle::Theme &style)
{
    auto *axis = new QValueAxis;
    const double top = std::min(100.0, std::ceil((maxShare + 8.0) / 10.0) * 10.0);
    axis->setRange(0.0, std::max(10.0, top));
    axis->setTickCount(int(std::max(10.0, top) / 10.0) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axis, Text::tr("Share of respondents (%)"), style);
    return axis;
}

QList<std::optional<int>> waveLabels(const Study &study, int waveIdx)
{
    QList<Share> shares;
    for (int i = 0; i < study.segments.size(); ++i)
        shares.append(study.share(waveIdx, i));
    return DataLabels::roundedLabels(shares, !study.multipleAnswers);
}

QChart *createBarChart(const ChartSpec &spec)
{
    const Study &study = spec.study;
    auto *chart = new QChart;
    styleChart(chart, Narrative::barChartTitle(study, spec.waveYear, spec.language), spec.language, spec.style);

    auto *series = new QBarSeries;
    series->setLabelsVisible(false); // drawn by layoutDataLabels(), which avoids collisions
    series->setBarWidth(0.8);
    series->setProperty("segmentIndex", -1);

    const int waveIdx = study.waveIndex(spec.waveYear);
    const QList<std::optional<int>> labels = waveLabels(study, waveIdx);
    double maxShare = 0.0;
    for (int i = 0; i < study.segments.size(); ++i) {
        const Share share = study.share(waveIdx, i);
        if (!share)
            continue;
        addDataLabel(chart, spec.style, labelText(labels.value(i), spec.language), i, 0.0, *share,
                     ChartFactory::toolTipText(study, i, spec.waveYear, spec.language));
        auto *set = new QBarSet(study.segments.at(i).name.text(spec.language).toHtmlEscaped());
        set->append(*share);
        const QColor color = spec.style.segmentColor(i, i == study.baselineSegment);
        set->setColor(color);
        set->setBorderColor(spec.style.background);
        set->setPen(QPen(spec.style.background, 4.0)); // a gap between neighbouring bars
        set->setProperty("segmentIndex", i);
        series->append(set);
        maxShare = std::max(maxShare, *share);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(QString::number(spec.waveYear));
    styleAxis(categories, Text::tr("Survey wave"), spec.style);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    QValueAxis *values = shareAxis(maxShare, spec.style);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

// One line per run of consecutive known points: an unknown share is a gap, never 0.
void addTrendLine(QChart *chart, const ChartStyle::Theme &style, const Study &study, const QString &name,
                  const QColor &color, int segmentIndex, const QList<Share> &values,
                  const QList<std::optional<int>> &labels, Qt::PenStyle penStyle, Language language,
                  QList<QAbstractSeries *> *added)
{
    QLineSeries *current = nullptr;
    bool first = true;
    for (int w = 0; w < study.waves.size(); ++w) {
        const Share share = values.at(w);
        if (!share) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(name.toHtmlEscaped());
            QPen pen(color, 3.0);
            pen.setStyle(penStyle);
            current->setPen(pen);
            current->setColor(color);
            current->setPointsVisible(true);
            current->setMarkerSize(kMarkerSize);
            current->setPointLabelsVisible(false); // drawn by layoutDataLabels()
            current->setProperty("segmentIndex", segmentIndex);
            current->setProperty("firstOfLine", first);
            chart->addSeries(current);
            added->append(current);
            first = false;
        }
        current->append(study.waves.at(w).year, *share);
        addDataLabel(chart, style, labelText(labels.at(w), language), segmentIndex, study.waves.at(w).year, *share,
                     ChartFactory::toolTipText(study, segmentIndex, study.waves.at(w).year, language));
    }
}

QChart *createTrendChart(const ChartSpec &spec)
{
    const Study &study = spec.study;
    auto *chart = new QChart;
    styleChart(chart, Narrative::trendChartTitle(study, spec.language), spec.language, spec.style);

    QList<QAbstractSeries *> series;
    double maxShare = 0.0;
    QList<QList<std::optional<int>>> labelsByWave;
    for (int w = 0; w < study.waves.size(); ++w)
        labelsByWave.append(waveLabels(study, w));
    for (int i = 0; i < study.segments.size(); ++i) {
        QList<Share> values;
        QList<std::optional<int>> labels;
        for (int w = 0; w < study.waves.size(); ++w) {
            values.append(study.share(w, i));
            labels.append(labelsByWave.at(w).value(i));
            if (values.constLast())
                maxShare = std::max(maxShare, *values.constLast());
        }
        addTrendLine(chart, spec.style, study, study.segments.at(i).name.text(spec.language),
                     spec.style.segmentColor(i, i == study.baselineSegment), i, values, labels, Qt::SolidLine,
                     spec.language, &series);
    }
    if (study.baselineSegment >= 0) {
        QList<Share> adoption;
        QList<std::optional<int>> labels;
        for (int w = 0; w < study.waves.size(); ++w) {
            adoption.append(DerivedFigures::adoptionShare(study, w));
            labels.append(adoption.constLast() ? std::optional<int>(int(std::lround(*adoption.constLast())))
                                               : std::nullopt);
            if (adoption.constLast())
                maxShare = std::max(maxShare, *adoption.constLast());
        }
        addTrendLine(chart, spec.style, study, study.adoptionLabel.text(spec.language), spec.style.adoption, -1,
                     adoption, labels, Qt::DashLine, spec.language, &series);
    }

    auto *waves = new QCategoryAxis;
    waves->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int firstYear = study.waves.isEmpty() ? spec.waveYear : study.waves.constFirst().year;
    const int lastYear = study.waves.isEmpty() ? spec.waveYear : study.waves.constLast().year;
    waves->setStartValue(firstYear - 0.5);
    for (const SurveyWave &wave : study.waves)
        waves->append(QString::number(wave.year), wave.year);
    waves->setRange(firstYear - 0.5, lastYear + 0.5);
    styleAxis(waves, Text::tr("Survey wave"), spec.style);
    chart->addAxis(waves, Qt::AlignBottom);

    QValueAxis *values = shareAxis(maxShare, spec.style);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(waves);
        s->attachAxis(values);
        // Only the first piece of a broken line gets a legend entry.
        if (!s->property("firstOfLine").toBool()) {
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
    return chart;
}

bool isCut(const QString &text)
{
    return text.endsWith(QStringLiteral("...")) || text.endsWith(u'\u2026');
}

bool legendCutsALabel(const QChart *chart)
{
    QStringList labels;
    for (const QLegendMarker *marker : chart->legend()->markers())
        labels.append(marker->label());
    QList<QGraphicsItem *> items = chart->legend()->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem *item = items.takeLast();
        items += item->childItems();
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && isCut(text->toPlainText()) && !labels.contains(text->toPlainText()))
            return true;
    }
    return false;
}

void relayout(QChart *chart)
{
    for (QGraphicsWidget *widget :
         {static_cast<QGraphicsWidget *>(chart->legend()), static_cast<QGraphicsWidget *>(chart)}) {
        if (QGraphicsLayout *layout = widget->layout()) {
            layout->invalidate();
            layout->activate();
        }
    }
}

// Shrinks the legend font from its normal size until nothing is cut; true when that works.
bool shrinkLegendToFit(QChart *chart, int normalPixelSize)
{
    QFont font = chart->legend()->font();
    for (int size = normalPixelSize; size >= ChartFactory::kMinimumLegendPixelSize; --size) {
        font.setPixelSize(size);
        chart->legend()->setFont(font);
        relayout(chart);
        if (!legendCutsALabel(chart))
            return true;
    }
    return false;
}

} // namespace

namespace ChartFactory {

QChart *createChart(const ChartSpec &spec)
{
    QChart *chart = spec.kind == ChartKind::Trend ? createTrendChart(spec) : createBarChart(spec);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, style = spec.style] {
        layoutDataLabels(chart, style);
    });
    solidLegendMarkers(chart);
    return chart;
}

void solidLegendMarkers(QChart *chart)
{
    // Bars are outlined in the background colour to part them; on the small legend squares
    // that outline would eat most of the colour.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeBar)
            marker->setPen(QPen(marker->brush().color(), 1.0));
    }
}

void fitLegend(QChart *chart)
{
    if (!chart->legend()->isVisible())
        return;
    // The normal size is the one the chart was built (or scaled) with.
    if (!chart->property("legendPixelSize").isValid())
        chart->setProperty("legendPixelSize", chart->legend()->font().pixelSize());
    const int normal = chart->property("legendPixelSize").toInt();
    relayout(chart);
    if (!legendCutsALabel(chart) && chart->legend()->font().pixelSize() == normal)
        return;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (shrinkLegendToFit(chart, normal))
        return;
    chart->legend()->setAlignment(Qt::AlignRight);
    shrinkLegendToFit(chart, normal);
}

QString missingDataNote(const ChartSpec &spec)
{
    const Study &study = spec.study;
    if (spec.kind == ChartKind::Bar) {
        const int waveIdx = study.waveIndex(spec.waveYear);
        QStringList missing;
        for (int i = 0; i < study.segments.size(); ++i) {
            if (!study.share(waveIdx, i))
                missing.append(study.segments.at(i).name.text(spec.language));
        }
        if (missing.isEmpty())
            return {};
        return Text::tr("Not reported for %1: %2")
            .arg(QString::number(spec.waveYear), missing.join(QStringLiteral(", ")));
    }
    bool anyMissing = false;
    for (int w = 0; w < study.waves.size(); ++w) {
        for (int i = 0; i < study.segments.size(); ++i)
            anyMissing = anyMissing || !study.share(w, i);
    }
    return anyMissing ? Text::tr("Gaps in a line mark figures the study did not report.") : QString();
}

QString toolTipText(const Study &study, int segmentIndex, int waveYear, Language language)
{
    const int waveIdx = study.waveIndex(waveYear);
    const QString name =
        segmentIndex < 0 ? study.adoptionLabel.text(language) : study.segments.value(segmentIndex).name.text(language);
    const Share share =
        segmentIndex < 0 ? DerivedFigures::adoptionShare(study, waveIdx) : study.share(waveIdx, segmentIndex);
    return Text::tr("%1, %2: %3").arg(name, QString::number(waveYear), formatShare(share, language));
}

void renderPage(QPainter *painter, const QRectF &target, const ChartSpec &spec)
{
    const QFont footFont = spec.style.font(ChartStyle::kFootnotePixelSize);
    const QFontMetricsF metrics(footFont); // pixel-sized: the same on every device
    const QString note = missingDataNote(spec);
    const QString source = Narrative::sourceLine(spec.study, spec.language);
    const qreal lineHeight = metrics.height() * 1.3;
    const QImage logo = spec.style.logo;
    const QSizeF logoSize = logo.isNull() ? QSizeF() : logoBoxSize(logo.size());
    const qreal footerHeight =
        std::max(lineHeight * (note.isEmpty() ? 1 : 2) + 12.0, logo.isNull() ? 0.0 : logoSize.height() + 16.0);

    painter->save();
    painter->fillRect(target, spec.style.background);

    const QRectF chartRect(target.left(), target.top(), target.width(), target.height() - footerHeight);
    std::unique_ptr<QChart> chart(createChart(spec));
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
    fitLegend(chart.get());
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, chartRect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart.get());

    painter->setFont(footFont);
    painter->setPen(spec.style.secondaryText);
    // The lines sit at the bottom of the footer, level with the logo's lower edge.
    qreal y = target.bottom() - 8.0 - lineHeight * (note.isEmpty() ? 1 : 2);
    const qreal x = target.left() + 16.0;
    const qreal width = target.width() - 32.0 - (logo.isNull() ? 0.0 : logoSize.width() + 16.0);
    if (!logo.isNull()) {
        // The brand's logo in the bottom-right corner, beside the source line.
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF logoRect(
            QPointF(target.right() - 16.0 - logoSize.width(), target.bottom() - 8.0 - logoSize.height()), logoSize);
        painter->drawImage(logoRect, logo);
    }
    if (!note.isEmpty()) {
        painter->drawText(QRectF(x, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, note);
        y += lineHeight;
    }
    painter->drawText(QRectF(x, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, source);
    painter->restore();
}

} // namespace ChartFactory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartfactory.h"

#include "core/datalabels.h"
#include "core/derivedfigures.h"
#include "core/narrative.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPointer>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// A chart speaks its spec's language, whatever the UI's is (a German export from the
// English UI): its texts are looked up in that language, not through tr().
QString text(Language language, const char *source)
{
    return translateIn(language, "ChartFactory", source);
}

// Keys of QGraphicsItem::data() on the items a chart adds to itself.
constexpr int kRoleKey = 0;
constexpr int kSegmentKey = 1;
constexpr int kXValueKey = 2;     // category index (bars) or wave year (points)
constexpr int kYValueKey = 3;     // share
constexpr int kLayoutSizeKey = 4; // the box a label is placed with: its largest size in any language
constexpr int kPlainTextKey = 5;  // a name before it is wrapped
constexpr int kLastPointKey = 6;  // a trend line's newest value, which its end label repeats
constexpr int kAllNamesKey = 7;   // a bar's name in every language: the layout makes room for the largest

// Points of a trend line get labels when there are at most this many waves; with more,
// only the first and the last known point of each line do.
constexpr int kMaxLabelledWaves = 12;

// What a chart needs to lay itself out again: kept on the chart as a child object.
class ChartLayout final : public QObject
{
public:
    ChartLayout(QChart *chart, const ChartSpec &spec, const Typography &type)
        : QObject(chart)
        , spec(spec)
        , type(type)
    {
        setObjectName(QStringLiteral("chartLayout"));
    }

    ChartSpec spec;
    Typography type;
    bool horizontal = false;
    bool directEnds = false; // trend: lines named at their end (no legend)
    bool inLayout = false;
    QList<int> barSegments; // bar chart: segment of each category, in category order
    int selected = -2;
};

ChartLayout *layoutOf(const QChart *chart)
{
    for (QObject *child : chart->children()) {
        if (child->objectName() == u"chartLayout")
            return static_cast<ChartLayout *>(child);
    }
    return nullptr;
}

QList<QGraphicsSimpleTextItem *> textItems(const QChart *chart, const QString &role)
{
    QList<QGraphicsSimpleTextItem *> items;
    for (QGraphicsItem *child : chart->childItems()) {
        if (child->data(kRoleKey).toString() == role)
            items.append(static_cast<QGraphicsSimpleTextItem *>(child));
    }
    return items;
}

QFont fontOf(const ChartStyle::Theme &style, double size, bool bold = false)
{
    return style.font(std::max(1, int(std::lround(size))), bold);
}

QSizeF textSize(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double width = 0.0;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return {width, metrics.height() * double(lines.size())};
}

// A text item whose lines can be centred on each other (names under upright bars).
class AlignedTextItem final : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;

    void setCentred(bool centred)
    {
        m_centred = centred;
        update();
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        if (!m_centred || !text().contains(u'\n')) {
            QGraphicsSimpleTextItem::paint(painter, option, widget);
            return;
        }
        painter->setFont(font());
        painter->setPen(QPen(brush(), 0));
        const QFontMetricsF metrics(font());
        const double width = boundingRect().width();
        double y = 0.0;
        for (const QString &line : text().split(u'\n')) {
            painter->drawText(QPointF((width - metrics.horizontalAdvance(line)) / 2.0, y + metrics.ascent()), line);
            y += metrics.height();
        }
    }

private:
    bool m_centred = false;
};

AlignedTextItem *addText(QChart *chart, const QString &role, const QString &text, int segmentIndex, const QFont &font,
                         const QColor &color)
{
    auto *item = new AlignedTextItem(text, chart);
    item->setFont(font);
    item->setBrush(color);
    item->setPen(Qt::NoPen);
    item->setZValue(100.0);
    item->setData(kRoleKey, role);
    item->setData(kSegmentKey, segmentIndex);
    item->setData(kPlainTextKey, text);
    item->setVisible(false);
    return item;
}

QString shareText(std::optional<int> rounded, Language language)
{
    return rounded ? formatShare(double(*rounded), language) : QString();
}

// A data label placed by layoutChart(); its box is as large as the label is in its largest
// language, so the placement rule gives the same result in every language.
QGraphicsSimpleTextItem *addDataLabel(QChart *chart, const ChartSpec &spec, std::optional<int> rounded,
                                      int segmentIndex, double x, double y, const QString &toolTip,
                                      const Typography &type)
{
    const QFont font = fontOf(spec.style, type.dataLabel, true);
    QSizeF box;
    for (Language language : {Language::English, Language::German})
        box = box.expandedTo(textSize(shareText(rounded, language), font));
    const bool muted = spec.emphasis.hasHighlight() && spec.emphasis.highlightSegment != segmentIndex;
    auto *item = addText(chart, ChartFactory::kDataLabelRole, shareText(rounded, spec.language), segmentIndex, font,
                         muted ? spec.style.secondaryText : spec.style.text);
    item->setToolTip(Qt::convertFromPlainText(toolTip, Qt::WhiteSpaceNoWrap));
    item->setData(kXValueKey, x);
    item->setData(kYValueKey, y);
    item->setData(kLayoutSizeKey, box);
    return item;
}

QString segmentName(const Study &study, int segmentIndex, Language language)
{
    return segmentIndex < 0 ? study.adoptionLabel.text(language)
                            : study.segments.value(segmentIndex).name.text(language);
}

void styleChart(QChart *chart, const ChartSpec &spec, const QString &title, const Typography &type)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(spec.style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setLocalizeNumbers(true);
    chart->setLocale(localeFor(spec.language));
    // The page around the chart shows headline and description; the plain title stays
    // available for accessibility.
    chart->setTitle(QString());
    chart->setProperty("plainTitle", title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(fontOf(spec.style, type.legend));
    chart->legend()->setLabelColor(spec.style.text);
    const int margin = int(std::lround(type.margin * 0.5));
    chart->setMargins(QMargins(margin, margin, margin, margin));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // The page decides the chart's size: Qt's own minimum (from axes and legend) would make
    // it larger than its place, and the page would cut it.
    chart->setMinimumSize(1.0, 1.0);
}

void styleAxis(QAbstractAxis *axis, const Typography &type, const ChartStyle::Theme &style)
{
    axis->setTitleText(QString());
    axis->setLabelsFont(fontOf(style, type.axis));
    axis->setLabelsBrush(style.text);
    axis->setLinePenColor(style.axisLine);
    axis->setGridLineColor(style.gridLine);
    axis->setTruncateLabels(false);
}

QList<std::optional<int>> waveLabels(const Study &study, int waveIdx)
{
    QList<Share> shares;
    for (int i = 0; i < study.segments.size(); ++i)
        shares.append(study.share(waveIdx, i));
    return DataLabels::roundedLabels(shares, !study.multipleAnswers);
}

QString toolTipAt(const Study &study, int segmentIndex, int waveIdx, Language language)
{
    const Share share =
        segmentIndex < 0 ? DerivedFigures::adoptionShare(study, waveIdx) : study.share(waveIdx, segmentIndex);
    return text(language, QT_TRANSLATE_NOOP("ChartFactory", "%1, %2: %3"))
        .arg(segmentName(study, segmentIndex, language), QString::number(study.waves.value(waveIdx).year),
             formatShare(share, language));
}

void addAnnotations(QChart *chart, const ChartSpec &spec, const Typography &type)
{
    for (const ChartAnnotation &annotation : spec.emphasis.annotations) {
        if (annotation.text.trimmed().isEmpty())
            continue;
        if (spec.kind == ChartKind::Bar && annotation.waveYear != spec.waveYear)
            continue;
        auto *item = addText(chart, ChartFactory::kAnnotationRole, annotation.text.simplified(),
                             annotation.segmentIndex, fontOf(spec.style, type.annotation), spec.style.text);
        item->setData(kXValueKey, annotation.waveYear);
        item->setZValue(110.0);
        auto *line = new QGraphicsLineItem(chart);
        line->setPen(QPen(spec.style.secondaryText, std::max(1.0, type.lineWidth * 0.4)));
        line->setData(kRoleKey, ChartFactory::kAnnotationLineRole);
        line->setData(kSegmentKey, annotation.segmentIndex);
        line->setZValue(105.0);
        line->setVisible(false);
    }
}

// --- bar chart (one survey wave) ----------------------------------------------------

QChart *createBarChart(const ChartSpec &spec, const Typography &type, const QSizeF &sizeHint)
{
    const Study &study = spec.study;
    auto *chart = new QChart;
    styleChart(chart, spec, Narrative::barChartTitle(study, spec.waveYear, spec.language), type);
    auto *layout = new ChartLayout(chart, spec, type);
    layout->horizontal = ChartFactory::prefersHorizontalBars(spec, type, sizeHint.width());

    const int waveIdx = study.waveIndex(spec.waveYear);
    const QList<std::optional<int>> labels = waveLabels(study, waveIdx);
    QList<int> known;
    double maxShare = 0.0;
    for (int i = 0; i < study.segments.size(); ++i) {
        if (const Share share = study.share(waveIdx, i)) {
            known.append(i);
            maxShare = std::max(maxShare, *share);
        }
    }
    // Horizontal bars list the segments top to bottom; Qt counts categories bottom-up.
    QList<int> categories = known;
    if (layout->horizontal)
        std::reverse(categories.begin(), categories.end());
    layout->barSegments = categories;

    QAbstractBarSeries *series = layout->horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                                    : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    series->setLabelsVisible(false);
    series->setBarWidth(layout->horizontal ? 0.62 : 0.72);
    series->setProperty("segmentIndex", -1);
    // One set per segment, its share in its own category and 0 elsewhere: stacked, each bar
    // takes its category's full width in its own colour.
    for (int segment : known) {
        auto *set = new QBarSet(study.segments.at(segment).name.text(spec.language).toHtmlEscaped());
        for (int category : categories)
            set->append(category == segment ? *study.share(waveIdx, segment) : 0.0);
        const QColor color = ChartFactory::segmentFill(spec, segment);
        set->setColor(color);
        set->setBorderColor(color);
        set->setPen(Qt::NoPen);
        set->setProperty("segmentIndex", segment);
        series->append(set);
    }
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    for (int segment : categories)
        categoryAxis->append(QString::number(segment));
    styleAxis(categoryAxis, type, spec.style);
    auto *valueAxis = new QValueAxis;
    const bool annotated = std::any_of(spec.emphasis.annotations.cbegin(), spec.emphasis.annotations.cend(),
                                       [&spec](const ChartAnnotation &a) {
                                           return a.waveYear == spec.waveYear && !a.text.trimmed().isEmpty();
                                       });
    valueAxis->setRange(0.0, std::max(1.0, maxShare) * (annotated ? 1.3 : 1.0));
    styleAxis(valueAxis, type, spec.style);
    chart->addAxis(categoryAxis, layout->horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, layout->horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    // The bars carry their names and values: no axes, no legend.
    categoryAxis->setVisible(false);
    valueAxis->setVisible(false);
    chart->legend()->setVisible(false);

    for (qsizetype c = 0; c < categories.size(); ++c) {
        const int segment = categories.at(c);
        addDataLabel(chart, spec, labels.value(segment), segment, double(c), *study.share(waveIdx, segment),
                     toolTipAt(study, segment, waveIdx, spec.language), type);
        const bool muted = spec.emphasis.hasHighlight() && spec.emphasis.highlightSegment != segment;
        auto *name =
            addText(chart, ChartFactory::kCategoryLabelRole, study.segments.at(segment).name.text(spec.language),
                    segment, fontOf(spec.style, type.category), muted ? spec.style.secondaryText : spec.style.text);
        name->setData(kXValueKey, double(c));
        name->setData(kAllNamesKey, QStringList{study.segments.at(segment).name.text(Language::English),
                                                study.segments.at(segment).name.text(Language::German)});
        name->setCentred(!layout->horizontal);
    }
    addAnnotations(chart, spec, type);
    return chart;
}

// The bar of a category in chart coordinates: stacked, it spans the category's full slot.
QRectF categoryBar(QChart *chart, const ChartLayout &layout, int category)
{
    QAbstractSeries *series = chart->series().value(0);
    auto *bars = qobject_cast<QAbstractBarSeries *>(series);
    if (!bars)
        return {};
    const double half = bars->barWidth() / 2.0;
    const int segment = layout.barSegments.value(category, -3);
    double value = 0.0;
    for (QBarSet *set : bars->barSets()) {
        if (set->property("segmentIndex").toInt() == segment)
            value = set->at(category);
    }
    const QPointF a = layout.horizontal ? QPointF(0.0, category - half) : QPointF(category - half, value);
    const QPointF b = layout.horizontal ? QPointF(value, category + half) : QPointF(category + half, 0.0);
    return QRectF(chart->mapToPosition(a, series), chart->mapToPosition(b, series)).normalized();
}

// The names are wrapped to the room they have; returns the wrapped names' largest size
// in any language (so the bars sit in the same place in every language).
QSizeF wrapNames(const QList<QGraphicsSimpleTextItem *> &names, double width)
{
    QSizeF largest;
    for (QGraphicsSimpleTextItem *name : names) {
        name->setText(ChartFactory::wrapText(name->data(kPlainTextKey).toString(), name->font(), width));
        largest = largest.expandedTo(name->boundingRect().size());
        for (const QString &other : name->data(kAllNamesKey).toStringList())
            largest = largest.expandedTo(textSize(ChartFactory::wrapText(other, name->font(), width), name->font()));
    }
    return largest;
}

void layoutBarFrame(QChart *chart, ChartLayout *layout)
{
    const Typography &type = layout->type;
    const QRectF area =
        chart->rect().adjusted(type.margin * 0.5, type.margin * 0.5, -type.margin * 0.5, -type.margin * 0.5);
    const QList<QGraphicsSimpleTextItem *> names = textItems(chart, ChartFactory::kCategoryLabelRole);
    QSizeF valueBox;
    for (QGraphicsSimpleTextItem *label : textItems(chart, ChartFactory::kDataLabelRole))
        valueBox = valueBox.expandedTo(label->data(kLayoutSizeKey).toSizeF());
    const double pad = std::max(3.0, type.dataLabel * 0.3);
    const double count = std::max<double>(1.0, double(layout->barSegments.size()));
    QRectF plot;
    if (layout->horizontal) {
        double natural = 0.0;
        for (QGraphicsSimpleTextItem *name : names) {
            for (const QString &text : name->data(kAllNamesKey).toStringList())
                natural = std::max(natural, textSize(text, name->font()).width());
        }
        const QSizeF wrapped = wrapNames(names, std::min(natural, area.width() * 0.42));
        plot = QRectF(area.left() + wrapped.width() + pad, area.top(),
                      area.width() - wrapped.width() - 2.0 * pad - valueBox.width(), area.height());
    } else {
        const QSizeF wrapped = wrapNames(names, area.width() / count * 0.92);
        plot = QRectF(area.left(), area.top() + valueBox.height() + pad, area.width(),
                      area.height() - valueBox.height() - wrapped.height() - 2.0 * pad);
    }
    plot.setWidth(std::max(1.0, plot.width()));
    plot.setHeight(std::max(1.0, plot.height()));
    chart->setPlotArea(plot);
}

void placeAnnotations(QChart *chart, const ChartLayout &layout, QList<QRectF> obstacles);

void placeBarLabels(QChart *chart, ChartLayout *layout)
{
    const Typography &type = layout->type;
    const QRectF area =
        chart->rect().adjusted(type.margin * 0.5, type.margin * 0.5, -type.margin * 0.5, -type.margin * 0.5);
    const double pad = std::max(3.0, type.dataLabel * 0.3);
    QList<QRectF> bars;
    for (qsizetype c = 0; c < layout->barSegments.size(); ++c)
        bars.append(categoryBar(chart, *layout, int(c)));

    const QList<QGraphicsSimpleTextItem *> labels = textItems(chart, ChartFactory::kDataLabelRole);
    QList<QRectF> uprightBars;
    QList<QSizeF> sizes;
    QList<QGraphicsSimpleTextItem *> ordered;
    for (QGraphicsSimpleTextItem *label : labels) {
        const int category = int(label->data(kXValueKey).toDouble());
        const QRectF bar = bars.value(category);
        uprightBars.append(layout->horizontal ? DataLabels::uprightRect(bar) : bar);
        QSizeF box = label->data(kLayoutSizeKey).toSizeF();
        if (layout->horizontal)
            box.transpose();
        sizes.append(box);
        ordered.append(label);
    }
    QList<QRectF> uprightBarsAll;
    for (const QRectF &bar : bars)
        uprightBarsAll.append(layout->horizontal ? DataLabels::uprightRect(bar) : bar);
    const QRectF bounds = layout->horizontal ? DataLabels::uprightRect(area) : area;
    const QList<DataLabels::LabelBox> boxes =
        DataLabels::placeBarLabels(uprightBars, sizes, bounds, pad, DataLabels::BarLabelRule::OutsideFirst);
    QList<QRectF> obstacles = bars;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QGraphicsSimpleTextItem *label = ordered.at(i);
        const DataLabels::LabelBox &placed = boxes.at(i);
        label->setVisible(placed.placement != DataLabels::Placement::Hidden);
        if (!label->isVisible())
            continue;
        const QRectF box = layout->horizontal ? DataLabels::fromUprightRect(placed.rect) : placed.rect;
        const QSizeF own = label->boundingRect().size();
        // Horizontal bars: the value starts right after the bar's end; upright: centred.
        const QPointF topLeft =
            layout->horizontal
                ? QPointF(placed.placement == DataLabels::Placement::Inside ? box.right() - own.width() : box.left(),
                          box.center().y() - own.height() / 2.0)
                : QPointF(box.center().x() - own.width() / 2.0, box.top());
        label->setPos(topLeft);
        const int segment = label->data(kSegmentKey).toInt();
        const bool muted = layout->spec.emphasis.hasHighlight() && layout->spec.emphasis.highlightSegment != segment;
        if (placed.placement == DataLabels::Placement::Inside)
            label->setBrush(ChartStyle::labelColorOn(ChartFactory::segmentFill(layout->spec, segment)));
        else
            label->setBrush(muted ? layout->spec.style.secondaryText : layout->spec.style.text);
        obstacles.append(QRectF(label->pos(), label->boundingRect().size()));
    }

    const QRectF plot = chart->plotArea();
    for (QGraphicsSimpleTextItem *name : textItems(chart, ChartFactory::kCategoryLabelRole)) {
        const QRectF bar = bars.value(int(name->data(kXValueKey).toDouble()));
        const QSizeF own = name->boundingRect().size();
        if (layout->horizontal)
            name->setPos(area.left(), bar.center().y() - own.height() / 2.0);
        else
            name->setPos(bar.center().x() - own.width() / 2.0, plot.bottom() + pad);
        name->setVisible(!bar.isNull());
        obstacles.append(QRectF(name->pos(), own));
    }
    placeAnnotations(chart, *layout, obstacles);
}

// --- trend chart --------------------------------------------------------------------

// A segment's line is solid; with a highlight, the muted lines share one grey and tell
// themselves apart by pattern (dotted, dash-dotted, …), in the chart and in the legend. The
// adoption line is dashed in any case.
Qt::PenStyle trendPenStyle(const ChartSpec &spec, int segmentIndex)
{
    if (!spec.emphasis.hasHighlight() || spec.emphasis.highlightSegment == segmentIndex)
        return Qt::SolidLine;
    static constexpr Qt::PenStyle kMutedStyles[] = {Qt::SolidLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
    int mutedBefore = 0;
    for (int i = 0; i < segmentIndex; ++i)
        mutedBefore += i != spec.emphasis.highlightSegment ? 1 : 0;
    return kMutedStyles[mutedBefore % std::size(kMutedStyles)];
}

// One line per run of consecutive known points, each built in one call: an unknown share
// is a gap, never 0.
void addTrendLine(QChart *chart, const ChartSpec &spec, int segmentIndex, const QList<Share> &values,
                  const QList<std::optional<int>> &labels, Qt::PenStyle penStyle, const Typography &type,
                  QList<QAbstractSeries *> *added)
{
    const Study &study = spec.study;
    const QColor color = ChartFactory::segmentFill(spec, segmentIndex);
    const bool emphasised = spec.emphasis.hasHighlight() && spec.emphasis.highlightSegment == segmentIndex;
    const bool muted = spec.emphasis.hasHighlight() && !emphasised;
    const QString name = segmentName(study, segmentIndex, spec.language);
    const bool labelEveryPoint = study.waves.size() <= kMaxLabelledWaves;
    int firstKnown = -1;
    int lastKnown = -1;
    for (int w = 0; w < values.size(); ++w) {
        if (values.at(w)) {
            lastKnown = w;
            if (firstKnown < 0)
                firstKnown = w;
        }
    }
    bool first = true;
    QList<QPointF> run;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        auto *line = new QLineSeries;
        line->setName(name.toHtmlEscaped());
        QPen pen(color, type.lineWidth * (emphasised ? 1.4 : muted ? 0.8 : 1.0));
        pen.setStyle(penStyle);
        pen.setCapStyle(Qt::RoundCap);
        line->setPen(pen);
        line->setColor(color);
        line->setPointsVisible(true);
        line->setMarkerSize(type.markerSize);
        line->setPointLabelsVisible(false); // drawn by layoutChart()
        line->setProperty("segmentIndex", segmentIndex);
        line->setProperty("firstOfLine", first);
        line->replace(run);
        chart->addSeries(line);
        added->append(line);
        first = false;
        run.clear();
    };
    for (int w = 0; w < values.size(); ++w) {
        const Share share = values.at(w);
        if (!share) {
            flush();
            continue;
        }
        const int year = study.waves.at(w).year;
        run.append(QPointF(year, *share));
        if (labelEveryPoint || w == firstKnown || w == lastKnown) {
            QGraphicsSimpleTextItem *label = addDataLabel(chart, spec, labels.at(w), segmentIndex, year, *share,
                                                          toolTipAt(study, segmentIndex, w, spec.language), type);
            label->setData(kLastPointKey, w == lastKnown);
        }
    }
    flush();
    if (lastKnown >= 0) {
        // The line's name and its newest value, at its end.
        const QString value = shareText(labels.at(lastKnown), spec.language);
        auto *end =
            addText(chart, ChartFactory::kEndLabelRole, value.isEmpty() ? name : name + u' ' + value, segmentIndex,
                    fontOf(spec.style, type.category, emphasised), muted ? spec.style.secondaryText : color);
        // Line colours may be pale: the name is in the text colour when its line's colour
        // has too little contrast for text.
        if (!muted && ChartStyle::contrastRatio(color, spec.style.background) < 4.5)
            end->setBrush(spec.style.text);
        end->setData(kXValueKey, study.waves.at(lastKnown).year);
        end->setData(kYValueKey, *values.at(lastKnown));
    }
    if (firstKnown >= 0) {
        // The legend entry used when the ends have no room: a swatch of the line and its name.
        addText(chart, ChartFactory::kLegendEntryRole, name, segmentIndex, fontOf(spec.style, type.legend),
                spec.style.text);
        // A sample of the line: its colour, width and pattern, with a point in the middle.
        auto *swatch = new QGraphicsPathItem(chart);
        QPen sample(color, type.lineWidth * (emphasised ? 1.4 : muted ? 0.8 : 1.0));
        sample.setStyle(penStyle);
        sample.setCapStyle(Qt::FlatCap);
        swatch->setPen(sample);
        swatch->setBrush(Qt::NoBrush);
        auto *point = new QGraphicsEllipseItem(swatch);
        point->setBrush(color);
        point->setPen(Qt::NoPen);
        swatch->setData(kRoleKey, ChartFactory::kLegendSwatchRole);
        swatch->setData(kSegmentKey, segmentIndex);
        swatch->setVisible(false);
    }
}

// A step between value-axis ticks that keeps them at least minGap units apart.
double tickStep(double range, double plotHeight, double minGap)
{
    for (double step : {10.0, 20.0, 25.0, 50.0}) {
        if (plotHeight * step / std::max(1.0, range) >= minGap)
            return step;
    }
    return 100.0;
}

QChart *createTrendChart(const ChartSpec &spec, const Typography &type, const QSizeF &sizeHint)
{
    const Study &study = spec.study;
    auto *chart = new QChart;
    styleChart(chart, spec, Narrative::trendChartTitle(study, spec.language), type);
    new ChartLayout(chart, spec, type);

    QList<QAbstractSeries *> series;
    double maxShare = 0.0;
    QList<QList<std::optional<int>>> labelsByWave;
    labelsByWave.reserve(study.waves.size());
    for (int w = 0; w < study.waves.size(); ++w)
        labelsByWave.append(waveLabels(study, w));
    for (int i = 0; i < study.segments.size(); ++i) {
        QList<Share> values;
        QList<std::optional<int>> labels;
        values.reserve(study.waves.size());
        labels.reserve(study.waves.size());
        for (int w = 0; w < study.waves.size(); ++w) {
            values.append(study.share(w, i));
            labels.append(labelsByWave.at(w).value(i));
            if (values.constLast())
                maxShare = std::max(maxShare, *values.constLast());
        }
        addTrendLine(chart, spec, i, values, labels, trendPenStyle(spec, i), type, &series);
    }
    if (study.baselineSegment >= 0) {
        QList<Share> adoption;
        QList<std::optional<int>> labels;
        for (int w = 0; w < study.waves.size(); ++w) {
            adoption.append(DerivedFigures::adoptionShare(study, w));
            labels.append(DataLabels::shownShare(study, w, -1));
            if (adoption.constLast())
                maxShare = std::max(maxShare, *adoption.constLast());
        }
        addTrendLine(chart, spec, -1, adoption, labels, Qt::DashLine, type, &series);
    }

    // Wave labels far enough apart not to overlap: every step-th wave is named.
    auto *waves = new QCategoryAxis;
    waves->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int firstYear = study.waves.isEmpty() ? spec.waveYear : study.waves.constFirst().year;
    const int lastYear = study.waves.isEmpty() ? spec.waveYear : study.waves.constLast().year;
    const double labelWidth =
        QFontMetricsF(fontOf(spec.style, type.axis)).horizontalAdvance(QStringLiteral("0000")) * 1.6;
    const double plotWidth = std::max(50.0, sizeHint.width() * 0.75);
    const int step = std::max(1, int(std::ceil(study.waves.size() * labelWidth / plotWidth)));
    waves->setStartValue(firstYear - 0.5);
    for (int w = 0; w < study.waves.size(); ++w) {
        if (w % step == 0 || w == study.waves.size() - 1)
            waves->append(QString::number(study.waves.at(w).year), study.waves.at(w).year);
    }
    waves->setRange(firstYear - 0.5, lastYear + 0.5);
    styleAxis(waves, type, spec.style);
    waves->setGridLineVisible(false);
    chart->addAxis(waves, Qt::AlignBottom);

    auto *values = new QValueAxis;
    const double top = std::min(100.0, std::max(10.0, std::ceil((maxShare + 8.0) / 10.0) * 10.0));
    values->setRange(0.0, top);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0.0);
    values->setTickInterval(
        tickStep(top, sizeHint.height() * 0.6, QFontMetricsF(fontOf(spec.style, type.axis)).height() * 2.0));
    values->setLabelFormat(spec.language == Language::German ? QStringLiteral("%.0f\u00a0%") : QStringLiteral("%.0f%"));
    styleAxis(values, type, spec.style);
    values->setLineVisible(false);
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
    addAnnotations(chart, spec, type);
    return chart;
}

// Our own legend under the plot, in rows that wrap (Qt's legend cuts labels that don't fit
// in one row): returns the rows' height; with place, puts the entries at the chart's bottom.
double layoutLegendRows(QChart *chart, const ChartLayout *layout, bool place)
{
    const Typography &type = layout->type;
    const QList<QGraphicsSimpleTextItem *> names = textItems(chart, ChartFactory::kLegendEntryRole);
    QList<QGraphicsPathItem *> swatches;
    for (QGraphicsItem *child : chart->childItems()) {
        if (child->data(kRoleKey).toString() == ChartFactory::kLegendSwatchRole)
            swatches.append(static_cast<QGraphicsPathItem *>(child));
    }
    // Long enough to show a line's pattern.
    const double swatch = type.legend * 1.8;
    const double gap = type.legend * 0.4;
    const double width = chart->rect().width() - type.margin;
    const double left = chart->rect().left() + type.margin * 0.5;
    double x = left;
    double rowTop = 0.0;
    double rowHeight = 0.0;
    QList<std::pair<QGraphicsSimpleTextItem *, QPointF>> placed;
    for (QGraphicsSimpleTextItem *name : names) {
        name->setText(ChartFactory::wrapText(name->data(kPlainTextKey).toString(), name->font(), width - swatch - gap));
        const QSizeF size = name->boundingRect().size();
        const double entry = swatch + gap + size.width();
        if (x > left && x + entry > left + width) {
            x = left;
            rowTop += rowHeight + gap * 0.5;
            rowHeight = 0.0;
        }
        placed.append({name, QPointF(x, rowTop)});
        x += entry + 2.0 * gap;
        rowHeight = std::max(rowHeight, size.height());
    }
    const double height = names.isEmpty() ? 0.0 : rowTop + rowHeight + gap;
    const double top = chart->rect().bottom() - type.margin * 0.5 - height + gap;
    for (qsizetype i = 0; i < placed.size(); ++i) {
        QGraphicsSimpleTextItem *name = placed.at(i).first;
        name->setVisible(place);
        if (QGraphicsPathItem *sample = swatches.value(i)) {
            sample->setVisible(place);
            if (place) {
                const QPointF at = placed.at(i).second + QPointF(0, top);
                const double middle = at.y() + QFontMetricsF(name->font()).height() / 2.0;
                QPainterPath line;
                line.moveTo(at.x(), middle);
                line.lineTo(at.x() + swatch, middle);
                sample->setPath(line);
                if (auto *point = qgraphicsitem_cast<QGraphicsEllipseItem *>(sample->childItems().value(0))) {
                    const double radius = type.markerSize / 2.0;
                    point->setRect(QRectF(at.x() + swatch / 2.0 - radius, middle - radius, 2 * radius, 2 * radius));
                }
                name->setPos(at + QPointF(swatch + gap, 0));
            }
        }
    }
    return height;
}

// Decides between line-end names and a legend, and makes room for the names: they may
// take a column of up to 30 % of the chart's width (40 % on narrow charts), wrapped, and
// must fit above each other in the chart's height.
void layoutTrendFrame(QChart *chart, ChartLayout *layout)
{
    const Typography &type = layout->type;
    const QList<QGraphicsSimpleTextItem *> ends = textItems(chart, ChartFactory::kEndLabelRole);
    const double width = chart->rect().width();
    const double available = chart->rect().height() - type.margin;
    layout->directEnds = false;
    QSizeF wrapped;
    // A chart much wider than tall (a 16:9 page under its headline and footer) has room
    // across, not down: its names may take half of the width, and wrap less.
    const bool wideAndShort = width >= 2.0 * chart->rect().height();
    for (const double share : {0.3, 0.4, 0.5}) {
        if (share > 0.3 && width > kArticleCssWidth * 0.75 && !wideAndShort)
            break;
        if (share > 0.4 && !wideAndShort)
            break;
        const double column = width * share;
        wrapped = wrapNames(ends, column);
        double height = 0.0;
        for (QGraphicsSimpleTextItem *end : ends)
            height += end->boundingRect().height() + 2.0;
        if (!ends.isEmpty() && wrapped.width() <= column && height <= available) {
            layout->directEnds = true;
            break;
        }
    }
    const int margin = int(std::lround(type.margin * 0.5));
    const int right = layout->directEnds ? int(std::ceil(wrapped.width() + type.margin)) + margin : margin;
    int bottom = margin;
    for (QGraphicsItem *child : chart->childItems()) {
        const QString role = child->data(kRoleKey).toString();
        if (role == ChartFactory::kLegendEntryRole || role == ChartFactory::kLegendSwatchRole)
            child->setVisible(false);
    }
    if (!layout->directEnds) {
        for (QGraphicsSimpleTextItem *end : ends)
            end->setVisible(false);
        bottom += int(std::ceil(layoutLegendRows(chart, layout, false)));
    }
    chart->setMargins(QMargins(margin, margin, right, bottom));
    chart->legend()->setVisible(false);
}

void placeTrendLabels(QChart *chart, ChartLayout *layout)
{
    const Typography &type = layout->type;
    QAbstractSeries *anySeries = nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (qobject_cast<QLineSeries *>(series))
            anySeries = series;
    }
    if (!anySeries)
        return;
    const QRectF plot = chart->plotArea();
    const double pad = std::max(3.0, type.dataLabel * 0.25);

    QList<QGraphicsSimpleTextItem *> items = textItems(chart, ChartFactory::kDataLabelRole);
    if (layout->directEnds) {
        // The newest value is in the line's end label.
        items.removeIf([](QGraphicsSimpleTextItem *item) {
            if (!item->data(kLastPointKey).toBool())
                return false;
            item->setVisible(false);
            return true;
        });
    }
    QList<QPointF> points;
    QList<QSizeF> sizes;
    points.reserve(items.size());
    sizes.reserve(items.size());
    for (QGraphicsSimpleTextItem *item : items) {
        points.append(chart->mapToPosition(
            QPointF(item->data(kXValueKey).toDouble(), item->data(kYValueKey).toDouble()), anySeries));
        sizes.append(item->data(kLayoutSizeKey).toSizeF());
    }
    const QList<DataLabels::LabelBox> boxes =
        DataLabels::placePointLabels(points, sizes, plot, type.markerSize / 2.0 + 1.0, pad);
    QList<QRectF> obstacles;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        QGraphicsSimpleTextItem *item = items.at(i);
        item->setVisible(boxes.at(i).placement != DataLabels::Placement::Hidden);
        if (!item->isVisible())
            continue;
        const QSizeF own = item->boundingRect().size();
        item->setPos(boxes.at(i).rect.center().x() - own.width() / 2.0, boxes.at(i).rect.top());
        obstacles.append(QRectF(item->pos(), own));
    }
    for (const QPointF &point : points)
        obstacles.append(QRectF(point - QPointF(type.markerSize, type.markerSize),
                                QSizeF(2.0 * type.markerSize, 2.0 * type.markerSize)));

    if (!layout->directEnds) {
        layoutLegendRows(chart, layout, true);
        for (QGraphicsSimpleTextItem *name : textItems(chart, ChartFactory::kLegendEntryRole))
            obstacles.append(QRectF(name->pos(), name->boundingRect().size()));
    }
    if (layout->directEnds) {
        // Each name level with its line's last point, pushed apart so none overlaps.
        QList<QGraphicsSimpleTextItem *> ends = textItems(chart, ChartFactory::kEndLabelRole);
        QList<std::pair<double, QGraphicsSimpleTextItem *>> wanted;
        for (QGraphicsSimpleTextItem *end : ends) {
            const QPointF at = chart->mapToPosition(
                QPointF(end->data(kXValueKey).toDouble(), end->data(kYValueKey).toDouble()), anySeries);
            wanted.append({at.y() - end->boundingRect().height() / 2.0, end});
        }
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        const double gap = 2.0;
        QList<double> tops;
        double next = chart->rect().top();
        for (const auto &[top, end] : wanted) {
            tops.append(std::max(top, next));
            next = tops.constLast() + end->boundingRect().height() + gap;
        }
        // Anything pushed below the chart moves back up, keeping the order.
        double limit = chart->rect().bottom();
        for (qsizetype i = wanted.size() - 1; i >= 0; --i) {
            const double height = wanted.at(i).second->boundingRect().height();
            tops[i] = std::min(tops.at(i), limit - height);
            limit = tops.at(i) - gap;
        }
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            QGraphicsSimpleTextItem *end = wanted.at(i).second;
            end->setPos(plot.right() + type.margin * 0.75, tops.at(i));
            end->setVisible(true);
            obstacles.append(QRectF(end->pos(), end->boundingRect().size()));
        }
    }
    placeAnnotations(chart, *layout, obstacles);
}

// The point an annotation points at, in chart coordinates.
std::optional<QPointF> annotationTarget(QChart *chart, const ChartLayout &layout, int segment, int waveYear)
{
    if (layout.spec.kind == ChartKind::Bar) {
        const qsizetype category = layout.barSegments.indexOf(segment);
        if (category < 0)
            return std::nullopt;
        const QRectF bar = categoryBar(chart, layout, int(category));
        return layout.horizontal ? QPointF(bar.right(), bar.center().y()) : QPointF(bar.center().x(), bar.top());
    }
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || line->property("segmentIndex").toInt() != segment)
            continue;
        for (const QPointF &point : line->points()) {
            if (int(std::lround(point.x())) == waveYear)
                return chart->mapToPosition(point, line);
        }
    }
    return std::nullopt;
}

// Where the line from p1 to p2 first enters box (p2 when it doesn't).
QPointF entryPoint(const QLineF &line, const QRectF &box)
{
    if (box.contains(line.p1()))
        return line.p2();
    QPointF nearest = line.p2();
    double nearestLength = line.length();
    const QList<QLineF> edges{QLineF(box.topLeft(), box.topRight()), QLineF(box.topRight(), box.bottomRight()),
                              QLineF(box.bottomRight(), box.bottomLeft()), QLineF(box.bottomLeft(), box.topLeft())};
    for (const QLineF &edge : edges) {
        QPointF crossing;
        if (line.intersects(edge, &crossing) == QLineF::BoundedIntersection) {
            if (const double length = QLineF(line.p1(), crossing).length(); length < nearestLength) {
                nearest = crossing;
                nearestLength = length;
            }
        }
    }
    return nearest;
}

// Places each annotation next to its bar or point where it covers nothing, with a thin
// line to it; data labels in the way are hidden (the annotation matters more).
void placeAnnotations(QChart *chart, const ChartLayout &layout, QList<QRectF> obstacles)
{
    const QList<QGraphicsSimpleTextItem *> notes = textItems(chart, ChartFactory::kAnnotationRole);
    if (notes.isEmpty())
        return;
    QList<QGraphicsLineItem *> lines;
    for (QGraphicsItem *child : chart->childItems()) {
        if (child->data(kRoleKey).toString() == ChartFactory::kAnnotationLineRole)
            lines.append(static_cast<QGraphicsLineItem *>(child));
    }
    const QRectF area = chart->rect().adjusted(2, 2, -2, -2);
    const QList<QGraphicsSimpleTextItem *> dataLabels = textItems(chart, ChartFactory::kDataLabelRole);
    const double gap = layout.type.annotation * 1.2;
    for (qsizetype n = 0; n < notes.size(); ++n) {
        QGraphicsSimpleTextItem *note = notes.at(n);
        QGraphicsLineItem *line = lines.value(n);
        note->setText(ChartFactory::wrapText(note->data(kPlainTextKey).toString(), note->font(), area.width() * 0.4));
        const auto target =
            annotationTarget(chart, layout, note->data(kSegmentKey).toInt(), note->data(kXValueKey).toInt());
        note->setVisible(false);
        if (line)
            line->setVisible(false);
        if (!target)
            continue;
        const QSizeF size = note->boundingRect().size();
        const QPointF t = *target;
        const QList<QRectF> candidates{
            QRectF(QPointF(t.x() + gap, t.y() - gap - size.height()), size),
            QRectF(QPointF(t.x() - gap - size.width(), t.y() - gap - size.height()), size),
            QRectF(QPointF(t.x() - size.width() / 2.0, t.y() - 2.0 * gap - size.height()), size),
            QRectF(QPointF(t.x() + gap, t.y() - size.height() / 2.0), size),
            QRectF(QPointF(t.x() - gap - size.width(), t.y() - size.height() / 2.0), size),
            QRectF(QPointF(t.x() + gap, t.y() + gap), size),
            QRectF(QPointF(t.x() - gap - size.width(), t.y() + gap), size),
        };
        const auto clearOf = [](const QRectF &box, const QList<QRectF> &others) {
            return std::none_of(others.cbegin(), others.cend(), [&box](const QRectF &other) {
                return box.adjusted(-2, -2, 2, 2).intersects(other);
            });
        };
        std::optional<QRectF> chosen;
        for (const QRectF &candidate : candidates) {
            if (area.contains(candidate) && clearOf(candidate, obstacles)) {
                chosen = candidate;
                break;
            }
        }
        // Higher up, above the values, before any value gives way: step by half a line.
        for (double up = size.height() / 2.0; !chosen && t.y() - up - size.height() >= area.top();
             up += size.height() / 2.0) {
            for (qsizetype c = 0; c < 3 && !chosen; ++c) {
                const QRectF candidate = candidates.at(c).translated(0.0, -up);
                if (area.contains(candidate) && clearOf(candidate, obstacles))
                    chosen = candidate;
            }
        }
        if (!chosen) {
            // Without the data labels in the way: hide those the annotation covers.
            QList<QRectF> fixed = obstacles;
            for (QGraphicsSimpleTextItem *label : dataLabels) {
                if (label->isVisible())
                    fixed.removeAll(QRectF(label->pos(), label->boundingRect().size()));
            }
            for (const QRectF &candidate : candidates) {
                if (area.contains(candidate) && clearOf(candidate, fixed)) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen) {
                for (QGraphicsSimpleTextItem *label : dataLabels) {
                    const QRectF box(label->pos(), label->boundingRect().size());
                    if (label->isVisible() && box.adjusted(-2, -2, 2, 2).intersects(*chosen)) {
                        label->setVisible(false);
                        obstacles.removeAll(box);
                    }
                }
            }
        }
        if (!chosen)
            chosen = QRectF(
                QPointF(std::clamp(t.x() - size.width() / 2.0, area.left(), area.right() - size.width()), area.top()),
                size);
        note->setPos(chosen->topLeft());
        note->setVisible(true);
        obstacles.append(*chosen);
        if (line) {
            // From the box's nearest edge point to just short of the target.
            const QPointF from(std::clamp(t.x(), chosen->left(), chosen->right()),
                               std::clamp(t.y(), chosen->top(), chosen->bottom()));
            // A value label on the way (the bar's own, above its top) ends the line at its
            // edge: the line points at the value instead of crossing it.
            QPointF end = t;
            for (const QGraphicsSimpleTextItem *label : dataLabels) {
                if (label->isVisible())
                    end = entryPoint(QLineF(from, end), QRectF(label->pos(), label->boundingRect().size()));
            }
            const QLineF full(from, end);
            if (full.length() > 4.0) {
                QLineF shortened = full;
                shortened.setLength(full.length() - 3.0);
                line->setLine(shortened);
                line->setVisible(true);
            }
        }
    }
}

void placeSelection(QChart *chart, const ChartLayout &layout)
{
    QGraphicsRectItem *frame = nullptr;
    for (QGraphicsItem *child : chart->childItems()) {
        if (child->data(kRoleKey).toString() == ChartFactory::kSelectionRole)
            frame = static_cast<QGraphicsRectItem *>(child);
    }
    const qsizetype category = layout.barSegments.indexOf(layout.selected);
    if (layout.spec.kind != ChartKind::Bar || category < 0) {
        if (frame)
            frame->setVisible(false);
        return;
    }
    if (!frame) {
        frame = new QGraphicsRectItem(chart);
        frame->setData(kRoleKey, ChartFactory::kSelectionRole);
        frame->setBrush(Qt::NoBrush);
        frame->setZValue(90.0);
    }
    const double width = std::max(2.0, layout.type.lineWidth);
    frame->setPen(QPen(layout.spec.style.text, width));
    frame->setRect(categoryBar(chart, layout, int(category)).adjusted(-width, -width, width, width));
    frame->setVisible(true);
}

void placeLabels(QChart *chart)
{
    ChartLayout *layout = layoutOf(chart);
    if (!layout)
        return;
    if (layout->spec.kind == ChartKind::Bar)
        placeBarLabels(chart, layout);
    else
        placeTrendLabels(chart, layout);
    placeSelection(chart, *layout);
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

QColor mix(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

bool darkBackground(const ChartStyle::Theme &style)
{
    const QColor background = style.background;
    return ChartStyle::contrastRatio(background, Qt::white) > ChartStyle::contrastRatio(background, Qt::black);
}

} // namespace

ChartSpec::ChartSpec(Study study, ChartKind kind, int waveYear, Language language, ChartStyle::Theme style)
    : study(std::move(study))
    , kind(kind)
    , waveYear(waveYear)
    , language(language)
    , style(std::move(style))
{
    // The study's emphasis, in the chart's language; a series or wave since removed is none.
    emphasis.highlightSegment = this->study.highlight.isEmpty() ? -2 : this->study.seriesIndex(this->study.highlight);
    for (const Annotation &annotation : std::as_const(this->study.annotations)) {
        const int series = this->study.seriesIndex(annotation.series);
        // A note in the chart's language (or its primary language: "de" for "de-CH"), never
        // another language's: an English note in a German chart would mix the two.
        const QString exact = annotation.text.value(language);
        const QString text = exact.isEmpty() ? annotation.text.value(language.base()) : exact;
        if (series >= -1 && this->study.waveIndex(annotation.waveYear) >= 0 && !text.isEmpty())
            emphasis.annotations.append({series, annotation.waveYear, text});
    }
}

QString ChartParts::codes() const
{
    QStringList shown;
    for (const auto &[on, code] :
         {std::pair{headline, "headline"}, std::pair{description, "description"}, std::pair{notes, "notes"},
          std::pair{source, "source"}, std::pair{byline, "byline"}}) {
        if (on)
            shown.append(QString::fromLatin1(code));
    }
    return shown.join(u',');
}

ChartParts ChartParts::fromCodes(const QString &codes)
{
    const QStringList list = codes.toLower().split(u',', Qt::SkipEmptyParts);
    const auto has = [&list](const char *code) {
        return std::any_of(list.cbegin(), list.cend(), [code](const QString &item) {
            return item.trimmed() == QLatin1String(code);
        });
    };
    ChartParts parts;
    parts.headline = has("headline");
    parts.description = has("description");
    parts.notes = has("notes");
    parts.source = has("source");
    parts.byline = has("byline");
    return parts;
}

namespace ChartFactory {

QChart *createChart(const ChartSpec &spec)
{
    return createChart(spec, screenTypography(), QSizeF(720, 420));
}

QChart *createChart(const ChartSpec &spec, const Typography &type, const QSizeF &sizeHint)
{
    QChart *chart =
        spec.kind == ChartKind::Trend ? createTrendChart(spec, type, sizeHint) : createBarChart(spec, type, sizeHint);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] {
        placeLabels(chart);
    });
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] {
        layoutChart(chart);
    });
    solidLegendMarkers(chart);
    return chart;
}

void layoutChart(QChart *chart)
{
    ChartLayout *layout = layoutOf(chart);
    if (!layout || layout->inLayout)
        return;
    layout->inLayout = true;
    if (layout->spec.kind == ChartKind::Bar)
        layoutBarFrame(chart, layout);
    else
        layoutTrendFrame(chart, layout);
    relayout(chart);
    placeLabels(chart);
    layout->inLayout = false;
}

bool prefersHorizontalBars(const ChartSpec &spec, const Typography &type, double width)
{
    const Study &study = spec.study;
    const int waveIdx = study.waveIndex(spec.waveYear);
    int count = 0;
    for (int i = 0; i < study.segments.size(); ++i)
        count += study.share(waveIdx, i) ? 1 : 0;
    if (count == 0)
        return false;
    const QFont font = fontOf(spec.style, type.category);
    const double slot = (width - type.margin) / count * 0.92;
    // Upright only when every name, in every language, fits under its bar in two lines.
    for (int i = 0; i < study.segments.size(); ++i) {
        if (!study.share(waveIdx, i))
            continue;
        for (Language language : {Language::English, Language::German}) {
            const QString wrapped = wrapText(study.segments.at(i).name.text(language), font, slot);
            const QSizeF size = textSize(wrapped, font);
            if (size.width() > slot || wrapped.count(u'\n') > 1)
                return true;
        }
    }
    return false;
}

void setSelectedSegment(QChart *chart, int segmentIndex)
{
    ChartLayout *layout = layoutOf(chart);
    if (!layout)
        return;
    layout->selected = segmentIndex;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line)
            continue;
        QPen pen = line->pen();
        const int segment = line->property("segmentIndex").toInt();
        const bool emphasised =
            layout->spec.emphasis.hasHighlight() && layout->spec.emphasis.highlightSegment == segment;
        const bool muted = layout->spec.emphasis.hasHighlight() && !emphasised;
        const double normal = layout->type.lineWidth * (emphasised ? 1.4 : muted ? 0.8 : 1.0);
        pen.setWidthF(segment == segmentIndex ? normal * 1.7 : normal);
        line->setPen(pen);
    }
    placeSelection(chart, *layout);
}

QRectF barRect(const QChart *chart, int segmentIndex)
{
    const ChartLayout *layout = layoutOf(chart);
    if (!layout || layout->spec.kind != ChartKind::Bar)
        return {};
    const qsizetype category = layout->barSegments.indexOf(segmentIndex);
    // Qt Charts' mapping is not const, though it changes nothing.
    return category < 0 ? QRectF() : categoryBar(const_cast<QChart *>(chart), *layout, int(category));
}

QColor mutedColor(const ChartStyle::Theme &style)
{
    // The grey nearest the background that keeps 3:1 against it.
    const QColor background = style.background;
    const QColor far = darkBackground(style) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 100; ++step) {
        const QColor grey = mix(QColor(0x80, 0x80, 0x80), far, step / 100.0);
        const QColor neutral = QColor::fromHsvF(0.0f, 0.0f, grey.valueF());
        if (ChartStyle::contrastRatio(neutral, background) >= 3.1)
            return neutral;
    }
    return far;
}

QColor segmentFill(const ChartSpec &spec, int segmentIndex)
{
    const Study &study = spec.study;
    const QColor own = segmentIndex < 0 ? spec.style.adoption
                                        : spec.style.segmentColor(segmentIndex, segmentIndex == study.baselineSegment);
    if (!spec.emphasis.hasHighlight())
        return own;
    const QColor muted = mutedColor(spec.style);
    if (spec.emphasis.highlightSegment != segmentIndex)
        return muted;
    const QColor background = spec.style.background;
    const QColor far = darkBackground(spec.style) ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step <= 100; step += 2) {
        const QColor candidate = mix(own, far, step / 100.0);
        if (ChartStyle::contrastRatio(candidate, background) >= 4.5 &&
            ChartStyle::contrastRatio(candidate, muted) >= 1.5)
            return candidate;
    }
    return far;
}

void solidLegendMarkers(QChart *chart)
{
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
        return text(spec.language, QT_TRANSLATE_NOOP("ChartFactory", "Not reported for %1: %2"))
            .arg(QString::number(spec.waveYear), missing.join(QStringLiteral(", ")));
    }
    return Narrative::trendGapsNote(study, spec.language);
}

QString toolTipText(const Study &study, int segmentIndex, int waveYear, Language language)
{
    const int waveIdx = study.waveIndex(waveYear);
    const Share share =
        segmentIndex < 0 ? DerivedFigures::adoptionShare(study, waveIdx) : study.share(waveIdx, segmentIndex);
    return text(language, QT_TRANSLATE_NOOP("ChartFactory", "%1, %2: %3"))
        .arg(segmentName(study, segmentIndex, language), QString::number(waveYear), formatShare(share, language));
}

QString lineAccessibleName(const Study &study, int segmentIndex, Language language)
{
    QStringList points;
    for (qsizetype w = 0; w < study.waves.size(); ++w) {
        const Share share =
            segmentIndex < 0 ? DerivedFigures::adoptionShare(study, int(w)) : study.share(int(w), segmentIndex);
        //: A wave's year and the line's share in it, e.g. "2011 56%"
        points.append(text(language, QT_TRANSLATE_NOOP("ChartFactory", "%1 %2"))
                          .arg(QString::number(study.waves.at(w).year), formatShare(share, language)));
    }
    //: A trend line's name and its points, e.g. "No social media: 2011 56%, 2012 47%"
    return text(language, QT_TRANSLATE_NOOP("ChartFactory", "%1: %2"))
        .arg(segmentName(study, segmentIndex, language), points.join(QStringLiteral(", ")));
}

PageChart::PageChart(const ChartSpec &spec)
    : m_spec(spec)
{}

PageChart::~PageChart() = default;

QGraphicsScene *PageChart::layOut(const Typography &type, const QSizeF &size)
{
    if (!m_scene || !(type == m_type) || size != m_size) {
        m_scene = std::make_unique<QGraphicsScene>();
        QChart *chart = createChart(m_spec, type, size);
        m_scene->addItem(chart); // the scene owns the chart
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        layoutChart(chart);
        fitLegend(chart);
        m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
        m_type = type;
        m_size = size;
    }
    return m_scene.get();
}

void renderPage(QPainter *painter, const QRectF &target, const ChartSpec &spec)
{
    ChartPage::render(painter, target, spec, publicationTypography(target.size()));
}

void renderPage(QPainter *painter, const QRectF &target, PageChart *page)
{
    ChartPage::render(painter, target, page, publicationTypography(target.size()));
}

QString wrapText(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font);
    // Pieces to put on lines: words, and the parts of a hyphenated word too long for a
    // line ("Social-Media-" "Strategien"); glue says how a piece joins the one before.
    struct Piece
    {
        QString text;
        bool afterSpace;
    };
    QList<Piece> pieces;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) <= width || !word.contains(u'-')) {
            pieces.append({word, true});
            continue;
        }
        qsizetype start = 0;
        bool first = true;
        while (start < word.size()) {
            qsizetype end = word.indexOf(u'-', start);
            end = end < 0 || end == word.size() - 1 ? word.size() : end + 1;
            pieces.append({word.mid(start, end - start), first});
            first = false;
            start = end;
        }
    }
    QStringList lines;
    QString line;
    for (const Piece &piece : pieces) {
        const QString candidate = line.isEmpty() ? piece.text : line + (piece.afterSpace ? u" " : u"") + piece.text;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = piece.text;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(u'\n');
}

} // namespace ChartFactory

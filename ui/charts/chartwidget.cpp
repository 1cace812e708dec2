// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartwidget.h"

#include "core/narrative.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/highcontraststyle.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kFocusFrameWidth = 3;

QFont scaledFont(QFont font, qreal factor)
{
    font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    return font;
}

void scaleChartTexts(QChart *chart, qreal factor)
{
    chart->setTitleFont(scaledFont(chart->titleFont(), factor));
    chart->legend()->setFont(scaledFont(chart->legend()->font(), factor));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setTitleFont(scaledFont(axis->titleFont(), factor));
        axis->setLabelsFont(scaledFont(axis->labelsFont(), factor));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelFont(scaledFont(set->labelFont(), factor));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            line->setPointLabelsFont(scaledFont(line->pointLabelsFont(), factor));
            line->setMarkerSize(line->markerSize() * factor);
        }
    }
    // The data labels are the chart's own text items; they are placed again when the plot
    // area changes, so they may simply grow here.
    for (QGraphicsItem *child : chart->childItems()) {
        if (auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            label->setFont(scaledFont(label->font(), factor));
    }
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_note(new QLabel(this))
    , m_source(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(420, 300);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this); // arrow keys and the focus frame
    setFocusProxy(m_view);
    for (QLabel *label : {m_note, m_source}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setFont(scaledFont(m_spec.style.font(ChartStyle::kFootnotePixelSize), effectiveTextScale()));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_source->setObjectName(QStringLiteral("chartSource"));

    auto *layout = new QVBoxLayout(this);
    // Room for the focus frame around the chart.
    layout->setContentsMargins(kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_source);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    // The view's current chart: the last one set, or the empty chart QChartView makes for
    // itself at first (setChart() releases it without deleting it).
    QChart *old = m_view->chart();
    m_chart = ChartFactory::createChart(spec);
    if (m_highContrast)
        HighContrastStyle::applyToChart(m_chart, spec);
    if (const qreal scale = effectiveTextScale(); !qFuzzyCompare(scale, 1.0))
        scaleChartTexts(m_chart, scale);
    m_view->setChart(m_chart);                           // takes ownership of the new chart
    m_view->setBackgroundBrush(m_spec.style.background); // around the chart, in the theme's colour
    delete old;
    connectSeries();
    applySelection();
    fitTitle();

    for (QLabel *label : {m_note, m_source}) // the theme may have changed the family
        label->setFont(scaledFont(m_spec.style.font(ChartStyle::kFootnotePixelSize), m_textScale));
    const QString note = ChartFactory::missingDataNote(spec);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_source->setText(Narrative::sourceLine(spec.study));
    m_view->setAccessibleName(m_chart->property("plainTitle").toString());
    m_view->setAccessibleDescription(Narrative::altText(
        spec.study, spec.kind == ChartKind::Trend ? Narrative::ChartType::Trend : Narrative::ChartType::Bar,
        spec.waveYear, spec.language));
}

void ChartWidget::setTextScale(qreal factor)
{
    factor = std::clamp(factor, 0.25, 8.0);
    if (qFuzzyCompare(factor, m_textScale))
        return;
    m_textScale = factor;
    for (QLabel *label : {m_note, m_source})
        label->setFont(scaledFont(m_spec.style.font(ChartStyle::kFootnotePixelSize), effectiveTextScale()));
    if (m_chart)
        setSpec(m_spec);
}

void ChartWidget::setFollowsApplicationFont(bool on)
{
    if (on == m_followsApplicationFont)
        return;
    m_followsApplicationFont = on;
    for (QLabel *label : {m_note, m_source})
        label->setFont(scaledFont(m_spec.style.font(ChartStyle::kFootnotePixelSize), effectiveTextScale()));
    if (m_chart)
        setSpec(m_spec);
}

qreal ChartWidget::effectiveTextScale() const
{
    if (!m_followsApplicationFont)
        return m_textScale;
    // The footnotes are as large as the application's text, the other chart texts grow with
    // them; a small system font keeps the export sizes, which are designed to be legible.
    const qreal applicationPixels = QFontInfo(font()).pixelSize();
    return m_textScale * std::max(1.0, applicationPixels / ChartStyle::kFootnotePixelSize);
}

void ChartWidget::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    if (m_chart)
        setSpec(m_spec);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        for (QLabel *label : {m_note, m_source})
            label->setFont(scaledFont(m_spec.style.font(ChartStyle::kFootnotePixelSize), effectiveTextScale()));
        if (m_chart)
            setSpec(m_spec);
    }
    QWidget::changeEvent(event);
}

void ChartWidget::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_view->hasFocus())
        return;
    QPainter painter(this);
    const QRect inner = m_view->geometry();
    const QRegion frame =
        QRegion(inner.adjusted(-kFocusFrameWidth, -kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth)) -
        QRegion(inner);
    for (const QRect &rect : frame)
        painter.fillRect(rect, palette().color(QPalette::Highlight));
}

QList<int> ChartWidget::selectableSegments() const
{
    QList<int> segments;
    if (!m_chart)
        return segments;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                segments.append(set->property("segmentIndex").toInt());
        } else if (qobject_cast<QLineSeries *>(series)) {
            const int segment = series->property("segmentIndex").toInt();
            if (!segments.contains(segment))
                segments.append(segment);
        }
    }
    return segments;
}

bool ChartWidget::handleKey(int key)
{
    const QList<int> segments = selectableSegments();
    if (segments.isEmpty())
        return false;
    // -1 is both "nothing selected" and the adoption line: the keyboard position tells them apart.
    qsizetype current = -1;
    if (m_keyboardIndex >= 0 && m_keyboardIndex < segments.size() && segments.at(m_keyboardIndex) == m_selectedSegment)
        current = m_keyboardIndex;
    else if (m_selectedSegment >= 0)
        current = segments.indexOf(m_selectedSegment);
    const qsizetype last = segments.size() - 1;
    qsizetype next = 0;
    switch (key) {
    case Qt::Key_Left:
        next = current < 0 ? last : std::max<qsizetype>(0, current - 1);
        break;
    case Qt::Key_Right:
        next = current < 0 ? 0 : std::min(last, current + 1);
        break;
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = last;
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next = std::max<qsizetype>(0, current);
        break;
    default:
        return false;
    }
    m_keyboardIndex = next;
    activateByKeyboard(segments.at(next));
    return true;
}

void ChartWidget::activateByKeyboard(int segmentIndex)
{
    int waveYear = m_spec.waveYear;
    if (m_spec.kind == ChartKind::Trend) {
        // A trend line stands for its newest known point, as segmentPosition() does.
        for (QAbstractSeries *series : m_chart->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (line && line->count() > 0 && line->property("segmentIndex").toInt() == segmentIndex)
                waveYear = int(std::lround(line->at(line->count() - 1).x()));
        }
    }
    const qsizetype keyboardIndex = m_keyboardIndex;
    setSelectedSegment(segmentIndex);
    m_keyboardIndex = keyboardIndex;
    applySelection();
    Q_EMIT segmentActivated(segmentIndex, waveYear);
    m_lastToolTip = ChartFactory::toolTipText(m_spec.study, segmentIndex, waveYear, m_spec.language);
    QToolTip::showText(m_view->viewport()->mapToGlobal(segmentPosition(segmentIndex)), m_lastToolTip, m_view);
}

void ChartWidget::connectSeries()
{
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            connect(bars, &QBarSeries::clicked, this, [this](int, QBarSet *set) {
                Q_EMIT segmentActivated(set->property("segmentIndex").toInt(), m_spec.waveYear);
            });
            connect(bars, &QBarSeries::hovered, this, [this](bool status, int, QBarSet *set) {
                if (status)
                    showToolTip(set->property("segmentIndex").toInt(), m_spec.waveYear);
                else
                    QToolTip::hideText();
            });
        }
    }
}

std::optional<std::pair<int, int>> ChartWidget::trendPointAt(const QPoint &viewportPos) const
{
    // Trend points are hit-tested here rather than by QLineSeries::clicked, which misses
    // lines of a single point (a segment known in one wave only).
    constexpr double kHitRadius = 14.0;
    std::optional<std::pair<int, int>> best;
    double bestDistance = kHitRadius;
    for (QAbstractSeries *series : m_chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line)
            continue;
        for (const QPointF &value : line->points()) {
            const QPointF scenePos = m_chart->mapToScene(m_chart->mapToPosition(value, line));
            const double distance = QLineF(QPointF(m_view->mapFromScene(scenePos)), QPointF(viewportPos)).length();
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = std::pair{line->property("segmentIndex").toInt(), int(std::lround(value.x()))};
            }
        }
    }
    return best;
}

void ChartWidget::fitTitle()
{
    // Qt Charts cuts a title that is wider than the chart to "…" (long German titles in a
    // narrow window): shrink its font instead, down to a readable minimum.
    if (!m_chart)
        return;
    QFont font = m_chart->titleFont();
    const int preferred = qRound(ChartStyle::kTitlePixelSize * effectiveTextScale());
    font.setPixelSize(preferred);
    const qreal available = m_view->viewport()->width() - 40.0;
    while (font.pixelSize() > 12 && QFontMetricsF(font).horizontalAdvance(m_chart->title()) > available)
        font.setPixelSize(font.pixelSize() - 1);
    if (font != m_chart->titleFont())
        m_chart->setTitleFont(font);
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitle();
    if (watched == m_view) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                if (handleKey(key->key()))
                    return true;
            }
        } else if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
            update();
        }
    }
    if (watched == m_view->viewport() && m_spec.kind == ChartKind::Trend && m_chart) {
        if (event->type() == QEvent::MouseButtonPress) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton) {
                if (const auto hit = trendPointAt(mouse->position().toPoint()))
                    Q_EMIT segmentActivated(hit->first, hit->second);
            }
        } else if (event->type() == QEvent::MouseMove) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (const auto hit = trendPointAt(mouse->position().toPoint()))
                showToolTip(hit->first, hit->second);
            else
                QToolTip::hideText();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartWidget::showToolTip(int segmentIndex, int waveYear)
{
    m_lastToolTip = ChartFactory::toolTipText(m_spec.study, segmentIndex, waveYear, m_spec.language);
    QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(m_lastToolTip, Qt::WhiteSpaceNoWrap), m_view);
}

void ChartWidget::setSelectedSegment(int segmentIndex)
{
    if (segmentIndex != m_selectedSegment)
        m_keyboardIndex = -1;
    m_selectedSegment = segmentIndex;
    applySelection();
}

void ChartWidget::applySelection()
{
    if (!m_chart)
        return;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                const bool selected = set->property("segmentIndex").toInt() == m_selectedSegment;
                set->setPen(selected ? QPen(m_spec.style.text, 4.0) : QPen(m_spec.style.background, 4.0));
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            const int segment = line->property("segmentIndex").toInt();
            const bool selected =
                segment == m_selectedSegment && (segment >= 0 || selectableSegments().value(m_keyboardIndex, 0) == -1);
            pen.setWidthF(selected ? 5.0 : 3.0);
            line->setPen(pen);
        }
    }
    ChartFactory::solidLegendMarkers(m_chart);
}

QWidget *ChartWidget::chartViewport() const
{
    return m_view->viewport();
}

QWidget *ChartWidget::chartView() const
{
    return m_view;
}

QPoint ChartWidget::segmentPosition(int segmentIndex) const
{
    if (!m_chart)
        return {};
    for (QAbstractSeries *series : m_chart->series()) {
        if (series->property("segmentIndex").toInt() != segmentIndex && qobject_cast<QLineSeries *>(series))
            continue;
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->property("segmentIndex").toInt() != segmentIndex)
                    continue;
                // The bar is the rectangle of the set's colour inside the plot area.
                const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
                for (QGraphicsItem *item : m_view->scene()->items()) {
                    auto *rect = dynamic_cast<QGraphicsRectItem *>(item);
                    if (!rect || !rect->isVisible() || rect->brush().color() != set->color())
                        continue;
                    const QRectF bounds = rect->sceneBoundingRect();
                    if (bounds.height() > 1.0 && plot.contains(bounds.center()))
                        return m_view->mapFromScene(bounds.center());
                }
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            if (line->count() == 0)
                continue;
            const QPointF value = line->at(line->count() - 1);
            const QPointF scenePos = m_chart->mapToScene(m_chart->mapToPosition(value, line));
            return m_view->mapFromScene(scenePos);
        }
    }
    return {};
}

QStringList ChartWidget::visibleTexts() const
{
    QStringList texts;
    if (!m_view->scene())
        return texts;
    for (QGraphicsItem *item : m_view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->document()->toRawText()); // keeps no-break spaces
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    }
    // Point labels that Qt Charts paints itself are not items: add them as the series
    // formats them (Qt Charts' own rule: the chart locale's toString of the value).
    for (QAbstractSeries *series : m_chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->pointLabelsVisible()) {
            for (const QPointF &point : line->points())
                texts.append(QString(line->pointLabelsFormat())
                                 .replace(QStringLiteral("@yPoint"), m_chart->locale().toString(point.y())));
        }
    }
    return texts;
}

QString ChartWidget::footnoteText() const
{
    return m_note->isVisible() ? m_note->text() + u'\n' + m_source->text() : m_source->text();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartwidget.h"

#include "core/narrative.h"
#include "ui/charts/chartaccessible.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/highcontraststyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAccessible>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
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

QFont textFont(const ChartStyle::Theme &style, double size, bool bold = false)
{
    return style.font(std::max(1, int(std::lround(size))), bold);
}

} // namespace

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_description(new QLabel(this))
    , m_view(new QChartView(this))
    , m_note(new QLabel(this))
    , m_source(new QLabel(this))
    , m_byline(new QLabel(this))
{
    ChartAccessible::install(); // before the view is first asked for its accessible interface
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 240);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this); // arrow keys and the focus frame
    setFocusProxy(m_view);
    for (QLabel *label : {m_headline, m_description, m_note, m_source, m_byline}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_headline->setObjectName(QStringLiteral("chartHeadline"));
    m_description->setObjectName(QStringLiteral("chartDescription"));
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_source->setObjectName(QStringLiteral("chartSource"));
    m_byline->setObjectName(QStringLiteral("chartByline"));
    updateTextFonts();

    auto *layout = new QVBoxLayout(this);
    // Room for the focus frame around the chart.
    layout->setContentsMargins(kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth, kFocusFrameWidth);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_description);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    auto *credit = new QHBoxLayout;
    credit->setContentsMargins(0, 0, 0, 0);
    credit->addWidget(m_source, 1);
    credit->addWidget(m_byline, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(credit);
}

ChartWidget::~ChartWidget() = default;

Typography ChartWidget::typography() const
{
    return screenTypography().scaled(effectiveTextScale());
}

void ChartWidget::updateTextFonts()
{
    const Typography type = typography();
    m_headline->setFont(textFont(m_spec.style, type.headline, true));
    m_description->setFont(textFont(m_spec.style, type.description));
    for (QLabel *label : {m_note, m_source, m_byline})
        label->setFont(textFont(m_spec.style, type.footer));
}

void ChartWidget::setParts(const ChartParts &parts)
{
    if (parts == m_parts)
        return;
    m_parts = parts;
    if (m_chart)
        setSpec(m_spec);
}

void ChartWidget::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    m_spec.parts = m_parts;
    // The view's current chart: the last one set, or the empty chart QChartView makes for
    // itself at first (setChart() releases it without deleting it).
    QChart *old = m_view->chart();
    const QSizeF size = m_view->viewport()->width() > 0 ? QSizeF(m_view->viewport()->size()) : QSizeF(720, 420);
    m_chart = ChartFactory::createChart(m_spec, typography(), size);
    m_horizontalBars =
        m_spec.kind == ChartKind::Bar && ChartFactory::prefersHorizontalBars(m_spec, typography(), size.width());
    if (m_highContrast)
        HighContrastStyle::applyToChart(m_chart, m_spec);
    m_view->setChart(m_chart);                           // takes ownership of the new chart
    m_view->setBackgroundBrush(m_spec.style.background); // around the chart, in the theme's colour
    delete old;
    connectSeries();
    applySelection();

    updateTextFonts(); // the theme may have changed the family
    const ChartPage::Texts texts = ChartPage::texts(m_spec);
    const std::pair<QLabel *, QString> parts[] = {{m_headline, texts.headline},
                                                  {m_description, texts.description},
                                                  {m_note, texts.notes.join(u'\n')},
                                                  {m_source, texts.source},
                                                  {m_byline, texts.byline}};
    for (const auto &[label, text] : parts) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    }
    m_view->setAccessibleName(m_chart->property("plainTitle").toString());
    m_view->setAccessibleDescription(Narrative::altText(
        spec.study, spec.kind == ChartKind::Trend ? Narrative::ChartType::Trend : Narrative::ChartType::Bar,
        spec.waveYear, spec.language));
    if (QAccessible::isActive()) {
        // The parts (bars or lines) a screen reader knows may be others now, or named in
        // another language.
        QAccessibleEvent reorder(m_view, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&reorder);
        for (qsizetype i = 0; i < selectableSegments().size(); ++i) {
            QAccessibleEvent renamed(m_view, QAccessible::NameChanged);
            renamed.setChild(int(i));
            QAccessible::updateAccessibility(&renamed);
        }
    }
}

void ChartWidget::setTextScale(qreal factor)
{
    factor = std::clamp(factor, 0.25, 8.0);
    if (qFuzzyCompare(factor, m_textScale))
        return;
    m_textScale = factor;
    updateTextFonts();
    if (m_chart)
        setSpec(m_spec);
}

void ChartWidget::setFollowsApplicationFont(bool on)
{
    if (on == m_followsApplicationFont)
        return;
    m_followsApplicationFont = on;
    updateTextFonts();
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
    return m_textScale * std::max(1.0, applicationPixels / screenTypography().footer);
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
        updateTextFonts();
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
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            // On screen from left to right, or top to bottom for horizontal bars.
            QList<int> inBars;
            for (QBarSet *set : bars->barSets())
                inBars.append(set->property("segmentIndex").toInt());
            std::sort(inBars.begin(), inBars.end());
            segments += inBars;
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
    m_selectedSegment = segmentIndex; // keeps m_keyboardIndex, unlike setSelectedSegment()
    applySelection();
    notifyAccessibleSelection(true);
    Q_EMIT segmentActivated(segmentIndex, waveYear);
    m_lastToolTip = ChartFactory::toolTipText(m_spec.study, segmentIndex, waveYear, m_spec.language);
    QToolTip::showText(m_view->viewport()->mapToGlobal(segmentPosition(segmentIndex)), m_lastToolTip, m_view);
}

void ChartWidget::connectSeries()
{
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this](int, QBarSet *set) {
                Q_EMIT segmentActivated(set->property("segmentIndex").toInt(), m_spec.waveYear);
            });
            connect(bars, &QAbstractBarSeries::hovered, this, [this](bool status, int, QBarSet *set) {
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

void ChartWidget::rebuildIfOrientationChanged()
{
    if (!m_chart || m_spec.kind != ChartKind::Bar)
        return;
    const bool horizontal = ChartFactory::prefersHorizontalBars(m_spec, typography(), m_view->viewport()->width());
    if (horizontal != m_horizontalBars)
        setSpec(m_spec);
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        rebuildIfOrientationChanged();
        // The legend is fitted once the view has given the chart its new size.
        if (!m_legendFitPending) {
            m_legendFitPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_legendFitPending = false;
                    if (m_chart)
                        ChartFactory::fitLegend(m_chart);
                },
                Qt::QueuedConnection);
        }
    }
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
    const bool changed = segmentIndex != m_selectedSegment;
    if (changed)
        m_keyboardIndex = -1;
    m_selectedSegment = segmentIndex;
    applySelection();
    if (changed)
        notifyAccessibleSelection(false);
}

qsizetype ChartWidget::selectedPosition() const
{
    const QList<int> segments = selectableSegments();
    // -1 is both "nothing selected" and the adoption line: the keyboard position tells them apart.
    if (m_keyboardIndex >= 0 && m_keyboardIndex < segments.size() && segments.at(m_keyboardIndex) == m_selectedSegment)
        return m_keyboardIndex;
    return m_selectedSegment >= 0 ? segments.indexOf(m_selectedSegment) : -1;
}

void ChartWidget::notifyAccessibleSelection(bool keyboard)
{
    const qsizetype selected = selectedPosition();
    if (selected < 0)
        return;
    QAccessibleEvent selection(m_view, QAccessible::Selection);
    selection.setChild(int(selected));
    QAccessible::updateAccessibility(&selection);
    if (keyboard && m_view->hasFocus()) {
        // The part the keyboard reached takes the focus, so a screen reader reads it.
        QAccessibleEvent descendant(m_view, QAccessible::ActiveDescendantChanged);
        descendant.setChild(int(selected));
        QAccessible::updateAccessibility(&descendant);
        QAccessibleEvent focus(m_view, QAccessible::Focus);
        focus.setChild(int(selected));
        QAccessible::updateAccessibility(&focus);
    }
}

QString ChartWidget::segmentAccessibleName(int segmentIndex) const
{
    if (m_spec.kind == ChartKind::Trend)
        return ChartFactory::lineAccessibleName(m_spec.study, segmentIndex, m_spec.language);
    return ChartFactory::toolTipText(m_spec.study, segmentIndex, m_spec.waveYear, m_spec.language);
}

QRect ChartWidget::segmentRect(int segmentIndex) const
{
    if (!m_chart)
        return {};
    if (m_spec.kind == ChartKind::Bar) {
        const QRectF bar = ChartFactory::barRect(m_chart, segmentIndex);
        return bar.isEmpty() ? QRect() : m_view->mapFromScene(m_chart->mapToScene(bar)).boundingRect();
    }
    QRect box;
    for (QAbstractSeries *series : m_chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || line->property("segmentIndex").toInt() != segmentIndex)
            continue;
        for (const QPointF &value : line->points()) {
            const QPoint at = m_view->mapFromScene(m_chart->mapToScene(m_chart->mapToPosition(value, line)));
            box |= QRect(at, QSize(1, 1)).adjusted(-4, -4, 4, 4); // the point's marker
        }
    }
    return box;
}

void ChartWidget::applySelection()
{
    if (!m_chart)
        return;
    // -1 is both "nothing selected" and the adoption line: the keyboard position tells them apart.
    int selected = m_selectedSegment;
    if (selected < 0)
        selected = selectableSegments().value(m_keyboardIndex, 0) == -1 && m_keyboardIndex >= 0 ? -1 : -2;
    ChartFactory::setSelectedSegment(m_chart, selected);
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
    if (m_spec.kind == ChartKind::Bar) {
        const QRectF bar = ChartFactory::barRect(m_chart, segmentIndex);
        return bar.isEmpty() ? QPoint() : m_view->mapFromScene(m_chart->mapToScene(bar.center()));
    }
    for (QAbstractSeries *series : m_chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line || line->property("segmentIndex").toInt() != segmentIndex || line->count() == 0)
            continue;
        const QPointF value = line->at(line->count() - 1);
        return m_view->mapFromScene(m_chart->mapToScene(m_chart->mapToPosition(value, line)));
    }
    return {};
}

QStringList ChartWidget::visibleTexts() const
{
    QStringList texts;
    for (QLabel *label : {m_headline, m_description}) {
        if (!label->isHidden() && !label->text().isEmpty())
            texts.append(label->text());
    }
    if (!m_view->scene())
        return texts;
    for (QGraphicsItem *item : m_view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
            if (!text->document()->isEmpty())
                texts.append(text->document()->toRawText()); // keeps no-break spaces
        } else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
            texts.append(QString(simple->text()).replace(u'\n', u' ')); // names wrapped to their room
        }
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
    QStringList lines;
    for (QLabel *label : {m_note, m_source, m_byline}) {
        if (!label->isHidden() && !label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

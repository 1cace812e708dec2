// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartaccessible.h"

#include "ui/charts/chartwidget.h"

#include <QChartView>

namespace {

// One bar or trend line. It has no QObject of its own: it asks the chart for its name,
// place and state each time, so it stays right when the chart is rebuilt.
class ChartPartAccessible final : public QAccessibleInterface
{
public:
    ChartPartAccessible(QWidget *view, int segmentIndex)
        : m_view(view)
        , m_segment(segmentIndex)
    {}

    bool isValid() const override { return chart() && position() >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        QAccessibleInterface *chartInterface = parent();
        return chartInterface ? chartInterface->window() : nullptr;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        const ChartWidget *widget = chart();
        if (!widget || t != QAccessible::Name)
            return QString();
        return widget->segmentAccessibleName(m_segment);
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        const ChartWidget *widget = chart();
        if (!widget)
            return {};
        const QRect local = widget->segmentRect(m_segment);
        return local.isNull() ? QRect() : local.translated(widget->chartViewport()->mapToGlobal(QPoint(0, 0)));
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        const ChartWidget *widget = chart();
        if (!widget) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.selectable = true;
        const qsizetype at = position();
        state.selected = at >= 0 && at == widget->selectedPosition();
        state.focused = m_view->hasFocus() && at >= 0 && at == widget->keyboardPosition();
        state.invisible = !m_view->isVisible();
        return state;
    }

private:
    ChartWidget *chart() const { return m_view ? qobject_cast<ChartWidget *>(m_view->parentWidget()) : nullptr; }
    qsizetype position() const
    {
        const ChartWidget *widget = chart();
        return widget ? widget->selectableSegments().indexOf(m_segment) : -1;
    }

    QPointer<QWidget> m_view;
    int m_segment;
};

QAccessibleInterface *chartFactory(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    auto *view = qobject_cast<QChartView *>(object);
    if (!view || view->objectName() != u"chartView" || !qobject_cast<ChartWidget *>(view->parentWidget()))
        return nullptr;
    return new ChartAccessible(view);
}

} // namespace

ChartAccessible::ChartAccessible(QWidget *view)
    : QAccessibleWidget(view, QAccessible::Chart)
{}

ChartAccessible::~ChartAccessible()
{
    for (QAccessible::Id id : std::as_const(m_parts))
        QAccessible::deleteAccessibleInterface(id);
}

void ChartAccessible::install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QAccessible::installFactory(chartFactory);
}

ChartWidget *ChartAccessible::chart() const
{
    return qobject_cast<ChartWidget *>(widget()->parentWidget());
}

int ChartAccessible::childCount() const
{
    const ChartWidget *widget = chart();
    return widget ? int(widget->selectableSegments().size()) : 0;
}

QAccessibleInterface *ChartAccessible::child(int index) const
{
    const ChartWidget *widget = chart();
    if (!widget)
        return nullptr;
    const QList<int> segments = widget->selectableSegments();
    if (index < 0 || index >= segments.size())
        return nullptr;
    const int segment = segments.at(index);
    auto found = m_parts.constFind(segment);
    if (found != m_parts.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto *part = new ChartPartAccessible(this->widget(), segment);
    m_parts.insert(segment, QAccessible::registerAccessibleInterface(part)); // the cache owns it
    return part;
}

int ChartAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    const ChartWidget *widget = chart();
    for (auto it = m_parts.constBegin(); widget && it != m_parts.constEnd(); ++it) {
        if (it.value() == id)
            return int(widget->selectableSegments().indexOf(it.key()));
    }
    return -1;
}

QAccessibleInterface *ChartAccessible::focusChild() const
{
    const ChartWidget *widget = chart();
    if (!widget || !this->widget()->hasFocus())
        return nullptr;
    return child(int(widget->keyboardPosition()));
}

QAccessibleInterface *ChartAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *part = child(i);
        if (part && part->rect().contains(x, y))
            return part;
    }
    return nullptr;
}

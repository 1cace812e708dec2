// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

class ChartWidget;

/// The chart as a screen reader sees it (AT-SPI on Linux): a node of role Chart, named by
/// the chart's title and described by its alt text, whose children are the parts the arrow
/// keys step through, in their order on screen: each bar ("No social media, 2012: 47%") or
/// each trend line with its points ("No social media: 2011 56%, 2012 47%"). A part is
/// selectable and reports itself selected and focused as the keyboard reaches it;
/// ChartWidget sends the focus, selection and active-descendant events.
///
/// Qt 6.4 (Debian 12) has no selection interface for custom items (QAccessibleSelection-
/// Interface came with Qt 6.5), so the selection is the parts' selected state and its
/// change events.
class ChartAccessible final : public QAccessibleWidget
{
public:
    /// view: the chart view of a ChartWidget (ChartWidget::chartView()).
    explicit ChartAccessible(QWidget *view);
    ~ChartAccessible() override;

    QAccessible::Role role() const override { return QAccessible::Chart; }
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    /// The chart widget this view belongs to; null once it is gone.
    ChartWidget *chart() const;

    /// Makes Qt use ChartAccessible for every chart view (once per process).
    static void install();

private:
    mutable QHash<int, QAccessible::Id> m_parts; ///< By segment index (-1: adoption line).
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "layoutcheck.h"

#include "ui/charts/chartwidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLegend>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace {

QString describe(const QWidget *widget)
{
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text().left(40);
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QStringLiteral(" \"%1\"").arg(widget->objectName());
    if (!text.isEmpty())
        name += QStringLiteral(" '%1'").arg(text);
    return name;
}

// The smallest size a layout gives the widget (what QLayout's qSmartMinSize computes).
QSize layoutMinimum(const QWidget *widget)
{
    const QSize hint = widget->sizeHint();
    const QSize minimumHint = widget->minimumSizeHint();
    const QSizePolicy policy = widget->sizePolicy();
    QSize result;
    if (policy.horizontalPolicy() != QSizePolicy::Ignored)
        result.setWidth(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag ? minimumHint.width() : hint.width());
    if (policy.verticalPolicy() != QSizePolicy::Ignored)
        result.setHeight(policy.verticalPolicy() & QSizePolicy::ShrinkFlag ? minimumHint.height() : hint.height());
    if (widget->minimumWidth() > 0)
        result.setWidth(widget->minimumWidth());
    if (widget->minimumHeight() > 0)
        result.setHeight(widget->minimumHeight());
    return result.expandedTo(QSize(0, 0));
}

// Parts Qt draws for itself, scrolled content and viewports: judged through their owners.
bool isInternal(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QSplitterHandle *>(widget) ||
        qobject_cast<const QMenu *>(widget) || widget->inherits("QFocusFrame") || widget->inherits("QRubberBand") ||
        widget->inherits("QTipLabel") || widget->inherits("QDockWidgetTitleButton"))
        return true;
    if (widget->objectName().startsWith(QStringLiteral("qt_")))
        return true; // scroll area containers, tool bar extension, spin box line edits …
    if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == widget)
        return true;
    // Inside an item view: editors, index widgets; inside a tab bar: its scroll buttons.
    for (const QWidget *up = parent; up; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(up) || qobject_cast<const QTabBar *>(up) ||
            qobject_cast<const QAbstractSpinBox *>(up) || qobject_cast<const QComboBox *>(up) ||
            qobject_cast<const ChartWidget *>(up))
            return true;
        if (up->isWindow())
            break;
    }
    return false;
}

bool parentScrolls(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    const QWidget *grand = parent ? parent->parentWidget() : nullptr;
    auto *area = grand ? qobject_cast<const QAbstractScrollArea *>(grand) : nullptr;
    return area && area->viewport() == parent;
}

void checkWidgetRoom(const QWidget *widget, QStringList *problems)
{
    const QSize minimum = layoutMinimum(widget);
    if (widget->width() + 1 < minimum.width() || widget->height() + 1 < minimum.height()) {
        problems->append(QStringLiteral("%1: squeezed to %2×%3 px, needs %4×%5")
                             .arg(describe(widget))
                             .arg(widget->width())
                             .arg(widget->height())
                             .arg(minimum.width())
                             .arg(minimum.height()));
        return;
    }
    const QWidget *parent = widget->parentWidget();
    if (parent && !widget->isWindow() && !parentScrolls(widget) && !qobject_cast<const QToolBar *>(parent) &&
        !parent->rect().adjusted(-1, -1, 1, 1).contains(widget->geometry())) {
        problems->append(QStringLiteral("%1: cut off by %2 (%3,%4 %5×%6 in %7×%8)")
                             .arg(describe(widget), describe(parent))
                             .arg(widget->x())
                             .arg(widget->y())
                             .arg(widget->width())
                             .arg(widget->height())
                             .arg(parent->width())
                             .arg(parent->height()));
    }
}

void checkLabel(const QLabel *label, QStringList *problems)
{
    if (!label->wordWrap() || label->text().isEmpty())
        return;
    const int needed = label->heightForWidth(label->width());
    if (needed > label->height() + 1)
        problems->append(
            QStringLiteral("%1: text cut, %2 px high, needs %3").arg(describe(label)).arg(label->height()).arg(needed));
}

void checkField(const QWidget *widget, QStringList *problems)
{
    const QFontMetrics metrics = widget->fontMetrics();
    if (auto *edit = qobject_cast<const QLineEdit *>(widget)) {
        const int wanted = std::min(edit->sizeHint().width(), std::max(metrics.horizontalAdvance(edit->text()) + 16,
                                                                       10 * metrics.averageCharWidth()));
        if (edit->width() + 1 < wanted)
            problems->append(
                QStringLiteral("%1: field %2 px wide, needs %3").arg(describe(edit)).arg(edit->width()).arg(wanted));
    } else if (auto *combo = qobject_cast<const QComboBox *>(widget)) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        const int needed = metrics.horizontalAdvance(combo->currentText());
        if (field.width() + 1 < needed)
            problems->append(QStringLiteral("%1: item '%2' cut (%3 px for %4)")
                                 .arg(describe(combo), combo->currentText())
                                 .arg(field.width())
                                 .arg(needed));
    }
}

void checkTabs(const QTabBar *tabs, QStringList *problems)
{
    const int frame = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        const int needed = tabs->fontMetrics().size(Qt::TextShowMnemonic, tabs->tabText(i)).width() + frame;
        const QRect rect = tabs->tabRect(i);
        const int room = tabs->shape() == QTabBar::RoundedWest || tabs->shape() == QTabBar::RoundedEast ? rect.height()
                                                                                                        : rect.width();
        if (room + 1 < needed)
            problems->append(QStringLiteral("%1: tab '%2' elided (%3 px for %4)")
                                 .arg(describe(tabs), tabs->tabText(i))
                                 .arg(room)
                                 .arg(needed));
    }
}

void checkItemView(QAbstractItemView *view, QStringList *problems)
{
    auto *table = qobject_cast<QTableView *>(view);
    if (!table || !view->model())
        return;
    const QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const int width = table->columnWidth(column);
        if (header->isVisible() && width + 1 < header->sectionSizeHint(column))
            problems->append(
                QStringLiteral("%1: header '%2' cut (%3 px for %4)")
                    .arg(describe(view), view->model()->headerData(column, Qt::Horizontal).toString().left(40))
                    .arg(width)
                    .arg(header->sectionSizeHint(column)));
        // A long text may be elided in a list when its tooltip shows it whole and the column
        // takes what it can: one the user widens, or one that fills the list's width.
        const QModelIndex first = view->model()->index(table->rowAt(0) < 0 ? 0 : table->rowAt(0), column);
        const QString shown = first.data(Qt::DisplayRole).toString();
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(column);
        const bool toolTipShowsAll = !shown.isEmpty() && first.data(Qt::ToolTipRole).toString().contains(shown) &&
                                     (mode == QHeaderView::Interactive || mode == QHeaderView::Stretch);
        const int cells = view->sizeHintForColumn(column);
        if (width + 1 < cells && !toolTipShowsAll)
            problems->append(
                QStringLiteral("%1: cells of column '%2' cut (%3 px for %4)")
                    .arg(describe(view), view->model()->headerData(column, Qt::Horizontal).toString().left(40))
                    .arg(width)
                    .arg(cells));
    }
}

void checkBars(QWidget *widget, QStringList *problems)
{
    if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
        for (QAction *action : menuBar->actions()) {
            if (action->isVisible() && !menuBar->rect().contains(menuBar->actionGeometry(action)))
                problems->append(QStringLiteral("%1: menu '%2' doesn't fit").arg(describe(menuBar), action->text()));
        }
    }
    if (auto *toolBar = qobject_cast<QToolBar *>(widget)) {
        const auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        if (extension && extension->isVisible())
            problems->append(QStringLiteral("%1: entries moved into the overflow button").arg(describe(toolBar)));
    }
}

void checkChart(const ChartWidget *chart, QStringList *problems)
{
    for (const QString &text : chart->visibleTexts()) {
        if (text.contains(QChar(0x2026)) || text.contains(QStringLiteral("...")))
            problems->append(QStringLiteral("%1: chart text elided: '%2'").arg(describe(chart), text));
    }
    auto *view = qobject_cast<QChartView *>(chart->chartView());
    if (!view || !view->chart())
        return;
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    const QRectF plot = view->chart()->plotArea();
    if (plot.width() < 160 || plot.height() < 100)
        problems->append(QStringLiteral("%1: plot area only %2×%3 px")
                             .arg(describe(chart))
                             .arg(int(plot.width()))
                             .arg(int(plot.height())));
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (!item->isVisible() || item->boundingRect().isEmpty())
            continue;
        const QRectF rect = item->sceneBoundingRect();
        // Text, legend and series parts; the chart's own background may reach past the view.
        if (item == view->chart() || item->parentItem() == nullptr)
            continue;
        // Qt Charts' background rectangle (behind the chart, z -1): with a fixed plot area
        // it keeps the size the chart was built with and may reach past the view unseen.
        if (item->parentItem() == view->chart() && item->zValue() < 0 && item->type() == QGraphicsRectItem::Type)
            continue;
        if (!shown.contains(rect) && rect.intersects(shown.adjusted(-1000, -1000, 1000, 1000))) {
            const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
            const auto *rich = dynamic_cast<const QGraphicsTextItem *>(item);
            const QString what = text ? text->text() : rich ? rich->toPlainText() : QStringLiteral("a drawn part");
            problems->append(QStringLiteral("%1: %2 cut by the view (%3,%4 %5×%6 outside %7×%8)")
                                 .arg(describe(chart), what.left(40))
                                 .arg(int(rect.x()))
                                 .arg(int(rect.y()))
                                 .arg(int(rect.width()))
                                 .arg(int(rect.height()))
                                 .arg(int(shown.width()))
                                 .arg(int(shown.height())));
        }
    }
    if (const QLegend *legend = view->chart()->legend();
        legend && legend->isVisible() && !shown.contains(legend->sceneBoundingRect()))
        problems->append(QStringLiteral("%1: legend cut by the view").arg(describe(chart)));
}

// A widget on a page that scrolls (a QScrollArea's page) is checked also when it is scrolled
// out of view: the user scrolls to it, and it must fit there as well.
bool onScrollingPage(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QScrollArea *>(parent))
            return area->isVisible() && !area->visibleRegion().isEmpty();
    }
    return false;
}

} // namespace

QStringList layoutProblems(QWidget *window)
{
    QStringList problems;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != window && widget->window() != window)
            continue; // another window's (a dialog's) parts are checked with that window
        if (!widget->isVisible() || (widget->visibleRegion().isEmpty() && !onScrollingPage(widget)))
            continue;
        if (auto *chart = qobject_cast<ChartWidget *>(widget))
            checkChart(chart, &problems);
        if (isInternal(widget))
            continue;
        if (widget != window)
            checkWidgetRoom(widget, &problems);
        if (auto *label = qobject_cast<QLabel *>(widget))
            checkLabel(label, &problems);
        checkField(widget, &problems);
        if (auto *tabs = qobject_cast<QTabBar *>(widget))
            checkTabs(tabs, &problems);
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(widget))
            checkItemView(view, &problems);
        checkBars(widget, &problems);
        // A page of fields may scroll down, never sideways (tables may).
        if (auto *area = qobject_cast<QScrollArea *>(widget);
            area && area->widgetResizable() && area->horizontalScrollBar()->isVisible())
            problems.append(QStringLiteral("%1: the page scrolls sideways (%2 px wide, needs %3)")
                                .arg(describe(area))
                                .arg(area->viewport()->width())
                                .arg(area->widget()->minimumSizeHint().width()));
    }
    if (window->isWindow() && window->screen()) {
        const QRect screen = window->screen()->availableGeometry();
        if (window->width() > screen.width() || window->height() > screen.height())
            problems.append(QStringLiteral("%1: window %2×%3 px is larger than the screen (%4×%5)")
                                .arg(describe(window))
                                .arg(window->width())
                                .arg(window->height())
                                .arg(screen.width())
                                .arg(screen.height()));
    }
    return problems;
}

QStringList layoutProblemsOfAllWindows()
{
    QStringList problems;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && !qobject_cast<QMenu *>(window) && !window->inherits("QTipLabel"))
            problems += layoutProblems(window);
    }
    return problems;
}

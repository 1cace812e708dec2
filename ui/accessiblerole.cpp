// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/accessiblerole.h"

#include <QAbstractItemView>
#include <QAccessibleWidget>
#include <QApplication>
#include <QEvent>
#include <QHash>
#include <QItemSelectionModel>
#include <QPointer>
#include <QTabBar>
#include <QVariant>
#include <QWidget>

namespace {

constexpr char kRoleProperty[] = "chartweekAccessibleRole";

// "&Data" → "Data", "R&&D" → "R&D": the text a screen reader says for a mnemonic label.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

// One tab of a tab bar; asks the tab bar for everything, so it stays right as tabs change.
class TabAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TabAccessible(QTabBar *tabBar, int index)
        : m_tabBar(tabBar)
        , m_index(index)
    {}

    bool isValid() const override { return m_tabBar && m_index < m_tabBar->count(); }
    QObject *object() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_tabBar.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return QString();
        switch (t) {
        case QAccessible::Name:
            return withoutMnemonic(m_tabBar->tabText(m_index));
        case QAccessible::Description:
            return m_tabBar->tabToolTip(m_index);
        default:
            return QString();
        }
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect tab = m_tabBar->tabRect(m_index);
        return tab.translated(m_tabBar->mapToGlobal(QPoint(0, 0)));
    }
    QAccessible::Role role() const override { return QAccessible::PageTab; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const bool current = m_tabBar->currentIndex() == m_index;
        state.selectable = true;
        state.selected = current;
        state.focusable = m_tabBar->focusPolicy() != Qt::NoFocus;
        state.focused = current && m_tabBar->hasFocus();
        state.disabled = !m_tabBar->isTabEnabled(m_index);
        state.invisible = !m_tabBar->isVisible() || !m_tabBar->isTabVisible(m_index);
        state.offscreen = !m_tabBar->rect().intersects(m_tabBar->tabRect(m_index));
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (isValid() && name == pressAction())
            m_tabBar->setCurrentIndex(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<QTabBar> m_tabBar;
    int m_index;
};

// The tab bar: a page tab list whose children are its tabs (Qt's own also lists its scroll
// buttons, which take no focus and keep English names).
class TabBarAccessible final : public QAccessibleWidget
{
public:
    explicit TabBarAccessible(QTabBar *tabBar)
        : QAccessibleWidget(tabBar, QAccessible::PageTabList)
    {}
    ~TabBarAccessible() override
    {
        for (QAccessible::Id id : std::as_const(m_tabs))
            QAccessible::deleteAccessibleInterface(id);
    }

    QTabBar *tabBar() const { return static_cast<QTabBar *>(widget()); }
    int childCount() const override { return tabBar()->count(); }
    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= tabBar()->count())
            return nullptr;
        if (const auto found = m_tabs.constFind(index); found != m_tabs.constEnd())
            return QAccessible::accessibleInterface(*found);
        auto *tab = new TabAccessible(tabBar(), index);
        m_tabs.insert(index, QAccessible::registerAccessibleInterface(tab)); // the cache owns it
        return tab;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
        for (auto it = m_tabs.constBegin(); it != m_tabs.constEnd(); ++it) {
            if (it.value() == id)
                return it.key() < tabBar()->count() ? it.key() : -1;
        }
        return -1;
    }
    QAccessibleInterface *focusChild() const override
    {
        return tabBar()->hasFocus() ? child(tabBar()->currentIndex()) : nullptr;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const int index = tabBar()->tabAt(tabBar()->mapFromGlobal(QPoint(x, y)));
        return index >= 0 ? child(index) : nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        QString text = QAccessibleWidget::text(t);
        if (t == QAccessible::Name && text.isEmpty()) // as Qt's: the current tab names the bar
            text = withoutMnemonic(tabBar()->tabText(tabBar()->currentIndex()));
        return text;
    }

private:
    mutable QHash<int, QAccessible::Id> m_tabs; ///< By tab index.
};

// Bounds the walk: a deeper tree or a larger window is not one of ours.
constexpr int kMaxDepth = 40;
constexpr qsizetype kMaxObjects = 20000;

void collectNames(QAccessibleInterface *node, int depth, QHash<QAccessible::Id, QString> &names)
{
    if (!node || !node->isValid() || depth > kMaxDepth || names.size() >= kMaxObjects)
        return;
    names.insert(QAccessible::uniqueId(node), node->text(QAccessible::Name));
    const bool table = node->tableInterface() != nullptr;
    for (int i = 0; i < node->childCount(); ++i) {
        QAccessibleInterface *child = node->child(i);
        if (table && child && child->role() == QAccessible::Cell)
            break; // past the header row: the study's data
        collectNames(child, depth + 1, names);
    }
}

QAccessibleInterface *appFactory(const QString &, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    const QVariant role = widget->property(kRoleProperty);
    if (role.isValid())
        return new QAccessibleWidget(widget, QAccessible::Role(role.toInt()));
    if (auto *tabBar = qobject_cast<QTabBar *>(widget))
        return new TabBarAccessible(tabBar);
    return nullptr;
}

} // namespace

void installAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(appFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

void setAccessibleRole(QWidget *widget, QAccessible::Role role)
{
    installAccessibleInterfaces();
    widget->setProperty(kRoleProperty, int(role));
}

AccessibleNameSnapshot AccessibleNameSnapshot::snapshot()
{
    AccessibleNameSnapshot names;
    if (!QAccessible::isActive())
        return names;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible())
            collectNames(QAccessible::queryAccessibleInterface(window), 0, names.m_names);
    }
    return names;
}

int AccessibleNameSnapshot::announceChanges() const
{
    int announced = 0;
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        QAccessibleInterface *node = QAccessible::accessibleInterface(it.key());
        if (!node || !node->isValid() || node->text(QAccessible::Name) == it.value())
            continue;
        QAccessibleEvent renamed(node, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&renamed);
        ++announced;
    }
    return announced;
}

CurrentCellWhileFocused::CurrentCellWhileFocused(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &CurrentCellWhileFocused::focusChanged);
}

QModelIndex CurrentCellWhileFocused::currentIndex() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current : QModelIndex(m_remembered);
}

bool CurrentCellWhileFocused::holds(const QWidget *widget) const
{
    return widget && (widget == m_view || m_view->isAncestorOf(widget));
}

void CurrentCellWhileFocused::focusChanged(QWidget *old, QWidget *now)
{
    // A window that loses the keyboard (now is null) keeps its focus widget, and its cell.
    if (!now || !holds(old) || holds(now) || !m_view->selectionModel())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_remembered = current;
    m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
}

bool CurrentCellWhileFocused::eventFilter(QObject *watched, QEvent *event)
{
    // Before the view handles the focus (it would make the first cell current and announce it).
    if (watched == m_view && event->type() == QEvent::FocusIn && m_remembered.isValid() &&
        !m_view->currentIndex().isValid() && m_view->selectionModel()) {
        m_view->selectionModel()->setCurrentIndex(m_remembered, QItemSelectionModel::NoUpdate);
        m_remembered = QPersistentModelIndex();
    }
    return QObject::eventFilter(watched, event);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QAccessible>
#include <QHash>
#include <QObject>
#include <QPersistentModelIndex>
#include <QString>

class QAbstractItemView;
class QEvent;
class QWidget;

/// Gives widget the accessible role a screen reader should announce (Qt gives a plain
/// QWidget or a scroll area the role Client, which AT-SPI calls "filler" and Orca does not
/// speak; a tool bar keeps the name it had when first asked). Call it before the widget is
/// first shown or named: the role is fixed when its accessible interface is made. The
/// interface is a plain QAccessibleWidget: name, description, state and children come from
/// the widget, the name always from accessibleName().
void setAccessibleRole(QWidget *widget, QAccessible::Role role);

/// Installs the app's accessible interfaces (once per process; call it before the first
/// window): the roles set by setAccessibleRole(), and tab bars whose tabs report the focused
/// state only while the tab bar has the keyboard focus (Qt 6.4 reports the current tab as
/// focused at all times, so a screen reader finds two focused objects) and are named after
/// their text in the current language.
void installAccessibleInterfaces();

/// The accessible names of the visible windows' objects at one moment, to tell a screen
/// reader afterwards which of them changed. Qt announces a name set by setAccessibleName(),
/// but not one that follows from a buddy label, a header's data, a tab's, an action's or a
/// window's title — all of which change on a language switch. Of a table only the header
/// row is looked at: its cells are the study's data, whose changes the model announces.
/// Costs nothing while no assistive technology listens (the snapshot is then empty).
class AccessibleNameSnapshot
{
public:
    /// The names now, of every visible top-level window and everything below it.
    static AccessibleNameSnapshot snapshot();
    /// Sends QAccessible::NameChanged for each object of the snapshot that still exists and
    /// whose name differs now; returns how many.
    int announceChanges() const;

private:
    QHash<QAccessible::Id, QString> m_names;
};

/// Keeps an item view's current cell only while the view has the keyboard focus, and
/// remembers it meanwhile. Qt 6.4 reports a view's current cell as focused to a screen reader
/// even while the focus is elsewhere, so a window would have two focused objects. The
/// selection stays as it is; when the focus comes back, so does the current cell. Owned by
/// the view.
class CurrentCellWhileFocused final : public QObject
{
public:
    explicit CurrentCellWhileFocused(QAbstractItemView *view);
    /// The view's current cell, or the one it had when the focus left (invalid if none).
    QModelIndex currentIndex() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusChanged(QWidget *old, QWidget *now);
    bool holds(const QWidget *widget) const;

    QAbstractItemView *m_view;
    QPersistentModelIndex m_remembered;
};

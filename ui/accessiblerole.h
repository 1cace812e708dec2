// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QAccessible>

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

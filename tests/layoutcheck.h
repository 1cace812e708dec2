// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The size walk's eye: everything in a window that a user would see cut, squeezed or
// elided at the window's present size.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

/// Every visible part of window that doesn't get the room it needs, one line each, naming
/// the widget (class and objectName, or its text) and what is wrong:
/// - a widget narrower or lower than its layout minimum (squeezed: "ment hinzufü");
/// - a widget reaching outside its parent (cut), unless the parent scrolls;
/// - a word-wrapped label lower than its text needs;
/// - a line edit too narrow for its text or ten characters, a combo box too narrow for
///   its current item;
/// - a tab text, a header section or the cells of a table column narrower than their text
///   ("5" for 56);
/// - a menu bar or tool bar whose entries don't all fit (moved into the overflow button);
/// - a chart whose texts are elided ("…"), whose plot area is too small to read, or whose
///   title, legend, axis labels or data labels reach outside the chart view.
QStringList layoutProblems(QWidget *window);

/// layoutProblems() of window and of every visible child window it owns (dialogs).
QStringList layoutProblemsOfAllWindows();

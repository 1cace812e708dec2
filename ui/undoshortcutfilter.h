// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QObject>

/// Lets Ctrl+Z / Ctrl+Shift+Z reach the window's undo stack from a text field that has
/// nothing of its own to undo. A QLineEdit otherwise claims those shortcuts even with an
/// empty history, and the user's undo silently does nothing. Install it on line edits.
class UndoShortcutFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoShortcutFilter)

public:
    explicit UndoShortcutFilter(QObject *parent = nullptr);

    /// Installs one shared filter on the line edit.
    static void install(class QLineEdit *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

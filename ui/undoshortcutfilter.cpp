// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/undoshortcutfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

UndoShortcutFilter::UndoShortcutFilter(QObject *parent)
    : QObject(parent)
{}

void UndoShortcutFilter::install(QLineEdit *field)
{
    static UndoShortcutFilter *shared = new UndoShortcutFilter(QCoreApplication::instance());
    field->installEventFilter(shared);
}

bool UndoShortcutFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *field = qobject_cast<QLineEdit *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (field && ((key->matches(QKeySequence::Undo) && !field->isUndoAvailable()) ||
                      (key->matches(QKeySequence::Redo) && !field->isRedoAvailable()))) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

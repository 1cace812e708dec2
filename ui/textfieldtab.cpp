// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/textfieldtab.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>

namespace {

bool isCtrlTab(const QEvent *event)
{
    const auto *key = static_cast<const QKeyEvent *>(event);
    return key->key() == Qt::Key_Tab && key->modifiers() == Qt::ControlModifier;
}

class CtrlTabInsertsTab final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride && isCtrlTab(event)) {
            event->accept(); // the field takes it before any Ctrl+Tab shortcut of the window
            return true;
        }
        if (event->type() == QEvent::KeyPress && isCtrlTab(event)) {
            static_cast<QPlainTextEdit *>(watched)->insertPlainText(QStringLiteral("\t"));
            return true;
        }
        return false;
    }
};

} // namespace

void letTabLeaveTextField(QPlainTextEdit *field)
{
    field->setTabChangesFocus(true);
    field->installEventFilter(new CtrlTabInsertsTab(field));
}

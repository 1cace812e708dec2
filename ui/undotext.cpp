// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/undotext.h"

#include <QAction>
#include <QUndoStack>

TranslatedUndoCommand::TranslatedUndoCommand(UndoText text)
    : m_text(std::move(text))
{
    retranslate();
}

void TranslatedUndoCommand::retranslate()
{
    if (m_text)
        setText(m_text());
}

UndoActions::UndoActions(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_undo(new QAction(parent))
    , m_redo(new QAction(parent))
{
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &UndoActions::updateTexts);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &UndoActions::updateTexts);
    m_undo->setEnabled(m_stack->canUndo());
    m_redo->setEnabled(m_stack->canRedo());
    updateTexts();
}

void UndoActions::retranslate()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        // QUndoStack hands out its commands as const; they are ours to rewrite.
        if (auto *command = dynamic_cast<const TranslatedUndoCommand *>(m_stack->command(i)))
            const_cast<TranslatedUndoCommand *>(command)->retranslate();
    }
    updateTexts();
}

void UndoActions::updateTexts()
{
    const QString undo = m_stack->undoText();
    const QString redo = m_stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

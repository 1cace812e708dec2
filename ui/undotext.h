// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QObject>
#include <QString>
#include <QUndoCommand>

#include <functional>

class QAction;
class QUndoStack;

/// The description of an undoable change ("Edit share 2024, Never"), written anew in the
/// current language each time it is called, so Edit → Undo follows a language switch. It
/// must capture values, never a widget: the undo stack outlives the editors.
using UndoText = std::function<QString()>;

/// An undo command whose text is an UndoText; UndoActions::retranslate() rewrites it.
class TranslatedUndoCommand : public QUndoCommand
{
public:
    explicit TranslatedUndoCommand(UndoText text);
    /// Sets the text again in the current language.
    void retranslate();

private:
    UndoText m_text;
};

/// Edit → Undo and Edit → Redo for a stack: "&Undo Edit share 2024, Never" / "&Undo" when
/// there is nothing to undo. retranslate() (called on QEvent::LanguageChange) rewrites the
/// texts of every TranslatedUndoCommand on the stack and of both actions.
class UndoActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoActions)

public:
    UndoActions(QUndoStack *stack, QObject *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    void retranslate();

private:
    void updateTexts();

    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

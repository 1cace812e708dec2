// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/theme.h"

#include <QUndoCommand>

#include <functional>

/// An undoable change of the brand theme. The change is applied (and stored) before the
/// command is pushed; undo and redo store the brand before or after through apply.
class BrandThemeCommand final : public QUndoCommand
{
public:
    using Apply = std::function<bool(const BrandTheme &brand)>;

    BrandThemeCommand(Apply apply, BrandTheme before, BrandTheme after, const QString &text);

    void undo() override;
    void redo() override;

private:
    Apply m_apply;
    BrandTheme m_before;
    BrandTheme m_after;
    bool m_done = false;
};

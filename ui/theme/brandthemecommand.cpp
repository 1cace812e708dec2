// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/theme/brandthemecommand.h"

BrandThemeCommand::BrandThemeCommand(Apply apply, BrandTheme before, BrandTheme after, const QString &text)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void BrandThemeCommand::undo()
{
    m_apply(m_before);
}

void BrandThemeCommand::redo()
{
    if (m_done) // the first redo happened before the push
        m_apply(m_after);
    m_done = true;
}

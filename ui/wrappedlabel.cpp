// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/wrappedlabel.h"

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_text || font() != m_font) {
        m_heights.clear();
        m_text = text();
        m_font = font();
    }
    const auto cached = m_heights.constFind(width);
    if (cached != m_heights.cend())
        return *cached;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/highcontrast.h"

namespace HighContrast {

QPalette palette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor light(0xf0, 0xf0, 0xf0);
    const QColor dimmed(0x4d, 0x4d, 0x4d);    // 8.5:1 on white, 7.4:1 on the light grey
    const QColor selection(0x00, 0x00, 0x7f); // white on it: 16:1

    QPalette result;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        result.setColor(group, QPalette::Window, white);
        result.setColor(group, QPalette::WindowText, disabled ? dimmed : black);
        result.setColor(group, QPalette::Base, white);
        result.setColor(group, QPalette::AlternateBase, light);
        result.setColor(group, QPalette::Text, disabled ? dimmed : black);
        result.setColor(group, QPalette::Button, light);
        result.setColor(group, QPalette::ButtonText, disabled ? dimmed : black);
        result.setColor(group, QPalette::BrightText, white);
        result.setColor(group, QPalette::Highlight, disabled ? dimmed : selection);
        result.setColor(group, QPalette::HighlightedText, white);
        result.setColor(group, QPalette::Link, QColor(0x00, 0x00, 0x8b));
        result.setColor(group, QPalette::LinkVisited, QColor(0x4b, 0x00, 0x82));
        result.setColor(group, QPalette::ToolTipBase, white);
        result.setColor(group, QPalette::ToolTipText, black);
        result.setColor(group, QPalette::PlaceholderText, dimmed);
        result.setColor(group, QPalette::Light, white);
        result.setColor(group, QPalette::Midlight, light);
        result.setColor(group, QPalette::Mid, dimmed);
        result.setColor(group, QPalette::Dark, black);
        result.setColor(group, QPalette::Shadow, black);
    }
    return result;
}

} // namespace HighContrast

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/theme/applicationpalette.h"

#include "ui/charts/chartstyle.h"
#include "ui/highcontrast.h"

#include <QApplication>
#include <QPalette>

namespace {

QPalette darkPalette()
{
    const ChartStyle::Theme theme = ChartStyle::themeFrom(themeDescription(ThemeKind::Dark));
    const QColor window(0x26, 0x29, 0x2e);
    const QColor base = theme.background;
    const QColor button(0x33, 0x37, 0x3d);
    const QColor disabledText(0x80, 0x84, 0x8c);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, theme.text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, theme.text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, theme.text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, theme.text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, button.lighter(130));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, button.darker(150));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, theme.accent);
    palette.setColor(QPalette::LinkVisited, theme.accent.lighter(120));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace

QPalette applicationPalette(ThemeKind kind, bool highContrast)
{
    // Taken before the first change, so the platform's own colours come back.
    static const QPalette platform = QApplication::palette();
    if (highContrast)
        return HighContrast::palette();
    return kind == ThemeKind::Dark ? darkPalette() : platform;
}

void applyApplicationPalette(ThemeKind kind, bool highContrast)
{
    QApplication::setPalette(applicationPalette(kind, highContrast));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QColor>
#include <QPalette>

/// The high-contrast theme (View → High Contrast): black text on white, a dark blue
/// selection, and every text colour at least 7:1 against its background (WCAG 2 AAA).
/// Charts on screen switch to HighContrastStyle's colours; exports keep the normal style.
namespace HighContrast {

inline constexpr double kMinimumContrast = 7.0;

/// The application palette of the theme (all colour groups); applyApplicationPalette()
/// puts it on the application.
QPalette palette();

} // namespace HighContrast

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QtGlobal>

class QWidget;

/// Fonts relative to the application font, so the UI honours the system font size: a
/// headline stays 1.35× the normal text when the user makes the system font larger,
/// also while the app runs. Never a hard-coded point size.
namespace RelativeFont {

/// Gives widget its parent's font scaled by factor (bold if asked) and keeps it so after
/// every change of the application font. Call it once the widget has its parent.
void apply(QWidget *widget, qreal factor, bool bold);

} // namespace RelativeFont

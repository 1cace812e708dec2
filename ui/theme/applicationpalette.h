// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/theme.h"

#include <QPalette>

/// The colours of the app's own widgets for a theme and View → High Contrast together:
/// the high-contrast palette (HighContrast::palette(), whatever the theme) when it is on,
/// else a dark palette in the dark theme and the platform's palette (as it was before the
/// first change) otherwise.
QPalette applicationPalette(ThemeKind kind, bool highContrast);

/// The one place that sets the application palette: applicationPalette() on the running
/// application. Call it with both choices whenever either changes.
void applyApplicationPalette(ThemeKind kind, bool highContrast);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/theme.h"

/// The colours of the app's own widgets: a dark QPalette in the dark theme, the platform's
/// palette (as it was before the first change) otherwise.
void applyApplicationPalette(ThemeKind kind);

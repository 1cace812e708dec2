#pragma once

#include "theme.h"

/// The colours of the app's own widgets: a dark QPalette in the dark theme, the platform's
/// palette (as it was before the first change) otherwise.
void applyApplicationPalette(ThemeKind kind);

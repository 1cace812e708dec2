// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/theme.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QString>

/// Fonts and colours shared by the charts on screen, in exports and on slides. A Theme is a
/// plain value: whoever draws gets it passed in (ChartSpec::style, ReportOptions::style,
/// the presentation's constructor), so two exports in two themes can run side by side.
/// The default family comes from Debian's fonts-dejavu-core (defaultThemeFontFamily()),
/// so exports look the same everywhere.
namespace ChartStyle {

/// A theme turned into QtGui values.
struct Theme
{
    ThemeKind kind = ThemeKind::Light;
    QColor background;
    QColor text;
    QColor secondaryText;
    QColor gridLine;
    QColor axisLine;
    QColor accent;
    QColor baselineSegment;
    QColor adoption;
    QList<QColor> segmentPalette; ///< Never empty.
    QString fontFamily;
    QString name; ///< The brand's name for chart bylines; empty: the study's publisher signs.
    QImage logo;  ///< Null when the theme has none (or its bytes don't decode).
    /// Whether fonts are hinted: on screen yes; exports turn it off (it buys nothing there).
    bool hinting = true;

    /// A font of the theme's family at a pixel size.
    QFont font(int pixelSize, bool bold = false) const;
    /// The colour of a segment by its position (by default the Okabe–Ito palette,
    /// colour-blind safe); the baseline ("none") segment is a neutral grey.
    QColor segmentColor(int segmentIndex, bool isBaseline) const;
    /// The accent for text (kickers): the accent when it keeps 4.5:1 against the
    /// background, else the text colour.
    QColor accentTextColor() const;
};

/// The QtGui form of a description; an invalid colour falls back to the light theme's.
Theme themeFrom(const ThemeDescription &description);
/// The core form of a theme (colours as "#rrggbb", the logo as PNG bytes), for what core
/// draws itself: the PowerPoint decks (core/studydeck.h).
ThemeDescription describe(const Theme &theme);

/// The light theme (the app's standard look), made once.
const Theme &lightTheme();

/// The colour of a data label drawn on a filled area: black or white, whichever has the
/// higher contrast against fill.
QColor labelColorOn(const QColor &fill);

/// The WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

inline constexpr int kTitlePixelSize = 22;
inline constexpr int kDataLabelPixelSize = 16;
inline constexpr int kAxisLabelPixelSize = 14;
inline constexpr int kLegendPixelSize = 14;
inline constexpr int kFootnotePixelSize = 13;

} // namespace ChartStyle

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QSize>
#include <QSizeF>

/// Text sizes and strokes of a chart, in the units of the canvas it is laid out on.
///
/// The rule (README, "Text sizes"): an exported chart is laid out on a canvas as wide as
/// the CSS pixels it is shown at — 360 for the social sizes (a phone shows them 360 px
/// wide), the image's own width up to 640 for every other size (an article column) — and
/// no text on it is smaller than kMinimumTextSize (12) canvas units, so every text is at
/// least 12 px tall where the image is shown. Square and portrait social images therefore
/// get bigger type, relative to their width, than a 1600×900 web chart.
struct Typography
{
    double headline = 20.0;    ///< Bold.
    double description = 14.0; ///< The subtitle under the headline.
    double dataLabel = 14.0;   ///< Values at bars and points; bold.
    double category = 13.0;    ///< Segment names at bars and line ends.
    double axis = 12.0;        ///< Tick labels.
    double legend = 12.0;
    double footer = 12.0; ///< Notes, source line, byline.
    double annotation = 12.0;
    double lineWidth = 2.5;  ///< Trend lines.
    double markerSize = 6.0; ///< Trend points.
    double margin = 12.0;    ///< Around the page and between its parts.

    /// Every size and stroke times factor (the window's text scale, presentation mode).
    Typography scaled(double factor) const;

    bool operator==(const Typography &) const = default;
};

/// The smallest text on any chart, in canvas units.
inline constexpr double kMinimumTextSize = 12.0;
/// The CSS width phones show social images at.
inline constexpr double kPhoneCssWidth = 360.0;
/// The widest canvas: the width of an article column a web chart is shown in.
inline constexpr double kArticleCssWidth = 640.0;

/// Whether an export of this pixel size is one of the social-media presets (1080×1080,
/// 1080×1350, 1200×675, 1920×1080), which phones show 360 px wide.
bool isSocialSize(const QSize &pixels);

/// The canvas an export of pixels (or, for paper, of a page's aspect) is laid out on:
/// kPhoneCssWidth wide for the social sizes, else the image's width clamped to
/// [kPhoneCssWidth, kArticleCssWidth]; the height keeps the aspect ratio. Pages and slides
/// are laid out at kArticleCssWidth.
QSizeF canvasSizeFor(const QSizeF &target, bool social);

/// The type of an export canvas: the sizes above, with a larger headline on square and
/// portrait canvases, where the headline has room.
Typography publicationTypography(const QSizeF &canvas);

/// The type of the chart in the window (in widget pixels at a 1× text scale).
Typography screenTypography();

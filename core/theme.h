// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

/// The looks charts, exports and slides can take. Light is the app's original look.
enum class ThemeKind {
    Light, ///< Dark text on white.
    Dark,  ///< Light text on a dark background (projectors, dark rooms).
    Brand, ///< The light look with a team's logo, brand colours and font (see BrandTheme).
};

/// "light" / "dark" / "brand" (settings, `--theme`).
QString themeKindCode(ThemeKind kind);
/// Parses "light"/"dark"/"brand" (case-insensitive, surrounding spaces ignored); nullopt otherwise.
std::optional<ThemeKind> themeKindFromCode(const QString &code);

/// A team's brand as a consultant sets it once; stored in the study database so everyone
/// working on it shares it. Every field may be empty: an empty colour keeps the
/// colour-blind-safe segment palette, an empty font the chart font (DejaVu Sans), an empty
/// logo draws none.
struct BrandTheme
{
    QString primaryColor;   ///< "#rrggbb" (lower case) or empty; colours the first segment.
    QString secondaryColor; ///< "#rrggbb" (lower case) or empty; colours the second segment.
    QString fontFamily;     ///< A font family name (at most kMaxFontFamilyLength characters) or empty.
    QByteArray logoPng;     ///< The logo as PNG file bytes (see validateLogoPng()) or empty.

    /// Whether nothing is set (the brand theme then looks like the light theme).
    bool isEmpty() const;
    bool operator==(const BrandTheme &) const = default;
};

/// The largest logo stored, in bytes of the PNG file (512 KiB).
inline constexpr qsizetype kMaxLogoBytes = 512 * 1024;
/// The largest width or height of a stored logo, in pixels.
inline constexpr int kMaxLogoSide = 2048;
/// The longest font family name stored, in characters.
inline constexpr int kMaxFontFamilyLength = 128;

/// Whether text is a colour of the form "#rrggbb" (hex digits in either case).
bool isHexColor(const QString &text);

/// Checks that bytes are a complete PNG file (signature, header chunk, end chunk) of
/// 1–kMaxLogoSide pixels each side and at most kMaxLogoBytes. Returns a translated
/// message naming the problem, or std::nullopt when the logo is acceptable. The image
/// data itself is decoded by the UI (QtGui), not here.
std::optional<QString> validateLogoPng(const QByteArray &png);

/// Checks every field of a brand (colours, font family length, logo). Returns a translated
/// message naming the field ("Brand theme, primary colour: …"), or std::nullopt.
std::optional<QString> validateBrandTheme(const BrandTheme &brand);

/// brand with its colours in lower case; fields are otherwise unchanged.
BrandTheme normalizedBrandTheme(BrandTheme brand);

/// Everything needed to draw in a theme, free of QtGui: colours as "#rrggbb", the font
/// family and the logo's PNG bytes. ui/charts/chartstyle turns it into QColor/QFont/QImage.
struct ThemeDescription
{
    ThemeKind kind = ThemeKind::Light;
    QString background;         ///< Charts, exported pages and slides.
    QString text;               ///< Titles, axis and legend labels, data labels outside bars.
    QString secondaryText;      ///< Footnotes and the source line.
    QString gridLine;           ///< The value axis' grid lines.
    QString axisLine;           ///< The axes themselves.
    QString accent;             ///< Highlights (kickers); may be a pale brand colour, so text checks contrast.
    QString baselineSegment;    ///< The neutral colour of the baseline ("none") segment.
    QString adoption;           ///< The derived "uses it at all" trend line.
    QStringList segmentPalette; ///< Segment colours by position (cycled), never empty.
    QString fontFamily;         ///< The family of every chart and slide text.
    QByteArray logoPng;         ///< Drawn in a corner of exports and slides; empty for none.
};

/// The font family of charts and exports when a theme names none (Debian's fonts-dejavu-core).
QString defaultThemeFontFamily();

/// The description of a theme. Light and dark use the Okabe–Ito palette (colour-blind
/// safe); the brand theme is the light theme with brand's colours in place of the first
/// two palette entries, its font and its logo (empty fields keep the light theme's); its
/// adoption line takes the first Okabe–Ito colour that differs clearly from both brand colours.
/// Text colours always keep a contrast of at least 4.5:1 against the background.
ThemeDescription themeDescription(ThemeKind kind, const BrandTheme &brand = {});

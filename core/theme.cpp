// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/theme.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Theme)
};

// Okabe–Ito: blue, orange, bluish green, reddish purple, vermillion, sky blue.
const QStringList kOkabeIto{QStringLiteral("#0072b2"), QStringLiteral("#e69f00"), QStringLiteral("#009e73"),
                            QStringLiteral("#cc79a7"), QStringLiteral("#d55e00"), QStringLiteral("#56b4e9")};

// Colours closer than this in RGB space look alike next to each other.
constexpr double kDistinctColorDistance = 120.0;

const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);
// The last chunk of every PNG: length 0, type IEND, its CRC.
const QByteArray kPngEnd("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12);

// The distance of two "#rrggbb" colours in RGB space (0 … 441).
double colorDistance(const QString &a, const QString &b)
{
    double sum = 0.0;
    for (int i = 1; i < 7; i += 2) {
        const int difference = a.mid(i, 2).toInt(nullptr, 16) - b.mid(i, 2).toInt(nullptr, 16);
        sum += double(difference) * difference;
    }
    return std::sqrt(sum);
}

ThemeDescription lightTheme()
{
    ThemeDescription theme;
    theme.kind = ThemeKind::Light;
    theme.background = QStringLiteral("#ffffff");
    theme.text = QStringLiteral("#1a1a1a");
    theme.secondaryText = QStringLiteral("#4d4d4d");
    theme.gridLine = QStringLiteral("#e2e2e2");
    theme.axisLine = QStringLiteral("#d6d6d6");
    theme.accent = kOkabeIto.at(0);
    theme.baselineSegment = QStringLiteral("#8c8c8c");
    theme.adoption = QStringLiteral("#009e73");
    theme.segmentPalette = kOkabeIto;
    theme.fontFamily = defaultThemeFontFamily();
    return theme;
}

ThemeDescription darkTheme()
{
    ThemeDescription theme = lightTheme();
    theme.kind = ThemeKind::Dark;
    theme.background = QStringLiteral("#1b1d21");
    theme.text = QStringLiteral("#f2f2f2");
    theme.secondaryText = QStringLiteral("#b8bcc4");
    theme.gridLine = QStringLiteral("#3a3e45");
    theme.axisLine = QStringLiteral("#6b7079");
    theme.accent = kOkabeIto.at(5); // sky blue: readable on the dark background
    return theme;
}

} // namespace

bool BrandTheme::isEmpty() const
{
    return primaryColor.isEmpty() && secondaryColor.isEmpty() && fontFamily.isEmpty() && logoPng.isEmpty();
}

bool isHexColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(text).hasMatch();
}

std::optional<QString> validateLogoPng(const QByteArray &png)
{
    if (png.size() > kMaxLogoBytes) {
        return Text::tr("the logo has %1 KiB; at most %2 KiB are allowed")
            .arg((png.size() + 1023) / 1024)
            .arg(kMaxLogoBytes / 1024);
    }
    // Signature, then the IHDR chunk: length 13, type, width and height (big endian).
    if (png.size() < 8 + 8 + 13 + 4 + kPngEnd.size() || !png.startsWith(kPngSignature) || png.mid(12, 4) != "IHDR")
        return Text::tr("the logo is not a PNG image");
    if (!png.endsWith(kPngEnd))
        return Text::tr("the logo's PNG data is incomplete");
    const auto *header = reinterpret_cast<const uchar *>(png.constData() + 16);
    const quint32 width = qFromBigEndian<quint32>(header);
    const quint32 height = qFromBigEndian<quint32>(header + 4);
    if (width < 1 || height < 1 || width > quint32(kMaxLogoSide) || height > quint32(kMaxLogoSide)) {
        return Text::tr("the logo has %1×%2 pixels; each side must be 1–%3").arg(width).arg(height).arg(kMaxLogoSide);
    }
    return std::nullopt;
}

std::optional<QString> validateBrandTheme(const BrandTheme &brand)
{
    for (const auto &[value, field] : {std::pair{brand.primaryColor, Text::tr("primary colour")},
                                       std::pair{brand.secondaryColor, Text::tr("secondary colour")}}) {
        if (!value.isEmpty() && !isHexColor(value)) {
            return Text::tr("Brand theme, %1: \"%2\" is not a colour of the form #rrggbb.").arg(field, value);
        }
    }
    if (brand.fontFamily.size() > kMaxFontFamilyLength) {
        return Text::tr("Brand theme, font: the family name has %1 characters; at most %2 are allowed.")
            .arg(brand.fontFamily.size())
            .arg(kMaxFontFamilyLength);
    }
    if (!brand.logoPng.isEmpty()) {
        if (const auto problem = validateLogoPng(brand.logoPng))
            return Text::tr("Brand theme, logo: %1.").arg(*problem);
    }
    return std::nullopt;
}

BrandTheme normalizedBrandTheme(BrandTheme brand)
{
    brand.primaryColor = brand.primaryColor.trimmed().toLower();
    brand.secondaryColor = brand.secondaryColor.trimmed().toLower();
    brand.fontFamily = brand.fontFamily.trimmed();
    return brand;
}

QString defaultThemeFontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

ThemeDescription themeDescription(ThemeKind kind, const BrandTheme &brand)
{
    if (kind == ThemeKind::Dark)
        return darkTheme();
    ThemeDescription theme = lightTheme();
    if (kind != ThemeKind::Brand)
        return theme;
    theme.kind = ThemeKind::Brand;
    const BrandTheme normalized = normalizedBrandTheme(brand);
    if (isHexColor(normalized.primaryColor)) {
        theme.segmentPalette[0] = normalized.primaryColor;
        theme.accent = normalized.primaryColor;
    }
    if (isHexColor(normalized.secondaryColor))
        theme.segmentPalette[1] = normalized.secondaryColor;
    // The derived adoption line must stay apart from the brand's bars: the first palette
    // colour that is far enough from both brand colours.
    QStringList brandColors;
    for (const QString &color : {normalized.primaryColor, normalized.secondaryColor}) {
        if (isHexColor(color))
            brandColors.append(color);
    }
    const QStringList candidates{theme.adoption,  kOkabeIto.at(3), kOkabeIto.at(4),
                                 kOkabeIto.at(5), kOkabeIto.at(0), kOkabeIto.at(1)};
    for (const QString &candidate : candidates) {
        if (std::all_of(brandColors.cbegin(), brandColors.cend(), [&candidate](const QString &color) {
                return colorDistance(candidate, color) >= kDistinctColorDistance;
            })) {
            theme.adoption = candidate;
            break;
        }
    }
    if (!normalized.fontFamily.isEmpty())
        theme.fontFamily = normalized.fontFamily;
    if (!validateLogoPng(normalized.logoPng))
        theme.logoPng = normalized.logoPng;
    return theme;
}

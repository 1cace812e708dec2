// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartstyle.h"

#include <QBuffer>

#include <cmath>

namespace ChartStyle {

namespace {

QColor colorOr(const QString &name, const QString &fallback)
{
    const QColor color = isHexColor(name) ? QColor(name) : QColor();
    return color.isValid() ? color : QColor(fallback);
}

} // namespace

Theme themeFrom(const ThemeDescription &description)
{
    const ThemeDescription light = themeDescription(ThemeKind::Light);
    Theme result;
    result.kind = description.kind;
    result.background = colorOr(description.background, light.background);
    result.text = colorOr(description.text, light.text);
    result.secondaryText = colorOr(description.secondaryText, light.secondaryText);
    result.gridLine = colorOr(description.gridLine, light.gridLine);
    result.axisLine = colorOr(description.axisLine, light.axisLine);
    result.accent = colorOr(description.accent, light.accent);
    result.baselineSegment = colorOr(description.baselineSegment, light.baselineSegment);
    result.adoption = colorOr(description.adoption, light.adoption);
    const QStringList palette =
        description.segmentPalette.isEmpty() ? light.segmentPalette : description.segmentPalette;
    for (qsizetype i = 0; i < palette.size(); ++i)
        result.segmentPalette.append(colorOr(palette.at(i), light.segmentPalette.value(i, light.accent)));
    result.fontFamily = description.fontFamily.isEmpty() ? defaultThemeFontFamily() : description.fontFamily;
    if (!description.logoPng.isEmpty())
        result.logo = QImage::fromData(description.logoPng, "PNG");
    return result;
}

ThemeDescription describe(const Theme &theme)
{
    ThemeDescription description;
    description.kind = theme.kind;
    description.background = theme.background.name();
    description.text = theme.text.name();
    description.secondaryText = theme.secondaryText.name();
    description.gridLine = theme.gridLine.name();
    description.axisLine = theme.axisLine.name();
    description.accent = theme.accent.name();
    description.baselineSegment = theme.baselineSegment.name();
    description.adoption = theme.adoption.name();
    for (const QColor &color : theme.segmentPalette)
        description.segmentPalette.append(color.name());
    description.fontFamily = theme.fontFamily;
    if (!theme.logo.isNull()) {
        QBuffer png(&description.logoPng);
        png.open(QIODevice::WriteOnly);
        theme.logo.save(&png, "PNG");
    }
    return description;
}

const Theme &lightTheme()
{
    static const Theme light = themeFrom(themeDescription(ThemeKind::Light));
    return light;
}

QFont Theme::font(int pixelSize, bool bold) const
{
    QFont result(fontFamily);
    result.setPixelSize(pixelSize);
    result.setBold(bold);
    result.setStyleStrategy(QFont::PreferAntialias);
    if (!hinting)
        result.setHintingPreference(QFont::PreferNoHinting);
    return result;
}

QColor Theme::segmentColor(int segmentIndex, bool isBaseline) const
{
    if (isBaseline)
        return baselineSegment;
    return segmentPalette.at((segmentIndex < 0 ? 0 : segmentIndex) % segmentPalette.size());
}

QColor Theme::accentTextColor() const
{
    return contrastRatio(accent, background) >= 4.5 ? accent : text;
}

QColor labelColorOn(const QColor &fill)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, fill) >= contrastRatio(white, fill) ? black : white;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ChartStyle

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The code tables of the app's enums, each written once (see CodeTable).

#include "core/chartkind.h"
#include "core/codetable.h"
#include "core/exportformat.h"
#include "core/theme.h"

#include <QFileInfo>

namespace {

constexpr CodeTable<ChartKind, 2> kChartKinds({{{ChartKind::Bar, "bar"}, {ChartKind::Trend, "trend"}}});
constexpr CodeTable<ExportFormat, 5> kExportFormats({{{ExportFormat::Png, "png"},
                                                      {ExportFormat::Pdf, "pdf"},
                                                      {ExportFormat::Svg, "svg"},
                                                      {ExportFormat::Html, "html"},
                                                      {ExportFormat::Pptx, "pptx"}}});
constexpr CodeTable<ThemeKind, 3>
    kThemeKinds({{{ThemeKind::Light, "light"}, {ThemeKind::Dark, "dark"}, {ThemeKind::Brand, "brand"}}});

} // namespace

QString chartKindCode(ChartKind kind)
{
    return kChartKinds.code(kind);
}

std::optional<ChartKind> chartKindFromCode(const QString &code)
{
    return kChartKinds.fromCode(code);
}

QString exportFormatCode(ExportFormat format)
{
    return kExportFormats.code(format);
}

std::optional<ExportFormat> exportFormatFromCode(const QString &code)
{
    return kExportFormats.fromCode(code);
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    return exportFormatFromCode(QFileInfo(path).suffix());
}

QString themeKindCode(ThemeKind kind)
{
    return kThemeKinds.code(kind);
}

std::optional<ThemeKind> themeKindFromCode(const QString &code)
{
    return kThemeKinds.fromCode(code);
}

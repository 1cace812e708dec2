// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

/// File formats of a chart export. Html is the web embed: one self-contained page with the
/// chart as inline SVG (ui/export/htmlembed.h); Pptx a PowerPoint slide with the chart as a
/// native, editable chart (core/studydeck.h).
enum class ExportFormat { Png, Pdf, Svg, Html, Pptx };

/// "png" / "pdf" / "svg" / "html" / "pptx".
QString exportFormatCode(ExportFormat format);
/// Parses "png"/"pdf"/"svg"/"html"/"pptx" (case-insensitive, surrounding spaces ignored); nullopt otherwise.
std::optional<ExportFormat> exportFormatFromCode(const QString &code);
/// The format a file name's suffix implies ("chart.PDF" → Pdf); nullopt for another suffix.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/// One file of an export: its format and where it goes.
struct ExportTarget
{
    ExportFormat format = ExportFormat::Png;
    QString path;
    bool operator==(const ExportTarget &) const = default;
};

/// The paper sizes a PDF export offers.
enum class PaperSize { A4, Letter };

/// A size people export charts at: a pixel size (PNG, SVG) or a paper size (PDF).
struct ExportPreset
{
    QString key;     ///< Stable: "1600x900", "1200x675", "1080x1080", "1920x1080", "a4-landscape", …
    QString name;    ///< For the UI, translated ("Social media, square (1080 × 1080)").
    QSize pixelSize; ///< Invalid for the paper presets.
    PaperSize paper = PaperSize::A4;
    bool portrait = false; ///< Paper presets: portrait instead of landscape.

    bool isPaper() const { return !pixelSize.isValid(); }
};

/// Every preset, pixel sizes first: 1600×900 (the default, for the web), 1200×675, 1080×1080,
/// 1080×1350 and 1920×1080 (social media; the last also for slides), then A4 and Letter,
/// landscape and portrait.
QList<ExportPreset> exportPresets();
/// The preset with the key (case-insensitive), or nullopt.
std::optional<ExportPreset> exportPresetForKey(const QString &key);

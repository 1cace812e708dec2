#pragma once

#include "chartspec.h"

#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>

/// File formats of a chart export.
enum class ExportFormat { Png, Pdf };

/// "png" / "pdf".
QString exportFormatCode(ExportFormat format);
/// Parses "png"/"pdf" (case-insensitive).
std::optional<ExportFormat> exportFormatFromCode(const QString &code);
/// The format a file name's suffix implies.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/// How to export a chart.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize{1600, 900};   ///< PNG: size in logical pixels (1–20000 each side).
    double scale = 1.0;           ///< PNG: device pixel ratio (0.5–4); the file has pixelSize × scale pixels.
    QPageSize pageSize{QPageSize::A4};                         ///< PDF page.
    QPageLayout::Orientation orientation = QPageLayout::Landscape; ///< PDF page orientation.
    int pdfResolution = 1200;     ///< PDF: dots per inch of the writer's coordinate system.
};

/// Writes one chart (title, chart with data labels and legend, footnotes, source line) to
/// a PNG or a vector PDF. Files are written through QSaveFile: a failed export leaves no
/// file (and an existing file unchanged) and returns a translated message naming the file
/// and the reason; success returns std::nullopt.
std::optional<QString> exportChart(const ChartSpec &spec, const ExportOptions &options, const QString &path);

/// The logical canvas a chart is laid out on for a target of the given aspect: always
/// 1100 units wide, so text and bars keep their proportions at every output size.
QSizeF exportCanvasSize(const QSizeF &target);

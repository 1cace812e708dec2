// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/exportformat.h"
#include "core/pptxwriter.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartspec.h"

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;
class QRectF;

/// How to export a chart.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize{1600, 900};        ///< PNG and SVG: size in logical pixels (1–20000 each side).
    double scale = 1.0;                ///< PNG: device pixel ratio (0.5–4); the file has pixelSize × scale pixels.
    QPageSize pageSize{QPageSize::A4}; ///< PDF page.
    QPageLayout::Orientation orientation = QPageLayout::Landscape; ///< PDF page orientation.
    int pdfResolution = 1200; ///< PDF: dots per inch of the writer's coordinate system.
};

/// options with the preset's pixel size or paper size applied; the rest stays.
ExportOptions withPreset(ExportOptions options, const ExportPreset &preset);

/// Writes one chart (title, chart with data labels and legend, footnotes, source line) to
/// a PNG, a vector PDF, an SVG, a web embed (HTML, see HtmlEmbed::page()) or a PowerPoint slide with a
/// native chart (StudyDeck::chartDeck()). PNG and SVG carry the title, a description
/// (headline and what the chart shows) and the source as metadata. Files are written through QSaveFile: a failed export
/// leaves no file (and an existing file unchanged) and returns a translated message naming the file and the reason;
/// success returns std::nullopt. Texts come from the installed translator, numbers follow spec.language.
std::optional<QString> exportChart(const ChartSpec &spec, const ExportOptions &options, const QString &path);

/// The deck as the app shows spec's study: every chart in spec's emphasis (the highlighted
/// segment stronger, the others muted: ChartFactory::segmentFill()), the annotations in
/// spec's language as footnotes of the slides whose chart shows their bar or point, and the
/// parts spec.parts switches off left out of the chart slides (headline: the title,
/// description: the subtitle, notes: the footnotes, source: the source line).
Deck deckAsShown(Deck deck, const ChartSpec &spec);

/// Writes one chart to several files in one go (options.format is ignored; each target has
/// its own): the chart is built once and laid out for each file, and the PNG is encoded on a
/// worker thread while the others are drawn. Every file through QSaveFile; on the first
/// failure the message of exportChart(), and the files finished before it stay.
std::optional<QString> exportChartFiles(const ChartSpec &spec, const ExportOptions &options,
                                        const QList<ExportTarget> &targets);

/// The chart's title as exported ("How small businesses use social media, 2012").
QString exportTitle(const ChartSpec &spec);
/// The headline and a text description of the chart, for metadata and alt text.
QString exportDescription(const ChartSpec &spec);

/// The logical canvas a chart of target pixels is laid out on (see Typography for the rule:
/// 360 units wide for the social sizes, the width clamped to 360–640 otherwise), so every
/// text is at least 12 px tall where the image is shown.
QSizeF exportCanvasSize(const QSizeF &target);

/// Paints the chart laid out on the export canvas for target's size and scaled to fill
/// target (painter units).
void paintChart(QPainter *painter, const QRectF &target, const ChartSpec &spec);
/// The same, laid out on canvas (a PNG at 2× is laid out as at 1×).
void paintChart(QPainter *painter, const QRectF &target, const ChartSpec &spec, const QSizeF &canvas);
/// The same with a chart built before (the files of one chart share it).
void paintChart(QPainter *painter, const QRectF &target, ChartFactory::PageChart *page, const QSizeF &canvas);

/// The chart laid out on canvas and drawn at size, as an SVG document (viewBox 0 0 size;
/// title and description as its <title> and <desc>, escaped). Empty when the SVG writer
/// cannot start.
QByteArray chartSvg(ChartFactory::PageChart *page, const QSize &size, const QSizeF &canvas, const QString &title,
                    const QString &description);

/// Paints the chart filling the printable area of a page of device (a QPdfWriter or a
/// QPrinter whose painter is active), sized from the device's own resolution.
void paintChartOnPage(QPainter *painter, const QPagedPaintDevice &device, const ChartSpec &spec);
/// The same with a chart built before.
void paintChartOnPage(QPainter *painter, const QPagedPaintDevice &device, ChartFactory::PageChart *page);

/// Prints the chart on one page of printer. Returns false when the printer can't start.
bool printChart(QPrinter *printer, const ChartSpec &spec);

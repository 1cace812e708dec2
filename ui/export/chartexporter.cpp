// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/chartexporter.h"

#include "core/filewrite.h"
#include "core/narrative.h"
#include "core/safetext.h"
#include "core/studydeck.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/typography.h"
#include "ui/export/htmlembed.h"
#include "ui/export/pngencoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};

constexpr double kCssPixelsPerInch = 96.0;

QString failure(const QString &path, const QString &reason)
{
    return Text::tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// The PNG's pixels and metadata; null with *error set when there isn't memory for it.
QImage renderPng(ChartFactory::PageChart *page, const ExportOptions &options, QString *error)
{
    const ChartSpec &spec = page->spec();
    const QSize pixels(qRound(options.pixelSize.width() * options.scale),
                       qRound(options.pixelSize.height() * options.scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = Text::tr("there is not enough memory for an image of %1×%2 pixels")
                     .arg(pixels.width())
                     .arg(pixels.height());
        return image;
    }
    image.fill(spec.style.background);
    // 96 dpi at 1×, so that a 2× image says "twice the detail", not "twice the size".
    const int dotsPerMeter = qRound(kCssPixelsPerInch * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), exportTitle(spec));
    image.setText(QStringLiteral("Description"), exportDescription(spec));
    image.setText(QStringLiteral("Source"), Narrative::sourceLine(spec.study, spec.language));
    image.setText(QStringLiteral("Software"), QStringLiteral("Chart of the Week " CHARTWEEK_VERSION));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)), page, exportCanvasSize(QSizeF(options.pixelSize)));
    }
    return image;
}

std::optional<QString> writePdf(ChartFactory::PageChart *page, const ExportOptions &options, QIODevice *file)
{
    const ChartSpec &spec = page->spec();
    QPdfWriter writer(file);
    writer.setResolution(options.pdfResolution);
    writer.setPageLayout(
        QPageLayout(options.pageSize, options.orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setTitle(exportTitle(spec));
    writer.setCreator(QStringLiteral("Chart of the Week " CHARTWEEK_VERSION));
    QPainter painter;
    if (!painter.begin(&writer))
        return Text::tr("the PDF writer could not start");
    paintChartOnPage(&painter, writer, page);
    if (!painter.end())
        return Text::tr("the PDF could not be completed");
    return std::nullopt;
}

// QSvgGenerator gives the root element its size in millimetres; browsers and Inkscape show
// a chart at its pixel size when width and height say pixels, so those two are rewritten.
QByteArray withPixelSize(QByteArray svg, const QSize &size)
{
    const qsizetype root = svg.indexOf("<svg");
    const qsizetype rootEnd = root < 0 ? -1 : svg.indexOf('>', root);
    if (rootEnd < 0)
        return svg;
    QByteArray element = svg.mid(root, rootEnd - root);
    for (const auto &[name, value] : {std::pair{QByteArrayLiteral(" width=\""), size.width()},
                                      std::pair{QByteArrayLiteral(" height=\""), size.height()}}) {
        const qsizetype start = element.indexOf(name);
        if (start < 0)
            continue;
        const qsizetype valueStart = start + name.size();
        const qsizetype valueEnd = element.indexOf('"', valueStart);
        if (valueEnd > valueStart)
            element.replace(valueStart, valueEnd - valueStart, QByteArray(QByteArray::number(value) + "px"));
    }
    return svg.replace(root, rootEnd - root, element);
}

std::optional<QString> writeSvg(ChartFactory::PageChart *page, const ExportOptions &options, QIODevice *file)
{
    const ChartSpec &spec = page->spec();
    const QSize size = options.pixelSize;
    const QString description = exportDescription(spec) + u'\n' + Narrative::sourceLine(spec.study, spec.language);
    const QByteArray svg =
        withPixelSize(chartSvg(page, size, exportCanvasSize(QSizeF(size)), exportTitle(spec), description), size);
    if (svg.isEmpty())
        return Text::tr("the SVG writer could not start");
    if (file->write(svg) != svg.size())
        return file->errorString();
    return std::nullopt;
}

} // namespace

QByteArray chartSvg(ChartFactory::PageChart *page, const QSize &size, const QSizeF &canvas, const QString &title,
                    const QString &description)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(int(kCssPixelsPerInch));
    // QSvgGenerator writes <title> and <desc> without escaping: a study title such as
    // "<img src=x>" would become markup.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(description.toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(size)), page, canvas);
    painter.end();
    return buffer.data();
}

ExportOptions withPreset(ExportOptions options, const ExportPreset &preset)
{
    if (preset.isPaper()) {
        options.pageSize = QPageSize(preset.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4);
        options.orientation = preset.portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    } else {
        options.pixelSize = preset.pixelSize;
    }
    return options;
}

QString exportTitle(const ChartSpec &spec)
{
    return spec.kind == ChartKind::Trend ? Narrative::trendChartTitle(spec.study, spec.language)
                                         : Narrative::barChartTitle(spec.study, spec.waveYear, spec.language);
}

QString exportDescription(const ChartSpec &spec)
{
    const int wave = spec.kind == ChartKind::Trend ? spec.study.latestWaveYear() : spec.waveYear;
    const auto type = spec.kind == ChartKind::Trend ? Narrative::ChartType::Trend : Narrative::ChartType::Bar;
    return Narrative::displayHeadline(spec.study, wave, spec.language) + u'\n' +
           Narrative::altText(spec.study, type, spec.waveYear, spec.language);
}

QSizeF exportCanvasSize(const QSizeF &target)
{
    return canvasSizeFor(target, isSocialSize(target.toSize()));
}

void paintChart(QPainter *painter, const QRectF &target, const ChartSpec &spec)
{
    paintChart(painter, target, spec, exportCanvasSize(target.size()));
}

void paintChart(QPainter *painter, const QRectF &target, const ChartSpec &spec, const QSizeF &canvas)
{
    ChartFactory::PageChart page(spec);
    paintChart(painter, target, &page, canvas);
}

void paintChart(QPainter *painter, const QRectF &target, ChartFactory::PageChart *page, const QSizeF &canvas)
{
    const double factor = target.width() / canvas.width();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(factor, factor);
    ChartFactory::renderPage(painter, QRectF(QPointF(0, 0), canvas), page);
    painter->restore();
}

void paintChartOnPage(QPainter *painter, const QPagedPaintDevice &device, const ChartSpec &spec)
{
    ChartFactory::PageChart page(spec);
    paintChartOnPage(painter, device, &page);
}

void paintChartOnPage(QPainter *painter, const QPagedPaintDevice &device, ChartFactory::PageChart *page)
{
    // The paint rectangle in the device's own pixels: this, not an assumed resolution,
    // decides how the canvas is scaled to fill the page.
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QSizeF pageSize(paintRect.width(), paintRect.height());
    paintChart(painter, QRectF(QPointF(0, 0), pageSize), page, exportCanvasSize(pageSize));
}

bool printChart(QPrinter *printer, const ChartSpec &spec)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    paintChartOnPage(&painter, *printer, spec);
    return painter.end();
}

Deck deckAsShown(Deck deck, const ChartSpec &spec)
{
    const Study &study = spec.study;
    const auto seriesName = [&](int segment) {
        return segment == -1 ? study.adoptionLabel.text(spec.language)
                             : study.segments.value(segment).name.text(spec.language);
    };
    for (DeckSlide &slide : deck.slides) {
        if (!slide.chart)
            continue;
        DeckChart &chart = *slide.chart;
        const bool bars = chart.kind == DeckChart::Kind::Bar;
        QList<int> shown; // the segments (-1: the adoption line) the chart draws
        for (DeckChart::Series &series : chart.series) {
            if (bars) {
                for (qsizetype i = 0; i < series.pointColors.size(); ++i) {
                    series.pointColors[i] = ChartFactory::segmentFill(spec, int(i)).name();
                    shown.append(int(i));
                }
            } else if (series.segment > -2) {
                series.color = ChartFactory::segmentFill(spec, series.segment).name();
                shown.append(series.segment);
            }
        }
        if (!spec.parts.headline)
            slide.title.clear();
        if (!spec.parts.description)
            slide.subtitle.clear();
        if (!spec.parts.notes)
            slide.footnotes.clear();
        if (!spec.parts.source)
            slide.source.clear();
        for (const ChartAnnotation &note : spec.emphasis.annotations) {
            if (shown.contains(note.segmentIndex) && (!bars || note.waveYear == chart.waveYear))
                slide.footnotes.append(Text::tr("%1, %2: %3", "an annotation on a slide: series, survey wave, note")
                                           .arg(seriesName(note.segmentIndex))
                                           .arg(note.waveYear)
                                           .arg(note.text));
        }
    }
    return deck;
}

std::optional<QString> exportChart(const ChartSpec &spec, const ExportOptions &options, const QString &path)
{
    return exportChartFiles(spec, options, {{options.format, path}});
}

std::optional<QString> exportChartFiles(const ChartSpec &original, const ExportOptions &options,
                                        const QList<ExportTarget> &targets)
{
    // Control characters from data would make the SVG invalid XML and end up in PDF and PNG
    // texts: every text is written with them made visible (safetext.h).
    ChartSpec spec = original;
    spec.study = withVisibleText(original.study);
    for (const ExportTarget &target : targets) {
        if (spec.kind == ChartKind::Bar && spec.study.waveIndex(spec.waveYear) < 0)
            return failure(target.path, Text::tr("the study has no survey wave %1").arg(spec.waveYear));
        if (options.pixelSize.width() < 1 || options.pixelSize.height() < 1 || options.pixelSize.width() > 20000 ||
            options.pixelSize.height() > 20000)
            return failure(target.path, Text::tr("the size %1×%2 is outside 1–20000 pixels")
                                            .arg(options.pixelSize.width())
                                            .arg(options.pixelSize.height()));
        if (options.scale < 0.5 || options.scale > 4.0)
            return failure(target.path, Text::tr("the scale factor must be between 0.5 and 4"));
    }

    // Exports are drawn without hinting: at a PDF's 1200 dpi and in antialiased PNG and SVG
    // it changes nothing one can see.
    spec.style.hinting = false;
    ChartFactory::PageChart page(spec);

    // Each file is made in memory and written in one step, so a full disk or a lost write is
    // reported as such (writeFileSafely()) whatever the encoder does with write errors. The
    // PNG is encoded and written on a worker thread while the other files are drawn (the
    // encoder is the largest cost and needs nothing of the chart).
    QFuture<std::optional<QString>> pngFile;
    std::optional<QString> error;
    for (const ExportTarget &target : targets) {
        if (target.format == ExportFormat::Png) {
            QString renderError;
            QImage image = renderPng(&page, options, &renderError);
            if (image.isNull()) {
                error = failure(target.path, renderError);
                break;
            }
            if (pngFile.isValid() && (error = pngFile.result()))
                break;
            pngFile = QtConcurrent::run([image = std::move(image), path = target.path]() -> std::optional<QString> {
                QBuffer bytes;
                bytes.open(QIODevice::WriteOnly);
                if (const auto encodeError = writePngImage(image, &bytes))
                    return failure(path, *encodeError);
                bytes.close();
                if (const std::optional<QString> reason = writeFileSafely(path, bytes.data()))
                    return failure(path, *reason);
                return std::nullopt;
            });
            continue;
        }
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        std::optional<QString> writeError;
        switch (target.format) {
        case ExportFormat::Pdf:
            writeError = writePdf(&page, options, &bytes);
            break;
        case ExportFormat::Svg:
            writeError = writeSvg(&page, options, &bytes);
            break;
        case ExportFormat::Html:
            if (const QByteArray html = HtmlEmbed::page(spec); !html.isEmpty())
                bytes.write(html);
            else
                writeError = Text::tr("the SVG writer could not start");
            break;
        case ExportFormat::Pptx: {
            QString deckError;
            const Deck deck = deckAsShown(StudyDeck::chartDeck(spec.study, spec.kind, spec.waveYear, spec.language,
                                                               ChartStyle::describe(spec.style)),
                                          spec);
            if (const std::optional<QByteArray> pptx = writeDeck(deck, &deckError))
                bytes.write(*pptx);
            else
                writeError = deckError;
            break;
        }
        case ExportFormat::Png:
            break; // above
        }
        if (writeError) {
            error = failure(target.path, *writeError);
            break;
        }
        bytes.close();
        if (const std::optional<QString> reason = writeFileSafely(target.path, bytes.data())) {
            error = failure(target.path, *reason);
            break;
        }
    }
    if (pngFile.isValid()) {
        const std::optional<QString> pngError = pngFile.result();
        if (!error)
            error = pngError;
    }
    return error;
}

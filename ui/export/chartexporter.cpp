#include "chartexporter.h"

#include "chartfactory.h"
#include "narrative.h"
#include "pngencoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};

constexpr double kCanvasWidth = 1100.0;

QString failure(const QString &path, const QString &reason)
{
    return Text::tr("Cannot export to %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString exportTitle(const ChartSpec &spec)
{
    return spec.kind == ChartKind::Trend ? Narrative::trendChartTitle(spec.study)
                                         : Narrative::barChartTitle(spec.study, spec.waveYear);
}

void paintScaled(QPainter *painter, const QSizeF &deviceSize, const ChartSpec &spec)
{
    const QSizeF canvas = exportCanvasSize(deviceSize);
    const double factor = deviceSize.width() / canvas.width();
    painter->scale(factor, factor);
    ChartFactory::renderPage(painter, QRectF(QPointF(0, 0), canvas), spec);
}

std::optional<QString> writePng(const ChartSpec &spec, const ExportOptions &options, QSaveFile *file)
{
    const QSize pixels(qRound(options.pixelSize.width() * options.scale),
                       qRound(options.pixelSize.height() * options.scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Text::tr("there is not enough memory for an image of %1×%2 pixels").arg(pixels.width()).arg(pixels.height());
    image.fill(Qt::white);
    // 96 dpi at 1×, so that a 2× image says "twice the detail", not "twice the size".
    const int dotsPerMeter = qRound(96.0 * options.scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setText(QStringLiteral("Title"), exportTitle(spec));
    image.setText(QStringLiteral("Source"), Narrative::sourceLine(spec.study));
    image.setText(QStringLiteral("Software"), QStringLiteral("Chart of the Week " CHARTWEEK_VERSION));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintScaled(&painter, QSizeF(pixels), spec);
    }
    return writePngImage(image, file);
}

std::optional<QString> writePdf(const ChartSpec &spec, const ExportOptions &options, QSaveFile *file)
{
    QPdfWriter writer(file);
    writer.setResolution(options.pdfResolution);
    writer.setPageLayout(QPageLayout(options.pageSize, options.orientation, QMarginsF(10, 10, 10, 10),
                                     QPageLayout::Millimeter));
    writer.setTitle(exportTitle(spec));
    writer.setCreator(QStringLiteral("Chart of the Week " CHARTWEEK_VERSION));
    QPainter painter;
    if (!painter.begin(&writer))
        return Text::tr("the PDF writer could not start");
    // The paint rectangle in the writer's own device pixels: this, not an assumed
    // resolution, decides how the canvas is scaled to fill the page.
    const QRect paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    const QSizeF deviceSize(paintRect.width(), paintRect.height());
    const QSizeF canvas = exportCanvasSize(deviceSize);
    const double factor = std::min(deviceSize.width() / canvas.width(), deviceSize.height() / canvas.height());
    painter.scale(factor, factor);
    ChartFactory::renderPage(&painter, QRectF(QPointF(0, 0), canvas), spec);
    if (!painter.end())
        return Text::tr("the PDF could not be completed");
    return std::nullopt;
}

} // namespace

QString exportFormatCode(ExportFormat format)
{
    return format == ExportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("png");
}

std::optional<ExportFormat> exportFormatFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == u"png")
        return ExportFormat::Png;
    if (lower == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    return exportFormatFromCode(QFileInfo(path).suffix());
}

QSizeF exportCanvasSize(const QSizeF &target)
{
    if (target.width() <= 0 || target.height() <= 0)
        return {kCanvasWidth, kCanvasWidth * 9.0 / 16.0};
    return {kCanvasWidth, kCanvasWidth * target.height() / target.width()};
}

std::optional<QString> exportChart(const ChartSpec &spec, const ExportOptions &options, const QString &path)
{
    if (spec.kind == ChartKind::Bar && spec.study.waveIndex(spec.waveYear) < 0)
        return failure(path, Text::tr("the study has no survey wave %1").arg(spec.waveYear));
    if (options.pixelSize.width() < 1 || options.pixelSize.height() < 1 || options.pixelSize.width() > 20000
        || options.pixelSize.height() > 20000)
        return failure(path, Text::tr("the size %1×%2 is outside 1–20000 pixels")
                                 .arg(options.pixelSize.width())
                                 .arg(options.pixelSize.height()));
    if (options.scale < 0.5 || options.scale > 4.0)
        return failure(path, Text::tr("the scale factor must be between 0.5 and 4"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());

    const std::optional<QString> error =
        options.format == ExportFormat::Pdf ? writePdf(spec, options, &file) : writePng(spec, options, &file);
    if (error) {
        file.cancelWriting();
        return failure(path, *error);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return std::nullopt;
}

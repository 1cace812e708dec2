// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "ui/charts/chartfactory.h"
#include "ui/export/chartexporter.h"
#include "ui/export/pngencoder.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>

#include <functional>

#include <gtest/gtest.h>

namespace {

QByteArray encodedWithQt(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    EXPECT_TRUE(writer.write(image)) << writer.errorString().toStdString();
    return buffer.data();
}

QByteArray encodedWithOurs(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_EQ(writePngImage(image, &buffer), std::nullopt);
    return buffer.data();
}

// What a viewer shows: the decoded pixels, compared in one format.
QImage decoded(const QByteArray &png)
{
    QImage image = QImage::fromData(png, "png");
    return image.convertToFormat(QImage::Format_ARGB32);
}

// The image as the exporter paints it: premultiplied, white, the chart scaled onto it.
QImage exportedChart(const QSize &size)
{
    const ChartSpec spec{smbGroupSocialBusinessStudy2012(), ChartKind::Bar, 2012, Language::English};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF canvas = exportCanvasSize(QSizeF(size));
    painter.scale(size.width() / canvas.width(), size.width() / canvas.width());
    ChartFactory::renderPage(&painter, QRectF(QPointF(0, 0), canvas), spec);
    return image;
}

QImage translucentGradient(QImage::Format format)
{
    QImage image(301, 77, format); // odd width: rows are padded in memory
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 301, 77);
    gradient.setColorAt(0, QColor(255, 0, 0, 10));
    gradient.setColorAt(0.5, QColor(0, 128, 255, 128));
    gradient.setColorAt(1, QColor(20, 200, 20, 250));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(gradient);
    painter.drawEllipse(QRectF(5, 5, 290, 67));
    return image;
}

QImage opaqueNoise(QImage::Format format)
{
    QImage image(97, 53, format);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 37 + y) % 256, (y * 91) % 256, (x * y) % 256));
    }
    return image;
}

struct ImageCase
{
    const char *name;
    std::function<QImage()> make;
};

class PngEncoderPixels : public testing::TestWithParam<ImageCase>
{
};

} // namespace

TEST_P(PngEncoderPixels, DecodeToTheSamePixelsAsQImageWriter)
{
    const QImage image = GetParam().make();
    ASSERT_FALSE(image.isNull());
    const QImage ours = decoded(encodedWithOurs(image));
    const QImage qt = decoded(encodedWithQt(image));
    ASSERT_EQ(ours.size(), image.size());
    EXPECT_TRUE(ours == qt) << "the decoded pixels differ from QImageWriter's";
}

INSTANTIATE_TEST_SUITE_P(
    Images, PngEncoderPixels,
    testing::Values(ImageCase{"ExportedBarChart",
                              [] {
                                  return exportedChart(QSize(1600, 900));
                              }},
                    ImageCase{"ExportedSmallChart",
                              [] {
                                  return exportedChart(QSize(333, 187));
                              }},
                    ImageCase{"TranslucentPremultiplied",
                              [] {
                                  return translucentGradient(QImage::Format_ARGB32_Premultiplied);
                              }},
                    ImageCase{"TranslucentStraight",
                              [] {
                                  return translucentGradient(QImage::Format_ARGB32);
                              }},
                    ImageCase{"OpaqueRgb32",
                              [] {
                                  return opaqueNoise(QImage::Format_RGB32);
                              }},
                    ImageCase{"OpaqueArgb32",
                              [] {
                                  return opaqueNoise(QImage::Format_ARGB32);
                              }},
                    ImageCase{"Grayscale",
                              [] {
                                  return opaqueNoise(QImage::Format_RGB32).convertToFormat(QImage::Format_Grayscale8);
                              }},
                    ImageCase{"SixteenBitPerChannel",
                              [] {
                                  return translucentGradient(QImage::Format_RGBA64);
                              }},
                    ImageCase{"OnePixel",
                              [] {
                                  QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
                                  image.fill(QColor(10, 20, 30));
                                  return image;
                              }}),
    [](const testing::TestParamInfo<ImageCase> &info) {
        return std::string(info.param.name);
    });

TEST(PngEncoder, KeepsTextsAndResolution)
{
    QImage image(40, 30, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(7559);
    image.setDotsPerMeterY(3780);
    image.setText(QStringLiteral("Title"), QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2011–2012"));
    image.setText(QStringLiteral("Software"), QStringLiteral("Chart of the Week"));
    const QImage read = QImage::fromData(encodedWithOurs(image), "png");
    EXPECT_EQ(read.text(QStringLiteral("Title")),
              QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2011–2012"));
    EXPECT_EQ(read.text(QStringLiteral("Software")), QStringLiteral("Chart of the Week"));
    EXPECT_EQ(read.dotsPerMeterX(), 7559);
    EXPECT_EQ(read.dotsPerMeterY(), 3780);
}

TEST(PngEncoder, OpaqueImagesHaveNoAlphaChannel)
{
    QImage image(40, 30, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(200, 100, 50));
    EXPECT_FALSE(QImage::fromData(encodedWithOurs(image), "png").hasAlphaChannel());
    image.setPixelColor(3, 4, QColor(200, 100, 50, 128));
    EXPECT_TRUE(QImage::fromData(encodedWithOurs(image), "png").hasAlphaChannel());
}

TEST(PngEncoder, KeepsAColourSpace)
{
    QImage image = opaqueNoise(QImage::Format_RGB32);
    image.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
    EXPECT_EQ(QImage::fromData(encodedWithOurs(image), "png").colorSpace(), QColorSpace(QColorSpace::DisplayP3));
}

TEST(PngEncoder, ReportsAFailedWrite)
{
    QImage image(40, 30, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    const std::optional<QString> error = writePngImage(image, &readOnly);
    ASSERT_TRUE(error.has_value());
    EXPECT_FALSE(error->isEmpty());
}

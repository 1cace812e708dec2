// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "ui/charts/chartstyle.h"
#include "ui/export/chartexporter.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ChartSpec seedSpec(ChartKind kind, Language language)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    return {study, kind, 2012, language};
}

// The longest vertical run of exactly this colour in any column: a bar's height in pixels.
int barHeight(const QImage &image, const QColor &color)
{
    int best = 0;
    const QRgb wanted = color.rgb();
    for (int x = 0; x < image.width(); ++x) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y) {
            run = image.pixel(x, y) == wanted ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOTEXT), {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ExportTest : public testing::Test
{
protected:
    void TearDown() override { installLanguage(Language::English); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ExportTest, PngHasTheRequestedSize)
{
    ExportOptions options;
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, Language::English), options, path("bar.png")), std::nullopt);
    EXPECT_EQ(QImage(path("bar.png")).size(), QSize(1600, 900));

    options.pixelSize = QSize(1080, 1080);
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Trend, Language::English), options, path("trend.png")), std::nullopt);
    EXPECT_EQ(QImage(path("trend.png")).size(), QSize(1080, 1080));

    options.pixelSize = QSize(800, 450);
    options.scale = 2.0;
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, Language::English), options, path("hidpi.png")), std::nullopt);
    const QImage hidpi(path("hidpi.png"));
    EXPECT_EQ(hidpi.size(), QSize(1600, 900));
    EXPECT_NEAR(hidpi.dotsPerMeterX() * 0.0254, 192.0, 1.0);
}

// The files of one chart written in one go (one chart, the PNG encoded on a worker) are the
// files exportChart() writes one by one.
TEST_F(ExportTest, SeveralFilesOfOneChartMatchSingleExports)
{
    const ChartSpec spec = seedSpec(ChartKind::Bar, Language::German);
    ExportOptions options;
    ASSERT_EQ(exportChartFiles(spec, options,
                               {{ExportFormat::Png, path("both.png")},
                                {ExportFormat::Pdf, path("both.pdf")},
                                {ExportFormat::Svg, path("both.svg")}}),
              std::nullopt);
    for (ExportFormat format : {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg}) {
        options.format = format;
        const QString suffix = exportFormatCode(format);
        ASSERT_EQ(exportChart(spec, options, path("one.") + suffix), std::nullopt);
        EXPECT_TRUE(QFile::exists(path("both.") + suffix)) << qPrintable(suffix);
    }
    const QImage both = QImage(path("both.png")).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(both.isNull());
    EXPECT_EQ(both, QImage(path("one.png")).convertToFormat(QImage::Format_RGB32));
    const auto svgOf = [this](const char *name) {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    EXPECT_EQ(svgOf("both.svg"), svgOf("one.svg"));
    EXPECT_NE(exportChartFiles(spec, options, {{ExportFormat::Png, path("missing/folder/x.png")}}), std::nullopt);
}

TEST_F(ExportTest, BarHeightsAreInTheRatioOfTheShares)
{
    ExportOptions options;
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, Language::German), options, path("bars.png")), std::nullopt);
    const QImage image = QImage(path("bars.png")).convertToFormat(QImage::Format_RGB32);
    const int strategy = barHeight(image, ChartStyle::lightTheme().segmentColor(0, false));
    const int adHoc = barHeight(image, ChartStyle::lightTheme().segmentColor(1, false));
    const int none = barHeight(image, ChartStyle::lightTheme().segmentColor(2, true));
    ASSERT_GT(none, 200) << "the bars should fill a good part of a 900-pixel-high chart";
    EXPECT_NEAR(double(strategy) / none, 24.0 / 47.0, 0.02 * 24.0 / 47.0);
    EXPECT_NEAR(double(adHoc) / none, 29.0 / 47.0, 0.02 * 29.0 / 47.0);
}

TEST_F(ExportTest, UnknownSharesDrawNoBar)
{
    ChartSpec spec = seedSpec(ChartKind::Bar, Language::English);
    spec.waveYear = 2011;
    ASSERT_EQ(exportChart(spec, ExportOptions(), path("2011.png")), std::nullopt);
    const QImage image = QImage(path("2011.png")).convertToFormat(QImage::Format_RGB32);
    EXPECT_GT(barHeight(image, ChartStyle::lightTheme().segmentColor(2, true)), 200);
    // Only the legend-free plot: no bar of the unknown segments (legend squares are tiny).
    EXPECT_LT(barHeight(image, ChartStyle::lightTheme().segmentColor(0, false)), 20);
    EXPECT_LT(barHeight(image, ChartStyle::lightTheme().segmentColor(1, false)), 20);
}

TEST_F(ExportTest, PdfIsVectorWithTextInTheLanguage)
{
    ASSERT_TRUE(installLanguage(Language::German));
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Trend, Language::German), options, path("trend.pdf")), std::nullopt);

    QFile file(path("trend.pdf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_FALSE(bytes.contains("/Subtype /Image")) << "the chart must not be a raster image";
    EXPECT_TRUE(bytes.contains("/FontFile2")) << "the font is embedded";

    const QString text = pdfText(path("trend.pdf"));
    EXPECT_TRUE(text.contains(QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Lücken"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Quelle: SMB Group"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("53\u00a0%")) || text.contains(QStringLiteral("53 %")))
        << qPrintable(text);
}

TEST_F(ExportTest, UnwritablePathFailsCleanly)
{
    const QString target = path("missing-folder/sub/chart.png");
    const auto error = exportChart(seedSpec(ChartKind::Bar, Language::English), ExportOptions(), target);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(QStringLiteral("chart.png"))) << qPrintable(*error);
    EXPECT_FALSE(QFile::exists(target));

    // A file standing where a folder should be.
    QFile blocker(path("blocker"));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_TRUE(exportChart(seedSpec(ChartKind::Bar, Language::English), ExportOptions(), path("blocker/x.pdf")));
}

TEST_F(ExportTest, FailedExportLeavesTheOldFileAlone)
{
    const QString target = path("keep.png");
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    ExportOptions options;
    options.pixelSize = QSize(0, 900);
    ASSERT_TRUE(exportChart(seedSpec(ChartKind::Bar, Language::English), options, target).has_value());
    ChartSpec noWave = seedSpec(ChartKind::Bar, Language::English);
    noWave.waveYear = 1999;
    ASSERT_TRUE(exportChart(noWave, ExportOptions(), target).has_value());
    QFile check(target);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("previous export"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.png")});
}

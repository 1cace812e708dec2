// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartclipboard.h"
#include "ui/export/chartexporter.h"
#include "ui/export/reportwriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace {

ChartSpec seedSpec(ChartKind kind, Language language, int wave = 2012)
{
    return {smbGroupSocialBusinessStudy2012(), kind, wave, language};
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOTEXT), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Renders the first page with pdftoppm at dpi and returns it.
QImage renderPdfPage(const QString &pdf, int dpi)
{
    const QString prefix = pdf + QStringLiteral("-page");
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOPPM),
                  {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

// The smallest rectangle holding every pixel that is not (nearly) white.
QRect inkBounds(const QImage &image)
{
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qRed(line[x]) < 235 || qGreen(line[x]) < 235 || qBlue(line[x]) < 235) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

bool isCompleteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    if (path.endsWith(u".png"))
        return !QImage::fromData(bytes, "PNG").isNull();
    if (path.endsWith(u".pdf"))
        return bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF");
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError() && bytes.contains("</svg>");
}

class PublishTest : public testing::Test
{
protected:
    void TearDown() override { installLanguage(Language::English); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

} // namespace

// --- SVG -----------------------------------------------------------------------------

TEST_F(PublishTest, SvgHasViewBoxSizeTitleDescriptionAndText)
{
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(1600, 900);
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, Language::English), options, path(QStringLiteral("bar.svg"))),
              std::nullopt);

    QFile file(path(QStringLiteral("bar.svg")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    ASSERT_TRUE(xml.readNextStartElement());
    ASSERT_EQ(xml.name(), u"svg");
    EXPECT_EQ(xml.attributes().value(QStringLiteral("viewBox")).toString(), QStringLiteral("0 0 1600 900"));
    EXPECT_EQ(xml.attributes().value(QStringLiteral("width")).toString(), QStringLiteral("1600px"));
    EXPECT_EQ(xml.attributes().value(QStringLiteral("height")).toString(), QStringLiteral("900px"));
    QString title, desc;
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"title")
            title = xml.readElementText();
        else if (xml.name() == u"desc")
            desc = xml.readElementText();
        else if (xml.name() == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_EQ(title, QStringLiteral("How small businesses use social media, 2012"));
    EXPECT_TRUE(desc.contains(QStringLiteral("Less than a quarter of small businesses have a social media strategy")))
        << qPrintable(desc);
    EXPECT_TRUE(desc.contains(QStringLiteral("“Planned strategy” at 24%"))) << qPrintable(desc);
    EXPECT_TRUE(desc.contains(QStringLiteral("Source: SMB Group"))) << qPrintable(desc);
    EXPECT_TRUE(texts.contains(QStringLiteral("How small businesses use social media, 2012")))
        << qPrintable(texts.join(u'|'));
    EXPECT_TRUE(texts.contains(QStringLiteral("29%"))) << "data labels stay text";
    EXPECT_TRUE(
        texts.contains(QStringLiteral("Source: SMB Group, 2012 Small and Medium Business Social Business Study")));
}

TEST_F(PublishTest, SvgDrawingFillsItsViewBox)
{
    ExportOptions options;
    options.format = ExportFormat::Svg;
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Trend, Language::German), options, path(QStringLiteral("trend.svg"))),
              std::nullopt);
    QSvgRenderer renderer(path(QStringLiteral("trend.svg")));
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBox(), QRect(0, 0, 1600, 900));
    EXPECT_EQ(renderer.defaultSize(), QSize(1600, 900));
    QImage image(1600, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    const QRect ink = inkBounds(image);
    EXPECT_LT(ink.left(), 40);
    EXPECT_LT(ink.top(), 40);
    EXPECT_GT(ink.right(), 1540) << "the drawing must reach the right edge, not shrink into a corner";
    EXPECT_GT(ink.bottom(), 840);
}

// --- PNG -----------------------------------------------------------------------------

struct PngRow
{
    const char *preset;
    double scale;
    QSize expectedPixels;
    double expectedDpi;
};

class PngPresets : public testing::TestWithParam<PngRow>
{
};

TEST_P(PngPresets, SizeScaleDpiAndTextChunks)
{
    QTemporaryDir dir;
    const auto preset = exportPresetForKey(QString::fromLatin1(GetParam().preset));
    ASSERT_TRUE(preset);
    ExportOptions options = withPreset(ExportOptions(), *preset);
    options.scale = GetParam().scale;
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, Language::English), options, file), std::nullopt);
    QImageReader reader(file);
    const QImage image = reader.read();
    EXPECT_EQ(image.size(), GetParam().expectedPixels);
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, GetParam().expectedDpi, 0.5);
    EXPECT_NEAR(image.dotsPerMeterY() * 0.0254, GetParam().expectedDpi, 0.5);
    EXPECT_EQ(image.text(QStringLiteral("Title")), QStringLiteral("How small businesses use social media, 2012"));
    EXPECT_TRUE(image.text(QStringLiteral("Description")).contains(QStringLiteral("“No social media” at 47%")));
    EXPECT_TRUE(image.text(QStringLiteral("Source")).startsWith(QStringLiteral("Source: SMB Group")));
}

INSTANTIATE_TEST_SUITE_P(Rows, PngPresets,
                         testing::Values(PngRow{"1600x900", 1.0, QSize(1600, 900), 96.0},
                                         PngRow{"1200x675", 1.0, QSize(1200, 675), 96.0},
                                         PngRow{"1080x1080", 2.0, QSize(2160, 2160), 192.0},
                                         PngRow{"1920x1080", 3.0, QSize(5760, 3240), 288.0}),
                         [](const testing::TestParamInfo<PngRow> &info) {
                             return "Preset" + std::string(info.param.preset) + "Scale" +
                                    std::to_string(int(info.param.scale));
                         });

TEST(ExportPresets, DefaultIsFirstAndPaperPresetsSetThePage)
{
    const QList<ExportPreset> presets = exportPresets();
    ASSERT_GE(presets.size(), 8);
    EXPECT_EQ(presets.constFirst().pixelSize, QSize(1600, 900));
    const auto letter = exportPresetForKey(QStringLiteral("letter-portrait"));
    ASSERT_TRUE(letter);
    const ExportOptions options = withPreset(ExportOptions(), *letter);
    EXPECT_EQ(options.pageSize.id(), QPageSize::Letter);
    EXPECT_EQ(options.orientation, QPageLayout::Portrait);
    EXPECT_EQ(options.pixelSize, QSize(1600, 900)) << "a paper preset leaves the pixel size alone";
    EXPECT_FALSE(exportPresetForKey(QStringLiteral("poster")));
}

// --- PDF -----------------------------------------------------------------------------

struct PdfRow
{
    int resolution;
    const char *preset;
};

class PdfPageFit : public testing::TestWithParam<PdfRow>
{
};

TEST_P(PdfPageFit, WholeChartFillsThePageAtAnyResolution)
{
    QTemporaryDir dir;
    const auto preset = exportPresetForKey(QString::fromLatin1(GetParam().preset));
    ASSERT_TRUE(preset);
    ExportOptions options = withPreset(ExportOptions(), *preset);
    options.format = ExportFormat::Pdf;
    options.pdfResolution = GetParam().resolution;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Trend, Language::English), options, pdf), std::nullopt);

    constexpr int kDpi = 50;
    const QImage page = renderPdfPage(pdf, kDpi);
    ASSERT_FALSE(page.isNull());
    const QSizeF pageMm = options.pageSize.size(QPageSize::Millimeter);
    const QSizeF expectedMm = options.orientation == QPageLayout::Landscape ? pageMm.transposed() : pageMm;
    EXPECT_NEAR(page.width(), expectedMm.width() / 25.4 * kDpi, 2.0);
    EXPECT_NEAR(page.height(), expectedMm.height() / 25.4 * kDpi, 2.0);

    const double margin = 10.0 / 25.4 * kDpi; // 10 mm
    const QRect ink = inkBounds(page);
    ASSERT_TRUE(ink.isValid());
    // Not cut off: nothing outside the margins …
    EXPECT_GE(ink.left(), margin - 1.5);
    EXPECT_GE(ink.top(), margin - 1.5);
    EXPECT_LE(ink.right(), page.width() - margin + 1.5);
    EXPECT_LE(ink.bottom(), page.height() - margin + 1.5);
    // … and the chart reaches near all four margins (the whole width, and from the title
    // at the top to the source line at the bottom).
    const double slack = 0.05 * page.width();
    EXPECT_LE(ink.left(), margin + slack);
    EXPECT_LE(ink.top(), margin + slack);
    EXPECT_GE(ink.right(), page.width() - margin - slack);
    EXPECT_GE(ink.bottom(), page.height() - margin - slack);
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Source: SMB Group"))) << "the source line is on the page";
}

INSTANTIATE_TEST_SUITE_P(Rows, PdfPageFit,
                         testing::Values(PdfRow{72, "a4-landscape"}, PdfRow{300, "a4-landscape"},
                                         PdfRow{1200, "a4-landscape"}, PdfRow{300, "a4-portrait"},
                                         PdfRow{1200, "letter-landscape"}, PdfRow{72, "letter-portrait"}),
                         [](const testing::TestParamInfo<PdfRow> &info) {
                             std::string name =
                                 std::string(info.param.preset) + "At" + std::to_string(info.param.resolution) + "dpi";
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

TEST_F(PublishTest, PrintingGoesThroughTheSamePage)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path(QStringLiteral("printed.pdf")));
    printer.setPageOrientation(QPageLayout::Landscape);
    ASSERT_TRUE(printChart(&printer, seedSpec(ChartKind::Bar, Language::English)));
    const QString text = pdfText(path(QStringLiteral("printed.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("How small businesses use social media, 2012"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Source: SMB Group")));
    EXPECT_EQ(text.count(u'\f'), 1) << "one page";
    const QImage page = renderPdfPage(path(QStringLiteral("printed.pdf")), 40);
    const QRect ink = inkBounds(page);
    EXPECT_GT(ink.width(), page.width() * 0.8) << "the chart fills the printed page";
}

// --- clipboard -------------------------------------------------------------------------

TEST(Clipboard, ImagePlusTabSeparatedData)
{
    std::unique_ptr<QMimeData> data(chartMimeData(seedSpec(ChartKind::Bar, Language::English), QSize(800, 450)));
    ASSERT_TRUE(data->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(data->imageData()).size(), QSize(800, 450));
    EXPECT_EQ(data->text(), QStringLiteral("Segment\tShare 2012 (%)\nPlanned strategy\t24\nAd hoc use\t29\n"
                                           "No social media\t47\n"));
    EXPECT_EQ(QString::fromUtf8(data->data(QStringLiteral("text/tab-separated-values"))), data->text());
}

TEST(Clipboard, TrendDataLeavesUnknownCellsEmpty)
{
    ASSERT_TRUE(installLanguage(Language::German));
    const QString tsv = chartDataTsv(seedSpec(ChartKind::Trend, Language::German));
    installLanguage(Language::English);
    const QStringList rows = tsv.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 5) << qPrintable(tsv);
    EXPECT_EQ(rows.at(1), QStringLiteral("Mit Strategie\t\t24"));
    EXPECT_EQ(rows.at(3), QStringLiteral("Keine sozialen Medien\t56\t47"));
    EXPECT_TRUE(rows.at(4).endsWith(QStringLiteral("\t44\t53")));
}

// --- batch -----------------------------------------------------------------------------

TEST_F(PublishTest, BatchWritesEveryChartFormatAndLanguage)
{
    const QList<BatchJob> jobs =
        batchJobs({smbGroupSocialBusinessStudy2012()}, {ExportFormat::Png, ExportFormat::Svg},
                  {Language::German, Language::English}, ExportOptions(), path(QStringLiteral("out")));
    ASSERT_EQ(jobs.size(), 12); // (2 waves + trend) × 2 formats × 2 languages
    QList<int> seen;
    const BatchResult result = runBatch(jobs, [&seen](int done, int total, const QString &) {
        seen.append(done);
        return total == 12;
    });
    EXPECT_EQ(result.written, 12);
    EXPECT_FALSE(result.cancelled);
    EXPECT_FALSE(result.error);
    EXPECT_EQ(seen.size(), 12);
    EXPECT_EQ(currentLanguage(), Language::English) << "the language is restored";
    const QDir out(path(QStringLiteral("out")));
    EXPECT_TRUE(out.exists(QStringLiteral("smb-group-2012-social-business_bar-2011_de.png")));
    EXPECT_TRUE(out.exists(QStringLiteral("smb-group-2012-social-business_trend_en.svg")));
    EXPECT_EQ(out.entryList(QDir::Files).size(), 12);
    // The German file really is German.
    EXPECT_EQ(QImage(out.filePath(QStringLiteral("smb-group-2012-social-business_trend_de.png")))
                  .text(QStringLiteral("Title")),
              QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2011–2012"));
}

TEST_F(PublishTest, CancelledBatchLeavesOnlyCompleteFiles)
{
    const QList<BatchJob> jobs =
        batchJobs({smbGroupSocialBusinessStudy2012()}, {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg},
                  {Language::English}, ExportOptions(), path(QStringLiteral("out")));
    QList<int> seen;
    const BatchResult result = runBatch(jobs, [&seen](int done, int, const QString &) {
        seen.append(done);
        return done < 4; // the user cancels when the fourth file (the 2012 chart's PNG) is reported
    });
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.error);
    EXPECT_EQ(seen, QList<int>({1, 2, 3, 4})) << "no progress after the cancel";
    // The files of one chart are written together: the 2012 chart was complete when its PNG
    // was reported, so the batch stops after it, with two whole charts and nothing of the third.
    EXPECT_EQ(result.written, 6);
    const QDir out(path(QStringLiteral("out")));
    QStringList expected;
    for (const QString &chart : {QStringLiteral("bar-2011"), QStringLiteral("bar-2012")})
        for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")})
            expected.append(QStringLiteral("smb-group-2012-social-business_%1_en.%2").arg(chart, format));
    QStringList files = out.entryList(QDir::Files | QDir::Hidden);
    files.sort();
    EXPECT_EQ(files, expected) << qPrintable(files.join(u' '));
    for (const QString &file : std::as_const(files))
        EXPECT_TRUE(isCompleteFile(out.filePath(file))) << qPrintable(file);
}

// --- report ----------------------------------------------------------------------------

struct ReportRow
{
    Language language;
    QStringList expectedTexts;
};

class ReportPages : public testing::TestWithParam<ReportRow>
{
};

TEST_P(ReportPages, PageCountAndTextInTheLanguage)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ReportOptions options;
    options.language = GetParam().language;
    ASSERT_EQ(writeReport({smbGroupSocialBusinessStudy2012()}, options, pdf), std::nullopt);
    EXPECT_EQ(currentLanguage(), Language::English) << "the app's language is restored";
    const QString text = pdfText(pdf);
    // Cover; the spread of the chart of the week (2012) and the advice; the trend chart
    // with the 2011 chart; sources.
    EXPECT_EQ(text.count(u'\f'), 5) << qPrintable(text);
    const QStringList pages = text.split(u'\f');
    for (const QString &expected : GetParam().expectedTexts)
        EXPECT_TRUE(text.simplified().contains(expected)) << qPrintable(expected) << "\n" << qPrintable(text);
    EXPECT_TRUE(
        pages.value(4).contains(QStringLiteral("SMB Group, 2012 Small and Medium Business Social Business Study")));

    // Reports for a range of weeks: two studies, two sets of chart pages.
    Study second = smbGroupSocialBusinessStudy2012();
    second.slug = QStringLiteral("second");
    ASSERT_EQ(writeReport({smbGroupSocialBusinessStudy2012(), second}, options, pdf), std::nullopt);
    // The second study's spread starts on a left-hand page again (after an empty page 5).
    EXPECT_EQ(pdfText(pdf).count(u'\f'), 9);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ReportPages,
    testing::Values(ReportRow{Language::English,
                              {QStringLiteral("Chart of the Week"),
                               QStringLiteral("How small businesses use social media, 2011"),
                               QStringLiteral("down 9 percentage points"), QStringLiteral("What it means for you"),
                               QStringLiteral("Sources"), QStringLiteral("53%")}},
                    ReportRow{Language::German,
                              {QStringLiteral("Chart der Woche"),
                               QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen, 2011"),
                               QStringLiteral("Prozentpunkte"), QStringLiteral("Was das für Sie bedeutet"),
                               QStringLiteral("Quellen"), QStringLiteral("53 %")}}),
    [](const testing::TestParamInfo<ReportRow> &info) {
        return languageCode(info.param.language).toStdString();
    });

TEST_F(PublishTest, ReportWithoutStudiesIsAnError)
{
    const auto error = writeReport({}, ReportOptions(), path(QStringLiteral("empty.pdf")));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("empty.pdf")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("empty.pdf"))));
}

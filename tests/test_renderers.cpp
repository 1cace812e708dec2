// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The vector exports look the same everywhere: the app's PNG, the SVG as headless Chromium
// draws it and the PDF as poppler (pdftoppm) draws it carry the same texts, bars and lines
// at the same places, compared pixel by pixel within a small tolerance.

#include "chromium.h"
#include "core/seedstudy.h"
#include "ui/export/chartexporter.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <vector>

namespace {

// A4 landscape with the exporter's 10 mm margins leaves 277 × 190 mm to paint on. A PNG
// and an SVG of 1385 × 950 pixels have the same aspect, so all three are laid out on the
// same 640-unit canvas; pdftoppm at 127 dpi draws the paint area 1385 × 950 pixels large.
const QSize kSize(1385, 950);
constexpr int kPdfDpi = 127;
constexpr int kPdfMarginPixels = 50; // 10 mm at 127 dpi

// The tolerance: a pixel of ink is matched when the other image has ink within this many
// pixels (antialiasing and hinting differ by a pixel or so between renderers).
constexpr int kReach = 2;
// At most this share of one image's edge ink may go unmatched in the other. Measured: at
// most 0.07 % (the dashes of a trend line in poppler); one data label drawn above its bar
// instead of inside it is 1.2 %, the same chart in the other language over 30 %.
constexpr double kMostUnmatched = 0.005;

QImage renderSvgInChromium(const QString &svg, const QTemporaryDir &dir)
{
    const QString shot = dir.filePath(QStringLiteral("chromium.png"));
    if (!runChromium(svg, kSize, dir.filePath(QStringLiteral("profile")), {QStringLiteral("--screenshot=") + shot}))
        return {};
    return QImage(shot).convertToFormat(QImage::Format_RGB32);
}

QImage renderPdfPaintArea(const QString &pdf)
{
    const QString prefix = pdf + QStringLiteral("-poppler");
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOPPM),
                  {QStringLiteral("-r"), QString::number(kPdfDpi), QStringLiteral("-png"),
                   QStringLiteral("-singlefile"), QStringLiteral("-x"), QString::number(kPdfMarginPixels),
                   QStringLiteral("-y"), QString::number(kPdfMarginPixels), QStringLiteral("-W"),
                   QString::number(kSize.width()), QStringLiteral("-H"), QString::number(kSize.height()), pdf, prefix});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftoppm failed";
        return {};
    }
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

// Ink: every pixel clearly unlike the background (the page's top-left corner).
struct Ink
{
    explicit Ink(const QImage &image)
        : width(image.width())
        , height(image.height())
        , sums(std::size_t(width + 1) * std::size_t(height + 1), 0)
    {
        const QRgb background = image.pixel(0, 0);
        mask.resize(std::size_t(width) * std::size_t(height));
        for (int y = 0; y < height; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < width; ++x) {
                const int difference = std::max({std::abs(qRed(line[x]) - qRed(background)),
                                                 std::abs(qGreen(line[x]) - qGreen(background)),
                                                 std::abs(qBlue(line[x]) - qBlue(background))});
                mask[index(x, y)] = difference > 96;
            }
        }
        // Summed-area table: ink in any rectangle in four look-ups.
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                sums[sumIndex(x + 1, y + 1)] =
                    int(mask[index(x, y)]) + sums[sumIndex(x, y + 1)] + sums[sumIndex(x + 1, y)] - sums[sumIndex(x, y)];
        }
    }
    std::size_t index(int x, int y) const { return std::size_t(y) * std::size_t(width) + std::size_t(x); }
    std::size_t sumIndex(int x, int y) const { return std::size_t(y) * std::size_t(width + 1) + std::size_t(x); }
    // Ink pixels in the square of side 2 × reach + 1 around (x, y).
    int around(int x, int y, int reach) const
    {
        const int left = std::max(0, x - reach), top = std::max(0, y - reach);
        const int right = std::min(width, x + reach + 1), bottom = std::min(height, y + reach + 1);
        return sums[sumIndex(right, bottom)] - sums[sumIndex(left, bottom)] - sums[sumIndex(right, top)] +
               sums[sumIndex(left, top)];
    }

    int width;
    int height;
    std::vector<bool> mask;
    std::vector<int> sums;
};

// The share of a's edge ink (ink beside a pixel without: glyphs, lines, the outlines of
// bars, not their insides) with no ink of b within kReach pixels.
double unmatchedShare(const Ink &a, const Ink &b)
{
    if (a.width != b.width || a.height != b.height)
        return 1.0;
    long edges = 0;
    long unmatched = 0;
    for (int y = 0; y < a.height; ++y) {
        for (int x = 0; x < a.width; ++x) {
            if (!a.mask[a.index(x, y)] || a.around(x, y, 1) == 9)
                continue;
            ++edges;
            if (b.around(x, y, kReach) == 0)
                ++unmatched;
        }
    }
    return edges == 0 ? 1.0 : double(unmatched) / double(edges);
}

struct RendererCase
{
    const char *name;
    ChartKind kind;
    Language language;
};

class RendererAgreement : public testing::TestWithParam<RendererCase>
{
protected:
    void TearDown() override { installLanguage(Language::English); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(RendererAgreement, PngSvgInChromiumAndPdfInPopplerShowTheSameTextsInTheSamePlaces)
{
    const RendererCase &row = GetParam();
    ASSERT_TRUE(installLanguage(row.language));
    const ChartSpec spec(smbGroupSocialBusinessStudy2012(), row.kind, 2012, row.language);
    ExportOptions options;
    options.pixelSize = kSize;
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    ASSERT_EQ(exportChart(spec, options, png), std::nullopt);
    options.format = ExportFormat::Svg;
    ASSERT_EQ(exportChart(spec, options, svg), std::nullopt);
    options.format = ExportFormat::Pdf;
    options.pageSize = QPageSize(QPageSize::A4);
    options.orientation = QPageLayout::Landscape;
    ASSERT_EQ(exportChart(spec, options, pdf), std::nullopt);

    const QImage app = QImage(png).convertToFormat(QImage::Format_RGB32);
    const QImage chromium = renderSvgInChromium(svg, m_dir);
    const QImage poppler = renderPdfPaintArea(pdf);
    ASSERT_EQ(chromium.size(), kSize);
    ASSERT_EQ(poppler.size(), kSize);

    const Ink appInk(app), chromiumInk(chromium), popplerInk(poppler);
    for (const auto &[name, other] :
         {std::pair{"Chromium (SVG)", &chromiumInk}, std::pair{"poppler (PDF)", &popplerInk}}) {
        const double missing = unmatchedShare(appInk, *other);
        const double extra = unmatchedShare(*other, appInk);
        EXPECT_LT(missing, kMostUnmatched) << "the app's ink missing in " << name;
        EXPECT_LT(extra, kMostUnmatched) << name << " draws ink the app doesn't";
    }
    if (HasFailure()) {
        chromium.save(QStringLiteral("renderers-%1-chromium.png").arg(QLatin1String(row.name)));
        poppler.save(QStringLiteral("renderers-%1-poppler.png").arg(QLatin1String(row.name)));
        app.save(QStringLiteral("renderers-%1-app.png").arg(QLatin1String(row.name)));
    }

    // The comparison can fail: the same chart in the other language is told apart.
    const Language other = row.language == Language::English ? Language::German : Language::English;
    ASSERT_TRUE(installLanguage(other));
    options.format = ExportFormat::Png;
    const QString otherPng = m_dir.filePath(QStringLiteral("other.png"));
    ASSERT_EQ(exportChart(ChartSpec(smbGroupSocialBusinessStudy2012(), row.kind, 2012, other), options, otherPng),
              std::nullopt);
    const Ink otherInk(QImage(otherPng).convertToFormat(QImage::Format_RGB32));
    const double otherLanguage = unmatchedShare(otherInk, chromiumInk);
    EXPECT_GT(otherLanguage, 10.0 * kMostUnmatched);
}

INSTANTIATE_TEST_SUITE_P(Charts, RendererAgreement,
                         testing::Values(RendererCase{"BarEnglish", ChartKind::Bar, Language::English},
                                         RendererCase{"TrendGerman", ChartKind::Trend, Language::German}),
                         [](const testing::TestParamInfo<RendererCase> &info) {
                             return info.param.name;
                         });

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The PowerPoint deck (core/pptxwriter) opened by the real client: LibreOffice Impress
// (soffice --headless) converts it to PDF, poppler reads the PDF back; libzip reads the
// package for the OOXML structure check and the chart part's cached values.

#include "core/advice.h"
#include "core/narrative.h"
#include "core/pptxwriter.h"
#include "core/seedstudy.h"
#include "core/studydeck.h"
#include "core/theme.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <cstdlib>

namespace {

Deck germanDeck()
{
    Deck deck;
    deck.language = Language::German;
    deck.title = QStringLiteral("Social Media im Mittelstand");
    DeckSlide title;
    title.title = deck.title;
    title.subtitle = QStringLiteral("Umfrage 2012");
    DeckSlide chart;
    chart.title = QStringLiteral("Jedes vierte Unternehmen plant Kanäle");
    chart.source = QStringLiteral("Quelle: Testumfrage");
    chart.notes = {QStringLiteral("Erzählung zur Grafik"), QStringLiteral("Rat für die Geschäftsführung")};
    DeckChart bars;
    bars.categories = {QStringLiteral("Aktiv"), QStringLiteral("Geplant"), QStringLiteral("Unbekannt"),
                       QStringLiteral("Nein")};
    bars.series = {{QStringLiteral("2012"), {24.0, 51.0, std::nullopt, 75.0}, QStringLiteral("#1f77b4"), {}}};
    chart.chart = bars;
    deck.slides = {title, chart};
    return deck;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        *exitCode = -1;
        return QStringLiteral("timed out");
    }
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Every file of the zip package by name.
QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> files;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return files;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0)
            continue;
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        QByteArray bytes(qsizetype(stat.size), '\0');
        if (file) {
            zip_fread(file, bytes.data(), stat.size);
            zip_fclose(file);
        }
        files.insert(QString::fromUtf8(stat.name), bytes);
    }
    zip_close(archive);
    return files;
}

// The OOXML structure check: every part has a content type (an Override or a Default of its
// extension), every Override names a part, every internal relationship resolves to a part.
void expectPackageResolves(const QHash<QString, QByteArray> &files)
{
    // Content types: every part is covered by an Override or a Default of its extension.
    QSet<QString> overrides;
    QSet<QString> defaults;
    QXmlStreamReader types(files.value(QStringLiteral("[Content_Types].xml")));
    while (!types.atEnd()) {
        types.readNext();
        if (types.isStartElement() && types.name() == u"Override")
            overrides.insert(types.attributes().value(QLatin1String("PartName")).toString());
        if (types.isStartElement() && types.name() == u"Default")
            defaults.insert(types.attributes().value(QLatin1String("Extension")).toString());
    }
    EXPECT_FALSE(types.hasError()) << qPrintable(types.errorString());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() == u"[Content_Types].xml")
            continue;
        const QString extension = it.key().section(u'.', -1);
        EXPECT_TRUE(overrides.contains(u'/' + it.key()) || defaults.contains(extension)) << qPrintable(it.key());
    }
    for (const QString &part : overrides)
        EXPECT_TRUE(files.contains(part.mid(1))) << "override of a missing part " << qPrintable(part);

    // Relationships: every internal target resolves to a part of the package.
    int relationships = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().endsWith(u".rels"))
            continue;
        const QString owner = it.key().section(QStringLiteral("_rels/"), 0, 0); // the owner's folder
        QXmlStreamReader rels(it.value());
        while (!rels.atEnd()) {
            rels.readNext();
            if (!rels.isStartElement() || rels.name() != u"Relationship")
                continue;
            const QString target = rels.attributes().value(QLatin1String("Target")).toString();
            const QString resolved = QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : owner + target);
            EXPECT_TRUE(files.contains(resolved)) << qPrintable(it.key()) << " → " << qPrintable(target);
            ++relationships;
        }
        EXPECT_FALSE(rels.hasError()) << qPrintable(it.key());
    }
    EXPECT_GT(relationships, 10);
}

// The deck written to dir as name; empty on failure (with the reason).
QString writeDeckFile(const Deck &deck, const QTemporaryDir &dir, const QString &name)
{
    QString error;
    const std::optional<QByteArray> bytes = writeDeck(deck, &error);
    if (!bytes) {
        ADD_FAILURE() << qPrintable(error);
        return {};
    }
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
        return {};
    return path;
}

// LibreOffice Impress turns the deck into a PDF beside it; the PDF's path, empty on failure.
QString impressPdf(const QTemporaryDir &dir, const QString &deck)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        ADD_FAILURE() << "libreoffice-impress-nogui is in scripts/deps.sh";
        return {};
    }
    int exitCode = 0;
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    run(soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
         QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), deck},
        &exitCode);
    const QString pdf = deck.left(deck.size() - 4) + QStringLiteral("pdf");
    return exitCode == 0 && QFile::exists(pdf) ? pdf : QString();
}

// One page of the PDF as poppler draws it at dpi.
QImage pageImage(const QTemporaryDir &dir, const QString &pdf, int page, int dpi)
{
    int exitCode = 0;
    const QString base = dir.filePath(QStringLiteral("page%1").arg(page));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
         QString::number(page), QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, base},
        &exitCode);
    return QImage(base + QStringLiteral(".png"));
}

// The height in pixels of the longest vertical run of pixels in color (a bar; legend keys,
// axis lines and antialiased edges are shorter).
int tallestRun(const QImage &image, const QColor &color)
{
    int tallest = 0;
    for (int x = 0; x < image.width(); ++x) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QColor pixel = image.pixelColor(x, y);
            const bool same = std::abs(pixel.red() - color.red()) <= 12 &&
                              std::abs(pixel.green() - color.green()) <= 12 &&
                              std::abs(pixel.blue() - color.blue()) <= 12;
            run = same ? run + 1 : 0;
            tallest = std::max(tallest, run);
        }
    }
    return tallest;
}

QString pdfText(const QString &pdf)
{
    int exitCode = 0;
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &exitCode);
}

// The values a chart part caches, one map (category index → share) per series.
QList<QMap<int, double>> cachedValues(const QByteArray &chart)
{
    QXmlStreamReader reader(chart);
    QList<QMap<int, double>> series;
    bool inValues = false;
    int index = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"val")
            series.append(QMap<int, double>());
        if (reader.isStartElement() && reader.name() == u"numCache")
            inValues = true;
        else if (reader.isEndElement() && reader.name() == u"numCache")
            inValues = false;
        else if (inValues && reader.isStartElement() && reader.name() == u"pt")
            index = reader.attributes().value(QLatin1String("idx")).toInt();
        else if (inValues && !series.isEmpty() && reader.isStartElement() && reader.name() == u"v")
            series.last().insert(index, reader.readElementText().toDouble());
    }
    return series;
}

} // namespace

TEST(Pptx, PackageStructureResolvesAndChartCachesTheShares)
{
    QTemporaryDir dir;
    const QString path = writeDeckFile(germanDeck(), dir, QStringLiteral("deck.pptx"));
    ASSERT_FALSE(path.isEmpty());
    const QHash<QString, QByteArray> files = unzip(path);
    ASSERT_TRUE(files.contains(QStringLiteral("[Content_Types].xml")));

    expectPackageResolves(files);

    // The chart part caches the shares; the unknown share is a gap, never 0.
    const QByteArray chart = files.value(QStringLiteral("ppt/charts/chart1.xml"));
    ASSERT_FALSE(chart.isEmpty());
    EXPECT_TRUE(chart.contains("<c:barChart>"));
    EXPECT_EQ(cachedValues(chart), (QList<QMap<int, double>>{{{0, 24.0}, {1, 51.0}, {3, 75.0}}}));
    EXPECT_TRUE(files.contains(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")));
    EXPECT_TRUE(
        files.value(QStringLiteral("ppt/notesSlides/notesSlide2.xml")).contains("Rat für die Geschäftsführung"));
}

TEST(Pptx, LibreOfficeImpressRendersTheDeckInGerman)
{
    QTemporaryDir dir;
    const QString path = writeDeckFile(germanDeck(), dir, QStringLiteral("deck.pptx"));
    ASSERT_FALSE(path.isEmpty());
    const QString pdf = impressPdf(dir, path);
    ASSERT_FALSE(pdf.isEmpty()) << "Impress wrote no PDF";
    int exitCode = 0;

    const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &exitCode);
    ASSERT_EQ(exitCode, 0);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")).match(info).hasMatch()) << qPrintable(info);

    const QString text =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &exitCode);
    ASSERT_EQ(exitCode, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("Jedes vierte Unternehmen plant Kanäle"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Quelle: Testumfrage")));
    // The data labels in German: "24 %" with a no-break space (poppler may give a plain one).
    for (const char *label : {"24", "51", "75"})
        EXPECT_TRUE(QRegularExpression(QLatin1String(label) + QStringLiteral("[\\x{00a0} ]%")).match(text).hasMatch())
            << label << "\n"
            << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("24%")));
    EXPECT_FALSE(QRegularExpression(QStringLiteral("(^|\\s)0[\\x{00a0} ]%")).match(text.section(u'\f', 1)).hasMatch())
        << "the unknown share must not be drawn as 0 %";
}

namespace {

// The seed study's deck in a language, written to dir; empty on failure.
QString writeSeedDeck(const QTemporaryDir &dir, Language language, const ThemeDescription &theme, Deck *deck)
{
    *deck = StudyDeck::reportDeck(smbGroupSocialBusinessStudy2012(), language, theme);
    return writeDeckFile(*deck, dir, QStringLiteral("seed.pptx"));
}

} // namespace

TEST(Pptx, SeedStudyDeckHasItsSlidesNotesAndCachedShares)
{
    QTemporaryDir dir;
    Deck deck;
    const QString path = writeSeedDeck(dir, Language::English, themeDescription(ThemeKind::Light), &deck);
    ASSERT_FALSE(path.isEmpty());
    const Study seed = smbGroupSocialBusinessStudy2012();
    const QList<AdviceSection> advice = adviceSections(seed, Language::English);
    ASSERT_GE(advice.size(), 3);
    // Title, the 2012 bars, the trend, the 2011 bars, then one slide per audience.
    ASSERT_EQ(deck.slides.size(), 4 + advice.size());
    EXPECT_EQ(deck.slides.at(1).title, Narrative::displayHeadline(seed, 2012, Language::English));
    EXPECT_EQ(deck.slides.at(4).title, advice.constFirst().heading);
    // The figures not reported are said at the foot: the 2011 bars and the trend's gaps.
    EXPECT_TRUE(deck.slides.at(1).footnotes.isEmpty()) << "every 2012 figure is known";
    EXPECT_EQ(deck.slides.at(2).footnotes,
              QStringList{QStringLiteral("Gaps in a line mark figures the study did not report.")});
    EXPECT_EQ(deck.slides.at(3).footnotes, QStringList{Narrative::notReportedSentence(seed, 2011, Language::English)});
    EXPECT_TRUE(deck.slides.at(3).footnotes.constFirst().contains(QStringLiteral("2011")));

    const QHash<QString, QByteArray> files = unzip(path);
    expectPackageResolves(files);
    const auto cached = [&](const QString &part) {
        return cachedValues(files.value(part));
    };
    // 2012: 24 / 29 / 47. The trend: strategy and ad hoc unknown in 2011 (gaps, never 0),
    // none 56 → 47, and the derived adoption line 44 → 53.
    EXPECT_EQ(cached(QStringLiteral("ppt/charts/chart1.xml")),
              (QList<QMap<int, double>>{{{0, 24.0}, {1, 29.0}, {2, 47.0}}}));
    EXPECT_EQ(cached(QStringLiteral("ppt/charts/chart2.xml")),
              (QList<QMap<int, double>>{{{1, 24.0}}, {{1, 29.0}}, {{0, 56.0}, {1, 47.0}}, {{0, 44.0}, {1, 53.0}}}));
    EXPECT_EQ(cached(QStringLiteral("ppt/charts/chart3.xml")), (QList<QMap<int, double>>{{{2, 56.0}}}));
    EXPECT_TRUE(files.value(QStringLiteral("ppt/charts/chart2.xml")).contains("<c:lineChart>"));
    EXPECT_EQ(files.value(QStringLiteral("ppt/charts/chart2.xml")).count("<a:prstDash val=\"dash\"/>"), 1)
        << "only the derived adoption line is dashed";

    // Speaker notes: the narrative first, then the advice.
    const QString notes = QString::fromUtf8(files.value(QStringLiteral("ppt/notesSlides/notesSlide2.xml")));
    EXPECT_TRUE(notes.contains(Narrative::sentences(seed, 2012, Language::English).constFirst().toHtmlEscaped()))
        << qPrintable(notes);
    EXPECT_TRUE(notes.contains(advice.constFirst().heading.toHtmlEscaped()));
    EXPECT_FALSE(files.contains(QStringLiteral("ppt/media/logo.png"))) << "the light theme has no logo";
}

TEST(Pptx, ImpressDrawsTheSeedDeckWithBarsAsTallAsTheSharesAndTheBrandLogo)
{
    QTemporaryDir dir;
    // A brand with a logo: an orange 300 × 100 PNG.
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0xff, 0x66, 0x00));
    BrandTheme brand;
    QBuffer png(&brand.logoPng);
    png.open(QIODevice::WriteOnly);
    ASSERT_TRUE(logo.save(&png, "PNG"));
    const ThemeDescription theme = themeDescription(ThemeKind::Brand, brand);
    Deck deck;
    const QString path = writeSeedDeck(dir, Language::English, theme, &deck);
    ASSERT_FALSE(path.isEmpty());
    const QHash<QString, QByteArray> files = unzip(path);
    expectPackageResolves(files);
    EXPECT_EQ(files.value(QStringLiteral("ppt/media/logo.png")), brand.logoPng);

    const QString pdf = impressPdf(dir, path);
    ASSERT_FALSE(pdf.isEmpty()) << "Impress wrote no PDF";
    const QString text = pdfText(pdf);
    EXPECT_EQ(text.count(u'\f'), deck.slides.size()) << "one page per slide";
    const Study seed = smbGroupSocialBusinessStudy2012();
    EXPECT_TRUE(text.simplified().contains(Narrative::displayHeadline(seed, 2012, Language::English).simplified()))
        << qPrintable(text);
    for (const char *label : {"24%", "29%", "47%"})
        EXPECT_TRUE(text.section(u'\f', 1, 1).contains(QLatin1String(label))) << label << "\n" << qPrintable(text);

    // The bars of the 2012 slide, measured in its pixels: their heights stand as the shares.
    const QImage slide = pageImage(dir, pdf, 2, 100);
    ASSERT_FALSE(slide.isNull());
    const int strategy = tallestRun(slide, QColor(theme.segmentPalette.at(0)));
    const int adHoc = tallestRun(slide, QColor(theme.segmentPalette.at(1)));
    const int none = tallestRun(slide, QColor(theme.baselineSegment));
    ASSERT_GT(none, 100) << "the tallest bar is drawn";
    EXPECT_NEAR(double(strategy) / none, 24.0 / 47.0, 0.02) << strategy << " / " << none;
    EXPECT_NEAR(double(adHoc) / none, 29.0 / 47.0, 0.02) << adHoc << " / " << none;

    // The logo in the top right corner of every slide, the title slide too.
    for (int page : {1, 2, int(deck.slides.size())}) {
        const QImage image = pageImage(dir, pdf, page, 50);
        ASSERT_FALSE(image.isNull());
        const QImage corner = image.copy(image.width() * 3 / 4, 0, image.width() / 4, image.height() / 5);
        EXPECT_GT(tallestRun(corner, QColor(0xff, 0x66, 0x00)), 10) << "page " << page;
    }
}

TEST(Pptx, ImpressShowsTheGermanSeedDeckInGerman)
{
    QTemporaryDir dir;
    Deck deck;
    const QString path = writeSeedDeck(dir, Language::German, themeDescription(ThemeKind::Light), &deck);
    ASSERT_FALSE(path.isEmpty());
    const QString pdf = impressPdf(dir, path);
    ASSERT_FALSE(pdf.isEmpty()) << "Impress wrote no PDF";
    const QString text = pdfText(pdf);
    const Study seed = smbGroupSocialBusinessStudy2012();
    EXPECT_TRUE(text.simplified().contains(Narrative::displayHeadline(seed, 2012, Language::German).simplified()))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(adviceSections(seed, Language::German).constFirst().heading)) << qPrintable(text);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("47[\\x{00a0} ]%")).match(text).hasMatch()) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("47%")));
    EXPECT_TRUE(text.contains(QStringLiteral("Quelle"))) << qPrintable(text);
}

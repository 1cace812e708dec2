// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The PowerPoint deck (core/pptxwriter) opened by the real client: LibreOffice Impress
// (soffice --headless) converts it to PDF, poppler reads the PDF back; libzip reads the
// package for the OOXML structure check and the chart part's cached values.

#include "core/pptxwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <gtest/gtest.h>
#include <zip.h>

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

} // namespace

TEST(Pptx, PackageStructureResolvesAndChartCachesTheShares)
{
    QString error;
    const std::optional<QByteArray> bytes = writeDeck(germanDeck(), &error);
    ASSERT_TRUE(bytes) << qPrintable(error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    const QHash<QString, QByteArray> files = unzip(path);
    ASSERT_TRUE(files.contains(QStringLiteral("[Content_Types].xml")));

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
    ASSERT_FALSE(types.hasError()) << qPrintable(types.errorString());
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

    // The chart part caches the shares; the unknown share is a gap, never 0.
    const QByteArray chart = files.value(QStringLiteral("ppt/charts/chart1.xml"));
    ASSERT_FALSE(chart.isEmpty());
    EXPECT_TRUE(chart.contains("<c:barChart>"));
    QXmlStreamReader reader(chart);
    QMap<int, double> cached;
    bool inValues = false;
    int index = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"numCache")
            inValues = true;
        else if (reader.isEndElement() && reader.name() == u"numCache")
            inValues = false;
        else if (inValues && reader.isStartElement() && reader.name() == u"pt")
            index = reader.attributes().value(QLatin1String("idx")).toInt();
        else if (inValues && reader.isStartElement() && reader.name() == u"v")
            cached.insert(index, reader.readElementText().toDouble());
    }
    EXPECT_EQ(cached, (QMap<int, double>{{0, 24.0}, {1, 51.0}, {3, 75.0}}));
    EXPECT_TRUE(files.contains(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")));
    EXPECT_TRUE(
        files.value(QStringLiteral("ppt/notesSlides/notesSlide2.xml")).contains("Rat für die Geschäftsführung"));
}

TEST(Pptx, LibreOfficeImpressRendersTheDeckInGerman)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(soffice.isEmpty()) << "libreoffice-impress-nogui is in scripts/deps.sh";
    QString error;
    const std::optional<QByteArray> bytes = writeDeck(germanDeck(), &error);
    ASSERT_TRUE(bytes) << qPrintable(error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.pptx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(*bytes);
    file.close();
    int exitCode = 0;
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    run(soffice,
        {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
         QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), path},
        &exitCode);
    ASSERT_EQ(exitCode, 0);
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    ASSERT_TRUE(QFile::exists(pdf)) << "Impress wrote no PDF";

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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Titles, labels and advice that look like markup are shown literally: in the main window,
// the chart (title, legend, tooltips), the presentation slides, an SVG, a PDF and a report.

#include "core/seedstudy.h"
#include "ui/charts/chartwidget.h"
#include "ui/export/chartexporter.h"
#include "ui/export/reportwriter.h"
#include "ui/mainwindow.h"
#include "ui/presentation/slidewidget.h"

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

const QString kImage = QStringLiteral("<img src=\"x\">");
const QString kLink = QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");
const QString kBold = QStringLiteral("<b>Planned</b> & <i>more</i>");

Study hostileStudy()
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.title = kImage;
    study.topic = sameTextInUiLanguages(kImage);
    study.headline = sameTextInUiLanguages(kLink);
    study.sourceCitation = kLink;
    study.segments[0].name = sameTextInUiLanguages(kBold);
    for (AdviceText &advice : study.advice) {
        advice.heading = kLink;
        advice.body = kImage + QStringLiteral("\n\n") + kLink;
    }
    return study;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOTEXT), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // DejaVu Sans sets "fi" as a ligature; pdftotext gives it back as U+FB01.
    return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0xFB01), QStringLiteral("fi"));
}

// Every label that shows data must be plain text, or hold no markup.
void expectNoLabelRendersMarkup(const QWidget *root)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text().contains(u'<')) {
            EXPECT_TRUE(label->textFormat() == Qt::PlainText ||
                        (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())))
                << qPrintable(label->objectName()) << ": " << qPrintable(label->text());
        }
    }
}

QStringList labelTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

TEST(HostileInput, MainWindowShowsTitlesAndAdviceLiterally)
{
    MainWindow window(hostileStudy());
    window.resize(1200, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowTitle().contains(kImage));
    const QStringList texts = labelTexts(&window);
    EXPECT_TRUE(texts.contains(kLink)) << "the headline, as typed";
    EXPECT_TRUE(texts.contains(kImage + QStringLiteral("\n\n") + kLink)) << "an advice body, as typed";
    expectNoLabelRendersMarkup(&window);

    // The chart: title and legend are shown as the characters typed, not as an image or a link.
    const QStringList chartTexts = window.barChart()->visibleTexts();
    EXPECT_TRUE(std::any_of(chartTexts.begin(), chartTexts.end(), [](const QString &t) {
        return t.contains(kImage);
    })) << qPrintable(chartTexts.join(u'|'));
    EXPECT_TRUE(chartTexts.contains(kBold)) << qPrintable(chartTexts.join(u'|'));
    const QStringList trendTexts = window.trendChart()->visibleTexts();
    // (The legend of the hidden trend tab is narrow and elides: the start is what counts.)
    EXPECT_TRUE(std::any_of(trendTexts.begin(), trendTexts.end(), [](const QString &t) {
        return t.startsWith(QStringLiteral("<b>Pla"));
    })) << qPrintable(trendTexts.join(u'|'));
    for (const QString &text : chartTexts + trendTexts)
        EXPECT_FALSE(text.contains(QChar::ObjectReplacementCharacter)) << "an <img> was rendered";

    // Tooltips are rich text by nature: the data inside them is escaped.
    auto *view = window.barChart()->findChild<QGraphicsView *>();
    ASSERT_NE(view, nullptr);
    int toolTips = 0;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (item->toolTip().isEmpty())
            continue;
        ++toolTips;
        QTextDocument shown;
        shown.setHtml(item->toolTip());
        EXPECT_FALSE(shown.toPlainText().contains(QChar::ObjectReplacementCharacter));
        if (item->toolTip().contains(QStringLiteral("Planned"))) {
            EXPECT_TRUE(shown.toPlainText().startsWith(kBold)) << qPrintable(shown.toPlainText());
        }
    }
    EXPECT_GT(toolTips, 0);
}

TEST(HostileInput, PresentationSlidesShowTextLiterally)
{
    const Study study = hostileStudy();
    SlideWidget slide(study, study.latestWaveYear(), ChartStyle::lightTheme());
    slide.resize(960, 600);
    slide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&slide));
    expectNoLabelRendersMarkup(&slide);
    EXPECT_TRUE(labelTexts(&slide).contains(kLink)) << "the headline";
    const QList<Slide> slides = presentationSlides(study);
    const auto advice = std::find_if(slides.begin(), slides.end(), [](const Slide &s) {
        return s.kind == Slide::Kind::Advice;
    });
    ASSERT_NE(advice, slides.end());
    slide.setSlide(*advice);
    expectNoLabelRendersMarkup(&slide);
    const QStringList texts = labelTexts(&slide);
    // Short advice shares a slide, each section under its heading: the body is still literal.
    const QString body = kImage + QStringLiteral("\n\n") + kLink;
    EXPECT_TRUE(std::any_of(texts.begin(), texts.end(), [&body](const QString &text) {
        return text.contains(body);
    })) << qPrintable(texts.join(u'|'));
    EXPECT_FALSE(SlideWidget::notes(study, study.latestWaveYear(), *advice).isEmpty());
}

TEST(HostileInput, ExportsKeepTheTextLiteral)
{
    QTemporaryDir dir;
    const Study study = hostileStudy();
    const ChartSpec spec{study, ChartKind::Bar, study.latestWaveYear(), Language::English};

    ExportOptions svgOptions;
    svgOptions.format = ExportFormat::Svg;
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    ASSERT_EQ(exportChart(spec, svgOptions, svg), std::nullopt);
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgBytes = svgFile.readAll();
    QXmlStreamReader xml(svgBytes);
    QString allText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            EXPECT_NE(xml.name(), QStringLiteral("img"));
            EXPECT_NE(xml.name(), QStringLiteral("a"));
            EXPECT_NE(xml.name(), QStringLiteral("image"));
        }
        if (xml.isCharacters())
            allText += xml.text();
    }
    ASSERT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_TRUE(allText.contains(kImage)) << "title/description keep the characters";

    ExportOptions pdfOptions;
    pdfOptions.format = ExportFormat::Pdf;
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    ASSERT_EQ(exportChart(spec, pdfOptions, pdf), std::nullopt);
    const QString chartText = pdfText(pdf);
    EXPECT_TRUE(chartText.contains(kImage)) << qPrintable(chartText);
    EXPECT_TRUE(chartText.contains(QStringLiteral("<b>Planned</b>"))) << qPrintable(chartText);

    ReportOptions reportOptions;
    reportOptions.language = Language::English;
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_EQ(writeReport({study}, reportOptions, report), std::nullopt);
    const QString reportText = pdfText(report);
    EXPECT_TRUE(reportText.contains(kImage)) << qPrintable(reportText.left(2000));
    EXPECT_TRUE(reportText.contains(kLink)) << qPrintable(reportText.left(2000));
}

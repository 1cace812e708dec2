// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/reportwriter.h"

#include "core/advice.h"
#include "core/datalabels.h"
#include "core/filewrite.h"
#include "core/narrative.h"
#include "core/safetext.h"
#include "core/studydeck.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/typography.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

// Pages are laid out in points (1/72 inch): the painter is scaled so one unit is one point
// on paper, and pixel-sized fonts are point sizes.
constexpr double kPointsPerMillimetre = 72.0 / 25.4;
constexpr double kBodySize = 10.0;
constexpr double kGap = 8.0;
constexpr double kFooterSize = 8.0;
// Charts span the text width; their canvas is an article column, so their smallest text
// (kMinimumTextSize units) is 12 × 493 / 640 ≈ 9.2 pt on A4.
constexpr double kChartAspect = 0.62;

class ReportPainter final
{
public:
    ReportPainter(QPdfWriter *writer, QPainter *painter, const ChartStyle::Theme &style, const QString &footer,
                  ReportLayout *record)
        : m_writer(writer)
        , m_painter(painter)
        , m_style(style)
        , m_footer(footer)
        , m_record(record)
    {
        const QRect paintRect = writer->pageLayout().paintRectPixels(writer->resolution());
        m_scale = paintRect.width() /
                  (writer->pageLayout().paintRect(QPageLayout::Millimeter).width() * kPointsPerMillimetre);
        m_width = paintRect.width() / m_scale;
        // The running footer sits in the last lines of the paint area.
        m_pageHeight = paintRect.height() / m_scale - 2.5 * kFooterSize;
        const QRect fullRect = writer->pageLayout().fullRectPixels(writer->resolution());
        m_sheet =
            QRectF(QPointF(fullRect.topLeft() - paintRect.topLeft()) / m_scale, QSizeF(fullRect.size()) / m_scale);
        m_painter->scale(m_scale, m_scale);
        startPage();
    }

    double width() const { return m_width; }
    const ChartStyle::Theme &style() const { return m_style; }
    QFont font(double points, bool bold = false) const { return m_style.font(int(std::lround(points)), bold); }
    double remaining() const { return m_pageHeight - m_y; }
    double pageHeight() const { return m_pageHeight; }
    int pageNumber() const { return m_page; }
    double y() const { return m_y; }

    void newPage()
    {
        finishPage();
        m_writer->newPage();
        ++m_page;
        m_y = 0.0;
        startPage();
    }

    // A new page that is a left-hand (even) one: the start of a spread.
    void newLeftPage()
    {
        newPage();
        if (m_page % 2 != 0)
            newPage();
    }

    void finish() { finishPage(); }

    void spacer(double height) { m_y += height; }

    // A paragraph that wraps; starts a new page when it doesn't fit on this one.
    void paragraph(const QString &text, const QFont &font, const QColor &color, double after = kGap)
    {
        m_painter->setFont(font);
        const int flags = Qt::AlignLeft | Qt::TextWordWrap;
        const QRectF bounds = m_painter->boundingRect(QRectF(0, 0, m_width, 1e6), flags, text);
        if (bounds.height() > remaining() && m_y > 0.0)
            newPage();
        m_painter->setPen(color);
        m_painter->drawText(QRectF(0, m_y, m_width, bounds.height()), flags, text);
        m_y += bounds.height() + after;
    }

    // A line of boxes side by side (the cover's key figures): a big number over its name.
    void figures(const QList<std::pair<QString, QString>> &items)
    {
        if (items.isEmpty())
            return;
        const double columns = double(std::min<qsizetype>(items.size(), 4));
        const double boxWidth = (m_width - kGap * (columns - 1)) / columns;
        double rowHeight = 0.0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const double x = (boxWidth + kGap) * double(i % 4);
            if (i > 0 && i % 4 == 0) {
                m_y += rowHeight + kGap;
                rowHeight = 0.0;
            }
            m_painter->setPen(m_style.accentTextColor());
            m_painter->setFont(m_style.font(30, true));
            const QRectF number(x, m_y, boxWidth, 36.0);
            m_painter->drawText(number, Qt::AlignLeft | Qt::AlignVCenter, items.at(i).first);
            m_painter->setPen(m_style.text);
            m_painter->setFont(m_style.font(int(kBodySize)));
            const QRectF name = m_painter->boundingRect(QRectF(x, m_y + 38.0, boxWidth, 1e6),
                                                        Qt::AlignLeft | Qt::TextWordWrap, items.at(i).second);
            m_painter->drawText(name, Qt::AlignLeft | Qt::TextWordWrap, items.at(i).second);
            rowHeight = std::max(rowHeight, 38.0 + name.height());
        }
        m_y += rowHeight + kGap;
    }

    // A chart at the full text width, laid out as an article column.
    void chart(const ChartSpec &spec)
    {
        const double height = m_width * kChartAspect;
        if (height > remaining() && m_y > 0.0)
            newPage();
        const QRectF target(0, m_y, m_width, height);
        const QSizeF canvas(kArticleCssWidth, kArticleCssWidth * kChartAspect);
        paintChart(m_painter, target, spec, canvas);
        if (m_record) {
            ReportLayout::Chart placed;
            placed.page = m_page;
            placed.rect = QRectF(target.topLeft() / kPointsPerMillimetre, target.size() / kPointsPerMillimetre);
            placed.smallestTextPoints = kMinimumTextSize * m_width / canvas.width();
            placed.kind = spec.kind;
            placed.waveYear = spec.waveYear;
            m_record->charts.append(placed);
        }
        m_y += height + kGap;
    }

    // An image height points high, at the left margin.
    void image(const QImage &image, double height)
    {
        const double width = std::min(m_width, height * image.width() / std::max(1, image.height()));
        m_painter->setRenderHint(QPainter::SmoothPixmapTransform);
        m_painter->drawImage(QRectF(0, m_y, width, width * image.height() / std::max(1, image.width())), image);
        m_y += height + kGap;
    }

    void rule()
    {
        m_painter->setPen(QPen(m_style.gridLine, 0.75));
        m_painter->drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += kGap;
    }

private:
    // The theme's background on every sheet; white paper stays unpainted.
    void startPage()
    {
        if (m_style.background != QColor(Qt::white))
            m_painter->fillRect(m_sheet, m_style.background);
    }

    // Running footer: the source on the left, the page number on the right (not on the cover).
    void finishPage()
    {
        if (m_page == 1 || m_finished == m_page)
            return;
        m_finished = m_page;
        const double top = m_pageHeight + 1.5 * kFooterSize;
        m_painter->setPen(QPen(m_style.gridLine, 0.5));
        m_painter->drawLine(QPointF(0, top - 0.5 * kFooterSize), QPointF(m_width, top - 0.5 * kFooterSize));
        m_painter->setFont(m_style.font(int(kFooterSize)));
        m_painter->setPen(m_style.secondaryText);
        const QString number = QString::number(m_page);
        const double numberWidth = QFontMetricsF(m_painter->font()).horizontalAdvance(number) + kGap;
        const QString footer =
            QFontMetricsF(m_painter->font()).elidedText(m_footer, Qt::ElideMiddle, m_width - numberWidth - kGap);
        m_painter->drawText(QRectF(0, top, m_width - numberWidth, 1.6 * kFooterSize), Qt::AlignLeft | Qt::AlignTop,
                            footer);
        m_painter->drawText(QRectF(0, top, m_width, 1.6 * kFooterSize), Qt::AlignRight | Qt::AlignTop, number);
        if (m_record)
            m_record->pageNumbers.append(m_page);
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    const ChartStyle::Theme &m_style;
    QString m_footer;
    ReportLayout *m_record;
    double m_scale = 1.0;
    double m_width = 0.0;
    double m_pageHeight = 0.0;
    double m_y = 0.0;
    int m_page = 1;
    int m_finished = 0;
    QRectF m_sheet;
};

// The cover's key figures: every segment's share in the newest wave and the derived
// adoption figure with its change.
QList<std::pair<QString, QString>> keyFigures(const Study &study, Language language)
{
    QList<std::pair<QString, QString>> figures;
    const int waveIdx = study.waveIndex(study.latestWaveYear());
    // The figures the data labels show (one rounding rule for every place a share appears).
    for (int i = 0; i < study.segments.size(); ++i) {
        if (const std::optional<int> share = DataLabels::shownShare(study, waveIdx, i))
            figures.append({formatShare(double(*share), language), study.segments.at(i).name.text(language)});
    }
    if (study.baselineSegment >= 0) {
        if (const std::optional<int> adoption = DataLabels::shownShare(study, waveIdx, -1))
            figures.append({formatShare(double(*adoption), language), study.adoptionLabel.text(language)});
    }
    return figures;
}

void writeCover(ReportPainter *page, const QList<Study> &studies, Language language)
{
    const QImage logo = page->style().logo;
    page->spacer(page->pageHeight() * 0.12);
    if (!logo.isNull())
        page->image(logo, 40.0);
    page->paragraph(Text::tr("Chart of the Week"), page->font(11, true), page->style().accentTextColor());
    const Study &first = studies.constFirst();
    const QString headline = studies.size() == 1 ? Narrative::displayHeadline(first, first.latestWaveYear(), language)
                                                 : Text::tr("%n charts of the week", nullptr, int(studies.size()));
    page->paragraph(headline, page->font(26, true), page->style().text, 2 * kGap);
    if (studies.size() == 1) {
        page->paragraph(Narrative::trendChartTitle(first, language), page->font(13), page->style().secondaryText,
                        2 * kGap);
        page->rule();
        page->figures(keyFigures(first, language));
        page->rule();
    }
    page->spacer(kGap);
    for (const Study &study : studies) {
        QString line = Text::tr("%1 (%2, %3)").arg(study.title, study.publisher, QString::number(study.year));
        if (study.chartWeek.isValid()) {
            int weekYear = 0;
            const int week = study.chartWeek.weekNumber(&weekYear);
            line += u'\n' + Text::tr("Chart of week %1/%2").arg(week).arg(weekYear);
        }
        page->paragraph(line, page->font(11), page->style().text);
    }
    page->spacer(kGap);
    page->paragraph(
        Text::tr("Report of %1").arg(localeFor(language).toString(QDate::currentDate(), QLocale::LongFormat)),
        page->font(9), page->style().secondaryText);
}

// The narrative of a chart below its headline (the chart's page layout shows the headline).
void writeNarrative(ReportPainter *page, const Study &study, int waveYear, Language language)
{
    const QStringList sentences = Narrative::sentences(study, waveYear, language);
    if (!sentences.isEmpty())
        page->paragraph(sentences.join(u' '), page->font(kBodySize), page->style().text, 2 * kGap);
}

void writeAdvice(ReportPainter *page, const Study &study, Language language)
{
    page->paragraph(Text::tr("What it means for you"), page->font(18, true), page->style().text);
    for (const AdviceSection &section : adviceSections(study, language)) {
        page->paragraph(section.heading, page->font(11.5, true), page->style().text, kGap / 2);
        for (const QString &paragraph : section.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            page->paragraph(paragraph, page->font(kBodySize), page->style().text, kGap * 0.75);
        page->spacer(kGap / 2);
    }
}

void writeSources(ReportPainter *page, const QList<Study> &studies, Language language)
{
    page->newPage();
    page->paragraph(Text::tr("Sources"), page->font(18, true), page->style().text, 2 * kGap);
    for (const Study &study : studies) {
        page->paragraph(study.sourceCitation.isEmpty() ? study.title : study.sourceCitation, page->font(11, true),
                        page->style().text, kGap / 2);
        QStringList details;
        details.append(Text::tr("Publisher: %1").arg(study.publisher));
        details.append(Text::tr("Title: %1").arg(study.title));
        details.append(study.publicationDate.isValid()
                           ? Text::tr("Published: %1")
                                 .arg(localeFor(language).toString(study.publicationDate, QLocale::LongFormat))
                           : Text::tr("Published: %1").arg(study.year));
        QStringList waves;
        for (const SurveyWave &wave : study.waves)
            waves.append(QString::number(wave.year));
        details.append(Text::tr("Survey waves: %1").arg(waves.join(QStringLiteral(", "))));
        page->paragraph(details.join(u'\n'), page->font(kBodySize), page->style().text, 2 * kGap);
    }
    page->paragraph(Text::tr("Shares are percent of the respondents of a survey wave. Figures a study does not report "
                             "are shown as gaps, never as zero. Data labels are rounded so that the segments of a "
                             "wave add up to 100."),
                    page->font(9), page->style().secondaryText);
}

void writeStudy(ReportPainter *page, const Study &study, Language language)
{
    // The spread: the chart of the week with its narrative on the left, the advice on the right.
    const int newest = study.latestWaveYear();
    page->newLeftPage();
    page->chart({study, ChartKind::Bar, newest, language, page->style()});
    writeNarrative(page, study, newest, language);
    page->newPage();
    writeAdvice(page, study, language);
    // Then the trend and the earlier waves, newest first.
    page->newPage();
    if (study.waves.size() > 1) {
        page->chart({study, ChartKind::Trend, newest, language, page->style()});
        page->paragraph(Narrative::trendSentences(study, language).join(u' '), page->font(kBodySize),
                        page->style().text, 2 * kGap);
    }
    for (qsizetype w = study.waves.size() - 2; w >= 0; --w) {
        const int year = study.waves.at(w).year;
        page->chart({study, ChartKind::Bar, year, language, page->style()});
        writeNarrative(page, study, year, language);
    }
}

} // namespace

std::optional<QString> writeReport(const QList<Study> &originals, const ReportOptions &options, const QString &path,
                                   ReportLayout *layout)
{
    QList<Study> studies; // control characters from data made visible (safetext.h)
    for (const Study &study : originals)
        studies.append(withVisibleText(study));
    const auto failure = [&path](const QString &reason) {
        return Text::tr("Cannot write the report %1: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    if (studies.isEmpty())
        return failure(Text::tr("there is no study to report on"));

    // Made in memory and written in one step: a full disk or a lost write is reported as such.
    QBuffer file;
    file.open(QIODevice::WriteOnly);

    const ScopedLanguage language(options.language);
    {
        QPdfWriter writer(&file);
        writer.setResolution(options.resolution);
        writer.setPageLayout(
            QPageLayout(options.pageSize, options.orientation, QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter));
        writer.setTitle(studies.size() == 1
                            ? Narrative::displayHeadline(studies.constFirst(), studies.constFirst().latestWaveYear(),
                                                         options.language)
                            : Text::tr("Chart of the Week"));
        writer.setCreator(QStringLiteral("Chart of the Week " CHARTWEEK_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return failure(Text::tr("the PDF writer could not start"));
        painter.setRenderHint(QPainter::Antialiasing);
        QStringList sources;
        for (const Study &study : studies)
            sources.append(Narrative::sourceLine(study, options.language));
        sources.removeDuplicates();
        if (layout)
            *layout = ReportLayout();
        ReportPainter page(&writer, &painter, options.style, sources.join(QStringLiteral(" · ")), layout);
        if (layout)
            layout->textWidthMillimetres = page.width() / kPointsPerMillimetre;
        writeCover(&page, studies, options.language);
        for (const Study &study : studies)
            writeStudy(&page, study, options.language);
        writeSources(&page, studies, options.language);
        page.finish();
        if (layout)
            layout->pageCount = page.pageNumber();
        if (!painter.end())
            return failure(Text::tr("the PDF could not be completed"));
    }
    file.close();
    if (const std::optional<QString> reason = writeFileSafely(path, file.data()))
        return failure(*reason);
    return std::nullopt;
}

std::optional<QString> writeReportDeck(const Study &original, Language language, const ChartStyle::Theme &style,
                                       const QString &path)
{
    const auto failure = [&path](const QString &reason) {
        return Text::tr("Cannot write the deck %1: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    const Study study = withVisibleText(original);
    QString error;
    const std::optional<QByteArray> deck =
        writeDeck(deckAsShown(StudyDeck::reportDeck(study, language, ChartStyle::describe(style)),
                              ChartSpec(study, ChartKind::Bar, study.latestWaveYear(), language, style)),
                  &error);
    if (!deck)
        return failure(error);
    if (const std::optional<QString> reason = writeFileSafely(path, *deck))
        return failure(*reason);
    return std::nullopt;
}

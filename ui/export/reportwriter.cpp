// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/reportwriter.h"

#include "core/advice.h"
#include "core/filewrite.h"
#include "core/narrative.h"
#include "core/safetext.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

// Pages are laid out in logical units on a page 760 units wide, like the chart canvas,
// so the pixel-sized fonts keep their proportions on every paper size and resolution.
constexpr double kPageWidth = 760.0;
constexpr double kGap = 12.0;

class ReportPainter final
{
public:
    ReportPainter(QPdfWriter *writer, QPainter *painter, const ChartStyle::Theme &style)
        : m_writer(writer)
        , m_painter(painter)
        , m_style(style)
    {
        const QRect paintRect = writer->pageLayout().paintRectPixels(writer->resolution());
        m_scale = paintRect.width() / kPageWidth;
        m_pageHeight = paintRect.height() / m_scale;
        // The whole sheet, margins included, relative to the paint area's corner.
        const QRect fullRect = writer->pageLayout().fullRectPixels(writer->resolution());
        m_sheet =
            QRectF(QPointF(fullRect.topLeft() - paintRect.topLeft()) / m_scale, QSizeF(fullRect.size()) / m_scale);
        m_painter->scale(m_scale, m_scale);
        paintBackground();
    }

    double remaining() const { return m_pageHeight - m_y; }

    void newPage()
    {
        m_writer->newPage();
        m_y = 0.0;
        paintBackground();
    }

    // The theme's background on every sheet; white paper stays unpainted.
    void paintBackground()
    {
        if (m_style.background != QColor(Qt::white))
            m_painter->fillRect(m_sheet, m_style.background);
    }

    // An image scaled to height, at the left margin.
    void image(const QImage &image, double height)
    {
        const double width = std::min(kPageWidth, height * image.width() / std::max(1, image.height()));
        m_painter->setRenderHint(QPainter::SmoothPixmapTransform);
        m_painter->drawImage(QRectF(0, m_y, width, width * image.height() / std::max(1, image.width())), image);
        m_y += height + kGap;
    }

    void spacer(double height) { m_y += height; }

    // A paragraph that wraps; starts a new page when it doesn't fit on this one.
    void paragraph(const QString &text, const QFont &font, const QColor &color, int alignment = Qt::AlignLeft)
    {
        m_painter->setFont(font);
        const int flags = alignment | Qt::TextWordWrap;
        const QRectF bounds = m_painter->boundingRect(QRectF(0, 0, kPageWidth, 1e6), flags, text);
        if (bounds.height() > remaining() && m_y > 0.0)
            newPage();
        m_painter->setPen(color);
        m_painter->drawText(QRectF(0, m_y, kPageWidth, bounds.height()), flags, text);
        m_y += bounds.height() + kGap;
    }

    void chart(const ChartSpec &spec, double height)
    {
        if (height > remaining())
            newPage();
        paintChart(m_painter, QRectF(0, m_y, kPageWidth, height), spec);
        m_y += height + kGap;
    }

    double pageHeight() const { return m_pageHeight; }
    const ChartStyle::Theme &style() const { return m_style; }
    QFont font(int pixelSize, bool bold = false) const { return m_style.font(pixelSize, bold); }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    const ChartStyle::Theme &m_style;
    double m_scale = 1.0;
    double m_pageHeight = 0.0;
    double m_y = 0.0;
    QRectF m_sheet;
};

void writeCover(ReportPainter *page, const QList<Study> &studies, Language language)
{
    const QImage logo = page->style().logo;
    page->spacer(page->pageHeight() * 0.25 - (logo.isNull() ? 0.0 : 60.0 + kGap));
    if (!logo.isNull())
        page->image(logo, 60.0);
    page->paragraph(Text::tr("Chart of the Week"), page->font(18, true), page->style().secondaryText);
    const QString title = studies.size() == 1 ? studies.constFirst().topic.text(language)
                                              : Text::tr("%n charts of the week", nullptr, int(studies.size()));
    page->paragraph(title, page->font(34, true), page->style().text);
    page->spacer(kGap);
    for (const Study &study : studies) {
        QString line = Text::tr("%1 (%2, %3)").arg(study.title, study.publisher, QString::number(study.year));
        if (study.chartWeek.isValid()) {
            int weekYear = 0;
            const int week = study.chartWeek.weekNumber(&weekYear);
            line += u'\n' + Text::tr("Chart of week %1/%2").arg(week).arg(weekYear);
        }
        page->paragraph(line, page->font(16), page->style().text);
    }
    page->spacer(kGap * 2);
    page->paragraph(
        Text::tr("Report of %1").arg(localeFor(language).toString(QDate::currentDate(), QLocale::LongFormat)),
        page->font(14), page->style().secondaryText);
}

void writeChartPage(ReportPainter *page, const ChartSpec &spec)
{
    page->newPage();
    page->paragraph(exportTitle(spec), page->font(16, true), page->style().secondaryText);
    page->paragraph(Narrative::displayHeadline(spec.study, spec.waveYear, spec.language), page->font(24, true),
                    page->style().text);
    // The narrative: the generated sentences after the headline.
    const QStringList sentences = Narrative::sentences(spec.study, spec.waveYear, spec.language).mid(1);
    if (!sentences.isEmpty())
        page->paragraph(sentences.join(u' '), page->font(14), page->style().text);
    page->chart(spec, kPageWidth * 0.7);
}

void writeAdvice(ReportPainter *page, const Study &study, Language language)
{
    page->newPage();
    page->paragraph(Text::tr("What it means for you"), page->font(28, true), page->style().text);
    page->paragraph(study.topic.text(language), page->font(16), page->style().secondaryText);
    for (const AdviceSection &section : adviceSections(study, language)) {
        page->spacer(kGap);
        page->paragraph(section.heading, page->font(18, true), page->style().text);
        for (const QString &paragraph : section.body.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
            page->paragraph(paragraph, page->font(14), page->style().text);
    }
}

void writeSources(ReportPainter *page, const QList<Study> &studies)
{
    page->newPage();
    page->paragraph(Text::tr("Sources"), page->font(28, true), page->style().text);
    for (const Study &study : studies)
        page->paragraph(Narrative::sourceLine(study), page->font(14), page->style().text);
    page->spacer(kGap);
    page->paragraph(Text::tr("Shares are percent of the respondents of a survey wave. Figures a study does not report "
                             "are shown as gaps, never as zero. Data labels are rounded so that the segments of a "
                             "wave add up to 100."),
                    page->font(13), page->style().secondaryText);
}

} // namespace

std::optional<QString> writeReport(const QList<Study> &originals, const ReportOptions &options, const QString &path)
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
            QPageLayout(options.pageSize, options.orientation, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setTitle(studies.size() == 1 ? studies.constFirst().topic.text(options.language)
                                            : Text::tr("Chart of the Week"));
        writer.setCreator(QStringLiteral("Chart of the Week " CHARTWEEK_VERSION));
        QPainter painter;
        if (!painter.begin(&writer))
            return failure(Text::tr("the PDF writer could not start"));
        painter.setRenderHint(QPainter::Antialiasing);
        ReportPainter page(&writer, &painter, options.style);
        writeCover(&page, studies, options.language);
        for (const Study &study : studies) {
            for (const SurveyWave &wave : study.waves) {
                writeChartPage(&page, {study, ChartKind::Bar, wave.year, options.language, options.style});
            }
            writeChartPage(&page, {study, ChartKind::Trend, study.latestWaveYear(), options.language, options.style});
            writeAdvice(&page, study, options.language);
        }
        writeSources(&page, studies);
        if (!painter.end())
            return failure(Text::tr("the PDF could not be completed"));
    }
    file.close();
    if (const std::optional<QString> reason = writeFileSafely(path, file.data()))
        return failure(*reason);
    return std::nullopt;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/chartpage.h"

#include "core/narrative.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartstyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartPage)
};

constexpr double kLineSpacing = 1.2;
constexpr double kMinimumChartShare = 0.45;
constexpr double kWidestColumn = 0.6; // of the width: a text column beside the chart

QFont fontOf(const ChartStyle::Theme &style, double size, bool bold = false)
{
    return style.font(std::max(1, int(std::lround(size))), bold);
}

QStringList wrapped(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty())
        return {};
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n'))
        lines += ChartFactory::wrapText(paragraph, font, width).split(u'\n');
    return lines;
}

double longestWord(const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double longest = 0.0;
    // Hyphenated words may break after a hyphen (ChartFactory::wrapText()).
    for (const QString &word : QString(text)
                                   .replace(u'-', QStringLiteral("- "))
                                   .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

double linesHeight(qsizetype lines, double size)
{
    return double(lines) * size * kLineSpacing;
}

// The logo's size on the page: two footer lines high, at most a fifth of the width.
QSizeF logoSize(const QImage &logo, const Typography &type, double pageWidth)
{
    if (logo.isNull())
        return {};
    const double height = linesHeight(2, type.footer);
    QSizeF size(height * logo.width() / std::max(1, logo.height()), height);
    if (size.width() > pageWidth * 0.2)
        size = QSizeF(pageWidth * 0.2, pageWidth * 0.2 * logo.height() / std::max(1, logo.width()));
    return size;
}

void drawLines(QPainter *painter, const ChartStyle::Theme &style, const QStringList &lines, const QPointF &topLeft,
               double size, bool bold, const QColor &color)
{
    if (lines.isEmpty())
        return;
    painter->setFont(fontOf(style, size, bold));
    painter->setPen(color);
    const QFontMetricsF metrics(painter->font());
    double y = topLeft.y();
    const QString separator = Text::tr("%1 · %2").arg(QString(), QString());
    for (const QString &line : lines) {
        // Each line centred in its line box; the parts of a credit line ("source · byline")
        // are drawn one by one, so each stays one text in SVG and PDF.
        const double baseline = y + (size * kLineSpacing - metrics.height()) / 2.0 + metrics.ascent();
        double x = topLeft.x();
        const QStringList runs = line.split(separator);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            for (const QString &run : {runs.at(i), i + 1 < runs.size() ? separator : QString()}) {
                if (run.isEmpty())
                    continue;
                painter->drawText(QPointF(x, baseline), run);
                x += metrics.horizontalAdvance(run);
            }
        }
        y += size * kLineSpacing;
    }
}

} // namespace

namespace ChartPage {

Texts texts(const ChartSpec &spec)
{
    Texts result;
    const Study &study = spec.study;
    const int wave = spec.kind == ChartKind::Trend ? study.latestWaveYear() : spec.waveYear;
    if (spec.parts.headline)
        result.headline = Narrative::displayHeadline(study, wave, spec.language);
    if (spec.parts.description)
        result.description = spec.kind == ChartKind::Trend
                                 ? Narrative::trendChartTitle(study, spec.language)
                                 : Narrative::barChartTitle(study, spec.waveYear, spec.language);
    if (spec.parts.notes) {
        if (const QString note = ChartFactory::missingDataNote(spec); !note.isEmpty())
            result.notes.append(note);
    }
    if (spec.parts.source)
        result.source = Narrative::sourceLine(study, spec.language);
    if (spec.parts.byline) {
        const QString name = spec.style.name.isEmpty() ? study.publisher : spec.style.name;
        if (!name.trimmed().isEmpty())
            result.byline = Text::tr("Chart: %1").arg(name.trimmed());
    }
    return result;
}

Layout layout(const QRectF &target, const ChartSpec &spec, const Typography &type)
{
    const Texts page = texts(spec);
    const double margin = type.margin;
    const double width = target.width() - 2.0 * margin;
    const QSizeF logo = logoSize(spec.style.logo, type, target.width());
    const double footerWidth = logo.isEmpty() ? width : width - logo.width() - margin;

    Layout base;
    base.type = type;
    QStringList notes;
    for (const QString &note : page.notes)
        notes += wrapped(note, fontOf(spec.style, type.footer), footerWidth);
    QString credit = page.source;
    if (!page.byline.isEmpty())
        credit = credit.isEmpty() ? page.byline : Text::tr("%1 · %2").arg(credit, page.byline);
    base.footerLines = notes + wrapped(credit, fontOf(spec.style, type.footer), footerWidth);
    base.footerNoteLines = int(notes.size());
    const double footerHeight =
        std::max(linesHeight(base.footerLines.size(), type.footer), logo.isEmpty() ? 0.0 : logo.height());
    const double footerTop = target.bottom() - margin - footerHeight;
    if (footerHeight > 0) {
        const double textHeight = linesHeight(base.footerLines.size(), type.footer);
        // The lines sit at the bottom, level with the logo's lower edge.
        base.footer = QRectF(target.left() + margin, target.bottom() - margin - textHeight, footerWidth, textHeight);
        if (!logo.isEmpty())
            base.logo =
                QRectF(QPointF(target.right() - margin - logo.width(), target.bottom() - margin - logo.height()), logo);
    }
    const double bodyTop = target.top() + margin;
    const double bodyBottom = footerHeight > 0 ? footerTop - margin * 0.5 : target.bottom() - margin * 0.5;

    // One way of laying the texts out: stacked above the chart (columnShare 0), or (landscape
    // pages short of height) in a column of that share of the width left of it. Returns
    // whether the chart keeps its share.
    const auto attempt = [&](double columnShare, bool withDescription, double headlineSize, double descriptionSize,
                             Layout *out) {
        *out = base;
        out->type.headline = headlineSize;
        out->type.description = descriptionSize;
        const bool sideBySide = columnShare > 0.0;
        // A column left of the chart is never narrower than its longest word.
        const double textWidth =
            sideBySide
                ? std::min(
                      width * kWidestColumn,
                      std::max(
                          {width * columnShare, longestWord(page.headline, fontOf(spec.style, headlineSize, true)),
                           withDescription ? longestWord(page.description, fontOf(spec.style, descriptionSize)) : 0.0}))
                : width;
        out->headlineLines = wrapped(page.headline, fontOf(spec.style, headlineSize, true), textWidth);
        out->descriptionLines =
            withDescription ? wrapped(page.description, fontOf(spec.style, descriptionSize), textWidth) : QStringList();
        const double headlineHeight = linesHeight(out->headlineLines.size(), headlineSize);
        const double descriptionHeight = linesHeight(out->descriptionLines.size(), descriptionSize);
        const double textHeight = headlineHeight + descriptionHeight;
        if (headlineHeight > 0)
            out->headline = QRectF(target.left() + margin, bodyTop, textWidth, headlineHeight);
        if (descriptionHeight > 0)
            out->description = QRectF(target.left() + margin, bodyTop + headlineHeight, textWidth, descriptionHeight);
        if (sideBySide) {
            const double left = target.left() + margin + textWidth + margin * 0.5;
            out->chart =
                QRectF(left, bodyTop - margin * 0.5, target.right() - left, bodyBottom - bodyTop + margin * 0.5);
            return bodyTop + textHeight <= bodyBottom &&
                   textWidth >= longestWord(page.headline, fontOf(spec.style, headlineSize, true));
        }
        const double chartTop = bodyTop + textHeight + (textHeight > 0 ? margin * 0.5 : -margin * 0.5);
        out->chart = QRectF(target.left(), chartTop, target.width(), std::max(1.0, bodyBottom - chartTop));
        return out->chart.height() >= target.height() * kMinimumChartShare;
    };

    const bool landscape = target.height() < target.width() * 0.8;
    const double smallestHeadline = kMinimumTextSize + 2.0;
    Layout result;
    Layout best;
    double bestArea = -1.0;
    // The column is as narrow as lets the texts fit beside the chart: a long headline (German
    // ones are) gets a wider column instead of squeezing the chart under it.
    for (const double columnShare : {0.0, 0.4, 0.5, kWidestColumn}) {
        const bool sideBySide = columnShare > 0.0;
        if (sideBySide && !landscape)
            break;
        for (const bool withDescription : {true, false}) {
            if (!withDescription && page.description.isEmpty())
                break;
            double headlineSize = type.headline;
            double descriptionSize = type.description;
            for (;;) {
                const bool fits = attempt(columnShare, withDescription, headlineSize, descriptionSize, &result);
                const double area = result.chart.width() * result.chart.height();
                const bool textFits = !sideBySide || fits;
                if (textFits && area > bestArea) {
                    best = result;
                    bestArea = area;
                }
                if (fits)
                    return result;
                if (headlineSize > smallestHeadline)
                    headlineSize = std::max(smallestHeadline, headlineSize - 1.0);
                else if (descriptionSize > kMinimumTextSize)
                    descriptionSize = std::max(kMinimumTextSize, descriptionSize - 1.0);
                else
                    break;
            }
        }
    }
    // Nothing gives the chart its share: the layout that leaves it the most room.
    return bestArea >= 0 ? best : result;
}

void render(QPainter *painter, const QRectF &target, const ChartSpec &spec, const Typography &type)
{
    ChartFactory::PageChart chart(spec);
    render(painter, target, &chart, type);
}

void render(QPainter *painter, const QRectF &target, ChartFactory::PageChart *chart, const Typography &type)
{
    const ChartSpec &spec = chart->spec();
    const Layout page = layout(target, spec, type);
    painter->save();
    painter->fillRect(target, spec.style.background);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    drawLines(painter, spec.style, page.headlineLines, page.headline.topLeft(), page.type.headline, true,
              spec.style.text);
    drawLines(painter, spec.style, page.descriptionLines, page.description.topLeft(), page.type.description, false,
              spec.style.secondaryText);

    QGraphicsScene *scene = chart->layOut(type, page.chart.size());
    scene->render(painter, page.chart, scene->sceneRect(), Qt::IgnoreAspectRatio);

    const QStringList notes = page.footerLines.mid(0, page.footerNoteLines);
    const QStringList credit = page.footerLines.mid(page.footerNoteLines);
    drawLines(painter, spec.style, notes, page.footer.topLeft(), type.footer, false, spec.style.secondaryText);
    drawLines(painter, spec.style, credit, page.footer.topLeft() + QPointF(0, linesHeight(notes.size(), type.footer)),
              type.footer, false, spec.style.secondaryText);
    if (!page.logo.isEmpty()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(page.logo, spec.style.logo);
    }
    painter->restore();
}

} // namespace ChartPage

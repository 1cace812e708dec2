// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/htmlembed.h"

#include "core/chartkind.h"
#include "core/derivedfigures.h"
#include "core/narrative.h"
#include "core/safetext.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartpage.h"
#include "ui/export/chartexporter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The embed speaks its spec's language, whatever the UI's is.
QString text(Language language, const char *source)
{
    return translateIn(language, "HtmlEmbed", source);
}

QString escaped(const QString &plain)
{
    return plain.toHtmlEscaped();
}

// A name for ids from data: letters, digits and "-" only.
QString idPrefix(const ChartSpec &spec)
{
    QString slug = spec.study.slug.isEmpty() ? spec.study.title : spec.study.slug;
    slug = slug.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.left(40);
    QString prefix = QStringLiteral("cotw-%1-%2").arg(slug, chartKindCode(spec.kind));
    if (spec.kind == ChartKind::Bar)
        prefix += u'-' + QString::number(spec.waveYear);
    prefix.replace(QStringLiteral("--"), QStringLiteral("-"));
    return prefix;
}

// The chart alone (no headline or footer: those are HTML) as inline SVG: the generator's
// drawing inside our own root element, its ids prefixed so that two drawings (and two
// charts on one page) never share one.
std::optional<QString> inlineSvg(ChartFactory::PageChart *chart, const QSize &canvas, const QString &id,
                                 const QString &cssClass, const QString &altText)
{
    const QByteArray document = chartSvg(chart, canvas, QSizeF(canvas), QString(), QString());
    const QString svg = QString::fromUtf8(document);
    const qsizetype root = svg.indexOf(QStringLiteral("<svg"));
    const qsizetype rootEnd = root < 0 ? -1 : svg.indexOf(u'>', root);
    const qsizetype end = svg.lastIndexOf(QStringLiteral("</svg>"));
    if (rootEnd < 0 || end < rootEnd)
        return std::nullopt;
    QString drawing = svg.mid(rootEnd + 1, end - rootEnd - 1);
    drawing.remove(QRegularExpression(QStringLiteral("<title>[^<]*</title>|<desc>[^<]*</desc>")));
    drawing.replace(QStringLiteral("id=\""), QStringLiteral("id=\"%1-").arg(id));
    drawing.replace(QStringLiteral("url(#"), QStringLiteral("url(#%1-").arg(id));
    drawing.replace(QStringLiteral("href=\"#"), QStringLiteral("href=\"#%1-").arg(id));
    return QStringLiteral("<svg class=\"cotw-chart %1\" viewBox=\"0 0 %2 %3\" width=\"%2\" height=\"%3\" role=\"img\" "
                          "aria-labelledby=\"%4-alt\" focusable=\"false\" "
                          "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                          "<title id=\"%4-alt\">%5</title>%6</svg>\n")
        .arg(cssClass)
        .arg(canvas.width())
        .arg(canvas.height())
        .arg(id, escaped(altText), drawing);
}

// Every figure of the chart for screen readers: segments by rows, survey waves by columns
// (the bar chart: its one wave), the derived adoption figure last; unknown shares named.
QString dataTable(const ChartSpec &spec, const QString &caption)
{
    const Study &study = spec.study;
    const Language language = spec.language;
    QList<int> waves;
    for (int i = 0; i < study.waves.size(); ++i) {
        if (spec.kind == ChartKind::Trend || study.waves.at(i).year == spec.waveYear)
            waves.append(i);
    }
    // The table sits in a 1 px box: a table is never narrower than its content, so the box,
    // not the table, is what is hidden (else the table would widen the page).
    QString html =
        QStringLiteral("<div class=\"cotw-sr\"><table><caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>")
            .arg(escaped(caption), escaped(text(language, QT_TRANSLATE_NOOP("HtmlEmbed", "Segment"))));
    for (int wave : waves)
        html += QStringLiteral("<th scope=\"col\">%1</th>").arg(study.waves.at(wave).year);
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    const auto row = [&](const QString &name, const auto &shareOf) {
        html += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(escaped(name));
        for (int wave : waves)
            html += QStringLiteral("<td>%1</td>").arg(escaped(formatShare(shareOf(wave), language)));
        html += QStringLiteral("</tr>\n");
    };
    for (int segment = 0; segment < study.segments.size(); ++segment)
        row(study.segments.at(segment).name.text(language), [&](int wave) {
            return study.share(wave, segment);
        });
    if (spec.kind == ChartKind::Trend && study.baselineSegment >= 0)
        row(study.adoptionLabel.text(language), [&](int wave) {
            return DerivedFigures::adoptionShare(study, wave);
        });
    html += QStringLiteral("</tbody></table></div>\n");
    return html;
}

QString css(const ChartSpec &spec)
{
    const ChartStyle::Theme &style = spec.style;
    // A family name from a brand theme goes into CSS as it is: letters, digits, spaces and
    // hyphens only, so it can't end the string or the style element.
    QString family = style.fontFamily;
    family.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N} -]")));
    family = family.trimmed();
    const QString fallbacks = QStringLiteral("\"DejaVu Sans\",Verdana,sans-serif");
    const QString families =
        family.isEmpty() || family == u"DejaVu Sans" ? fallbacks : u'"' + family + QStringLiteral("\",") + fallbacks;
    // The narrow drawing is shown up to 639 px, never wider than 480 px (it would only grow
    // taller); the wide one from 640 px, never wider than the figure's 960 px.
    return QStringLiteral(
               ".cotw{container-type:inline-size;position:relative;box-sizing:border-box;max-width:960px;"
               "margin:0 auto;padding:0;background:%1;color:%2;font-family:%3;"
               "font-size:16px;line-height:1.35;overflow-wrap:break-word}\n"
               ".cotw *{box-sizing:border-box}\n"
               ".cotw figcaption,.cotw .cotw-foot{padding:0 12px}\n"
               ".cotw .cotw-headline{margin:0;padding-top:12px;font-size:1.25rem;font-weight:bold;line-height:1.3}\n"
               ".cotw .cotw-description{margin:6px 0 0;font-size:0.875rem}\n"
               ".cotw .cotw-chart{display:block;width:100%;height:auto;margin:8px auto 0}\n"
               ".cotw .cotw-narrow{max-width:480px}\n"
               ".cotw .cotw-wide{display:none}\n"
               "@container (min-width: 640px){.cotw .cotw-narrow{display:none}.cotw .cotw-wide{display:block}}\n"
               ".cotw .cotw-foot{padding-bottom:12px;font-size:0.8125rem;color:%4}\n"
               ".cotw .cotw-foot p{margin:4px 0 0}\n"
               ".cotw .cotw-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;"
               "overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}\n")
        .arg(style.background.name(), style.text.name(), families, style.secondaryText.name());
}

// The figure itself; headingLevel 1 for the page, 2 for a snippet inside an article.
std::optional<QString> figure(const ChartSpec &original, int headingLevel)
{
    // The drawings carry only the chart: the texts around it are HTML.
    ChartSpec spec = original;
    spec.parts = ChartParts::fromCodes(QString());
    spec.style.hinting = false;
    const ChartPage::Texts texts = ChartPage::texts(original);
    const QString id = idPrefix(original);
    const auto type = spec.kind == ChartKind::Trend ? Narrative::ChartType::Trend : Narrative::ChartType::Bar;
    const QString altText = Narrative::altText(spec.study, type, spec.waveYear, spec.language);
    const QString title = exportTitle(original);

    ChartFactory::PageChart chart(spec);
    const auto narrow =
        inlineSvg(&chart, HtmlEmbed::kNarrowCanvas, id + QStringLiteral("-n"), QStringLiteral("cotw-narrow"), altText);
    const auto wide =
        inlineSvg(&chart, HtmlEmbed::kWideCanvas, id + QStringLiteral("-w"), QStringLiteral("cotw-wide"), altText);
    if (!narrow || !wide)
        return std::nullopt;

    QString html = QStringLiteral("<figure class=\"cotw\" id=\"%1\" lang=\"%2\" aria-labelledby=\"%1-headline\">\n")
                       .arg(id, spec.language.code());
    html += QStringLiteral("<figcaption><h%1 class=\"cotw-headline\" id=\"%2-headline\">%3</h%1>\n")
                .arg(headingLevel)
                .arg(id, escaped(texts.headline.isEmpty() ? title : texts.headline));
    if (!texts.description.isEmpty())
        html += QStringLiteral("<p class=\"cotw-description\">%1</p>\n").arg(escaped(texts.description));
    html += QStringLiteral("</figcaption>\n");
    html += *narrow + *wide;
    html += dataTable(original, title);
    html += QStringLiteral("<div class=\"cotw-foot\">\n");
    for (const QString &note : texts.notes)
        html += QStringLiteral("<p class=\"cotw-note\">%1</p>\n").arg(escaped(note));
    QStringList credit;
    if (!texts.source.isEmpty())
        credit.append(QStringLiteral("<span class=\"cotw-source\">%1</span>").arg(escaped(texts.source)));
    if (!texts.byline.isEmpty())
        credit.append(QStringLiteral("<span class=\"cotw-byline\">%1</span>").arg(escaped(texts.byline)));
    if (!credit.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(credit.join(QStringLiteral(" · ")));
    html += QStringLiteral("</div>\n</figure>\n");
    return html;
}

} // namespace

namespace HtmlEmbed {

QByteArray page(const ChartSpec &spec)
{
    const std::optional<QString> body = figure(spec, 1);
    if (!body)
        return {};
    const ChartPage::Texts texts = ChartPage::texts(spec);
    const QString title = texts.headline.isEmpty() ? exportTitle(spec) : texts.headline;
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"Chart of the Week " CHARTWEEK_VERSION "\">\n"
                       "<meta name=\"description\" content=\"%2\">\n"
                       "<title>%3</title>\n<style>\nbody{margin:0;background:%4}\n%5</style>\n</head>\n<body>\n"
                       "<main>\n%6</main>\n</body>\n</html>\n")
            .arg(spec.language.code(),
                 escaped(Narrative::altText(spec.study,
                                            spec.kind == ChartKind::Trend ? Narrative::ChartType::Trend
                                                                          : Narrative::ChartType::Bar,
                                            spec.waveYear, spec.language)),
                 escaped(title), spec.style.background.name(), css(spec), *body);
    return html.toUtf8();
}

QString figureSnippet(const ChartSpec &original)
{
    ChartSpec spec = original;
    spec.study = withVisibleText(original.study); // as every export writes it
    const std::optional<QString> body = figure(spec, 2);
    if (!body)
        return {};
    return QStringLiteral("<style>\n%1</style>\n%2").arg(css(spec), *body);
}

QString iframeSnippet(const ChartSpec &original, const QString &fileUrl)
{
    ChartSpec spec = original;
    spec.study = withVisibleText(original.study);
    const ChartPage::Texts texts = ChartPage::texts(spec);
    const QString title = texts.headline.isEmpty() ? exportTitle(spec) : texts.headline;
    // As tall as the page is at its tallest (the wide drawing 960 px wide, the texts on
    // two to three lines); a narrower frame leaves room below.
    return QStringLiteral("<iframe src=\"%1\" title=\"%2\" lang=\"%3\" loading=\"lazy\" "
                          "style=\"display:block;width:100%;max-width:960px;height:720px;border:0\"></iframe>")
        .arg(escaped(fileUrl), escaped(title), spec.language.code());
}

} // namespace HtmlEmbed

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The web embed in a real browser: headless Chromium lays the exported page out at 360, 768
// and 1280 CSS px in English and German; a script run in the page measures every text (HTML
// and SVG) for its size, clipping and overlap, and axe-core checks it for accessibility.

#include "chromium.h"
#include "core/seedstudy.h"
#include "ui/export/chartexporter.h"
#include "ui/export/htmlembed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <iostream>

namespace {

// Run in the page after it loaded: every text box of the figure (HTML text by line, each
// SVG text element of the drawing shown), its size in CSS px, the ones outside the figure
// or the viewport, the pairs that overlap; then axe-core's violations. The result goes into
// a <pre> as URI-encoded JSON, for --dump-dom. Headless Chromium lays a page out at least
// 500 px wide (a screenshot is cropped from that), so the width is set on the root element:
// the page depends on nothing but its width (no media query, no vw unit; the drawings are
// switched by a container query).
const char *const kMeasureScript = R"JS(
(async () => {
  const innerWidth = document.documentElement.getBoundingClientRect().width;
  // How far the page reaches to the right: every element's box (the drawings' parts are
  // clipped to their drawing, the visually hidden table's to its 1 px box).
  let reach = 0, widest = '';
  for (const element of document.body.querySelectorAll('*')) {
    const right = element.getBoundingClientRect().right;
    if (!element.closest('svg *, .cotw-sr *') && right > reach) {
      reach = right;
      widest = element.tagName + '.' + element.getAttribute('class');
    }
  }
  const result = {width: innerWidth, scrollWidth: Math.ceil(reach - 0.5), widest,
                  texts: 0, svgTexts: 0, smallest: 1e9, smallestText: '', clipped: [], overlaps: []};
  const figure = document.querySelector('figure.cotw');
  const frame = figure.getBoundingClientRect();
  const right = Math.min(frame.right, innerWidth);
  const boxes = [];
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const owner = node.parentElement;
    if (!node.textContent.trim() || owner.closest('.cotw-sr') || owner.closest('svg'))
      continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const size = parseFloat(getComputedStyle(owner).fontSize);
    for (const r of range.getClientRects())
      boxes.push({owner, text: node.textContent.trim().slice(0, 50), r, size, svg: null});
  }
  for (const svg of figure.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    if (box.width === 0)
      continue; // the drawing for the other width, display: none
    result.shownDrawing = svg.getAttribute('class');
    result.drawingWidth = box.width;
    for (const t of svg.querySelectorAll('text')) {
      if (!t.textContent.trim())
        continue;
      const m = t.getScreenCTM();
      const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      boxes.push({owner: t, text: t.textContent.trim().slice(0, 50), r: t.getBoundingClientRect(), size, svg: box});
      ++result.svgTexts;
    }
  }
  result.texts = boxes.length;
  for (const b of boxes) {
    if (b.size < result.smallest) {
      result.smallest = b.size;
      result.smallestText = b.text;
    }
    const within = b.svg || {left: frame.left, right, top: frame.top, bottom: frame.bottom};
    if (b.r.left < within.left - 0.5 || b.r.right > Math.min(within.right, innerWidth) + 0.5 ||
        b.r.top < within.top - 0.5 || b.r.bottom > within.bottom + 0.5)
      result.clipped.push(b.text);
  }
  // Two texts overlap when their boxes share more than a pixel each way (glyph boxes of
  // neighbouring lines touch, they don't cross).
  for (let i = 0; i < boxes.length; ++i) {
    for (let j = i + 1; j < boxes.length; ++j) {
      const a = boxes[i].r, b = boxes[j].r;
      if (boxes[i].owner === boxes[j].owner)
        continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1)
        result.overlaps.push(boxes[i].text + ' / ' + boxes[j].text);
    }
  }
  const axeResult = await axe.run(document, {resultTypes: ['violations']});
  result.axeVersion = axe.version;
  result.rulesPassed = axeResult.passes.length;
  result.violations = axeResult.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' ' +
                                                    v.nodes.map(n => n.target.join(' ')).join(', '));
  const out = document.createElement('pre');
  out.id = 'cotw-test-result';
  out.textContent = encodeURIComponent(JSON.stringify(result));
  document.body.append(out);
})();
)JS";

struct EmbedCase
{
    const char *name;
    ChartKind kind;
    Language language;
};

QByteArray exportedPage(const EmbedCase &row, const QTemporaryDir &dir, QString *path)
{
    *path = dir.filePath(QStringLiteral("chart.html"));
    ExportOptions options;
    options.format = ExportFormat::Html;
    const ChartSpec spec(smbGroupSocialBusinessStudy2012(), row.kind, 2012, row.language);
    if (const auto error = exportChart(spec, options, *path)) {
        ADD_FAILURE() << error->toStdString();
        return {};
    }
    QFile file(*path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class WebEmbed : public testing::TestWithParam<EmbedCase>
{
protected:
    void SetUp() override { ASSERT_TRUE(installLanguage(GetParam().language)); }
    void TearDown() override { installLanguage(Language::English); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_P(WebEmbed, IsOneFileThatAsksForNothing)
{
    QString path;
    const QByteArray html = exportedPage(GetParam(), m_dir, &path);
    ASSERT_FALSE(html.isEmpty());
    const QString page = QString::fromUtf8(html);
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"%1\">").arg(GetParam().language.code())));
    EXPECT_TRUE(page.contains(QStringLiteral("Content-Security-Policy\" content=\"default-src 'none';")));
    // The only web addresses are the SVG namespace names, which are never fetched.
    QString withoutNamespaces = page;
    withoutNamespaces.remove(QStringLiteral("xmlns=\"http://www.w3.org/2000/svg\""));
    withoutNamespaces.remove(QStringLiteral("xmlns:xlink=\"http://www.w3.org/1999/xlink\""));
    for (const char *request : {"http:", "https:", "<script", "<link", "<img", "src=", "@import", "url(http"})
        EXPECT_FALSE(withoutNamespaces.contains(QLatin1String(request), Qt::CaseInsensitive)) << request;
    // Every url() is a reference inside the page.
    const QRegularExpression reference(QStringLiteral("url\\((?!#)"));
    EXPECT_FALSE(reference.match(page).hasMatch());
    // The data for screen readers: every segment's share of 2012.
    const QString share = GetParam().language == Language::German ? QStringLiteral("24\u00a0%") : QStringLiteral("24%");
    EXPECT_TRUE(page.contains(QStringLiteral("<td>%1</td>").arg(share)));
}

TEST_P(WebEmbed, FitsEveryWidthInChromiumWithReadableTextAndNoAxeViolation)
{
    QString path;
    QByteArray html = exportedPage(GetParam(), m_dir, &path);
    ASSERT_FALSE(html.isEmpty());
    // The measuring copy: the page's policy forbids scripts, so it is left out there, and
    // axe-core and the script go in before </body>.
    const qsizetype policy = html.indexOf("<meta http-equiv=\"Content-Security-Policy\"");
    ASSERT_GE(policy, 0);
    html.remove(policy, html.indexOf('>', policy) + 1 - policy);
    const QByteArray scripts = "<script src=\"" + QUrl::fromLocalFile(QStringLiteral(CHARTWEEK_AXE_CORE)).toEncoded() +
                               "\"></script>\n<script>" + QByteArray(kMeasureScript) + "</script>\n</body>";
    html.replace("</body>", scripts);
    const QString measured = m_dir.filePath(QStringLiteral("measured.html"));
    for (const int width : {360, 768, 1280}) {
        SCOPED_TRACE(width);
        {
            QFile file(measured);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            QByteArray sized = html;
            const QByteArray rootWidth = "<style>html{width:" + QByteArray::number(width) + "px}</style>\n</head>";
            sized.replace("</head>", rootWidth);
            file.write(sized);
        }
        const auto dom =
            runChromium(measured, QSize(std::max(width, 500), 900), m_dir.filePath(QStringLiteral("profile")),
                        {QStringLiteral("--dump-dom"), QStringLiteral("--virtual-time-budget=30000")});
        ASSERT_TRUE(dom);
        const QRegularExpression pre(QStringLiteral("<pre id=\"cotw-test-result\">([^<]*)</pre>"));
        const auto match = pre.match(QString::fromUtf8(*dom));
        ASSERT_TRUE(match.hasMatch()) << "the script did not finish";
        const QJsonObject result =
            QJsonDocument::fromJson(QUrl::fromPercentEncoding(match.captured(1).toUtf8()).toUtf8()).object();
        std::cout << GetParam().name << " at " << width
                  << " px: " << QJsonDocument(result).toJson(QJsonDocument::Compact).toStdString() << '\n';
        EXPECT_EQ(result.value(QStringLiteral("width")).toInt(), width);
        EXPECT_LE(result.value(QStringLiteral("scrollWidth")).toInt(), width) << "the page scrolls sideways";
        EXPECT_EQ(result.value(QStringLiteral("shownDrawing")).toString(),
                  width < 640 ? QStringLiteral("cotw-chart cotw-narrow") : QStringLiteral("cotw-chart cotw-wide"));
        EXPECT_GT(result.value(QStringLiteral("svgTexts")).toInt(), 3);
        EXPECT_GE(result.value(QStringLiteral("smallest")).toDouble(), 12.0 - 1e-3)
            << result.value(QStringLiteral("smallestText")).toString().toStdString();
        EXPECT_EQ(result.value(QStringLiteral("clipped")).toArray(), QJsonArray());
        EXPECT_EQ(result.value(QStringLiteral("overlaps")).toArray(), QJsonArray());
        EXPECT_GT(result.value(QStringLiteral("rulesPassed")).toInt(), 10);
        EXPECT_EQ(result.value(QStringLiteral("violations")).toArray(), QJsonArray());
    }
}

INSTANTIATE_TEST_SUITE_P(Charts, WebEmbed,
                         testing::Values(EmbedCase{"BarEnglish", ChartKind::Bar, Language::English},
                                         EmbedCase{"BarGerman", ChartKind::Bar, Language::German},
                                         EmbedCase{"TrendGerman", ChartKind::Trend, Language::German}),
                         [](const testing::TestParamInfo<EmbedCase> &info) {
                             return info.param.name;
                         });

TEST(WebEmbedCode, IframeNamesThePageAndFigureCarriesItsScopedStyle)
{
    const ChartSpec spec(smbGroupSocialBusinessStudy2012(), ChartKind::Bar, 2012, Language::German);
    const QString iframe = HtmlEmbed::iframeSnippet(spec, QStringLiteral("chart \"2012\".html"));
    EXPECT_TRUE(iframe.startsWith(QStringLiteral("<iframe src=\"chart &quot;2012&quot;.html\" title=\"")));
    EXPECT_TRUE(iframe.contains(QStringLiteral("lang=\"de\"")));
    const QString figure = HtmlEmbed::figureSnippet(spec);
    EXPECT_TRUE(figure.startsWith(QStringLiteral("<style>\n.cotw{")));
    EXPECT_TRUE(figure.contains(QStringLiteral("<figure class=\"cotw\"")));
    EXPECT_TRUE(figure.contains(QStringLiteral("<h2 class=\"cotw-headline\"")));
    EXPECT_FALSE(figure.contains(QStringLiteral("<html")));
    // Every rule of its style is scoped to the figure, so pasting it changes nothing else.
    const QString style = figure.section(QStringLiteral("</style>"), 0, 0);
    for (const QString &line : style.split(u'\n', Qt::SkipEmptyParts).mid(1))
        EXPECT_TRUE(line.startsWith(QStringLiteral(".cotw")) || line.startsWith(QStringLiteral("@container")))
            << line.toStdString();
}

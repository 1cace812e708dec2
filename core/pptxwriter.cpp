// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/pptxwriter.h"

#include "core/safetext.h"
#include "core/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSize>
#include <QTemporaryDir>
#include <QXmlStreamWriter>

#include <xlsxwriter.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeckWriter)
};

// Namespaces and relationship types of Office Open XML (ECMA-376, transitional).
const QString kA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kC = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
const QString kP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRelationships = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kContentTypes = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
const QString kPresentationMl = QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.");

QString relationshipType(const QString &name)
{
    return kR + u'/' + name;
}

// Slide geometry in EMU (English Metric Units, 914400 an inch): 13.333 × 7.5 in, 16:9.
constexpr qint64 kSlideWidth = 12192000;
constexpr qint64 kSlideHeight = 6858000;
constexpr qint64 kInch = 914400;
constexpr qint64 kMargin = kInch / 2;

// "#rrggbb" → "RRGGBB"; fallback when colour isn't one.
QString hexColor(const QString &color, const QString &fallback)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return (rgb.match(color).hasMatch() ? color : fallback).mid(1).toUpper();
}

// One package part and the relationships it has.
struct Part
{
    QString name;        // "ppt/slides/slide1.xml"
    QString contentType; // empty: covered by a Default of its extension
    QByteArray bytes;
    struct Relationship
    {
        QString type;
        QString target; // relative to the part's folder
    };
    QList<Relationship> relationships;
};

// A QXmlStreamWriter into a byte array, with the short forms the parts need.
class Xml
{
public:
    Xml()
        : m_writer(&m_bytes)
    {
        m_writer.writeStartDocument(QStringLiteral("1.0"), true);
    }
    QXmlStreamWriter *operator->() { return &m_writer; }
    // Attributes named "r:…" are in the relationships namespace.
    void open(const QString &ns, const QString &name,
              std::initializer_list<std::pair<QString, QString>> attributes = {})
    {
        m_writer.writeStartElement(ns, name);
        attribute(attributes);
    }
    void close() { m_writer.writeEndElement(); }
    void empty(const QString &ns, const QString &name,
               std::initializer_list<std::pair<QString, QString>> attributes = {})
    {
        m_writer.writeEmptyElement(ns, name);
        attribute(attributes);
    }
    void attribute(std::initializer_list<std::pair<QString, QString>> attributes)
    {
        for (const auto &[key, value] : attributes) {
            if (key.startsWith(QLatin1String("r:")))
                m_writer.writeAttribute(kR, key.mid(2), value);
            else
                m_writer.writeAttribute(key, value);
        }
    }
    // <name val="value"/>, the form of most chart properties.
    void val(const QString &ns, const QString &name, const QString &value)
    {
        empty(ns, name, {{QStringLiteral("val"), value}});
    }
    void val(const QString &ns, const QString &name, qint64 value) { val(ns, name, QString::number(value)); }
    void text(const QString &ns, const QString &name, const QString &value)
    {
        m_writer.writeTextElement(ns, name, value);
    }
    void prefixes(std::initializer_list<std::pair<QString, QString>> namespaces)
    {
        for (const auto &[prefix, uri] : namespaces)
            m_writer.writeNamespace(uri, prefix);
    }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

QString emu(qint64 value)
{
    return QString::number(value);
}

void solidFill(Xml &xml, const QString &hex)
{
    xml.open(kA, QStringLiteral("solidFill"));
    xml.val(kA, QStringLiteral("srgbClr"), hex);
    xml.close();
}

// <a:rPr> of a run: size in hundredths of a point.
void runProperties(Xml &xml, const Deck &deck, int size, bool bold, const QString &hex,
                   const QString &element = QStringLiteral("rPr"))
{
    xml.open(kA, element,
             {{QStringLiteral("lang"), localeFor(deck.language).bcp47Name()},
              {QStringLiteral("sz"), QString::number(size)},
              {QStringLiteral("b"), bold ? QStringLiteral("1") : QStringLiteral("0")}});
    solidFill(xml, hex);
    xml.empty(kA, QStringLiteral("latin"), {{QStringLiteral("typeface"), deck.font}});
    xml.empty(kA, QStringLiteral("cs"), {{QStringLiteral("typeface"), deck.font}});
    xml.close();
}

void paragraphs(Xml &xml, const Deck &deck, const QStringList &texts, int size, bool bold, const QString &hex,
                const QString &align = QString())
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &paragraph = texts.at(i);
        xml.open(kA, QStringLiteral("p"));
        // Paragraphs after the first get half a line of space before them.
        if (!align.isEmpty() || i > 0) {
            xml.open(kA, QStringLiteral("pPr"));
            if (!align.isEmpty())
                xml.attribute({{QStringLiteral("algn"), align}});
            if (i > 0) {
                xml.open(kA, QStringLiteral("spcBef"));
                xml.empty(kA, QStringLiteral("spcPts"), {{QStringLiteral("val"), QString::number(size / 2)}});
                xml.close();
            }
            xml.close();
        }
        xml.open(kA, QStringLiteral("r"));
        runProperties(xml, deck, size, bold, hex);
        xml.text(kA, QStringLiteral("t"), paragraph);
        xml.close();
        xml.close();
    }
}

void groupShapeHeader(Xml &xml)
{
    xml.open(kP, QStringLiteral("nvGrpSpPr"));
    xml.empty(kP, QStringLiteral("cNvPr"),
              {{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("name"), QString()}});
    xml.empty(kP, QStringLiteral("cNvGrpSpPr"));
    xml.empty(kP, QStringLiteral("nvPr"));
    xml.close();
    xml.open(kP, QStringLiteral("grpSpPr"));
    xml.open(kA, QStringLiteral("xfrm"));
    for (const char *name : {"off", "ext", "chOff", "chExt"}) {
        const bool size = name[1] == 'x' || name[2] == 'E';
        xml.empty(kA, QLatin1String(name),
                  {{size ? QStringLiteral("cx") : QStringLiteral("x"), QStringLiteral("0")},
                   {size ? QStringLiteral("cy") : QStringLiteral("y"), QStringLiteral("0")}});
    }
    xml.close();
    xml.close();
}

void transform(Xml &xml, const QString &ns, qint64 x, qint64 y, qint64 width, qint64 height)
{
    xml.open(ns, QStringLiteral("xfrm"));
    xml.empty(kA, QStringLiteral("off"), {{QStringLiteral("x"), emu(x)}, {QStringLiteral("y"), emu(y)}});
    xml.empty(kA, QStringLiteral("ext"), {{QStringLiteral("cx"), emu(width)}, {QStringLiteral("cy"), emu(height)}});
    xml.close();
}

// A text box (or, with placeholder set, the title placeholder) at a place on the slide.
void textShape(Xml &xml, int id, const QString &name, const QString &placeholder, qint64 x, qint64 y, qint64 width,
               qint64 height, const std::function<void()> &body, const QString &anchor = QStringLiteral("t"))
{
    xml.open(kP, QStringLiteral("sp"));
    xml.open(kP, QStringLiteral("nvSpPr"));
    xml.empty(kP, QStringLiteral("cNvPr"),
              {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("name"), name}});
    if (placeholder.isEmpty()) {
        xml.empty(kP, QStringLiteral("cNvSpPr"), {{QStringLiteral("txBox"), QStringLiteral("1")}});
        xml.empty(kP, QStringLiteral("nvPr"));
    } else {
        xml.open(kP, QStringLiteral("cNvSpPr"));
        xml.empty(kA, QStringLiteral("spLocks"), {{QStringLiteral("noGrp"), QStringLiteral("1")}});
        xml.close();
        xml.open(kP, QStringLiteral("nvPr"));
        xml.empty(kP, QStringLiteral("ph"), {{QStringLiteral("type"), placeholder}});
        xml.close();
    }
    xml.close();
    xml.open(kP, QStringLiteral("spPr"));
    transform(xml, kA, x, y, width, height);
    xml.open(kA, QStringLiteral("prstGeom"), {{QStringLiteral("prst"), QStringLiteral("rect")}});
    xml.empty(kA, QStringLiteral("avLst"));
    xml.close();
    xml.close();
    xml.open(kP, QStringLiteral("txBody"));
    xml.open(kA, QStringLiteral("bodyPr"),
             {{QStringLiteral("wrap"), QStringLiteral("square")},
              {QStringLiteral("lIns"), QStringLiteral("0")},
              {QStringLiteral("rIns"), QStringLiteral("0")},
              {QStringLiteral("anchor"), anchor}});
    xml.empty(kA, QStringLiteral("normAutofit"));
    xml.close();
    xml.empty(kA, QStringLiteral("lstStyle"));
    body();
    xml.close();
    xml.close();
}

QByteArray themeXml(const Deck &deck)
{
    Xml xml;
    xml.prefixes({{QStringLiteral("a"), kA}});
    xml.open(kA, QStringLiteral("theme"), {{QStringLiteral("name"), QStringLiteral("Chart of the Week")}});
    xml.open(kA, QStringLiteral("themeElements"));
    xml.open(kA, QStringLiteral("clrScheme"), {{QStringLiteral("name"), QStringLiteral("Chart of the Week")}});
    const QString accent = hexColor(deck.accentColor, QStringLiteral("#1f77b4"));
    const std::pair<const char *, QString> colors[] = {
        {"dk1", hexColor(deck.textColor, QStringLiteral("#1a1a1a"))},
        {"lt1", hexColor(deck.backgroundColor, QStringLiteral("#ffffff"))},
        {"dk2", hexColor(deck.secondaryTextColor, QStringLiteral("#555555"))},
        {"lt2", QStringLiteral("EEEEEE")},
        {"accent1", accent},
        {"accent2", QStringLiteral("FF7F0E")},
        {"accent3", QStringLiteral("2CA02C")},
        {"accent4", QStringLiteral("D62728")},
        {"accent5", QStringLiteral("9467BD")},
        {"accent6", QStringLiteral("8C564B")},
        {"hlink", accent},
        {"folHlink", accent},
    };
    for (const auto &[name, hex] : colors) {
        xml.open(kA, QLatin1String(name));
        xml.val(kA, QStringLiteral("srgbClr"), hex);
        xml.close();
    }
    xml.close();
    xml.open(kA, QStringLiteral("fontScheme"), {{QStringLiteral("name"), deck.font}});
    for (const char *font : {"majorFont", "minorFont"}) {
        xml.open(kA, QLatin1String(font));
        xml.empty(kA, QStringLiteral("latin"), {{QStringLiteral("typeface"), deck.font}});
        xml.empty(kA, QStringLiteral("ea"), {{QStringLiteral("typeface"), QString()}});
        xml.empty(kA, QStringLiteral("cs"), {{QStringLiteral("typeface"), QString()}});
        xml.close();
    }
    xml.close();
    // The format scheme PowerPoint insists on: three fills, lines, effects and backgrounds.
    xml.open(kA, QStringLiteral("fmtScheme"), {{QStringLiteral("name"), QStringLiteral("Chart of the Week")}});
    for (const char *list : {"fillStyleLst", "bgFillStyleLst"}) {
        xml.open(kA, QLatin1String(list));
        for (int i = 0; i < 3; ++i) {
            xml.open(kA, QStringLiteral("solidFill"));
            xml.empty(kA, QStringLiteral("schemeClr"), {{QStringLiteral("val"), QStringLiteral("phClr")}});
            xml.close();
        }
        xml.close();
    }
    xml.open(kA, QStringLiteral("lnStyleLst"));
    for (int width : {9525, 19050, 28575}) {
        xml.open(kA, QStringLiteral("ln"), {{QStringLiteral("w"), QString::number(width)}});
        xml.open(kA, QStringLiteral("solidFill"));
        xml.empty(kA, QStringLiteral("schemeClr"), {{QStringLiteral("val"), QStringLiteral("phClr")}});
        xml.close();
        xml.close();
    }
    xml.close();
    xml.open(kA, QStringLiteral("effectStyleLst"));
    for (int i = 0; i < 3; ++i) {
        xml.open(kA, QStringLiteral("effectStyle"));
        xml.empty(kA, QStringLiteral("effectLst"));
        xml.close();
    }
    xml.close();
    xml.close(); // fmtScheme
    xml.close(); // themeElements
    xml.close();
    return xml.finish();
}

// The colour map every master carries: background 1 is light 1, text 1 dark 1, and so on.
void colorMap(Xml &xml, const QString &ns)
{
    xml.empty(ns, QStringLiteral("clrMap"),
              {{QStringLiteral("bg1"), QStringLiteral("lt1")},
               {QStringLiteral("tx1"), QStringLiteral("dk1")},
               {QStringLiteral("bg2"), QStringLiteral("lt2")},
               {QStringLiteral("tx2"), QStringLiteral("dk2")},
               {QStringLiteral("accent1"), QStringLiteral("accent1")},
               {QStringLiteral("accent2"), QStringLiteral("accent2")},
               {QStringLiteral("accent3"), QStringLiteral("accent3")},
               {QStringLiteral("accent4"), QStringLiteral("accent4")},
               {QStringLiteral("accent5"), QStringLiteral("accent5")},
               {QStringLiteral("accent6"), QStringLiteral("accent6")},
               {QStringLiteral("hlink"), QStringLiteral("hlink")},
               {QStringLiteral("folHlink"), QStringLiteral("folHlink")}});
}

void rootNamespaces(Xml &xml)
{
    xml.prefixes({{QStringLiteral("a"), kA}, {QStringLiteral("r"), kR}, {QStringLiteral("p"), kP}});
}

// Title placeholder geometry, shared by master, layout and slides.
constexpr qint64 kTitleTop = kInch / 3;
constexpr qint64 kTitleHeight = kInch * 11 / 10;

QByteArray masterXml(const Deck &deck)
{
    Xml xml;
    rootNamespaces(xml);
    xml.open(kP, QStringLiteral("sldMaster"));
    xml.open(kP, QStringLiteral("cSld"));
    xml.open(kP, QStringLiteral("bg"));
    xml.open(kP, QStringLiteral("bgPr"));
    solidFill(xml, hexColor(deck.backgroundColor, QStringLiteral("#ffffff")));
    xml.empty(kA, QStringLiteral("effectLst"));
    xml.close();
    xml.close();
    xml.open(kP, QStringLiteral("spTree"));
    groupShapeHeader(xml);
    textShape(
        xml, 2, QStringLiteral("Title Placeholder 1"), QStringLiteral("title"), kMargin, kTitleTop,
        kSlideWidth - 2 * kMargin, kTitleHeight,
        [&] {
            xml.empty(kA, QStringLiteral("p"));
        },
        QStringLiteral("b"));
    xml.close();
    xml.close();
    colorMap(xml, kP);
    xml.open(kP, QStringLiteral("sldLayoutIdLst"));
    xml.empty(kP, QStringLiteral("sldLayoutId"),
              {{QStringLiteral("id"), QStringLiteral("2147483649")}, {QStringLiteral("r:id"), QStringLiteral("rId1")}});
    xml.close();
    xml.close();
    return xml.finish();
}

} // namespace

namespace {

QByteArray layoutXml()
{
    Xml xml;
    rootNamespaces(xml);
    xml.open(
        kP, QStringLiteral("sldLayout"),
        {{QStringLiteral("type"), QStringLiteral("titleOnly")}, {QStringLiteral("preserve"), QStringLiteral("1")}});
    xml.open(kP, QStringLiteral("cSld"), {{QStringLiteral("name"), QStringLiteral("Title Only")}});
    xml.open(kP, QStringLiteral("spTree"));
    groupShapeHeader(xml);
    xml.close();
    xml.close();
    xml.open(kP, QStringLiteral("clrMapOvr"));
    xml.empty(kA, QStringLiteral("masterClrMapping"));
    xml.close();
    xml.close();
    return xml.finish();
}

QString numberFormat(Language language)
{
    // Whole shares with the language's percent style: "24 %" (no-break space) or "24%".
    return formatShare(24.0, language)
        .replace(QStringLiteral("24"), QStringLiteral("0"))
        .replace(u'%', QStringLiteral("\"%\""));
}

void textProperties(Xml &xml, const Deck &deck, int size, bool bold, const QString &hex)
{
    xml.open(kC, QStringLiteral("txPr"));
    xml.empty(kA, QStringLiteral("bodyPr"));
    xml.empty(kA, QStringLiteral("lstStyle"));
    xml.open(kA, QStringLiteral("p"));
    xml.open(kA, QStringLiteral("pPr"));
    runProperties(xml, deck, size, bold, hex, QStringLiteral("defRPr"));
    xml.close();
    xml.empty(kA, QStringLiteral("endParaRPr"), {{QStringLiteral("lang"), localeFor(deck.language).bcp47Name()}});
    xml.close();
    xml.close();
}

void shapeFill(Xml &xml, const QString &hex, bool line, bool dashed = false)
{
    xml.open(kC, QStringLiteral("spPr"));
    if (line) {
        xml.open(kA, QStringLiteral("ln"), {{QStringLiteral("w"), QStringLiteral("38100")}});
        solidFill(xml, hex);
        if (dashed)
            xml.val(kA, QStringLiteral("prstDash"), QStringLiteral("dash"));
        xml.close();
    } else {
        solidFill(xml, hex);
    }
    xml.close();
}

QString cellColumn(int column)
{
    return QString(QChar(u'A' + column));
}

// The chart part: a bar or line chart whose every value is cached here and references its
// cell in the embedded workbook (Sheet1: categories in column A from row 2, one series a
// column from B, its name in row 1).
QByteArray chartXml(const Deck &deck, const DeckChart &chart)
{
    const QString text = hexColor(deck.textColor, QStringLiteral("#1a1a1a"));
    const QString secondary = hexColor(deck.secondaryTextColor, QStringLiteral("#555555"));
    const bool bars = chart.kind == DeckChart::Kind::Bar;
    const int count = int(chart.categories.size());
    const QString format = numberFormat(deck.language);
    Xml xml;
    xml.prefixes({{QStringLiteral("c"), kC}, {QStringLiteral("a"), kA}, {QStringLiteral("r"), kR}});
    xml.open(kC, QStringLiteral("chartSpace"));
    xml.val(kC, QStringLiteral("date1904"), 0);
    xml.val(kC, QStringLiteral("lang"), localeFor(deck.language).bcp47Name());
    xml.val(kC, QStringLiteral("roundedCorners"), 0);
    xml.open(kC, QStringLiteral("chart"));
    xml.val(kC, QStringLiteral("autoTitleDeleted"), 1);
    xml.open(kC, QStringLiteral("plotArea"));
    xml.empty(kC, QStringLiteral("layout"));
    xml.open(kC, bars ? QStringLiteral("barChart") : QStringLiteral("lineChart"));
    if (bars)
        xml.val(kC, QStringLiteral("barDir"), QStringLiteral("col"));
    xml.val(kC, QStringLiteral("grouping"), bars ? QStringLiteral("clustered") : QStringLiteral("standard"));
    xml.val(kC, QStringLiteral("varyColors"), 0);
    for (int s = 0; s < chart.series.size(); ++s) {
        const DeckChart::Series &series = chart.series.at(s);
        const QString column = cellColumn(s + 1);
        const QString hex = hexColor(series.color, QStringLiteral("#1f77b4"));
        xml.open(kC, QStringLiteral("ser"));
        xml.val(kC, QStringLiteral("idx"), s);
        xml.val(kC, QStringLiteral("order"), s);
        xml.open(kC, QStringLiteral("tx"));
        xml.open(kC, QStringLiteral("strRef"));
        xml.text(kC, QStringLiteral("f"), QStringLiteral("Sheet1!$%1$1").arg(column));
        xml.open(kC, QStringLiteral("strCache"));
        xml.val(kC, QStringLiteral("ptCount"), 1);
        xml.open(kC, QStringLiteral("pt"), {{QStringLiteral("idx"), QStringLiteral("0")}});
        xml.text(kC, QStringLiteral("v"), series.name);
        xml.close();
        xml.close();
        xml.close();
        xml.close();
        shapeFill(xml, hex, !bars, series.dashed);
        if (bars) {
            xml.val(kC, QStringLiteral("invertIfNegative"), 0);
            for (int point = 0; point < series.pointColors.size() && point < count; ++point) {
                xml.open(kC, QStringLiteral("dPt"));
                xml.val(kC, QStringLiteral("idx"), point);
                xml.val(kC, QStringLiteral("invertIfNegative"), 0);
                xml.val(kC, QStringLiteral("bubble3D"), 0);
                shapeFill(xml, hexColor(series.pointColors.at(point), QStringLiteral("#1f77b4")), false);
                xml.close();
            }
        } else {
            xml.open(kC, QStringLiteral("marker"));
            xml.val(kC, QStringLiteral("symbol"), QStringLiteral("circle"));
            xml.val(kC, QStringLiteral("size"), 7);
            xml.open(kC, QStringLiteral("spPr"));
            solidFill(xml, hex);
            xml.close();
            xml.close();
        }
        const auto labelProperties = [&](const QString &position) {
            xml.empty(kC, QStringLiteral("numFmt"),
                      {{QStringLiteral("formatCode"), format}, {QStringLiteral("sourceLinked"), QStringLiteral("0")}});
            xml.open(kC, QStringLiteral("spPr"));
            xml.empty(kA, QStringLiteral("noFill"));
            xml.close();
            textProperties(xml, deck, 1600, true, text);
            xml.val(kC, QStringLiteral("dLblPos"), position);
            for (const char *flag :
                 {"showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"})
                xml.val(kC, QLatin1String(flag), qstrcmp(flag, "showVal") == 0 ? 1 : 0);
        };
        xml.open(kC, QStringLiteral("dLbls"));
        // Lines: a label above its point, unless a higher point of another line is within
        // 8 points in the same wave; then below it, so the two labels don't overlap.
        for (int i = 0; !bars && i < count && i < series.values.size(); ++i) {
            const Share own = series.values.at(i);
            bool below = false;
            for (int other = 0; own && other < chart.series.size(); ++other) {
                const Share theirs = chart.series.at(other).values.value(i);
                if (other != s && theirs && std::abs(*theirs - *own) < 8.0 &&
                    (*theirs > *own || (*theirs == *own && other < s)))
                    below = true;
            }
            if (!below)
                continue;
            xml.open(kC, QStringLiteral("dLbl"));
            xml.val(kC, QStringLiteral("idx"), i);
            labelProperties(QStringLiteral("b"));
            xml.close();
        }
        labelProperties(bars ? QStringLiteral("outEnd") : QStringLiteral("t"));
        xml.close();
        xml.open(kC, QStringLiteral("cat"));
        xml.open(kC, QStringLiteral("strRef"));
        xml.text(kC, QStringLiteral("f"), QStringLiteral("Sheet1!$A$2:$A$%1").arg(count + 1));
        xml.open(kC, QStringLiteral("strCache"));
        xml.val(kC, QStringLiteral("ptCount"), count);
        for (int i = 0; i < count; ++i) {
            xml.open(kC, QStringLiteral("pt"), {{QStringLiteral("idx"), QString::number(i)}});
            xml.text(kC, QStringLiteral("v"), chart.categories.at(i));
            xml.close();
        }
        xml.close();
        xml.close();
        xml.close();
        xml.open(kC, QStringLiteral("val"));
        xml.open(kC, QStringLiteral("numRef"));
        xml.text(kC, QStringLiteral("f"), QStringLiteral("Sheet1!$%1$2:$%1$%2").arg(column).arg(count + 1));
        xml.open(kC, QStringLiteral("numCache"));
        xml.text(kC, QStringLiteral("formatCode"), QStringLiteral("General"));
        xml.val(kC, QStringLiteral("ptCount"), count);
        for (int i = 0; i < count && i < series.values.size(); ++i) {
            if (!series.values.at(i))
                continue; // unknown: a gap, never 0
            xml.open(kC, QStringLiteral("pt"), {{QStringLiteral("idx"), QString::number(i)}});
            xml.text(kC, QStringLiteral("v"), QString::number(*series.values.at(i), 'g', 15));
            xml.close();
        }
        xml.close();
        xml.close();
        xml.close();
        if (!bars)
            xml.val(kC, QStringLiteral("smooth"), 0);
        xml.close(); // ser
    }
    if (bars) {
        xml.val(kC, QStringLiteral("gapWidth"), 60);
    } else {
        xml.val(kC, QStringLiteral("marker"), 1);
    }
    xml.val(kC, QStringLiteral("axId"), 1001);
    xml.val(kC, QStringLiteral("axId"), 1002);
    xml.close(); // barChart / lineChart

    xml.open(kC, QStringLiteral("catAx"));
    xml.val(kC, QStringLiteral("axId"), 1001);
    xml.open(kC, QStringLiteral("scaling"));
    xml.val(kC, QStringLiteral("orientation"), QStringLiteral("minMax"));
    xml.close();
    xml.val(kC, QStringLiteral("delete"), 0);
    xml.val(kC, QStringLiteral("axPos"), QStringLiteral("b"));
    xml.empty(kC, QStringLiteral("numFmt"),
              {{QStringLiteral("formatCode"), QStringLiteral("General")},
               {QStringLiteral("sourceLinked"), QStringLiteral("0")}});
    xml.val(kC, QStringLiteral("majorTickMark"), QStringLiteral("none"));
    xml.val(kC, QStringLiteral("minorTickMark"), QStringLiteral("none"));
    xml.val(kC, QStringLiteral("tickLblPos"), QStringLiteral("nextTo"));
    textProperties(xml, deck, 1400, false, text);
    xml.val(kC, QStringLiteral("crossAx"), 1002);
    xml.val(kC, QStringLiteral("crosses"), QStringLiteral("autoZero"));
    xml.val(kC, QStringLiteral("auto"), 1);
    xml.val(kC, QStringLiteral("lblAlgn"), QStringLiteral("ctr"));
    xml.val(kC, QStringLiteral("lblOffset"), 100);
    xml.val(kC, QStringLiteral("noMultiLvlLbl"), 0);
    xml.close();

    // The value axis starts at 0 %, so bar heights are proportional to the shares, and ends
    // a little above the largest share (room for its label) at a round figure: steps of 10
    // up to 60 %, else of 20 up to 100 %.
    double largest = 0.0;
    for (const DeckChart::Series &series : chart.series) {
        for (const Share &share : series.values) {
            if (share && std::isfinite(*share))
                largest = std::max(largest, *share);
        }
    }
    int axisMax = int(std::ceil((std::min(largest, 100.0) + 8.0) / 10.0)) * 10;
    if (axisMax > 60)
        axisMax = std::min(100, (axisMax + 19) / 20 * 20);
    const int majorUnit = axisMax > 60 ? 20 : 10;
    xml.open(kC, QStringLiteral("valAx"));
    xml.val(kC, QStringLiteral("axId"), 1002);
    xml.open(kC, QStringLiteral("scaling"));
    xml.val(kC, QStringLiteral("orientation"), QStringLiteral("minMax"));
    xml.val(kC, QStringLiteral("max"), axisMax);
    xml.val(kC, QStringLiteral("min"), 0);
    xml.close();
    xml.val(kC, QStringLiteral("delete"), 0);
    xml.val(kC, QStringLiteral("axPos"), QStringLiteral("l"));
    xml.open(kC, QStringLiteral("majorGridlines"));
    xml.open(kC, QStringLiteral("spPr"));
    xml.open(kA, QStringLiteral("ln"), {{QStringLiteral("w"), QStringLiteral("6350")}});
    solidFill(xml, QStringLiteral("D9D9D9"));
    xml.close();
    xml.close();
    xml.close();
    xml.empty(kC, QStringLiteral("numFmt"),
              {{QStringLiteral("formatCode"), format}, {QStringLiteral("sourceLinked"), QStringLiteral("0")}});
    xml.val(kC, QStringLiteral("majorTickMark"), QStringLiteral("none"));
    xml.val(kC, QStringLiteral("minorTickMark"), QStringLiteral("none"));
    xml.val(kC, QStringLiteral("tickLblPos"), QStringLiteral("nextTo"));
    xml.open(kC, QStringLiteral("spPr"));
    xml.open(kA, QStringLiteral("ln"));
    xml.empty(kA, QStringLiteral("noFill"));
    xml.close();
    xml.close();
    textProperties(xml, deck, 1200, false, secondary);
    xml.val(kC, QStringLiteral("crossAx"), 1001);
    xml.val(kC, QStringLiteral("crosses"), QStringLiteral("autoZero"));
    xml.val(kC, QStringLiteral("crossBetween"), QStringLiteral("between"));
    xml.val(kC, QStringLiteral("majorUnit"), majorUnit);
    xml.close();
    xml.close(); // plotArea
    if (!bars) {
        xml.open(kC, QStringLiteral("legend"));
        xml.val(kC, QStringLiteral("legendPos"), QStringLiteral("b"));
        xml.val(kC, QStringLiteral("overlay"), 0);
        textProperties(xml, deck, 1400, false, text);
        xml.close();
    }
    xml.val(kC, QStringLiteral("plotVisOnly"), 1);
    xml.val(kC, QStringLiteral("dispBlanksAs"), QStringLiteral("gap"));
    xml.close(); // chart
    textProperties(xml, deck, 1400, false, text);
    xml.open(kC, QStringLiteral("externalData"), {{QStringLiteral("r:id"), QStringLiteral("rId1")}});
    xml.val(kC, QStringLiteral("autoUpdate"), 0);
    xml.close();
    xml.close();
    return xml.finish();
}

// The chart's data as a workbook (libxlsxwriter needs a file: it is written in a temporary
// folder and read back).
std::optional<QByteArray> chartWorkbook(const DeckChart &chart, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = Text::tr("no temporary folder for the chart's workbook: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString path = dir.filePath(QStringLiteral("chart.xlsx"));
    const QByteArray file = QFile::encodeName(path);
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook) {
        *error = Text::tr("the chart's workbook could not be created");
        return std::nullopt;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sheet1");
    lxw_error failure = LXW_NO_ERROR;
    const auto note = [&](lxw_error result) {
        if (failure == LXW_NO_ERROR)
            failure = result;
    };
    const auto string = [&](int row, int column, const QString &value) {
        note(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(), nullptr));
    };
    for (int i = 0; i < chart.categories.size(); ++i)
        string(i + 1, 0, chart.categories.at(i));
    for (int s = 0; s < chart.series.size(); ++s) {
        string(0, s + 1, chart.series.at(s).name);
        const QList<Share> &values = chart.series.at(s).values;
        for (int i = 0; i < values.size() && i < chart.categories.size(); ++i) {
            if (values.at(i))
                note(worksheet_write_number(sheet, lxw_row_t(i + 1), lxw_col_t(s + 1), *values.at(i), nullptr));
        }
    }
    note(worksheet_set_column(sheet, 0, 0, 40, nullptr));
    const lxw_error closed = workbook_close(workbook);
    if (failure == LXW_NO_ERROR)
        failure = closed;
    QFile written(path);
    if (failure != LXW_NO_ERROR || !written.open(QIODevice::ReadOnly)) {
        *error =
            Text::tr("the chart's workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(failure)));
        return std::nullopt;
    }
    return written.readAll();
}

// The logo's size on a slide: at most 1.5 × 0.6 inches, its aspect kept (the width and
// height from the PNG's header chunk, checked by validateLogoPng()).
QSize logoExtent(const QByteArray &png)
{
    const auto bigEndian = [&](int offset) {
        qint64 value = 0;
        for (int i = 0; i < 4; ++i)
            value = value << 8 | quint8(png.at(offset + i));
        return value;
    };
    const qint64 width = bigEndian(16);
    const qint64 height = bigEndian(20);
    const double scale = std::min(1.5 * kInch / double(width), 0.6 * kInch / double(height));
    return QSize(int(width * scale), int(height * scale));
}

void logoPicture(Xml &xml, int id, const QString &relationship, const QSize &extent)
{
    xml.open(kP, QStringLiteral("pic"));
    xml.open(kP, QStringLiteral("nvPicPr"));
    xml.empty(kP, QStringLiteral("cNvPr"),
              {{QStringLiteral("id"), QString::number(id)},
               {QStringLiteral("name"), QStringLiteral("Logo")},
               {QStringLiteral("descr"), QStringLiteral("Logo")}});
    xml.open(kP, QStringLiteral("cNvPicPr"));
    xml.empty(kA, QStringLiteral("picLocks"), {{QStringLiteral("noChangeAspect"), QStringLiteral("1")}});
    xml.close();
    xml.empty(kP, QStringLiteral("nvPr"));
    xml.close();
    xml.open(kP, QStringLiteral("blipFill"));
    xml.empty(kA, QStringLiteral("blip"), {{QStringLiteral("r:embed"), relationship}});
    xml.open(kA, QStringLiteral("stretch"));
    xml.empty(kA, QStringLiteral("fillRect"));
    xml.close();
    xml.close();
    xml.open(kP, QStringLiteral("spPr"));
    transform(xml, kA, kSlideWidth - kMargin / 2 - extent.width(), kMargin / 2, extent.width(), extent.height());
    xml.open(kA, QStringLiteral("prstGeom"), {{QStringLiteral("prst"), QStringLiteral("rect")}});
    xml.empty(kA, QStringLiteral("avLst"));
    xml.close();
    xml.close();
    xml.close();
}

// The slide; logoRelationship names the logo's relationship ("" for none), a chart's is rId2.
QByteArray slideXml(const Deck &deck, const DeckSlide &slide, bool titleSlide, const QString &logoRelationship)
{
    const QString text = hexColor(deck.textColor, QStringLiteral("#1a1a1a"));
    const QString secondary = hexColor(deck.secondaryTextColor, QStringLiteral("#555555"));
    const qint64 width = kSlideWidth - 2 * kMargin;
    Xml xml;
    rootNamespaces(xml);
    xml.open(kP, QStringLiteral("sld"));
    xml.open(kP, QStringLiteral("cSld"));
    xml.open(kP, QStringLiteral("spTree"));
    groupShapeHeader(xml);
    int id = 2;
    if (titleSlide) {
        textShape(
            xml, id++, QStringLiteral("Title 1"), QStringLiteral("title"), kMargin, kInch * 2, width, kInch * 2,
            [&] {
                paragraphs(xml, deck, {slide.title}, 4000, true, text);
            },
            QStringLiteral("b"));
        if (!slide.subtitle.isEmpty())
            textShape(xml, id++, QStringLiteral("Subtitle 2"), QString(), kMargin, kInch * 4 + kInch / 4, width, kInch,
                      [&] {
                          paragraphs(xml, deck, {slide.subtitle}, 2000, false, secondary);
                      });
        if (!slide.source.isEmpty())
            textShape(
                xml, id++, QStringLiteral("Source"), QString(), kMargin, kSlideHeight - kMargin - kInch / 2, width,
                kInch / 2,
                [&] {
                    paragraphs(xml, deck, {slide.source}, 1200, false, secondary);
                },
                QStringLiteral("b"));
    } else {
        textShape(
            xml, id++, QStringLiteral("Title 1"), QStringLiteral("title"), kMargin, kTitleTop, width, kTitleHeight,
            [&] {
                paragraphs(xml, deck, {slide.title}, 2600, true, text);
            },
            QStringLiteral("b"));
        qint64 top = kTitleTop + kTitleHeight;
        if (!slide.subtitle.isEmpty()) {
            textShape(xml, id++, QStringLiteral("Description"), QString(), kMargin, top + kInch / 10, width, kInch / 2,
                      [&] {
                          paragraphs(xml, deck, {slide.subtitle}, 1600, false, secondary);
                      });
            top += kInch * 6 / 10;
        }
        const qint64 footTop = kSlideHeight - kMargin - kInch / 2;
        if (slide.chart) {
            xml.open(kP, QStringLiteral("graphicFrame"));
            xml.open(kP, QStringLiteral("nvGraphicFramePr"));
            xml.empty(
                kP, QStringLiteral("cNvPr"),
                {{QStringLiteral("id"), QString::number(id++)}, {QStringLiteral("name"), QStringLiteral("Chart")}});
            xml.empty(kP, QStringLiteral("cNvGraphicFramePr"));
            xml.empty(kP, QStringLiteral("nvPr"));
            xml.close();
            transform(xml, kP, kMargin, top + kInch / 10, width, footTop - top - kInch / 5);
            xml.open(kA, QStringLiteral("graphic"));
            xml.open(kA, QStringLiteral("graphicData"), {{QStringLiteral("uri"), kC}});
            xml->writeNamespace(kC, QStringLiteral("c"));
            xml.empty(kC, QStringLiteral("chart"), {{QStringLiteral("r:id"), QStringLiteral("rId2")}});
            xml.close();
            xml.close();
            xml.close();
        } else if (!slide.paragraphs.isEmpty()) {
            textShape(xml, id++, QStringLiteral("Text"), QString(), kMargin, top + kInch / 10, width,
                      footTop - top - kInch / 5, [&] {
                          paragraphs(xml, deck, slide.paragraphs, 1800, false, text);
                      });
        }
        if (!slide.source.isEmpty() || !slide.footnotes.isEmpty())
            textShape(
                xml, id++, QStringLiteral("Source"), QString(), kMargin, footTop, width, kInch / 2,
                [&] {
                    QStringList foot = slide.footnotes;
                    if (!slide.source.isEmpty())
                        foot.append(slide.source);
                    paragraphs(xml, deck, foot, 1200, false, secondary);
                },
                QStringLiteral("b"));
    }
    if (!logoRelationship.isEmpty())
        logoPicture(xml, id++, logoRelationship, logoExtent(deck.logoPng));
    xml.close();
    xml.close();
    xml.open(kP, QStringLiteral("clrMapOvr"));
    xml.empty(kA, QStringLiteral("masterClrMapping"));
    xml.close();
    xml.close();
    return xml.finish();
}

// The notes page's two placeholders: the slide's picture and the notes text.
void notesShapes(Xml &xml, const Deck &deck, const QStringList &notes)
{
    const auto placeholder = [&](int id, const QString &name, const QString &type, qint64 y, qint64 height, bool body) {
        xml.open(kP, QStringLiteral("sp"));
        xml.open(kP, QStringLiteral("nvSpPr"));
        xml.empty(kP, QStringLiteral("cNvPr"),
                  {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("name"), name}});
        xml.open(kP, QStringLiteral("cNvSpPr"));
        xml.empty(kA, QStringLiteral("spLocks"), {{QStringLiteral("noGrp"), QStringLiteral("1")}});
        xml.close();
        xml.open(kP, QStringLiteral("nvPr"));
        if (body)
            xml.empty(kP, QStringLiteral("ph"),
                      {{QStringLiteral("type"), type}, {QStringLiteral("idx"), QStringLiteral("1")}});
        else
            xml.empty(kP, QStringLiteral("ph"), {{QStringLiteral("type"), type}});
        xml.close();
        xml.close();
        xml.open(kP, QStringLiteral("spPr"));
        transform(xml, kA, kInch / 2, y, 6858000 - kInch, height);
        xml.close();
        if (body) {
            xml.open(kP, QStringLiteral("txBody"));
            xml.empty(kA, QStringLiteral("bodyPr"));
            xml.empty(kA, QStringLiteral("lstStyle"));
            if (notes.isEmpty())
                xml.empty(kA, QStringLiteral("p"));
            paragraphs(xml, deck, notes, 1200, false, QStringLiteral("000000"));
            xml.close();
        }
        xml.close();
    };
    placeholder(2, QStringLiteral("Slide Image"), QStringLiteral("sldImg"), kInch / 2, kInch * 3, false);
    placeholder(3, QStringLiteral("Notes"), QStringLiteral("body"), kInch * 4, kInch * 9 / 2, true);
}

QByteArray notesXml(const Deck &deck, const QStringList &notes, bool master)
{
    Xml xml;
    rootNamespaces(xml);
    xml.open(kP, master ? QStringLiteral("notesMaster") : QStringLiteral("notes"));
    xml.open(kP, QStringLiteral("cSld"));
    xml.open(kP, QStringLiteral("spTree"));
    groupShapeHeader(xml);
    notesShapes(xml, deck, notes);
    xml.close();
    xml.close();
    if (master) {
        colorMap(xml, kP);
    } else {
        xml.open(kP, QStringLiteral("clrMapOvr"));
        xml.empty(kA, QStringLiteral("masterClrMapping"));
        xml.close();
    }
    xml.close();
    return xml.finish();
}

QByteArray relationshipsXml(const QList<Part::Relationship> &relationships)
{
    Xml xml;
    xml->setAutoFormatting(false);
    xml->writeDefaultNamespace(kRelationships);
    xml->writeStartElement(kRelationships, QStringLiteral("Relationships"));
    for (int i = 0; i < relationships.size(); ++i) {
        xml->writeEmptyElement(kRelationships, QStringLiteral("Relationship"));
        xml->writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(i + 1));
        xml->writeAttribute(QStringLiteral("Type"), relationships.at(i).type);
        xml->writeAttribute(QStringLiteral("Target"), relationships.at(i).target);
    }
    xml->writeEndElement();
    return xml.finish();
}

// "ppt/slides/slide1.xml" → "ppt/slides/_rels/slide1.xml.rels"
QString relationshipsPartName(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

QByteArray contentTypesXml(const QList<Part> &parts)
{
    Xml xml;
    xml->writeDefaultNamespace(kContentTypes);
    xml->writeStartElement(kContentTypes, QStringLiteral("Types"));
    for (const auto &[extension, type] :
         {std::pair{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
          std::pair{"xml", "application/xml"}, std::pair{"png", "image/png"},
          std::pair{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}}) {
        xml->writeEmptyElement(kContentTypes, QStringLiteral("Default"));
        xml->writeAttribute(QStringLiteral("Extension"), QLatin1String(extension));
        xml->writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
    }
    for (const Part &part : parts) {
        if (part.contentType.isEmpty())
            continue;
        xml->writeEmptyElement(kContentTypes, QStringLiteral("Override"));
        xml->writeAttribute(QStringLiteral("PartName"), u'/' + part.name);
        xml->writeAttribute(QStringLiteral("ContentType"), part.contentType);
    }
    xml->writeEndElement();
    return xml.finish();
}

QByteArray corePropertiesXml(const Deck &deck)
{
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    Xml xml;
    xml.prefixes({{QStringLiteral("cp"), cp},
                  {QStringLiteral("dc"), dc},
                  {QStringLiteral("dcterms"), terms},
                  {QStringLiteral("xsi"), xsi}});
    xml.open(cp, QStringLiteral("coreProperties"));
    xml.text(dc, QStringLiteral("title"), deck.title);
    xml.text(dc, QStringLiteral("creator"), QStringLiteral("Chart of the Week"));
    xml.text(dc, QStringLiteral("language"), localeFor(deck.language).bcp47Name());
    xml->writeStartElement(terms, QStringLiteral("created"));
    xml->writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    xml->writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.close();
    xml.close();
    return xml.finish();
}

QByteArray appPropertiesXml(int slides)
{
    const QString ep = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    Xml xml;
    xml->writeDefaultNamespace(ep);
    xml.open(ep, QStringLiteral("Properties"));
    xml.text(ep, QStringLiteral("Application"), QStringLiteral("Chart of the Week"));
    xml.text(ep, QStringLiteral("Slides"), QString::number(slides));
    xml.close();
    return xml.finish();
}

QByteArray presentationXml(int slides)
{
    Xml xml;
    rootNamespaces(xml);
    xml.open(kP, QStringLiteral("presentation"), {{QStringLiteral("saveSubsetFonts"), QStringLiteral("1")}});
    xml.open(kP, QStringLiteral("sldMasterIdLst"));
    xml.empty(kP, QStringLiteral("sldMasterId"),
              {{QStringLiteral("id"), QStringLiteral("2147483648")}, {QStringLiteral("r:id"), QStringLiteral("rId1")}});
    xml.close();
    xml.open(kP, QStringLiteral("notesMasterIdLst"));
    xml.empty(kP, QStringLiteral("notesMasterId"), {{QStringLiteral("r:id"), QStringLiteral("rId3")}});
    xml.close();
    xml.open(kP, QStringLiteral("sldIdLst"));
    for (int i = 0; i < slides; ++i)
        xml.empty(kP, QStringLiteral("sldId"),
                  {{QStringLiteral("id"), QString::number(256 + i)},
                   {QStringLiteral("r:id"), QStringLiteral("rId%1").arg(4 + i)}});
    xml.close();
    xml.empty(kP, QStringLiteral("sldSz"),
              {{QStringLiteral("cx"), emu(kSlideWidth)}, {QStringLiteral("cy"), emu(kSlideHeight)}});
    xml.empty(kP, QStringLiteral("notesSz"),
              {{QStringLiteral("cx"), QStringLiteral("6858000")}, {QStringLiteral("cy"), QStringLiteral("9144000")}});
    xml.close();
    return xml.finish();
}

// Zips the parts in memory, [Content_Types].xml first.
std::optional<QByteArray> zipParts(const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError) : nullptr;
    const auto fail = [&](const char *reason) -> std::optional<QByteArray> {
        *error = Text::tr("the deck could not be packed: %1").arg(QString::fromUtf8(reason));
        return std::nullopt;
    };
    if (!archive) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        if (buffer)
            zip_source_free(buffer);
        *error = Text::tr("the deck could not be packed: %1").arg(reason);
        return std::nullopt;
    }
    zip_error_fini(&zipError);
    zip_source_keep(buffer);
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t *)> bufferOwner(buffer, zip_source_free);
    for (const auto &[name, bytes] : files) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            const QByteArray reason = zip_strerror(archive);
            zip_discard(archive);
            return fail(reason.constData());
        }
    }
    if (zip_close(archive) < 0) {
        const QByteArray reason = zip_strerror(archive);
        zip_discard(archive);
        return fail(reason.constData());
    }
    if (zip_source_open(buffer) < 0)
        return fail("the packed data cannot be read");
    QByteArray result;
    char chunk[65536];
    for (zip_int64_t n; (n = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
        result.append(chunk, n);
    zip_source_close(buffer);
    return result;
}

} // namespace

std::optional<QByteArray> writeDeck(const Deck &original, QString *error)
{
    QString ignored;
    QString *reason = error ? error : &ignored;
    Deck deck = original;
    // Control characters from data would make the XML invalid: they are made visible.
    const auto clean = [](QString &text) {
        text = visibleText(text);
    };
    clean(deck.title);
    for (DeckSlide &slide : deck.slides) {
        clean(slide.title);
        clean(slide.subtitle);
        clean(slide.source);
        for (QString &text : slide.paragraphs)
            clean(text);
        for (QString &text : slide.notes)
            clean(text);
        for (QString &text : slide.footnotes)
            clean(text);
        if (slide.chart) {
            for (QString &text : slide.chart->categories)
                clean(text);
            for (DeckChart::Series &series : slide.chart->series)
                clean(series.name);
        }
    }
    if (deck.slides.isEmpty()) {
        *reason = Text::tr("the deck has no slides");
        return std::nullopt;
    }

    QList<Part> parts;
    parts.append(
        {QStringLiteral("ppt/presentation.xml"),
         kPresentationMl + QStringLiteral("presentation.main+xml"),
         presentationXml(int(deck.slides.size())),
         {{relationshipType(QStringLiteral("slideMaster")), QStringLiteral("slideMasters/slideMaster1.xml")},
          {relationshipType(QStringLiteral("theme")), QStringLiteral("theme/theme1.xml")},
          {relationshipType(QStringLiteral("notesMaster")), QStringLiteral("notesMasters/notesMaster1.xml")}}});
    parts.append(
        {QStringLiteral("ppt/slideMasters/slideMaster1.xml"),
         kPresentationMl + QStringLiteral("slideMaster+xml"),
         masterXml(deck),
         {{relationshipType(QStringLiteral("slideLayout")), QStringLiteral("../slideLayouts/slideLayout1.xml")},
          {relationshipType(QStringLiteral("theme")), QStringLiteral("../theme/theme1.xml")}}});
    parts.append(
        {QStringLiteral("ppt/slideLayouts/slideLayout1.xml"),
         kPresentationMl + QStringLiteral("slideLayout+xml"),
         layoutXml(),
         {{relationshipType(QStringLiteral("slideMaster")), QStringLiteral("../slideMasters/slideMaster1.xml")}}});
    const QString themeType = QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml");
    parts.append({QStringLiteral("ppt/theme/theme1.xml"), themeType, themeXml(deck), {}});
    parts.append({QStringLiteral("ppt/theme/theme2.xml"), themeType, themeXml(deck), {}});
    parts.append({QStringLiteral("ppt/notesMasters/notesMaster1.xml"),
                  kPresentationMl + QStringLiteral("notesMaster+xml"),
                  notesXml(deck, {}, true),
                  {{relationshipType(QStringLiteral("theme")), QStringLiteral("../theme/theme2.xml")}}});
    if (!deck.logoPng.isEmpty() && validateLogoPng(deck.logoPng))
        deck.logoPng.clear();
    if (!deck.logoPng.isEmpty())
        parts.append({QStringLiteral("ppt/media/logo.png"), QString(), deck.logoPng, {}});
    int charts = 0;
    for (int i = 0; i < deck.slides.size(); ++i) {
        const DeckSlide &slide = deck.slides.at(i);
        const QString number = QString::number(i + 1);
        const QString slideName = QStringLiteral("ppt/slides/slide%1.xml").arg(number);
        parts[0].relationships.append(
            {relationshipType(QStringLiteral("slide")), QStringLiteral("slides/slide%1.xml").arg(number)});
        const bool titleSlide = i == 0 && deck.titleSlide;
        const bool chart = slide.chart && !titleSlide;
        // rId1 the layout, rId2 the chart, then the logo and the notes.
        const QString logoRelationship =
            deck.logoPng.isEmpty() ? QString() : QStringLiteral("rId%1").arg(chart ? 3 : 2);
        Part slidePart{
            slideName,
            kPresentationMl + QStringLiteral("slide+xml"),
            slideXml(deck, slide, titleSlide, logoRelationship),
            {{relationshipType(QStringLiteral("slideLayout")), QStringLiteral("../slideLayouts/slideLayout1.xml")}}};
        if (chart) {
            const QString chartNumber = QString::number(++charts);
            const std::optional<QByteArray> workbook = chartWorkbook(*slide.chart, reason);
            if (!workbook)
                return std::nullopt;
            const QString workbookName =
                QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(chartNumber);
            parts.append({workbookName, QString(), *workbook, {}});
            parts.append({QStringLiteral("ppt/charts/chart%1.xml").arg(chartNumber),
                          QStringLiteral("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"),
                          chartXml(deck, *slide.chart),
                          {{relationshipType(QStringLiteral("package")),
                            QStringLiteral("../embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(chartNumber)}}});
            slidePart.relationships.append(
                {relationshipType(QStringLiteral("chart")), QStringLiteral("../charts/chart%1.xml").arg(chartNumber)});
        }
        if (!logoRelationship.isEmpty())
            slidePart.relationships.append(
                {relationshipType(QStringLiteral("image")), QStringLiteral("../media/logo.png")});
        slidePart.relationships.append({relationshipType(QStringLiteral("notesSlide")),
                                        QStringLiteral("../notesSlides/notesSlide%1.xml").arg(number)});
        parts.append(slidePart);
        parts.append(
            {QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(number),
             kPresentationMl + QStringLiteral("notesSlide+xml"),
             notesXml(deck, slide.notes, false),
             {{relationshipType(QStringLiteral("notesMaster")), QStringLiteral("../notesMasters/notesMaster1.xml")},
              {relationshipType(QStringLiteral("slide")), QStringLiteral("../slides/slide%1.xml").arg(number)}}});
    }
    parts.append({QStringLiteral("docProps/core.xml"),
                  QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"),
                  corePropertiesXml(deck),
                  {}});
    parts.append({QStringLiteral("docProps/app.xml"),
                  QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"),
                  appPropertiesXml(int(deck.slides.size())),
                  {}});

    QList<std::pair<QString, QByteArray>> files;
    files.append({QStringLiteral("[Content_Types].xml"), contentTypesXml(parts)});
    files.append(
        {QStringLiteral("_rels/.rels"),
         relationshipsXml(
             {{relationshipType(QStringLiteral("officeDocument")), QStringLiteral("ppt/presentation.xml")},
              {QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
               QStringLiteral("docProps/core.xml")},
              {relationshipType(QStringLiteral("extended-properties")), QStringLiteral("docProps/app.xml")}})});
    for (const Part &part : parts) {
        files.append({part.name, part.bytes});
        if (!part.relationships.isEmpty())
            files.append({relationshipsPartName(part.name), relationshipsXml(part.relationships)});
    }
    return zipParts(files, reason);
}

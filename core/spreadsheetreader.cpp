// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/spreadsheetreader.h"

#include "core/importlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <orcus/exception.hpp>
#include <orcus/orcus_ods.hpp>
#include <orcus/orcus_xlsx.hpp>
#include <orcus/spreadsheet/import_interface.hpp>
#include <zip.h>

#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

namespace iface = orcus::spreadsheet::iface;
namespace ss = orcus::spreadsheet;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)
};

// Thrown from orcus's callbacks when a limit is passed; caught at the top, where the
// message of the limit is made in the caller's message language.
struct ReadError
{
    QString message;
    QString (*limitMessage)(Language messageLanguage) = nullptr; ///< Set for a limit passed.
};

[[noreturn]] void fail(const QString &message)
{
    throw ReadError{message};
}

[[noreturn]] void fail(QString (*limitMessage)(Language messageLanguage))
{
    throw ReadError{QString(), limitMessage};
}

QString cellTextTooLongMessage(Language messageLanguage)
{
    return textTooLongMessage(ImportLimits::kTextLength, messageLanguage);
}

// A relationship target written as an absolute path ("/xl/worksheets/sheet1.xml", as openpyxl
// and pandas write them; orcus 0.17 finds only relative ones), made relative to the folder of
// the part the relationships part belongs to.
QString relativeTarget(const QString &target, const QByteArray &partName)
{
    // "xl/_rels/workbook.xml.rels" belongs to "xl/workbook.xml": its targets are relative to "xl/".
    const QString folder = QString::fromUtf8(partName.left(partName.lastIndexOf("_rels/")));
    const QStringView path = QStringView(target).mid(1);
    if (path.startsWith(folder))
        return path.mid(folder.size()).toString();
    return QStringLiteral("../").repeated(folder.count(u'/')) + path;
}

// Rewrites one XML part of the archive for orcus. Debian's orcus 0.17 is built with assertions
// and ends the process on XML its own parser doesn't expect (a truncated attribute, an
// attribute value running to the end of the part: found by fuzz_spreadsheet), so orcus never
// sees the file's XML: QXmlStreamReader reads it, and orcus gets the same elements, attributes
// and text written by QXmlStreamWriter (UTF-8, double quotes, no comments, processing
// instructions or DTD). On the way, what orcus would misread or trip over is changed:
// - absolute relationship targets are made relative;
// - XLSX inline strings (t="inlineStr", skipped by orcus) become string formula cells with
//   the same text (rich text runs joined, phonetic runs left out);
// - ODS percentage cells (skipped by orcus) become number cells; the percent format stays on
//   the cell's style;
// - ODS row properties outside a style of the family table-row, and column properties outside
//   one of the family table-column (an assertion or a null write in orcus), are refused;
// - so is an ODS style (style:style) without the name or the family ODF requires of it
//   (orcus reads a null pointer at the next table column: found by fuzz_spreadsheet);
// - an ODS style of a family orcus doesn't read (chart, drawing-page, presentation, ruby,
//   section, or none ODF knows) is left out with its content: a table column using it made
//   orcus read a null pointer (found by fuzz_spreadsheet). Nothing in them is survey data.
// Malformed XML is refused as damaged, naming the part, line and column.
QByteArray orcusXmlPart(const QByteArray &xml, const QByteArray &partName)
{
    static const QString styleNamespace = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    static const QString officeNamespace = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    static const QList<QStringView> orcusStyleFamilies = {u"graphic",      u"paragraph", u"table", u"table-cell",
                                                          u"table-column", u"table-row", u"text"};
    const bool relationships = partName.endsWith(".rels");
    const bool worksheet = partName.startsWith("xl/worksheets/");
    const auto damaged = [&](const QXmlStreamReader &reader, const QString &detail) {
        QString place = QStringLiteral("%1:%2:%3")
                            .arg(QString::fromUtf8(partName))
                            .arg(reader.lineNumber())
                            .arg(reader.columnNumber());
        if (!detail.isEmpty())
            place += QStringLiteral(": ") + detail;
        fail(Text::tr("The spreadsheet is damaged and can't be read (%1).").arg(place));
    };

    QXmlStreamReader reader(xml);
    QByteArray result;
    result.reserve(xml.size());
    QXmlStreamWriter writer(&result);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    QList<QString> families; // of the open elements: the style family, or empty outside a style
    int inlineCellDepth = 0; // > 0 inside an inline-string cell: its depth below the <c>
    int phoneticDepth = 0;   // > 0 inside a phonetic run (<rPh>) of an inline-string cell
    bool inText = false;     // inside a <t> of an inline-string cell
    QString inlineText;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = reader.name();
            if (inlineCellDepth > 0) { // the cell's content is written at its end, as one text
                ++inlineCellDepth;
                if (name == u"rPh" || phoneticDepth > 0)
                    ++phoneticDepth;
                inText = phoneticDepth == 0 && name == u"t";
                continue;
            }
            const bool style = reader.namespaceUri() == styleNamespace;
            if (style && (name == u"table-row-properties" || name == u"table-column-properties")) {
                const QString needed =
                    name.startsWith(u"table-row") ? QStringLiteral("table-row") : QStringLiteral("table-column");
                if (families.isEmpty() || families.constLast() != needed)
                    damaged(reader, QString());
            }
            if (style && name == u"style" &&
                (reader.attributes().value(styleNamespace, QStringLiteral("name")).isEmpty() ||
                 reader.attributes().value(styleNamespace, QStringLiteral("family")).isEmpty()))
                damaged(reader, Text::tr("a style without a name or a family"));
            if (style && name == u"style" &&
                !orcusStyleFamilies.contains(reader.attributes().value(styleNamespace, QStringLiteral("family")))) {
                reader.skipCurrentElement(); // a chart, section, ruby … style: nothing a survey table needs
                continue;
            }
            families.append(style && (name == u"style" || name == u"default-style")
                                ? reader.attributes().value(styleNamespace, QStringLiteral("family")).toString()
                                : QString());
            const bool inlineCell =
                worksheet && name == u"c" && reader.attributes().value(QStringLiteral("t")) == u"inlineStr";
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations())
                writer.writeAttribute(declaration.prefix().isEmpty() ? QStringLiteral("xmlns")
                                                                     : u"xmlns:" + declaration.prefix(),
                                      declaration.namespaceUri().toString());
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) { // const: no copy of the list
                QString value = attribute.value().toString();
                if (inlineCell && attribute.qualifiedName() == u"t")
                    value = QStringLiteral("str");
                else if (relationships && attribute.qualifiedName() == u"Target" && value.startsWith(u'/'))
                    value = relativeTarget(value, partName);
                else if (attribute.namespaceUri() == officeNamespace && attribute.name() == u"value-type" &&
                         value == u"percentage")
                    value = QStringLiteral("float");
                writer.writeAttribute(attribute.qualifiedName().toString(), value);
            }
            if (inlineCell) {
                inlineCellDepth = 1;
                inlineText.clear();
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (inlineCellDepth > 1) {
                --inlineCellDepth;
                if (phoneticDepth > 0)
                    --phoneticDepth;
                inText = false;
                continue;
            }
            if (inlineCellDepth == 1) {
                inlineCellDepth = 0;
                writer.writeTextElement(QStringLiteral("f"), QStringLiteral("T(0)"));
                writer.writeTextElement(QStringLiteral("v"), inlineText);
            }
            if (!families.isEmpty())
                families.removeLast();
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (inlineCellDepth > 0) {
                if (inText)
                    inlineText += reader.text();
                if (inlineText.size() > ImportLimits::kTextLength)
                    fail(cellTextTooLongMessage);
            } else {
                writer.writeCharacters(reader.text().toString());
            }
            break;
        default: // the declaration, comments, processing instructions, a DTD: not for orcus
            break;
        }
    }
    if (reader.hasError())
        damaged(reader, reader.errorString());
    writer.writeEndDocument();
    return result;
}

// Checks the archive before orcus unpacks anything and returns the archive orcus reads: the
// sizes its central directory declares (libzip) and its number of parts are checked first
// (orcus inflates each part into a buffer of its declared size, so a ZIP bomb is stopped here
// whatever its compressed data would grow to); then every part that is XML is rewritten by
// orcusXmlPart() into a new archive, stored uncompressed. Other parts (pictures, thumbnails)
// are left out, as orcus reads none of them, except ODS's plain-text "mimetype".
QByteArray checkedArchive(const QByteArray &bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_t *zip = nullptr;
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source)
        zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (source && !zip)
        zip_source_free(source);
    zip_error_fini(&error);
    if (!zip)
        fail(Text::tr("The file is not a spreadsheet: it is not a ZIP archive, or the archive is damaged."));
    const std::unique_ptr<zip_t, void (*)(zip_t *)> zipOwner(zip, zip_discard);
    const zip_int64_t entries = zip_get_num_entries(zip, 0);
    if (entries > ImportLimits::kArchiveParts)
        fail(tooManyPartsMessage);
    zip_uint64_t declared = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
            declared += stat.size;
        if (declared > zip_uint64_t(ImportLimits::kUncompressedBytes))
            fail(uncompressedTooLargeMessage);
    }

    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *copy = target ? zip_open_from_source(target, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    if (!copy) {
        zip_source_free(target);
        fail(Text::tr("Not enough memory to read the file."));
    }
    zip_source_keep(target); // read after zip_close()
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t *)> targetOwner(target, zip_source_free);
    std::unique_ptr<zip_t, void (*)(zip_t *)> copyOwner(copy, zip_discard);
    std::vector<QByteArray> parts; // the rewritten parts, read by zip_close()
    parts.reserve(std::size_t(entries));
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) ||
            !(stat.valid & ZIP_STAT_SIZE))
            continue;
        const QByteArray name(stat.name);
        if (name.isEmpty() || name.endsWith('/'))
            continue; // a folder
        const std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(zip_fopen_index(zip, zip_uint64_t(i), 0),
                                                                      zip_fclose);
        QByteArray part(qsizetype(stat.size), Qt::Uninitialized);
        char beyond; // reading at the end makes libzip compare the part's checksum
        if (!file || zip_fread(file.get(), part.data(), stat.size) != zip_int64_t(stat.size) ||
            zip_fread(file.get(), &beyond, 1) != 0)
            fail(Text::tr("The spreadsheet is damaged and can't be read (%1).")
                     .arg(QString::fromUtf8(name) + QStringLiteral(": ") +
                          QString::fromUtf8(file ? zip_file_strerror(file.get()) : zip_strerror(zip))));
        const bool xml = name.endsWith(".xml") || name.endsWith(".rels");
        if (xml || part.trimmed().startsWith('<'))
            parts.push_back(orcusXmlPart(part, name));
        else if (name == "mimetype")
            parts.push_back(part);
        else
            continue;
        zip_source_t *data = zip_source_buffer(copy, parts.back().constData(), zip_uint64_t(parts.back().size()), 0);
        const zip_int64_t added = data ? zip_file_add(copy, name.constData(), data, ZIP_FL_OVERWRITE) : -1;
        if (added < 0) {
            zip_source_free(data);
            fail(Text::tr("The spreadsheet is damaged and can't be read (%1).").arg(QString::fromUtf8(name)));
        }
        zip_set_file_compression(copy, zip_uint64_t(added), ZIP_CM_STORE, 0);
    }
    // A failed close leaves the archive open, so it stays owned (and discarded) until then.
    if (zip_close(copyOwner.get()) != 0)
        fail(Text::tr("The spreadsheet is damaged and can't be read (%1).")
                 .arg(QString::fromUtf8(zip_strerror(copyOwner.get()))));
    copyOwner.release(); // closed and freed by zip_close()
    if (zip_source_open(target) != 0)
        fail(Text::tr("Not enough memory to read the file."));
    QByteArray rewritten;
    rewritten.reserve(bytes.size());
    char chunk[64 * 1024];
    for (zip_int64_t got; (got = zip_source_read(target, chunk, sizeof chunk)) > 0;)
        rewritten.append(chunk, qsizetype(got));
    zip_source_close(target);
    return rewritten;
}

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A number format code shows a percentage when it has a "%" outside quotes and escapes.
bool isPercentFormat(std::string_view code)
{
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\\' || c == '_' || c == '*'))
            ++i; // the next character is literal, or a padding character
        else if (!quoted && c == '%')
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// What orcus reports, kept as far as the import needs it: texts, number formats, cells.

class SharedStrings final : public iface::import_shared_strings
{
public:
    const QString &at(std::size_t index) const
    {
        static const QString none;
        return index < m_strings.size() ? m_strings[index] : none;
    }

    std::size_t append(std::string_view s) override
    {
        m_strings.push_back(checked(fromUtf8(s)));
        return m_strings.size() - 1;
    }
    std::size_t add(std::string_view s) override
    {
        const QString text = fromUtf8(s);
        if (const auto found = m_index.find(text); found != m_index.end())
            return found->second;
        m_strings.push_back(checked(text));
        m_index.emplace(text, m_strings.size() - 1);
        return m_strings.size() - 1;
    }
    void set_segment_font(std::size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void append_segment(std::string_view s) override
    {
        m_segments += fromUtf8(s);
        checked(m_segments);
    }
    std::size_t commit_segments() override
    {
        m_strings.push_back(m_segments);
        m_segments.clear();
        return m_strings.size() - 1;
    }

private:
    static const QString &checked(const QString &text)
    {
        if (text.size() > ImportLimits::kTextLength)
            fail(cellTextTooLongMessage);
        return text;
    }

    std::vector<QString> m_strings;
    std::map<QString, std::size_t> m_index;
    QString m_segments;
};

// Only which cell formats show percentages. XLSX names a number format by its id (9 and 10
// are the built-in "0%" and "0.00%"); ODS by the index commit_number_format() returned.
class Styles final : public iface::import_styles
{
public:
    // ODS: orcus 0.17 numbers the cell styles of content.xml and styles.xml in one sequence
    // with the cell formats (commit_cell_style_xf() and commit_cell_xf() alike), as the
    // indexes it passes to set_format() show; XLSX keeps cellXfs apart.
    explicit Styles(SpreadsheetFormat format)
        : m_format(format)
    {}

    bool isPercent(std::size_t cellFormat) const
    {
        if (cellFormat >= m_cellFormats.size())
            return false;
        const std::size_t format = m_cellFormats[cellFormat];
        if (!m_byIdentifier.empty() || format == 9 || format == 10) {
            if (format == 9 || format == 10)
                return true;
            const auto found = m_byIdentifier.find(format);
            return found != m_byIdentifier.end() && found->second;
        }
        return format < m_byIndex.size() && m_byIndex[format];
    }

    void set_font_count(std::size_t) override {}
    void set_font_bold(bool) override {}
    void set_font_italic(bool) override {}
    void set_font_name(std::string_view) override {}
    void set_font_size(double) override {}
    void set_font_underline(ss::underline_t) override {}
    void set_font_underline_width(ss::underline_width_t) override {}
    void set_font_underline_mode(ss::underline_mode_t) override {}
    void set_font_underline_type(ss::underline_type_t) override {}
    void set_font_underline_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void set_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void set_strikethrough_style(ss::strikethrough_style_t) override {}
    void set_strikethrough_type(ss::strikethrough_type_t) override {}
    void set_strikethrough_width(ss::strikethrough_width_t) override {}
    void set_strikethrough_text(ss::strikethrough_text_t) override {}
    std::size_t commit_font() override { return m_fonts++; }
    void set_fill_count(std::size_t) override {}
    void set_fill_pattern_type(ss::fill_pattern_t) override {}
    void set_fill_fg_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    void set_fill_bg_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t) override {}
    std::size_t commit_fill() override { return m_fills++; }
    void set_border_count(std::size_t) override {}
    void set_border_style(ss::border_direction_t, ss::border_style_t) override {}
    void set_border_color(ss::border_direction_t, ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                          ss::color_elem_t) override
    {}
    void set_border_width(ss::border_direction_t, double, orcus::length_unit_t) override {}
    std::size_t commit_border() override { return m_borders++; }
    void set_cell_hidden(bool) override {}
    void set_cell_locked(bool) override {}
    void set_cell_print_content(bool) override {}
    void set_cell_formula_hidden(bool) override {}
    std::size_t commit_cell_protection() override { return m_protections++; }

    void set_number_format_count(std::size_t) override {}
    void set_number_format_identifier(std::size_t id) override { m_identifier = id; }
    void set_number_format_code(std::string_view code) override { m_percent = isPercentFormat(code); }
    std::size_t commit_number_format() override
    {
        if (m_identifier)
            m_byIdentifier[*m_identifier] = m_percent;
        m_byIndex.push_back(m_percent);
        m_identifier.reset();
        m_percent = false;
        return m_byIndex.size() - 1;
    }

    void set_cell_xf_count(std::size_t) override {}
    void set_cell_style_xf_count(std::size_t) override {}
    void set_dxf_count(std::size_t) override {}
    void set_xf_font(std::size_t) override {}
    void set_xf_fill(std::size_t) override {}
    void set_xf_border(std::size_t) override {}
    void set_xf_protection(std::size_t) override {}
    void set_xf_number_format(std::size_t index) override { m_xfNumberFormat = index; }
    void set_xf_style_xf(std::size_t) override {}
    void set_xf_apply_alignment(bool) override {}
    void set_xf_horizontal_alignment(ss::hor_alignment_t) override {}
    void set_xf_vertical_alignment(ss::ver_alignment_t) override {}
    std::size_t commit_cell_xf() override
    {
        m_cellFormats.push_back(m_xfNumberFormat);
        m_xfNumberFormat = 0;
        return m_cellFormats.size() - 1;
    }
    std::size_t commit_cell_style_xf() override
    {
        if (m_format == SpreadsheetFormat::Ods)
            return commit_cell_xf();
        m_xfNumberFormat = 0;
        return m_styleFormats++;
    }
    std::size_t commit_dxf() override
    {
        m_xfNumberFormat = 0;
        return m_dxfs++;
    }
    void set_cell_style_count(std::size_t) override {}
    void set_cell_style_name(std::string_view) override {}
    void set_cell_style_xf(std::size_t) override {}
    void set_cell_style_builtin(std::size_t) override {}
    void set_cell_style_parent_name(std::string_view) override {}
    std::size_t commit_cell_style() override { return m_cellStyles++; }

private:
    SpreadsheetFormat m_format;
    std::vector<std::size_t> m_cellFormats; // cell format → number format (id or index)
    std::map<std::size_t, bool> m_byIdentifier;
    std::vector<bool> m_byIndex;
    std::optional<std::size_t> m_identifier;
    bool m_percent = false;
    std::size_t m_xfNumberFormat = 0;
    std::size_t m_fonts = 0, m_fills = 0, m_borders = 0, m_protections = 0;
    std::size_t m_styleFormats = 0, m_dxfs = 0, m_cellStyles = 0;
};

class SheetReader;

// A formula cell: its saved result becomes the cell (no formula is calculated here).
class FormulaReader final : public iface::import_formula
{
public:
    explicit FormulaReader(SheetReader *sheet)
        : m_sheet(sheet)
    {}
    void set_position(ss::row_t row, ss::col_t col) override
    {
        m_row = row;
        m_column = col;
        m_cell = SheetCell{SheetCell::Kind::MissingResult, 0, false, true, {}};
    }
    void set_formula(ss::formula_grammar_t, std::string_view) override {}
    void set_shared_formula_index(std::size_t) override {}
    void set_result_string(std::string_view value) override
    {
        m_cell.kind = SheetCell::Kind::Text;
        m_cell.text = fromUtf8(value);
    }
    void set_result_value(double value) override
    {
        if (std::isnan(value))
            return; // orcus 0.17's "no saved result"
        m_cell.kind = SheetCell::Kind::Number;
        m_cell.number = value;
    }
    void set_result_bool(bool value) override
    {
        m_cell.kind = SheetCell::Kind::Boolean;
        m_cell.number = value ? 1 : 0;
    }
    void set_result_empty() override { m_cell.kind = SheetCell::Kind::Empty; }
    void commit() override;

private:
    SheetReader *m_sheet;
    ss::row_t m_row = 0;
    ss::col_t m_column = 0;
    SheetCell m_cell;
};

class SheetProperties final : public iface::import_sheet_properties
{
public:
    explicit SheetProperties(Sheet *sheet, std::map<int, bool> *hiddenRows)
        : m_sheet(sheet)
        , m_hiddenRows(hiddenRows)
    {}
    void set_column_width(ss::col_t, double, orcus::length_unit_t) override {}
    void set_column_hidden(ss::col_t col, bool hidden) override
    {
        if (hidden && col >= 0 && col < ImportLimits::kColumns && !m_sheet->hiddenColumns.contains(col + 1))
            m_sheet->hiddenColumns.append(col + 1);
    }
    void set_row_height(ss::row_t, double, orcus::length_unit_t) override {}
    void set_row_hidden(ss::row_t row, bool hidden) override
    {
        if (row >= 0 && row < ImportLimits::kRows)
            (*m_hiddenRows)[row + 1] = hidden;
    }
    void set_merge_cell_range(const ss::range_t &range) override
    {
        if (m_sheet->merges.size() >= ImportLimits::kRows)
            fail(tooManyRowsMessage);
        m_sheet->merges.append(
            CellRange{range.first.row + 1, range.first.column + 1, range.last.row + 1, range.last.column + 1});
    }

private:
    Sheet *m_sheet;
    std::map<int, bool> *m_hiddenRows;
};

// One sheet as orcus reports it, with the limits checked cell by cell.
class SheetReader final : public iface::import_sheet
{
public:
    SheetReader(QString name, const SharedStrings *strings, const Styles *styles, qint64 *cells)
        : m_strings(strings)
        , m_styles(styles)
        , m_cellCount(cells)
        , m_formula(this)
        , m_properties(&m_sheet, &m_hiddenRows)
    {
        m_sheet.name = std::move(name);
    }

    iface::import_sheet_properties *get_sheet_properties() override { return &m_properties; }
    iface::import_formula *get_formula() override { return &m_formula; }

    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override
    {
        put(row, col, SheetCell{SheetCell::Kind::Text, 0, false, false, fromUtf8(s)});
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t sindex) override
    {
        put(row, col, SheetCell{SheetCell::Kind::Text, 0, false, false, m_strings->at(sindex)});
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override
    {
        put(row, col, SheetCell{SheetCell::Kind::Number, value, false, false, {}});
    }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override
    {
        put(row, col, SheetCell{SheetCell::Kind::Boolean, value ? 1.0 : 0.0, false, false, {}});
    }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour, int minute,
                       double second) override
    {
        QString text = QStringLiteral("%1-%2-%3")
                           .arg(year, 4, 10, QChar(u'0'))
                           .arg(month, 2, 10, QChar(u'0'))
                           .arg(day, 2, 10, QChar(u'0'));
        if (hour || minute || second)
            text += QStringLiteral(" %1:%2:%3")
                        .arg(hour, 2, 10, QChar(u'0'))
                        .arg(minute, 2, 10, QChar(u'0'))
                        .arg(int(second), 2, 10, QChar(u'0'));
        put(row, col, SheetCell{SheetCell::Kind::Text, 0, false, false, text});
    }
    // The styles may come after the sheets (XLSX): the cell formats are looked at in take().
    void set_format(ss::row_t row, ss::col_t col, std::size_t xf) override
    {
        if (row >= 0 && row < ImportLimits::kRows && col >= 0 && col < ImportLimits::kColumns)
            m_cellFormats[{row, col}] = xf;
    }
    void set_format(ss::row_t rowStart, ss::col_t colStart, ss::row_t rowEnd, ss::col_t colEnd, std::size_t xf) override
    {
        if (m_formatRanges.size() >= std::size_t(ImportLimits::kRows))
            fail(tooManyRowsMessage);
        m_formatRanges.push_back({ss::range_t{{rowStart, colStart}, {rowEnd, colEnd}}, xf});
    }
    void fill_down_cells(ss::row_t row, ss::col_t col, ss::row_t size) override
    {
        const auto found = m_rows.find(row + 1);
        if (found == m_rows.end() || col >= found->second.cells.size())
            return;
        const SheetCell cell = found->second.cells.at(col);
        for (ss::row_t i = 1; i <= size; ++i)
            put(row + i, col, cell);
    }
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }

    void put(ss::row_t row, ss::col_t col, SheetCell cell)
    {
        if (cell.kind == SheetCell::Kind::Empty)
            return;
        if (row < 0 || row >= ImportLimits::kRows)
            fail(tooManyRowsMessage);
        if (col < 0 || col >= ImportLimits::kColumns)
            fail(tooManyColumnsMessage);
        if (cell.text.size() > ImportLimits::kTextLength)
            fail(cellTextTooLongMessage);
        if (++*m_cellCount > ImportLimits::kSheetCells)
            fail(tooManyCellsMessage);
        SheetRow &sheetRow = m_rows[row + 1];
        if (sheetRow.cells.size() <= col)
            sheetRow.cells.resize(col + 1);
        sheetRow.cells[col] = std::move(cell);
    }

    // The sheet, rows in order, with percent formats and hidden rows applied.
    Sheet take()
    {
        for (auto &[number, row] : m_rows) {
            row.row = number;
            const auto hidden = m_hiddenRows.find(number);
            row.hidden = hidden != m_hiddenRows.end() && hidden->second;
            for (int col = 0; col < row.cells.size(); ++col) {
                SheetCell &cell = row.cells[col];
                if (cell.kind == SheetCell::Kind::Number)
                    cell.percent = isPercentCell(number - 1, col);
            }
            m_sheet.rows.append(std::move(row));
        }
        m_rows.clear();
        return std::move(m_sheet);
    }

private:
    // A cell's own format, else the last range format that covers it (ODS column and row styles).
    bool isPercentCell(ss::row_t row, ss::col_t col) const
    {
        if (const auto found = m_cellFormats.find({row, col}); found != m_cellFormats.end())
            return m_styles->isPercent(found->second);
        for (auto range = m_formatRanges.crbegin(); range != m_formatRanges.crend(); ++range) {
            if (row >= range->first.first.row && row <= range->first.last.row && col >= range->first.first.column &&
                col <= range->first.last.column)
                return m_styles->isPercent(range->second);
        }
        return false;
    }

    const SharedStrings *m_strings;
    const Styles *m_styles;
    qint64 *m_cellCount;
    FormulaReader m_formula;
    Sheet m_sheet;
    std::map<int, bool> m_hiddenRows;
    SheetProperties m_properties;
    std::map<int, SheetRow> m_rows;
    std::map<std::pair<ss::row_t, ss::col_t>, std::size_t> m_cellFormats;
    std::vector<std::pair<ss::range_t, std::size_t>> m_formatRanges;
};

void FormulaReader::commit()
{
    m_sheet->put(m_row, m_column, m_cell);
}

// Cell addresses as the XLSX parts write them ("A1", "$B$7", "A1:D4"; a sheet name before "!"
// is left out): orcus asks for them when it reads a sheet's dimension, merges and formulas.
class ReferenceResolver final : public iface::import_reference_resolver
{
public:
    ss::src_address_t resolve_address(std::string_view address) override
    {
        if (const std::size_t bang = address.rfind('!'); bang != std::string_view::npos)
            address.remove_prefix(bang + 1);
        ss::src_address_t result{0, 0, 0};
        std::size_t i = 0;
        long column = 0;
        long row = 0;
        if (i < address.size() && address[i] == '$')
            ++i;
        const std::size_t lettersFrom = i;
        for (; i < address.size() && address[i] >= 'A' && address[i] <= 'Z' && column <= 1'000'000; ++i)
            column = column * 26 + (address[i] - 'A' + 1);
        const bool letters = i > lettersFrom;
        if (i < address.size() && address[i] == '$')
            ++i;
        const std::size_t digitsFrom = i;
        for (; i < address.size() && address[i] >= '0' && address[i] <= '9' && row <= 100'000'000; ++i)
            row = row * 10 + (address[i] - '0');
        if (!letters || i == digitsFrom || i != address.size() || row < 1)
            throw orcus::invalid_arg_error("not a cell address: " + std::string(address.substr(0, 40)));
        result.row = ss::row_t(row - 1);
        result.column = ss::col_t(column - 1);
        return result;
    }
    ss::src_range_t resolve_range(std::string_view range) override
    {
        const std::size_t colon = range.find(':');
        if (colon == std::string_view::npos) {
            const ss::src_address_t cell = resolve_address(range);
            return {cell, cell};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

class Factory final : public iface::import_factory
{
public:
    explicit Factory(SpreadsheetFormat format)
        : m_styles(format)
    {}

    iface::import_reference_resolver *get_reference_resolver(ss::formula_ref_context_t) override { return &m_resolver; }
    iface::import_shared_strings *get_shared_strings() override { return &m_strings; }
    iface::import_styles *get_styles() override { return &m_styles; }
    iface::import_sheet *append_sheet(ss::sheet_t, std::string_view name) override
    {
        if (m_sheets.size() >= std::size_t(ImportLimits::kArchiveParts))
            fail(tooManyPartsMessage);
        m_sheets.push_back(std::make_unique<SheetReader>(fromUtf8(name), &m_strings, &m_styles, &m_cells));
        m_names.push_back(std::string(name));
        return m_sheets.back().get();
    }
    iface::import_sheet *get_sheet(std::string_view name) override
    {
        for (std::size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == name)
                return m_sheets[i].get();
        }
        return nullptr;
    }
    iface::import_sheet *get_sheet(ss::sheet_t index) override
    {
        return index >= 0 && std::size_t(index) < m_sheets.size() ? m_sheets[std::size_t(index)].get() : nullptr;
    }
    void finalize() override {}

    QList<Sheet> takeSheets()
    {
        QList<Sheet> sheets;
        for (const auto &sheet : m_sheets)
            sheets.append(sheet->take());
        return sheets;
    }

private:
    SharedStrings m_strings;
    Styles m_styles;
    ReferenceResolver m_resolver;
    std::vector<std::unique_ptr<SheetReader>> m_sheets;
    std::vector<std::string> m_names;
    qint64 m_cells = 0;
};

} // namespace

SpreadsheetReadResult readSpreadsheet(const QByteArray &bytes, SpreadsheetFormat format, Language messageLanguage)
{
    SpreadsheetReadResult result;
    try {
        const QByteArray archive = checkedArchive(bytes);
        Factory factory(format);
        const std::string_view stream(archive.constData(), std::size_t(archive.size()));
        if (format == SpreadsheetFormat::Xlsx)
            orcus::orcus_xlsx(&factory).read_stream(stream);
        else
            orcus::orcus_ods(&factory).read_stream(stream);
        result.sheets = factory.takeSheets();
        if (result.sheets.isEmpty())
            result.error = Text::tr("The spreadsheet has no sheet.");
    } catch (const ReadError &error) {
        result.sheets.clear();
        result.error = error.limitMessage ? error.limitMessage(messageLanguage) : error.message;
    } catch (const std::bad_alloc &) {
        result.sheets.clear();
        result.error = Text::tr("Not enough memory to read the file.");
    } catch (const std::exception &error) { // orcus: a damaged archive or part, malformed XML
        result.sheets.clear();
        result.error = Text::tr("The spreadsheet is damaged and can't be read (%1).")
                           .arg(QString::fromLocal8Bit(error.what()).left(200));
    }
    return result;
}

QString spreadsheetColumnName(int column)
{
    QString name;
    for (int n = column; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString spreadsheetCellAddress(const QString &sheet, int row, int column)
{
    const QString cell = column > 0 ? spreadsheetColumnName(column) + QString::number(row)
                                    : QStringLiteral("%1:%1").arg(row); // the whole row, as Excel writes it
    if (sheet.isEmpty())
        return cell;
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_.]*$"));
    const QString quoted =
        plain.match(sheet).hasMatch() ? sheet : u'\'' + QString(sheet).replace(u'\'', QStringLiteral("''")) + u'\'';
    return quoted + u'!' + cell;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "fuzztargets.h"

#include "core/csvexporter.h"
#include "core/csvimporter.h"
#include "core/importlimits.h"
#include "core/numberparser.h"
#include "core/safetext.h"
#include "core/spreadsheetreader.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyjson.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

// The invariants one input broke; each target returns them.
class Invariants
{
public:
    // An invariant that must hold for every input.
    void require(bool condition, const char *what)
    {
        if (!condition && !m_broken.contains(QLatin1StringView(what)))
            m_broken.append(QString::fromLatin1(what));
    }
    QStringList broken() const { return m_broken; }

private:
    QStringList m_broken;
};

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Every text of a study that came in through an import: no control character, not longer
// than the limit, and every name a batch export makes from it stays in the folder.
void requireSafeTexts(Invariants *check, const Study &study, const char *what)
{
    QStringList texts{study.slug, study.title, study.publisher, study.sourceCitation};
    texts << study.topic.values() << study.headline.values();
    for (const Segment &segment : study.segments)
        texts << segment.key << segment.name.values();
    texts << study.highlight;
    for (const Annotation &annotation : study.annotations)
        texts << annotation.series << annotation.text.values();
    for (const QString &text : std::as_const(texts)) {
        check->require(firstControlCharacter(text) < 0, what);
        check->require(text.size() <= ImportLimits::kTextLength, what);
        const QString name = safeFileName(text, QStringLiteral("study"));
        check->require(pathInFolder(QStringLiteral("/out"), name + QStringLiteral("_bar-2012_en.svg")).has_value(),
                       what);
    }
    check->require(study.segments.size() <= ImportLimits::kSegments, what);
    check->require(study.waves.size() <= ImportLimits::kWaves, what);
}

// A ZIP archive (libzip, in memory) of the named parts, stored uncompressed.
QByteArray zipOf(const QList<std::pair<QByteArray, QByteArray>> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *zip = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    zip_error_fini(&error);
    if (!zip) {
        zip_source_free(buffer);
        return {};
    }
    zip_source_keep(buffer); // zip_close() would free it; the bytes are read from it after
    for (const auto &[name, data] : parts) {
        zip_source_t *part = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = zip_file_add(zip, name.constData(), part, ZIP_FL_OVERWRITE);
        if (index < 0)
            zip_source_free(part);
        else
            zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    QByteArray bytes;
    if (zip_close(zip) == 0 && zip_source_open(buffer) == 0) {
        char chunk[4096];
        for (zip_int64_t got; (got = zip_source_read(buffer, chunk, sizeof chunk)) > 0;)
            bytes.append(chunk, qsizetype(got));
        zip_source_close(buffer);
    } else {
        zip_discard(zip);
    }
    zip_source_free(buffer);
    return bytes;
}

// The parts of a small workbook around the fuzzed ones (the pieces of the input, split at
// 0xFF bytes): XLSX the sheet, the shared strings and the styles; ODS content.xml and
// styles.xml. A piece left out is an empty but valid part.
QByteArray workbookOf(SpreadsheetFormat format, const QByteArray &input)
{
    const QList<QByteArray> pieces = input.split('\xff');
    const auto piece = [&pieces](qsizetype i, const QByteArray &fallback) {
        return i < pieces.size() ? pieces.at(i) : fallback;
    };
    if (format == SpreadsheetFormat::Ods) {
        return zipOf({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                      {"content.xml", piece(0, "")},
                      {"styles.xml", piece(1, "<?xml version=\"1.0\"?><office:document-styles "
                                              "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")}});
    }
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    return zipOf(
        {{"[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          "<Override PartName=\"/xl/sharedStrings.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          "<Override PartName=\"/xl/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>"},
         {"_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"http://schemas.openxmlformats.org/"
          "officeDocument/2006/relationships/officeDocument\"/></Relationships>"},
         {"xl/workbook.xml",
          QByteArray("<?xml version=\"1.0\"?><workbook ") + ns +
              " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
              "<sheet name=\"Umfrage\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"http://schemas.openxmlformats.org/"
          "officeDocument/2006/relationships/worksheet\"/>"
          "<Relationship Id=\"rId2\" Target=\"sharedStrings.xml\" Type=\"http://schemas.openxmlformats.org/"
          "officeDocument/2006/relationships/sharedStrings\"/>"
          "<Relationship Id=\"rId3\" Target=\"styles.xml\" Type=\"http://schemas.openxmlformats.org/"
          "officeDocument/2006/relationships/styles\"/></Relationships>"},
         {"xl/worksheets/sheet1.xml", piece(0, "")},
         {"xl/sharedStrings.xml", piece(1, QByteArray("<?xml version=\"1.0\"?><sst ") + ns + "/>")},
         {"xl/styles.xml", piece(2, QByteArray("<?xml version=\"1.0\"?><styleSheet ") + ns + "/>")}});
}

} // namespace

namespace Fuzz {

QByteArray workbook(SpreadsheetFormat format, const QByteArray &parts)
{
    return workbookOf(format, parts);
}

QStringList csvImport(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    if (size == 0)
        return check.broken();
    CsvImportOptions options;
    const std::uint8_t flags = data[0];
    options.locale = (flags & 1) ? Language::German : Language::English;
    static const TextEncoding encodings[] = {TextEncoding::Automatic, TextEncoding::Utf8,
                                             TextEncoding::Utf16LittleEndian, TextEncoding::Utf16BigEndian,
                                             TextEncoding::Windows1252};
    options.encoding = encodings[((flags >> 1) & 7) % 5];
    options.multipleAnswers = (flags & 16) != 0;
    options.detectLocale = (flags & 32) != 0;
    QByteArray bytes = bytesOf(data + 1, size - 1);
    if ((flags & 64) != 0 && !bytes.isEmpty()) {
        // Large files from small inputs, to reach the limits (1,000 cells, 10,000 characters,
        // 200 segments, 1,000 waves): the body repeated up to 16 KB, past each of them (the
        // longest, 1,000 wave rows of "2012;1", is 7,000 bytes); more only slows every run.
        const qsizetype times =
            std::min<qsizetype>(qsizetype(bytes.at(0) & 0x7f) * 16 + 2, qsizetype(16 * 1024) / bytes.size() + 1);
        bytes = bytes.repeated(times);
    }
    const CsvImportResult result = importCsv(bytes, QStringLiteral("fuzz.csv"), options);
    check.require(result.errors.isEmpty() || result.studies.isEmpty(), "CSV: studies despite errors");
    check.require(result.settings.encoding != TextEncoding::Automatic, "CSV: settings.encoding is Automatic");
    for (const Study &study : result.studies) {
        for (const SurveyWave &wave : study.waves) {
            check.require(wave.shares.size() == study.segments.size(), "CSV: a wave with the wrong number of shares");
            for (const Share &share : wave.shares)
                check.require(!share || std::isfinite(*share), "CSV: a share that is not finite");
        }
        requireSafeTexts(&check, study, "CSV: an imported text is unsafe (control character, length or file name)");
        // What imports must come back through export-data with the same figures and names
        // (formula neutralising, multiple answers).
        const Language convention = result.settings.locale;
        CsvImportOptions again;
        again.locale = convention;
        const CsvImportResult back = importCsv(exportStudyCsv(study, convention), QStringLiteral("again.csv"), again);
        check.require(back.ok() && back.studies.size() == 1,
                      "CSV: an imported study doesn't import again after export");
        const Study &copy = back.studies.constFirst();
        check.require(copy.waves == study.waves, "CSV: export and re-import changed the figures");
        check.require(copy.multipleAnswers == study.multipleAnswers, "CSV: export and re-import lost multiple answers");
        check.require(copy.title == study.title, "CSV: export and re-import changed the title");
        for (qsizetype i = 0; i < study.segments.size(); ++i)
            check.require(copy.segments.at(i).name.text(convention) == study.segments.at(i).name.text(convention),
                          "CSV: export and re-import changed a segment name");
    }
    return check.broken();
}

QStringList jsonImport(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    const JsonImportResult result = importStudiesJson(bytesOf(data, size), QStringLiteral("fuzz.json"));
    check.require(result.errors.isEmpty() || result.studies.isEmpty(), "JSON: studies despite errors");
    if (!result.ok())
        return check.broken();
    for (const Study &study : result.studies)
        requireSafeTexts(&check, study, "JSON: an imported text is unsafe (control character, length or file name)");
    const JsonImportResult again = importStudiesJson(exportStudiesJson(result.studies), QStringLiteral("again.json"));
    check.require(again.ok(), "JSON: an imported study doesn't import again after export");
    check.require(again.studies == result.studies, "JSON: export and re-import changed a study");
    return check.broken();
}

QStringList numberParser(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    const QString cell = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Language language : {Language::English, Language::German}) {
        const ParsedShare ranged = parseShareInRange(cell, language, language);
        check.require(!ranged.ok || !ranged.value || (*ranged.value >= 0.0 && *ranged.value <= 100.0),
                      "number: a share outside 0-100 passed the range check");
        const ParsedShare parsed = parseShare(cell, language);
        check.require(parsed.ok || !parsed.error.isEmpty(), "number: an error without a message");
        check.require(!parsed.ok || !parsed.value || std::isfinite(*parsed.value),
                      "number: a share that is not finite");
        check.require(!parsed.ok || parsed.value || cell.trimmed().isEmpty(), "number: text read as an unknown share");
    }
    return check.broken();
}

QStringList databaseOpen(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    for (const QString &backup : QDir(dir.path()).entryList({QStringLiteral("*.bak")}))
        QFile::remove(dir.filePath(backup));
    {
        QFile file(path);
        check.require(file.open(QIODevice::WriteOnly), "database: can't write the temporary file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    SqliteStudyRepository db;
    db.setBusyTimeout(0);
    if (const auto opened = db.open(path); !opened) {
        check.require(!opened.error().message.isEmpty(), "database: an error without a message");
        check.require(!db.isOpen(), "database: open after an error");
        return check.broken();
    }
    const auto studies = db.listStudies();
    if (!studies)
        return check.broken();
    for (const StudySummary &summary : *studies) {
        if (const auto study = db.loadStudy(summary.id)) {
            for (const SurveyWave &wave : study->waves)
                check.require(wave.shares.size() == study->segments.size(),
                              "database: a wave with the wrong number of shares");
        }
    }
    return check.broken();
}

QStringList spreadsheetImport(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    if (size == 0)
        return check.broken();
    const std::uint8_t flags = data[0];
    const SpreadsheetFormat format = (flags & 1) ? SpreadsheetFormat::Ods : SpreadsheetFormat::Xlsx;
    CsvImportOptions options;
    options.locale = (flags & 2) ? Language::German : Language::English;
    options.detectLocale = (flags & 4) != 0;
    const QByteArray rest = bytesOf(data + 1, size - 1);
    const QByteArray bytes = (flags & 8) ? rest : workbookOf(format, rest); // bit 3: the bytes are the file
    const SpreadsheetReadResult read = readSpreadsheet(bytes, format, Language::English);
    check.require(read.error.isEmpty() || read.sheets.isEmpty(), "spreadsheet: sheets despite an error");
    check.require(!read.error.isEmpty() || !read.sheets.isEmpty(), "spreadsheet: no sheets and no error");
    for (const Sheet &sheet : read.sheets) {
        int previous = 0;
        for (const SheetRow &row : sheet.rows) {
            check.require(row.row > previous && row.row <= ImportLimits::kRows, "spreadsheet: rows out of order");
            check.require(row.cells.size() <= ImportLimits::kColumns, "spreadsheet: a row over the column limit");
            previous = row.row;
        }
    }
    const CsvImportResult result = importSpreadsheet(bytes, QStringLiteral("fuzz.xlsx"), format, options);
    check.require(result.errors.isEmpty() || result.studies.isEmpty(), "spreadsheet: studies despite errors");
    for (const ImportError &error : result.errors)
        check.require(!error.message.isEmpty(), "spreadsheet: an error without a message");
    for (const Study &study : result.studies) {
        for (const SurveyWave &wave : study.waves) {
            check.require(wave.shares.size() == study.segments.size(),
                          "spreadsheet: a wave with the wrong number of shares");
            for (const Share &share : wave.shares)
                check.require(!share || std::isfinite(*share), "spreadsheet: a share that is not finite");
        }
        requireSafeTexts(&check, study,
                         "spreadsheet: an imported text is unsafe (control character, length or file name)");
    }
    return check.broken();
}

Target targetByName(const QString &name)
{
    if (name == u"csv")
        return csvImport;
    if (name == u"json")
        return jsonImport;
    if (name == u"number")
        return numberParser;
    if (name == u"database")
        return databaseOpen;
    if (name == u"spreadsheet")
        return spreadsheetImport;
    return nullptr;
}

} // namespace Fuzz

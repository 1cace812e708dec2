// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// XLSX and ODS import (core/spreadsheetreader with liborcus, core/csvimporter) from workbooks
// the real programs wrote: LibreOffice converted German CSV files (umfrage-de*.xlsx/.ods) and
// python3-openpyxl wrote features.xlsx; tests/data/spreadsheet/make-fixtures.sh remakes them
// from the sources in tests/data/spreadsheet/source/.
#include "core/csvimporter.h"
#include "core/spreadsheetreader.h"
#include "core/studyimport.h"
#include "fuzztargets.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cstring>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/spreadsheet/") + name);
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "missing fixture " << name.toStdString();
    return file.readAll();
}

QString allErrors(const QList<ImportError> &errors)
{
    QStringList lines;
    for (const ImportError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

// The same bits, not just nearly: 0.245 in a percent cell is exactly 24.5.
void expectShare(const Study &study, int wave, int segment, std::optional<double> expected)
{
    const std::optional<double> share = study.share(wave, segment);
    ASSERT_EQ(share.has_value(), expected.has_value()) << "wave " << wave << " segment " << segment;
    if (expected) {
        EXPECT_EQ(std::memcmp(&*share, &*expected, sizeof(double)), 0)
            << "wave " << wave << " segment " << segment << ": " << *share << " != " << *expected;
    }
}

CsvImportOptions german()
{
    CsvImportOptions options;
    options.locale = Language::German;
    return options;
}

// One sheet of features.xlsx, read in German.
CsvImportResult featuresSheet(const QString &sheet)
{
    CsvImportOptions options = german();
    options.sheet = sheet;
    return importSpreadsheet(fixture(QStringLiteral("features.xlsx")), QStringLiteral("features.xlsx"),
                             SpreadsheetFormat::Xlsx, options);
}

class LibreOfficeWorkbooks : public testing::TestWithParam<const char *>
{
};

} // namespace

TEST_P(LibreOfficeWorkbooks, ImportPercentCellsAsShares)
{
    const QString name = QStringLiteral("umfrage-de.") + QString::fromUtf8(GetParam());
    const StudyImportResult result = importStudies(fixture(name), name, german());
    ASSERT_TRUE(result.errors.isEmpty()) << qPrintable(allErrors(result.errors));
    EXPECT_EQ(result.format, name.endsWith(u"xlsx") ? StudyFileFormat::Xlsx : StudyFileFormat::Ods);
    EXPECT_EQ(result.csv.settings.sheets, QStringList{QStringLiteral("Umfrage")});
    EXPECT_EQ(result.csv.settings.sheet, QStringLiteral("Umfrage"));
    EXPECT_EQ(result.csv.settings.layout, CsvLayout::Wide);
    ASSERT_EQ(result.studies.size(), 1);
    const Study &study = result.studies.constFirst();
    ASSERT_EQ(study.segments.size(), 3);
    EXPECT_EQ(study.segments[0].name.text(Language::German), QStringLiteral("Ja"));
    EXPECT_EQ(study.segments[2].name.text(Language::German), QStringLiteral("Weiß nicht"));
    ASSERT_EQ(study.waves.size(), 3);
    EXPECT_EQ(study.waves[0].year, 2011);
    EXPECT_EQ(study.waves[2].year, 2013);
    expectShare(study, 0, 0, std::nullopt); // an empty cell is an unknown share
    expectShare(study, 0, 1, 56.0);
    expectShare(study, 0, 2, std::nullopt);
    expectShare(study, 1, 0, 24.5);
    expectShare(study, 1, 1, 70.0);
    expectShare(study, 1, 2, 5.5);
    expectShare(study, 2, 0, 30.0); // a plain number cell is the share itself
    // The preview shows the cells as the UI language writes them, the rows as the sheet numbers them.
    ASSERT_GE(result.csv.table.size(), 3);
    EXPECT_EQ(result.csv.table[0].line, 1);
    EXPECT_EQ(result.csv.table[2].line, 3);
}

TEST_P(LibreOfficeWorkbooks, ErrorNamesFileSheetAndCell)
{
    const QString name = QStringLiteral("umfrage-de-bad.") + QString::fromUtf8(GetParam());
    const StudyImportResult result = importStudies(fixture(name), name, german());
    EXPECT_TRUE(result.studies.isEmpty());
    ASSERT_EQ(result.errors.size(), 1) << qPrintable(allErrors(result.errors));
    const ImportError &error = result.errors.constFirst();
    EXPECT_EQ(error.sheet, QStringLiteral("Umfrage"));
    EXPECT_EQ(error.line, 3);
    EXPECT_EQ(error.column, 3);
    EXPECT_EQ(error.value, QStringLiteral("abc"));
    EXPECT_TRUE(error.toString().startsWith(name + QStringLiteral(":Umfrage!C3: "))) << qPrintable(error.toString());
    EXPECT_TRUE(error.toString().contains(QStringLiteral("\"abc\""))) << qPrintable(error.toString());
}

INSTANTIATE_TEST_SUITE_P(Formats, LibreOfficeWorkbooks, testing::Values("xlsx", "ods"));

TEST(SpreadsheetImport, OpenpyxlWorkbookWithSeveralSheets)
{
    const QByteArray bytes = fixture(QStringLiteral("features.xlsx"));
    const CsvImportResult result =
        importSpreadsheet(bytes, QStringLiteral("features.xlsx"), SpreadsheetFormat::Xlsx, german());
    // The first sheet with cells, percent formats ("0.0%"), a German text cell, plain numbers.
    ASSERT_TRUE(result.errors.isEmpty()) << qPrintable(allErrors(result.errors));
    EXPECT_EQ(result.settings.sheets, (QStringList{QStringLiteral("Anteile 2012"), QStringLiteral("Verbunden"),
                                                   QStringLiteral("Formel"), QStringLiteral("Hinweise")}));
    EXPECT_EQ(result.settings.sheet, QStringLiteral("Anteile 2012"));
    ASSERT_EQ(result.studies.size(), 1);
    const Study &study = result.studies.constFirst();
    ASSERT_EQ(study.waves.size(), 3) << "the hidden row 5 (2014) is left out";
    expectShare(study, 0, 0, std::nullopt);
    expectShare(study, 0, 1, 56.0);
    expectShare(study, 1, 0, 24.5);
    expectShare(study, 1, 1, 70.0);
    expectShare(study, 1, 2, 5.5);
    expectShare(study, 2, 0, 30.5);
    expectShare(study, 2, 1, 60.0);
    expectShare(study, 2, 2, 9.5);
    ASSERT_EQ(result.notes.size(), 1);
    EXPECT_EQ(result.notes[0].toString(),
              QStringLiteral("features.xlsx:'Anteile 2012'!5:5: Row 5 is hidden in the sheet and is not imported."));
}

TEST(SpreadsheetImport, MergedHeaderIsReportedNotMisread)
{
    const CsvImportResult result = featuresSheet(QStringLiteral("Verbunden"));
    EXPECT_TRUE(result.studies.isEmpty());
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_TRUE(result.errors[0].toString().startsWith(QStringLiteral("features.xlsx:Verbunden!B1: ")))
        << qPrintable(allErrors(result.errors));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("B1:C1"))) << qPrintable(allErrors(result.errors));
}

TEST(SpreadsheetImport, FormulaWithoutSavedResultAndBooleanAreErrors)
{
    const CsvImportResult result = featuresSheet(QStringLiteral("Formel"));
    EXPECT_TRUE(result.studies.isEmpty());
    const QString errors = allErrors(result.errors);
    EXPECT_TRUE(errors.contains(QStringLiteral("features.xlsx:Formel!C2: "))) << qPrintable(errors);
    EXPECT_TRUE(errors.contains(QStringLiteral("features.xlsx:Formel!B3: "))) << qPrintable(errors);
}

TEST(SpreadsheetImport, UnknownSheetIsAnError)
{
    CsvImportOptions options = german();
    options.sheet = QStringLiteral("Tabelle9");
    const CsvImportResult result =
        importSpreadsheet(fixture(QStringLiteral("umfrage-de.xlsx")), QStringLiteral("umfrage-de.xlsx"),
                          SpreadsheetFormat::Xlsx, options);
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("Tabelle9")));
}

TEST(SpreadsheetImport, DamagedFilesAreErrorsNotCrashes)
{
    const QByteArray good = fixture(QStringLiteral("umfrage-de.xlsx"));
    for (const QByteArray &bytes : {QByteArray("not a zip"), good.left(good.size() / 2), good.left(30),
                                    QByteArray(good).replace("sheetData", "sheetDatX")}) {
        for (const SpreadsheetFormat format : {SpreadsheetFormat::Xlsx, SpreadsheetFormat::Ods}) {
            const SpreadsheetReadResult read = readSpreadsheet(bytes, format, Language::English);
            if (!read.error.isEmpty()) {
                EXPECT_TRUE(read.sheets.isEmpty());
            }
            const CsvImportResult result = importSpreadsheet(bytes, QStringLiteral("x.xlsx"), format, german());
            EXPECT_FALSE(result.ok() && bytes.size() < good.size());
        }
    }
    const SpreadsheetReadResult notZip =
        readSpreadsheet(QByteArray("not a zip"), SpreadsheetFormat::Xlsx, Language::English);
    EXPECT_TRUE(notZip.error.contains(QStringLiteral("ZIP"))) << qPrintable(notZip.error);
}

// Little-endian UTF-16 without a byte order mark (the fuzz workbook splits its parts at 0xFF).
static QByteArray utf16(const QByteArray &ascii)
{
    QByteArray result;
    for (const char c : ascii)
        result.append(c).append('\0');
    return result;
}

// orcus reads the workbook only as QXmlStreamWriter rewrote it: XML written in any of the
// ways XML allows (comments, processing instructions, CDATA, character references, single
// quotes, a DTD, UTF-16) reads as the plain form does.
TEST(SpreadsheetImport, XmlWrittenAnyWayReadsAsThePlainForm)
{
    const QByteArray start = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    const QByteArray plain = start + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Jahr &amp; Welle</t>"
                                     "</is></c><c r=\"B1\"><v>0.5</v></c></row></sheetData></worksheet>";
    const QList<QByteArray> variants = {
        "<?xml version=\"1.0\"?><!-- written by hand --><?editor x?>" + start +
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[Jahr & Welle]]></t></is></c>"
            "<c r=\"B1\"><v>0.5</v></c></row></sheetData></worksheet>",
        "<!DOCTYPE worksheet><worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'><sheetData>"
        "<row r='1'><c r='A1' t='inlineStr'><is><r><t>Jahr &#38; </t></r><r><t>W&#x65;lle</t></r>"
        "<rPh><t>yomi</t></rPh></is></c><c r='B1'><v>0.5</v></c></row></sheetData></worksheet>",
        utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + plain),
    };
    const SpreadsheetReadResult expected =
        readSpreadsheet(Fuzz::workbook(SpreadsheetFormat::Xlsx, plain), SpreadsheetFormat::Xlsx, Language::English);
    ASSERT_TRUE(expected.error.isEmpty()) << qPrintable(expected.error);
    ASSERT_EQ(expected.sheets.size(), 1);
    ASSERT_EQ(expected.sheets[0].rows.size(), 1);
    ASSERT_EQ(expected.sheets[0].rows[0].cells.size(), 2);
    EXPECT_EQ(expected.sheets[0].rows[0].cells[0].text, QStringLiteral("Jahr & Welle"));
    EXPECT_EQ(expected.sheets[0].rows[0].cells[1].number, 0.5);
    for (const QByteArray &variant : variants) {
        const SpreadsheetReadResult read = readSpreadsheet(Fuzz::workbook(SpreadsheetFormat::Xlsx, variant),
                                                           SpreadsheetFormat::Xlsx, Language::English);
        ASSERT_TRUE(read.error.isEmpty()) << qPrintable(read.error);
        ASSERT_EQ(read.sheets.size(), 1);
        ASSERT_EQ(read.sheets[0].rows.size(), 1) << variant.left(120).toStdString();
        EXPECT_EQ(read.sheets[0].rows[0].cells, expected.sheets[0].rows[0].cells) << variant.left(120).toStdString();
    }
}

// ODF defines style families orcus 0.17 doesn't read (chart, section, ruby …); a table
// column using one made orcus read a null pointer (found by fuzz_spreadsheet). Such a style
// is left out, and the table reads as without it.
TEST(SpreadsheetImport, OdsStyleOfAFamilyOrcusDoesNotReadIsLeftOut)
{
    const QByteArray content =
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:automatic-styles>"
        "<style:style style:name=\"co1\" style:family=\"FAMILY\"><style:chart-properties/></style:style>"
        "</office:automatic-styles><office:body><office:spreadsheet><table:table table:name=\"Umfrage\">"
        "<table:table-column table:style-name=\"co1\"/><table:table-row><table:table-cell "
        "office:value-type=\"float\" office:value=\"0.24\"><text:p>0,24</text:p></table:table-cell>"
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>";
    for (const char *family : {"chart", "section", "ruby", "drawing-page", "presentation", "Ble-"}) {
        const SpreadsheetReadResult read =
            readSpreadsheet(Fuzz::workbook(SpreadsheetFormat::Ods, QByteArray(content).replace("FAMILY", family)),
                            SpreadsheetFormat::Ods, Language::English);
        ASSERT_TRUE(read.error.isEmpty()) << family << ": " << qPrintable(read.error);
        ASSERT_EQ(read.sheets.size(), 1) << family;
        EXPECT_EQ(read.sheets[0].name, QStringLiteral("Umfrage")) << family;
        ASSERT_EQ(read.sheets[0].rows.size(), 1) << family;
        ASSERT_EQ(read.sheets[0].rows[0].cells.size(), 1) << family;
        EXPECT_EQ(read.sheets[0].rows[0].cells[0].number, 0.24) << family;
    }
}

// A part whose bytes don't match the checksum the archive holds for it is refused, naming
// the part: orcus's own unpacking doesn't check, and would parse whatever the bytes are.
TEST(SpreadsheetImport, PartFailingItsChecksumIsRefusedByName)
{
    const QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData><row r=\"1\"><c r=\"B1\"><v>0.5</v></c></row></sheetData></worksheet>";
    QByteArray bytes = Fuzz::workbook(SpreadsheetFormat::Xlsx, sheet);
    const qsizetype at = bytes.indexOf("<v>0.5</v>");
    ASSERT_GE(at, 0) << "the test workbook's parts are stored uncompressed";
    bytes[at + 3] = '9';
    const SpreadsheetReadResult read = readSpreadsheet(bytes, SpreadsheetFormat::Xlsx, Language::English);
    EXPECT_TRUE(read.sheets.isEmpty());
    EXPECT_TRUE(read.error.contains(QStringLiteral("xl/worksheets/sheet1.xml"))) << qPrintable(read.error);
}

TEST(SpreadsheetImport, FormatFromSuffixOrContent)
{
    const QByteArray xlsx = fixture(QStringLiteral("umfrage-de.xlsx"));
    const QByteArray ods = fixture(QStringLiteral("umfrage-de.ods"));
    EXPECT_EQ(studyFileFormat(QStringLiteral("a.XLSX"), {}), StudyFileFormat::Xlsx);
    EXPECT_EQ(studyFileFormat(QStringLiteral("a.ods"), {}), StudyFileFormat::Ods);
    EXPECT_EQ(studyFileFormat(QStringLiteral("download"), xlsx), StudyFileFormat::Xlsx);
    EXPECT_EQ(studyFileFormat(QStringLiteral("download"), ods), StudyFileFormat::Ods);
}

TEST(SpreadsheetImport, CellAddresses)
{
    EXPECT_EQ(spreadsheetColumnName(1), QStringLiteral("A"));
    EXPECT_EQ(spreadsheetColumnName(26), QStringLiteral("Z"));
    EXPECT_EQ(spreadsheetColumnName(27), QStringLiteral("AA"));
    EXPECT_EQ(spreadsheetColumnName(703), QStringLiteral("AAA"));
    EXPECT_EQ(spreadsheetCellAddress(QStringLiteral("Tabelle1"), 4, 3), QStringLiteral("Tabelle1!C4"));
    EXPECT_EQ(spreadsheetCellAddress(QStringLiteral("Umfrage 2012"), 4, 3), QStringLiteral("'Umfrage 2012'!C4"));
    EXPECT_EQ(spreadsheetCellAddress(QStringLiteral("Bob's"), 1, 1), QStringLiteral("'Bob''s'!A1"));
    EXPECT_EQ(spreadsheetCellAddress(QString(), 7, 2), QStringLiteral("B7"));
}

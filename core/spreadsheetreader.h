// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The spreadsheet formats a study can be imported from.
enum class SpreadsheetFormat {
    Xlsx, ///< Office Open XML workbook (Excel 2007 and later, LibreOffice, openpyxl, pandas).
    Ods,  ///< OpenDocument spreadsheet (LibreOffice, Excel's "Save as ODS").
};

/// One cell of a sheet as the file stores it: its type, not its look.
struct SheetCell
{
    enum class Kind {
        Empty,
        Number,        ///< number holds the value as stored (a percent cell showing 24.5 % holds 0.245).
        Text,          ///< text holds it (also a formula's text result and a date, as written).
        Boolean,       ///< number is 1 or 0.
        Error,         ///< An error value (#DIV/0!, Err:502): text holds it.
        MissingResult, ///< A formula whose result was never saved (openpyxl writes these).
    };
    Kind kind = Kind::Empty;
    double number = 0;
    bool percent = false; ///< A number cell with a percent format.
    bool formula = false; ///< The value is a formula's saved (cached) result.
    QString text;

    bool operator==(const SheetCell &) const = default;
};

/// One row of a sheet that holds at least one cell.
struct SheetRow
{
    int row = 0;            ///< 1-based, as the spreadsheet shows it.
    bool hidden = false;    ///< Hidden or filtered out in the file.
    QList<SheetCell> cells; ///< Index = column - 1; trailing empty cells left out.
};

/// A rectangle of cells, 1-based and inclusive (a merged range).
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

/// One sheet of a workbook.
struct Sheet
{
    QString name;
    bool hidden = false;      ///< Hidden sheet (not reported by orcus 0.17: always false).
    QList<SheetRow> rows;     ///< Rows with cells, in order.
    QList<CellRange> merges;  ///< Merged ranges.
    QList<int> hiddenColumns; ///< 1-based.
};

/// The sheets of a workbook, or why it can't be read (error; sheets is then empty).
struct SpreadsheetReadResult
{
    QList<Sheet> sheets;
    QString error; ///< Translated sentence; names the part of the file and the limit.
};

/// Reads every sheet of an XLSX or ODS file (a ZIP archive) from memory with Debian's
/// liborcus (0.17, the import filters LibreOffice builds on), through an import factory of
/// our own that keeps only what the import needs. Cell types are kept: numbers as numbers
/// (with percent formats marked: XLSX number formats 9, 10 and any format code with "%",
/// ODS percentage styles), formulas as their saved results, text as text, dates as
/// "2012-05-31" text; hidden rows and columns and merged ranges are reported.
///
/// The import limits (core/importlimits.h) are checked: before unpacking, the sizes the
/// archive declares (libzip; at most ImportLimits::kUncompressedBytes in all, and orcus never
/// inflates a part beyond its declared size) and its number of parts; while reading, rows,
/// cells per row, cells in all sheets and text length. A damaged archive or malformed XML is
/// an error quoting orcus's reason. Hidden sheets are not told apart (orcus 0.17 doesn't say).
/// The numbers in the limit messages are formatted in messageLanguage.
SpreadsheetReadResult readSpreadsheet(const QByteArray &bytes, SpreadsheetFormat format, Language messageLanguage);

/// "C" for column 3, "AA" for 27 (1-based).
QString spreadsheetColumnName(int column);

/// "Tabelle1!C4", with the sheet name quoted the spreadsheet way when it needs it
/// ("'Umfrage 2012'!C4"); without a sheet name just "C4". row and column are 1-based.
QString spreadsheetCellAddress(const QString &sheet, int row, int column);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/importerror.h"
#include "core/language.h"
#include "core/numberparser.h"
#include "core/spreadsheetreader.h"
#include "core/study.h"
#include "core/textdecoding.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What the caller chooses before a CSV import (typically in the preview dialog).
struct CsvImportOptions
{
    Language locale = Language::English;             ///< Number notation of the shares (callers
                                                     ///< pass the UI language by default).
    bool detectLocale = false;                       ///< Take the notation from the file when
                                                     ///< its cells settle it (see
                                                     ///< guessNumberNotation()); locale is then
                                                     ///< the default for files whose numbers read
                                                     ///< the same in both. A file that needs a
                                                     ///< choice is an error asking for it.
    TextEncoding encoding = TextEncoding::Automatic; ///< Windows-1252 only when the user picks it.
    QString sourceCitation;                          ///< Source line of the new studies; empty:
                                                     ///< the file name (without folder).
    bool multipleAnswers = false;                    ///< Respondents could pick several segments,
                                                     ///< so a wave's shares need not add up to 100.
    std::optional<Language> nameLanguage;            ///< The language of the segment names and
                                                     ///< title; unset: detected (see
                                                     ///< CsvImportSettings::nameLanguage).
    Language messageLanguage = Language::English;    ///< Numbers and names in the messages (callers
                                                     ///< pass the UI language); not the file's.
    QString sheet; ///< Spreadsheets: the sheet to read; empty: the first sheet with cells.
};

/// The two table shapes the importer reads.
enum class CsvLayout {
    Long, ///< One row per share: columns study (optional), wave, segment, share, in any order.
    Wide, ///< One row per survey wave: first column the wave, then one column per segment.
};

/// What the importer found out about the file, for the preview.
struct CsvImportSettings
{
    TextEncoding encoding = TextEncoding::Utf8; ///< Never Automatic.
    bool byteOrderMark = false;
    QChar delimiter;                   ///< ',', ';', '\t' (or '|' from a sep line); null
                                       ///< when it could not be found.
    bool delimiterFromSepLine = false; ///< Taken from Excel's "sep=;" first line.
    CsvLayout layout = CsvLayout::Long;
    Language locale = Language::English;                 ///< The number notation used.
    NotationSource notation = NotationSource::Requested; ///< How locale was settled.
    QString notationExample;                             ///< A cell that settled it (or is ambiguous).
    /// The language the file's names are written in: the options' choice, else the header's
    /// words (Welle, Anteil… / wave, share…), else German for German numbers, else the
    /// options' locale. The names go into this language only; the other stays empty
    /// (untranslated: shown in the data editor as missing, and the names are shown there).
    Language nameLanguage = Language::English;
    QStringList sheets; ///< Spreadsheets: every sheet's name, in the workbook's order.
    QString sheet;      ///< Spreadsheets: the sheet read.
};

/// One record (row) of the file as read, for the preview table.
struct CsvRecord
{
    int line = 0;             ///< 1-based line where the record starts (quoted line breaks make it span more);
                              ///< for a spreadsheet the row number.
    QStringList fields;       ///< The cells with quoting removed; not trimmed or normalised. A
                              ///< spreadsheet's number cell as the UI language writes it ("24,5 %").
    QList<SheetCell> cells{}; ///< Spreadsheets: the typed cells behind fields; empty for CSV.
    bool operator==(const CsvRecord &) const = default;
};

/// Everything an import produced. studies is empty whenever errors is not: a file with any
/// rejected row or any validation issue imports nothing.
struct CsvImportResult
{
    QList<CsvRecord> table; ///< Every record read, header first (also when there are errors).
    CsvImportSettings settings;
    QList<Study> studies;      ///< The new studies (id 0), in the order they first appear.
    QList<ImportError> errors; ///< Each names file, line, column (CSV field), value and problem.
    QList<ImportError> notes;  ///< What was read differently from the plain table, without being
                               ///< wrong (hidden rows left out); shown beside the preview.

    /// True when there is something to import and nothing wrong.
    bool ok() const { return errors.isEmpty() && !studies.isEmpty(); }
};

/// Reads a CSV file's bytes (fileName only names the file in errors and the defaults).
///
/// - Encoding per options.encoding (see decodeText()).
/// - Delimiter: Excel's "sep=;" first line when present (CRLF or LF), else the one of
///   ';', tab, ',' that splits every row into the same number (at least two) of fields.
/// - RFC 4180 quoting (libcsv, strict): doubled quotes, quoted delimiters and line breaks.
///   A stray quote or a quoted field that is never closed is an error.
/// - Layout: long when the header names the columns wave, segment and share (English or
///   German, case-insensitive: study/Studie, wave/Welle/year/Jahr, segment/Segment/category/
///   Kategorie, share/Anteil/percent/Prozent, an optional "%" or "(%)" after the name);
///   otherwise wide (first column the wave, the other header cells the segment labels).
/// - Waves are four-digit years; shares are read with parseShare() in options.locale;
///   empty cells are unknown shares; rows whose cells are all empty are skipped.
/// - Labels and titles are trimmed and normalised to Unicode NFC (a quoted CRLF line break
///   becomes "\n"); segment keys and the slug come from slugFromText().
/// - Defaults of the new study: title from the study column, else the file's base name;
///   topic = title and segment names = the labels, in settings.nameLanguage only (the other
///   language is left empty: untranslated);
///   sourceCitation = options.sourceCitation or the file name; year = the newest wave;
///   no baseline segment; multipleAnswers from the options. Waves are sorted by year.
/// - Errors: bad cells, rows with a different number of cells than the header, duplicate
///   waves/segments, missing labels, and every issue validateStudy() reports.
CsvImportResult importCsv(const QByteArray &bytes, const QString &fileName, const CsvImportOptions &options);

/// Reads one sheet of an XLSX or ODS file (see readSpreadsheet()) with the same layouts,
/// checks and defaults as importCsv(); errors name the cell ("Tabelle1!C4", ImportError::sheet).
/// Cell types decide how a cell is read: a number cell is the number itself (a percent cell
/// holding 0.245 is 24.5; no locale involved), a text cell is read like a CSV cell in
/// options.locale (detected from the text cells when options.detectLocale), an empty cell is an
/// unknown share, a formula gives its saved result (one without a saved result is an error).
/// Hidden rows are left out (a note says which); a hidden column that holds cells, a merged
/// range over several columns, a boolean or an error value where a share belongs are errors;
/// a range merged down one column gives its value to every row.
CsvImportResult importSpreadsheet(const QByteArray &bytes, const QString &fileName, SpreadsheetFormat format,
                                  const CsvImportOptions &options);

/// Reads the file at path and imports it with importCsv(); a file that can't be read is an
/// error naming it.
CsvImportResult importCsvFile(const QString &path, const CsvImportOptions &options);

/// A stable, language-neutral key for a label: ASCII lower case letters and digits joined by
/// single dashes; accents dropped ("Größe" → "grosse", "Ad hoc use" → "ad-hoc-use").
/// Empty when the label has no ASCII letter or digit left.
QString slugFromText(const QString &text);

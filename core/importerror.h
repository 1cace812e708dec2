// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QString>

/// One problem found while reading a CSV or JSON file, with the place it was found.
/// The importers collect these; a file with any error imports nothing.
struct ImportError
{
    QString file;    ///< The file as the caller named it; empty for data that came from memory.
    int line = 0;    ///< 1-based line of the file; 0 when the problem has no line.
    int column = 0;  ///< 1-based: the CSV field (spreadsheet column) for cell problems, the
                     ///< character in the line for encoding and JSON syntax problems; 0 when none.
    QString path;    ///< JSON path of the value ("studies[0].waves[1].shares[2]"); empty for CSV.
    QString value;   ///< The offending cell or value as read (may be empty, e.g. a missing cell).
    QString message; ///< Translated sentence that names the problem and the value.
    QString sheet{}; ///< The sheet of a spreadsheet (XLSX, ODS); line is then its row and column
                     ///< its column (both 1-based); empty for CSV and JSON.

    /// "file:line:column: message" (compiler style, for the command line); parts that are
    /// unknown are left out, and a JSON path is shown as "file: path: message". A spreadsheet
    /// cell is "file.xlsx:Tabelle1!C4: message" (a whole row "Tabelle1!4:4").
    QString toString() const;

    bool operator==(const ImportError &) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// The bodies of the libFuzzer targets, shared with the regression tests
// (test_fuzzregressions.cpp), which feed saved inputs through the very same functions.
// Each returns the invariants the input broke, one line each ("CSV: studies despite
// errors"); empty when all held. The libFuzzer entry aborts on a non-empty list, so the
// fuzzer keeps the input; the regression test reports it as a failed test.

#include "core/spreadsheetreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace Fuzz {

/// importCsv() with options taken from the first byte: bit 0 the number locale (German),
/// bits 1–3 the text encoding (mod 5), bit 4 multiple answers, bit 5 notation detection,
/// bit 6 the rest repeated up to 64 KB (to reach the limits). The rest is the file. What
/// imports must hold only safe texts and survive export-data CSV and re-import.
QStringList csvImport(const std::uint8_t *data, std::size_t size);

/// importStudiesJson(); what imports without errors holds only safe texts (no control
/// character, within the limits, file names inside the folder) and survives an export and
/// re-import.
QStringList jsonImport(const std::uint8_t *data, std::size_t size);

/// parseShare() in English and German on the bytes as UTF-8 text.
QStringList numberParser(const std::uint8_t *data, std::size_t size);

/// The bytes as a database file: SqliteStudyRepository::open(), listStudies() and loadStudy() of
/// every study listed.
QStringList databaseOpen(const std::uint8_t *data, std::size_t size);

/// readSpreadsheet() and importSpreadsheet(): the first byte's bit 0 picks ODS, bit 1 the
/// German locale, bit 2 notation detection, bit 3 takes the rest as the file itself; else the
/// rest, split at 0xFF bytes, gives the sheet, shared strings and styles parts of an XLSX
/// file (content.xml and styles.xml of an ODS file) that the target packs with libzip.
/// Sheets come in row order within the limits; what imports holds only safe, finite values.
QStringList spreadsheetImport(const std::uint8_t *data, std::size_t size);

/// The small workbook spreadsheetImport() packs around its parts (libzip, stored): for XLSX
/// the sheet, shared strings and styles parts; for ODS content.xml and styles.xml, each
/// piece of \a parts split at 0xFF bytes, a piece left out an empty but valid part.
QByteArray workbook(SpreadsheetFormat format, const QByteArray &parts);

/// The function of a target by its corpus folder name ("csv", "json", "number", "database", "spreadsheet").
using Target = QStringList (*)(const std::uint8_t *, std::size_t);
Target targetByName(const QString &name);

} // namespace Fuzz

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/importerror.h"
#include "core/language.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Limits of what an import reads, far above any real study (the largest known study has a
/// handful of segments and a few dozen survey waves; a 100,000-row file is about 4 MB), so
/// that a hostile or broken file (/dev/zero, a sparse file of gigabytes, a million columns)
/// is refused early with a message naming the limit instead of exhausting memory. The readers
/// check them while they read.
namespace ImportLimits {
inline constexpr qint64 kFileBytes = 64 * 1024 * 1024;          ///< Size of an imported file.
inline constexpr int kRows = 1'000'000;                         ///< Records of a CSV file or rows of a sheet.
inline constexpr int kColumns = 1'000;                          ///< Cells in one record or sheet row.
inline constexpr int kStudies = 1'000;                          ///< Studies in one file.
inline constexpr int kSegments = 200;                           ///< Segments of one study.
inline constexpr int kWaves = 1'000;                            ///< Survey waves of one study.
inline constexpr int kTextLength = 10'000;                      ///< Characters of one cell, title or name.
inline constexpr int kLongTextLength = 200'000;                 ///< Characters of notes and of an advice text.
inline constexpr int kAdviceTexts = 10'000;                     ///< Advice texts of one study.
inline constexpr qint64 kUncompressedBytes = 256 * 1024 * 1024; ///< What an XLSX or ODS file (a ZIP
                                                                ///< archive) unpacks to, all parts.
inline constexpr int kArchiveParts = 10'000;                    ///< Parts (files) in an XLSX or ODS archive.
inline constexpr int kSheetCells = 10'000'000;                  ///< Cells with content in one spreadsheet.
} // namespace ImportLimits

/// "The file is larger than 64 MB, the most an import reads." and its siblings: the one
/// translated sentence for each limit, so every reader says the same. The numbers are
/// formatted in messageLanguage (the import's message language; core reads no UI state).
QString fileTooLargeMessage(Language messageLanguage);
QString tooManyRowsMessage(Language messageLanguage);
QString tooManyColumnsMessage(Language messageLanguage);
QString tooManyStudiesMessage(Language messageLanguage);
QString tooManySegmentsMessage(Language messageLanguage);
QString tooManyWavesMessage(Language messageLanguage);
QString textTooLongMessage(int limit, Language messageLanguage);
QString uncompressedTooLargeMessage(Language messageLanguage);
QString tooManyPartsMessage(Language messageLanguage);
QString tooManyCellsMessage(Language messageLanguage);

/// Reads a file to import, at most ImportLimits::kFileBytes (also from a device or a pipe,
/// which have no size): the bytes, or an error naming the file (which can't be read, or
/// is too large; a file larger than the limit is refused before anything is read).
std::optional<ImportError> readImportFile(const QString &path, QByteArray *bytes, Language messageLanguage);

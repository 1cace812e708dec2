// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/csvimporter.h"
#include "core/importerror.h"
#include "core/study.h"

#include <QList>
#include <QString>

/// The file formats a study can be imported from.
enum class StudyFileFormat { Csv, Json, Xlsx, Ods };

/// The outcome of reading a study file (CSV, JSON, XLSX or ODS). studies is empty whenever errors is
/// not: a file is imported completely or not at all.
struct StudyImportResult
{
    StudyFileFormat format = StudyFileFormat::Csv;
    QList<Study> studies;      ///< New studies (id 0).
    QList<ImportError> errors; ///< Each names the file and line/column or JSON path.
    CsvImportResult csv;       ///< For CSV, XLSX and ODS: the table read and the detected
                               ///< settings (preview).

    /// True for the formats read as a table (everything but JSON).
    bool isTable() const { return format != StudyFileFormat::Json; }
};

/// The format of a file: JSON for a ".json" suffix or content starting with "{" (after a
/// byte order mark and white space); XLSX for ".xlsx"/".xlsm", ODS for ".ods", and for a ZIP
/// archive without these suffixes ODS when its first part names the OpenDocument spreadsheet
/// type, else XLSX; CSV otherwise.
StudyFileFormat studyFileFormat(const QString &fileName, const QByteArray &bytes);

/// Reads study data from bytes that came from fileName (used in messages); options apply
/// to CSV and spreadsheets only (JSON carries exact numbers and both languages itself).
StudyImportResult importStudies(const QByteArray &bytes, const QString &fileName, const CsvImportOptions &options);

/// Reads a study file; a file that can't be read is one error naming it.
StudyImportResult importStudiesFromFile(const QString &path, const CsvImportOptions &options);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/studyimport.h"

#include "core/importlimits.h"
#include "core/studyjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyImport)
};

} // namespace

StudyFileFormat studyFileFormat(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json")
        return StudyFileFormat::Json;
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return StudyFileFormat::Xlsx;
    if (suffix == u"ods")
        return StudyFileFormat::Ods;
    if (bytes.startsWith("PK\x03\x04")) // a ZIP archive: OpenDocument puts its type first
        return bytes.left(100).contains("application/vnd.oasis.opendocument.spreadsheet") ? StudyFileFormat::Ods
                                                                                          : StudyFileFormat::Xlsx;
    QByteArray start = bytes.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    return start.trimmed().startsWith('{') ? StudyFileFormat::Json : StudyFileFormat::Csv;
}

StudyImportResult importStudies(const QByteArray &bytes, const QString &fileName, const CsvImportOptions &options)
{
    StudyImportResult result;
    result.format = studyFileFormat(fileName, bytes);
    if (result.format == StudyFileFormat::Json) {
        JsonImportResult json = importStudiesJson(bytes, fileName, options.messageLanguage);
        result.studies = json.studies;
        result.errors = json.errors;
    } else if (result.format == StudyFileFormat::Xlsx || result.format == StudyFileFormat::Ods) {
        result.csv = importSpreadsheet(
            bytes, fileName, result.format == StudyFileFormat::Xlsx ? SpreadsheetFormat::Xlsx : SpreadsheetFormat::Ods,
            options);
        result.studies = result.csv.studies;
        result.errors = result.csv.errors;
    } else {
        result.csv = importCsv(bytes, fileName, options);
        result.studies = result.csv.studies;
        result.errors = result.csv.errors;
    }
    if (!result.errors.isEmpty())
        result.studies.clear();
    return result;
}

StudyImportResult importStudiesFromFile(const QString &path, const CsvImportOptions &options)
{
    QByteArray bytes;
    if (std::optional<ImportError> error = readImportFile(path, &bytes, options.messageLanguage)) {
        StudyImportResult result;
        result.errors.append(*error);
        return result;
    }
    return importStudies(bytes, QDir::toNativeSeparators(path), options);
}

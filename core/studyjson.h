// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/importerror.h"
#include "core/study.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The JSON sharing format of whole studies (QJsonDocument):
///
///     { "format": "chartweek-studies", "version": 1, "studies": [ {
///         "slug", "title", "publisher", "year", "sourceCitation", "notes": strings/number,
///         "topic", "adoptionLabel", "headline": { "en": "…", "de": "…", any BCP 47 tag: "…" },
///         "multipleAnswers": bool,
///         "baselineSegment": segment key or null,
///         "publicationDate": "2012-05-07" or null (ISO 8601 date),
///         "chartWeek": "2012-W19" or null (ISO 8601 week),
///         "segments": [ { "key", "name": { "en": "…", "de": "…" }, "color": "#rrggbb" or "" } ],
///         "waves": [ { "year": 2012, "shares": [24, 29, null] } ],
///         "advice": [ { "audience": segment key or "consultants", "language": "de",
///                       "heading", "body", "updated": ISO 8601 date and time or null } ] } ] }
///
/// Every text of a study is an object keyed by BCP 47 language code (any language, not
/// only the app's; an empty text is left out); the advice names its language the same way.
/// Shares are JSON numbers in percent written with the shortest digits that read back as
/// the same double; an unknown share is null. The database id is not part of the format.

/// Format name in the "format" field and the version this build writes and reads.
inline constexpr char kStudyJsonFormat[] = "chartweek-studies";
inline constexpr int kStudyJsonVersion = 1;

/// The studies as an indented UTF-8 JSON document. chartWeek is written as its ISO week, so
/// a date that isn't a Monday reads back as the Monday of its week. A non-finite share
/// (which validateStudy() rejects) is written as null.
QByteArray exportStudiesJson(const QList<Study> &studies);

/// Writes exportStudiesJson() to path through QSaveFile. Returns false with a translated
/// message naming the file in *error.
bool writeStudiesJson(const QList<Study> &studies, const QString &path, QString *error = nullptr);

/// The studies read from a JSON file. studies is empty whenever errors is not.
struct JsonImportResult
{
    QList<Study> studies;      ///< id 0; waves sorted by year.
    QList<ImportError> errors; ///< Each names the JSON path (or line and column of a syntax
                               ///< error), the value and the problem, translated.

    /// True when there is something to import and nothing wrong.
    bool ok() const { return errors.isEmpty() && !studies.isEmpty(); }
};

/// Reads studies from the sharing format (fileName only names the file in errors).
/// Required: format, version (at most kStudyJsonVersion), studies, and per study title,
/// segments (key, name) and waves (year, shares: one number or null per segment).
/// Other fields may be missing (empty, false, null); unknown fields are ignored; slug
/// defaults to slugFromText(title). Errors: JSON syntax (line, column), wrong types,
/// duplicate or missing segment keys, a baselineSegment that is no segment key, colours
/// other than "#rrggbb", dates and weeks that aren't ISO 8601, share lists of the wrong
/// length, and every issue validateStudy() reports (its path names the wave or share).
/// messageLanguage formats the numbers and picks the segment names in the messages of
/// validateStudy() (callers pass the UI language).
JsonImportResult importStudiesJson(const QByteArray &json, const QString &fileName,
                                   Language messageLanguage = Language::English);

/// Reads the file at path and imports it with importStudiesJson(); a file that can't be read
/// is an error naming it.
JsonImportResult importStudiesJsonFile(const QString &path, Language messageLanguage = Language::English);

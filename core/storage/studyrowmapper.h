// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/studyrepository.h"
#include "core/study.h"
#include "core/theme.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

#include <optional>

/// Reads the columns of a query's current row by name; each name is looked up in the
/// result's columns once, not per row.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery &query);
    /// The value of a column of the current row; an invalid QVariant for an unknown column.
    QVariant value(const char *column) const;
    bool isNull(const char *column) const { return value(column).isNull(); }

private:
    const QSqlQuery &m_query;
    QSqlRecord m_record;
    mutable QVarLengthArray<std::pair<const char *, int>, 24> m_indexes;
};

/// The one place that knows which field of a study, segment, wave, share, advice text or
/// brand theme goes into which column, for reading and for writing. Texts in a language
/// are rows keyed by their BCP 47 code (study_text, segment_text, advice), never columns:
/// a study's texts in a new language need nothing here. The SQL of
/// SqlStudyRepository is made from the column lists here, so a field added to a table is
/// added here and nowhere else. NOT NULL text columns get "" for a null QString.
namespace StudyRows {

/// The study table's columns for the fields of a Study (all but id), comma-separated in the
/// order bindStudy() binds them.
QString studyColumns();
/// "?, ?, …", one per studyColumns() entry.
QString studyPlaceholders();
/// "slug = ?, title = ?, …" for an UPDATE, in bindStudy()'s order.
QString studyAssignments();
void bindStudy(QSqlQuery &query, const Study &study);
/// Reads the studyColumns() fields of the current row into study (its id stays as it is).
void readStudy(const RowReader &row, Study *study);

/// "id, title, publisher, …": what a StudySummary needs, for a SELECT on study.
QString summaryColumns();
StudySummary readSummary(const RowReader &row);

/// What a stored text row holds that is not ours: an unknown language code or field name
/// (a damaged database). Column::None when the row was read.
struct TextProblem
{
    enum class Column { None, Language, Field };
    Column column = Column::None;
    QString value; ///< The value found in that column.
    explicit operator bool() const { return column != Column::None; }
};

/// One text of a study in one language, a row of study_text: the study field's name
/// ("topic", "adoption_label", "headline"), the language and the text (never empty).
struct StudyTextRow
{
    QString field;
    Language language;
    QString text;
};
/// Every text of the study's localized fields, one row per field and language.
QList<StudyTextRow> studyTextRows(const Study &study);
/// "study_id, field, language, text_value", in bindStudyText()'s order.
QString studyTextColumns();
void bindStudyText(QSqlQuery &query, qint64 studyId, const StudyTextRow &text);
/// Puts the text of the current study_text row into its field of study.
TextProblem readStudyText(const RowReader &row, Study *study);

/// The segment columns bindSegment() binds, comma-separated ("study_id, position, …").
QString segmentColumns();
void bindSegment(QSqlQuery &query, qint64 studyId, int position, const Segment &segment);
/// The segment of the current row, its name still empty (the names are segment_text rows).
Segment readSegment(const RowReader &row);
/// "segment_id, language, name", in bindSegmentText()'s order.
QString segmentTextColumns();
void bindSegmentText(QSqlQuery &query, qint64 segmentId, Language language, const QString &name);
/// Puts the name of the current segment_text row into name.
TextProblem readSegmentText(const RowReader &row, LocalizedText *name);
/// The segment_id column of the current row.
qint64 readSegmentId(const RowReader &row);

QString waveColumns();
void bindWave(QSqlQuery &query, qint64 studyId, const SurveyWave &wave);
int readWaveYear(const RowReader &row);

QString shareColumns();
void bindShare(QSqlQuery &query, qint64 waveId, qint64 segmentId, Share share);
/// One stored share: which wave and segment it belongs to, and the value as stored (NULL
/// for an unknown share; checked by the caller, since a damaged file may hold anything).
struct ShareRow
{
    qint64 waveId = 0;
    qint64 segmentId = 0;
    QVariant value;
};
ShareRow readShare(const RowReader &row);

QString adviceColumns();
void bindAdvice(QSqlQuery &query, qint64 studyId, const AdviceText &text);
/// The advice text of the current row; nullopt when its language code is not one of ours.
std::optional<AdviceText> readAdvice(const RowReader &row);

/// One annotation text in one language, a row of annotation.
struct AnnotationRow
{
    QString series; ///< Segment key or kAdoptionSeries.
    int waveYear = 0;
    Language language;
    QString text;
};
/// The study's annotations, one row per annotation and language; notes on a series or wave
/// the study no longer has are left out.
QList<AnnotationRow> annotationRows(const Study &study);
/// "study_id, series, wave_year, language, text_value", in bindAnnotation()'s order.
QString annotationColumns();
void bindAnnotation(QSqlQuery &query, qint64 studyId, const AnnotationRow &row);
/// Adds the text of the current annotation row to study's annotations (unsorted).
TextProblem readAnnotation(const RowReader &row, Study *study);

/// The one brand theme row's key.
QString brandThemeKey();
QString brandThemeColumns();
void bindBrandTheme(QSqlQuery &query, const BrandTheme &brand, const QDateTime &updated);
BrandTheme readBrandTheme(const RowReader &row);

/// The id column of the current row.
qint64 readId(const RowReader &row);
/// The study_id column of the current row (segments, waves, advice).
qint64 readStudyId(const RowReader &row);

/// An ISO 8601 date column's value; NULL for an invalid date.
QVariant dateValue(const QDate &date);
/// The date of an ISO 8601 date column; a null QDate for NULL.
QDate dateFrom(const QVariant &value);

} // namespace StudyRows

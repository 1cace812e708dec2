// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/studyrowmapper.h"

#include "core/language.h"

#include <QStringList>

using namespace Qt::StringLiterals;

RowReader::RowReader(const QSqlQuery &query)
    : m_query(query)
    , m_record(query.record())
{}

QVariant RowReader::value(const char *column) const
{
    for (const auto &[name, index] : m_indexes) {
        if (name == column)
            return m_query.value(index);
    }
    const int index = m_record.indexOf(QLatin1String(column));
    m_indexes.append({column, index});
    return index < 0 ? QVariant() : m_query.value(index);
}

namespace StudyRows {

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL and take "" instead.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

// One column of the study table: its name, how a Study's field becomes its value and how
// its value goes back into the field.
struct StudyColumn
{
    const char *name;
    QVariant (*get)(const Study &study);
    void (*set)(Study &study, const QVariant &value);
};

// The texts of a study that have a language, stored in study_text under these field names
// (the one list of them: a localized field added to Study is added here and nowhere else).
struct StudyTextField
{
    const char *name;
    LocalizedText Study::*text;
};

const StudyTextField kStudyTextFields[] = {
    {"topic", &Study::topic},
    {"adoption_label", &Study::adoptionLabel},
    {"headline", &Study::headline},
};

// One line a column (clang-format would spread each lambda over three lines).
// clang-format off
const StudyColumn kStudyColumns[] = {
    {"slug", [](const Study &s) { return notNull(s.slug); }, [](Study &s, const QVariant &v) { s.slug = v.toString(); }},
    {"title", [](const Study &s) { return notNull(s.title); },
     [](Study &s, const QVariant &v) { s.title = v.toString(); }},
    {"publisher", [](const Study &s) { return notNull(s.publisher); },
     [](Study &s, const QVariant &v) { s.publisher = v.toString(); }},
    {"publication_year", [](const Study &s) { return QVariant(s.year); },
     [](Study &s, const QVariant &v) { s.year = v.toInt(); }},
    {"source_citation", [](const Study &s) { return notNull(s.sourceCitation); },
     [](Study &s, const QVariant &v) { s.sourceCitation = v.toString(); }},
    {"baseline_position",
     [](const Study &s) { return s.baselineSegment >= 0 ? QVariant(s.baselineSegment) : nullInt(); },
     [](Study &s, const QVariant &v) { s.baselineSegment = v.isNull() ? -1 : v.toInt(); }},
    {"multiple_answers", [](const Study &s) { return QVariant(s.multipleAnswers ? 1 : 0); },
     [](Study &s, const QVariant &v) { s.multipleAnswers = v.toInt() != 0; }},
    {"notes", [](const Study &s) { return notNull(s.notes); },
     [](Study &s, const QVariant &v) { s.notes = v.toString(); }},
    {"publication_date", [](const Study &s) { return dateValue(s.publicationDate); },
     [](Study &s, const QVariant &v) { s.publicationDate = dateFrom(v); }},
    {"chart_week", [](const Study &s) { return dateValue(s.chartWeek); },
     [](Study &s, const QVariant &v) { s.chartWeek = dateFrom(v); }},
    // A highlight whose segment was removed is no highlight.
    {"highlight_series", [](const Study &s) { return QVariant(s.seriesIndex(s.highlight) >= -1 ? s.highlight : QString(u""_s)); },
     [](Study &s, const QVariant &v) { s.highlight = v.toString(); }},
};
// clang-format on

QString joined(std::initializer_list<const char *> columns)
{
    QStringList names;
    for (const char *column : columns)
        names.append(QLatin1String(column));
    return names.join(QStringLiteral(", "));
}

} // namespace

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

qint64 readId(const RowReader &row)
{
    return row.value("id").toLongLong();
}

qint64 readStudyId(const RowReader &row)
{
    return row.value("study_id").toLongLong();
}

QString studyColumns()
{
    QStringList names;
    for (const StudyColumn &column : kStudyColumns)
        names.append(QLatin1String(column.name));
    return names.join(QStringLiteral(", "));
}

QString studyPlaceholders()
{
    return QStringList(std::size(kStudyColumns), QStringLiteral("?")).join(QStringLiteral(", "));
}

QString studyAssignments()
{
    QStringList assignments;
    for (const StudyColumn &column : kStudyColumns)
        assignments.append(QLatin1String(column.name) + QStringLiteral(" = ?"));
    return assignments.join(QStringLiteral(", "));
}

void bindStudy(QSqlQuery &query, const Study &study)
{
    for (const StudyColumn &column : kStudyColumns)
        query.addBindValue(column.get(study));
}

void readStudy(const RowReader &row, Study *study)
{
    for (const StudyColumn &column : kStudyColumns)
        column.set(*study, row.value(column.name));
}

QString summaryColumns()
{
    return joined({"id", "title", "publisher", "publication_year", "source_citation", "chart_week"});
}

StudySummary readSummary(const RowReader &row)
{
    StudySummary summary;
    summary.id = readId(row);
    summary.title = row.value("title").toString();
    summary.publisher = row.value("publisher").toString();
    summary.year = row.value("publication_year").toInt();
    summary.sourceCitation = row.value("source_citation").toString();
    summary.chartWeek = dateFrom(row.value("chart_week"));
    return summary;
}

QList<StudyTextRow> studyTextRows(const Study &study)
{
    QList<StudyTextRow> rows;
    for (const StudyTextField &field : kStudyTextFields) {
        const LocalizedText &text = study.*field.text;
        for (const Language &language : text.languages())
            rows.append({QLatin1String(field.name), language, text.value(language)});
    }
    return rows;
}

QString studyTextColumns()
{
    return joined({"study_id", "field", "language", "text_value"});
}

void bindStudyText(QSqlQuery &query, qint64 studyId, const StudyTextRow &text)
{
    query.addBindValue(studyId);
    query.addBindValue(text.field);
    query.addBindValue(text.language.code());
    query.addBindValue(notNull(text.text));
}

TextProblem readStudyText(const RowReader &row, Study *study)
{
    const QString fieldName = row.value("field").toString();
    const QString code = row.value("language").toString();
    const std::optional<Language> language = Language::fromTag(code);
    if (!language)
        return {TextProblem::Column::Language, code};
    for (const StudyTextField &field : kStudyTextFields) {
        if (fieldName == QLatin1String(field.name)) {
            (study->*field.text).setValue(*language, row.value("text_value").toString());
            return {};
        }
    }
    return {TextProblem::Column::Field, fieldName};
}

QString segmentColumns()
{
    return joined({"study_id", "position", "segment_key", "color"});
}

void bindSegment(QSqlQuery &query, qint64 studyId, int position, const Segment &segment)
{
    query.addBindValue(studyId);
    query.addBindValue(position);
    query.addBindValue(notNull(segment.key));
    query.addBindValue(notNull(segment.color));
}

Segment readSegment(const RowReader &row)
{
    return {row.value("segment_key").toString(), LocalizedText(), row.value("color").toString()};
}

QString segmentTextColumns()
{
    return joined({"segment_id", "language", "name"});
}

void bindSegmentText(QSqlQuery &query, qint64 segmentId, Language language, const QString &name)
{
    query.addBindValue(segmentId);
    query.addBindValue(language.code());
    query.addBindValue(notNull(name));
}

TextProblem readSegmentText(const RowReader &row, LocalizedText *name)
{
    const QString code = row.value("language").toString();
    const std::optional<Language> language = Language::fromTag(code);
    if (!language)
        return {TextProblem::Column::Language, code};
    name->setValue(*language, row.value("name").toString());
    return {};
}

qint64 readSegmentId(const RowReader &row)
{
    return row.value("segment_id").toLongLong();
}

QString waveColumns()
{
    return joined({"study_id", "wave_year"});
}

void bindWave(QSqlQuery &query, qint64 studyId, const SurveyWave &wave)
{
    query.addBindValue(studyId);
    query.addBindValue(wave.year);
}

int readWaveYear(const RowReader &row)
{
    return row.value("wave_year").toInt();
}

QString shareColumns()
{
    return joined({"wave_id", "segment_id", "share_percent"});
}

void bindShare(QSqlQuery &query, qint64 waveId, qint64 segmentId, Share share)
{
    query.addBindValue(waveId);
    query.addBindValue(segmentId);
    query.addBindValue(share ? QVariant(*share) : QVariant(QMetaType::fromType<double>()));
}

ShareRow readShare(const RowReader &row)
{
    return {row.value("wave_id").toLongLong(), row.value("segment_id").toLongLong(), row.value("share_percent")};
}

QString adviceColumns()
{
    return joined({"study_id", "audience", "language", "heading", "body", "updated_at"});
}

void bindAdvice(QSqlQuery &query, qint64 studyId, const AdviceText &text)
{
    query.addBindValue(studyId);
    query.addBindValue(notNull(text.audience));
    query.addBindValue(text.language.code());
    query.addBindValue(notNull(text.heading));
    query.addBindValue(notNull(text.body));
    query.addBindValue(text.updated.isValid() ? QVariant(text.updated.toUTC().toString(Qt::ISODateWithMs))
                                              : QVariant(QMetaType::fromType<QString>()));
}

std::optional<AdviceText> readAdvice(const RowReader &row)
{
    const std::optional<Language> language = Language::fromTag(row.value("language").toString());
    if (!language)
        return std::nullopt;
    const QDateTime updated = QDateTime::fromString(row.value("updated_at").toString(), Qt::ISODateWithMs);
    return AdviceText{row.value("audience").toString(), *language, row.value("heading").toString(),
                      row.value("body").toString(), updated.toUTC()};
}

QList<AnnotationRow> annotationRows(const Study &study)
{
    QList<AnnotationRow> rows;
    for (const Annotation &annotation : study.annotations) {
        // Notes on a segment or wave since removed go with it.
        if (study.seriesIndex(annotation.series) < -1 || study.waveIndex(annotation.waveYear) < 0)
            continue;
        for (Language language : annotation.text.languages())
            rows.append({annotation.series, annotation.waveYear, language, annotation.text.value(language)});
    }
    return rows;
}

QString annotationColumns()
{
    return joined({"study_id", "series", "wave_year", "language", "text_value"});
}

void bindAnnotation(QSqlQuery &query, qint64 studyId, const AnnotationRow &row)
{
    query.addBindValue(studyId);
    query.addBindValue(row.series);
    query.addBindValue(row.waveYear);
    query.addBindValue(row.language.code());
    query.addBindValue(row.text);
}

TextProblem readAnnotation(const RowReader &row, Study *study)
{
    const QString code = row.value("language").toString();
    const std::optional<Language> language = Language::fromTag(code);
    if (!language)
        return {TextProblem::Column::Language, code};
    const QString series = row.value("series").toString();
    const int waveYear = row.value("wave_year").toInt();
    const Annotation *known = study->annotation(series, waveYear);
    LocalizedText text = known ? known->text : LocalizedText();
    text.setValue(*language, row.value("text_value").toString());
    if (known) {
        study->annotations[known - study->annotations.constData()].text = text;
    } else if (!text.isEmpty()) {
        study->annotations.append({series, waveYear, text});
    }
    return {};
}

QString brandThemeKey()
{
    return QStringLiteral("team"); // the key leaves room for more brands later
}

QString brandThemeColumns()
{
    return joined({"theme_key", "primary_color", "secondary_color", "font_family", "logo_png", "updated_at"});
}

void bindBrandTheme(QSqlQuery &query, const BrandTheme &brand, const QDateTime &updated)
{
    query.addBindValue(brandThemeKey());
    query.addBindValue(notNull(brand.primaryColor));
    query.addBindValue(notNull(brand.secondaryColor));
    query.addBindValue(notNull(brand.fontFamily));
    query.addBindValue(brand.logoPng.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(brand.logoPng));
    query.addBindValue(updated.toUTC().toString(Qt::ISODateWithMs));
}

BrandTheme readBrandTheme(const RowReader &row)
{
    BrandTheme brand;
    brand.primaryColor = row.value("primary_color").toString();
    brand.secondaryColor = row.value("secondary_color").toString();
    brand.fontFamily = row.value("font_family").toString();
    const QVariant logo = row.value("logo_png");
    brand.logoPng = logo.isNull() ? QByteArray() : logo.toByteArray();
    return brand;
}

} // namespace StudyRows

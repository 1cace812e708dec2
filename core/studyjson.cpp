// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/studyjson.h"

#include "core/csvimporter.h"
#include "core/filewrite.h"
#include "core/importlimits.h"
#include "core/safetext.h"
#include "core/theme.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StudyJson)
};

QJsonObject localizedToJson(const LocalizedText &text)
{
    QJsonObject object;
    for (Language language : text.languages())
        object.insert(language.code(), text.value(language));
    return object;
}

QJsonValue dateToJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue weekToJson(const QDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    return QStringLiteral("%1-W%2").arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QJsonObject studyToJson(const Study &study)
{
    QJsonArray segments;
    for (const Segment &segment : study.segments) {
        segments.append(QJsonObject{{QStringLiteral("key"), segment.key},
                                    {QStringLiteral("name"), localizedToJson(segment.name)},
                                    {QStringLiteral("color"), segment.color}});
    }
    QJsonArray waves;
    for (const SurveyWave &wave : study.waves) {
        QJsonArray shares;
        for (const Share &share : wave.shares)
            shares.append(share && std::isfinite(*share) ? QJsonValue(*share) : QJsonValue(QJsonValue::Null));
        waves.append(QJsonObject{{QStringLiteral("year"), wave.year}, {QStringLiteral("shares"), shares}});
    }
    QJsonArray advice;
    for (const AdviceText &text : study.advice) {
        advice.append(QJsonObject{{QStringLiteral("audience"), text.audience},
                                  {QStringLiteral("language"), languageCode(text.language)},
                                  {QStringLiteral("heading"), text.heading},
                                  {QStringLiteral("body"), text.body},
                                  {QStringLiteral("updated"),
                                   text.updated.isValid() ? QJsonValue(text.updated.toUTC().toString(Qt::ISODateWithMs))
                                                          : QJsonValue(QJsonValue::Null)}});
    }
    const bool hasBaseline = study.baselineSegment >= 0 && study.baselineSegment < study.segments.size();
    QJsonObject object{
        {QStringLiteral("slug"), study.slug},
        {QStringLiteral("title"), study.title},
        {QStringLiteral("publisher"), study.publisher},
        {QStringLiteral("year"), study.year},
        {QStringLiteral("sourceCitation"), study.sourceCitation},
        {QStringLiteral("topic"), localizedToJson(study.topic)},
        {QStringLiteral("adoptionLabel"), localizedToJson(study.adoptionLabel)},
        {QStringLiteral("baselineSegment"),
         hasBaseline ? QJsonValue(study.segments.at(study.baselineSegment).key) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("multipleAnswers"), study.multipleAnswers},
        {QStringLiteral("headline"), localizedToJson(study.headline)},
        {QStringLiteral("notes"), study.notes},
        {QStringLiteral("publicationDate"), dateToJson(study.publicationDate)},
        {QStringLiteral("chartWeek"), weekToJson(study.chartWeek)},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("waves"), waves},
        {QStringLiteral("advice"), advice},
    };
    // The emphasis only when there is one, so files without it stay as they were.
    if (!study.highlight.isEmpty())
        object.insert(QStringLiteral("highlight"), study.highlight);
    if (!study.annotations.isEmpty()) {
        QJsonArray annotations;
        for (const Annotation &annotation : study.annotations) {
            annotations.append(QJsonObject{{QStringLiteral("series"), annotation.series},
                                           {QStringLiteral("wave"), annotation.waveYear},
                                           {QStringLiteral("text"), localizedToJson(annotation.text)}});
        }
        object.insert(QStringLiteral("annotations"), annotations);
    }
    return object;
}

// ---------------------------------------------------------------------------------------------

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QString text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return text.size() > 60 ? text.first(59) + QChar(0x2026) : text;
    }
    case QJsonValue::Object: {
        const QString text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        return text.size() > 60 ? text.first(59) + QChar(0x2026) : text;
    }
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

class Reader final
{
public:
    Reader(const QString &fileName, Language messageLanguage, QList<ImportError> *errors)
        : m_fileName(fileName)
        , m_messageLanguage(messageLanguage)
        , m_errors(errors)
    {}

    void fail(const QString &path, const QJsonValue &value, const QString &message)
    {
        m_errors->append(ImportError{m_fileName, 0, 0, path, valueText(value), message});
    }

    std::optional<QString> string(const QJsonObject &object, const QString &key, const QString &path, bool required)
    {
        const QJsonValue value = object.value(key);
        const QString here = path + u'.' + key;
        if (value.isUndefined()) {
            if (required)
                fail(here, value, Text::tr("This field is required."));
            return required ? std::nullopt : std::optional<QString>(QString());
        }
        if (!value.isString()) {
            fail(here, value, Text::tr("A text is expected here, not %1.").arg(valueText(value)));
            return std::nullopt;
        }
        return checkedText(value.toString(), here);
    }

    // A text from the file: no control characters (see safetext.h), not longer than the
    // limit (notes and advice bodies may be long).
    std::optional<QString> checkedText(const QString &text, const QString &path)
    {
        const bool longText = path.endsWith(u".notes") || path.endsWith(u".body");
        const int limit = longText ? ImportLimits::kLongTextLength : ImportLimits::kTextLength;
        if (text.size() > limit) {
            fail(path, QString(text.first(60) + QChar(0x2026)), textTooLongMessage(limit, m_messageLanguage));
            return std::nullopt;
        }
        if (const qsizetype at = firstControlCharacter(text); at >= 0) {
            fail(path, visibleText(text),
                 Text::tr("The text contains the control character %1 at character %2, which no text may hold.")
                     .arg(characterCode(text.at(at)))
                     .arg(at + 1));
            return std::nullopt;
        }
        return text;
    }

    // An array of at most limit entries; else an error naming the limit.
    bool withinLimit(const QJsonValue &array, const QString &path, int limit, const QString &message)
    {
        if (array.toArray().size() <= limit)
            return true;
        fail(path, QStringLiteral("[…]"), message);
        return false;
    }

    std::optional<LocalizedText> localized(const QJsonObject &object, const QString &key, const QString &path,
                                           bool required)
    {
        const QJsonValue value = object.value(key);
        const QString here = path + u'.' + key;
        if (value.isUndefined() && !required)
            return LocalizedText();
        if (!value.isObject()) {
            fail(here, value,
                 value.isUndefined()
                     ? Text::tr("This field is required.")
                     : Text::tr("An object with one text per language code (\"en\", \"de\", …) is expected "
                                "here, not %1.")
                           .arg(valueText(value)));
            return std::nullopt;
        }
        const QJsonObject texts = value.toObject();
        LocalizedText result;
        bool ok = true;
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            const std::optional<Language> language = Language::fromTag(it.key());
            if (!language) {
                fail(here + u'.' + it.key(), it.value(),
                     Text::tr("\"%1\" is not a language code (BCP 47, e.g. \"en\" or \"de\").").arg(it.key()));
                ok = false;
                continue;
            }
            const std::optional<QString> text = string(texts, it.key(), here, false);
            if (!text) {
                ok = false;
                continue;
            }
            if (result.contains(*language)) {
                fail(here + u'.' + it.key(), it.value(),
                     Text::tr("The language \"%1\" is given twice.").arg(language->code()));
                ok = false;
                continue;
            }
            result.setValue(*language, *text);
        }
        if (!ok)
            return std::nullopt;
        return result;
    }

    std::optional<bool> boolean(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            fail(path + u'.' + key, value, Text::tr("true or false is expected here, not %1.").arg(valueText(value)));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<int> integer(const QJsonValue &value, const QString &path, int minimum, int maximum)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < minimum || number > maximum) {
            fail(path, value,
                 value.isUndefined() ? Text::tr("This field is required.")
                                     : Text::tr("A whole number from %1 to %2 is expected here, not %3.")
                                           .arg(minimum)
                                           .arg(maximum)
                                           .arg(valueText(value)));
            return std::nullopt;
        }
        return int(number);
    }

    std::optional<QDate> date(const QJsonObject &object, const QString &key, const QString &path, bool week)
    {
        const QJsonValue value = object.value(key);
        const QString here = path + u'.' + key;
        if (value.isUndefined() || value.isNull())
            return QDate();
        const QString text = value.toString();
        QDate result;
        if (week) {
            static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-W([0-9]{2})$"));
            const QRegularExpressionMatch match = pattern.match(text);
            if (match.hasMatch()) {
                const int weekYear = match.captured(1).toInt();
                const int weekNumber = match.captured(2).toInt();
                const QDate january4(weekYear, 1, 4); // always in week 1
                const QDate monday = january4.addDays(1 - january4.dayOfWeek() + 7 * (weekNumber - 1));
                int yearOfMonday = 0;
                if (weekNumber >= 1 && monday.weekNumber(&yearOfMonday) == weekNumber && yearOfMonday == weekYear)
                    result = monday;
            }
        } else {
            static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            if (pattern.match(text).hasMatch())
                result = QDate::fromString(text, Qt::ISODate);
        }
        if (!value.isString() || !result.isValid()) {
            fail(here, value,
                 week ? Text::tr("An ISO week such as \"2012-W19\" or null is expected here, not %1.")
                            .arg(valueText(value))
                      : Text::tr("An ISO date such as \"2012-05-07\" or null is expected here, not %1.")
                            .arg(valueText(value)));
            return std::nullopt;
        }
        return result;
    }

    std::optional<Study> study(const QJsonValue &value, const QString &path);

    // "highlight" and "annotations" of a study whose segments and waves are read.
    void emphasis(const QJsonObject &object, const QString &path, Study *study)
    {
        const auto seriesError = [](const QString &series) {
            return Text::tr("\"%1\" is neither the key of one of the study's segments nor \"%2\".")
                .arg(series, kAdoptionSeries);
        };
        if (const std::optional<QString> highlight = string(object, QStringLiteral("highlight"), path, false)) {
            if (!highlight->isEmpty() && study->seriesIndex(*highlight) < -1)
                fail(path + QStringLiteral(".highlight"), *highlight, seriesError(*highlight));
            else
                study->highlight = *highlight;
        }
        const QJsonValue list = object.value(QStringLiteral("annotations"));
        const QString listPath = path + QStringLiteral(".annotations");
        if (list.isUndefined())
            return;
        if (!list.isArray()) {
            fail(listPath, list, Text::tr("A list of annotations is expected here, not %1.").arg(valueText(list)));
            return;
        }
        // One per series and wave at most, so no more than the study has bars and points.
        const int limit = int(study->waves.size() * (study->segments.size() + 1));
        if (!withinLimit(list, listPath, limit,
                         Text::tr("The study has more annotations (%1) than bars and trend points (%2).")
                             .arg(list.toArray().size())
                             .arg(limit)))
            return;
        for (qsizetype i = 0; i < list.toArray().size(); ++i) {
            const QJsonValue entry = list.toArray().at(i);
            const QString here = QStringLiteral("%1[%2]").arg(listPath).arg(i);
            if (!entry.isObject()) {
                fail(here, entry, Text::tr("An annotation object is expected here, not %1.").arg(valueText(entry)));
                continue;
            }
            const QJsonObject fields = entry.toObject();
            Annotation annotation;
            const std::optional<QString> series = string(fields, QStringLiteral("series"), here, true);
            if (series && study->seriesIndex(*series) < -1)
                fail(here + QStringLiteral(".series"), *series, seriesError(*series));
            const std::optional<int> wave =
                integer(fields.value(QStringLiteral("wave")), here + QStringLiteral(".wave"), 1, 9999);
            if (wave && study->waveIndex(*wave) < 0)
                fail(here + QStringLiteral(".wave"), *wave, Text::tr("The study has no survey wave %1.").arg(*wave));
            const std::optional<LocalizedText> text = localized(fields, QStringLiteral("text"), here, true);
            if (text) {
                for (Language language : text->languages()) {
                    if (text->value(language).size() > kAnnotationLength)
                        fail(here + QStringLiteral(".text.") + language.code(), text->value(language),
                             Text::tr("An annotation has at most %1 characters; this one has %2.")
                                 .arg(kAnnotationLength)
                                 .arg(text->value(language).size()));
                }
            }
            if (!series || !wave || !text)
                continue;
            if (study->annotation(*series, *wave)) {
                fail(here, entry, Text::tr("The annotation of \"%1\" in %2 is given twice.").arg(*series).arg(*wave));
                continue;
            }
            annotation.series = *series;
            annotation.waveYear = *wave;
            annotation.text = *text;
            if (!annotation.text.isEmpty())
                study->annotations.append(annotation);
        }
        study->sortAnnotations();
    }

private:
    QString m_fileName;
    Language m_messageLanguage;
    QList<ImportError> *m_errors;
};

std::optional<Study> Reader::study(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, value, Text::tr("A study object is expected here, not %1.").arg(valueText(value)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors->size();
    const QJsonObject object = value.toObject();
    Study study;
    const auto take = [](auto &target, const auto &source) {
        if (source)
            target = *source;
    };
    take(study.title, string(object, QStringLiteral("title"), path, true));
    if (object.value(QStringLiteral("title")).isString() && study.title.trimmed().isEmpty())
        fail(path + QStringLiteral(".title"), object.value(QStringLiteral("title")), Text::tr("The title is empty."));
    take(study.slug, string(object, QStringLiteral("slug"), path, false));
    if (study.slug.isEmpty())
        study.slug = slugFromText(study.title);
    take(study.publisher, string(object, QStringLiteral("publisher"), path, false));
    if (object.contains(QStringLiteral("year")))
        take(study.year, integer(object.value(QStringLiteral("year")), path + QStringLiteral(".year"), 0, 9999));
    take(study.sourceCitation, string(object, QStringLiteral("sourceCitation"), path, false));
    take(study.topic, localized(object, QStringLiteral("topic"), path, false));
    take(study.adoptionLabel, localized(object, QStringLiteral("adoptionLabel"), path, false));
    take(study.multipleAnswers, boolean(object, QStringLiteral("multipleAnswers"), path));
    take(study.headline, localized(object, QStringLiteral("headline"), path, false));
    take(study.notes, string(object, QStringLiteral("notes"), path, false));
    take(study.publicationDate, date(object, QStringLiteral("publicationDate"), path, false));
    take(study.chartWeek, date(object, QStringLiteral("chartWeek"), path, true));

    const QJsonValue segments = object.value(QStringLiteral("segments"));
    const QString segmentsPath = path + QStringLiteral(".segments");
    if (!withinLimit(segments, segmentsPath, ImportLimits::kSegments, tooManySegmentsMessage(m_messageLanguage))) {
        // refused above
    } else if (!segments.isArray()) {
        fail(segmentsPath, segments,
             segments.isUndefined()
                 ? Text::tr("This field is required.")
                 : Text::tr("A list of segments is expected here, not %1.").arg(valueText(segments)));
    } else {
        for (qsizetype i = 0; i < segments.toArray().size(); ++i) {
            const QJsonValue entry = segments.toArray().at(i);
            const QString here = QStringLiteral("%1[%2]").arg(segmentsPath).arg(i);
            if (!entry.isObject()) {
                fail(here, entry, Text::tr("A segment object is expected here, not %1.").arg(valueText(entry)));
                continue;
            }
            Segment segment;
            take(segment.key, string(entry.toObject(), QStringLiteral("key"), here, true));
            take(segment.name, localized(entry.toObject(), QStringLiteral("name"), here, true));
            take(segment.color, string(entry.toObject(), QStringLiteral("color"), here, false));
            const QJsonValue key = entry.toObject().value(QStringLiteral("key"));
            if (key.isString() && segment.key.isEmpty())
                fail(here + QStringLiteral(".key"), key, Text::tr("The segment key is empty."));
            else if (key.isString() && segment.key.startsWith(u'@'))
                fail(here + QStringLiteral(".key"), key,
                     Text::tr("A segment key may not start with \"@\" (\"%1\" names the adoption line).")
                         .arg(kAdoptionSeries));
            else if (key.isString() && study.segmentIndex(segment.key) >= 0)
                fail(here + QStringLiteral(".key"), key,
                     Text::tr("The segment key \"%1\" is used twice.").arg(segment.key));
            if (!segment.color.isEmpty() && !isHexColor(segment.color))
                fail(here + QStringLiteral(".color"), segment.color,
                     Text::tr("A colour such as \"#1f77b4\" or \"\" is expected here, not %1.").arg(segment.color));
            study.segments.append(segment);
        }
    }

    const QJsonValue baseline = object.value(QStringLiteral("baselineSegment"));
    if (baseline.isString()) {
        study.baselineSegment = study.segmentIndex(baseline.toString());
        if (study.baselineSegment < 0)
            fail(path + QStringLiteral(".baselineSegment"), baseline,
                 Text::tr("\"%1\" is not the key of one of the study's segments.").arg(baseline.toString()));
    } else if (!baseline.isNull() && !baseline.isUndefined()) {
        fail(path + QStringLiteral(".baselineSegment"), baseline,
             Text::tr("A segment key or null is expected here, not %1.").arg(valueText(baseline)));
    }

    const QJsonValue waves = object.value(QStringLiteral("waves"));
    const QString wavesPath = path + QStringLiteral(".waves");
    if (!withinLimit(waves, wavesPath, ImportLimits::kWaves, tooManyWavesMessage(m_messageLanguage))) {
        // refused above
    } else if (!waves.isArray()) {
        fail(wavesPath, waves,
             waves.isUndefined() ? Text::tr("This field is required.")
                                 : Text::tr("A list of survey waves is expected here, not %1.").arg(valueText(waves)));
    } else {
        for (qsizetype i = 0; i < waves.toArray().size(); ++i) {
            const QJsonValue entry = waves.toArray().at(i);
            const QString here = QStringLiteral("%1[%2]").arg(wavesPath).arg(i);
            if (!entry.isObject()) {
                fail(here, entry, Text::tr("A survey wave object is expected here, not %1.").arg(valueText(entry)));
                continue;
            }
            SurveyWave wave;
            take(wave.year,
                 integer(entry.toObject().value(QStringLiteral("year")), here + QStringLiteral(".year"), 1, 9999));
            const QJsonValue shares = entry.toObject().value(QStringLiteral("shares"));
            const QString sharesPath = here + QStringLiteral(".shares");
            if (!shares.isArray()) {
                fail(sharesPath, shares,
                     shares.isUndefined()
                         ? Text::tr("This field is required.")
                         : Text::tr("A list of shares is expected here, not %1.").arg(valueText(shares)));
            } else {
                const QJsonArray list = shares.toArray();
                if (list.size() != study.segments.size())
                    fail(sharesPath, shares,
                         Text::tr("The survey wave has %1 shares, but the study has %2 segments.")
                             .arg(list.size())
                             .arg(study.segments.size()));
                for (qsizetype s = 0; s < list.size(); ++s) {
                    const QJsonValue share = list.at(s);
                    if (share.isNull()) {
                        wave.shares.append(std::nullopt);
                    } else if (share.isDouble()) {
                        wave.shares.append(share.toDouble());
                    } else {
                        fail(QStringLiteral("%1[%2]").arg(sharesPath).arg(s), share,
                             Text::tr("A share in percent or null is expected here, not %1.").arg(valueText(share)));
                    }
                }
            }
            study.waves.append(wave);
        }
    }
    const QJsonValue advice = object.value(QStringLiteral("advice"));
    const QString advicePath = path + QStringLiteral(".advice");
    if (!withinLimit(advice, advicePath, ImportLimits::kAdviceTexts,
                     Text::tr("The study has more than %1 advice texts, the most a study may have.")
                         .arg(ImportLimits::kAdviceTexts))) {
        // refused above
    } else if (!advice.isUndefined() && !advice.isArray()) {
        fail(advicePath, advice, Text::tr("A list of advice texts is expected here, not %1.").arg(valueText(advice)));
    } else {
        for (qsizetype i = 0; i < advice.toArray().size(); ++i) {
            const QJsonValue entry = advice.toArray().at(i);
            const QString here = QStringLiteral("%1[%2]").arg(advicePath).arg(i);
            if (!entry.isObject()) {
                fail(here, entry, Text::tr("An advice object is expected here, not %1.").arg(valueText(entry)));
                continue;
            }
            AdviceText text;
            take(text.audience, string(entry.toObject(), QStringLiteral("audience"), here, true));
            take(text.heading, string(entry.toObject(), QStringLiteral("heading"), here, true));
            take(text.body, string(entry.toObject(), QStringLiteral("body"), here, true));
            const QJsonValue language = entry.toObject().value(QStringLiteral("language"));
            const std::optional<Language> parsed = Language::fromTag(language.toString());
            if (!language.isString() || !parsed)
                fail(here + QStringLiteral(".language"), language,
                     Text::tr("A language code (BCP 47, e.g. \"en\" or \"de\") is expected here, not %1.")
                         .arg(valueText(language)));
            else
                text.language = *parsed;
            const QJsonValue updated = entry.toObject().value(QStringLiteral("updated"));
            if (updated.isString()) {
                text.updated = QDateTime::fromString(updated.toString(), Qt::ISODateWithMs).toUTC();
                if (!text.updated.isValid())
                    fail(here + QStringLiteral(".updated"), updated,
                         Text::tr("A date and time such as \"2026-11-30T09:00:00Z\" is expected here, not %1.")
                             .arg(valueText(updated)));
            } else if (!updated.isNull() && !updated.isUndefined()) {
                fail(here + QStringLiteral(".updated"), updated,
                     Text::tr("A date and time such as \"2026-11-30T09:00:00Z\" is expected here, not %1.")
                         .arg(valueText(updated)));
            }
            if (study.adviceText(text.audience, text.language))
                fail(here, entry,
                     Text::tr("The advice for \"%1\" in this language is given twice.").arg(text.audience));
            study.advice.append(text);
        }
    }
    study.sortAdvice();
    emphasis(object, path, &study);

    if (m_errors->size() != errorsBefore)
        return std::nullopt;

    for (const ValidationIssue &issue : validateStudy(study, m_messageLanguage)) {
        qsizetype waveIdx = -1;
        for (qsizetype i = 0; i < study.waves.size(); ++i) {
            if (study.waves.at(i).year != issue.waveYear)
                continue;
            waveIdx = i;
            if (issue.kind != ValidationIssue::Kind::DuplicateWave)
                break; // the first one, unless it is the repeat that is wrong
        }
        QString here = QStringLiteral("%1[%2]").arg(wavesPath).arg(waveIdx);
        QJsonValue shown = waves.toArray().at(waveIdx).toObject().value(QStringLiteral("year"));
        if (issue.segment >= 0) {
            here += QStringLiteral(".shares[%1]").arg(issue.segment);
            shown = waves.toArray().at(waveIdx).toObject().value(QStringLiteral("shares")).toArray().at(issue.segment);
        }
        fail(here, shown, issue.message);
    }
    if (m_errors->size() != errorsBefore)
        return std::nullopt;
    std::stable_sort(study.waves.begin(), study.waves.end(), [](const SurveyWave &a, const SurveyWave &b) {
        return a.year < b.year;
    });
    return study;
}

} // namespace

QByteArray exportStudiesJson(const QList<Study> &studies)
{
    QJsonArray list;
    for (const Study &study : studies)
        list.append(studyToJson(withVisibleText(study)));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kStudyJsonFormat)},
                           {QStringLiteral("version"), kStudyJsonVersion},
                           {QStringLiteral("studies"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writeStudiesJson(const QList<Study> &studies, const QString &path, QString *error)
{
    if (const std::optional<QString> reason = writeFileSafely(path, exportStudiesJson(studies))) {
        if (error)
            *error = cannotWriteMessage(path, *reason);
        return false;
    }
    return true;
}

JsonImportResult importStudiesJson(const QByteArray &json, const QString &fileName, Language messageLanguage)
{
    JsonImportResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString before = QString::fromUtf8(json.first(std::clamp<qsizetype>(parseError.offset, 0, json.size())));
        const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
        result.errors.append(ImportError{fileName, int(before.count(u'\n')) + 1, int(before.size() - lineStart) + 1,
                                         QString(), QString(),
                                         Text::tr("The file is not valid JSON: %1.").arg(parseError.errorString())});
        return result;
    }
    Reader reader(fileName, messageLanguage, &result.errors);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kStudyJsonFormat)) {
        reader.fail(QStringLiteral("format"), root.value(QStringLiteral("format")),
                    Text::tr("This is not a Chart of the Week study file (\"format\": \"%1\" is missing).")
                        .arg(QLatin1String(kStudyJsonFormat)));
        return result;
    }
    const std::optional<int> version =
        reader.integer(root.value(QStringLiteral("version")), QStringLiteral("version"), 1, 1000000);
    if (!version)
        return result;
    if (*version > kStudyJsonVersion) {
        reader.fail(QStringLiteral("version"), root.value(QStringLiteral("version")),
                    Text::tr("The file was written by a newer version of the app (format version %1; this "
                             "version reads up to %2).")
                        .arg(*version)
                        .arg(kStudyJsonVersion));
        return result;
    }
    const QJsonValue studies = root.value(QStringLiteral("studies"));
    if (!studies.isArray()) {
        reader.fail(QStringLiteral("studies"), studies,
                    studies.isUndefined()
                        ? Text::tr("This field is required.")
                        : Text::tr("A list of studies is expected here, not %1.").arg(valueText(studies)));
        return result;
    }
    if (studies.toArray().isEmpty())
        reader.fail(QStringLiteral("studies"), studies, Text::tr("The file contains no studies."));
    if (!reader.withinLimit(studies, QStringLiteral("studies"), ImportLimits::kStudies,
                            tooManyStudiesMessage(messageLanguage)))
        return result;
    for (qsizetype i = 0; i < studies.toArray().size(); ++i) {
        if (const std::optional<Study> study =
                reader.study(studies.toArray().at(i), QStringLiteral("studies[%1]").arg(i)))
            result.studies.append(*study);
    }
    if (!result.errors.isEmpty())
        result.studies.clear();
    return result;
}

JsonImportResult importStudiesJsonFile(const QString &path, Language messageLanguage)
{
    QByteArray bytes;
    if (std::optional<ImportError> error = readImportFile(path, &bytes, messageLanguage)) {
        JsonImportResult result;
        result.errors.append(*error);
        return result;
    }
    return importStudiesJson(bytes, path, messageLanguage);
}

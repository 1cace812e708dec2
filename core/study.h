// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/share.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

/// A text in any number of languages (a topic, a segment's name, a headline), keyed by
/// language. Holds no empty texts: setting a text to "" removes that language. The
/// languages are kept in languageBefore() order, so two texts compare equal when they hold
/// the same texts, however they were built.
///
///     LocalizedText topic{{Language::English, u"How small businesses use social media"_s},
///                         {Language::German, u"Wie kleine Unternehmen soziale Medien nutzen"_s}};
///     topic.text(Language::German);           // the German text, else a fallback
///     topic.value(*Language::fromTag(u"fr")); // exactly the French text, "" when there is none
class LocalizedText
{
public:
    LocalizedText() = default;
    /// Texts by language; a language given twice keeps its last text.
    LocalizedText(std::initializer_list<std::pair<Language, QString>> texts);

    /// The text in a language, else (in this order) in its primary language ("de" for
    /// "de-CH") or in a regional variant of it, in English, or in the first language it has;
    /// "" when it has none.
    QString text(Language language) const;
    /// Exactly the text in a language; "" when there is none.
    QString value(Language language) const;
    bool contains(Language language) const;
    /// Sets the text in a language; an empty (or null) text removes the language.
    void setValue(Language language, const QString &text);
    /// The languages it has a text in, in languageBefore() order.
    QList<Language> languages() const;
    /// Every text, in the order of languages().
    QStringList values() const;
    bool isEmpty() const { return m_texts.isEmpty(); }

    bool operator==(const LocalizedText &) const = default;

private:
    QList<std::pair<Language, QString>> m_texts;
};

/// The same text in each of the app's UI languages (uiLanguages()): what an import that
/// knows no language of its labels gives a study, so every UI language shows them.
LocalizedText sameTextInUiLanguages(const QString &text);

/// One answer category of a study ("planned strategy", "ad hoc", "none").
/// The key is stable and language-neutral ("strategy", "adhoc", "none").
struct Segment
{
    QString key;
    LocalizedText name;
    QString color; ///< "#rrggbb"; empty for the default palette colour of its position.
    bool operator==(const Segment &) const = default;
};

/// One survey wave: the year the question was asked and one share per segment of the
/// study, in the study's segment order. An unknown share is std::nullopt.
struct SurveyWave
{
    int year = 0;
    QList<Share> shares;
    bool operator==(const SurveyWave &) const = default;
};

/// The advice of a study for one audience in one language. The audience is a segment's
/// key (advice for respondents in that segment) or kAdvisorsAudience.
struct AdviceText
{
    QString audience;
    Language language = Language::English;
    QString heading;
    QString body;      ///< Plain text; paragraphs separated by "\n\n".
    QDateTime updated; ///< When this language's text was last changed (UTC).
    bool operator==(const AdviceText &) const = default;
};

/// The audience key of the advice for consultants, agencies and technology vendors.
inline const QString kAdvisorsAudience = QStringLiteral("consultants");

/// The series key of the derived adoption line (everyone outside the baseline segment) in
/// Study::highlight and Annotation::series. Segment keys never start with "@".
inline const QString kAdoptionSeries = QStringLiteral("@adoption");

/// A short note the editor attaches to one bar or trend point of a study's charts: the
/// share of a series (a segment's key, or kAdoptionSeries) in one survey wave. The text may
/// be in any number of languages; a chart shows the one in its language (LocalizedText::text).
/// At most kAnnotationLength characters per language (ImportLimits keeps imports below it).
struct Annotation
{
    QString series; ///< Segment key, or kAdoptionSeries.
    int waveYear = 0;
    LocalizedText text;
    bool operator==(const Annotation &) const = default;
};

/// The longest annotation text in characters: a note beside a bar, not a paragraph.
inline constexpr int kAnnotationLength = 140;

/// One survey publication with its segments and waves, and the week it is the chart of.
/// Segments are mutually exclusive and together make 100 % of a wave's respondents, unless
/// multipleAnswers is set (a question where respondents could pick several answers).
struct Study
{
    qint64 id = 0;                ///< Database id; 0 for a study not stored yet.
    QString slug;                 ///< Stable, unique, language-neutral name ("smb-group-2012-social-business").
    QString title;                ///< Title of the publication, as published (not translated).
    QString publisher;            ///< Who published it ("SMB Group").
    int year = 0;                 ///< Publication year.
    QString sourceCitation;       ///< Full citation shown in every chart's source line.
    LocalizedText topic;          ///< What the chart shows ("How small businesses use social media").
    LocalizedText adoptionLabel;  ///< Name of the derived series (everyone outside the baseline segment).
    int baselineSegment = -1;     ///< Index of the "not at all" segment; -1 when the study has none.
    bool multipleAnswers = false; ///< Shares need not add up to 100.
    LocalizedText headline;       ///< Editor's headline; empty to use the generated one.
    QString notes;                ///< Free text for the editor (not shown in charts).
    QDate publicationDate;        ///< When the study was published; null when unknown.
    QDate chartWeek;              ///< Monday of the ISO week it is the chart of; null when not scheduled.
    QList<Segment> segments;
    QList<SurveyWave> waves;  ///< Ordered by year, oldest first.
    QList<AdviceText> advice; ///< Stored advice texts, any order; see adviceSections().
    /// The series every chart of the study emphasises (the others muted): a segment's key,
    /// kAdoptionSeries, or "" for none.
    QString highlight;
    /// Notes on bars and trend points, at most one per series and wave, in the order
    /// sortAnnotations() gives (by series as the segments stand, the adoption line last, then
    /// by wave).
    QList<Annotation> annotations;

    /// Index of the wave asked in year, or -1.
    int waveIndex(int waveYear) const;
    /// Index of the segment with the key, or -1.
    int segmentIndex(const QString &key) const;
    /// The share of a segment in a wave; unknown for indexes out of range.
    Share share(int waveIdx, int segmentIdx) const;
    /// Year of the newest wave, or 0 when there is none.
    int latestWaveYear() const;
    /// The languages the study has texts in (topic, derived series, headline, segment names,
    /// advice), in languageBefore() order: the data editor shows one column per language.
    QList<Language> languages() const;
    /// Puts the advice texts in their canonical order: by segment, the advisors' text last,
    /// languages in languageBefore() order. Storage and import keep studies in this order, so two
    /// studies with the same texts compare equal.
    void sortAdvice();
    /// Puts the annotations in their canonical order (see annotations); storage and import keep
    /// them so.
    void sortAnnotations();
    /// The annotation of a series in a wave, or nullptr.
    const Annotation *annotation(const QString &series, int waveYear) const;
    /// Sets the text of the annotation of a series in a wave in one language, adding the
    /// annotation when it has none; an empty text removes that language, and the annotation
    /// with its last language.
    void setAnnotation(const QString &series, int waveYear, Language language, const QString &text);
    /// The series key of a segment index as charts number them (-1: the adoption line); "" when
    /// out of range.
    QString seriesKey(int segmentIndex) const;
    /// The index charts use for a series key (-1: the adoption line); -2 when the study has no
    /// such series.
    int seriesIndex(const QString &series) const;
    /// The stored advice for an audience in a language, or nullptr.
    const AdviceText *adviceText(const QString &audience, Language language) const;

    bool operator==(const Study &) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/share.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

/// A text that exists in both of the app's languages (segment names, topics).
struct LocalizedText
{
    QString english;
    QString german;

    /// The text in the given language; falls back to the other language when empty.
    QString text(Language language) const;
    bool operator==(const LocalizedText &) const = default;
};

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

    /// Index of the wave asked in year, or -1.
    int waveIndex(int waveYear) const;
    /// Index of the segment with the key, or -1.
    int segmentIndex(const QString &key) const;
    /// The share of a segment in a wave; unknown for indexes out of range.
    Share share(int waveIdx, int segmentIdx) const;
    /// Year of the newest wave, or 0 when there is none.
    int latestWaveYear() const;
    /// Puts the advice texts in their canonical order: by segment, the advisors' text last,
    /// English before German. Storage and import keep studies in this order, so two
    /// studies with the same texts compare equal.
    void sortAdvice();
    /// The stored advice for an audience in a language, or nullptr.
    const AdviceText *adviceText(const QString &audience, Language language) const;

    bool operator==(const Study &) const = default;
};

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

#include <QList>
#include <QString>

#include <optional>

/// One section of the advice as the reader sees it, in one language.
struct AdviceSection
{
    QString audience; ///< A segment key, or kAdvisorsAudience.
    QString heading;
    QString body;           ///< Plain text; paragraphs separated by "\n\n".
    bool generated = false; ///< No stored text in this language: written from the figures.
};

/// The advice of a study in a language: one section per segment, in segment order, then
/// one for consultants, agencies and vendors when the study has such a text. A segment
/// without a stored text in the language gets one generated from its share in the
/// newest wave (both languages are held here as data, independent of the translator).
QList<AdviceSection> adviceSections(const Study &study, Language language);

/// Where a reader in a segment stands in the newest wave with that segment's share known.
/// In a study with a baseline segment the segments are ordered from the most to the least
/// engaged answer (the baseline last): "ahead of" is the sum of the segments after it,
/// "behind" the sum of those before it. Both are unknown when any share they need is
/// unknown, and for studies without a baseline or with multiple answers (no order).
struct Placement
{
    int segment = -1;
    int waveYear = 0;
    Share share;
    Share aheadOf;
    Share behind;
};
Placement placeInSegment(const Study &study, int segmentIndex);

/// One sentence on where the reader stands ("You are ahead of 76% of respondents."),
/// in the language; empty when the figures are unknown.
QString placementSentence(const Study &study, const Placement &placement, Language language);

/// Problems of the stored advice a translator should see: a language missing for an
/// audience, or one language's text older than the other's. Translated (context "Advice");
/// segments are named in language.
QStringList adviceWarnings(const Study &study, Language language);

/// The advice written for the seed study (SMB Group 2012), in English and German.
QList<AdviceText> seedAdvice();

/// One answer of a self-placement question: it leads to another question (next >= 0) or
/// places the reader in a segment (segmentKey).
struct PlacementAnswer
{
    LocalizedText text;
    int next = -1;
    QString segmentKey;
};

/// One short question of "Where does my business stand?".
struct PlacementQuestion
{
    LocalizedText text;
    QList<PlacementAnswer> answers;
};

/// The questions that place a reader in one of the study's segments; the first question
/// comes first. For a study with the segments "strategy", "adhoc" and "none" (the social
/// media study) three yes/no questions; for any other study one question listing its
/// segments.
QList<PlacementQuestion> placementQuestions(const Study &study);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"

#include <QList>
#include <QString>

/// How a share is put into words in a narrative: 24 % is "less than a quarter", 33 % "a
/// third", 44 % "more than four in ten", 47 % "nearly half", 53 % "more than half", 75 %
/// "three quarters". Every phrase is true for its share and the closest natural one.
///
/// The words are data: one row for every whole percentage 0–100 in the "quantifiers" array
/// of each language's phrase table (resources/phrases/<tag>.json, see PhraseBook):
///
///     {"share": 24, "quantifier": "weniger als ein Viertel",
///      "subject": "weniger als ein Viertel {gen}", "plural": false}
///
/// "subject" is the quantifier as the subject of a sentence about a population, with a
/// placeholder for the population's form: English {pop} ("small businesses"); German {nom}
/// ("kleine Unternehmen"), {gen} ("der kleinen Unternehmen"), {dat} (after "von zehn":
/// "kleinen Unternehmen") and {weak} (after "alle": "kleinen Unternehmen"); see
/// populationPhrase(). "plural" says whether a verb agreeing with the subject is plural
/// (German "ein Viertel … hat", "drei Viertel … haben"; English subjects are all plural).
/// Independent of the installed translator.

/// The words for one whole percentage in one language.
struct QuantifierWords
{
    int share = -1;     ///< The whole percentage, 0–100; -1 for no words.
    QString quantifier; ///< The bare quantifier: "less than a quarter" / "weniger als ein Viertel".
    QString subject;    ///< With the population placeholder: "less than a quarter of {pop}".
    bool plural = true; ///< Whether a verb agreeing with the subject is plural.
};

/// The table of a language (its own, else English): 101 rows, row i for i %. A row that
/// the file lacks is empty (share -1); the tests require complete tables.
const QList<QuantifierWords> &quantifierTable(Language language);

/// The words for a share (percent) in a language. The share is rounded to a whole percent
/// (half away from zero) and clamped to 0–100: the text quotes the whole-number figure the
/// data label shows (see DataLabels::shownShare()), and the words follow that figure, so
/// 24.96 is "a quarter". A share that is not a finite number gives empty words.
QuantifierWords quantifierWords(double share, Language language);

/// The bare quantifier for a share: "nearly half" / "fast die Hälfte". Empty when the
/// share is not a finite number.
QString quantifierFor(double share, Language language);

/// The subject of words filled with a population given as its plural noun phrase in the
/// language ("small businesses", "kleine Unternehmen"): "less than a quarter of small
/// businesses", "weniger als ein Viertel der kleinen Unternehmen".
QString quantifiedSubject(const QuantifierWords &words, const QString &population, Language language);

/// The grammatical forms of a German population phrase given in the nominative plural
/// without article ("kleine Unternehmen", "Befragte").
enum class PopulationForm {
    Plain,           ///< As given: English "small businesses", German "kleine Unternehmen".
    Genitive,        ///< German "der kleinen Unternehmen", "der Befragten".
    DativeNoArticle, ///< German after "von zehn": "kleinen Unternehmen", "Befragten", "Betrieben".
    AfterAll,        ///< German after "alle": "kleinen Unternehmen", "Befragten".
};

/// A population phrase in a form. German follows the rules of the "grammar" section of the
/// German phrase table: lower-case words ending in "e" before the noun are adjectives and
/// take "-n" in every form but Plain; the noun takes "-n" in the dative unless it ends in
/// "n" or "s", and in the genitive and after "alle" only when it is a nominalised adjective
/// listed in "nominalisedAdjectives" ("Befragte" → "der Befragten", but "der Betriebe").
/// Other languages return the phrase as given.
QString populationPhrase(const QString &population, PopulationForm form, Language language);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"

#include <QList>
#include <QString>
#include <QStringView>

/// How a share is put into words in a narrative: "less than a quarter" for 24 %,
/// "nearly half" for 47 %, "more than half" for 53 %. The words follow the number as the
/// reader sees it: the share is rounded to one decimal first (as formatShare() does), so
/// 24.96 is "a quarter" (shown as "25 %"), never "less than a quarter (25 %)".
/// The words are held as data in both languages, independent of the installed translator.

/// The words for one range of shares in one language.
struct QuantifierWords
{
    QStringView quantifier;    ///< The bare quantifier: "less than a quarter" / "weniger als ein Viertel".
    QStringView ofRespondents; ///< As the subject of a sentence: "less than a quarter of respondents" /
                               ///< "weniger als ein Viertel der Befragten".
    bool plural = false;       ///< Whether a verb agreeing with ofRespondents is plural
                               ///< (German "alle Befragten gehörten", but "die Mehrheit … gehörte").
};

/// One row of the quantifier table: a closed range of shares (percent, in tenths of a
/// percent: from 25.1 to 29.9 means every rounded share in between) and its words in both
/// languages. The rows are ordered and together cover 0.0–100.0 without a gap or overlap.
struct QuantifierRange
{
    double from; ///< Smallest share of the range, percent, one decimal.
    double to;   ///< Largest share of the range, percent, one decimal.
    QuantifierWords english;
    QuantifierWords german;
};

/// The whole table, ordered from 0 to 100.
const QList<QuantifierRange> &quantifierTable();

/// The words for a share (percent) in a language. The share is rounded to one decimal and
/// clamped to 0–100; a share that is not a finite number gives empty words.
QuantifierWords quantifierWords(double share, Language language);

/// The bare quantifier for a share: "nearly half" / "fast die Hälfte". Empty when the
/// share is not a finite number.
QString quantifierFor(double share, Language language);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/share.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// The outcome of reading one spreadsheet cell as a share.
struct ParsedShare
{
    bool ok = false; ///< False when the cell can't be read unambiguously; error says why.
    Share value;     ///< The share in percent as written (no range check); nullopt for an empty cell.
    QString error;   ///< Translated reason when !ok; names the cell's text and the expected format.
};

/// Reads a share (percent) from a cell written in the import locale:
/// German "24,5", "24,5 %", "24,5%", "2.155" (thousands group = 2155), "-3";
/// English "24.5", "24.5%", "2,155" (= 2155). The space before "%" may be a normal,
/// no-break or narrow no-break space; surrounding white space is ignored.
/// An empty (or blank) cell is an unknown share (nullopt), never 0.
/// Anything that isn't unambiguous in the locale is an error, not a guess: English "24,5"
/// (a comma must start a group of three digits), German "24.5", "1.5" or "0.155", ",5",
/// "+3", "1e5", text. The conversion itself is QLocale's (correctly rounded, so a value
/// written with enough digits reads back bit-for-bit). Range is not checked here
/// (validateStudy() does that).
ParsedShare parseShare(QStringView cell, Language locale);

/// The one share rule on top of parseShare(), for every way a share comes in (a CSV or
/// spreadsheet cell, a typed editor cell, a pasted cell; JSON numbers and stored studies get
/// the same check through shareRangeProblem()): parseShare(), then the range 0–100, the
/// range message with numbers in messageLanguage.
ParsedShare parseShareInRange(QStringView cell, Language locale, Language messageLanguage);

/// Why value is not a share ("the share 100.0000001 is outside 0–100"; numbers in
/// messageLanguage, never rounded into a contradiction), or an empty string when it is one.
QString shareRangeProblem(double value, Language messageLanguage);

/// A number in a message that never rounds into a contradiction: 12 significant digits, or
/// every digit when fewer would show 0 or 100 for a value that isn't it (or put a value
/// outside 0–100 inside). "100,0000001" in German, "24.5" in English.
QString numberInMessage(double value, Language language);

/// numberInMessage() as a share, in the language's percent style from its phrase table
/// (core/phrasebook.h): "100,0000001 %" in German, "24.5%" in English.
QString shareInMessage(double value, Language language);

/// A plain number (no "%") written in locale's notation, by the same rules as parseShare():
/// used for the command line's numbers (--scale) and anything else typed. nullopt when it
/// isn't one.
std::optional<double> parseNumber(QStringView text, Language locale);

/// What a cell's text says about the number notation of the file it comes from.
enum class NumberNotation {
    Neutral,   ///< Reads the same in both ("24", "24 %", empty).
    German,    ///< Only German reads it ("24,5", "1.234,5", "24,5 %").
    English,   ///< Only English reads it ("24.5", "1,234.5").
    Ambiguous, ///< Both read it, as different numbers ("2.155", "2,155").
    NotANumber ///< Neither reads it.
};
NumberNotation numberNotation(QStringView cell);

/// How a file's number notation was settled.
enum class NotationSource {
    Requested, ///< The caller fixed it (--locale, the preview's choice).
    Detected,  ///< The share cells settle it.
    Unneeded,  ///< Every number reads the same in both: the caller's default is used.
    Ambiguous, ///< German and English cells side by side: the user must choose.
};

/// The notation of a file's share cells: the one that the cells only one notation reads
/// ("24,5" German, "24.5" English) agree on; failing those, the one that "2.155"-like cells
/// imply (the other notation reads them as 2155, never a share: "2.155" English, "2,155"
/// German); else fallback (Unneeded). Cells of both notations: Ambiguous.
struct NotationGuess
{
    Language locale = Language::English;
    NotationSource source = NotationSource::Unneeded;
    QString example; ///< A cell that decided it; for Ambiguous, one of each notation.
};
NotationGuess guessNumberNotation(const QList<QStringView> &cells, Language fallback);

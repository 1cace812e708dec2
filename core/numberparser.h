// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/share.h"

#include <QString>
#include <QStringView>

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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

#include <QString>
#include <QStringView>

#include <optional>

/// Text that comes from data (a shared study, an imported file, the database) and ends up in
/// a path, a file format or the terminal. One rule for each:
///
/// **File names.** A name from data (slug, title, segment name, wave) becomes part of a path
/// only through safeFileName(), and a path is used only when pathInFolder() confirms it is
/// inside the folder the user chose.
///
/// **Control characters** (U+0000–U+001F except tab, line feed and carriage return; U+007F;
/// U+0080–U+009F; the non-characters U+FFFE and U+FFFF). They are refused where text comes
/// in (CSV and JSON imports name the place and the character, "U+001B"), and text that gets
/// in another way is written with each one made visible as its Control Pictures symbol
/// (ESC → "␛", DEL → "␡", a C1 control → "�") in every output: SVG/XML, PDF, PNG text chunks,
/// CSV, JSON, XLSX and the terminal.

/// The longest name safeFileName() gives.
inline constexpr qsizetype kMaxFileNameLength = 60;

/// A file name made from text: ASCII letters and digits in lower case, runs of anything
/// else as one "-", accents dropped ("Größe" → "grosse"), at most 60 characters, never
/// empty (fallback when nothing is left), never "." or "..", never a path separator, a
/// control character or one of : * ? " < > | \, never a Windows device name (con, nul, …).
QString safeFileName(QStringView text, const QString &fallback);

/// folder/fileName when fileName is one plain name (no separator, not "." or "..", not
/// absolute) and the joined path, cleaned, still lies inside folder; nullopt otherwise.
std::optional<QString> pathInFolder(const QString &folder, const QString &fileName);

/// Whether c is a control character in the sense above (tab, LF and CR are not).
bool isControlCharacter(QChar c);

/// Index of the first control character in text, or -1.
qsizetype firstControlCharacter(QStringView text);

/// "U+001B": how a message names a character.
QString characterCode(QChar c);

/// text with every control character replaced by its visible symbol (see above).
QString visibleText(QStringView text);

/// The study with visibleText() applied to every text it holds (what each writer calls
/// before it writes a study or a chart of it).
Study withVisibleText(Study study);

/// visibleText() for one terminal line: also tab, LF and CR become spaces.
QString terminalLine(QStringView text);

/// CSV formula injection (OWASP): a spreadsheet evaluates a cell that starts with "=", "+",
/// "-", "@", a tab or a line break as a formula. neutralizedCell() puts a "'" before such a
/// text (also before one that already starts with "'" and then one of these, so the round
/// trip stays exact); restoredCell() takes exactly that "'" away again. Only text cells go
/// through them, never numbers.
QString neutralizedCell(const QString &text);
QString restoredCell(const QString &cell);

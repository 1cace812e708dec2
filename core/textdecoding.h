// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/importerror.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

/// The text encodings the importers read.
enum class TextEncoding {
    Automatic,         ///< UTF-16 LE/BE when the file starts with its byte order mark, else UTF-8.
    Utf8,              ///< UTF-8, with or without byte order mark.
    Utf16LittleEndian, ///< UTF-16 LE (Excel's "Unicode text" on Windows); BOM optional.
    Utf16BigEndian,    ///< UTF-16 BE; BOM optional.
    Windows1252,       ///< Legacy Windows "ANSI" (Western European); only when the user picks it.
};

/// Display and command-line name: "auto", "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252".
QString textEncodingName(TextEncoding encoding);

/// Parses an encoding name, case-insensitive: "auto", "utf-8"/"utf8", "utf-16le", "utf-16be",
/// "windows-1252"/"cp1252". nullopt for anything else.
std::optional<TextEncoding> textEncodingFromName(QStringView name);

/// The text of a file and how it was read.
struct DecodedText
{
    bool ok = false;
    QString text;                               ///< Without byte order mark; empty on error.
    TextEncoding encoding = TextEncoding::Utf8; ///< The encoding used (never Automatic).
    bool byteOrderMark = false;                 ///< The file started with a byte order mark.
    ImportError error;                          ///< When !ok: line, column (character in the
                                                ///< line), value (the bad bytes in hex) and a
                                                ///< translated message; file is left empty.
};

/// Turns a file's bytes into text. Automatic reads UTF-8 (with or without BOM) and UTF-16
/// LE/BE with BOM; Windows-1252 is used only when asked for, never as a silent fallback.
/// Bytes that are invalid in the encoding are an error naming line and column (they are never
/// turned into U+FFFD), as are NUL characters (a hint at UTF-16 without BOM), unpaired
/// UTF-16 surrogates, the bytes Windows-1252 leaves undefined, and a byte order mark of
/// another encoding than the one asked for.
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Automatic);

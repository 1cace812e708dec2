// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"

#include <QByteArray>
#include <QString>

/// Writes a study as CSV that Excel and LibreOffice open directly and importCsv() reads back.
///
/// Long layout with a header row in the convention's language ("study,wave,segment,share" /
/// "Studie;Welle;Segment;Anteil") and one row per survey wave and segment, waves in the
/// study's order, segments in the study's order; the segment label is its name in the
/// convention's language. An unknown share is an empty cell. Numbers have no thousands
/// group and the shortest digits that read back as the same double (English "33.333333333333336",
/// German "33,333333333333336"); no exponent. Cells are quoted (RFC 4180, quotes doubled)
/// only when they hold the delimiter, a quote, a line break or leading/trailing spaces.
/// UTF-8 with byte order mark (so Excel shows umlauts), CRLF line ends. A study without
/// waves gives only the header row.
///
/// convention: English = ',' delimiter and '.' decimal point;
///             German = ';' delimiter and ',' decimal comma.
QByteArray exportStudyCsv(const Study &study, Language convention);

/// Writes exportStudyCsv() to path through QSaveFile (an existing file is replaced only when
/// everything was written). Returns false with a translated message naming the file in *error.
bool writeStudyCsv(const Study &study, Language convention, const QString &path, QString *error = nullptr);

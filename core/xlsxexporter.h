// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Writes a study as an Excel workbook (XLSX, through Debian's libxlsxwriter) that Excel and
/// LibreOffice Calc open directly:
///
/// - sheet "Shares" / "Anteile": one row per survey wave (the year in column A), one column per
///   segment headed by its name in the convention's language; each share a number cell
///   holding the fraction (0.245) with a percent format ("24.5%"; up to 12 decimals shown, so
///   the figures come back when Calc saves the sheet as CSV); an unknown share an empty cell;
/// - sheet "Segments" / "Segmente": key and the name in every language the study has;
/// - sheet "Study" / "Studie": title, publisher, year, source, topic, notes, multiple answers.
///
/// Texts are string cells (never formulas) with control characters made visible
/// (safetext.h); a text longer than Excel's 32,767 characters is cut there.
/// Returns the file's bytes, or nullopt with a translated reason in *error.
std::optional<QByteArray> exportStudyXlsx(const Study &study, Language convention, QString *error = nullptr);

/// Writes exportStudyXlsx() to path through writeFileSafely(). Returns false with a translated
/// message naming the file in *error.
bool writeStudyXlsx(const Study &study, Language convention, const QString &path, QString *error = nullptr);

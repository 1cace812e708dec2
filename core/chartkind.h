// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QString>

#include <optional>

/// Which chart of a study to show.
enum class ChartKind {
    Bar,   ///< The segments of one survey wave, one bar each.
    Trend, ///< Each segment's share across the waves, plus the derived adoption line.
};

/// "bar" / "trend" (settings, file names, `--chart`).
QString chartKindCode(ChartKind kind);
/// Parses "bar"/"trend" (case-insensitive, surrounding spaces ignored); nullopt otherwise.
std::optional<ChartKind> chartKindFromCode(const QString &code);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/studydifferences.h"

#include <QList>

class QTableWidget;

/// The table of the conflict and history dialogs: read-only, "What" as wide as it needs,
/// the two versions sharing the rest, rows as tall as their wrapped texts.
void setUpDifferencesTable(QTableWidget *table);

/// Fills the table's three columns with what, then the two versions' texts: before then
/// after, or after then before when afterFirst (the conflict dialog puts "yours" first). An
/// empty text shows as "(none)".
void showDifferences(QTableWidget *table, const QList<StudyDifference> &differences, bool afterFirst = false);

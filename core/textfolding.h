// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QString>

/// The one accent folding of the app: the text in Unicode compatibility decomposition
/// (NFKD) without its combining marks, so "Übersicht" becomes "Ubersicht", "ﬁ" "fi" and
/// "²" "2". Letters that don't decompose (ß, ø, ł) stay as they are.
QString withoutAccents(const QString &text);

/// withoutAccents() and case folding: the form in which search texts are compared
/// ("ubersicht" finds "Übersicht", "STRASSE" doesn't find "Straße").
QString searchFolded(const QString &text);

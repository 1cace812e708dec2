// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QRegularExpression>
#include <QStringList>

/// The numbers of a text, sorted, with a decimal comma read as a point ("24,5" and "24.5"
/// count as the same): what the tests compare to show that the English and the German text
/// state the same figures.
inline QStringList figuresIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    QStringList numbers;
    for (const QRegularExpressionMatch &match : number.globalMatch(text))
        numbers.append(match.captured().replace(u',', u'.'));
    numbers.sort();
    return numbers;
}

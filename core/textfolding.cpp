// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/textfolding.h"

namespace {

template<typename Map> QString foldedWith(const QString &text, Map map)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) // accents: "ö" is "o" + U+0308
            result.append(map(c));
    }
    return result;
}

} // namespace

QString withoutAccents(const QString &text)
{
    return foldedWith(text, [](QChar c) {
        return c;
    });
}

QString searchFolded(const QString &text)
{
    return foldedWith(text, [](QChar c) {
        return c.toCaseFolded();
    });
}

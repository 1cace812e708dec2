// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/numberparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NumberParser)
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x00A0) || c == QChar(0x202F);
}

QStringView trimmedBlanks(QStringView text)
{
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

// Digits with an optional group separator between groups of exactly three digits (the first
// group 1–3 digits without a leading zero) and an optional decimal part. Only ASCII digits.
const QRegularExpression &numberPattern(Language locale)
{
    static const QRegularExpression german(
        QStringLiteral("^-?(?:[1-9][0-9]{0,2}(?:\\.[0-9]{3})+|[0-9]+)(?:,[0-9]+)?$"));
    static const QRegularExpression english(
        QStringLiteral("^-?(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?$"));
    return locale == Language::German ? german : english;
}

} // namespace

ParsedShare parseShare(QStringView cell, Language locale)
{
    ParsedShare result;
    QStringView number = trimmedBlanks(cell);
    if (number.isEmpty()) {
        result.ok = true; // an empty cell: the share is unknown
        return result;
    }
    if (number.endsWith(u'%'))
        number = trimmedBlanks(number.chopped(1));

    const QString text = number.toString();
    const QString shown = trimmedBlanks(cell).toString();
    if (!numberPattern(locale).match(text).hasMatch()) {
        const Language other = locale == Language::German ? Language::English : Language::German;
        if (numberPattern(other).match(text).hasMatch()) {
            result.error =
                locale == Language::German
                    ? Text::tr("\"%1\" is not a number in German notation (decimal comma, e.g. 24,5). "
                               "If the file uses English notation (24.5), choose English numbers for the import.")
                          .arg(shown)
                    : Text::tr("\"%1\" is not a number in English notation (decimal point, e.g. 24.5). "
                               "If the file uses German notation (24,5), choose German numbers for the import.")
                          .arg(shown);
        } else {
            result.error = Text::tr("\"%1\" is not a number.").arg(shown);
        }
        return result;
    }

    bool ok = false;
    const double value = localeFor(locale).toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) {
        result.error = Text::tr("\"%1\" is not a number.").arg(shown);
        return result;
    }
    result.ok = true;
    result.value = value;
    return result;
}

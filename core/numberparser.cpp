// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/numberparser.h"

#include "core/phrasebook.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <optional>
#include <utility>

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

std::optional<double> parseNumber(QStringView text, Language locale)
{
    const QStringView number = trimmedBlanks(text);
    if (number.isEmpty() || !numberPattern(locale).match(number).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = localeFor(locale).toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

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

    const QString shown = trimmedBlanks(cell).toString();
    if (!numberPattern(locale).match(number).hasMatch()) {
        const Language other = locale == Language::German ? Language::English : Language::German;
        if (numberPattern(other).match(number).hasMatch()) {
            result.error =
                locale == Language::German
                    ? Text::tr("\"%1\" is not a number in German notation (decimal comma, e.g. 24,5); it is "
                               "written in English notation (24.5).")
                          .arg(shown)
                    : Text::tr("\"%1\" is not a number in English notation (decimal point, e.g. 24.5); it is "
                               "written in German notation (24,5).")
                          .arg(shown);
        } else {
            result.error = Text::tr("\"%1\" is not a number.").arg(shown);
        }
        return result;
    }

    const std::optional<double> value = parseNumber(number, locale);
    if (!value) {
        result.error = Text::tr("\"%1\" is not a number.").arg(shown);
        return result;
    }
    result.ok = true;
    result.value = *value;
    return result;
}

ParsedShare parseShareInRange(QStringView cell, Language locale, Language messageLanguage)
{
    ParsedShare result = parseShare(cell, locale);
    if (result.ok && result.value) {
        result.error = shareRangeProblem(*result.value, messageLanguage);
        result.ok = result.error.isEmpty();
    }
    return result;
}

QString numberInMessage(double value, Language language)
{
    // A sheet's every number cell passes here (csvimporter's cellText()): the locale of the
    // last language is kept, per thread, instead of being made from its name each time.
    thread_local std::optional<std::pair<Language, QLocale>> last;
    if (!last || last->first != language) {
        QLocale made = localeFor(language);
        made.setNumberOptions(QLocale::OmitGroupSeparator);
        last.emplace(language, made);
    }
    const QLocale &locale = last->second;
    // Whole numbers (survey years, counts) need neither rounding nor a contradiction check.
    if (std::abs(value) >= 1.0 && std::abs(value) < 1e12 && value == std::trunc(value))
        return locale.toString(qint64(value));
    const QString rounded = locale.toString(value, 'g', 12);
    const double shown = locale.toDouble(rounded);
    const bool contradicts = (shown == 0.0 && value != 0.0) || (shown == 100.0 && value != 100.0) ||
                             (value > 100.0 && shown <= 100.0) || (value < 0.0 && shown >= 0.0);
    return contradicts ? locale.toString(value, 'g', QLocale::FloatingPointShortest) : rounded;
}

QString shareInMessage(double value, Language language)
{
    return PhraseBook::forLanguage(language).percentPattern().arg(numberInMessage(value, language));
}

QString shareRangeProblem(double value, Language messageLanguage)
{
    if (std::isfinite(value) && value >= 0.0 && value <= 100.0)
        return QString();
    if (!std::isfinite(value))
        return Text::tr("the share is not a finite number");
    return Text::tr("the share %1 is outside 0–100").arg(numberInMessage(value, messageLanguage));
}

NumberNotation numberNotation(QStringView cell)
{
    QStringView number = trimmedBlanks(cell);
    if (number.endsWith(u'%'))
        number = trimmedBlanks(number.chopped(1));
    if (number.isEmpty())
        return NumberNotation::Neutral;
    const bool german = numberPattern(Language::German).match(number).hasMatch();
    const bool english = numberPattern(Language::English).match(number).hasMatch();
    if (german && english) {
        const bool separator = number.contains(u'.') || number.contains(u',');
        return separator ? NumberNotation::Ambiguous : NumberNotation::Neutral;
    }
    if (german)
        return NumberNotation::German;
    return english ? NumberNotation::English : NumberNotation::NotANumber;
}

NotationGuess guessNumberNotation(const QList<QStringView> &cells, Language fallback)
{
    // Strong evidence: cells only one notation reads. Weak: "2.155" / "2,155", which the other
    // notation reads as a thousands group (2155), never a share, so the separator is decimal.
    QString strong[2]; // German, English
    QString weak[2];
    for (const QStringView cell : cells) {
        const NumberNotation notation = numberNotation(cell);
        const QString text = trimmedBlanks(cell).toString();
        if (notation == NumberNotation::German && strong[0].isEmpty())
            strong[0] = text;
        else if (notation == NumberNotation::English && strong[1].isEmpty())
            strong[1] = text;
        else if (notation == NumberNotation::Ambiguous && weak[text.contains(u',') ? 0 : 1].isEmpty())
            weak[text.contains(u',') ? 0 : 1] = text;
    }
    for (const QString *evidence : {strong, weak}) {
        if (!evidence[0].isEmpty() && !evidence[1].isEmpty())
            return {fallback, NotationSource::Ambiguous, evidence[0] + QStringLiteral(" / ") + evidence[1]};
        if (!evidence[0].isEmpty())
            return {Language::German, NotationSource::Detected, evidence[0]};
        if (!evidence[1].isEmpty())
            return {Language::English, NotationSource::Detected, evidence[1]};
    }
    return {fallback, NotationSource::Unneeded, QString()};
}

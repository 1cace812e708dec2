// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/quantifier.h"

#include "core/phrasebook.h"

#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

constexpr int kRows = 101;

QList<QuantifierWords> readTable(const PhraseBook &book)
{
    QList<QuantifierWords> table(kRows);
    const QJsonArray rows = book.section(QStringLiteral("quantifiers")).value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const int share = row.value(QStringLiteral("share")).toInt(-1);
        if (share < 0 || share >= kRows)
            continue;
        table[share] = {share, row.value(QStringLiteral("quantifier")).toString(),
                        row.value(QStringLiteral("subject")).toString(),
                        row.value(QStringLiteral("plural")).toBool(true)};
    }
    return table;
}

bool endsWithAny(const QString &word, std::initializer_list<QChar> letters)
{
    return !word.isEmpty() && std::find(letters.begin(), letters.end(), word.back()) != letters.end();
}

} // namespace

const QList<QuantifierWords> &quantifierTable(Language language)
{
    // One table per phrase book; the books live as long as the program, so do the tables.
    static QMutex mutex;
    static std::map<const PhraseBook *, QList<QuantifierWords>> tables;
    const PhraseBook &book = PhraseBook::forLanguage(language);
    const QMutexLocker lock(&mutex);
    auto found = tables.find(&book);
    if (found == tables.end())
        found = tables.emplace(&book, readTable(book)).first;
    return found->second;
}

QuantifierWords quantifierWords(double share, Language language)
{
    if (!std::isfinite(share))
        return {};
    const int whole = int(std::lround(std::clamp(share, 0.0, 100.0)));
    return quantifierTable(language).at(whole);
}

QString quantifierFor(double share, Language language)
{
    return quantifierWords(share, language).quantifier;
}

QString populationPhrase(const QString &population, PopulationForm form, Language language)
{
    if (language.base() != Language::German || form == PopulationForm::Plain)
        return population;
    QStringList words = population.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return population;
    const QJsonArray listed = PhraseBook::forLanguage(language)
                                  .section(QStringLiteral("grammar"))
                                  .value(QStringLiteral("nominalisedAdjectives"))
                                  .toArray();
    QString &noun = words.last();
    const bool nominalised = listed.contains(noun);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words.at(i).at(0).isLower() && words.at(i).endsWith(u'e'))
            words[i] += u'n';
    }
    if (form == PopulationForm::DativeNoArticle ? !endsWithAny(noun, {u'n', u's'}) : nominalised)
        noun += u'n';
    const QString phrase = words.join(u' ');
    return form == PopulationForm::Genitive ? QStringLiteral("der ") + phrase : phrase;
}

QString quantifiedSubject(const QuantifierWords &words, const QString &population, Language language)
{
    static const std::pair<QStringView, PopulationForm> kForms[] = {
        {u"{pop}", PopulationForm::Plain},     {u"{nom}", PopulationForm::Plain},
        {u"{gen}", PopulationForm::Genitive},  {u"{dat}", PopulationForm::DativeNoArticle},
        {u"{weak}", PopulationForm::AfterAll},
    };
    QString subject = words.subject;
    for (const auto &[placeholder, form] : kForms) {
        if (subject.contains(placeholder))
            subject.replace(placeholder.toString(), populationPhrase(population, form, language));
    }
    return subject;
}

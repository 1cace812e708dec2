// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/phrasebook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <cstdio>

namespace {

// Every table in the resources, by tag; read once (the first caller's thread builds it,
// function-local statics are initialised thread-safely).
const QMap<QString, PhraseBook> &tables()
{
    static const QMap<QString, PhraseBook> loaded = [] {
        QMap<QString, PhraseBook> result;
        const QDir folder(QStringLiteral(":/phrases"));
        for (const QString &file : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile in(folder.filePath(file));
            QString error;
            std::optional<PhraseBook> book;
            if (!in.open(QIODevice::ReadOnly)) {
                error = in.errorString();
            } else {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
                if (!document.isObject())
                    error = parseError.errorString();
                else
                    book = PhraseBook::fromJson(document.object(), &error);
            }
            const QString tag = file.chopped(5);
            if (book && book->language().code() != tag) {
                error = QStringLiteral("names the language \"%1\"").arg(book->language().code());
                book.reset();
            }
            if (!book) {
                std::fprintf(stderr, "chartweek: phrase table %s left out: %s\n", qPrintable(file), qPrintable(error));
                continue;
            }
            result.insert(tag, *book);
        }
        if (!result.contains(Language::English.code())) {
            // Never without English: the sentences would be empty. Only a broken build gets here.
            std::fprintf(stderr, "chartweek: the English phrase table is missing\n");
            result.insert(Language::English.code(), PhraseBook());
        }
        return result;
    }();
    return loaded;
}

} // namespace

std::optional<PhraseBook> PhraseBook::fromJson(const QJsonObject &object, QString *error)
{
    PhraseBook book;
    const std::optional<Language> language = Language::fromTag(object.value(QStringLiteral("language")).toString());
    if (!language) {
        *error = QStringLiteral("\"language\" is no BCP 47 tag");
        return std::nullopt;
    }
    book.m_language = *language;
    book.m_name = object.value(QStringLiteral("name")).toString();
    book.m_percent = object.value(QStringLiteral("percent")).toString(book.m_percent);
    book.m_unknownShare = object.value(QStringLiteral("unknownShare")).toString(book.m_unknownShare);
    if (!book.m_percent.contains(QStringLiteral("%1"))) {
        *error = QStringLiteral("\"percent\" has no %1");
        return std::nullopt;
    }
    const QJsonObject phrases = object.value(QStringLiteral("phrases")).toObject();
    for (auto it = phrases.begin(); it != phrases.end(); ++it) {
        if (!it.value().isString()) {
            *error = QStringLiteral("the phrase \"%1\" is not a text").arg(it.key());
            return std::nullopt;
        }
        book.m_phrases.insert(it.key(), it.value().toString());
    }
    const QJsonObject names = object.value(QStringLiteral("languageNames")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (const std::optional<Language> named = Language::fromTag(it.key()))
            book.m_languageNames.insert(named->code(), it.value().toString());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            book.m_sections.insert(it.key(), it.value().toObject());
        else if (it.value().isArray())
            book.m_sections.insert(it.key(), QJsonObject{{QStringLiteral("rows"), it.value()}});
    }
    return book;
}

const PhraseBook &PhraseBook::forLanguage(Language language)
{
    const QMap<QString, PhraseBook> &all = tables();
    for (const QString &tag : {language.code(), language.baseCode()}) {
        const auto found = all.constFind(tag);
        if (found != all.constEnd())
            return *found;
    }
    return *all.constFind(Language::English.code());
}

QList<Language> PhraseBook::languages()
{
    QList<Language> result;
    for (const PhraseBook &book : tables())
        result.append(book.language());
    std::sort(result.begin(), result.end(), languageBefore);
    return result;
}

bool PhraseBook::has(Language language)
{
    return tables().contains(language.code()) || tables().contains(language.baseCode());
}

QString PhraseBook::phrase(const QString &key) const
{
    const auto found = m_phrases.constFind(key);
    if (found != m_phrases.constEnd())
        return *found;
    if (m_language == Language::English)
        return {};
    return forLanguage(Language::English).phrase(key);
}

QString PhraseBook::languageName(Language language) const
{
    for (const QString &tag : {language.code(), language.baseCode()}) {
        const auto found = m_languageNames.constFind(tag);
        if (found != m_languageNames.constEnd())
            return *found;
    }
    if (language == m_language || language.base() == m_language)
        return m_name.isEmpty() ? language.code() : m_name;
    if (has(language))
        return forLanguage(language).name();
    const QString native = language.locale().nativeLanguageName();
    return native.isEmpty() || language.locale().language() == QLocale::C ? language.code() : native;
}

QString languageName(Language language, Language in)
{
    return PhraseBook::forLanguage(in).languageName(language);
}

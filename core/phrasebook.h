// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The words of one language that the app writes texts with: number style, language
/// names, the narrative's sentence templates, the quantifier table and the grammar rules
/// of the language. Data, not code: one JSON file per language in the resources at
/// ":/phrases/<tag>.json" (resources/phrases/ in the source tree; a test adds a language
/// by compiling its own file into the test). Independent of the installed translator, so a
/// German export can be written while the UI is English.
///
/// A file is one object:
///
///     { "language": "de",                       // its BCP 47 tag, as in the file name
///       "name": "Deutsch",                      // the language's own name for itself
///       "languageNames": { "en": "Englisch" },  // names of other languages in this one
///       "percent": "%1\u00a0%",                 // a share; %1 is the number
///       "unknownShare": "k. A.",
///       "phrases": { "key": "template with %1 …" },
///       "quantifiers": [ … ], "grammar": { … } } // read by the narrative (narrative.cpp)
///
/// A key missing from a language's "phrases" falls back to the English table, so an
/// incomplete table still writes sentences (the tests require complete tables for the
/// shipped languages). A file that is not valid JSON or names another language is left
/// out with a warning on stderr (the tests check the shipped files).
class PhraseBook final
{
public:
    /// The table of a language: exactly its own, else its primary language's ("de" for
    /// "de-CH"), else English. Loaded once; safe to call from any thread.
    static const PhraseBook &forLanguage(Language language);
    /// Every language with a table, in languageBefore() order.
    static QList<Language> languages();
    /// Whether the language itself (or its primary language) has a table.
    static bool has(Language language);

    /// The language of this table.
    Language language() const { return m_language; }
    /// The language's own name ("Deutsch", "English").
    QString name() const { return m_name; }
    /// A template from "phrases" ("" when neither this table nor the English one has it).
    QString phrase(const QString &key) const;
    /// Every key in "phrases" of this table.
    QStringList phraseKeys() const { return m_phrases.keys(); }
    /// The template of a share, %1 the number ("%1%", "%1\u00a0%").
    QString percentPattern() const { return m_percent; }
    /// The word for an unknown share ("n/a", "k. A.").
    QString unknownShare() const { return m_unknownShare; }
    /// The whole object of a section ("quantifiers" as {"rows": […]}, "grammar") for the code
    /// that reads it.
    QJsonObject section(const QString &key) const { return m_sections.value(key); }

    /// The name of a language in this table's language: from "languageNames", else the
    /// language's own name from its table, else Qt's native name for it, else its tag.
    QString languageName(Language language) const;

    PhraseBook() = default;

    /// Reads one file's object; nullopt with the reason in *error when it is malformed.
    static std::optional<PhraseBook> fromJson(const QJsonObject &object, QString *error);

private:
    Language m_language;
    QString m_name;
    QString m_percent = QStringLiteral("%1%");
    QString m_unknownShare = QStringLiteral("n/a");
    QHash<QString, QString> m_phrases;
    QHash<QString, QString> m_languageNames;
    QHash<QString, QJsonObject> m_sections;
};

/// The name of a language as a reader of another language writes it:
/// languageName(Language::German, Language::English) is "German", in German "Deutsch".
QString languageName(Language language, Language in);

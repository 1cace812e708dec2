// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/share.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <optional>
#include <ostream>

/// A language of texts, narratives and number formats, named by its BCP 47 tag ("en",
/// "de", "de-CH", "fr"). A small value type: copying is cheap and constants are constexpr.
/// The tag is kept normalised (language subtag in lower case, script in title case,
/// region in upper case, "_" read as "-"), so two Languages are equal when their tags are.
///
/// Nothing in the model, storage, JSON or the editor lists languages: a study has texts in
/// whatever languages it has (Study::languages()). The app's UI languages are those with a
/// compiled translation (uiLanguages()); a narrative can be written in every language with
/// a phrase table (see core/phrasebook.h). English and German are named here only because
/// they are the two the app ships with; English is also the language of the source texts.
class Language final
{
public:
    /// Longest tag kept (BCP 47 tags in real use are far shorter: "de-CH-1996" is 10).
    static constexpr int kMaxTagLength = 23;

    static const Language English; ///< "en"
    static const Language German;  ///< "de"

    /// English, the app's source language.
    constexpr Language()
        : Language("en")
    {}

    /// The language of a BCP 47 tag, normalised; nullopt when the tag is not well-formed
    /// (subtags of 1–8 letters or digits separated by "-" or "_", the first of 2–3 letters)
    /// or longer than kMaxTagLength.
    static std::optional<Language> fromTag(QStringView tag);

    /// The normalised BCP 47 tag: "en", "de", "de-CH".
    QString code() const;
    /// The primary language subtag only: "de" for "de-CH".
    QString baseCode() const;
    /// The language of baseCode().
    Language base() const;
    /// The QLocale for number and date formats (Qt's likely region: "de" → de_DE, "en" → en_US).
    QLocale locale() const;

    friend constexpr bool operator==(const Language &, const Language &) = default;
    friend constexpr auto operator<=>(const Language &, const Language &) = default;

private:
    // For the constants: an already normalised ASCII tag.
    constexpr explicit Language(const char *tag)
    {
        for (int i = 0; i < kMaxTagLength && tag[i] != '\0'; ++i)
            m_tag[std::size_t(i)] = tag[i];
    }

    std::array<char, kMaxTagLength + 1> m_tag{};
};

inline constexpr Language Language::English{"en"};
inline constexpr Language Language::German{"de"};

/// Lets test frameworks print a language readably (GoogleTest finds it by name).
inline void PrintTo(const Language &language, std::ostream *os)
{
    *os << language.code().toStdString();
}

/// The canonical order of languages wherever a list of them is shown or stored: English
/// (the source language) first, then by tag. Used by LocalizedText and Study::languages().
bool languageBefore(const Language &a, const Language &b);

/// language.code(): "en", "de".
QString languageCode(Language language);

/// The languages the UI can be switched to: one per compiled translation
/// (":/i18n/chartweek_<tag>.qm"), in languageBefore() order. Never empty: English is the
/// source language and always there.
QList<Language> uiLanguages();

/// The UI language a code or locale name stands for ("de", "DE_de", "en-GB" → its UI
/// language, matched on the primary subtag); nullopt for anything that is no UI language
/// ("fr" in a build without a French translation) or not a tag at all.
std::optional<Language> languageFromCode(const QString &code);

/// The UI language of a locale (German for a German system locale), English when the
/// locale's language has no translation (the first-start default).
Language languageForLocale(const QLocale &locale);

/// language.locale().
QLocale localeFor(Language language);

/// Formats a share (percent, 0–100) with at most one decimal, in the language's number
/// format and percent style: German "24 %" / "24,5 %" (no-break space before %), English
/// "24%" / "24.5%". An unknown share is "n/a" / "k. A.". The percent style and the word for
/// an unknown share come from the language's phrase table (core/phrasebook.h); a language
/// without one gets its QLocale's number format with English's "%" and "n/a".
QString formatShare(Share share, Language language);

/// Formats a plain number with at most one decimal in the language's format ("9", "2,5").
QString formatNumber(double value, Language language);

/// Installs the translator for a language on the running application (removing the
/// previous one), and makes it the language that currentLanguage() reports and the
/// default QLocale. Sends QEvent::LanguageChange to every widget. Returns false, with
/// the reason in *error, when the compiled-in translation can't be loaded.
/// UI code only: core functions take their language as a parameter.
bool installLanguage(Language language, QString *error = nullptr);

/// The translation of a source text into language from the app's catalogue, whatever
/// language is installed (for a document in that language, e.g. a German chart exported from
/// the English UI). The source text itself when the catalogue has none. Same arguments as
/// QCoreApplication::translate().
QString translateIn(Language language, const char *context, const char *source, const char *disambiguation = nullptr,
                    int n = -1);

/// The language last installed with installLanguage(); English before the first call.
/// UI code only (the UI's state); core never reads it.
Language currentLanguage();

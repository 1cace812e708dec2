// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/share.h"

#include <QLocale>
#include <QString>

#include <optional>

/// The two languages the app speaks. Texts come from the installed translator
/// (see installLanguage()); numbers are formatted from the Language value itself,
/// so a caller exporting in German gets "24 %" whatever the system locale is.
enum class Language { English, German };

/// "en" or "de".
QString languageCode(Language language);

/// Parses "en"/"de" (case-insensitive, also "en_US", "de-DE"); nullopt for anything else.
std::optional<Language> languageFromCode(const QString &code);

/// German for a German system locale, English otherwise (the first-start default).
Language languageForLocale(const QLocale &locale);

/// The QLocale used for number formatting in a language (de_DE or en_US).
QLocale localeFor(Language language);

/// Formats a share (percent, 0–100) with at most one decimal:
/// German "24 %" / "24,5 %" (no-break space before %), English "24%" / "24.5%".
/// An unknown share is "n/a" / "k. A.".
QString formatShare(Share share, Language language);

/// Formats a plain number with at most one decimal in the language's format ("9", "2,5").
QString formatNumber(double value, Language language);

/// Installs the translator for a language on the running application (removing the
/// previous one), and makes it the language that currentLanguage() reports and the
/// default QLocale. Sends QEvent::LanguageChange to every widget. Returns false, with
/// the reason in *error, when the compiled-in translation can't be loaded.
bool installLanguage(Language language, QString *error = nullptr);

/// The translation of a source text into language from the app's catalogue, whatever
/// language is installed (for a document in that language, e.g. a German chart exported from
/// the English UI). The source text itself when the catalogue has none. Same arguments as
/// QCoreApplication::translate().
QString translateIn(Language language, const char *context, const char *source, const char *disambiguation = nullptr,
                    int n = -1);

/// The language last installed with installLanguage(); English before the first call.
Language currentLanguage();

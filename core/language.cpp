// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/language.h"

#include "core/phrasebook.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace {

Language g_currentLanguage = Language::English;

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

std::optional<Language> Language::fromTag(QStringView tag)
{
    const QStringView trimmed = tag.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxTagLength)
        return std::nullopt;
    QString normalized;
    int subtagIndex = 0;
    qsizetype start = 0;
    while (start <= trimmed.size()) {
        qsizetype end = start;
        while (end < trimmed.size() && trimmed.at(end) != u'-' && trimmed.at(end) != u'_')
            ++end;
        const QStringView subtag = trimmed.mid(start, end - start);
        if (subtag.isEmpty() || subtag.size() > 8)
            return std::nullopt;
        bool letters = true;
        bool digits = true;
        for (QChar c : subtag) {
            if (!isAsciiLetter(c) && !isAsciiDigit(c))
                return std::nullopt;
            letters = letters && isAsciiLetter(c);
            digits = digits && isAsciiDigit(c);
        }
        QString part = subtag.toString().toLower();
        if (subtagIndex == 0) {
            if (!letters || subtag.size() < 2 || subtag.size() > 3)
                return std::nullopt;
        } else if (letters && subtag.size() == 4) {
            part[0] = part.at(0).toUpper(); // script: "Latn"
        } else if ((letters && subtag.size() == 2) || (digits && subtag.size() == 3)) {
            part = part.toUpper(); // region: "CH", "419"
        }
        if (subtagIndex > 0)
            normalized += u'-';
        normalized += part;
        ++subtagIndex;
        start = end + 1;
    }
    Language language;
    language.m_tag.fill('\0');
    for (int i = 0; i < normalized.size(); ++i)
        language.m_tag[std::size_t(i)] = char(normalized.at(i).unicode());
    return language;
}

QString Language::code() const
{
    return QString::fromLatin1(m_tag.data());
}

QString Language::baseCode() const
{
    const QString tag = code();
    const qsizetype dash = tag.indexOf(u'-');
    return dash < 0 ? tag : tag.left(dash);
}

Language Language::base() const
{
    return *fromTag(baseCode());
}

QLocale Language::locale() const
{
    return QLocale(code());
}

bool languageBefore(const Language &a, const Language &b)
{
    const bool aEnglish = a == Language::English;
    const bool bEnglish = b == Language::English;
    if (aEnglish != bEnglish)
        return aEnglish;
    return a < b;
}

QString languageCode(Language language)
{
    return language.code();
}

QList<Language> uiLanguages()
{
    QList<Language> languages{Language::English};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("chartweek_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString tag = file.mid(10, file.size() - 13); // "chartweek_" … ".qm"
        if (const std::optional<Language> language = Language::fromTag(tag); language && !languages.contains(*language))
            languages.append(*language);
    }
    std::sort(languages.begin(), languages.end(), languageBefore);
    return languages;
}

std::optional<Language> languageFromCode(const QString &code)
{
    const std::optional<Language> parsed = Language::fromTag(code);
    if (!parsed)
        return std::nullopt;
    const QList<Language> available = uiLanguages();
    if (available.contains(*parsed))
        return parsed;
    const Language base = parsed->base();
    if (available.contains(base))
        return base;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    const std::optional<Language> language = languageFromCode(QLocale::languageToCode(locale.language()));
    return language.value_or(Language::English);
}

QLocale localeFor(Language language)
{
    return language.locale();
}

QString formatNumber(double value, Language language)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    QLocale locale = localeFor(language);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(rounded, 'f', whole ? 0 : 1);
}

QString formatShare(Share share, Language language)
{
    const PhraseBook &book = PhraseBook::forLanguage(language);
    if (!share)
        return book.unknownShare();
    return book.percentPattern().arg(formatNumber(*share, language));
}

bool installLanguage(Language language, QString *error)
{
    auto *app = QCoreApplication::instance();
    if (appTranslator()) {
        if (app)
            QCoreApplication::removeTranslator(appTranslator().get());
        appTranslator().reset();
    }
    if (qtTranslator()) {
        if (app)
            QCoreApplication::removeTranslator(qtTranslator().get());
        qtTranslator().reset();
    }

    const QString code = languageCode(language);
    auto translator = std::make_unique<QTranslator>();
    const QString path = QStringLiteral(":/i18n/chartweek_%1.qm").arg(code);
    if (!translator->load(path)) {
        if (error)
            *error = QCoreApplication::translate("Language", "Cannot load the translation %1.").arg(path);
        g_currentLanguage = Language::English;
        QLocale::setDefault(localeFor(Language::English));
        return false;
    }

    // Qt's own strings (standard buttons, file dialogs) when Debian's qt6-translations-l10n is there.
    auto qtBase = std::make_unique<QTranslator>();
    if (language.base() != Language::English &&
        qtBase->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qtTranslator() = std::move(qtBase);
    }

    g_currentLanguage = language;
    QLocale::setDefault(localeFor(language));
    appTranslator() = std::move(translator);
    if (app) {
        if (qtTranslator())
            QCoreApplication::installTranslator(qtTranslator().get());
        QCoreApplication::installTranslator(appTranslator().get());
    }
    return true;
}

QString translateIn(Language language, const char *context, const char *source, const char *disambiguation, int n)
{
    // One catalogue per language, loaded once (the .qm files are compiled in).
    static std::map<Language, std::unique_ptr<QTranslator>> catalogues;
    std::unique_ptr<QTranslator> &catalogue = catalogues[language];
    if (!catalogue) {
        catalogue = std::make_unique<QTranslator>();
        if (!catalogue->load(QStringLiteral(":/i18n/chartweek_%1.qm").arg(languageCode(language))))
            qWarning("Cannot load the %s translation", qPrintable(languageCode(language)));
    }
    QString translated = catalogue->translate(context, source, disambiguation, n);
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    if (n >= 0)
        translated.replace(QStringLiteral("%n"), QString::number(n));
    return translated;
}

Language currentLanguage()
{
    return g_currentLanguage;
}

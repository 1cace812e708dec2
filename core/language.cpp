// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

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

} // namespace

QString languageCode(Language language)
{
    return language == Language::German ? QStringLiteral("de") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    const QString base = lower.left(2);
    if (lower.size() != 2 && !(lower.size() > 2 && (lower.at(2) == u'_' || lower.at(2) == u'-')))
        return std::nullopt;
    if (base == u"de")
        return Language::German;
    if (base == u"en")
        return Language::English;
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::German ? Language::German : Language::English;
}

QLocale localeFor(Language language)
{
    return language == Language::German ? QLocale(QLocale::German, QLocale::Germany)
                                        : QLocale(QLocale::English, QLocale::UnitedStates);
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
    if (!share)
        return language == Language::German ? QStringLiteral("k. A.") : QStringLiteral("n/a");
    const QString number = formatNumber(*share, language);
    if (language == Language::German)
        return number + QChar(0x00A0) + u'%';
    return number + u'%';
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
    if (language != Language::English &&
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

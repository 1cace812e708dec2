// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/language.h"
#include "core/phrasebook.h"
#include "core/study.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

#include <algorithm>

struct ShareFormatCase
{
    Share share;
    Language language;
    const char16_t *expected;
};

class ShareFormat : public testing::TestWithParam<ShareFormatCase>
{
};

TEST_P(ShareFormat, FollowsTheLanguage)
{
    const ShareFormatCase &row = GetParam();
    EXPECT_EQ(formatShare(row.share, row.language), QString::fromUtf16(row.expected));
}

INSTANTIATE_TEST_SUITE_P(Rows, ShareFormat,
                         testing::Values(ShareFormatCase{24.0, Language::German, u"24\u00a0%"},
                                         ShareFormatCase{24.0, Language::English, u"24%"},
                                         ShareFormatCase{24.5, Language::German, u"24,5\u00a0%"},
                                         ShareFormatCase{24.5, Language::English, u"24.5%"},
                                         ShareFormatCase{24.04, Language::English, u"24%"},
                                         ShareFormatCase{100.0, Language::German, u"100\u00a0%"},
                                         ShareFormatCase{0.0, Language::English, u"0%"},
                                         ShareFormatCase{std::nullopt, Language::English, u"n/a"},
                                         ShareFormatCase{std::nullopt, Language::German, u"k. A."}));

TEST(LanguageCode, ParsesCodesAndLocaleNames)
{
    EXPECT_EQ(languageFromCode(QStringLiteral("de")), Language::German);
    EXPECT_EQ(languageFromCode(QStringLiteral("DE_de")), Language::German);
    EXPECT_EQ(languageFromCode(QStringLiteral("en-GB")), Language::English);
    EXPECT_EQ(languageFromCode(QStringLiteral("fr")), std::nullopt);
    EXPECT_EQ(languageFromCode(QStringLiteral("dex")), std::nullopt);
    EXPECT_EQ(languageFromCode(QString()), std::nullopt);
    EXPECT_EQ(languageCode(Language::German), QStringLiteral("de"));
}

TEST(LanguageCode, FirstStartFollowsTheSystemLocale)
{
    EXPECT_EQ(languageForLocale(QLocale(QLocale::German, QLocale::Austria)), Language::German);
    EXPECT_EQ(languageForLocale(QLocale(QLocale::French, QLocale::France)), Language::English);
}

TEST(InstallLanguage, SwitchesTranslatedTextsBothWays)
{
    ASSERT_TRUE(installLanguage(Language::German));
    EXPECT_EQ(currentLanguage(), Language::German);
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "Chart of the Week"), QStringLiteral("Chart der Woche"));
    ASSERT_TRUE(installLanguage(Language::English));
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "Chart of the Week"), QStringLiteral("Chart of the Week"));
}

struct TagCase
{
    const char *tag;
    const char *normalized; ///< nullptr: not a tag
};

class LanguageTag : public testing::TestWithParam<TagCase>
{
};

TEST_P(LanguageTag, IsNormalisedOrRefused)
{
    const TagCase &row = GetParam();
    const std::optional<Language> language = Language::fromTag(QString::fromLatin1(row.tag));
    if (!row.normalized) {
        EXPECT_EQ(language, std::nullopt) << row.tag;
        return;
    }
    ASSERT_TRUE(language.has_value()) << row.tag;
    EXPECT_EQ(language->code(), QString::fromLatin1(row.normalized));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Rows, LanguageTag, testing::Values(
    TagCase{"de", "de"}, TagCase{"EN", "en"}, TagCase{" fr ", "fr"},
    TagCase{"de_de", "de-DE"}, TagCase{"de-ch-1996", "de-CH-1996"}, TagCase{"sr-latn-rs", "sr-Latn-RS"},
    TagCase{"es-419", "es-419"}, TagCase{"gsw", "gsw"}, TagCase{"en-XA", "en-XA"},
    TagCase{"", nullptr}, TagCase{"d", nullptr}, TagCase{"deutsch", nullptr}, TagCase{"de-", nullptr},
    TagCase{"de--CH", nullptr}, TagCase{"de CH", nullptr}, TagCase{"1e", nullptr}, TagCase{"de-abcdefghi", nullptr},
    TagCase{"äö", nullptr}, TagCase{"de-CH-1996-abcdefgh-xyzw", nullptr}));
// clang-format on

TEST(LanguageTag, ConstantsAndBaseLanguage)
{
    EXPECT_EQ(Language::English.code(), QStringLiteral("en"));
    EXPECT_EQ(Language::German.code(), QStringLiteral("de"));
    EXPECT_EQ(Language(), Language::English);
    EXPECT_EQ(Language::fromTag(u"de-AT")->base(), Language::German);
    EXPECT_EQ(Language::fromTag(u"de-AT")->locale().language(), QLocale::German);
    // English first, then by tag.
    QList<Language> languages{*Language::fromTag(u"fr"), Language::German, Language::English};
    std::sort(languages.begin(), languages.end(), languageBefore);
    EXPECT_EQ(languages, (QList<Language>{Language::English, Language::German, *Language::fromTag(u"fr")}));
}

TEST(LanguageCode, UiLanguagesAreTheCompiledTranslations)
{
    EXPECT_EQ(uiLanguages(), (QList<Language>{Language::English, Language::German}));
}

TEST(LocalizedText, KeepsAnyLanguageAndFallsBack)
{
    const Language french = *Language::fromTag(u"fr");
    const Language swiss = *Language::fromTag(u"de-CH");
    LocalizedText text{{french, QStringLiteral("Taille")}, {Language::German, QStringLiteral("Größe")}};
    EXPECT_EQ(text.languages(), (QList<Language>{Language::German, french}));
    EXPECT_EQ(text.text(french), QStringLiteral("Taille"));
    EXPECT_EQ(text.text(swiss), QStringLiteral("Größe")) << "the primary language";
    EXPECT_EQ(text.text(Language::English), QStringLiteral("Größe")) << "no English: the first language";
    EXPECT_EQ(text.value(Language::English), QString());
    text.setValue(Language::English, QStringLiteral("Size"));
    EXPECT_EQ(text.text(*Language::fromTag(u"it")), QStringLiteral("Size")) << "English before the others";
    EXPECT_EQ(text.languages().constFirst(), Language::English);
    text.setValue(french, QString());
    EXPECT_FALSE(text.contains(french)) << "an empty text removes the language";
    // The same texts in another order compare equal.
    EXPECT_EQ(text, (LocalizedText{{Language::German, QStringLiteral("Größe")},
                                   {Language::English, QStringLiteral("Size")}}));
}

TEST(PhraseBook, ShippedTablesAreComplete)
{
    const QList<Language> languages = PhraseBook::languages();
    ASSERT_TRUE(languages.contains(Language::English));
    ASSERT_TRUE(languages.contains(Language::German));
    const QStringList englishKeys = PhraseBook::forLanguage(Language::English).phraseKeys();
    EXPECT_FALSE(englishKeys.isEmpty());
    for (Language language : uiLanguages()) {
        const PhraseBook &book = PhraseBook::forLanguage(language);
        EXPECT_EQ(book.language(), language);
        EXPECT_FALSE(book.name().isEmpty());
        for (const QString &key : englishKeys)
            EXPECT_TRUE(book.phraseKeys().contains(key)) << qPrintable(language.code()) << ": " << qPrintable(key);
    }
    EXPECT_EQ(PhraseBook::forLanguage(*Language::fromTag(u"de-AT")).language(), Language::German);
    EXPECT_EQ(PhraseBook::forLanguage(*Language::fromTag(u"xx")).language(), Language::English);
}

TEST(PhraseBook, NamesLanguagesInTheReadersLanguage)
{
    EXPECT_EQ(languageName(Language::German, Language::English), QStringLiteral("German"));
    EXPECT_EQ(languageName(Language::German, Language::German), QStringLiteral("Deutsch"));
    EXPECT_EQ(languageName(Language::English, Language::German), QStringLiteral("Englisch"));
    // A language without a table: Qt's name of it in itself.
    EXPECT_EQ(languageName(*Language::fromTag(u"fr"), Language::English), QStringLiteral("français"));
}

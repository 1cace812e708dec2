// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/language.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

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

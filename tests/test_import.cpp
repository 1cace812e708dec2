// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// CSV and JSON import/export: number notation, text encodings, the CSV files under
// tests/data/import (one row per file), exports, and round trips that must give back the
// same doubles bit for bit.
#include "core/csvexporter.h"
#include "core/csvimporter.h"
#include "core/numberparser.h"
#include "core/seedstudy.h"
#include "core/studyjson.h"
#include "core/textdecoding.h"
#include "localizedtexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <functional>

// Readable failure output for the types compared below.
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

void PrintTo(const Study &study, std::ostream *os)
{
    *os << exportStudiesJson({study}).toStdString();
}

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

// The study importCsv() makes from a file: labels (and the title as topic) in the file's
// language only, the other language untranslated; keys and slug from the text.
Study importedStudy(const QString &title, const QStringList &labels, const QList<SurveyWave> &waves,
                    const QString &source, Language names = Language::English)
{
    const auto inFileLanguage = [names](const QString &text) {
        return LocalizedText{{names, text}};
    };
    Study study;
    study.slug = slugFromText(title);
    study.title = title;
    study.sourceCitation = source;
    study.topic = inFileLanguage(title);
    for (const QString &label : labels)
        study.segments.append(Segment{slugFromText(label), inFileLanguage(label), QString()});
    study.waves = waves;
    study.year = study.latestWaveYear();
    return study;
}

// The figures of most test files: three segments, 2011 partly unknown.
const QList<SurveyWave> kWeissWaves{{2011, {std::nullopt, 56.0, std::nullopt}}, {2012, {24.5, 70.0, 5.5}}};
const QStringList kEnglishLabels{QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Don't know")};
const QStringList kGermanLabels{QStringLiteral("Ja"), QStringLiteral("Nein"), QStringLiteral("Weiß nicht")};

// A study with every field set and values that are hard to write and read back exactly.
Study awkwardStudy()
{
    Study study;
    study.slug = QStringLiteral("groesse-awkward");
    study.title = QStringLiteral("Größe; \"awkward\", study");
    study.publisher = QStringLiteral("Müller & Söhne");
    study.year = 2021;
    study.sourceCitation = QStringLiteral("Müller & Söhne, \"Größe\" 2021");
    study.topic = englishGerman(QStringLiteral("Size matters"), QStringLiteral("Größe zählt"));
    study.adoptionLabel = englishGerman(QStringLiteral("Any size"), QStringLiteral("Irgendeine Größe"));
    study.baselineSegment = 2;
    study.multipleAnswers = false;
    study.headline = englishGerman(QStringLiteral("One in eight says \"XL\""), QStringLiteral("Jeder Achte sagt „XL“"));
    study.notes = QStringLiteral("Line one\nLine two; with \"quotes\"");
    study.publicationDate = QDate(2021, 3, 14);
    study.chartWeek = QDate(2021, 3, 15); // a Monday, ISO week 2021-W11
    study.segments = {
        {QStringLiteral("xl"), englishGerman(QStringLiteral("Size \"XL\"; big"), QStringLiteral("Größe „XL“; groß")),
         QStringLiteral("#1f77b4")},
        {QStringLiteral("ab"), englishGerman(QStringLiteral("a,b"), QStringLiteral("a,b")), QString()},
        {QStringLiteral("unknown"), englishGerman(QStringLiteral("Don't know"), QStringLiteral("Weiß nicht")),
         QStringLiteral("#ABCDEF")},
        {QStringLiteral("two-lines"), englishGerman(QStringLiteral("two\nlines"), QStringLiteral("zwei\nZeilen")),
         QString()},
    };
    study.waves = {
        {2019, {12.5, 0.1 + 0.2, 33.333333333333336, std::nullopt}},
        {2020, {std::nullopt, std::nullopt, std::nullopt, std::nullopt}},
        {2021, {33.333333333333336, 33.33333333333333, 0.0, 33.333333333333329}},
    };
    return study;
}

// Exactly the same bits, so 0.30000000000000004 and 0.3 differ (operator== already does) and
// so do 0.0 and -0.0.
void expectSameBits(const Study &actual, const Study &expected)
{
    ASSERT_EQ(actual.waves.size(), expected.waves.size());
    for (qsizetype w = 0; w < expected.waves.size(); ++w) {
        ASSERT_EQ(actual.waves.at(w).shares.size(), expected.waves.at(w).shares.size());
        for (qsizetype s = 0; s < expected.waves.at(w).shares.size(); ++s) {
            const Share a = actual.waves.at(w).shares.at(s);
            const Share e = expected.waves.at(w).shares.at(s);
            ASSERT_EQ(a.has_value(), e.has_value()) << "wave " << w << " share " << s;
            if (e) {
                EXPECT_EQ(std::bit_cast<std::uint64_t>(*a), std::bit_cast<std::uint64_t>(*e))
                    << "wave " << w << " share " << s;
            }
        }
    }
}

} // namespace

// -------------------------------------------------------------------------------------------
// Numbers

struct NumberCase
{
    const char *name;
    const char16_t *cell;
    Language locale;
    bool ok;
    Share value;
};

void PrintTo(const NumberCase &row, std::ostream *os)
{
    *os << row.name;
}

class NumberParsing : public testing::TestWithParam<NumberCase>
{
};

TEST_P(NumberParsing, ReadsOnlyUnambiguousNumbers)
{
    const NumberCase &row = GetParam();
    const QString cell = QString::fromUtf16(row.cell);
    const ParsedShare parsed = parseShare(cell, row.locale);
    EXPECT_EQ(parsed.ok, row.ok) << row.name << ": " << parsed.error.toStdString();
    if (row.ok) {
        ASSERT_EQ(parsed.value.has_value(), row.value.has_value()) << row.name;
        if (row.value) {
            EXPECT_EQ(std::bit_cast<std::uint64_t>(*parsed.value), std::bit_cast<std::uint64_t>(*row.value))
                << row.name;
        }
        EXPECT_TRUE(parsed.error.isEmpty());
    } else {
        EXPECT_FALSE(parsed.value.has_value()) << row.name;
        EXPECT_TRUE(parsed.error.contains(cell.trimmed())) << row.name << ": " << parsed.error.toStdString();
    }
}

constexpr Language De = Language::German;
constexpr Language En = Language::English;

INSTANTIATE_TEST_SUITE_P(
    Rows, NumberParsing,
    testing::Values(NumberCase{"de decimal comma", u"24,5", De, true, 24.5},
                    NumberCase{"de percent with space", u"24,5 %", De, true, 24.5},
                    NumberCase{"de percent without space", u"24,5%", De, true, 24.5},
                    NumberCase{"de percent with no-break space", u"24,5\u00A0%", De, true, 24.5},
                    NumberCase{"de percent with narrow no-break space", u"24,5\u202F%", De, true, 24.5},
                    NumberCase{"de thousands group", u"2.155", De, true, 2155.0},
                    NumberCase{"de groups and decimals", u"1.234.567,25", De, true, 1234567.25},
                    NumberCase{"de comma before three digits is a decimal", u"2,155", De, true, 2.155},
                    NumberCase{"de surrounding blanks", u"  47 ", De, true, 47.0},
                    NumberCase{"de negative", u"-3", De, true, -3.0},
                    NumberCase{"de shortest round trip", u"33,333333333333336", De, true, 33.333333333333336},
                    NumberCase{"de empty is unknown", u"", De, true, std::nullopt},
                    NumberCase{"de blank is unknown", u"   ", De, true, std::nullopt},
                    NumberCase{"de decimal point", u"24.5", De, false, std::nullopt},
                    NumberCase{"de point not a group", u"1.5", De, false, std::nullopt},
                    NumberCase{"de group with leading zero", u"0.155", De, false, std::nullopt},
                    NumberCase{"de no leading digit", u",5", De, false, std::nullopt},
                    NumberCase{"de plus sign", u"+3", De, false, std::nullopt},
                    NumberCase{"de exponent", u"1e5", De, false, std::nullopt},
                    NumberCase{"de text", u"viel", De, false, std::nullopt},
                    NumberCase{"de percent only", u"%", De, false, std::nullopt},
                    NumberCase{"de two percent signs", u"24,5 %%", De, false, std::nullopt},
                    NumberCase{"de space group", u"2 155", De, false, std::nullopt},
                    NumberCase{"de not a/n", u"k. A.", De, false, std::nullopt},
                    NumberCase{"en decimal point", u"24.5", En, true, 24.5},
                    NumberCase{"en percent", u"24.5%", En, true, 24.5},
                    NumberCase{"en thousands group", u"2,155", En, true, 2155.0},
                    NumberCase{"en point before three digits is a decimal", u"2.155", En, true, 2.155},
                    NumberCase{"en shortest round trip", u"0.30000000000000004", En, true, 0.1 + 0.2},
                    NumberCase{"en decimal comma", u"24,5", En, false, std::nullopt},
                    NumberCase{"en comma not a group", u"1,5", En, false, std::nullopt},
                    NumberCase{"en broken groups", u"1,23,4", En, false, std::nullopt},
                    NumberCase{"en arabic-indic digits", u"\u0662\u0664", En, false, std::nullopt}));

TEST(NumberParsing, ErrorSuggestsTheOtherNotation)
{
    EXPECT_TRUE(parseShare(u"24,5", Language::English).error.contains(QStringLiteral("German")));
    EXPECT_TRUE(parseShare(u"24.5", Language::German).error.contains(QStringLiteral("English")));
    EXPECT_FALSE(parseShare(u"viel", Language::German).error.contains(QStringLiteral("English")));
}

// -------------------------------------------------------------------------------------------
// Text encodings

struct DecodeCase
{
    const char *name;
    QByteArray bytes;
    TextEncoding requested;
    bool ok;
    const char16_t *text; // when ok
    TextEncoding used;
    bool byteOrderMark;
    int line; // when !ok
    int column;
    const char *value;
};

void PrintTo(const DecodeCase &row, std::ostream *os)
{
    *os << row.name;
}

class TextDecoding : public testing::TestWithParam<DecodeCase>
{
};

TEST_P(TextDecoding, DecodesOrNamesThePlace)
{
    const DecodeCase &row = GetParam();
    const DecodedText decoded = decodeText(row.bytes, row.requested);
    ASSERT_EQ(decoded.ok, row.ok) << row.name << ": " << decoded.error.message.toStdString();
    EXPECT_EQ(decoded.encoding, row.used) << row.name;
    if (row.ok) {
        EXPECT_EQ(decoded.text, QString::fromUtf16(row.text)) << row.name;
        EXPECT_EQ(decoded.byteOrderMark, row.byteOrderMark) << row.name;
        EXPECT_FALSE(decoded.text.contains(QChar(0xFFFD)) && !QString::fromUtf16(row.text).contains(QChar(0xFFFD)));
    } else {
        EXPECT_TRUE(decoded.text.isEmpty()) << row.name;
        EXPECT_EQ(decoded.error.line, row.line) << row.name;
        EXPECT_EQ(decoded.error.column, row.column) << row.name;
        EXPECT_EQ(decoded.error.value, QString::fromLatin1(row.value)) << row.name;
        EXPECT_FALSE(decoded.error.message.isEmpty()) << row.name;
    }
}

QByteArray bytes(const char *data, qsizetype size)
{
    return QByteArray(data, size);
}

using E = TextEncoding;
INSTANTIATE_TEST_SUITE_P(
    Rows, TextDecoding,
    testing::Values(
        DecodeCase{"utf-8 without bom", bytes("a;\xC3\xA4\n", 5), E::Automatic, true, u"a;ä\n", E::Utf8, false, 0, 0,
                   ""},
        DecodeCase{"utf-8 with bom", bytes("\xEF\xBB\xBF\xC3\xA4", 5), E::Automatic, true, u"ä", E::Utf8, true, 0, 0,
                   ""},
        DecodeCase{"utf-8 chosen, with bom", bytes("\xEF\xBB\xBFx", 4), E::Utf8, true, u"x", E::Utf8, true, 0, 0, ""},
        DecodeCase{"valid U+FFFD stays", bytes("\xEF\xBF\xBD", 3), E::Automatic, true, u"\uFFFD", E::Utf8, false, 0, 0,
                   ""},
        DecodeCase{"utf-16 le with bom",
                   bytes("\xFF\xFE"
                         "a\0\xE4\0",
                         6),
                   E::Automatic, true, u"aä", E::Utf16LittleEndian, true, 0, 0, ""},
        DecodeCase{"utf-16 be with bom", bytes("\xFE\xFF\0a\0\xE4", 6), E::Automatic, true, u"aä", E::Utf16BigEndian,
                   true, 0, 0, ""},
        DecodeCase{"utf-16 le chosen, without bom", bytes("a\0\xE4\0", 4), E::Utf16LittleEndian, true, u"aä",
                   E::Utf16LittleEndian, false, 0, 0, ""},
        DecodeCase{"utf-16 surrogate pair", bytes("\xFF\xFE\x3D\xD8\x00\xDE", 6), E::Automatic, true, u"\U0001F600",
                   E::Utf16LittleEndian, true, 0, 0, ""},
        DecodeCase{"windows-1252 when chosen",
                   bytes("Gr\xF6\xDF"
                         "e \x80",
                         7),
                   E::Windows1252, true, u"Größe €", E::Windows1252, false, 0, 0, ""},
        DecodeCase{"invalid utf-8 names line and column", bytes("ab\ncd\xE4x", 7), E::Automatic, false, u"", E::Utf8,
                   false, 2, 3, "0xE4"},
        DecodeCase{"invalid utf-8 after crlf", bytes("a\r\nb\r\n\xFF", 7), E::Automatic, false, u"", E::Utf8, false, 3,
                   1, "0xFF"},
        DecodeCase{"truncated utf-8 at the end", bytes("ab\xC3", 3), E::Automatic, false, u"", E::Utf8, false, 1, 3,
                   "0xC3"},
        DecodeCase{"overlong utf-8", bytes("x\xC0\xAF", 3), E::Automatic, false, u"", E::Utf8, false, 1, 2, "0xC0"},
        DecodeCase{"utf-8 encoded surrogate", bytes("\xED\xA0\x80", 3), E::Automatic, false, u"", E::Utf8, false, 1, 1,
                   "0xED 0xA0"},
        DecodeCase{"windows-1252 is never a silent fallback",
                   bytes("Gr\xF6\xDF"
                         "e",
                         5),
                   E::Automatic, false, u"", E::Utf8, false, 1, 3, "0xF6"},
        DecodeCase{"nul character", bytes("a\0b", 3), E::Automatic, false, u"", E::Utf8, false, 1, 2, "0x00"},
        DecodeCase{"utf-16 without bom", bytes("a\0b\0", 4), E::Automatic, false, u"", E::Utf8, false, 1, 2, "0x00"},
        DecodeCase{"undefined windows-1252 byte", bytes("ab\x81", 3), E::Windows1252, false, u"", E::Windows1252, false,
                   1, 3, "0x81"},
        DecodeCase{"windows-1252 chosen for utf-8 with bom", bytes("\xEF\xBB\xBFx", 4), E::Windows1252, false, u"",
                   E::Windows1252, false, 1, 1, "0xEF 0xBB 0xBF"},
        DecodeCase{"utf-8 chosen for utf-16 with bom",
                   bytes("\xFF\xFE"
                         "a\0",
                         4),
                   E::Utf8, false, u"", E::Utf8, false, 1, 1, "0xFF 0xFE"},
        DecodeCase{"unpaired utf-16 surrogate",
                   bytes("\xFF\xFE"
                         "a\0\x00\xD8"
                         "b\0",
                         8),
                   E::Automatic, false, u"", E::Utf16LittleEndian, false, 1, 2, "U+D800"}));

TEST(TextDecoding, EncodingNames)
{
    EXPECT_EQ(textEncodingFromName(u"UTF-8"), TextEncoding::Utf8);
    EXPECT_EQ(textEncodingFromName(u"utf8"), TextEncoding::Utf8);
    EXPECT_EQ(textEncodingFromName(u"utf-16le"), TextEncoding::Utf16LittleEndian);
    EXPECT_EQ(textEncodingFromName(u"UTF-16BE"), TextEncoding::Utf16BigEndian);
    EXPECT_EQ(textEncodingFromName(u"Windows-1252"), TextEncoding::Windows1252);
    EXPECT_EQ(textEncodingFromName(u"cp1252"), TextEncoding::Windows1252);
    EXPECT_EQ(textEncodingFromName(u"auto"), TextEncoding::Automatic);
    EXPECT_FALSE(textEncodingFromName(u"latin-9").has_value());
    for (const TextEncoding encoding : {E::Automatic, E::Utf8, E::Utf16LittleEndian, E::Utf16BigEndian, E::Windows1252})
        EXPECT_EQ(textEncodingFromName(textEncodingName(encoding)), encoding);
}

// -------------------------------------------------------------------------------------------
// CSV files that import

struct CsvFileCase
{
    const char *file;
    Language locale;
    TextEncoding encoding;
    TextEncoding detected;
    bool byteOrderMark;
    char delimiter;
    bool sepLine;
    CsvLayout layout;
    QString title;
    QStringList labels;
    QList<SurveyWave> waves;
};

void PrintTo(const CsvFileCase &row, std::ostream *os)
{
    *os << row.file;
}

class CsvFiles : public testing::TestWithParam<CsvFileCase>
{
};

TEST_P(CsvFiles, ImportTheSameFigures)
{
    const CsvFileCase &row = GetParam();
    const QString path = dataFile(row.file);
    CsvImportOptions options;
    options.locale = row.locale;
    options.encoding = row.encoding;
    const CsvImportResult result = importCsvFile(path, options);
    for (const ImportError &error : result.errors)
        ADD_FAILURE() << error.toString().toStdString();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.settings.encoding, row.detected);
    EXPECT_EQ(result.settings.byteOrderMark, row.byteOrderMark);
    EXPECT_EQ(result.settings.delimiter, QLatin1Char(row.delimiter));
    EXPECT_EQ(result.settings.delimiterFromSepLine, row.sepLine);
    EXPECT_EQ(result.settings.layout, row.layout);
    EXPECT_EQ(result.settings.locale, row.locale);
    EXPECT_FALSE(result.table.isEmpty());
    ASSERT_EQ(result.studies.size(), 1);
    const QString fileName = QString::fromUtf8(row.file);
    const Language names = result.settings.nameLanguage;
    EXPECT_EQ(result.studies.first(), importedStudy(row.title, row.labels, row.waves, fileName, names));
    expectSameBits(result.studies.first(), importedStudy(row.title, row.labels, row.waves, fileName, names));
}

const QString kWeiss = QStringLiteral("Weiß-Studie");
INSTANTIATE_TEST_SUITE_P(
    Rows, CsvFiles,
    testing::Values(CsvFileCase{"long-en-utf8-bom.csv", En, E::Automatic, E::Utf8, true, ',', false, CsvLayout::Long,
                                kWeiss, kEnglishLabels, kWeissWaves},
                    CsvFileCase{"long-de-utf8.csv", De, E::Automatic, E::Utf8, false, ';', false, CsvLayout::Long,
                                kWeiss, kGermanLabels, kWeissWaves},
                    CsvFileCase{"wide-de-utf16le.txt", De, E::Automatic, E::Utf16LittleEndian, true, '\t', false,
                                CsvLayout::Wide, QStringLiteral("wide-de-utf16le"), kGermanLabels, kWeissWaves},
                    CsvFileCase{"wide-en-utf16be.csv", En, E::Automatic, E::Utf16BigEndian, true, ',', false,
                                CsvLayout::Wide, QStringLiteral("wide-en-utf16be"), kEnglishLabels, kWeissWaves},
                    CsvFileCase{"wide-de-windows1252.csv", De, E::Windows1252, E::Windows1252, false, ';', false,
                                CsvLayout::Wide, QStringLiteral("wide-de-windows1252"), kGermanLabels, kWeissWaves},
                    CsvFileCase{"wide-en-tab.tsv", En, E::Automatic, E::Utf8, false, '\t', false, CsvLayout::Wide,
                                QStringLiteral("wide-en-tab"), kEnglishLabels, kWeissWaves},
                    CsvFileCase{"sep-semicolon-crlf.csv", De, E::Automatic, E::Utf8, false, ';', true, CsvLayout::Wide,
                                QStringLiteral("sep-semicolon-crlf"), kGermanLabels, kWeissWaves},
                    CsvFileCase{"sep-semicolon-lf.csv", De, E::Automatic, E::Utf8, false, ';', true, CsvLayout::Wide,
                                QStringLiteral("sep-semicolon-lf"), kGermanLabels, kWeissWaves},
                    CsvFileCase{"quoting.csv",
                                En,
                                E::Automatic,
                                E::Utf8,
                                false,
                                ',',
                                false,
                                CsvLayout::Wide,
                                QStringLiteral("quoting"),
                                {QStringLiteral("Say \"hi\""), QStringLiteral("a,b"), QStringLiteral("two\nlines")},
                                {{2011, {10.0, 20.0, 70.0}}, {2012, {30.0, std::nullopt, 40.5}}}},
                    CsvFileCase{"nfd-labels.csv",
                                De,
                                E::Automatic,
                                E::Utf8,
                                false,
                                ';',
                                false,
                                CsvLayout::Wide,
                                QStringLiteral("nfd-labels"),
                                {QStringLiteral("Größe"), QStringLiteral("Klein")},
                                {{2012, {40.0, 60.0}}}}));

TEST(CsvImport, QuotedLineBreaksKeepTheLineNumbers)
{
    const CsvImportResult result = importCsvFile(dataFile("quoting.csv"), {});
    ASSERT_EQ(result.table.size(), 3);
    EXPECT_EQ(result.table.at(0).line, 1);
    EXPECT_EQ(result.table.at(1).line, 3); // the header spans lines 1 and 2
    EXPECT_EQ(result.table.at(2).line, 4);
    EXPECT_EQ(result.table.at(0).fields, QStringList({QStringLiteral("wave"), QStringLiteral("Say \"hi\""),
                                                      QStringLiteral("a,b"), QStringLiteral("two\r\nlines")}));
    EXPECT_EQ(result.table.at(2).fields,
              QStringList({QStringLiteral("2012"), QStringLiteral("30"), QString(), QStringLiteral("40.5")}));
}

TEST(CsvImport, LabelsAreNfc)
{
    CsvImportOptions options;
    options.locale = Language::German;
    const CsvImportResult result = importCsvFile(dataFile("nfd-labels.csv"), options);
    ASSERT_TRUE(result.ok());
    const QString label = result.studies.first().segments.first().name.text(Language::German);
    EXPECT_EQ(label.size(), 5);
    EXPECT_EQ(label, label.normalized(QString::NormalizationForm_C));
    EXPECT_EQ(result.studies.first().segments.first().key, QStringLiteral("grosse"));
    // The preview shows the cell as it was written.
    const QString cell = result.table.first().fields.at(1);
    EXPECT_NE(cell, cell.normalized(QString::NormalizationForm_C));
}

TEST(CsvImport, EmptyCellsAreUnknownNotZero)
{
    const CsvImportResult result = importCsvFile(dataFile("wide-en-tab.tsv"), {});
    ASSERT_TRUE(result.ok());
    const Study &study = result.studies.first();
    EXPECT_FALSE(study.share(study.waveIndex(2011), 0).has_value());
    EXPECT_FALSE(study.share(study.waveIndex(2011), 2).has_value());
    EXPECT_EQ(study.share(study.waveIndex(2011), 1), 56.0);
}

TEST(CsvImport, LongFileWithSeveralStudies)
{
    const CsvImportResult result = importCsvFile(dataFile("multi-study-long.csv"), {});
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.studies.size(), 2);
    const QString source = QStringLiteral("multi-study-long.csv");
    EXPECT_EQ(result.studies.at(0),
              importedStudy(QStringLiteral("Alpha"), {QStringLiteral("Yes"), QStringLiteral("No")},
                            {{2012, {40.0, 60.0}}}, source));
    // Waves sorted by year although 2013 comes first in the file.
    EXPECT_EQ(result.studies.at(1),
              importedStudy(QStringLiteral("Beta"), {QStringLiteral("Often"), QStringLiteral("Never")},
                            {{2012, {12.5, 87.5}}, {2013, {10.0, 90.0}}}, source));
}

TEST(CsvImport, OptionsGiveSourceAndMultipleAnswers)
{
    CsvImportOptions options;
    options.sourceCitation = QStringLiteral("Institut Größe, 2012");
    options.multipleAnswers = true;
    // 70 + 50 = 120 is fine when respondents could pick both answers.
    const CsvImportResult result = importCsvFile(dataFile("error-shares-exceed-100.csv"), options);
    ASSERT_TRUE(result.ok()) << (result.errors.isEmpty() ? "" : result.errors.first().toString().toStdString());
    EXPECT_EQ(result.studies.first().sourceCitation, options.sourceCitation);
    EXPECT_TRUE(result.studies.first().multipleAnswers);
}

TEST(CsvImport, DuplicateLabelsGetDistinctKeys)
{
    const QByteArray csv("wave,Ja!,ja?\n2012,40,60\n");
    const CsvImportResult result = importCsv(csv, QStringLiteral("keys.csv"), {});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.studies.first().segments.at(0).key, QStringLiteral("ja"));
    EXPECT_EQ(result.studies.first().segments.at(1).key, QStringLiteral("ja-2"));
}

TEST(CsvImport, LastLineWithoutLineBreakAndEmptyTrailingColumns)
{
    // Excel writes empty columns after the data when cells beyond it were ever formatted.
    const QByteArray csv("wave;Ja;Nein;;\r\n2011;40;60;;\r\n;;;;\r\n2012;45;55;;");
    CsvImportOptions options;
    options.locale = Language::German;
    const CsvImportResult result = importCsv(csv, QStringLiteral("excel.csv"), options);
    ASSERT_TRUE(result.ok()) << (result.errors.isEmpty() ? "" : result.errors.first().toString().toStdString());
    EXPECT_EQ(result.studies.first(),
              importedStudy(QStringLiteral("excel"), {QStringLiteral("Ja"), QStringLiteral("Nein")},
                            {{2011, {40.0, 60.0}}, {2012, {45.0, 55.0}}}, QStringLiteral("excel.csv")));
    EXPECT_EQ(result.table.size(), 4);
    EXPECT_EQ(result.table.last().line, 4);
}

TEST(CsvImport, SepLineAloneIsAnEmptyFile)
{
    const CsvImportResult result = importCsv(QByteArray("sep=;\r\n"), QStringLiteral("empty.csv"), {});
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_FALSE(result.errors.first().message.isEmpty());
}

TEST(CsvImport, MissingFileIsAnError)
{
    const QString path = dataFile("no-such-file.csv");
    const CsvImportResult result = importCsvFile(path, {});
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.first().file, path);
    EXPECT_TRUE(result.errors.first().message.contains(path));
    EXPECT_FALSE(result.ok());
}

struct SlugCase
{
    const char16_t *text;
    const char *slug;
};

void PrintTo(const SlugCase &row, std::ostream *os)
{
    *os << QString::fromUtf16(row.text).toStdString();
}

class Slugs : public testing::TestWithParam<SlugCase>
{
};

TEST_P(Slugs, AreAsciiWithDashes)
{
    EXPECT_EQ(slugFromText(QString::fromUtf16(GetParam().text)), QString::fromLatin1(GetParam().slug));
}

INSTANTIATE_TEST_SUITE_P(Rows, Slugs,
                         testing::Values(SlugCase{u"Größe", "grosse"}, SlugCase{u"Ad hoc use", "ad-hoc-use"},
                                         SlugCase{u"Don't know", "don-t-know"}, SlugCase{u"  --x--  ", "x"},
                                         SlugCase{u"Café Crème 2012", "cafe-creme-2012"}, SlugCase{u"GROSS", "gross"},
                                         SlugCase{u"日本", ""}));

// -------------------------------------------------------------------------------------------
// CSV files that are rejected

struct CsvErrorCase
{
    const char *file;
    Language locale;
    TextEncoding encoding;
    int line;
    int column;
    const char16_t *value;
};

void PrintTo(const CsvErrorCase &row, std::ostream *os)
{
    *os << row.file;
}

class CsvErrors : public testing::TestWithParam<CsvErrorCase>
{
};

TEST_P(CsvErrors, NameFileLineColumnAndValueAndImportNothing)
{
    const CsvErrorCase &row = GetParam();
    const QString path = dataFile(row.file);
    CsvImportOptions options;
    options.locale = row.locale;
    options.encoding = row.encoding;
    const CsvImportResult result = importCsvFile(path, options);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.studies.isEmpty());
    ASSERT_FALSE(result.errors.isEmpty());
    const ImportError &error = result.errors.first();
    EXPECT_EQ(error.file, path);
    EXPECT_EQ(error.line, row.line) << error.toString().toStdString();
    EXPECT_EQ(error.column, row.column) << error.toString().toStdString();
    EXPECT_EQ(error.value, QString::fromUtf16(row.value)) << error.toString().toStdString();
    EXPECT_FALSE(error.message.isEmpty());
    const QString place = row.column > 0 ? QStringLiteral("%1:%2:%3: ").arg(path).arg(row.line).arg(row.column)
                                         : QStringLiteral("%1:%2: ").arg(path).arg(row.line);
    EXPECT_TRUE(error.toString().startsWith(place)) << error.toString().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Rows, CsvErrors,
    testing::Values(CsvErrorCase{"error-en-decimal-comma.csv", En, E::Automatic, 2, 2, u"24,5"},
                    CsvErrorCase{"error-de-decimal-point.csv", De, E::Automatic, 2, 2, u"24.5"},
                    CsvErrorCase{"error-de-thousands-out-of-range.csv", De, E::Automatic, 2, 2, u"2.155"},
                    CsvErrorCase{"error-ragged-row.csv", En, E::Automatic, 3, 4, u"10"},
                    CsvErrorCase{"error-stray-quote.csv", En, E::Automatic, 2, 3, u"TV,2012,32\" screen,40"},
                    CsvErrorCase{"error-unclosed-quote.csv", En, E::Automatic, 3, 2, u""},
                    CsvErrorCase{"error-duplicate-wave.csv", En, E::Automatic, 4, 1, u"2011"},
                    CsvErrorCase{"error-duplicate-segment-long.csv", En, E::Automatic, 4, 3, u"41"},
                    CsvErrorCase{"error-shares-exceed-100.csv", En, E::Automatic, 3, 1, u"2012"},
                    CsvErrorCase{"error-not-a-year.csv", En, E::Automatic, 3, 1, u"'12"},
                    CsvErrorCase{"error-one-bad-row.csv", En, E::Automatic, 4, 3, u"sixty"},
                    CsvErrorCase{"error-unknown-column.csv", En, E::Automatic, 1, 4, u"unit"},
                    CsvErrorCase{"error-missing-segment-name.csv", En, E::Automatic, 1, 3, u""},
                    CsvErrorCase{"error-single-column.csv", En, E::Automatic, 1, 0, u""},
                    CsvErrorCase{"error-header-only.csv", En, E::Automatic, 1, 0, u""},
                    CsvErrorCase{"error-invalid-utf8.csv", De, E::Automatic, 3, 7, u"0xE4"},
                    CsvErrorCase{"wide-de-windows1252.csv", De, E::Automatic, 1, 18, u"0xDF"},
                    CsvErrorCase{"long-de-utf8.csv", En, E::Automatic, 2, 4, u"24,5 %"},
                    CsvErrorCase{"sep-semicolon-bad-value.csv", De, E::Automatic, 4, 2, u"24.5"},
                    CsvErrorCase{"quoting-bad-value-after-line-break.csv", En, E::Automatic, 4, 3, u"x"}));

TEST(CsvErrors, OneBadRowRejectsTheWholeFile)
{
    const CsvImportResult result = importCsvFile(dataFile("error-one-bad-row.csv"), {});
    EXPECT_EQ(result.errors.size(), 1);
    EXPECT_TRUE(result.studies.isEmpty());
    EXPECT_EQ(result.table.size(), 5); // the preview still shows every row
}

TEST(CsvErrors, EveryBadCellIsReported)
{
    const CsvImportResult result =
        importCsv(QByteArray("wave,Yes,No\n2011,4o,60\n20x2,30,70\n2013,,x\n"), QStringLiteral("m.csv"), {});
    ASSERT_EQ(result.errors.size(), 3);
    EXPECT_EQ(result.errors.at(0).line, 2);
    EXPECT_EQ(result.errors.at(1).line, 3);
    EXPECT_EQ(result.errors.at(2).line, 4);
    EXPECT_EQ(result.errors.at(2).column, 3);
}

TEST(CsvErrors, MessagesAreTranslated)
{
    ASSERT_TRUE(installLanguage(Language::German));
    const CsvImportResult result = importCsvFile(dataFile("error-en-decimal-comma.csv"), {});
    installLanguage(Language::English);
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_TRUE(result.errors.first().message.contains(QStringLiteral("Zahl")))
        << result.errors.first().message.toStdString();
}

// -------------------------------------------------------------------------------------------
// CSV export

TEST(CsvExport, SeedStudyInEnglishConvention)
{
    const QByteArray csv = exportStudyCsv(smbGroupSocialBusinessStudy2012(), Language::English);
    const QByteArray title("2012 Small and Medium Business Social Business Study");
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "study,wave,segment,share\r\n" + title +
                                ",2011,Planned strategy,\r\n" + title + ",2011,Ad hoc use,\r\n" + title +
                                ",2011,No social media,56\r\n" + title + ",2012,Planned strategy,24\r\n" + title +
                                ",2012,Ad hoc use,29\r\n" + title + ",2012,No social media,47\r\n";
    EXPECT_EQ(csv.toStdString(), expected.toStdString());
}

TEST(CsvExport, SeedStudyInGermanConvention)
{
    const QByteArray csv = exportStudyCsv(smbGroupSocialBusinessStudy2012(), Language::German);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBF"
                               "Studie;Welle;Segment;Anteil\r\n"));
    EXPECT_TRUE(csv.contains(";2011;Keine sozialen Medien;56\r\n"));
    EXPECT_TRUE(csv.contains(";2011;Mit Strategie;\r\n"));
}

TEST(CsvExport, QuotesOnlyWhatNeedsIt)
{
    const QByteArray english = exportStudyCsv(awkwardStudy(), Language::English);
    EXPECT_TRUE(english.contains("\"Größe; \"\"awkward\"\", study\",2019,\"Size \"\"XL\"\"; big\",12.5\r\n"));
    EXPECT_TRUE(english.contains(",2019,\"a,b\",0.30000000000000004\r\n"));
    EXPECT_TRUE(english.contains(",2019,\"two\nlines\",\r\n"));
    EXPECT_TRUE(english.contains(",2021,Don't know,0\r\n"));
    const QByteArray german = exportStudyCsv(awkwardStudy(), Language::German);
    EXPECT_TRUE(german.contains("\"Größe; \"\"awkward\"\", study\";2019;\"Größe „XL“; groß\";12,5\r\n"));
    EXPECT_TRUE(german.contains(";2019;a,b;0,30000000000000004\r\n"));
    EXPECT_TRUE(german.contains(";2019;Weiß nicht;33,333333333333336\r\n"));
}

TEST(CsvExport, WritesThroughQSaveFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seed.csv"));
    QString error;
    ASSERT_TRUE(writeStudyCsv(smbGroupSocialBusinessStudy2012(), Language::German, path, &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), exportStudyCsv(smbGroupSocialBusinessStudy2012(), Language::German));
    EXPECT_FALSE(writeStudyCsv(smbGroupSocialBusinessStudy2012(), Language::German,
                               dir.filePath(QStringLiteral("missing/folder/seed.csv")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("seed.csv")));
}

// -------------------------------------------------------------------------------------------
// CSV round trips: what a CSV file holds (title, labels in the convention's language, waves,
// shares) comes back exactly, whatever the UI language.

struct RoundTripCase
{
    const char *name;
    std::function<Study()> study;
    Language convention;
    Language uiLanguage;
};

void PrintTo(const RoundTripCase &row, std::ostream *os)
{
    *os << row.name;
}

class CsvRoundTrip : public testing::TestWithParam<RoundTripCase>
{
protected:
    void TearDown() override { installLanguage(Language::English); }
};

TEST_P(CsvRoundTrip, GivesTheSameStudy)
{
    const RoundTripCase &row = GetParam();
    ASSERT_TRUE(installLanguage(row.uiLanguage));
    const Study original = row.study();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(writeStudyCsv(original, row.convention, path));

    CsvImportOptions options;
    options.locale = row.convention;
    const CsvImportResult result = importCsvFile(path, options);
    for (const ImportError &error : result.errors)
        ADD_FAILURE() << error.toString().toStdString();
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.studies.size(), 1);

    QStringList labels;
    for (const Segment &segment : original.segments)
        labels.append(segment.name.text(row.convention));
    const Study expected =
        importedStudy(original.title, labels, original.waves, QStringLiteral("export.csv"), row.convention);
    EXPECT_EQ(result.studies.first(), expected);
    expectSameBits(result.studies.first(), original);
    EXPECT_EQ(result.settings.delimiter, row.convention == Language::German ? u';' : u',');
    // Exporting the import again gives the same bytes.
    EXPECT_EQ(exportStudyCsv(result.studies.first(), row.convention), exportStudyCsv(original, row.convention));
}

INSTANTIATE_TEST_SUITE_P(Rows, CsvRoundTrip,
                         testing::Values(RoundTripCase{"seed en/en", smbGroupSocialBusinessStudy2012, En, En},
                                         RoundTripCase{"seed en/de", smbGroupSocialBusinessStudy2012, En, De},
                                         RoundTripCase{"seed de/en", smbGroupSocialBusinessStudy2012, De, En},
                                         RoundTripCase{"seed de/de", smbGroupSocialBusinessStudy2012, De, De},
                                         RoundTripCase{"awkward en/en", awkwardStudy, En, En},
                                         RoundTripCase{"awkward en/de", awkwardStudy, En, De},
                                         RoundTripCase{"awkward de/en", awkwardStudy, De, En},
                                         RoundTripCase{"awkward de/de", awkwardStudy, De, De}));

// -------------------------------------------------------------------------------------------
// JSON

class JsonRoundTrip : public testing::TestWithParam<Language>
{
protected:
    void TearDown() override { installLanguage(Language::English); }
};

TEST_P(JsonRoundTrip, GivesExactlyTheSameStudies)
{
    ASSERT_TRUE(installLanguage(GetParam()));
    const QList<Study> studies{smbGroupSocialBusinessStudy2012(), awkwardStudy()};
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("studies.json"));
    QString error;
    ASSERT_TRUE(writeStudiesJson(studies, path, &error)) << error.toStdString();
    const JsonImportResult result = importStudiesJsonFile(path);
    for (const ImportError &importError : result.errors)
        ADD_FAILURE() << importError.toString().toStdString();
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.studies.size(), 2);
    EXPECT_EQ(result.studies.at(0), studies.at(0));
    EXPECT_EQ(result.studies.at(1), studies.at(1));
    expectSameBits(result.studies.at(1), studies.at(1));
    EXPECT_EQ(exportStudiesJson(result.studies), exportStudiesJson(studies));
}

INSTANTIATE_TEST_SUITE_P(Languages, JsonRoundTrip, testing::Values(Language::English, Language::German));

TEST(JsonExport, WritesEveryField)
{
    const QJsonObject root = QJsonDocument::fromJson(exportStudiesJson({awkwardStudy()})).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("chartweek-studies"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject study = root.value(QStringLiteral("studies")).toArray().at(0).toObject();
    EXPECT_EQ(study.value(QStringLiteral("chartWeek")).toString(), QStringLiteral("2021-W11"));
    EXPECT_EQ(study.value(QStringLiteral("publicationDate")).toString(), QStringLiteral("2021-03-14"));
    EXPECT_EQ(study.value(QStringLiteral("baselineSegment")).toString(), QStringLiteral("unknown"));
    EXPECT_EQ(study.value(QStringLiteral("headline")).toObject().value(QStringLiteral("de")).toString(),
              QStringLiteral("Jeder Achte sagt „XL“"));
    EXPECT_FALSE(study.contains(QStringLiteral("id")));
    const QJsonArray segments = study.value(QStringLiteral("segments")).toArray();
    EXPECT_EQ(segments.at(0).toObject().value(QStringLiteral("color")).toString(), QStringLiteral("#1f77b4"));
    EXPECT_EQ(segments.at(2).toObject().value(QStringLiteral("name")).toObject().value(QStringLiteral("de")).toString(),
              QStringLiteral("Weiß nicht"));
    const QJsonArray shares =
        study.value(QStringLiteral("waves")).toArray().at(0).toObject().value(QStringLiteral("shares")).toArray();
    EXPECT_TRUE(shares.at(3).isNull());
    EXPECT_EQ(shares.at(1).toDouble(), 0.1 + 0.2);

    const QJsonObject seed = QJsonDocument::fromJson(exportStudiesJson({smbGroupSocialBusinessStudy2012()}))
                                 .object()
                                 .value(QStringLiteral("studies"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    EXPECT_TRUE(seed.value(QStringLiteral("chartWeek")).isNull());
    EXPECT_TRUE(seed.value(QStringLiteral("publicationDate")).isNull());
    EXPECT_EQ(seed.value(QStringLiteral("baselineSegment")).toString(), QStringLiteral("none"));
}

TEST(JsonImport, DefaultsForOptionalFields)
{
    const QByteArray json(R"({"format": "chartweek-studies", "version": 1, "studies": [{
        "title": "Größe", "segments": [{"key": "a", "name": {"en": "A"}}, {"key": "b", "name": {"de": "B"}}],
        "waves": [{"year": 2013, "shares": [40, null]}, {"year": 2012, "shares": [50, 50]}]}]})");
    const JsonImportResult result = importStudiesJson(json, QStringLiteral("min.json"));
    ASSERT_TRUE(result.ok()) << (result.errors.isEmpty() ? "" : result.errors.first().toString().toStdString());
    const Study &study = result.studies.first();
    EXPECT_EQ(study.slug, QStringLiteral("grosse"));
    EXPECT_EQ(study.baselineSegment, -1);
    EXPECT_FALSE(study.chartWeek.isValid());
    EXPECT_EQ(study.segments.at(1).name.text(Language::English), QStringLiteral("B"));
    ASSERT_EQ(study.waves.size(), 2);
    EXPECT_EQ(study.waves.at(0).year, 2012); // sorted by year
    EXPECT_FALSE(study.share(1, 1).has_value());
}

struct JsonErrorCase
{
    const char *name;
    const char *where; // dot-separated keys and indexes into the exported seed study file
    QJsonValue value;  // Undefined removes the field
    const char *path;  // expected JSON path of the error
};

QJsonValue replaced(const QJsonValue &node, QStringList keys, const QJsonValue &value)
{
    if (keys.isEmpty())
        return value;
    const QString key = keys.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = replaced(array.at(index), keys, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (keys.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = replaced(object.value(key), keys, value);
    return object;
}

void PrintTo(const JsonErrorCase &row, std::ostream *os)
{
    *os << row.name;
}

class JsonErrors : public testing::TestWithParam<JsonErrorCase>
{
};

TEST_P(JsonErrors, NameThePath)
{
    const JsonErrorCase &row = GetParam();
    const QJsonObject seed = QJsonDocument::fromJson(exportStudiesJson({smbGroupSocialBusinessStudy2012()})).object();
    const QJsonValue changed = replaced(seed, QString::fromLatin1(row.where).split(u'.'), row.value);
    const QByteArray json = QJsonDocument(changed.toObject()).toJson();
    const JsonImportResult result = importStudiesJson(json, QStringLiteral("shared.json"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.studies.isEmpty());
    ASSERT_FALSE(result.errors.isEmpty()) << row.name;
    const ImportError &error = result.errors.first();
    EXPECT_EQ(error.path, QString::fromLatin1(row.path)) << row.name << ": " << error.toString().toStdString();
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_EQ(error.toString(), QStringLiteral("shared.json: %1: %2").arg(error.path, error.message));
}

INSTANTIATE_TEST_SUITE_P(
    Rows, JsonErrors,
    testing::Values(
        JsonErrorCase{"not our format", "format", QJsonValue(QStringLiteral("something")), "format"},
        JsonErrorCase{"newer version", "version", QJsonValue(2), "version"},
        JsonErrorCase{"version missing", "version", QJsonValue(QJsonValue::Undefined), "version"},
        JsonErrorCase{"studies missing", "studies", QJsonValue(QJsonValue::Undefined), "studies"},
        JsonErrorCase{"no studies", "studies", QJsonArray(), "studies"},
        JsonErrorCase{"study not an object", "studies.0", QJsonValue(1), "studies[0]"},
        JsonErrorCase{"title missing", "studies.0.title", QJsonValue(QJsonValue::Undefined), "studies[0].title"},
        JsonErrorCase{"title empty", "studies.0.title", QJsonValue(QString()), "studies[0].title"},
        JsonErrorCase{"title a number", "studies.0.title", QJsonValue(12), "studies[0].title"},
        JsonErrorCase{"share as text", "studies.0.waves.1.shares.2", QJsonValue(QStringLiteral("47")),
                      "studies[0].waves[1].shares[2]"},
        JsonErrorCase{"share count", "studies.0.waves.0.shares", QJsonArray{1, 2}, "studies[0].waves[0].shares"},
        JsonErrorCase{"share out of range", "studies.0.waves.1.shares.1", QJsonValue(129),
                      "studies[0].waves[1].shares[1]"},
        JsonErrorCase{"shares exceed 100", "studies.0.waves.1.shares.0", QJsonValue(60), "studies[0].waves[1]"},
        JsonErrorCase{"duplicate wave", "studies.0.waves.1.year", QJsonValue(2011), "studies[0].waves[1]"},
        JsonErrorCase{"fractional year", "studies.0.waves.0.year", QJsonValue(2011.5), "studies[0].waves[0].year"},
        JsonErrorCase{"duplicate segment key", "studies.0.segments.1.key", QJsonValue(QStringLiteral("strategy")),
                      "studies[0].segments[1].key"},
        JsonErrorCase{"segment name missing", "studies.0.segments.0.name", QJsonValue(QJsonValue::Undefined),
                      "studies[0].segments[0].name"},
        JsonErrorCase{"bad colour", "studies.0.segments.0.color", QJsonValue(QStringLiteral("red")),
                      "studies[0].segments[0].color"},
        JsonErrorCase{"unknown baseline", "studies.0.baselineSegment", QJsonValue(QStringLiteral("nobody")),
                      "studies[0].baselineSegment"},
        JsonErrorCase{"bad date", "studies.0.publicationDate", QJsonValue(QStringLiteral("2012-13-01")),
                      "studies[0].publicationDate"},
        JsonErrorCase{"no week 53 in 2021", "studies.0.chartWeek", QJsonValue(QStringLiteral("2021-W53")),
                      "studies[0].chartWeek"},
        JsonErrorCase{"flag as text", "studies.0.multipleAnswers", QJsonValue(QStringLiteral("yes")),
                      "studies[0].multipleAnswers"},
        JsonErrorCase{"topic as text", "studies.0.topic", QJsonValue(QStringLiteral("x")), "studies[0].topic"}));

TEST(JsonErrors, SyntaxErrorNamesLineAndColumn)
{
    const QByteArray json("{\"format\": \"chartweek-studies\",\n \"version\": 1,\n \"studies\": [,]}");
    const JsonImportResult result = importStudiesJson(json, QStringLiteral("broken.json"));
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.first().line, 3);
    EXPECT_GT(result.errors.first().column, 0);
    EXPECT_TRUE(result.errors.first().toString().startsWith(QStringLiteral("broken.json:3:")));
}

TEST(JsonImport, WeekAcceptsIsoWeeks)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.chartWeek = QDate(2020, 12, 28); // Monday of 2020-W53
    const JsonImportResult result = importStudiesJson(exportStudiesJson({study}), QString());
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.studies.first().chartWeek, QDate(2020, 12, 28));
    EXPECT_TRUE(exportStudiesJson({study}).contains("\"2020-W53\""));
}

TEST(JsonImport, TextsInAnyLanguageRoundTrip)
{
    const Language french = *Language::fromTag(u"fr");
    Study study = smbGroupSocialBusinessStudy2012();
    study.topic.setValue(french, QStringLiteral("Comment les petites entreprises utilisent les réseaux sociaux"));
    study.segments[0].name.setValue(french, QStringLiteral("Stratégie planifiée"));
    study.advice.append({QStringLiteral("none"),
                         french,
                         QStringLiteral("Commencez petit"),
                         QStringLiteral("Un seul canal bien tenu vaut mieux que cinq abandonnés."),
                         {}});
    study.sortAdvice();
    EXPECT_EQ(study.languages(), (QList<Language>{Language::English, Language::German, french}));
    const QByteArray json = exportStudiesJson({study});
    EXPECT_TRUE(json.contains("\"fr\": \"Stratégie planifiée\"")) << json.constData();
    const JsonImportResult result = importStudiesJson(json, QStringLiteral("fr.json"));
    ASSERT_TRUE(result.ok()) << (result.errors.isEmpty() ? "" : qPrintable(result.errors.first().toString()));
    EXPECT_EQ(result.studies.first(), study);
}

TEST(JsonImport, RefusesTextKeysThatAreNoLanguage)
{
    QJsonDocument document = QJsonDocument::fromJson(exportStudiesJson({smbGroupSocialBusinessStudy2012()}));
    QJsonObject root = document.object();
    QJsonArray studies = root.value(QStringLiteral("studies")).toArray();
    QJsonObject study = studies.at(0).toObject();
    QJsonObject topic = study.value(QStringLiteral("topic")).toObject();
    topic.insert(QStringLiteral("Deutsch"), QStringLiteral("Thema"));
    study.insert(QStringLiteral("topic"), topic);
    studies.replace(0, study);
    root.insert(QStringLiteral("studies"), studies);
    const JsonImportResult result = importStudiesJson(QJsonDocument(root).toJson(), QStringLiteral("bad.json"));
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors.first().path, QStringLiteral("studies[0].topic.Deutsch"));
}

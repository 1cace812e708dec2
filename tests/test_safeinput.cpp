// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Hostile input, round two (core): names from data never leave the chosen folder, CSV
// cells never become formulas, control characters are refused at import and made visible
// in outputs, limits are checked while reading, every write error is an error (a full disk
// as a full disk), one number parser for every share, the number notation detected from
// the file, multiple-answer studies survive the CSV round trip.
#include "core/csvexporter.h"
#include "core/csvimporter.h"
#include "core/filewrite.h"
#include "core/importlimits.h"
#include "core/numberparser.h"
#include "core/safetext.h"
#include "core/seedstudy.h"
#include "core/studyimport.h"
#include "core/studyjson.h"
#include "core/validation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

QString errorsOf(const QList<ImportError> &errors)
{
    QStringList lines;
    for (const ImportError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

// A copy of /dev/full (character device 1:7) in dir when we may make one (root), else
// /dev/full itself: a test that goes wrong must never replace the system's device.
QString fullDevice(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return path;
    return QStringLiteral("/dev/full");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Names from data in paths

struct UnsafeName
{
    const char *text;
    const char *expected;
};

class SafeFileNames : public testing::TestWithParam<UnsafeName>
{
};

TEST_P(SafeFileNames, StayOneHarmlessName)
{
    const QString name = safeFileName(QString::fromUtf8(GetParam().text), QStringLiteral("study-1"));
    EXPECT_EQ(name, QString::fromUtf8(GetParam().expected));
    EXPECT_FALSE(name.contains(u'/'));
    EXPECT_FALSE(name.contains(u'\\'));
    EXPECT_LE(name.size(), kMaxFileNameLength);
    QTemporaryDir dir;
    const std::optional<QString> path = pathInFolder(dir.path(), name + QStringLiteral(".svg"));
    ASSERT_TRUE(path);
    EXPECT_EQ(QFileInfo(*path).absolutePath(), QDir(dir.path()).absolutePath());
}

INSTANTIATE_TEST_SUITE_P(
    Hostile, SafeFileNames,
    testing::Values(UnsafeName{"../../escaped/pwn", "escaped-pwn"}, UnsafeName{"/etc/cron.d/pwn", "etc-cron-d-pwn"},
                    UnsafeName{"a/b\\c:d*?<>|\n", "a-b-c-d"}, UnsafeName{"..", "study-1"}, UnsafeName{"", "study-1"},
                    UnsafeName{"\x1b[31mred", "31mred"}, UnsafeName{"CON", "file-con"},
                    UnsafeName{"Größe 2012", "grosse-2012"},
                    UnsafeName{"smb-group-2012-social-business", "smb-group-2012-social-business"},
                    UnsafeName{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}));

TEST(SafeFileNames, PathInFolderRefusesWhatLeavesIt)
{
    QTemporaryDir dir;
    for (const QString &name :
         {QStringLiteral("../x.png"), QStringLiteral("/tmp/x.png"), QStringLiteral(".."), QStringLiteral("."),
          QStringLiteral("a/b.png"), QStringLiteral("a\\b.png"), QStringLiteral("x\n.png"), QString()})
        EXPECT_FALSE(pathInFolder(dir.path(), name)) << qPrintable(name);
    EXPECT_TRUE(pathInFolder(dir.path(), QStringLiteral("a.png")));
}

// ---------------------------------------------------------------------------------------------
// Control characters

TEST(ControlCharacters, AreMadeVisible)
{
    EXPECT_EQ(visibleText(u"a\x1b[2Jb\x07\x08\x7f"), QStringLiteral("a\u241b[2Jb\u2407\u2408\u2421"));
    EXPECT_EQ(visibleText(u"tab\tline\nok"), QStringLiteral("tab\tline\nok"));
    EXPECT_EQ(visibleText(QString(QChar(0x9b))), QString(QChar(0xFFFD)));
    EXPECT_EQ(terminalLine(u"a\tb\nc\x1b"), QStringLiteral("a b c\u241b"));
    EXPECT_EQ(characterCode(QChar(0x1b)), QStringLiteral("U+001B"));
    Study study = smbGroupSocialBusinessStudy2012();
    study.title = QStringLiteral("Bell\x07");
    study.segments[0].name.setValue(Language::German, QStringLiteral("Esc\x1b"));
    const Study visible = withVisibleText(study);
    EXPECT_EQ(visible.title, QStringLiteral("Bell\u2407"));
    EXPECT_EQ(visible.segments[0].name.value(Language::German), QStringLiteral("Esc\u241b"));
}

TEST(ControlCharacters, CsvImportRefusesThemWithLineAndColumn)
{
    const CsvImportResult result =
        importCsv(QByteArrayLiteral("wave,Plan\x1b[31m,None\n2012,24,76\n"), QStringLiteral("x.csv"), {});
    ASSERT_EQ(result.errors.size(), 1) << qPrintable(errorsOf(result.errors));
    EXPECT_EQ(result.errors[0].line, 1);
    EXPECT_EQ(result.errors[0].column, 10);
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("U+001B")));
    EXPECT_TRUE(result.studies.isEmpty());
}

TEST(ControlCharacters, JsonImportRefusesThemWithThePath)
{
    QByteArray json = exportStudiesJson({smbGroupSocialBusinessStudy2012()});
    json.replace("\"title\": \"", "\"title\": \"\\u0007");
    const JsonImportResult result = importStudiesJson(json, QStringLiteral("x.json"));
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_EQ(result.errors[0].path, QStringLiteral("studies[0].title"));
    EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("U+0007")));
}

TEST(ControlCharacters, CsvAndJsonExportsCarryThemVisibly)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.title = QStringLiteral("Esc\x1b Bell\x07");
    const QByteArray csv = exportStudyCsv(study, Language::English);
    EXPECT_FALSE(csv.contains('\x1b'));
    EXPECT_TRUE(csv.contains("Esc\xE2\x90\x9B"));
    const QByteArray json = exportStudiesJson({study});
    EXPECT_FALSE(json.contains("\\u001b"));
    EXPECT_TRUE(importStudiesJson(json, QString()).ok());
}

// ---------------------------------------------------------------------------------------------
// CSV formula injection (OWASP)

TEST(FormulaInjection, CellsAreNeutralisedAndReadBackExactly)
{
    Study study = smbGroupSocialBusinessStudy2012();
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(A1)"),
                              QStringLiteral("'=already"),
                              QStringLiteral("'plain")};
    study.title = hostile[0];
    for (int i = 0; i < study.segments.size(); ++i) {
        study.segments[i].name.setValue(Language::English, hostile[i + 1]);
        study.segments[i].name.setValue(Language::German, hostile[i + 1]);
    }
    for (const Language convention : {Language::English, Language::German}) {
        const QByteArray csv = exportStudyCsv(study, convention);
        const QChar delimiter = convention == Language::German ? u';' : u',';
        for (const QString &line : QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            for (QString cell : line.split(delimiter)) {
                if (cell.startsWith(u'"'))
                    cell = cell.mid(1);
                EXPECT_FALSE(cell.startsWith(u'=') || cell.startsWith(u'+') || cell.startsWith(u'@') ||
                             (cell.startsWith(u'-') && !cell.at(1).isDigit()))
                    << qPrintable(line);
            }
        }
        CsvImportOptions options;
        options.locale = convention;
        const CsvImportResult back = importCsv(csv, QStringLiteral("x.csv"), options);
        ASSERT_TRUE(back.ok()) << qPrintable(errorsOf(back.errors));
        EXPECT_EQ(back.studies[0].title, study.title);
        for (int i = 0; i < study.segments.size(); ++i)
            EXPECT_EQ(back.studies[0].segments[i].name.text(convention), hostile[i + 1]);
    }
    EXPECT_EQ(restoredCell(neutralizedCell(QStringLiteral("''=x"))), QStringLiteral("''=x"));
    EXPECT_EQ(neutralizedCell(QStringLiteral("plain")), QStringLiteral("plain"));
}

// ---------------------------------------------------------------------------------------------
// Integrity: multiple answers

TEST(MultipleAnswers, SurviveTheCsvRoundTrip)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.multipleAnswers = true;
    study.waves[1].shares = {60.0, 50.1, 40.0};
    for (const Language convention : {Language::English, Language::German}) {
        CsvImportOptions options;
        options.locale = convention;
        const CsvImportResult back = importCsv(exportStudyCsv(study, convention), QStringLiteral("m.csv"), options);
        ASSERT_TRUE(back.ok()) << qPrintable(errorsOf(back.errors));
        EXPECT_TRUE(back.studies[0].multipleAnswers);
        EXPECT_EQ(back.studies[0].waves, study.waves);
    }
    // A single-answer study keeps the four columns it always had.
    EXPECT_TRUE(exportStudyCsv(smbGroupSocialBusinessStudy2012(), Language::English)
                    .startsWith("\xEF\xBB\xBFstudy,wave,segment,share\r\n"));
}

// ---------------------------------------------------------------------------------------------
// Limits

TEST(ImportLimits, DevicesAndHugeFilesAreRefusedNamingTheLimit)
{
    for (const QString &device : {QStringLiteral("/dev/zero"), QStringLiteral("/dev/urandom")}) {
        const StudyImportResult result = importStudiesFromFile(device, {});
        ASSERT_EQ(result.errors.size(), 1) << qPrintable(device);
        EXPECT_TRUE(result.errors[0].message.contains(QStringLiteral("64 MB"))) << qPrintable(errorsOf(result.errors));
    }
    QTemporaryDir dir;
    const QString sparse = dir.filePath(QStringLiteral("sparse.csv"));
    QFile file(sparse);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(1536) * 1024 * 1024)); // 1.5 GB, no blocks on disk
    file.close();
    const StudyImportResult result = importStudiesFromFile(sparse, {});
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].message, fileTooLargeMessage(Language::English));
}

TEST(ImportLimits, MessagesFormatTheirNumbersInTheLanguageAskedFor)
{
    // Core reads no UI state: the caller names the language of a message's numbers.
    EXPECT_TRUE(tooManyRowsMessage(Language::English).contains(QStringLiteral("1,000,000")));
    EXPECT_TRUE(tooManyRowsMessage(Language::German).contains(QStringLiteral("1.000.000")));
    CsvImportOptions german;
    german.messageLanguage = Language::German;
    QByteArray wide = "wave";
    for (int i = 0; i <= ImportLimits::kColumns; ++i)
        wide += ",s" + QByteArray::number(i);
    const CsvImportResult columns = importCsv(wide + "\n", QStringLiteral("wide.csv"), german);
    ASSERT_FALSE(columns.errors.isEmpty());
    EXPECT_EQ(columns.errors[0].message, tooManyColumnsMessage(Language::German));
    EXPECT_TRUE(columns.errors[0].message.contains(QStringLiteral("1.000"))) << qPrintable(columns.errors[0].message);
    const ParsedShare outside = parseShareInRange(u"1.234,5", Language::German, Language::English);
    EXPECT_TRUE(outside.error.contains(QStringLiteral("1234.5"))) << qPrintable(outside.error);
    EXPECT_EQ(shareInMessage(24.5, Language::German), QStringLiteral("24,5\u00a0%"));
    EXPECT_EQ(shareInMessage(24.5, Language::English), QStringLiteral("24.5%"));
}

TEST(ImportLimits, RowsColumnsAndCellsAreCheckedWhileReading)
{
    QByteArray wide = "wave";
    for (int i = 0; i <= ImportLimits::kColumns; ++i)
        wide += ",s" + QByteArray::number(i);
    CsvImportResult result = importCsv(wide + "\n", QStringLiteral("wide.csv"), {});
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_EQ(result.errors[0].message, tooManyColumnsMessage(Language::English));

    result = importCsv("wave,a\n2012," + QByteArray(ImportLimits::kTextLength + 1, 'x') + "\n", QString(), {});
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_EQ(result.errors[0].message, textTooLongMessage(ImportLimits::kTextLength, Language::English));

    QByteArray segments = "wave";
    for (int i = 0; i <= ImportLimits::kSegments; ++i)
        segments += ",s" + QByteArray::number(i);
    result =
        importCsv(segments + "\n2012" + QByteArray(",0").repeated(ImportLimits::kSegments + 1) + "\n", QString(), {});
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_EQ(result.errors[0].message, tooManySegmentsMessage(Language::English));

    const QByteArray rows = QByteArray("2012,1\n").repeated(ImportLimits::kRows + 1);
    result = importCsv("wave,a\n" + rows, QString(), {});
    ASSERT_FALSE(result.errors.isEmpty());
    EXPECT_EQ(result.errors[0].message, tooManyRowsMessage(Language::English));
}

TEST(ImportLimits, JsonCountsAndLengths)
{
    QJsonDocument document = QJsonDocument::fromJson(exportStudiesJson({smbGroupSocialBusinessStudy2012()}));
    QJsonObject root = document.object();
    QJsonArray studies = root.value(QStringLiteral("studies")).toArray();
    QJsonObject study = studies.at(0).toObject();
    QJsonArray waves;
    for (int i = 0; i <= ImportLimits::kWaves; ++i)
        waves.append(QJsonObject{{QStringLiteral("year"), 1000 + i}, {QStringLiteral("shares"), QJsonArray{1, 2, 3}}});
    study.insert(QStringLiteral("waves"), waves);
    study.insert(QStringLiteral("title"), QString(ImportLimits::kTextLength + 1, u'x'));
    studies.replace(0, study);
    root.insert(QStringLiteral("studies"), studies);
    const JsonImportResult result = importStudiesJson(QJsonDocument(root).toJson(), QStringLiteral("x.json"));
    QStringList messages;
    for (const ImportError &error : result.errors)
        messages.append(error.message);
    EXPECT_TRUE(messages.contains(tooManyWavesMessage(Language::English))) << qPrintable(errorsOf(result.errors));
    EXPECT_TRUE(messages.contains(textTooLongMessage(ImportLimits::kTextLength, Language::English)))
        << qPrintable(errorsOf(result.errors));
}

// ---------------------------------------------------------------------------------------------
// Messages that mislead

TEST(Messages, NumbersNeverRoundIntoAContradiction)
{
    EXPECT_EQ(numberInMessage(100.0000001, Language::English), QStringLiteral("100.0000001"));
    EXPECT_EQ(numberInMessage(100.0000001, Language::German), QStringLiteral("100,0000001"));
    EXPECT_EQ(numberInMessage(100.00000000000001, Language::English), QStringLiteral("100.00000000000001"));
    EXPECT_EQ(numberInMessage(-0.00000001, Language::English).front(), u'-');
    EXPECT_EQ(numberInMessage(150.10000000000002, Language::English), QStringLiteral("150.1"));
    EXPECT_EQ(numberInMessage(24.5, Language::German), QStringLiteral("24,5"));
    Study study = smbGroupSocialBusinessStudy2012();
    study.waves[1].shares[0] = 100.0000001;
    const QList<ValidationIssue> issues = validateStudy(study, Language::English);
    ASSERT_FALSE(issues.isEmpty());
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("100.0000001"))) << qPrintable(issues[0].message);
}

// ---------------------------------------------------------------------------------------------
// One number parser

TEST(OneNumberParser, TypedAndImportedSharesFollowOneRule)
{
    // "2.155" is 2155 in German: refused as outside 0–100 everywhere, never read as 2.155.
    const ParsedShare typed = parseShareInRange(u"2.155", Language::German, Language::English);
    EXPECT_FALSE(typed.ok);
    EXPECT_TRUE(typed.error.contains(QStringLiteral("2155"))) << qPrintable(typed.error);
    CsvImportOptions german;
    german.locale = Language::German;
    const CsvImportResult imported = importCsv("Welle;Plan;Rest\n2012;2.155;0\n", QStringLiteral("x.csv"), german);
    ASSERT_FALSE(imported.errors.isEmpty());
    EXPECT_TRUE(imported.errors[0].message.contains(QStringLiteral("2155"))) << qPrintable(errorsOf(imported.errors));
    EXPECT_EQ(parseShareInRange(u"24,5 %", Language::German, Language::English).value, Share(24.5));
    EXPECT_EQ(parseShareInRange(u"24.5%", Language::English, Language::English).value, Share(24.5));
    EXPECT_TRUE(parseShareInRange(u"", Language::English, Language::English).ok);
    EXPECT_FALSE(parseShareInRange(u"-1", Language::English, Language::English).ok);
    EXPECT_EQ(parseNumber(u"0.5", Language::English), std::optional<double>(0.5));
    EXPECT_FALSE(parseNumber(u"0,5", Language::English));
    EXPECT_FALSE(parseNumber(u"1e5", Language::English));
}

// ---------------------------------------------------------------------------------------------
// Number notation from the file

struct NotationCase
{
    const char *file;
    Language uiLocale;
    NotationSource source;
    Language locale;
};

class NotationDetection : public testing::TestWithParam<NotationCase>
{
};

TEST_P(NotationDetection, SettlesTheNotationOrAsks)
{
    CsvImportOptions options;
    options.locale = GetParam().uiLocale;
    options.detectLocale = true;
    const CsvImportResult result = importCsv(QByteArray(GetParam().file), QStringLiteral("n.csv"), options);
    EXPECT_EQ(result.settings.notation, GetParam().source) << qPrintable(errorsOf(result.errors));
    EXPECT_EQ(result.settings.locale, GetParam().locale);
    EXPECT_EQ(result.ok(), GetParam().source != NotationSource::Ambiguous) << qPrintable(errorsOf(result.errors));
}

INSTANTIATE_TEST_SUITE_P(
    Files, NotationDetection,
    testing::Values(
        // A German Excel CSV in the English UI: BOM, sep line, decimal commas.
        NotationCase{"\xEF\xBB\xBFsep=;\r\nJahr;Geplant;Ad hoc;Nie\r\n2011;;;56\r\n2012;24,5;28,5;47\r\n",
                     Language::English, NotationSource::Detected, Language::German},
        NotationCase{"wave,Planned,Ad hoc,None\n2012,24.5,28.5,47\n", Language::German, NotationSource::Detected,
                     Language::English},
        NotationCase{"wave\tPlanned\tNone\n2012\t24 %\t76 %\n", Language::German, NotationSource::Unneeded,
                     Language::German},
        // "2.155"-like cells only: the other notation would read 2155, never a share.
        NotationCase{"wave;a;b\n2012;2,155;97,845\n", Language::English, NotationSource::Detected, Language::German},
        NotationCase{"wave\ta\tb\n2012\t2.155\t97.845\n", Language::German, NotationSource::Detected,
                     Language::English},
        NotationCase{"wave\ta\tb\n2012\t2,155\t97.845\n", Language::English, NotationSource::Ambiguous,
                     Language::English},
        NotationCase{"wave\ta\tb\n2012\t24,5\t75.5\n", Language::English, NotationSource::Ambiguous,
                     Language::English}));

TEST(NotationDetection, NamesGoIntoTheFilesLanguageOnly)
{
    CsvImportOptions options;
    options.locale = Language::English;
    options.detectLocale = true;
    const CsvImportResult result =
        importCsv("Jahr;Geplant;Nie\n2012;24,5;75,5\n", QStringLiteral("kunden-umfrage-2024.csv"), options);
    ASSERT_TRUE(result.ok()) << qPrintable(errorsOf(result.errors));
    EXPECT_EQ(result.settings.nameLanguage, Language::German);
    EXPECT_EQ(result.studies[0].segments[1].name, (LocalizedText{{Language::German, QStringLiteral("Nie")}}));
    EXPECT_EQ(result.studies[0].segments[1].name.text(Language::English), QStringLiteral("Nie"));
}

// ---------------------------------------------------------------------------------------------
// Write errors

TEST(WriteErrors, DevFullFailsWithDiskFullForCsvAndJson)
{
    QTemporaryDir dir;
    const QString full = fullDevice(dir);
    QString error;
    EXPECT_FALSE(writeStudyCsv(smbGroupSocialBusinessStudy2012(), Language::English, full, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("disk is full"))) << qPrintable(error);
    EXPECT_FALSE(writeStudiesJson({smbGroupSocialBusinessStudy2012()}, full, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("disk is full"))) << qPrintable(error);
    EXPECT_FALSE(QFileInfo(full).isFile()) << "the device must never be replaced by a file";
    EXPECT_EQ(writeFileSafely(dir.path(), "x"), std::optional<QString>(QStringLiteral("it is a folder")));
}

TEST(WriteErrors, FullFileSystemLeavesNoFileAndSaysDiskFull)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "mounting a tiny tmpfs needs root (CI runs as root)";
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    ASSERT_EQ(
        QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                    QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint}),
        0);
    const QString path = QDir(mountPoint).filePath(QStringLiteral("big.csv"));
    const std::optional<QString> error = writeFileSafely(path, QByteArray(200 * 1024, 'x'));
    const QStringList left = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {mountPoint});
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, QStringLiteral("the disk is full"));
    EXPECT_TRUE(left.isEmpty()) << qPrintable(left.join(u' '));
}

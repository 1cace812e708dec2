// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/theme.h"
#include "storagetesting.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray testLogo()
{
    return readAll(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/theme/logo.png"));
}

BrandTheme kestrel()
{
    BrandTheme brand;
    brand.primaryColor = QStringLiteral("#6A3D9A");
    brand.secondaryColor = QStringLiteral("#00897b");
    brand.fontFamily = QStringLiteral("DejaVu Serif");
    brand.logoPng = testLogo();
    return brand;
}

// Runs one statement on the file through a connection of its own, bypassing SqliteStudyRepository.
bool execRaw(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        ok = raw.open() && QSqlQuery(raw).exec(sql);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QStringList tablesOf(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery query(raw);
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (query.next())
                tables.append(query.value(0).toString());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    return tables;
}

class ThemeStorageTest : public testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

struct CodeRow
{
    const char *code;
    std::optional<ThemeKind> kind;
};

class ThemeCodes : public testing::TestWithParam<CodeRow>
{
};

struct LogoRow
{
    const char *name;
    QByteArray bytes;
    const char *mentions; ///< nullptr: the logo is acceptable.
};

class LogoValidation : public testing::TestWithParam<LogoRow>
{
};

QByteArray withSize(QByteArray png, quint32 width, quint32 height)
{
    for (int i = 0; i < 4; ++i) {
        png[16 + i] = char((width >> (24 - 8 * i)) & 0xff);
        png[20 + i] = char((height >> (24 - 8 * i)) & 0xff);
    }
    return png;
}

} // namespace

TEST_P(ThemeCodes, ParseAndPrint)
{
    EXPECT_EQ(themeKindFromCode(QString::fromUtf8(GetParam().code)), GetParam().kind);
    if (GetParam().kind) {
        EXPECT_EQ(themeKindFromCode(themeKindCode(*GetParam().kind)), GetParam().kind);
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, ThemeCodes,
                         testing::Values(CodeRow{"light", ThemeKind::Light}, CodeRow{"dark", ThemeKind::Dark},
                                         CodeRow{"brand", ThemeKind::Brand}, CodeRow{" Dark ", ThemeKind::Dark},
                                         CodeRow{"BRAND", ThemeKind::Brand}, CodeRow{"pink", std::nullopt},
                                         CodeRow{"", std::nullopt}, CodeRow{"light,dark", std::nullopt}));

TEST_P(LogoValidation, AcceptsCompletePngsOfASensibleSizeOnly)
{
    const std::optional<QString> problem = validateLogoPng(GetParam().bytes);
    if (!GetParam().mentions) {
        EXPECT_EQ(problem, std::nullopt);
        return;
    }
    ASSERT_TRUE(problem.has_value());
    EXPECT_TRUE(problem->contains(QString::fromUtf8(GetParam().mentions))) << qPrintable(*problem);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, LogoValidation,
    testing::Values(
        LogoRow{"TestLogo", testLogo(), nullptr}, LogoRow{"Empty", QByteArray(), "not a PNG"},
        LogoRow{"Jpeg",
                // A JPEG header (SOI, APP0 "JFIF"), padded to 40 bytes.
                QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000") + QByteArray(20, '\0'), "not a PNG"},
        LogoRow{"Truncated", testLogo().left(testLogo().size() / 2), "incomplete"},
        LogoRow{"TooWide", withSize(testLogo(), 5000, 120), "5000"},
        LogoRow{"ZeroHigh", withSize(testLogo(), 360, 0), "360×0"},
        LogoRow{"TooManyBytes", testLogo().left(33) + QByteArray(kMaxLogoBytes, '\0') + testLogo().right(12), "KiB"}),
    [](const testing::TestParamInfo<LogoRow> &info) {
        return std::string(info.param.name);
    });

TEST(Theme, LightAndDarkKeepTheColourBlindSafePalette)
{
    const QStringList okabeIto{QStringLiteral("#0072b2"), QStringLiteral("#e69f00"), QStringLiteral("#009e73"),
                               QStringLiteral("#cc79a7"), QStringLiteral("#d55e00"), QStringLiteral("#56b4e9")};
    const ThemeDescription light = themeDescription(ThemeKind::Light);
    const ThemeDescription dark = themeDescription(ThemeKind::Dark);
    EXPECT_EQ(light.segmentPalette, okabeIto);
    EXPECT_EQ(dark.segmentPalette, okabeIto);
    EXPECT_EQ(light.background, QStringLiteral("#ffffff"));
    EXPECT_NE(dark.background, light.background);
    EXPECT_EQ(light.fontFamily, QStringLiteral("DejaVu Sans"));
    EXPECT_TRUE(light.logoPng.isEmpty());
    // A brand without colours keeps the palette too, and the light look.
    EXPECT_EQ(themeDescription(ThemeKind::Brand, BrandTheme()).segmentPalette, okabeIto);
    EXPECT_EQ(themeDescription(ThemeKind::Brand, BrandTheme()).background, light.background);
    // Only the brand theme uses the brand.
    EXPECT_EQ(themeDescription(ThemeKind::Dark, kestrel()).segmentPalette, okabeIto);
    EXPECT_TRUE(themeDescription(ThemeKind::Light, kestrel()).logoPng.isEmpty());
}

TEST(Theme, BrandColoursFontAndLogoReplaceTheDefaults)
{
    const ThemeDescription brand = themeDescription(ThemeKind::Brand, kestrel());
    EXPECT_EQ(brand.kind, ThemeKind::Brand);
    EXPECT_EQ(brand.segmentPalette.at(0), QStringLiteral("#6a3d9a"));
    EXPECT_EQ(brand.segmentPalette.at(1), QStringLiteral("#00897b"));
    EXPECT_EQ(brand.segmentPalette.at(2), QStringLiteral("#009e73")) << "the rest stays Okabe–Ito";
    EXPECT_EQ(brand.fontFamily, QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(brand.logoPng, testLogo());
    // Teal is close to the bluish green of the adoption line: that line takes another colour.
    EXPECT_NE(brand.adoption, QStringLiteral("#009e73"));
    EXPECT_NE(brand.adoption, brand.segmentPalette.at(0));
    EXPECT_NE(brand.adoption, brand.segmentPalette.at(1));

    BrandTheme onlySecondary;
    onlySecondary.secondaryColor = QStringLiteral("#123456");
    const ThemeDescription partial = themeDescription(ThemeKind::Brand, onlySecondary);
    EXPECT_EQ(partial.segmentPalette.at(0), QStringLiteral("#0072b2"));
    EXPECT_EQ(partial.segmentPalette.at(1), QStringLiteral("#123456"));
}

TEST(Theme, InvalidBrandFieldsAreNamed)
{
    BrandTheme brand = kestrel();
    brand.secondaryColor = QStringLiteral("teal");
    const auto colour = validateBrandTheme(brand);
    ASSERT_TRUE(colour.has_value());
    EXPECT_TRUE(colour->contains(QStringLiteral("secondary colour"))) << qPrintable(*colour);
    EXPECT_TRUE(colour->contains(QStringLiteral("\"teal\""))) << qPrintable(*colour);

    brand = kestrel();
    brand.fontFamily = QString(kMaxFontFamilyLength + 1, u'x');
    const auto font = validateBrandTheme(brand);
    ASSERT_TRUE(font.has_value());
    EXPECT_TRUE(font->contains(QStringLiteral("font"))) << qPrintable(*font);

    brand = kestrel();
    brand.logoPng = "GIF89a";
    const auto logo = validateBrandTheme(brand);
    ASSERT_TRUE(logo.has_value());
    EXPECT_TRUE(logo->contains(QStringLiteral("logo"))) << qPrintable(*logo);

    EXPECT_EQ(validateBrandTheme(kestrel()), std::nullopt);
    EXPECT_EQ(validateBrandTheme(BrandTheme()), std::nullopt);
}

TEST_F(ThemeStorageTest, BrandThemeRoundTripsThroughTheDatabase)
{
    const QString file = path("brand.sqlite");
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
        const auto none = db.loadBrandTheme();
        ASSERT_TRUE(succeeded(none));
        EXPECT_TRUE(none->isEmpty());
        ASSERT_TRUE(succeeded(db.saveBrandTheme(kestrel())));
    }
    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(file)));
    const auto first = db.loadBrandTheme();
    ASSERT_TRUE(succeeded(first));
    BrandTheme loaded = *first;
    EXPECT_EQ(loaded, normalizedBrandTheme(kestrel()));
    EXPECT_EQ(loaded.primaryColor, QStringLiteral("#6a3d9a")) << "stored in lower case";
    EXPECT_EQ(loaded.logoPng, testLogo()) << "the PNG bytes come back bit for bit";

    // Saving again replaces the one row; an empty brand resets it.
    BrandTheme changed = loaded;
    changed.logoPng.clear();
    changed.fontFamily.clear();
    ASSERT_TRUE(succeeded(db.saveBrandTheme(changed)));
    const auto second = db.loadBrandTheme();
    ASSERT_TRUE(succeeded(second));
    EXPECT_EQ(*second, changed);
    ASSERT_TRUE(succeeded(db.saveBrandTheme(BrandTheme())));
    const auto reset = db.loadBrandTheme();
    ASSERT_TRUE(succeeded(reset));
    EXPECT_TRUE(reset->isEmpty());
}

TEST_F(ThemeStorageTest, InvalidBrandIsRefusedAndNothingIsWritten)
{
    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(path("invalid.sqlite"))));
    ASSERT_TRUE(succeeded(db.saveBrandTheme(kestrel())));

    BrandTheme tooBig = kestrel();
    tooBig.logoPng = testLogo().left(33) + QByteArray(kMaxLogoBytes, '\0') + testLogo().right(12);
    const auto refused = db.saveBrandTheme(tooBig);
    ASSERT_TRUE(failedWith(refused, DatabaseError::Kind::Invalid));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("logo"))) << qPrintable(refused.error().message);

    const auto loaded = db.loadBrandTheme();
    ASSERT_TRUE(succeeded(loaded));
    EXPECT_EQ(*loaded, normalizedBrandTheme(kestrel())) << "the stored brand is unchanged";
}

TEST_F(ThemeStorageTest, DamagedBrandRowIsReportedWithItsField)
{
    const QString file = path("damaged.sqlite");
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(file)));
        ASSERT_TRUE(succeeded(db.saveBrandTheme(kestrel())));
    }
    ASSERT_TRUE(execRaw(file, QStringLiteral("UPDATE brand_theme SET primary_color = 'purple'")));
    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(file)));
    const auto loaded = db.loadBrandTheme();
    ASSERT_TRUE(failedWith(loaded, DatabaseError::Kind::Damaged));
    const QString &message = loaded.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("brand_theme"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("primary colour"))) << qPrintable(message);
}

TEST_F(ThemeStorageTest, MigratesAVersionThreeDatabaseAndKeepsABackup)
{
    const QString original = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v3.sqlite");
    const QString file = path("v3.sqlite");
    ASSERT_TRUE(QFile::copy(original, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(file);
    ASSERT_FALSE(tablesOf(file).contains(QStringLiteral("brand_theme")));

    SqliteStudyRepository db;
    ASSERT_TRUE(succeeded(db.open(file)));
    EXPECT_EQ(readAll(file + QStringLiteral(".v3.bak")), before) << "backup of the old file";
    EXPECT_TRUE(tablesOf(file).contains(QStringLiteral("brand_theme")));

    // Everything of version 3 is still there.
    const auto studies = db.listStudies();
    ASSERT_TRUE(succeeded(studies));
    ASSERT_EQ(studies->size(), 2);
    const auto seed = db.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
    ASSERT_TRUE(succeeded(seed));
    Study expected = smbGroupSocialBusinessStudy2012();
    expected.id = seed->id;
    EXPECT_EQ(*seed, expected);
    const auto found = db.loadStudyBySlug(QStringLiteral("test-v3-second"));
    ASSERT_TRUE(succeeded(found));
    const Study &second = *found;
    EXPECT_EQ(second.title, QStringLiteral("Dritte Studie – Größe"));
    EXPECT_EQ(second.waves.first().shares, (QList<Share>{37.5, 62.5}));
    ASSERT_EQ(second.advice.size(), 1);
    EXPECT_EQ(second.advice.first().heading, QStringLiteral("Keep going"));

    // No brand yet; the new table works.
    const auto none = db.loadBrandTheme();
    ASSERT_TRUE(succeeded(none));
    EXPECT_TRUE(none->isEmpty());
    ASSERT_TRUE(succeeded(db.saveBrandTheme(kestrel())));
    db.close();
    ASSERT_TRUE(succeeded(db.open(file)));
    const auto brand = db.loadBrandTheme();
    ASSERT_TRUE(succeeded(brand));
    EXPECT_EQ(*brand, normalizedBrandTheme(kestrel()));
    EXPECT_FALSE(QFile::exists(file + QStringLiteral(".v4.bak"))) << "an up-to-date file is not copied again";
}

TEST_F(ThemeStorageTest, FailedMigrationLeavesTheVersionThreeFileUnchanged)
{
    const QString file = path("v3-blocked.sqlite");
    ASSERT_TRUE(QFile::copy(QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/migration/chartweek-v3.sqlite"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    // A table in the way makes the CREATE TABLE of the migration fail half way.
    ASSERT_TRUE(execRaw(file, QStringLiteral("CREATE TABLE brand_theme (x INTEGER)")));
    const QByteArray before = readAll(file);

    SqliteStudyRepository db;
    EXPECT_TRUE(failedWith(db.open(file), DatabaseError::Kind::QueryFailed));
    EXPECT_EQ(readAll(file), before) << "the transaction was rolled back";
}

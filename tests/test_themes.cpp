// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "storagetesting.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/chartwidget.h"
#include "ui/export/chartclipboard.h"
#include "ui/export/chartexporter.h"
#include "ui/export/reportwriter.h"
#include "ui/mainwindow.h"
#include "ui/presentation/presentationwindow.h"
#include "ui/theme/applicationpalette.h"
#include "ui/theme/brandthemedialog.h"
#include "whenmodal.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

namespace {

const QString kLogoPath = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/theme/logo.png");
const QString kLogoSvgPath = QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/theme/logo.svg");
const QColor kPrimary(QStringLiteral("#6a3d9a"));
const QColor kSecondary(QStringLiteral("#00897b"));
const QColor kLogoGold(QStringLiteral("#f2a900")); // the mark of the test logo, in no chart colour

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BrandTheme kestrel()
{
    BrandTheme brand;
    brand.primaryColor = kPrimary.name();
    brand.secondaryColor = kSecondary.name();
    brand.fontFamily = QStringLiteral("DejaVu Serif");
    brand.logoPng = readAll(kLogoPath);
    return brand;
}

ChartSpec seedSpec(ChartKind kind = ChartKind::Bar, const ChartStyle::Theme &style = ChartStyle::lightTheme())
{
    return {smbGroupSocialBusinessStudy2012(), kind, 2012, Language::English, style};
}

ChartStyle::Theme styleOf(ThemeKind kind, const BrandTheme &brand = BrandTheme())
{
    return ChartStyle::themeFrom(themeDescription(kind, brand));
}

double luminance(QRgb rgb)
{
    return (0.2126 * qRed(rgb) + 0.7152 * qGreen(rgb) + 0.0722 * qBlue(rgb)) / 255.0;
}

bool near(QRgb pixel, const QColor &color, int tolerance = 10)
{
    return std::abs(qRed(pixel) - color.red()) <= tolerance && std::abs(qGreen(pixel) - color.green()) <= tolerance &&
           std::abs(qBlue(pixel) - color.blue()) <= tolerance;
}

// Pixels close to color inside rect (or outside it).
int countNear(const QImage &image, const QColor &color, const QRect &rect, bool inside = true)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (rect.contains(x, y) == inside && near(image.pixel(x, y), color))
                ++count;
        }
    }
    return count;
}

// The longest vertical run of exactly this colour in any column: a bar's height in pixels.
int barHeight(const QImage &image, const QColor &color)
{
    int best = 0;
    for (int x = 0; x < image.width(); ++x) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y) {
            run = image.pixel(x, y) == color.rgb() ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}

double darkShare(const QImage &image)
{
    qint64 dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += luminance(image.pixel(x, y)) < 0.2 ? 1 : 0;
    }
    return double(dark) / (qint64(image.width()) * image.height());
}

QList<QRgb> corners(const QImage &image)
{
    const int r = image.width() - 2;
    const int b = image.height() - 2;
    return {image.pixel(1, 1), image.pixel(r, 1), image.pixel(1, b), image.pixel(r, b)};
}

QImage renderPdfPage(const QString &pdf, int page, int dpi)
{
    const QString prefix = pdf + QStringLiteral("-p%1").arg(page);
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOPPM),
                  {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                   QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                   prefix});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

// Picks a colour in the dialog's QColorDialog the way a user does: type it into the HTML
// field and press Enter.
void pickColor(BrandThemeDialog *dialog, const char *buttonName, const char *colorDialogName, const QColor &color)
{
    auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(buttonName));
    ASSERT_NE(button, nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *colorDialog = dialog->findChild<QColorDialog *>(QString::fromLatin1(colorDialogName));
    ASSERT_NE(colorDialog, nullptr);
    ASSERT_TRUE(colorDialog->isVisible());
    QLineEdit *html = nullptr;
    for (QLineEdit *edit : colorDialog->findChildren<QLineEdit *>()) {
        if (edit->text().startsWith(u'#'))
            html = edit;
    }
    ASSERT_NE(html, nullptr) << "the colour dialog's HTML field";
    html->selectAll();
    QTest::keyClicks(html, color.name());
    QTest::keyClick(html, Qt::Key_Return);
    EXPECT_FALSE(colorDialog->isVisible());
}

void pickLogo(BrandThemeDialog *dialog, const QString &path)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logoButton")), Qt::LeftButton);
    auto *fileDialog = dialog->findChild<QFileDialog *>(QStringLiteral("logoFileDialog"));
    ASSERT_NE(fileDialog, nullptr);
    ASSERT_TRUE(fileDialog->isVisible());
    auto *name = fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    ASSERT_NE(name, nullptr);
    fileDialog->selectFile(path);
    ASSERT_EQ(name->text().section(u'/', -1), path.section(u'/', -1));
    auto *buttons = fileDialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    ASSERT_NE(buttons, nullptr);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Open), Qt::LeftButton);
    EXPECT_FALSE(fileDialog->isVisible());
}

void pickFont(BrandThemeDialog *dialog, const QString &family)
{
    auto *combo = dialog->findChild<QFontComboBox *>(QStringLiteral("fontCombo"));
    ASSERT_NE(combo, nullptr);
    ASSERT_NE(combo->findText(family), -1) << qPrintable(family) << " is installed (fonts-dejavu-core)";
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), family);
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
}

void clickButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

class ThemeExportTest : public testing::Test
{
protected:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ThemeExportTest, DarkPngHasADarkBackgroundAndLightText)
{
    const ChartStyle::Theme dark = styleOf(ThemeKind::Dark);
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, dark), ExportOptions(), path("dark.png")), std::nullopt);
    const QImage image = QImage(path("dark.png")).convertToFormat(QImage::Format_RGB32);
    ASSERT_EQ(image.size(), QSize(1600, 900));
    for (QRgb corner : corners(image))
        EXPECT_EQ(corner, QColor(QStringLiteral("#1b1d21")).rgb()) << qPrintable(QColor(corner).name());
    EXPECT_GT(darkShare(image), 0.6);
    // The title is light text on the dark background.
    int lightTitlePixels = 0;
    for (int y = 0; y < 80; ++y) {
        for (int x = 0; x < image.width(); ++x)
            lightTitlePixels += luminance(image.pixel(x, y)) > 0.85 ? 1 : 0;
    }
    EXPECT_GT(lightTitlePixels, 500);
    // The Okabe–Ito bars are unchanged.
    EXPECT_GT(barHeight(image, dark.segmentColor(0, false)), 150);
    EXPECT_GT(barHeight(image, QColor(QStringLiteral("#e69f00"))), 150);
}

TEST_F(ThemeExportTest, LightPngKeepsTodaysLook)
{
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, styleOf(ThemeKind::Light)), ExportOptions(), path("light.png")),
              std::nullopt);
    const QImage image = QImage(path("light.png")).convertToFormat(QImage::Format_RGB32);
    for (QRgb corner : corners(image))
        EXPECT_EQ(corner, qRgb(255, 255, 255));
    EXPECT_GT(barHeight(image, QColor(QStringLiteral("#0072b2"))), 150);
    EXPECT_EQ(countNear(image, kLogoGold, image.rect()), 0) << "no logo";
}

TEST_F(ThemeExportTest, BrandPngShowsTheBrandColoursAndTheLogoInTheCorner)
{
    const ChartStyle::Theme brand = styleOf(ThemeKind::Brand, kestrel());
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, brand), ExportOptions(), path("brand.png")), std::nullopt);
    const QImage image = QImage(path("brand.png")).convertToFormat(QImage::Format_RGB32);
    for (QRgb corner : corners(image).mid(0, 3))
        EXPECT_EQ(corner, qRgb(255, 255, 255));

    // Planned strategy in the primary, ad hoc use in the secondary colour; the standard
    // blue and orange are gone; "none" keeps its neutral grey.
    const int primary = barHeight(image, kPrimary);
    const int secondary = barHeight(image, kSecondary);
    const int none = barHeight(image, brand.segmentColor(2, true));
    ASSERT_GT(none, 200);
    EXPECT_NEAR(double(primary) / none, 24.0 / 47.0, 0.02);
    EXPECT_NEAR(double(secondary) / none, 29.0 / 47.0, 0.02);
    EXPECT_LT(barHeight(image, QColor(QStringLiteral("#0072b2"))), 5);
    EXPECT_LT(barHeight(image, QColor(QStringLiteral("#e69f00"))), 5);

    // The logo sits in the bottom-right corner (44 of 1100 canvas units high: 64 pixels).
    const QRect corner(image.width() * 3 / 4, image.height() - 100, image.width() / 4, 100);
    EXPECT_GT(countNear(image, kLogoGold, corner), 300) << "the logo's gold mark";
    EXPECT_GT(countNear(image, QColor(QStringLiteral("#3d1f5c")), corner), 2000) << "the logo's purple ground";
    EXPECT_EQ(countNear(image, kLogoGold, corner, false), 0) << "and nowhere else";
}

TEST_F(ThemeExportTest, SvgPdfClipboardAndReportFollowTheTheme)
{
    {
        ExportOptions svg;
        svg.format = ExportFormat::Svg;
        ASSERT_EQ(exportChart(seedSpec(ChartKind::Trend, styleOf(ThemeKind::Brand, kestrel())), svg, path("brand.svg")),
                  std::nullopt);
        const QByteArray text = readAll(path("brand.svg"));
        EXPECT_TRUE(text.contains("<image")) << "the logo is embedded";
        EXPECT_TRUE(text.contains("DejaVu Serif")) << "text in the brand's font";
        EXPECT_TRUE(text.contains("#6a3d9a")) << "the primary colour";
    }
    const ChartStyle::Theme dark = styleOf(ThemeKind::Dark);
    ExportOptions pdf;
    pdf.format = ExportFormat::Pdf;
    ASSERT_EQ(exportChart(seedSpec(ChartKind::Bar, dark), pdf, path("dark.pdf")), std::nullopt);
    const QImage page = renderPdfPage(path("dark.pdf"), 1, 40);
    ASSERT_FALSE(page.isNull());
    // The chart fills the page inside its 10 mm margins with the dark background.
    EXPECT_LT(luminance(page.pixel(page.width() / 2, page.height() - 40)), 0.2);
    EXPECT_GT(darkShare(page), 0.5);

    std::unique_ptr<QMimeData> clip(chartMimeData(seedSpec(ChartKind::Bar, dark)));
    const QImage copied = qvariant_cast<QImage>(clip->imageData()).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(copied.isNull());
    for (QRgb corner : corners(copied))
        EXPECT_LT(luminance(corner), 0.2);

    ReportOptions report;
    report.resolution = 150;
    report.style = dark;
    ASSERT_EQ(writeReport({smbGroupSocialBusinessStudy2012()}, report, path("report.pdf")), std::nullopt);
    for (int number : {1, 2, 5}) {
        const QImage reportPage = renderPdfPage(path("report.pdf"), number, 30);
        ASSERT_FALSE(reportPage.isNull()) << number;
        for (QRgb corner : corners(reportPage))
            EXPECT_LT(luminance(corner), 0.2) << "page " << number << ", margins included";
    }
}

TEST(ThemePresentation, SlidesUseTheThemeAndShowTheLogo)
{
    QSettings().clear();
    {
        PresentationWindow presentation(smbGroupSocialBusinessStudy2012(), 2012, styleOf(ThemeKind::Brand, kestrel()));
        presentation.setAttribute(Qt::WA_DeleteOnClose, false);
        presentation.resize(1280, 720);
        presentation.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&presentation));
        ASSERT_NE(presentation.logoLabel(), nullptr);
        EXPECT_TRUE(presentation.logoLabel()->isVisible());
        EXPECT_FALSE(presentation.logoLabel()->pixmap().isNull());
        const QImage shot = presentation.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect bottomLeft(0, shot.height() * 3 / 4, shot.width() / 3, shot.height() / 4);
        EXPECT_GT(countNear(shot, kLogoGold, bottomLeft), 100) << "the logo in the slide's corner";
        EXPECT_GT(countNear(shot, kPrimary, shot.rect()), 1000) << "the bars in the brand colour";
        presentation.goToSlide(2);
        const QImage advice = presentation.grab().toImage().convertToFormat(QImage::Format_RGB32);
        EXPECT_GT(countNear(advice, kLogoGold, bottomLeft), 100) << "on advice slides too";
        presentation.close();
    }
    PresentationWindow presentation(smbGroupSocialBusinessStudy2012(), 2012, styleOf(ThemeKind::Dark));
    presentation.setAttribute(Qt::WA_DeleteOnClose, false);
    presentation.resize(1280, 720);
    presentation.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presentation));
    EXPECT_FALSE(presentation.logoLabel()->isVisible()) << "the dark theme has no logo";
    const QImage shot = presentation.grab().toImage().convertToFormat(QImage::Format_RGB32);
    EXPECT_GT(darkShare(shot), 0.6);
    for (QRgb corner : corners(shot))
        EXPECT_LT(luminance(corner), 0.2);
    presentation.goToSlide(2);
    const QImage advice = presentation.grab().toImage().convertToFormat(QImage::Format_RGB32);
    EXPECT_GT(darkShare(advice), 0.6);
    presentation.close();
}

TEST(BrandThemeDialog, ColoursLogoFontAndResetAreDrivenLikeAUser)
{
    QSettings().clear();
    BrandThemeDialog dialog{BrandTheme()};
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("primaryColorButton"))->text(),
              QStringLiteral("Standard palette"));
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("removeLogoButton"))->isEnabled());

    pickColor(&dialog, "primaryColorButton", "primaryColorDialog", kPrimary);
    pickColor(&dialog, "secondaryColorButton", "secondaryColorDialog", kSecondary);
    pickLogo(&dialog, kLogoPath);
    pickFont(&dialog, QStringLiteral("DejaVu Serif"));

    const BrandTheme brand = dialog.brand();
    EXPECT_EQ(brand.primaryColor, QStringLiteral("#6a3d9a"));
    EXPECT_EQ(brand.secondaryColor, QStringLiteral("#00897b"));
    EXPECT_EQ(brand.fontFamily, QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(validateLogoPng(brand.logoPng), std::nullopt);
    EXPECT_EQ(QImage::fromData(brand.logoPng, "PNG").size(), QSize(360, 120));
    EXPECT_EQ(dialog.findChild<QPushButton *>(QStringLiteral("primaryColorButton"))->text(), QStringLiteral("#6a3d9a"));
    auto *preview = dialog.findChild<QLabel *>(QStringLiteral("logoPreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_FALSE(preview->pixmap().isNull()) << "the logo is previewed";
    EXPECT_TRUE(dialog.messageText().isEmpty()) << qPrintable(dialog.messageText());

    // A file that isn't an image is refused with its name; the logo stays.
    QTemporaryDir dir;
    const QString notAnImage = dir.filePath(QStringLiteral("notes.png"));
    QFile file(notAnImage);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();
    pickLogo(&dialog, notAnImage);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("notes.png"))) << qPrintable(dialog.messageText());
    EXPECT_EQ(dialog.brand().logoPng, brand.logoPng);

    // A pale colour is allowed, with a warning that bars in it are hard to see.
    pickColor(&dialog, "secondaryColorButton", "secondaryColorDialog", QColor(QStringLiteral("#ffee88")));
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("#ffee88"))) << qPrintable(dialog.messageText());

    clickButton(&dialog, QDialogButtonBox::Reset);
    EXPECT_TRUE(dialog.brand().isEmpty());
    EXPECT_TRUE(preview->pixmap().isNull());
    EXPECT_TRUE(dialog.messageText().isEmpty());
}

TEST(BrandThemeDialog, SvgLogoIsStoredAsPng)
{
    QString error;
    const std::optional<QByteArray> png = BrandThemeDialog::logoFromFile(kLogoSvgPath, &error);
    ASSERT_TRUE(png.has_value()) << qPrintable(error);
    EXPECT_EQ(validateLogoPng(*png), std::nullopt);
    const QImage image = QImage::fromData(*png, "PNG");
    EXPECT_EQ(image.size(), QSize(1200, 400)) << "drawn at the stored size, not scaled up later";

    const auto missing = BrandThemeDialog::logoFromFile(QStringLiteral("/nonexistent/logo.png"), &error);
    EXPECT_FALSE(missing.has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent/logo.png"))) << qPrintable(error);
}

namespace {

class ThemeWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        installLanguage(Language::English);
        m_platformWindow = QApplication::palette().color(QPalette::Window);
        ASSERT_TRUE(succeeded(m_database.open(m_dir.filePath(QStringLiteral("themes.sqlite")))));
        openWindow();
    }
    void TearDown() override
    {
        m_window.reset();
        applyApplicationPalette(ThemeKind::Light, false);
        QSettings().clear();
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_database);
        m_window->resize(1280, 800);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    BrandTheme storedBrand()
    {
        BrandTheme brand;
        const auto stored = m_database.loadBrandTheme();
        EXPECT_TRUE(succeeded(stored));
        if (stored)
            brand = *stored;
        return brand;
    }

    QImage barChartImage() const
    {
        return m_window->barChart()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    QTemporaryDir m_dir;
    SqliteStudyRepository m_database;
    std::unique_ptr<MainWindow> m_window;
    QColor m_platformWindow;
};

} // namespace

TEST_F(ThemeWindowTest, ViewMenuOffersTheThemes)
{
    auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(m_window->menuBar()->actions().contains(view->menuAction()));
    auto *themes = m_window->findChild<QMenu *>(QStringLiteral("themeMenu"));
    ASSERT_NE(themes, nullptr);
    EXPECT_TRUE(view->actions().contains(themes->menuAction())) << "View → Theme";
    QStringList texts;
    for (QAction *item : themes->actions()) {
        if (!item->isSeparator())
            texts.append(item->text().remove(u'&'));
    }
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Light"), QStringLiteral("Dark"), QStringLiteral("Brand"),
                                  QStringLiteral("Brand Theme…")}));
    EXPECT_TRUE(action("lightThemeAction")->isChecked());
    EXPECT_TRUE(action("editBrandThemeAction")->isEnabled());
}

TEST_F(ThemeWindowTest, DarkThemeIsAppliedAndRemembered)
{
    action("darkThemeAction")->trigger();
    EXPECT_EQ(m_window->theme(), ThemeKind::Dark);
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    EXPECT_LT(luminance(QApplication::palette().color(QPalette::Window).rgb()), 0.2) << "the window follows";
    const QImage chart = barChartImage();
    EXPECT_GT(darkShare(chart), 0.4) << "dark around the (large, light) bars";
    EXPECT_GT(barHeight(chart, QColor(QStringLiteral("#0072b2"))), 50);

    // Export from the window: dark too.
    const QString png = m_dir.filePath(QStringLiteral("window.png"));
    ASSERT_EQ(exportChart(m_window->currentSpec(), ExportOptions(), png), std::nullopt);
    EXPECT_GT(darkShare(QImage(png).convertToFormat(QImage::Format_RGB32)), 0.6);

    m_window.reset();
    openWindow();
    EXPECT_EQ(m_window->theme(), ThemeKind::Dark) << "remembered";
    EXPECT_TRUE(action("darkThemeAction")->isChecked());

    action("lightThemeAction")->trigger();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), m_platformWindow);
    EXPECT_LT(darkShare(barChartImage()), 0.2);
}

TEST_F(ThemeWindowTest, BrandDialogStoresTheBrandAndIsUndoable)
{
    const int commandsBefore = m_window->undoStack()->count();
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<BrandThemeDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        pickColor(dialog, "primaryColorButton", "primaryColorDialog", kPrimary);
        pickColor(dialog, "secondaryColorButton", "secondaryColorDialog", kSecondary);
        pickLogo(dialog, kLogoPath);
        clickButton(dialog, QDialogButtonBox::Ok);
    });
    action("editBrandThemeAction")->trigger();

    EXPECT_EQ(m_window->theme(), ThemeKind::Brand) << "OK shows the brand theme";
    BrandTheme stored = storedBrand();
    EXPECT_EQ(stored.primaryColor, QStringLiteral("#6a3d9a"));
    EXPECT_EQ(stored.secondaryColor, QStringLiteral("#00897b"));
    EXPECT_FALSE(stored.logoPng.isEmpty());
    EXPECT_EQ(m_window->brandTheme(), stored);
    EXPECT_GT(barHeight(barChartImage(), kPrimary), 50);
    ASSERT_EQ(m_window->undoStack()->count(), commandsBefore + 1);

    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(storedBrand().isEmpty()) << "undo restores the stored brand";
    EXPECT_EQ(barHeight(barChartImage(), kPrimary), 0);
    EXPECT_GT(barHeight(barChartImage(), QColor(QStringLiteral("#0072b2"))), 50);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(storedBrand(), stored) << "redo stores it again";
    EXPECT_GT(barHeight(barChartImage(), kPrimary), 50);

    // Another window on the same database (a colleague) sees the brand.
    SqliteStudyRepository colleague;
    ASSERT_TRUE(succeeded(colleague.open(m_database.path())));
    const auto shared = colleague.loadBrandTheme();
    ASSERT_TRUE(succeeded(shared));
    EXPECT_EQ(*shared, stored);
}

TEST_F(ThemeWindowTest, CancelChangesNothing)
{
    const int commandsBefore = m_window->undoStack()->count();
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<BrandThemeDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        pickColor(dialog, "primaryColorButton", "primaryColorDialog", kPrimary);
        clickButton(dialog, QDialogButtonBox::Cancel);
    });
    action("editBrandThemeAction")->trigger();
    EXPECT_TRUE(storedBrand().isEmpty());
    EXPECT_EQ(m_window->theme(), ThemeKind::Light);
    EXPECT_EQ(m_window->undoStack()->count(), commandsBefore);
}

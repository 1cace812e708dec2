// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/theme/brandthemedialog.h"

#include "ui/appsettings.h"
#include "ui/charts/chartstyle.h"

#include <QBuffer>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

namespace {

const QSize kLogoFit(1200, 400);
const QSize kPreviewSize(240, 80);
// Bars in a brand colour need 3:1 against the background to be seen (WCAG 1.4.11).
constexpr double kMinimumGraphicContrast = 3.0;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.setBrush(color);
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

} // namespace

BrandThemeDialog::BrandThemeDialog(const BrandTheme &brand, QWidget *parent)
    : QDialog(parent)
    , m_brand(normalizedBrandTheme(brand))
    , m_logoPreview(new QLabel(this))
    , m_logoButton(new QPushButton(tr("Choose &Logo…"), this))
    , m_removeLogoButton(new QPushButton(tr("Re&move Logo"), this))
    , m_primaryButton(new QPushButton(this))
    , m_secondaryButton(new QPushButton(this))
    , m_font(new QFontComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, this))
{
    setWindowTitle(tr("Brand Theme"));
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(kPreviewSize);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoButton->setObjectName(QStringLiteral("logoButton"));
    m_removeLogoButton->setObjectName(QStringLiteral("removeLogoButton"));
    m_primaryButton->setObjectName(QStringLiteral("primaryColorButton"));
    m_primaryButton->setToolTip(tr("Colours the first segment of every chart"));
    m_secondaryButton->setObjectName(QStringLiteral("secondaryColorButton"));
    m_secondaryButton->setToolTip(tr("Colours the second segment of every chart"));
    m_font->setObjectName(QStringLiteral("fontCombo"));
    m_font->setFontFilters(QFontComboBox::ScalableFonts);
    m_message->setObjectName(QStringLiteral("brandMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_logoButton);
    logoButtons->addWidget(m_removeLogoButton);
    logoButtons->addStretch(1);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview, 1);
    logoRow->addLayout(logoButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Logo:"), logoRow);
    auto *primaryLabel = new QLabel(tr("&Primary colour:"), this);
    primaryLabel->setBuddy(m_primaryButton);
    form->addRow(primaryLabel, m_primaryButton);
    auto *secondaryLabel = new QLabel(tr("&Secondary colour:"), this);
    secondaryLabel->setBuddy(m_secondaryButton);
    form->addRow(secondaryLabel, m_secondaryButton);
    auto *fontLabel = new QLabel(tr("&Font:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, m_font);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every export and the presentation use these in the brand theme. They are stored in "
                                "the database, so everyone who uses it shares them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Reset)->setToolTip(tr("No logo, the standard colours and font"));

    connect(m_logoButton, &QPushButton::clicked, this, &BrandThemeDialog::chooseLogo);
    connect(m_removeLogoButton, &QPushButton::clicked, this, [this] {
        m_brand.logoPng.clear();
        m_logoError.clear();
        updateWidgets();
    });
    connect(m_primaryButton, &QPushButton::clicked, this, [this] {
        chooseColor(true);
    });
    connect(m_secondaryButton, &QPushButton::clicked, this, [this] {
        chooseColor(false);
    });
    connect(m_font, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        m_brand.fontFamily = font.family() == defaultThemeFontFamily() ? QString() : font.family();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, &BrandThemeDialog::reset);
    updateWidgets();
}

QString BrandThemeDialog::messageText() const
{
    return m_message->text();
}

void BrandThemeDialog::updateWidgets()
{
    const QImage logo = m_brand.logoPng.isEmpty() ? QImage() : QImage::fromData(m_brand.logoPng, "PNG");
    if (logo.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
    } else {
        m_logoPreview->setPixmap(
            QPixmap::fromImage(logo.scaled(kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogoButton->setEnabled(!logo.isNull());

    const ThemeDescription standard = themeDescription(ThemeKind::Light);
    const QColor background(standard.background);
    QStringList warnings;
    for (const auto &[button, value, fallback, name] :
         {std::tuple{m_primaryButton, m_brand.primaryColor, standard.segmentPalette.at(0), tr("primary colour")},
          std::tuple{m_secondaryButton, m_brand.secondaryColor, standard.segmentPalette.at(1),
                     tr("secondary colour")}}) {
        const bool set = isHexColor(value);
        button->setIcon(swatch(QColor(set ? value : fallback)));
        button->setText(set ? value : tr("Standard palette"));
        if (set && ChartStyle::contrastRatio(QColor(value), background) < kMinimumGraphicContrast) {
            warnings.append(tr("The %1 %2 has a contrast of only %3:1 against the white background; bars in it "
                               "are hard to see.")
                                .arg(name, value,
                                     QLocale().toString(ChartStyle::contrastRatio(QColor(value), background), 'f', 1)));
        }
    }

    const QSignalBlocker blocker(m_font);
    m_font->setCurrentFont(QFont(m_brand.fontFamily.isEmpty() ? defaultThemeFontFamily() : m_brand.fontFamily));

    if (!m_logoError.isEmpty())
        warnings.prepend(m_logoError);
    m_message->setText(warnings.join(u'\n'));
    m_message->setVisible(!warnings.isEmpty());
}

std::optional<QByteArray> BrandThemeDialog::logoFromFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    // Vector images (SVG) are drawn at the size they will be stored at, not scaled up later.
    if (original.isValid() &&
        (original.width() > kLogoFit.width() || original.height() > kLogoFit.height() || reader.format() == "svg"))
        reader.setScaledSize(original.scaled(kLogoFit, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("Cannot use %1 as the logo: %2").arg(QDir::toNativeSeparators(path), reader.errorString());
        return std::nullopt;
    }
    if (image.width() > kLogoFit.width() || image.height() > kLogoFit.height())
        image = image.scaled(kLogoFit, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image)) {
        *error = tr("Cannot use %1 as the logo: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return std::nullopt;
    }
    if (const auto problem = validateLogoPng(png)) {
        *error = tr("Cannot use %1 as the logo: %2.").arg(QDir::toNativeSeparators(path), *problem);
        return std::nullopt;
    }
    return png;
}

bool BrandThemeDialog::loadLogo(const QString &path)
{
    QString error;
    const std::optional<QByteArray> png = logoFromFile(path, &error);
    m_logoError = png ? QString() : error;
    if (png)
        m_brand.logoPng = *png;
    updateWidgets();
    return png.has_value();
}

void BrandThemeDialog::chooseLogo()
{
    if (!m_fileDialog) {
        m_fileDialog = new QFileDialog(this, tr("Choose a Logo"));
        m_fileDialog->setObjectName(QStringLiteral("logoFileDialog"));
        m_fileDialog->setOption(QFileDialog::DontUseNativeDialog);
        m_fileDialog->setFileMode(QFileDialog::ExistingFile);
        m_fileDialog->setNameFilters({tr("Images (*.png *.svg *.jpg *.jpeg *.gif *.bmp)"), tr("All files (*)")});
        m_fileDialog->setDirectory(AppSettings().logoFolder(QDir::homePath()));
        connect(m_fileDialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            AppSettings().setLogoFolder(QFileInfo(path).absolutePath());
            loadLogo(path);
        });
    }
    m_fileDialog->open();
}

void BrandThemeDialog::chooseColor(bool primary)
{
    delete m_colorDialog; // closed already; one colour dialog at a time
    const QString current = primary ? m_brand.primaryColor : m_brand.secondaryColor;
    const ThemeDescription standard = themeDescription(ThemeKind::Light);
    m_colorDialog =
        new QColorDialog(QColor(isHexColor(current) ? current : standard.segmentPalette.at(primary ? 0 : 1)), this);
    m_colorDialog->setObjectName(primary ? QStringLiteral("primaryColorDialog")
                                         : QStringLiteral("secondaryColorDialog"));
    m_colorDialog->setWindowTitle(primary ? tr("Primary Colour") : tr("Secondary Colour"));
    m_colorDialog->setOption(QColorDialog::DontUseNativeDialog);
    connect(m_colorDialog, &QColorDialog::colorSelected, this, [this, primary](const QColor &color) {
        (primary ? m_brand.primaryColor : m_brand.secondaryColor) = color.name(QColor::HexRgb);
        updateWidgets();
    });
    m_colorDialog->open();
}

void BrandThemeDialog::reset()
{
    m_brand = BrandTheme();
    m_logoError.clear();
    updateWidgets();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/exportdialog.h"

#include "ui/export/htmlembed.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

ExportDialog::ExportDialog(ChartKind currentChart, QWidget *parent)
    : QDialog(parent)
    , m_chart(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_chart->addItem(QString(), int(ChartKind::Bar));
    m_chart->addItem(QString(), int(ChartKind::Trend));
    m_chart->setCurrentIndex(currentChart == ChartKind::Trend ? 1 : 0);
    m_format->addItem(QString(), int(ExportFormat::Png));
    m_format->addItem(QString(), int(ExportFormat::Pdf));
    m_format->addItem(QString(), int(ExportFormat::Svg));
    m_format->addItem(QString(), int(ExportFormat::Html));
    m_format->addItem(QString(), int(ExportFormat::Pptx));
    m_preset->setObjectName(QStringLiteral("sizePreset"));
    m_path->setObjectName(QStringLiteral("exportFile"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (QSpinBox *box : {m_width, m_height})
        box->setRange(100, 20000);
    m_scale->setRange(0.5, 4.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("×"));

    QSettings settings;
    const auto storedFormat = exportFormatFromCode(settings.value(QStringLiteral("export/format")).toString());
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(storedFormat.value_or(ExportFormat::Png)))));
    m_presetKey = settings.value(QStringLiteral("export/preset"), QStringLiteral("1600x900")).toString();
    m_width->setValue(settings.value(QStringLiteral("export/width"), 1600).toInt());
    m_height->setValue(settings.value(QStringLiteral("export/height"), 900).toInt());
    m_scale->setValue(settings.value(QStringLiteral("export/scale"), 1.0).toDouble());
    const QString folder =
        settings
            .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    m_path->setText(QDir(folder).filePath(tr("chart-of-the-week") + QStringLiteral(".png")));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    m_browse = new QPushButton(this);
    pathRow->addWidget(m_browse);

    m_form = new QFormLayout;
    for (QWidget *field :
         {static_cast<QWidget *>(m_chart), static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_preset)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setBuddy(m_width);
    m_form->addRow(m_sizeLabel, sizeRow);
    m_scaleLabel = new QLabel(this);
    m_scaleLabel->setBuddy(m_scale);
    m_form->addRow(m_scaleLabel, m_scale);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_path);
    m_form->addRow(m_fileLabel, pathRow);
    m_copyIframe = new QPushButton(this);
    m_copyIframe->setObjectName(QStringLiteral("copyIframeCode"));
    m_copyFigure = new QPushButton(this);
    m_copyFigure->setObjectName(QStringLiteral("copyFigureCode"));
    m_embedStatus = new QLabel(this);
    m_embedStatus->setObjectName(QStringLiteral("embedStatus"));
    auto *embedRow = new QHBoxLayout;
    embedRow->addWidget(m_copyIframe);
    embedRow->addWidget(m_copyFigure);
    embedRow->addWidget(m_embedStatus, 1);
    m_embedLabel = new QLabel(this);
    m_embedLabel->setBuddy(m_copyIframe);
    m_form->addRow(m_embedLabel, embedRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    retranslate();

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QPushButton *button : {m_copyIframe, m_copyFigure}) {
        connect(button, &QPushButton::clicked, this, [this, button] {
            QGuiApplication::clipboard()->setText(button == m_copyIframe ? iframeCode() : figureCode());
            m_embedStatus->setText(button == m_copyIframe ? tr("The <iframe> code is on the clipboard.")
                                                          : tr("The <figure> code is on the clipboard."));
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        fixSuffix(); // Enter in the field saves before editingFinished() would come
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        fillPresets();
        updateState();
        fixSuffix();
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_presetKey = m_preset->currentData().toString();
        if (const auto preset = exportPresetForKey(m_presetKey); preset && !preset->isPaper()) {
            m_width->setValue(preset->pixelSize.width());
            m_height->setValue(preset->pixelSize.height());
        }
        updateState();
    });
    fillPresets();
    // The suffix follows the format once the user is done with the field, never while
    // they type or paste.
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportDialog::fixSuffix);
    updateState();
    fixSuffix();
}

ExportDialog::~ExportDialog()
{
    // The field loses the focus while it is destroyed, after this dialog: no editingFinished.
    disconnect(m_path, nullptr, this, nullptr);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Chart"));
    m_chart->setItemText(0, tr("Bar chart"));
    m_chart->setItemText(1, tr("Trend chart"));
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("PDF document (vector)"));
    m_format->setItemText(2, tr("SVG image (vector)"));
    m_format->setItemText(3, tr("Web page (HTML embed)"));
    m_format->setItemText(4, tr("PowerPoint slide (editable chart)"));
    m_copyIframe->setText(tr("Copy &iframe Code"));
    m_copyIframe->setToolTip(tr("Puts an <iframe> that shows the exported page on the clipboard"));
    m_copyFigure->setText(tr("Copy Fi&gure Code"));
    m_copyFigure->setToolTip(tr("Puts the chart as a <figure> with its style on the clipboard, to paste into a page"));
    m_embedLabel->setText(tr("Embed code:"));
    m_embedStatus->clear();
    for (QSpinBox *box : {m_width, m_height}) {
        box->setSuffix(tr(" px"));
        box->setAccessibleName(box == m_width ? tr("Width in pixels") : tr("Height in pixels"));
    }
    m_browse->setText(tr("Browse…"));
    const std::pair<QWidget *, QString> labels[] = {
        {m_chart, tr("&Chart:")}, {m_format, tr("&Format:")}, {m_preset, tr("&Preset:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    }
    m_sizeLabel->setText(tr("&Size:"));
    m_scaleLabel->setText(tr("S&cale (high-DPI):"));
    m_fileLabel->setText(tr("F&ile:"));
    fillPresets(); // the preset names are translated
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ChartKind ExportDialog::chartKind() const
{
    return ChartKind(m_chart->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = ExportFormat(m_format->currentData().toInt());
    if (const auto preset = exportPresetForKey(m_preset->currentData().toString()))
        options = withPreset(options, *preset);
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.scale = options.format == ExportFormat::Png ? m_scale->value() : 1.0;
    return options;
}

void ExportDialog::fillPresets()
{
    const bool paper = ExportFormat(m_format->currentData().toInt()) == ExportFormat::Pdf;
    const QString wanted = m_presetKey;
    QSignalBlocker blocker(m_preset);
    m_preset->clear();
    for (const ExportPreset &preset : exportPresets()) {
        if (preset.isPaper() == paper)
            m_preset->addItem(preset.name, preset.key);
    }
    if (!paper)
        m_preset->addItem(tr("Custom size"), QString());
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(wanted))); // else 1600×900 or A4 landscape
    if (const auto preset = exportPresetForKey(m_preset->currentData().toString()); preset && !preset->isPaper()) {
        m_width->setValue(preset->pixelSize.width());
        m_height->setValue(preset->pixelSize.height());
    }
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    QString filter;
    switch (ExportFormat(m_format->currentData().toInt())) {
    case ExportFormat::Png:
        filter = tr("PNG images (*.png)");
        break;
    case ExportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportFormat::Svg:
        filter = tr("SVG images (*.svg)");
        break;
    case ExportFormat::Html:
        filter = tr("Web pages (*.html)");
        break;
    case ExportFormat::Pptx:
        filter = tr("PowerPoint presentations (*.pptx)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), filePath(), filter);
    if (!path.isEmpty()) {
        m_path->setText(path);
        fixSuffix();
    }
}

void ExportDialog::updateState()
{
    const ExportFormat format = ExportFormat(m_format->currentData().toInt());
    const bool png = format == ExportFormat::Png;
    const bool html = format == ExportFormat::Html;
    // The web page fits any width and the slide is 16:9 with a chart PowerPoint draws: no
    // size to choose.
    const bool sized = !html && format != ExportFormat::Pptx;
    const bool custom = format != ExportFormat::Pdf && sized && m_preset->currentData().toString().isEmpty();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_sizeLabel)})
        widget->setEnabled(custom);
    m_preset->setEnabled(sized);
    if (auto *label = m_form->labelForField(m_preset))
        label->setEnabled(sized);
    for (QWidget *widget : {static_cast<QWidget *>(m_embedLabel), static_cast<QWidget *>(m_copyIframe),
                            static_cast<QWidget *>(m_copyFigure), static_cast<QWidget *>(m_embedStatus)})
        widget->setVisible(html && m_chartSource);
    m_scale->setEnabled(png);
    m_scaleLabel->setEnabled(png);

    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!filePath().isEmpty());
}

void ExportDialog::fixSuffix()
{
    const QString path = filePath();
    const QFileInfo info(path);
    const QString wanted = exportFormatCode(ExportFormat(m_format->currentData().toInt()));
    if (path.isEmpty() || info.fileName().isEmpty() || info.suffix().toLower() == wanted)
        return;
    QString base = info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
    if (base.endsWith(u'.'))
        base.chop(1);
    m_path->setText(base + u'.' + wanted);
}

void ExportDialog::setChartSource(std::function<ChartSpec(ChartKind)> source)
{
    m_chartSource = std::move(source);
    updateState();
}

QString ExportDialog::iframeCode() const
{
    if (!m_chartSource)
        return {};
    return HtmlEmbed::iframeSnippet(m_chartSource(chartKind()), QFileInfo(filePath()).fileName());
}

QString ExportDialog::figureCode() const
{
    if (!m_chartSource)
        return {};
    return HtmlEmbed::figureSnippet(m_chartSource(chartKind()));
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), exportFormatCode(options().format));
    settings.setValue(QStringLiteral("export/width"), m_width->value());
    settings.setValue(QStringLiteral("export/height"), m_height->value());
    settings.setValue(QStringLiteral("export/scale"), m_scale->value());
    settings.setValue(QStringLiteral("export/preset"), m_preset->currentData().toString());
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(filePath()).absolutePath());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/importdialog.h"

#include "ui/busywork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return ImportDialog::tr("tab");
    if (delimiter == u';')
        return ImportDialog::tr("semicolon");
    if (delimiter == u',')
        return ImportDialog::tr("comma");
    return delimiter.isNull() ? ImportDialog::tr("none") : QString(delimiter);
}

} // namespace

ImportDialog::ImportDialog(const QByteArray &bytes, const QString &fileName, Language numberLocale, QWidget *parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_fileName(fileName)
    , m_locale(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_settings(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_errors(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_localeLabel(new QLabel(this))
    , m_encodingLabel(new QLabel(this))
    , m_settingsLabel(new QLabel(this))
{
    resize(820, 560);
    m_locale->addItem(QString(), int(Language::German));
    m_locale->addItem(QString(), int(Language::English));
    m_locale->setCurrentIndex(numberLocale == Language::German ? 0 : 1);
    m_encoding->addItem(QString(), int(TextEncoding::Automatic));
    m_encoding->addItem(QString(), int(TextEncoding::Windows1252));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), int(TextEncoding::Utf16LittleEndian));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), int(TextEncoding::Utf16BigEndian));
    m_settings->setTextFormat(Qt::PlainText);
    m_settings->setObjectName(QStringLiteral("importSettings"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_errors->setReadOnly(true);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setMaximumHeight(120);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_localeLabel->setBuddy(m_locale);
    m_encodingLabel->setBuddy(m_encoding);

    auto *form = new QFormLayout;
    form->addRow(m_localeLabel, m_locale);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_settingsLabel, m_settings);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);

    connect(m_locale, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    reread();
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_fileName).fileName()));
    m_locale->setItemText(0, tr("German (24,5 and 2.155)"));
    m_locale->setItemText(1, tr("English (24.5 and 2,155)"));
    m_encoding->setItemText(0, tr("Automatic (UTF-8, or UTF-16 with byte order mark)"));
    m_encoding->setItemText(1, tr("Windows-1252 (older Excel files)"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_errors->setAccessibleName(tr("Problems found in the file"));
    m_importButton->setText(tr("&Import"));
    m_localeLabel->setText(tr("&Numbers in the file:"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_settingsLabel->setText(tr("Detected:"));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reread(); // the detected settings, the preview headers and the messages
    }
    QDialog::changeEvent(event);
}

void ImportDialog::setNumberLocale(Language locale)
{
    m_locale->setCurrentIndex(locale == Language::German ? 0 : 1);
}

void ImportDialog::setEncoding(TextEncoding encoding)
{
    m_encoding->setCurrentIndex(m_encoding->findData(int(encoding)));
}

bool ImportDialog::canImport() const
{
    return m_result.errors.isEmpty() && !m_result.studies.isEmpty();
}

void ImportDialog::reread()
{
    CsvImportOptions options;
    options.locale = Language(m_locale->currentData().toInt());
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    // A spreadsheet of 100,000 rows takes a few hundred milliseconds: read it on a worker
    // thread, with a progress dialog when it takes longer than 200 ms.
    const QByteArray bytes = m_bytes;
    const QString fileName = m_fileName;
    m_result = runWithProgress<StudyImportResult>(isVisible() ? this : parentWidget(), tr("Reading %1…").arg(fileName),
                                                  [bytes, fileName, options] {
                                                      return importStudies(bytes, fileName, options);
                                                  });

    const bool json = m_result.format == StudyFileFormat::Json;
    m_locale->setEnabled(!json);
    m_encoding->setEnabled(!json);
    if (json) {
        m_settings->setText(tr("JSON study file"));
    } else {
        const CsvImportSettings &settings = m_result.csv.settings;
        m_settings->setText(
            tr("CSV, %1%2, delimiter: %3%4, %5")
                .arg(textEncodingName(settings.encoding),
                     settings.byteOrderMark ? tr(" with byte order mark") : QString(),
                     delimiterName(settings.delimiter),
                     settings.delimiterFromSepLine ? tr(" (from the sep= line)") : QString(),
                     settings.layout == CsvLayout::Wide ? tr("one row per survey wave") : tr("one row per share")));
    }

    // The preview: the CSV table as read, or one row per study of a JSON file.
    m_preview->clear();
    if (json) {
        m_preview->setColumnCount(3);
        m_preview->setHorizontalHeaderLabels({tr("Title"), tr("Survey waves"), tr("Segments")});
        m_preview->setRowCount(int(m_result.studies.size()));
        for (int row = 0; row < m_result.studies.size(); ++row) {
            const Study &study = m_result.studies.at(row);
            QStringList waves;
            for (const SurveyWave &wave : study.waves)
                waves.append(QString::number(wave.year));
            m_preview->setItem(row, 0, new QTableWidgetItem(study.title));
            m_preview->setItem(row, 1, new QTableWidgetItem(waves.join(QStringLiteral(", "))));
            m_preview->setItem(row, 2, new QTableWidgetItem(QString::number(study.segments.size())));
        }
    } else {
        const QList<CsvRecord> &table = m_result.csv.table;
        int columns = 0;
        for (const CsvRecord &record : table)
            columns = std::max(columns, int(record.fields.size()));
        m_preview->setColumnCount(columns);
        m_preview->setRowCount(int(table.size()));
        QStringList lines;
        for (int row = 0; row < table.size(); ++row) {
            lines.append(QString::number(table.at(row).line));
            for (int column = 0; column < table.at(row).fields.size(); ++column)
                m_preview->setItem(row, column, new QTableWidgetItem(table.at(row).fields.at(column)));
        }
        m_preview->setVerticalHeaderLabels(lines); // the file's line numbers, as errors name them
        for (const ImportError &error : m_result.errors) {
            for (int row = 0; row < table.size(); ++row) {
                if (table.at(row).line != error.line)
                    continue;
                if (QTableWidgetItem *item = m_preview->item(row, error.column - 1)) {
                    item->setBackground(QColor(0xff, 0xcd, 0xd2));
                    item->setToolTip(error.message);
                }
            }
        }
    }

    QStringList errors;
    for (const ImportError &error : m_result.errors)
        errors.append(error.toString());
    m_errors->setPlainText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    if (!m_result.errors.isEmpty()) {
        m_summary->setText(
            tr("Nothing will be imported: %n problem(s) found. Fix the file or change the settings above.", nullptr,
               int(m_result.errors.size())));
    } else {
        QStringList titles;
        for (const Study &study : m_result.studies)
            titles.append(tr("“%1” (%n survey wave(s))", nullptr, int(study.waves.size())).arg(study.title));
        m_summary->setText(tr("Ready to import %n study(ies): %1", nullptr, int(m_result.studies.size()))
                               .arg(titles.join(QStringLiteral(", "))));
    }
    m_importButton->setEnabled(canImport());
}

QString ImportDialog::settingsText() const
{
    return m_settings->text();
}

QString ImportDialog::errorText() const
{
    return m_errors->toPlainText();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

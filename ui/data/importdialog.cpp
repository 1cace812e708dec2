// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/importdialog.h"

#include "core/phrasebook.h"

#include "ui/busywork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
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
    , m_uiLocale(numberLocale)
    , m_title(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_names(new QComboBox(this))
    , m_titleLabel(new QLabel(this))
    , m_topicLabel(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_namesLabel(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_locale(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_sheetLabel(new QLabel(this))
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
    m_locale->addItem(QString(), QString()); // automatic: from the file
    m_locale->addItem(QString(), Language::German.code());
    m_locale->addItem(QString(), Language::English.code());
    m_locale->setCurrentIndex(0);
    m_locale->setObjectName(QStringLiteral("importNumbers"));
    m_names->addItem(QString(), QString());
    m_names->addItem(QString(), Language::German.code());
    m_names->addItem(QString(), Language::English.code());
    m_names->setObjectName(QStringLiteral("importNameLanguage"));
    m_title->setObjectName(QStringLiteral("importTitle"));
    m_topic->setObjectName(QStringLiteral("importTopic"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_warning->setObjectName(QStringLiteral("importWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_titleLabel->setBuddy(m_title);
    m_topicLabel->setBuddy(m_topic);
    m_sourceLabel->setBuddy(m_source);
    m_namesLabel->setBuddy(m_names);
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
    m_errors->setTabChangesFocus(true);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setMaximumHeight(120);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_localeLabel->setBuddy(m_locale);
    m_encodingLabel->setBuddy(m_encoding);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheetLabel->setBuddy(m_sheet);

    auto *form = new QFormLayout;
    form->addRow(m_localeLabel, m_locale);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(m_settingsLabel, m_settings);
    form->addRow(m_namesLabel, m_names);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_topicLabel, m_topic);
    form->addRow(m_sourceLabel, m_source);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);

    connect(m_locale, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    connect(m_sheet, &QComboBox::activated, this, &ImportDialog::reread);
    connect(m_names, &QComboBox::currentIndexChanged, this, &ImportDialog::reread);
    // What the user typed stays; untouched fields follow the file.
    for (QLineEdit *field : {m_title, m_topic, m_source}) {
        connect(field, &QLineEdit::textEdited, this, [field, this] {
            field->setProperty("edited", true);
            updateWarnings();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    reread();
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_fileName).fileName()));
    m_locale->setItemText(0, tr("Automatic (from the file)"));
    m_locale->setItemText(1, tr("German (24,5 and 2.155)"));
    m_locale->setItemText(2, tr("English (24.5 and 2,155)"));
    m_names->setItemText(0, tr("Automatic (from the file)"));
    m_names->setItemText(1, tr("German"));
    m_names->setItemText(2, tr("English"));
    m_namesLabel->setText(tr("Na&mes are in:"));
    m_titleLabel->setText(tr("&Title:"));
    m_topicLabel->setText(tr("To&pic:"));
    m_sourceLabel->setText(tr("&Source:"));
    m_encoding->setItemText(0, tr("Automatic (UTF-8, or UTF-16 with byte order mark)"));
    m_encoding->setItemText(1, tr("Windows-1252 (older Excel files)"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_errors->setAccessibleName(tr("Problems found in the file"));
    m_importButton->setText(tr("&Import"));
    m_localeLabel->setText(tr("&Numbers in the file:"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_sheetLabel->setText(tr("S&heet:"));
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
    m_locale->setCurrentIndex(m_locale->findData(locale.code()));
}

void ImportDialog::setAutomaticNumberLocale()
{
    m_locale->setCurrentIndex(0);
}

void ImportDialog::setExistingTitles(const QStringList &titles)
{
    m_existingTitles = titles;
    updateWarnings();
}

Language ImportDialog::nameLanguage() const
{
    return m_result.isTable() ? m_result.csv.settings.nameLanguage : m_uiLocale;
}

QList<Study> ImportDialog::studiesToImport() const
{
    QList<Study> studies = m_result.studies;
    const bool csv = m_result.isTable();
    for (Study &study : studies) {
        if (!csv)
            continue; // a JSON study carries its own title, topic and source
        if (studies.size() == 1 && !m_title->text().trimmed().isEmpty()) {
            study.title = m_title->text().trimmed();
            study.slug = slugFromText(study.title);
            if (study.slug.isEmpty())
                study.slug = QStringLiteral("study");
        }
        if (!m_topic->text().trimmed().isEmpty()) {
            study.topic = LocalizedText{{nameLanguage(), m_topic->text().trimmed()}};
        }
        if (!m_source->text().trimmed().isEmpty())
            study.sourceCitation = m_source->text().trimmed();
    }
    return studies;
}

QString ImportDialog::warningText() const
{
    return m_warning->text();
}

void ImportDialog::updateWarnings()
{
    QStringList warnings;
    const QList<Study> studies = studiesToImport();
    for (const Study &study : studies) {
        for (const QString &title : std::as_const(m_existingTitles)) {
            if (title.compare(study.title, Qt::CaseInsensitive) == 0) {
                warnings.append(
                    tr("“%1” is already in the library; importing it again adds a second copy.").arg(study.title));
                break;
            }
        }
    }
    QStringList untranslated;
    QList<Language> missing;
    for (const Study &study : studies) {
        for (const Segment &segment : study.segments) {
            bool complete = true;
            for (Language language : uiLanguages()) {
                if (segment.name.isEmpty() || segment.name.contains(language))
                    continue;
                complete = false;
                if (!missing.contains(language))
                    missing.append(language);
            }
            if (!complete)
                untranslated.append(segment.name.text(nameLanguage()));
        }
    }
    if (!untranslated.isEmpty()) {
        QStringList names;
        for (Language language : std::as_const(missing))
            names.append(languageName(language, currentLanguage()));
        const QString other = names.join(QStringLiteral(", "));
        warnings.append(tr("Not yet translated into %1 (%n name(s), marked in the data editor): %2", nullptr,
                           int(untranslated.size()))
                            .arg(other, untranslated.join(QStringLiteral(", "))));
    }
    for (const ImportError &note : m_result.csv.notes)
        warnings.append(note.toString());
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}

void ImportDialog::setSheet(const QString &sheet)
{
    m_sheet->setCurrentIndex(m_sheet->findText(sheet));
    reread();
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
    const std::optional<Language> chosen = Language::fromTag(m_locale->currentData().toString());
    options.detectLocale = !chosen;
    options.locale = chosen.value_or(m_uiLocale);
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.nameLanguage = Language::fromTag(m_names->currentData().toString());
    options.messageLanguage = currentLanguage();
    options.sheet = m_sheet->currentText(); // empty before the first read: the first sheet with cells
    // A spreadsheet of 100,000 rows takes a few hundred milliseconds: read it on a worker
    // thread, with a progress dialog when it takes longer than 200 ms.
    const QByteArray bytes = m_bytes;
    const QString fileName = m_fileName;
    m_result = runWithProgress<StudyImportResult>(isVisible() ? this : parentWidget(), tr("Reading %1…").arg(fileName),
                                                  [bytes, fileName, options] {
                                                      return importStudies(bytes, fileName, options);
                                                  });

    const bool json = m_result.format == StudyFileFormat::Json;
    const bool spreadsheet = m_result.format == StudyFileFormat::Xlsx || m_result.format == StudyFileFormat::Ods;
    m_locale->setEnabled(!json);
    m_encoding->setEnabled(!json && !spreadsheet);
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_result.csv.settings.sheets);
        m_sheet->setCurrentIndex(m_sheet->findText(m_result.csv.settings.sheet));
    }
    m_sheet->setVisible(spreadsheet);
    m_sheetLabel->setVisible(spreadsheet);
    m_names->setEnabled(!json);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_title, m_topic, m_source, m_titleLabel, m_topicLabel,
                                                            m_sourceLabel, m_names, m_namesLabel})
        widget->setVisible(!json);
    if (!json && !m_result.studies.isEmpty()) {
        const Study &first = m_result.studies.constFirst();
        const auto fill = [](QLineEdit *field, const QString &text) {
            if (!field->property("edited").toBool())
                field->setText(text);
        };
        fill(m_title, m_result.studies.size() == 1 ? first.title : QString());
        fill(m_topic, first.topic.text(m_result.csv.settings.nameLanguage));
        fill(m_source, first.sourceCitation);
    }
    m_title->setEnabled(m_result.studies.size() <= 1);
    if (json) {
        m_settings->setText(tr("JSON study file"));
    } else if (spreadsheet && m_result.csv.settings.sheet.isEmpty()) {
        m_settings->setText(m_result.format == StudyFileFormat::Xlsx ? tr("Excel workbook (XLSX)")
                                                                     : tr("OpenDocument spreadsheet (ODS)"));
    } else {
        const CsvImportSettings &settings = m_result.csv.settings;
        const QString notation = settings.locale == Language::German ? tr("German") : tr("English");
        QString numbers;
        switch (settings.notation) {
        case NotationSource::Detected:
            numbers = tr("numbers: %1 (detected from “%2”)").arg(notation, settings.notationExample);
            break;
        case NotationSource::Requested:
            numbers = tr("numbers: %1 (chosen)").arg(notation);
            break;
        case NotationSource::Unneeded:
            numbers = tr("numbers: the same in German and English");
            break;
        case NotationSource::Ambiguous:
            numbers = tr("numbers: ambiguous (“%1”), choose German or English").arg(settings.notationExample);
            break;
        }
        const QString layout =
            settings.layout == CsvLayout::Wide ? tr("one row per survey wave") : tr("one row per share");
        if (spreadsheet) {
            m_settings->setText(tr("%1, sheet “%2”, %3, %4")
                                    .arg(m_result.format == StudyFileFormat::Xlsx
                                             ? tr("Excel workbook (XLSX)")
                                             : tr("OpenDocument spreadsheet (ODS)"),
                                         settings.sheet, layout, numbers));
        } else {
            m_settings->setText(tr("CSV, %1%2, delimiter: %3%4, %5, %6")
                                    .arg(textEncodingName(settings.encoding),
                                         settings.byteOrderMark ? tr(" with byte order mark") : QString(),
                                         delimiterName(settings.delimiter),
                                         settings.delimiterFromSepLine ? tr(" (from the sep= line)") : QString(),
                                         layout, numbers));
        }
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
        if (spreadsheet) {                         // the sheet's column letters, as errors name the cells
            QStringList letters;
            for (int column = 1; column <= columns; ++column)
                letters.append(spreadsheetColumnName(column));
            m_preview->setHorizontalHeaderLabels(letters);
        }
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
    updateWarnings();
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

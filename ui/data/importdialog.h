// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/studyimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/// Shows what a CSV, XLSX, ODS or JSON file will import before anything is written: the
/// parsed table, the detected settings (encoding, delimiter, layout; the sheet of a
/// spreadsheet, with a picker), and every error with its place.
/// The number notation is detected from the file (shown as detected) unless the user picks
/// one; the user can change the encoding and, for CSV, the title, topic and source of the new
/// study (the file name is only the default) and the language of its names. Names that exist
/// in one language only are listed as untranslated, and a study whose title is already in the
/// library is warned about. Import is enabled only when the file reads without errors.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QByteArray &bytes, const QString &fileName, Language numberLocale, QWidget *parent = nullptr);

    const StudyImportResult &result() const { return m_result; }
    /// The studies as they will be imported: result().studies with the title, topic and
    /// source from the fields applied.
    QList<Study> studiesToImport() const;
    /// The titles already in the library, for the warning about importing a study again.
    void setExistingTitles(const QStringList &titles);
    void setNumberLocale(Language locale);
    void setAutomaticNumberLocale();
    void setEncoding(TextEncoding encoding);
    /// Spreadsheets: reads the named sheet instead.
    void setSheet(const QString &sheet);

    QString settingsText() const;
    QString errorText() const;
    QString summaryText() const;
    QString warningText() const;
    QTableWidget *preview() const { return m_preview; }
    bool canImport() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reread();
    void updateWarnings();
    Language nameLanguage() const;

    QByteArray m_bytes;
    QString m_fileName;
    Language m_uiLocale;
    QStringList m_existingTitles;
    QLineEdit *m_title;
    QLineEdit *m_topic;
    QLineEdit *m_source;
    QComboBox *m_names;
    QLabel *m_titleLabel;
    QLabel *m_topicLabel;
    QLabel *m_sourceLabel;
    QLabel *m_namesLabel;
    QLabel *m_warning;
    StudyImportResult m_result;
    QComboBox *m_locale;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QLabel *m_settings;
    QTableWidget *m_preview;
    QPlainTextEdit *m_errors;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QLabel *m_localeLabel;
    QLabel *m_encodingLabel;
    QLabel *m_settingsLabel;
    QPushButton *m_importButton = nullptr;
};

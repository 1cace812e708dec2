// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/studyimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/// Shows what a CSV or JSON file will import before anything is written: the parsed table,
/// the detected settings (encoding, delimiter, layout), and every error with its place.
/// The user can change the number format and the encoding; Import is enabled only when
/// the file reads without errors.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QByteArray &bytes, const QString &fileName, Language numberLocale, QWidget *parent = nullptr);

    const StudyImportResult &result() const { return m_result; }
    void setNumberLocale(Language locale);
    void setEncoding(TextEncoding encoding);

    QString settingsText() const;
    QString errorText() const;
    QString summaryText() const;
    QTableWidget *preview() const { return m_preview; }
    bool canImport() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reread();

    QByteArray m_bytes;
    QString m_fileName;
    StudyImportResult m_result;
    QComboBox *m_locale;
    QComboBox *m_encoding;
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

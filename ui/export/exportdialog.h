// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/export/chartexporter.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

/// File → Export…: chart, format, size preset (or a custom size), scale and file name;
/// remembers its choices in QSettings.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(ChartKind currentChart, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ChartKind chartKind() const;
    ExportOptions options() const;
    QString filePath() const;
    void setFilePath(const QString &path);

    /// Where the embed code of the web format comes from: the spec of the chart of a kind as
    /// it would be exported. Without it the embed code buttons stay hidden.
    void setChartSource(std::function<ChartSpec(ChartKind)> source);
    /// The <iframe> and the <figure> snippet of the chart chosen (empty without a source).
    QString iframeCode() const;
    QString figureCode() const;

    /// Stores the choices for the next time the dialog opens.
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void updateState();
    /// Gives the file name the chosen format's suffix (after editing, on a format change).
    void fixSuffix();
    void fillPresets();

    QComboBox *m_chart = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QString m_presetKey;
    QDialogButtonBox *m_buttons = nullptr;
    QFormLayout *m_form = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_embedLabel = nullptr;
    QPushButton *m_copyIframe = nullptr;
    QPushButton *m_copyFigure = nullptr;
    QLabel *m_embedStatus = nullptr;
    std::function<ChartSpec(ChartKind)> m_chartSource;
};

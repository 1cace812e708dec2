// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/theme.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QColorDialog;
class QDialogButtonBox;
class QFileDialog;
class QFontComboBox;
class QLabel;
class QPushButton;

/// View → Theme → Brand Theme…: the team's logo (picked from a file, with a preview), two
/// brand colours (QColorDialog), a font, and Reset to the light look. OK hands the brand
/// to the caller (brand()), which stores it; Cancel changes nothing.
class BrandThemeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrandThemeDialog)

public:
    explicit BrandThemeDialog(const BrandTheme &brand, QWidget *parent = nullptr);

    /// The brand as edited so far.
    BrandTheme brand() const { return m_brand; }

    /// Reads an image file as the logo (see logoFromFile()); false, with the message shown
    /// in the dialog, when it can't be used.
    bool loadLogo(const QString &path);
    /// The message under the fields: a problem with the logo file, or a colour that is
    /// hard to see on the background; empty when there is none.
    QString messageText() const;

    /// Reads an image file (PNG, JPEG, SVG, …), scales it down to fit 1200×400 pixels and
    /// encodes it as PNG. nullopt, with a translated message naming the file in *error, when
    /// the file can't be read or the PNG would exceed kMaxLogoBytes.
    static std::optional<QByteArray> logoFromFile(const QString &path, QString *error);

private:
    void chooseLogo();
    void chooseColor(bool primary);
    void reset();
    void updateWidgets();

    BrandTheme m_brand;
    QLabel *m_logoPreview = nullptr;
    QPushButton *m_logoButton = nullptr;
    QPushButton *m_removeLogoButton = nullptr;
    QPushButton *m_primaryButton = nullptr;
    QPushButton *m_secondaryButton = nullptr;
    QFontComboBox *m_font = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_logoError;
    QPointer<QColorDialog> m_colorDialog;
    QPointer<QFileDialog> m_fileDialog;
};

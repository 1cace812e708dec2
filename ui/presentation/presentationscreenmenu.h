// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QMenu>

/// View → Present On: the screen presentation mode uses, remembered in the settings
/// (PresentationScreens::chosenScreen). Lists the screens connected when it opens.
class PresentationScreenMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationScreenMenu)

public:
    explicit PresentationScreenMenu(QWidget *parent = nullptr);

    /// Fills the menu with the screens connected now (also done whenever it opens).
    void populate();

protected:
    void changeEvent(QEvent *event) override;
};

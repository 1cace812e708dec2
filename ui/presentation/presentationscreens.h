// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QString>
#include <QStringList>

/// Where presentation mode shows its slides and its presenter view.
namespace PresentationScreens {

/// Indexes into the list of screens given to plan(); presenter is -1 for "no presenter view".
struct Plan
{
    int slides = 0;
    int presenter = -1;
    bool operator==(const Plan &) const = default;
};

/// Decides the screens from their names (in QGuiApplication::screens() order), the chosen
/// screen's name (empty: the main window's screen) and the main window's screen index.
/// Slides go to the chosen screen when it is connected, else to the window's screen. With two
/// or more screens the presenter view goes to the window's screen, or to the first other
/// screen when the slides already use it; with one screen there is no presenter view.
Plan plan(const QStringList &screens, const QString &chosenScreen, int windowScreen);

/// The chosen screen's name from the settings; empty for the main window's screen.
QString chosenScreen();
void setChosenScreen(const QString &name);

} // namespace PresentationScreens

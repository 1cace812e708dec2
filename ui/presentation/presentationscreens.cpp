// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/presentation/presentationscreens.h"

#include "ui/appsettings.h"

namespace PresentationScreens {

Plan plan(const QStringList &screens, const QString &chosenScreen, int windowScreen)
{
    Plan result;
    if (screens.isEmpty())
        return result;
    const int window = windowScreen >= 0 && windowScreen < screens.size() ? windowScreen : 0;
    const int chosen = chosenScreen.isEmpty() ? -1 : int(screens.indexOf(chosenScreen));
    result.slides = chosen >= 0 ? chosen : window;
    if (screens.size() < 2)
        return result;
    if (window != result.slides) {
        result.presenter = window;
    } else {
        for (int i = 0; i < screens.size() && result.presenter < 0; ++i) {
            if (i != result.slides)
                result.presenter = i;
        }
    }
    return result;
}

QString chosenScreen()
{
    return AppSettings().presentationScreen();
}

void setChosenScreen(const QString &name)
{
    AppSettings().setPresentationScreen(name);
}

} // namespace PresentationScreens

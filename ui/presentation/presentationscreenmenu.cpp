// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/presentation/presentationscreenmenu.h"

#include "ui/presentation/presentationscreens.h"

#include <QActionGroup>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>

PresentationScreenMenu::PresentationScreenMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("presentOnMenu"));
    setTitle(tr("Present &On"));
    connect(this, &QMenu::aboutToShow, this, &PresentationScreenMenu::populate);
    populate();
}

void PresentationScreenMenu::populate()
{
    clear();
    const QString chosen = PresentationScreens::chosenScreen();
    auto *group = new QActionGroup(this);
    QAction *windowScreen = addAction(tr("Screen of the Main Window"));
    windowScreen->setData(QString());
    group->addAction(windowScreen);
    bool anyChecked = false;
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!screens.isEmpty())
        addSeparator();
    for (const QScreen *screen : screens) {
        const QSize size = screen->geometry().size();
        QAction *action = addAction(tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height()));
        action->setData(screen->name());
        group->addAction(action);
        action->setCheckable(true);
        if (!chosen.isEmpty() && screen->name() == chosen) {
            action->setChecked(true);
            anyChecked = true;
        }
    }
    windowScreen->setCheckable(true);
    windowScreen->setChecked(!anyChecked);
    connect(group, &QActionGroup::triggered, this, [](QAction *action) {
        PresentationScreens::setChosenScreen(action->data().toString());
    });
}

void PresentationScreenMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Present &On"));
        populate();
    }
    QMenu::changeEvent(event);
}

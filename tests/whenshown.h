// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

/// Runs drive on the visible top-level widget of type T as soon as there is one: for a
/// dialog that a call about to be made shows with exec(). It looks every 10 ms until the
/// window is there, so it waits for the window, never for a fixed time.
template<typename T> void whenShown(std::function<void(T *)> drive)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<T *>(widget); window && window->isVisible()) {
                timer->stop();
                timer->deleteLater();
                drive(window);
                return;
            }
        }
    });
    timer->start();
}

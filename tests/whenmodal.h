// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

/// Drives the modal dialog that the code under test is about to show with exec(), once it
/// is there (from inside the dialog's event loop): drive clicks or types what the user would.
inline void whenModal(const std::function<void(QWidget *)> &drive)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, drive] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            drive(modal);
        }
    });
    timer->start();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QString>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

/// Runs work on a worker thread and waits for it with the window responsive; a busy
/// progress dialog with label appears when the work takes longer than 200 ms. The work
/// must not touch widgets or the database connection (both belong to the GUI thread).
template<typename Result> Result runWithProgress(QWidget *parent, const QString &label, std::function<Result()> work)
{
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished()) {
        QProgressDialog progress(label, QString(), 0, 0, parent);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(200);
        progress.setCancelButton(nullptr);
        progress.setValue(0);
        if (!watcher.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return watcher.result();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "chromium.h"

#include <QProcess>

#include <gtest/gtest.h>

std::optional<QByteArray> runChromium(const QString &file, const QSize &window, const QString &profileDir,
                                      const QStringList &extra)
{
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_CHROMIUM),
                  QStringList{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                              QStringLiteral("--disable-gpu"), QStringLiteral("--hide-scrollbars"),
                              QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + profileDir,
                              QStringLiteral("--window-size=%1,%2").arg(window.width()).arg(window.height())} +
                      extra + QStringList{QStringLiteral("file://") + file});
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        ADD_FAILURE() << "chromium failed: " << process.readAllStandardError().toStdString();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// CHARTWEEK_STARTUP_TRACE=1 (used by bench/compare): the window opens, paints its chart,
// prints one line with the time and the peak memory, and the app quits by itself.
TEST(StartupTrace, PrintsFirstPaintAndPeakMemoryThenQuits)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CHARTWEEK_STARTUP_TRACE"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CHARTWEEK_BINARY),
                  {QStringLiteral("--database"), home.filePath(QStringLiteral("library.sqlite"))});
    ASSERT_TRUE(process.waitForFinished(60000)) << "the app did not quit after the first paint";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();

    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression line(
        QStringLiteral("^startup-trace first-paint-ms=(\\d+) peak-rss-kib=(\\d+) boottime-ns=(\\d+)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(out);
    ASSERT_TRUE(match.hasMatch()) << out.toStdString();
    EXPECT_GT(match.captured(2).toLongLong(), 1024) << "peak RSS of at least 1 MiB";
    EXPECT_GT(match.captured(3).toLongLong(), 0);
    // A measurement run quits without closing the window: no window geometry is remembered.
    const QSettings settings(home.filePath(QStringLiteral("config/ChartOfTheWeek/chartweek.conf")),
                             QSettings::IniFormat);
    EXPECT_TRUE(settings.contains(QStringLiteral("ui/study"))) << "the settings file is elsewhere";
    EXPECT_FALSE(settings.contains(QStringLiteral("ui/geometry")));
}

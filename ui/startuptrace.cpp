// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/startuptrace.h"

#include "ui/charts/chartwidget.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

qint64 bootTimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// Field 22 of /proc/self/stat: the process's start in clock ticks after boot.
qint64 processStartNs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it start past its ")".
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeAfterName = 22 - 3;
    if (fields.size() <= kStartTimeAfterName)
        return -1;
    const qint64 ticks = fields.at(kStartTimeAfterName).toLongLong();
    return ticks * (1000000000LL / sysconf(_SC_CLK_TCK));
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstPaintWatcher final : public QObject
{
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

public:
    explicit FirstPaintWatcher(QObject *parent)
        : QObject(parent)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Report once the paint event has been handled.
            QTimer::singleShot(0, this, [] {
                const qint64 now = bootTimeNs();
                const qint64 start = processStartNs();
                std::printf("startup-trace first-paint-ms=%lld peak-rss-kib=%lld boottime-ns=%lld\n",
                            start < 0 ? -1LL : (now - start) / 1000000LL, peakRssKib(), now);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

namespace StartupTrace {

bool requested()
{
    const QByteArray value = qgetenv("CHARTWEEK_STARTUP_TRACE");
    return !value.isEmpty() && value != "0";
}

void watch(MainWindow *window)
{
    auto *watcher = new FirstPaintWatcher(window);
    for (ChartWidget *chart : {window->barChart(), window->trendChart()})
        chart->chartViewport()->installEventFilter(watcher);
}

} // namespace StartupTrace

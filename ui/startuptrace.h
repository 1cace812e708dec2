// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

class MainWindow;

/// A start-up measurement for bench/compare. With the environment variable
/// CHARTWEEK_STARTUP_TRACE=1, the app prints one line to standard output when a chart of
/// the main window has been painted for the first time, and quits:
///
///     startup-trace first-paint-ms=182 peak-rss-kib=98304 boottime-ns=123456789012
///
/// first-paint-ms: from the process's start (as the kernel records it, 10 ms steps) to the
/// end of that paint; peak-rss-kib: VmHWM of /proc/self/status at that moment;
/// boottime-ns: CLOCK_BOOTTIME at that moment, for a caller that took the time itself
/// just before starting the process. Not translated: it is read by scripts.
namespace StartupTrace {

/// Whether CHARTWEEK_STARTUP_TRACE is set to a non-empty value other than "0".
bool requested();

/// Watches the window's charts; after the first paint of either, prints the line and
/// quits the application (the window's settings are not saved).
void watch(MainWindow *window);

} // namespace StartupTrace

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The one main of every test executable: offscreen platform, isolated settings and data
// folders, an application object, English as the starting language.
#include "core/language.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef CHARTWEEK_LSAN_SUPPRESSIONS
// Sanitizer builds: the defaults of this process (read before main) ...
extern "C" const char *__asan_default_options()
{
    return "detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1";
}
extern "C" const char *__lsan_default_options()
{
    return "suppressions=" CHARTWEEK_LSAN_SUPPRESSIONS ":print_suppressions=0";
}
extern "C" const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}
#endif

int main(int argc, char *argv[])
{
#ifdef CHARTWEEK_LSAN_SUPPRESSIONS
    // ... and of the processes it starts (the app, the crash driver).
    if (qEnvironmentVariableIsEmpty("ASAN_OPTIONS"))
        qputenv("ASAN_OPTIONS", "detect_leaks=1:detect_stack_use_after_return=1");
    if (qEnvironmentVariableIsEmpty("LSAN_OPTIONS"))
        qputenv("LSAN_OPTIONS", "suppressions=" CHARTWEEK_LSAN_SUPPRESSIONS ":print_suppressions=0");
    if (qEnvironmentVariableIsEmpty("UBSAN_OPTIONS"))
        qputenv("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1");
#endif
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the developer's real settings and database out of reach, and give every test
    // process its own (CTest runs them in parallel; QStandardPaths' test mode would share one
    // folder between them).
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.path()));

    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ChartOfTheWeekTests"));
    QApplication::setApplicationName(QStringLiteral("chartweek-tests"));
    installLanguage(Language::English);
    return RUN_ALL_TESTS();
}

// The one main of every test executable: offscreen platform, isolated settings and data
// folders, an application object, English as the starting language.
#include "language.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// A fixture shared by the GUI tests that need the full main window on a fresh database:
// clean settings, English, the window shown and active.
#include "core/language.h"
#include "core/studydatabase.h"
#include "ui/mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

class LibraryWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        installLanguage(Language::English);
        ASSERT_EQ(m_database.open(m_dir.filePath(QStringLiteral("library.sqlite"))), std::nullopt);
        m_window = std::make_unique<MainWindow>(&m_database);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
        installLanguage(Language::English);
        QSettings().clear();
    }

    QTemporaryDir m_dir;
    StudyDatabase m_database;
    std::unique_ptr<MainWindow> m_window;
};

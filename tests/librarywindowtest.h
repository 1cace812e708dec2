// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// A fixture shared by the GUI tests that need the full main window on a fresh database:
// clean settings, English, the window shown and active, and every item model of the window
// (library list and its filter, the editor's shares and segments) under
// QAbstractItemModelTester for the whole test.
#include "core/language.h"
#include "core/storage/sqlitestudyrepository.h"
#include "modeltesters.h"
#include "storagetesting.h"
#include "ui/data/sharetablemodel.h"
#include "ui/data/studyeditor.h"
#include "ui/library/librarypane.h"
#include "ui/mainwindow.h"

#include <QAbstractProxyModel>
#include <QTableView>

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
        ASSERT_TRUE(succeeded(m_database.open(m_dir.filePath(QStringLiteral("library.sqlite")))));
        m_window = std::make_unique<MainWindow>(&m_database);
        m_window->resize(1400, 900);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_models = std::make_unique<ModelTesters>();
        auto *filter = qobject_cast<QAbstractProxyModel *>(m_window->libraryPane()->view()->model());
        ASSERT_NE(filter, nullptr);
        m_models->add(filter);
        m_models->add(filter->sourceModel());
        m_models->add(m_window->studyEditor()->shareModel());
        m_models->add(m_window->studyEditor()->segmentModel());
    }
    void TearDown() override
    {
        m_models.reset();
        m_window.reset();
        installLanguage(Language::English);
        QSettings().clear();
    }

    QTemporaryDir m_dir;
    SqliteStudyRepository m_database;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ModelTesters> m_models;
};

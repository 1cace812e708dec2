// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// QAbstractItemModelTester on item models for as long as a test runs: every change the
// test makes to a model is checked against the rules of QAbstractItemModel (signals,
// rows, parents, data), and each broken rule is a failure of the running test (not an
// abort of the whole test binary, as the tester's Fatal mode would be).

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

class ModelTesters final
{
public:
    ModelTesters()
        : m_previous(qInstallMessageHandler(&ModelTesters::handle))
    {
        previous() = m_previous;
    }
    ~ModelTesters()
    {
        m_testers.clear();
        qInstallMessageHandler(m_previous);
        previous() = nullptr;
    }
    ModelTesters(const ModelTesters &) = delete;
    ModelTesters &operator=(const ModelTesters &) = delete;

    /// Checks model now and after every change until this object ends (or the model does).
    void add(QAbstractItemModel *model)
    {
        ASSERT_NE(model, nullptr);
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning));
    }

private:
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && context.category && qstrcmp(context.category, "qt.modeltest") == 0)
            ADD_FAILURE() << "QAbstractItemModelTester: " << qPrintable(message);
        else if (previous())
            previous()(type, context, message);
    }

    QtMessageHandler m_previous;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

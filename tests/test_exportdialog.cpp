// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The Export dialog's File field: the user types or pastes any path; the suffix follows the
// format once they are done with the field (or change the format), never under their fingers.
#include "ui/export/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class ExportDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_dialog = std::make_unique<ExportDialog>(ChartKind::Bar);
        m_dialog->show();
        m_dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_dialog.get()));
        m_field = m_dialog->findChild<QLineEdit *>(QStringLiteral("exportFile"));
        ASSERT_NE(m_field, nullptr);
        m_format = m_dialog->findChild<QComboBox *>(QStringLiteral("exportFormat"));
        ASSERT_NE(m_format, nullptr);
    }
    void TearDown() override { QSettings().clear(); }

    // Select all and type, key by key, as a user does.
    void typeIntoField(const QString &text)
    {
        m_field->setFocus();
        ASSERT_TRUE(QTest::qWaitFor([this] {
            return m_field->hasFocus();
        }));
        QTest::keyClick(m_field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(m_field, text);
    }

    std::unique_ptr<ExportDialog> m_dialog;
    QLineEdit *m_field = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace

TEST_F(ExportDialogTest, TypingAPathLeavesItAsTyped)
{
    typeIntoField(QStringLiteral("/tmp/week-05/chart"));
    EXPECT_EQ(m_field->text(), QStringLiteral("/tmp/week-05/chart")) << "nothing is added while typing";
    m_field->clear();
    QTest::keyClicks(m_field, QStringLiteral("/tm"));
    EXPECT_EQ(m_field->text(), QStringLiteral("/tm"));
}

TEST_F(ExportDialogTest, TheSuffixIsFixedWhenTheUserIsDone)
{
    typeIntoField(QStringLiteral("/tmp/chart"));
    QTest::keyClick(m_field, Qt::Key_Tab); // leaves the field: editingFinished
    EXPECT_EQ(m_field->text(), QStringLiteral("/tmp/chart.png"));

    typeIntoField(QStringLiteral("/tmp/report.jpeg"));
    QTest::keyClick(m_field, Qt::Key_Tab);
    EXPECT_EQ(m_field->text(), QStringLiteral("/tmp/report.png")) << "a wrong suffix is replaced, not doubled";

    typeIntoField(QStringLiteral("/tmp/end-with-dot."));
    QTest::keyClick(m_field, Qt::Key_Tab);
    EXPECT_EQ(m_field->text(), QStringLiteral("/tmp/end-with-dot.png"));
}

TEST_F(ExportDialogTest, AFormatChangeRenamesTheFile)
{
    typeIntoField(QStringLiteral("/tmp/chart.png"));
    m_format->setCurrentIndex(m_format->findData(int(ExportFormat::Svg)));
    EXPECT_EQ(m_field->text(), QStringLiteral("/tmp/chart.svg"));
    EXPECT_EQ(m_dialog->filePath(), QStringLiteral("/tmp/chart.svg"));
}

TEST_F(ExportDialogTest, EnterSavesUnderTheFixedName)
{
    typeIntoField(QStringLiteral("/tmp/by-enter"));
    QTest::keyClick(m_field, Qt::Key_Return);
    EXPECT_EQ(m_dialog->result(), QDialog::Accepted);
    EXPECT_EQ(m_dialog->filePath(), QStringLiteral("/tmp/by-enter.png"));
}

TEST_F(ExportDialogTest, PastingAPathKeepsIt)
{
    m_field->setFocus();
    m_field->selectAll();
    m_field->insert(QStringLiteral("/home/user/Bilder/Woche 5"));
    EXPECT_EQ(m_field->text(), QStringLiteral("/home/user/Bilder/Woche 5"));
}

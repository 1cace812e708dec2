// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The Export dialog's File field: the user types or pastes any path; the suffix follows the
// format once they are done with the field (or change the format), never under their fingers.
#include "ui/export/exportdialog.h"

#include "core/seedstudy.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
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

TEST_F(ExportDialogTest, PowerPointSlideNeedsNoSize)
{
    m_format->setCurrentIndex(m_format->findData(int(ExportFormat::Pptx)));
    EXPECT_EQ(m_format->currentText(), QStringLiteral("PowerPoint slide (editable chart)"));
    EXPECT_TRUE(m_field->text().endsWith(QStringLiteral(".pptx"))) << qPrintable(m_field->text());
    EXPECT_FALSE(m_dialog->findChild<QComboBox *>(QStringLiteral("sizePreset"))->isEnabled());
    EXPECT_EQ(m_dialog->options().format, ExportFormat::Pptx);
}

TEST_F(ExportDialogTest, WebPageOffersEmbedCodeOnTheClipboard)
{
    m_dialog->setChartSource([](ChartKind kind) {
        return ChartSpec(smbGroupSocialBusinessStudy2012(), kind, 2012, Language::German);
    });
    auto *copyIframe = m_dialog->findChild<QPushButton *>(QStringLiteral("copyIframeCode"));
    auto *copyFigure = m_dialog->findChild<QPushButton *>(QStringLiteral("copyFigureCode"));
    ASSERT_NE(copyIframe, nullptr);
    ASSERT_NE(copyFigure, nullptr);
    EXPECT_FALSE(copyIframe->isVisible()) << "only the web page has embed code";
    m_format->setCurrentIndex(m_format->findData(int(ExportFormat::Html)));
    EXPECT_TRUE(m_field->text().endsWith(QStringLiteral(".html")));
    ASSERT_TRUE(copyIframe->isVisible());
    EXPECT_FALSE(m_dialog->findChild<QComboBox *>(QStringLiteral("sizePreset"))->isEnabled());
    typeIntoField(QStringLiteral("/tmp/woche-05.html"));
    QTest::mouseClick(copyIframe, Qt::LeftButton);
    const QString iframe = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(iframe.startsWith(QStringLiteral("<iframe src=\"woche-05.html\""))) << iframe.toStdString();
    EXPECT_TRUE(iframe.contains(QStringLiteral("lang=\"de\"")));
    QTest::mouseClick(copyFigure, Qt::LeftButton);
    const QString figure = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(figure.startsWith(QStringLiteral("<style>")));
    EXPECT_TRUE(figure.contains(QStringLiteral("<figure class=\"cotw\"")));
    EXPECT_TRUE(figure.contains(QStringLiteral("<td>24\u00a0%</td>")));
    EXPECT_FALSE(m_dialog->findChild<QLabel *>(QStringLiteral("embedStatus"))->text().isEmpty());
}

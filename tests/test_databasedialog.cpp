// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The dialog that replaces "cannot open the database, quit": its choices, and the loop
// that opens another file or creates a new one and remembers the choice.

#include "storagetesting.h"
#include "ui/appsettings.h"
#include "ui/database/databasedialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

using Choice = DatabaseProblemDialog::Choice;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class DatabaseDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("database/path"));
        m_broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(m_broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a database\n");
    }
    void TearDown() override { QSettings().remove(QStringLiteral("database/path")); }

    // Answers in order; records the messages it was shown.
    DatabaseChooser scripted(QList<Choice> choices, QStringList files)
    {
        DatabaseChooser chooser;
        chooser.askWhatToDo = [this, choices](const DatabaseError &error) mutable {
            m_messages.append(error.message);
            return choices.isEmpty() ? Choice::Quit : choices.takeFirst();
        };
        const auto next = [files](const QString &) mutable {
            return files.isEmpty() ? QString() : files.takeFirst();
        };
        chooser.chooseExistingFile = next;
        chooser.chooseNewFile = next;
        return chooser;
    }

    QTemporaryDir m_dir;
    QString m_broken;
    QStringList m_messages;
};

struct ButtonCase
{
    Choice choice;
    bool accepted;
};

class DatabaseDialogButtons : public testing::TestWithParam<ButtonCase>
{
};

} // namespace

TEST_P(DatabaseDialogButtons, ClickingAButtonIsTheChoice)
{
    const DatabaseError error{DatabaseError::Kind::NotADatabase,
                              QStringLiteral("/tmp/<b>x</b>.sqlite is not a Chart of the Week database"),
                              {}};
    DatabaseProblemDialog dialog(error);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.messageLabel()->text(), error.message);
    EXPECT_EQ(dialog.messageLabel()->textFormat(), Qt::PlainText);
    QPushButton *button = dialog.button(GetParam().choice);
    ASSERT_TRUE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(dialog.choice(), GetParam().choice);
    EXPECT_EQ(dialog.result(), GetParam().accepted ? QDialog::Accepted : QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

INSTANTIATE_TEST_SUITE_P(Choices, DatabaseDialogButtons,
                         testing::Values(ButtonCase{Choice::OpenOther, true}, ButtonCase{Choice::CreateNew, true},
                                         ButtonCase{Choice::Quit, false}));

TEST(DatabaseDialog, EscapeQuits)
{
    DatabaseProblemDialog dialog(DatabaseError{DatabaseError::Kind::Busy, QStringLiteral("busy"), {}});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.choice(), Choice::Quit);
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(DatabaseDialogTest, OpensAnotherFileAndRemembersIt)
{
    const QString good = m_dir.filePath(QStringLiteral("good.sqlite"));
    {
        SqliteStudyRepository db;
        ASSERT_TRUE(succeeded(db.open(good)));
    }
    const QByteArray before = readAll(m_broken);
    SqliteStudyRepository database;
    ASSERT_TRUE(openDatabaseInteractively(&database, m_broken, scripted({Choice::OpenOther}, {good})));
    EXPECT_TRUE(database.isOpen());
    EXPECT_EQ(database.path(), good);
    ASSERT_EQ(m_messages.size(), 1);
    EXPECT_TRUE(m_messages.first().contains(QStringLiteral("broken.sqlite")));
    EXPECT_EQ(AppSettings().databasePath(), good);
    EXPECT_EQ(readAll(m_broken), before) << "the file that failed is left as it was";
}

TEST_F(DatabaseDialogTest, CreatesANewDatabase)
{
    const QString fresh = m_dir.filePath(QStringLiteral("new/fresh.sqlite"));
    SqliteStudyRepository database;
    ASSERT_TRUE(openDatabaseInteractively(&database, m_broken, scripted({Choice::CreateNew}, {fresh})));
    EXPECT_EQ(database.path(), fresh);
    const auto studies = database.listStudies();
    ASSERT_TRUE(succeeded(studies));
    EXPECT_EQ(studies->size(), 1) << "seeded with the SMB Group study";
    EXPECT_EQ(AppSettings().databasePath(), fresh);
}

TEST_F(DatabaseDialogTest, NewDatabaseNeverOverwritesAFile)
{
    const QString other = m_dir.filePath(QStringLiteral("other.txt"));
    {
        QFile file(other);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    SqliteStudyRepository database;
    EXPECT_FALSE(openDatabaseInteractively(&database, m_broken, scripted({Choice::CreateNew, Choice::Quit}, {other})));
    ASSERT_EQ(m_messages.size(), 2);
    EXPECT_TRUE(m_messages.at(1).contains(QStringLiteral("already exists"))) << qPrintable(m_messages.at(1));
    EXPECT_EQ(readAll(other), QByteArray("keep me"));
    EXPECT_FALSE(database.isOpen());
}

TEST_F(DatabaseDialogTest, CancelledFileDialogAsksAgainAndQuitRemembersNothing)
{
    SqliteStudyRepository database;
    EXPECT_FALSE(openDatabaseInteractively(&database, m_broken, scripted({Choice::OpenOther, Choice::Quit}, {})));
    EXPECT_EQ(m_messages.size(), 2);
    EXPECT_FALSE(database.isOpen());
    EXPECT_EQ(AppSettings().databasePath(), SqliteStudyRepository::defaultPath());
}

TEST_F(DatabaseDialogTest, AnotherBrokenFileIsReportedInTurn)
{
    const QString alsoBroken = m_dir.filePath(QStringLiteral("zeros.sqlite"));
    {
        QFile file(alsoBroken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\0'));
    }
    SqliteStudyRepository database;
    EXPECT_FALSE(
        openDatabaseInteractively(&database, m_broken, scripted({Choice::OpenOther, Choice::Quit}, {alsoBroken})));
    ASSERT_EQ(m_messages.size(), 2);
    EXPECT_TRUE(m_messages.at(1).contains(QStringLiteral("zeros.sqlite")));
    EXPECT_TRUE(m_messages.at(1).contains(QStringLiteral("overwritten with zeros"))) << qPrintable(m_messages.at(1));
}

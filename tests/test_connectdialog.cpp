// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// File → Connect to Team Library…: the dialog, a refused connection, and a window on the
// team library (a throwaway PostgreSQL cluster, see PostgresCluster) in place of the file's.

#include "core/storage/postgresstudyrepository.h"
#include "core/storage/sqlitestudyrepository.h"
#include "postgrescluster.h"
#include "ui/appsettings.h"
#include "ui/database/connectdialog.h"
#include "ui/library/studylibrary.h"
#include "ui/mainwindow.h"
#include "whenmodal.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// Types location into the dialog's fields as a user would.
void typeLocation(ConnectTeamLibraryDialog *dialog, const PostgresLocation &location)
{
    for (const auto &[name, text] :
         {std::pair{"serverField", location.host}, std::pair{"databaseField", location.database},
          std::pair{"userField", location.user}}) {
        auto *field = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        ASSERT_NE(field, nullptr) << name;
        field->selectAll();
        QTest::keyClicks(field, text);
    }
    auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("portField"));
    ASSERT_NE(port, nullptr);
    port->setValue(location.port);
}

class ConnectTeamLibrary : public testing::Test
{
protected:
    void SetUp() override
    {
        QString problem;
        cluster = PostgresCluster::instance(&problem);
        ASSERT_NE(cluster, nullptr) << qPrintable(problem);
        AppSettings settings;
        settings.setTeamLibrary(QString());
        settings.setDatabasePath(QString());
        settings.setLibraryFile(QString());
    }

    PostgresCluster *cluster = nullptr;
};

TEST_F(ConnectTeamLibrary, TheDialogShowsTheAddressNeedsADatabaseAndNeverAsksForAPassword)
{
    ConnectTeamLibraryDialog dialog;
    dialog.show();
    EXPECT_FALSE(dialog.connectButton()->isEnabled()) << "a team library has a name of its own";

    PostgresLocation location;
    location.host = QStringLiteral("db.example.com");
    location.port = 5433;
    location.database = QStringLiteral("marketing");
    location.user = QStringLiteral("anna");
    typeLocation(&dialog, location);
    EXPECT_TRUE(dialog.connectButton()->isEnabled());
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("addressPreview"))->text(),
              QStringLiteral("postgresql://anna@db.example.com:5433/marketing"));
    for (const QLineEdit *field : dialog.findChildren<QLineEdit *>())
        EXPECT_NE(field->echoMode(), QLineEdit::Password) << "no password field";
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("passwordNote"))->text().contains(u"~/.pgpass"));
}

TEST_F(ConnectTeamLibrary, AConnectionTheServerRefusesKeepsTheDialogOpenAndSaysWhy)
{
    ConnectTeamLibraryDialog dialog;
    dialog.show();
    PostgresLocation location = cluster->location(QStringLiteral("no_such_library"));
    typeLocation(&dialog, location);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(dialog.takeRepository(), nullptr);
    const QString problem = dialog.problemText();
    EXPECT_TRUE(problem.contains(u"no_such_library")) << qPrintable(problem);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("connectProblem"))->isVisible());
    EXPECT_TRUE(AppSettings().teamLibrary().isEmpty()) << "only a library that opened is remembered";

    // Changing a field takes the old reason away.
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("databaseField")), QStringLiteral("x"));
    EXPECT_TRUE(dialog.problemText().isEmpty());
}

TEST_F(ConnectTeamLibrary, ConnectingOpensTheTeamLibraryInPlaceOfTheFileAndRemembersIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("studies.sqlite"));
    SqliteStudyRepository database;
    ASSERT_TRUE(database.open(file));
    MainWindow window(&database);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.findChild<QLabel *>(QStringLiteral("libraryStatus")), nullptr) << "a file has no team name";

    const PostgresLocation location = cluster->createDatabase();
    whenModal([&location](QWidget *modal) {
        auto *dialog = qobject_cast<ConnectTeamLibraryDialog *>(modal);
        ASSERT_NE(dialog, nullptr) << modal->metaObject()->className();
        typeLocation(dialog, location);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("connectTeamLibraryAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();

    // The action made the window; find it among the top-level windows.
    QPointer<MainWindow> team;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *other = qobject_cast<MainWindow *>(widget); other && other != &window)
            team = other;
    }
    ASSERT_NE(team, nullptr) << "no window on the team library";
    EXPECT_TRUE(team->isVisible());
    EXPECT_FALSE(window.isVisible()) << "the team library takes the file's place";
    EXPECT_FALSE(team->library()->studies().isEmpty()) << "a new team library starts with the seed study";
    EXPECT_TRUE(team->windowTitle().contains(location.database)) << qPrintable(team->windowTitle());
    auto *label = team->findChild<QLabel *>(QStringLiteral("libraryStatus"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisibleTo(team));
    EXPECT_EQ(label->text(), QStringLiteral("Team library: ") + location.database);
    EXPECT_EQ(label->toolTip(), location.displayName());
    team->setLanguage(Language::German); // texts change once the language change event arrives
    const QString german = QStringLiteral("Teambibliothek: ") + location.database;
    EXPECT_TRUE(QTest::qWaitFor([&label, &german] {
        return label->text() == german;
    })) << qPrintable(label->text())
        << ": the status does not follow a language switch";
    EXPECT_TRUE(team->windowTitle().endsWith(QStringLiteral(" — Chart der Woche"))) << qPrintable(team->windowTitle());
    EXPECT_TRUE(team->windowTitle().contains(location.database));
    team->setLanguage(Language::English);

    // Remembered: the next start opens the team library, and falls back to the file.
    AppSettings settings;
    EXPECT_EQ(settings.databasePath(), location.displayName());
    EXPECT_EQ(settings.teamLibrary(), location.displayName());
    EXPECT_EQ(settings.libraryFile(), database.displayName());
    {
        ConnectTeamLibraryDialog again;
        EXPECT_EQ(again.location().database, location.database) << "the dialog starts with the last library";
        EXPECT_EQ(again.location().host, location.host);
    }

    // Closing the window closes the connection with it.
    team->close();
    EXPECT_TRUE(QTest::qWaitFor([&team] {
        return team.isNull();
    })) << "the window and its connection are deleted on close";
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// No save overwrites what a colleague stored: two clients of one library (two connections to
// one SQLite file here, the team library in teamlibrary_tests), the second saving on top of
// a version the first has replaced. The conflict resolver is asked with both versions, and
// what it chooses is what the library holds afterwards.

#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studydifferences.h"
#include "storagetesting.h"
#include "ui/library/conflictdialog.h"
#include "ui/library/studylibrary.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

using Choice = StudyLibrary::ConflictChoice;

} // namespace

void PrintTo(const StudyDifference &difference, std::ostream *os)
{
    *os << QString(difference.what + QStringLiteral(": ") + difference.before + QStringLiteral(" -> ") +
                   difference.after)
               .toStdString();
}

namespace {

class ConflictTest : public testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_dir.filePath(QStringLiteral("team.sqlite"));
        ASSERT_TRUE(succeeded(m_aliceDatabase.open(path)));
        ASSERT_TRUE(succeeded(m_bobDatabase.open(path)));
        m_alice = std::make_unique<StudyLibrary>(&m_aliceDatabase);
        m_bob = std::make_unique<StudyLibrary>(&m_bobDatabase);
        ASSERT_FALSE(m_alice->studies().isEmpty());
        m_id = m_alice->studies().constFirst().id;
        m_aliceShows = *m_alice->load(m_id);
        m_bobShows = *m_bob->load(m_id);
    }

    // Alice renames the study; Bob's window still shows the version before.
    void aliceRenames()
    {
        Study renamed = m_aliceShows;
        renamed.title = QStringLiteral("Renamed by Alice");
        ASSERT_TRUE(m_alice->replace(m_aliceShows, renamed, [] {
            return QStringLiteral("Rename");
        }));
        m_aliceShows = *m_alice->load(m_id);
    }

    Study bobsFigure() const
    {
        Study changed = m_bobShows;
        changed.waves[1].shares[0] = 30.0;
        return changed;
    }

    Study stored() const
    {
        SqliteStudyRepository reader;
        EXPECT_TRUE(succeeded(reader.open(m_dir.filePath(QStringLiteral("team.sqlite")))));
        return *reader.loadStudy(m_id);
    }

    QTemporaryDir m_dir;
    SqliteStudyRepository m_aliceDatabase;
    SqliteStudyRepository m_bobDatabase;
    std::unique_ptr<StudyLibrary> m_alice;
    std::unique_ptr<StudyLibrary> m_bob;
    qint64 m_id = 0;
    Study m_aliceShows;
    Study m_bobShows;
};

} // namespace

TEST_F(ConflictTest, TakingTheirsKeepsTheColleaguesVersionAndTellsTheWindow)
{
    aliceRenames();
    int asked = 0;
    m_bob->setConflictResolver([&](const Study &mine, const Study &theirs) {
        ++asked;
        EXPECT_EQ(mine.share(1, 0), std::optional<double>(30.0));
        EXPECT_EQ(mine.title, m_bobShows.title);
        EXPECT_EQ(theirs.title, QStringLiteral("Renamed by Alice"));
        return Choice::TakeTheirs;
    });
    QSignalSpy shown(m_bob.get(), &StudyLibrary::studyChanged);
    QSignalSpy errors(m_bob.get(), &StudyLibrary::errorOccurred);

    EXPECT_FALSE(m_bob->replace(m_bobShows, bobsFigure(), [] {
        return QStringLiteral("Edit share");
    }));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(stored(), m_aliceShows) << "Alice's version was overwritten";
    ASSERT_EQ(shown.count(), 1) << "Bob's window isn't told to show Alice's version";
    EXPECT_EQ(shown.constFirst().constFirst().toLongLong(), m_id);
    EXPECT_EQ(errors.count(), 0) << "taking theirs is a choice, not an error";
    EXPECT_EQ(m_bob->undoStack()->count(), 0);
    EXPECT_EQ(m_bob->studies().constFirst().title, QStringLiteral("Renamed by Alice"));
}

TEST_F(ConflictTest, KeepingMineStoresMineAndCanBeUndoneBackToTheirs)
{
    aliceRenames();
    m_bob->setConflictResolver([](const Study &, const Study &) {
        return Choice::KeepMine;
    });
    const Study mine = bobsFigure();
    ASSERT_TRUE(m_bob->replace(m_bobShows, mine, [] {
        return QStringLiteral("Edit share");
    }));
    EXPECT_EQ(stored(), mine);
    EXPECT_EQ(m_bob->undoStack()->count(), 1);

    // Undo brings back what Bob's save replaced: Alice's version, not the one Bob saw.
    m_bob->undoStack()->undo();
    EXPECT_EQ(stored(), m_aliceShows);
    m_bob->undoStack()->redo();
    EXPECT_EQ(stored(), mine);
}

TEST_F(ConflictTest, AnUndoOverAColleaguesSaveAsksFirst)
{
    // Bob changes a figure, Alice (who sees it) renames the study, then Bob undoes his change:
    // writing his old version back would take Alice's rename away without anyone saying so.
    ASSERT_TRUE(m_bob->replace(m_bobShows, bobsFigure(), [] {
        return QStringLiteral("Edit share");
    }));
    m_aliceShows = *m_alice->load(m_id);
    aliceRenames();
    int asked = 0;
    m_bob->setConflictResolver([&](const Study &mine, const Study &theirs) {
        ++asked;
        EXPECT_EQ(mine.share(1, 0), m_bobShows.share(1, 0));
        EXPECT_EQ(theirs.title, QStringLiteral("Renamed by Alice"));
        return Choice::TakeTheirs;
    });
    m_bob->undoStack()->undo();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(stored(), m_aliceShows);
    EXPECT_EQ(m_bob->undoStack()->index(), 1) << "the undo didn't happen, the stack says it did";

    // Asked again, Bob keeps his: the undo goes through.
    m_bob->setConflictResolver([](const Study &, const Study &) {
        return Choice::KeepMine;
    });
    m_bob->undoStack()->undo();
    EXPECT_EQ(stored(), m_bobShows);
    EXPECT_EQ(m_bob->undoStack()->index(), 0);
}

TEST_F(ConflictTest, WithoutAResolverTheConflictIsReportedAndNothingIsOverwritten)
{
    aliceRenames();
    QSignalSpy errors(m_bob.get(), &StudyLibrary::errorOccurred);
    EXPECT_FALSE(m_bob->replace(m_bobShows, bobsFigure(), [] {
        return QStringLiteral("Edit share");
    }));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.constFirst().constFirst().toString().contains(QStringLiteral("saved by someone else")))
        << qPrintable(errors.constFirst().constFirst().toString());
    EXPECT_EQ(stored(), m_aliceShows);
}

TEST_F(ConflictTest, ASaveOnTheVersionShownAfterTheColleaguesIsNoConflict)
{
    aliceRenames();
    m_bobShows = *m_bob->load(m_id); // what a live refresh does
    int asked = 0;
    m_bob->setConflictResolver([&](const Study &, const Study &) {
        ++asked;
        return Choice::TakeTheirs;
    });
    const Study mine = bobsFigure();
    ASSERT_TRUE(m_bob->replace(m_bobShows, mine, [] {
        return QStringLiteral("Edit share");
    }));
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(stored().title, QStringLiteral("Renamed by Alice"));
    EXPECT_EQ(stored().share(1, 0), std::optional<double>(30.0));
}

TEST(StudyDifferences, NameEachChangeAsAReaderWouldInTheirLanguage)
{
    const Study before = smbGroupSocialBusinessStudy2012();
    Study after = before;
    after.title = QStringLiteral("Renamed");
    after.waves[1].shares[1] = 31.0;
    after.segments[0].name.setValue(Language::German, QStringLiteral("Mit Plan und Ziel"));
    after.topic.setValue(Language::English, QString());
    after.setAnnotation(after.segments[2].key, 2012, Language::English, QStringLiteral("Down 9 points"));

    const QList<StudyDifference> english = studyDifferences(before, after, Language::English);
    const QString adHoc = before.segments[1].name.text(Language::English);
    QStringList listed;
    for (const StudyDifference &difference : english)
        listed.append(difference.what + QStringLiteral(": ") + difference.before + QStringLiteral(" -> ") +
                      difference.after);
    ASSERT_EQ(english.size(), 5) << qPrintable(listed.join(u'\n'));
    EXPECT_EQ(english[0], (StudyDifference{QStringLiteral("Title"), before.title, QStringLiteral("Renamed")}));
    EXPECT_EQ(english[1].what, QStringLiteral("Topic (English)"));
    EXPECT_EQ(english[1].after, QString());
    EXPECT_EQ(english[2].what,
              QStringLiteral("Name of \u201c%1\u201d (German)").arg(before.segments[0].name.text(Language::English)));
    EXPECT_EQ(english[3], (StudyDifference{QStringLiteral("Share of \u201c%1\u201d in 2012").arg(adHoc),
                                           QStringLiteral("29%"), QStringLiteral("31%")}));
    EXPECT_EQ(english[4].what, QStringLiteral("Annotation on \u201c%1\u201d in 2012 (English)")
                                   .arg(before.segments[2].name.text(Language::English)));

    const QList<StudyDifference> german = studyDifferences(before, after, Language::German);
    ASSERT_EQ(german.size(), 5);
    EXPECT_EQ(german[0].what, QStringLiteral("Titel"));
    EXPECT_EQ(
        german[3],
        (StudyDifference{
            QStringLiteral("Anteil \u201e%1\u201c im Jahr 2012").arg(before.segments[1].name.text(Language::German)),
            QStringLiteral("29\u00a0%"), QStringLiteral("31\u00a0%")}));
    EXPECT_TRUE(studyDifferences(before, before, Language::German).isEmpty());
}

TEST(ConflictDialog, ShowsBothVersionsSideBySideAndEscapeTakesTheirs)
{
    const Study theirs = smbGroupSocialBusinessStudy2012();
    Study mine = theirs;
    mine.waves[1].shares[1] = 31.0;
    ConflictDialog dialog(mine, theirs, Language::English);
    QTableWidget *table = dialog.differencesTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->horizontalHeaderItem(1)->text(), QStringLiteral("Your version"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("31%"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("29%"));

    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.choice(), Choice::TakeTheirs);

    ConflictDialog keep(mine, theirs, Language::English);
    keep.show();
    QTest::mouseClick(keep.keepMineButton(), Qt::LeftButton);
    EXPECT_EQ(keep.result(), QDialog::Accepted);
    EXPECT_EQ(keep.choice(), Choice::KeepMine);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The undo stack never drifts from the database: a database made read-only in mid-session
// makes undo and redo fail, the failure is reported, and the stack stays where the database
// is; once it can be written again, undo and redo work from there.

#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "storagetesting.h"
#include "ui/library/studylibrary.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

namespace {

// What the library holds, to compare before and after a step.
struct LibraryState
{
    QStringList titles;
    BrandTheme brand;
    bool operator==(const LibraryState &) const = default;
};

void PrintTo(const LibraryState &state, std::ostream *os)
{
    *os << state.titles.join(QStringLiteral(", ")).toStdString() << " / brand "
        << state.brand.primaryColor.toStdString();
}

class UndoWritesTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(succeeded(m_database.open(m_dir.filePath(QStringLiteral("undo.sqlite")))));
        m_library = std::make_unique<StudyLibrary>(&m_database);
    }

    // PRAGMA query_only on the library's own connection: every write fails with
    // SQLITE_READONLY from here on, as with a file system that turned read-only.
    void setReadOnly(bool readOnly)
    {
        const QStringList names = QSqlDatabase::connectionNames().filter(QStringLiteral("chartweek-db-"));
        ASSERT_EQ(names.size(), 1);
        QSqlQuery query(QSqlDatabase::database(names.first(), false));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA query_only = %1").arg(readOnly ? 1 : 0)));
    }

    LibraryState stored() const
    {
        LibraryState state;
        const auto studies = m_database.listStudies();
        EXPECT_TRUE(succeeded(studies));
        for (const StudySummary &summary : studies.valueOr({}))
            state.titles.append(summary.title);
        state.titles.sort();
        state.brand = m_database.loadBrandTheme().valueOr(BrandTheme());
        return state;
    }

    Study study(const QString &slug) const { return m_database.loadStudyBySlug(slug).valueOr(Study()); }

    void retitle(const QString &title)
    {
        const Study before = study(smbGroupSocialBusinessStudy2012().slug);
        Study after = before;
        after.title = title;
        ASSERT_TRUE(m_library->replace(before, after, [title] {
            return title;
        }));
    }

    QTemporaryDir m_dir;
    SqliteStudyRepository m_database;
    std::unique_ptr<StudyLibrary> m_library;
};

} // namespace

TEST_F(UndoWritesTest, FailedUndoIsReportedAndKeepsTheStackAtTheDatabase)
{
    retitle(QStringLiteral("Edited"));
    QUndoStack *stack = m_library->undoStack();
    ASSERT_EQ(stack->index(), 1);
    QSignalSpy errors(m_library.get(), &StudyLibrary::errorOccurred);

    setReadOnly(true);
    stack->undo();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("read-only")))
        << qPrintable(errors.first().first().toString());
    EXPECT_EQ(stack->index(), 1) << "the edit is still done";
    EXPECT_TRUE(stack->canUndo());
    EXPECT_FALSE(stack->canRedo());
    EXPECT_EQ(study(smbGroupSocialBusinessStudy2012().slug).title, QStringLiteral("Edited"));

    setReadOnly(false);
    stack->undo();
    EXPECT_EQ(stack->index(), 0);
    EXPECT_EQ(study(smbGroupSocialBusinessStudy2012().slug).title, smbGroupSocialBusinessStudy2012().title);
}

TEST_F(UndoWritesTest, FailedRedoIsReportedAndKeepsTheStackAtTheDatabase)
{
    retitle(QStringLiteral("Edited"));
    QUndoStack *stack = m_library->undoStack();
    stack->undo();
    ASSERT_EQ(stack->index(), 0);
    QSignalSpy errors(m_library.get(), &StudyLibrary::errorOccurred);

    setReadOnly(true);
    stack->redo();
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(stack->index(), 0) << "the edit is still undone";
    EXPECT_TRUE(stack->canRedo());
    EXPECT_EQ(study(smbGroupSocialBusinessStudy2012().slug).title, smbGroupSocialBusinessStudy2012().title);

    setReadOnly(false);
    stack->redo();
    EXPECT_EQ(stack->index(), 1);
    EXPECT_EQ(study(smbGroupSocialBusinessStudy2012().slug).title, QStringLiteral("Edited"));
}

TEST_F(UndoWritesTest, JumpingBackSeveralStepsStopsAtTheFirstThatFails)
{
    for (const char *title : {"A", "B", "C"})
        retitle(QString::fromLatin1(title));
    QUndoStack *stack = m_library->undoStack();
    ASSERT_EQ(stack->index(), 3);

    setReadOnly(true);
    stack->setIndex(0); // as a click in an undo view
    EXPECT_EQ(stack->index(), 3);
    EXPECT_EQ(study(smbGroupSocialBusinessStudy2012().slug).title, QStringLiteral("C"));

    setReadOnly(false);
    stack->setIndex(1);
    EXPECT_EQ(stack->index(), 1);
    EXPECT_EQ(study(smbGroupSocialBusinessStudy2012().slug).title, QStringLiteral("A"));
}

namespace {

struct StepCase
{
    const char *name;
    std::function<bool(StudyLibrary &library)> step;
};

void PrintTo(const StepCase &c, std::ostream *os)
{
    *os << c.name;
}

class UndoWritesStep : public UndoWritesTest, public testing::WithParamInterface<StepCase>
{
};

} // namespace

// Every kind of undoable change: undone on a read-only database, it stays done; undone
// once the database can be written again, the library is as before the change.
TEST_P(UndoWritesStep, UndoThatCantBeWrittenLeavesTheChangeDone)
{
    const LibraryState before = stored();
    ASSERT_TRUE(GetParam().step(*m_library));
    const LibraryState done = stored();
    ASSERT_NE(done, before);
    QUndoStack *stack = m_library->undoStack();
    const int index = stack->index();

    setReadOnly(true);
    stack->undo();
    EXPECT_EQ(stack->index(), index);
    EXPECT_EQ(stored(), done);

    setReadOnly(false);
    stack->undo();
    EXPECT_EQ(stack->index(), index - 1);
    EXPECT_EQ(stored(), before);

    setReadOnly(true);
    stack->redo();
    EXPECT_EQ(stack->index(), index - 1);
    EXPECT_EQ(stored(), before);
    setReadOnly(false);
    stack->redo();
    EXPECT_EQ(stored(), done);
}

INSTANTIATE_TEST_SUITE_P(
    Library, UndoWritesStep,
    testing::Values(StepCase{"Create",
                             [](StudyLibrary &library) {
                                 return library.create() != 0;
                             }},
                    StepCase{"Duplicate",
                             [](StudyLibrary &library) {
                                 return library.duplicate(library.studies().first().id) != 0;
                             }},
                    StepCase{"Remove",
                             [](StudyLibrary &library) {
                                 return library.remove(library.studies().first().id);
                             }},
                    StepCase{"Import",
                             [](StudyLibrary &library) {
                                 Study imported = smbGroupSocialBusinessStudy2012();
                                 imported.title = QStringLiteral("Imported");
                                 Study second = imported;
                                 second.title = QStringLiteral("Imported too");
                                 return library.importStudies({imported, second}, QStringLiteral("x.csv")).size() == 2;
                             }},
                    StepCase{"BrandTheme",
                             [](StudyLibrary &library) {
                                 BrandTheme brand;
                                 brand.primaryColor = QStringLiteral("#6a3d9a");
                                 return library.setBrandTheme(brand) &&
                                        library.brandTheme().primaryColor == QStringLiteral("#6a3d9a");
                             }}),
    [](const testing::TestParamInfo<StepCase> &info) {
        return std::string(info.param.name);
    });

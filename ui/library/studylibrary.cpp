// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/studylibrary.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace {

// Every command keeps whole studies as snapshots: studies are small, and a snapshot makes
// each kind of change (a share, a wave, a segment, the metadata) undoable the same way.

class ReplaceStudyCommand final : public QUndoCommand
{
public:
    ReplaceStudyCommand(StudyLibrary *library, Study before, Study after, const QString &text)
        : QUndoCommand(text)
        , m_library(library)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void undo() override { m_library->applyReplace(m_before); }
    void redo() override
    {
        if (m_done) // the first redo happened before the push
            m_library->applyReplace(m_after);
        m_done = true;
    }

private:
    StudyLibrary *m_library;
    Study m_before;
    Study m_after;
    bool m_done = false;
};

class InsertStudyCommand final : public QUndoCommand
{
public:
    InsertStudyCommand(StudyLibrary *library, Study study, const QString &text)
        : QUndoCommand(text)
        , m_library(library)
        , m_study(std::move(study))
    {}
    void undo() override { m_library->applyRemove(m_study.id); }
    void redo() override
    {
        if (m_done)
            m_library->applyInsert(&m_study);
        m_done = true;
    }

private:
    StudyLibrary *m_library;
    Study m_study;
    bool m_done = false;
};

class RemoveStudyCommand final : public QUndoCommand
{
public:
    RemoveStudyCommand(StudyLibrary *library, Study study, const QString &text)
        : QUndoCommand(text)
        , m_library(library)
        , m_study(std::move(study))
    {}
    void undo() override { m_library->applyInsert(&m_study); }
    void redo() override
    {
        if (m_done)
            m_library->applyRemove(m_study.id);
        m_done = true;
    }

private:
    StudyLibrary *m_library;
    Study m_study;
    bool m_done = false;
};

class ImportStudiesCommand final : public QUndoCommand
{
public:
    ImportStudiesCommand(StudyLibrary *library, QList<Study> studies, const QString &text)
        : QUndoCommand(text)
        , m_library(library)
        , m_studies(std::move(studies))
    {}
    void undo() override { m_library->applyRemoveAll(m_studies); }
    void redo() override
    {
        if (m_done)
            m_library->applyInsertAll(&m_studies);
        m_done = true;
    }

private:
    StudyLibrary *m_library;
    QList<Study> m_studies;
    bool m_done = false;
};

} // namespace

StudyLibrary::StudyLibrary(StudyDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
{
    refresh();
}

bool StudyLibrary::refresh()
{
    if (auto error = m_database->listStudies(&m_studies)) {
        Q_EMIT errorOccurred(error->message);
        return false;
    }
    Q_EMIT studiesChanged();
    return true;
}

std::optional<Study> StudyLibrary::load(qint64 id)
{
    Study study;
    if (auto error = m_database->loadStudy(id, &study)) {
        Q_EMIT errorOccurred(error->message);
        return std::nullopt;
    }
    return study;
}

bool StudyLibrary::applyReplace(const Study &study)
{
    if (auto error = m_database->updateStudy(study)) {
        Q_EMIT errorOccurred(error->message);
        return false;
    }
    refresh();
    Q_EMIT studyChanged(study.id);
    return true;
}

bool StudyLibrary::applyInsert(Study *study)
{
    if (auto error = m_database->insertStudy(study, StudyDatabase::IdPolicy::KeepId)) {
        Q_EMIT errorOccurred(error->message);
        return false;
    }
    refresh();
    Q_EMIT studyChanged(study->id);
    return true;
}

bool StudyLibrary::applyRemove(qint64 id)
{
    if (auto error = m_database->deleteStudy(id)) {
        Q_EMIT errorOccurred(error->message);
        return false;
    }
    refresh();
    Q_EMIT studyRemoved(id);
    return true;
}

bool StudyLibrary::replace(const Study &before, const Study &after, const QString &description)
{
    if (before == after)
        return true;
    // Copies first: the caller's study may be the one that applyReplace() makes it reload.
    Study oldState = before;
    Study newState = after;
    if (!applyReplace(newState))
        return false;
    m_undoStack->push(new ReplaceStudyCommand(this, std::move(oldState), std::move(newState), description));
    return true;
}

qint64 StudyLibrary::create()
{
    Study study;
    study.title = tr("New study");
    study.publisher = tr("Publisher");
    study.year = QDate::currentDate().year();
    study.sourceCitation = tr("Publisher, title of the study, year");
    study.topic = {QStringLiteral("New study"), QStringLiteral("Neue Studie")};
    study.adoptionLabel = {QStringLiteral("Any answer but the last"), QStringLiteral("Alle außer der letzten Antwort")};
    study.segments = {
        {QStringLiteral("segment-1"), {QStringLiteral("Answer 1"), QStringLiteral("Antwort 1")}, QString()},
        {QStringLiteral("segment-2"), {QStringLiteral("Answer 2"), QStringLiteral("Antwort 2")}, QString()},
    };
    study.waves = {{study.year, {std::nullopt, std::nullopt}}};
    // Next week's chart: the Monday after today.
    const QDate today = QDate::currentDate();
    study.chartWeek = today.addDays(8 - today.dayOfWeek());
    if (!applyInsert(&study))
        return 0;
    m_undoStack->push(new InsertStudyCommand(this, study, tr("New Study")));
    return study.id;
}

qint64 StudyLibrary::duplicate(qint64 id)
{
    const std::optional<Study> original = load(id);
    if (!original)
        return 0;
    Study copy = *original;
    copy.id = 0;
    copy.slug.clear();
    copy.title = tr("%1 (copy)").arg(original->title);
    if (!applyInsert(&copy))
        return 0;
    m_undoStack->push(new InsertStudyCommand(this, copy, tr("Duplicate \"%1\"").arg(original->title)));
    return copy.id;
}

bool StudyLibrary::remove(qint64 id)
{
    const std::optional<Study> study = load(id);
    if (!study || !applyRemove(id))
        return false;
    m_undoStack->push(new RemoveStudyCommand(this, *study, tr("Delete \"%1\"").arg(study->title)));
    return true;
}

bool StudyLibrary::applyInsertAll(QList<Study> *studies)
{
    // Redo of an import: the studies come back with their ids, in one transaction each
    // (KeepId inserts), stopping at the first failure.
    for (Study &study : *studies) {
        if (auto error = m_database->insertStudy(&study, StudyDatabase::IdPolicy::KeepId)) {
            Q_EMIT errorOccurred(error->message);
            refresh();
            return false;
        }
    }
    refresh();
    if (!studies->isEmpty())
        Q_EMIT studyChanged(studies->constFirst().id);
    return true;
}

bool StudyLibrary::applyRemoveAll(const QList<Study> &studies)
{
    bool ok = true;
    for (const Study &study : studies) {
        if (auto error = m_database->deleteStudy(study.id)) {
            Q_EMIT errorOccurred(error->message);
            ok = false;
        }
    }
    refresh();
    for (const Study &study : studies)
        Q_EMIT studyRemoved(study.id);
    return ok;
}

QList<qint64> StudyLibrary::importStudies(const QList<Study> &studies, const QString &fileName)
{
    QList<Study> stored = studies;
    if (auto error = m_database->insertStudies(&stored)) {
        Q_EMIT errorOccurred(error->message);
        return {};
    }
    refresh();
    QList<qint64> ids;
    for (const Study &study : stored)
        ids.append(study.id);
    m_undoStack->push(new ImportStudiesCommand(this, stored, tr("Import %1").arg(fileName)));
    return ids;
}

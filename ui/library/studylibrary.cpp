// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/studylibrary.h"

#include "core/phrasebook.h"
#include "core/storage/storagemessages.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <utility>

namespace {

// Every change is kept as snapshots (whole studies, the whole brand theme): studies are
// small, and a snapshot makes each kind of change undoable the same way. The change itself
// is written before the command is pushed, so the push's first redo writes nothing.
class LibraryCommand final : public TranslatedUndoCommand
{
public:
    LibraryCommand(StudyLibrary *library, UndoText text, std::function<bool()> undo, std::function<bool()> redo)
        : TranslatedUndoCommand(std::move(text))
        , m_library(library)
        , m_undo(std::move(undo))
        , m_redo(std::move(redo))
    {}
    void undo() override { m_library->runStep(this, m_undo); }
    void redo() override
    {
        if (m_done)
            m_library->runStep(this, m_redo);
        m_done = true;
    }

private:
    StudyLibrary *m_library;
    std::function<bool()> m_undo;
    std::function<bool()> m_redo;
    bool m_done = false;
};

} // namespace

StudyLibrary::StudyLibrary(StudyRepository *repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::indexChanged, this, &StudyLibrary::keepStackAtDatabase);
    connect(m_repository, &StudyRepository::changedElsewhere, this, &StudyLibrary::takeChangesFromElsewhere);
    connect(m_repository, &StudyRepository::commitOutcomeKnown, this, &StudyLibrary::settleUnansweredSave);
    connect(m_repository, &StudyRepository::reachabilityChanged, this, [this](bool reachable) {
        if (reachable) {
            const int kept = int(m_unsaved.size());
            if (kept == 0)
                Q_EMIT statusMessage(tr("Connected to the team library again."));
            else if (saveKeptEdits())
                Q_EMIT statusMessage(
                    tr("Connected to the team library again; %n edit(s) kept meanwhile saved.", nullptr, kept));
            // The library is read anew next (changedElsewhere() without ids): not a colleague's doing.
            m_rereadAfterReconnect = true;
        }
        Q_EMIT connectionStateChanged();
    });
    refresh();
    QString ignored; // the window asks again and shows the problem
    reloadBrandTheme(&ignored);
}

void StudyLibrary::takeChangesFromElsewhere(const QList<qint64> &studyIds)
{
    QList<qint64> before;
    for (const StudySummary &study : std::as_const(m_studies))
        before.append(study.id);
    if (!refresh())
        return;
    QList<qint64> after;
    for (const StudySummary &study : std::as_const(m_studies))
        after.append(study.id);
    if (studyIds.isEmpty())
        reloadBrandTheme(); // tells brandThemeChanged() when it differs
    // A study the colleague deleted goes; one they changed is read again where it is shown.
    // One they added only joins the list: it doesn't open in this window.
    for (const qint64 id : studyIds.isEmpty() ? before : studyIds) {
        if (!before.contains(id))
            continue;
        if (after.contains(id))
            Q_EMIT studyChanged(id);
        else
            Q_EMIT studyRemoved(id);
    }
    if (studyIds.isEmpty() && std::exchange(m_rereadAfterReconnect, false))
        return;
    Q_EMIT changedByColleague(studyIds);
}

bool StudyLibrary::report(const DatabaseError &error)
{
    if (m_keepingEdits && error.kind == DatabaseError::Kind::Disconnected) {
        m_lostConnection = error;
        return false;
    }
    Q_EMIT errorOccurred(error.message);
    return false;
}

void StudyLibrary::runStep(const QUndoCommand *command, const std::function<bool()> &apply)
{
    if (m_replaying || m_failedCommand)
        return; // putting the stack back, or an earlier step of this undo or redo failed
    if (!apply())
        m_failedCommand = command;
}

void StudyLibrary::keepStackAtDatabase(int index)
{
    if (m_replaying)
        return;
    if (m_failedCommand) {
        int failed = -1;
        for (int i = 0; i < m_undoStack->count() && failed < 0; ++i) {
            if (m_undoStack->command(i) == m_failedCommand)
                failed = i;
        }
        m_failedCommand = nullptr;
        // An undo that failed at command i leaves the database at index i + 1 (i is still
        // done); a redo that failed there leaves it at i (i is still undone).
        const int written = index < m_lastIndex ? failed + 1 : failed;
        if (failed >= 0 && written != index) {
            m_replaying = true;
            m_undoStack->setIndex(written);
            m_replaying = false;
        }
    }
    m_lastIndex = m_undoStack->index();
}

bool StudyLibrary::refresh()
{
    auto studies = m_repository->listStudies();
    if (!studies)
        return report(studies.error());
    m_studies = std::move(studies).value();
    Q_EMIT studiesChanged();
    return true;
}

std::optional<Study> StudyLibrary::load(qint64 id)
{
    if (const auto kept = m_unsaved.constFind(id); kept != m_unsaved.constEnd())
        return kept->study;
    auto study = m_repository->loadStudy(id);
    if (!study) {
        report(study.error());
        return std::nullopt;
    }
    return std::move(study).value();
}

bool StudyLibrary::applyReplace(Study *study, Study *basis)
{
    auto stored = m_repository->loadStudy(study->id);
    if (!stored)
        return report(stored.error());
    // Reading it also tells the repository which version this write is based on.
    if (*stored != *basis && *stored != *study) {
        if (!keepMine(*study, *stored,
                      StorageMessages::changedByColleague(m_repository->displayName(), study->id, stored->title)))
            return false;
        *basis = *stored; // what this write replaces, and what undoing it brings back
    }
    auto written = m_repository->updateStudy(*study);
    // A save that came between the read and the write: the row version says so.
    for (int attempt = 0; !written && written.error().kind == DatabaseError::Kind::Conflict && attempt < 3; ++attempt) {
        auto theirs = m_repository->loadStudy(study->id);
        if (!theirs)
            return report(theirs.error());
        if (!keepMine(*study, *theirs, written.error()))
            return false;
        *basis = *theirs;
        written = m_repository->updateStudy(*study);
    }
    if (!written)
        return report(written.error());
    // Held as the database gives it back, so the next step compares like with like.
    if (auto reread = m_repository->loadStudy(study->id))
        *study = std::move(reread).value();
    refresh();
    Q_EMIT studyChanged(study->id);
    return true;
}

bool StudyLibrary::keepMine(const Study &mine, const Study &theirs, const DatabaseError &conflict)
{
    const ConflictChoice choice = m_conflictResolver ? m_conflictResolver(mine, theirs) : ConflictChoice::TakeTheirs;
    if (!m_conflictResolver)
        report(conflict);
    if (choice == ConflictChoice::KeepMine)
        return true;
    refresh();
    Q_EMIT studyChanged(theirs.id);
    return false;
}

bool StudyLibrary::applyInsert(Study *study)
{
    auto stored = m_repository->insertStudy(*study, StudyRepository::IdPolicy::KeepId);
    if (!stored)
        return report(stored.error());
    *study = std::move(stored).value();
    refresh();
    Q_EMIT studyChanged(study->id);
    Q_EMIT studyInserted(study->id);
    return true;
}

bool StudyLibrary::applyRemove(qint64 id)
{
    if (auto removed = m_repository->deleteStudy(id); !removed)
        return report(removed.error());
    refresh();
    Q_EMIT studyRemoved(id);
    return true;
}

bool StudyLibrary::applyInsertAll(QList<Study> *studies)
{
    // Redo of an import: the studies come back with their ids, all in one transaction.
    auto stored = m_repository->insertStudies(*studies, StudyRepository::IdPolicy::KeepId);
    if (!stored)
        return report(stored.error());
    *studies = std::move(stored).value();
    refresh();
    if (!studies->isEmpty())
        Q_EMIT studyChanged(studies->constFirst().id);
    return true;
}

bool StudyLibrary::applyRemoveAll(const QList<Study> &studies)
{
    QList<qint64> ids;
    for (const Study &study : studies)
        ids.append(study.id);
    if (auto removed = m_repository->deleteStudies(ids); !removed)
        return report(removed.error());
    refresh();
    for (const qint64 id : std::as_const(ids))
        Q_EMIT studyRemoved(id);
    return true;
}

bool StudyLibrary::applyBrandTheme(const BrandTheme &brand)
{
    if (auto stored = m_repository->saveBrandTheme(brand); !stored)
        return report(stored.error());
    m_brand = normalizedBrandTheme(brand);
    Q_EMIT brandThemeChanged(m_brand);
    return true;
}

bool StudyLibrary::reloadBrandTheme(QString *problem)
{
    auto brand = m_repository->loadBrandTheme();
    if (!brand && problem) {
        *problem = brand.error().message;
        return false;
    }
    if (!brand)
        return report(brand.error());
    if (*brand != m_brand) {
        m_brand = std::move(brand).value();
        Q_EMIT brandThemeChanged(m_brand);
    }
    return true;
}

bool StudyLibrary::replace(const Study &before, const Study &after, const UndoText &description)
{
    if (before == after)
        return true;
    // A study with kept edits stays kept until they are saved together, in order.
    if (m_unsaved.contains(after.id) || !m_repository->isReachable()) {
        keepEdit(before, after, description, false);
        return true;
    }
    // Copies first: the caller's study may be the one that applyReplace() makes it reload.
    // Each step writes one state over the other and keeps it as stored.
    Study oldState = before;
    Study newState = after;
    m_keepingEdits = true;
    m_lostConnection.reset();
    const bool written = applyReplace(&newState, &oldState);
    m_keepingEdits = false;
    if (!written && m_lostConnection) {
        keepEdit(before, after, description, m_lostConnection->maybeWritten);
        m_lostConnection.reset();
        return true;
    }
    if (!written)
        return false;
    pushReplaceStep(oldState, newState, description);
    return true;
}

void StudyLibrary::pushReplaceStep(const Study &before, const Study &after, const UndoText &description)
{
    auto oldState = std::make_shared<Study>(before);
    auto newState = std::make_shared<Study>(after);
    m_undoStack->push(new LibraryCommand(
        this, description,
        [this, oldState, newState] {
            return applyReplace(oldState.get(), newState.get());
        },
        [this, oldState, newState] {
            return applyReplace(newState.get(), oldState.get());
        }));
}

void StudyLibrary::keepEdit(const Study &before, const Study &after, const UndoText &description, bool attempted)
{
    auto kept = m_unsaved.find(after.id);
    if (kept == m_unsaved.end())
        kept = m_unsaved.insert(after.id, KeptEdit{before, after, description, std::nullopt});
    kept->study = after;
    kept->description = description;
    if (attempted)
        kept->unanswered = after;
    // The library pane shows the kept title.
    for (StudySummary &summary : m_studies) {
        if (summary.id == after.id)
            summary.title = after.title;
    }
    Q_EMIT studiesChanged();
    Q_EMIT studyChanged(after.id);
    Q_EMIT connectionStateChanged();
}

void StudyLibrary::settleUnansweredSave(const QString &message, bool written, const QList<qint64> &studyIds)
{
    for (const qint64 id : studyIds) {
        const auto kept = m_unsaved.find(id);
        if (kept == m_unsaved.end() || !kept->unanswered)
            continue;
        const Study attempted = *std::exchange(kept->unanswered, std::nullopt);
        if (!written)
            continue; // saved with the other kept edits
        // Stored after all: one undoable step, as if it had been answered; what was edited
        // after it is kept on top of it.
        pushReplaceStep(kept->basis, attempted, kept->description);
        kept->basis = attempted;
        if (kept->study == attempted)
            m_unsaved.erase(kept);
    }
    Q_EMIT statusMessage(message);
    Q_EMIT connectionStateChanged();
}

bool StudyLibrary::saveKeptEdits()
{
    const QMap<qint64, KeptEdit> kept = std::exchange(m_unsaved, {});
    for (const KeptEdit &edit : kept) {
        // A colleague's save in between is a conflict, asked about as for any edit; taking
        // theirs drops the kept edit (the user chose).
        replace(edit.basis, edit.study, edit.description);
    }
    Q_EMIT connectionStateChanged();
    return m_unsaved.isEmpty();
}

namespace {

// Undo removes the inserted study, redo puts it back with its id.
std::pair<std::function<bool()>, std::function<bool()>> insertSteps(StudyLibrary *library, Study study)
{
    auto state = std::make_shared<Study>(std::move(study));
    return {[library, state] {
                return library->applyRemove(state->id);
            },
            [library, state] {
                return library->applyInsert(state.get());
            }};
}

} // namespace

qint64 StudyLibrary::create()
{
    Study study;
    study.title = tr("New study");
    study.publisher = tr("Publisher");
    study.year = QDate::currentDate().year();
    study.sourceCitation = tr("Publisher, title of the study, year");
    // The placeholder texts in every UI language, from the phrase tables.
    study.segments = {{QStringLiteral("segment-1"), {}, QString()}, {QStringLiteral("segment-2"), {}, QString()}};
    for (Language language : uiLanguages()) {
        const PhraseBook &phrases = PhraseBook::forLanguage(language);
        study.topic.setValue(language, phrases.phrase(QStringLiteral("editor.newStudyTopic")));
        study.adoptionLabel.setValue(language, phrases.phrase(QStringLiteral("editor.newStudyAdoptionLabel")));
        for (int i = 0; i < study.segments.size(); ++i)
            study.segments[i].name.setValue(language, phrases.phrase(QStringLiteral("editor.newSegment")).arg(i + 1));
    }
    study.waves = {{study.year, {std::nullopt, std::nullopt}}};
    // Next week's chart: the Monday after today.
    const QDate today = QDate::currentDate();
    study.chartWeek = today.addDays(8 - today.dayOfWeek());
    if (!applyInsert(&study))
        return 0;
    auto [undo, redo] = insertSteps(this, study);
    m_undoStack->push(new LibraryCommand(
        this,
        [] {
            return tr("New Study");
        },
        undo, redo));
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
    auto [undo, redo] = insertSteps(this, copy);
    m_undoStack->push(new LibraryCommand(
        this,
        [title = original->title] {
            return tr("Duplicate \"%1\"").arg(title);
        },
        undo, redo));
    return copy.id;
}

bool StudyLibrary::remove(qint64 id)
{
    const std::optional<Study> study = load(id);
    if (!study || !applyRemove(id))
        return false;
    auto [undo, redo] = insertSteps(this, *study);
    // The reverse of an insertion: undo puts the study back, redo removes it again.
    m_undoStack->push(new LibraryCommand(
        this,
        [title = study->title] {
            return tr("Delete \"%1\"").arg(title);
        },
        redo, undo));
    return true;
}

QList<qint64> StudyLibrary::importStudies(const QList<Study> &studies, const QString &fileName)
{
    auto stored = m_repository->insertStudies(studies);
    if (!stored) {
        report(stored.error());
        return {};
    }
    auto state = std::make_shared<QList<Study>>(std::move(stored).value());
    refresh();
    QList<qint64> ids;
    for (const Study &study : std::as_const(*state))
        ids.append(study.id);
    m_undoStack->push(new LibraryCommand(
        this,
        [fileName] {
            return tr("Import %1").arg(fileName);
        },
        [this, state] {
            return applyRemoveAll(*state);
        },
        [this, state] {
            return applyInsertAll(state.get());
        }));
    return ids;
}

bool StudyLibrary::setBrandTheme(const BrandTheme &brand)
{
    const BrandTheme before = m_brand;
    const BrandTheme after = normalizedBrandTheme(brand);
    if (after == before)
        return true;
    if (!applyBrandTheme(after))
        return false;
    m_undoStack->push(new LibraryCommand(
        this,
        [] {
            return tr("Change Brand Theme");
        },
        [this, before] {
            return applyBrandTheme(before);
        },
        [this, after] {
            return applyBrandTheme(after);
        }));
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/sqlstudyrepository.h"

#include "core/language.h"
#include "core/seedstudy.h"
#include "core/storage/sqldialect.h"
#include "core/storage/studyrowmapper.h"
#include "core/studyjson.h"
#include "core/validation.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>
#include <utility>

using Action = StorageMessages::Action;

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

// The id that an INSERT … RETURNING id gave back; 0 when it gave none.
qint64 returnedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? StudyRows::readId(RowReader(query)) : 0;
    query.finish();
    return id;
}

} // namespace

SqlStudyRepository::SqlStudyRepository(const SqlDialect &dialect, QObject *parent)
    : StudyRepository(parent)
    , m_dialect(dialect)
{}

SqlStudyRepository::~SqlStudyRepository()
{
    closeConnection();
}

QSqlDatabase SqlStudyRepository::database() const
{
    return m_connectionName.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connectionName, false);
}

bool SqlStudyRepository::isOpen() const
{
    return database().isOpen();
}

void SqlStudyRepository::setConnection(const QString &connectionName, const QString &location)
{
    m_connectionName = connectionName;
    m_location = location;
}

void SqlStudyRepository::closeConnection()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    } // the last handle goes here, before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString SqlStudyRepository::action(Action action, const QString &subject) const
{
    return StorageMessages::actionText(action, subject);
}

DatabaseError SqlStudyRepository::queryError(const QString &what, const QSqlError &error) const
{
    const DatabaseError::Kind kind = m_dialect.classify(error);
    // A lost connection shows as many codes, or none (libpq: "server closed the connection
    // unexpectedly"); whether it is lost is asked, not guessed from the text.
    if ((kind == DatabaseError::Kind::CannotOpen || kind == DatabaseError::Kind::QueryFailed) && connectionLost(error))
        return StorageMessages::lostConnection(m_location, what);
    return StorageMessages::fromDriver(kind, m_location, what, error, busySeconds());
}

QString SqlStudyRepository::settleUnansweredCommit(bool written)
{
    if (!m_unanswered)
        return QString();
    const UnansweredCommit commit = *std::exchange(m_unanswered, std::nullopt);
    if (written) {
        for (auto it = commit.rowVersions.constBegin(); it != commit.rowVersions.constEnd(); ++it)
            m_rowVersions.insert(it.key(), it.value());
    }
    return StorageMessages::commitOutcome(m_location, commit.what, written);
}

QString SqlStudyRepository::readOnlyReason() const
{
    return m_readOnlyRole.isEmpty() ? QString() : StorageMessages::viewerRole(m_location, m_readOnlyRole);
}

StorageResult<void> SqlStudyRepository::inTransaction(const QString &what,
                                                      const std::function<StorageResult<void>()> &work)
{
    if (!isReachable())
        return StorageMessages::lostConnection(m_location, what);
    QSqlDatabase db = database();
    if (!db.isOpen())
        return StorageMessages::cannotOpen(m_location, what);
    if (!m_readOnlyRole.isEmpty())
        return DatabaseError{DatabaseError::Kind::ReadOnly, readOnlyReason(), {}};
    {
        QSqlQuery begin(db);
        if (!begin.exec(m_dialect.beginWrite()))
            return queryError(what, begin.lastError());
    }
    m_pendingRowVersions.clear();
    m_pendingChanges.clear();
    const auto rollback = [&db, this] {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_pendingRowVersions.clear();
        m_pendingChanges.clear();
    };
    if (auto done = work(); !done) {
        rollback();
        return done;
    }
    if (!m_pendingChanges.isEmpty()) {
        if (auto announced = announceChanges(what, m_pendingChanges); !announced) {
            rollback();
            return announced;
        }
    }
    // The transaction's name on the server, to learn its outcome if the COMMIT goes unanswered.
    QString transaction;
    if (const QString sql = m_dialect.currentTransaction(); !sql.isEmpty()) {
        QSqlQuery current(db);
        if (!current.exec(sql) || !current.next()) {
            const QSqlError error = current.lastError();
            rollback();
            return queryError(what, error);
        }
        transaction = current.value(0).toString();
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = commit.lastError();
        DatabaseError failed = queryError(what, error);
        if (failed.kind == DatabaseError::Kind::Disconnected && !transaction.isEmpty()) {
            m_unanswered = UnansweredCommit{transaction, what, m_pendingChanges, m_pendingRowVersions};
            failed = StorageMessages::lostConnectionAtCommit(m_location, what);
        }
        rollback();
        return failed;
    }
    // Committed: the versions written are the ones this client now knows.
    for (auto it = m_pendingRowVersions.constBegin(); it != m_pendingRowVersions.constEnd(); ++it)
        m_rowVersions.insert(it.key(), it.value());
    m_pendingRowVersions.clear();
    m_pendingChanges.clear();
    return {};
}

std::optional<DatabaseError> SqlStudyRepository::validationError(const Study &study) const
{
    QStringList messages;
    for (const ValidationIssue &issue : validateStudy(study, messageLanguage())) {
        if (issue.isBlocking())
            messages.append(issue.message);
    }
    if (messages.isEmpty())
        return std::nullopt;
    return StorageMessages::studyNotSaved(study.title, messages.join(QStringLiteral(" ")));
}

StorageResult<QList<StudySummary>> SqlStudyRepository::listStudies() const
{
    const QSqlDatabase db = database();
    const QString what = action(Action::ListStudies);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM study ORDER BY CASE WHEN chart_week IS NULL THEN 1 ELSE 0 END,"
                                   " chart_week DESC, id DESC")
                        .arg(StudyRows::summaryColumns())))
        return queryError(what, query.lastError());
    QList<StudySummary> studies;
    QHash<qint64, int> rowOfStudy;
    const RowReader studyRow(query);
    while (query.next()) {
        studies.append(StudyRows::readSummary(studyRow));
        rowOfStudy.insert(studies.constLast().id, int(studies.size()) - 1);
    }
    QSqlQuery waves(db);
    waves.setForwardOnly(true);
    if (!waves.exec(QStringLiteral("SELECT study_id, wave_year FROM survey_wave ORDER BY study_id, wave_year")))
        return queryError(what, waves.lastError());
    const RowReader waveRow(waves);
    while (waves.next()) {
        const auto row = rowOfStudy.constFind(StudyRows::readStudyId(waveRow));
        if (row != rowOfStudy.constEnd())
            studies[*row].waveYears.append(StudyRows::readWaveYear(waveRow));
    }
    return studies;
}

StorageResult<Study> SqlStudyRepository::loadStudyBySlug(const QString &slug) const
{
    QSqlQuery query = prepared(database(), QStringLiteral("SELECT id FROM study WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec())
        return queryError(action(Action::FindStudy, slug), query.lastError());
    if (!query.next())
        return StorageMessages::noStudyWithSlug(m_location, slug);
    const qint64 id = StudyRows::readId(RowReader(query));
    query.finish();
    return loadStudy(id);
}

StorageResult<Study> SqlStudyRepository::loadStudy(qint64 id) const
{
    const QSqlDatabase db = database();
    const QString subject = QString::number(id);

    // The row version comes with the row, in the same statement.
    const QString version = m_dialect.rowVersion();
    QSqlQuery studyQuery =
        prepared(db, QStringLiteral("SELECT %1%2 FROM study WHERE id = ?")
                         .arg(StudyRows::studyColumns(),
                              version.isEmpty() ? QString() : QStringLiteral(", %1 AS row_version").arg(version)));
    studyQuery.addBindValue(id);
    if (!studyQuery.exec())
        return queryError(action(Action::ReadStudy, subject), studyQuery.lastError());
    if (!studyQuery.next())
        return StorageMessages::noStudyWithId(m_location, id);
    Study result;
    result.id = id;
    StudyRows::readStudy(RowReader(studyQuery), &result);
    if (!version.isEmpty())
        m_rowVersions.insert(id, studyQuery.value(QStringLiteral("row_version")).toString());
    studyQuery.finish();

    QSqlQuery textQuery =
        prepared(db, QStringLiteral("SELECT %1 FROM study_text WHERE study_id = ?").arg(StudyRows::studyTextColumns()));
    textQuery.addBindValue(id);
    if (!textQuery.exec())
        return queryError(action(Action::ReadStudy, subject), textQuery.lastError());
    const RowReader textRow(textQuery);
    while (textQuery.next()) {
        if (const StudyRows::TextProblem problem = StudyRows::readStudyText(textRow, &result)) {
            return problem.column == StudyRows::TextProblem::Column::Language
                       ? StorageMessages::textLanguageUnknown(m_location, QStringLiteral("study_text"), id,
                                                              problem.value)
                       : StorageMessages::textFieldUnknown(m_location, id, problem.value);
        }
    }

    QSqlQuery segmentQuery =
        prepared(db, QStringLiteral("SELECT id, %1 FROM segment WHERE study_id = ? ORDER BY position")
                         .arg(StudyRows::segmentColumns()));
    segmentQuery.addBindValue(id);
    if (!segmentQuery.exec())
        return queryError(action(Action::ReadSegments, subject), segmentQuery.lastError());
    QList<qint64> segmentIds;
    const RowReader segmentRow(segmentQuery);
    while (segmentQuery.next()) {
        segmentIds.append(StudyRows::readId(segmentRow));
        result.segments.append(StudyRows::readSegment(segmentRow));
    }
    if (result.baselineSegment >= result.segments.size())
        return StorageMessages::baselineNamesNoSegment(m_location, id, result.baselineSegment);

    QSqlQuery nameQuery = prepared(db, QStringLiteral("SELECT t.segment_id, t.language, t.name FROM segment_text t"
                                                      " JOIN segment s ON s.id = t.segment_id WHERE s.study_id = ?"));
    nameQuery.addBindValue(id);
    if (!nameQuery.exec())
        return queryError(action(Action::ReadSegments, subject), nameQuery.lastError());
    const RowReader nameRow(nameQuery);
    while (nameQuery.next()) {
        const int segmentIdx = int(segmentIds.indexOf(StudyRows::readSegmentId(nameRow)));
        if (segmentIdx < 0)
            continue;
        if (const StudyRows::TextProblem problem =
                StudyRows::readSegmentText(nameRow, &result.segments[segmentIdx].name))
            return StorageMessages::textLanguageUnknown(m_location, QStringLiteral("segment_text"), id, problem.value);
    }

    QSqlQuery waveQuery =
        prepared(db, QStringLiteral("SELECT id, wave_year FROM survey_wave WHERE study_id = ? ORDER BY wave_year"));
    waveQuery.addBindValue(id);
    if (!waveQuery.exec())
        return queryError(action(Action::ReadWaves, subject), waveQuery.lastError());
    QList<qint64> waveIds;
    const RowReader waveRow(waveQuery);
    while (waveQuery.next()) {
        waveIds.append(StudyRows::readId(waveRow));
        result.waves.append({StudyRows::readWaveYear(waveRow), QList<Share>(result.segments.size(), std::nullopt)});
    }

    QSqlQuery shareQuery =
        prepared(db, QStringLiteral("SELECT s.wave_id, s.segment_id, s.share_percent FROM segment_share s"
                                    " JOIN survey_wave w ON w.id = s.wave_id WHERE w.study_id = ?"));
    shareQuery.addBindValue(id);
    if (!shareQuery.exec())
        return queryError(action(Action::ReadShares, subject), shareQuery.lastError());
    const RowReader shareRow(shareQuery);
    while (shareQuery.next()) {
        const StudyRows::ShareRow share = StudyRows::readShare(shareRow);
        const int waveIdx = int(waveIds.indexOf(share.waveId));
        const int segmentIdx = int(segmentIds.indexOf(share.segmentId));
        if (waveIdx < 0 || segmentIdx < 0 || share.value.isNull())
            continue;
        bool ok = false;
        const double value = share.value.toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            return StorageMessages::shareNotANumber(m_location, result.waves.at(waveIdx).year,
                                                    result.segments.at(segmentIdx).key, share.value.toString());
        }
        result.waves[waveIdx].shares[segmentIdx] = value;
    }

    QSqlQuery adviceQuery =
        prepared(db, QStringLiteral("SELECT %1 FROM advice WHERE study_id = ? ORDER BY audience, language")
                         .arg(StudyRows::adviceColumns()));
    adviceQuery.addBindValue(id);
    if (!adviceQuery.exec())
        return queryError(action(Action::ReadAdvice, subject), adviceQuery.lastError());
    const RowReader adviceRow(adviceQuery);
    while (adviceQuery.next()) {
        const std::optional<AdviceText> text = StudyRows::readAdvice(adviceRow);
        if (!text)
            return StorageMessages::textLanguageUnknown(m_location, QStringLiteral("advice"), id,
                                                        adviceRow.value("language").toString());
        result.advice.append(*text);
    }
    result.sortAdvice();

    QSqlQuery annotationQuery =
        prepared(db, QStringLiteral("SELECT %1 FROM annotation WHERE study_id = ? ORDER BY series, wave_year, language")
                         .arg(StudyRows::annotationColumns()));
    annotationQuery.addBindValue(id);
    if (!annotationQuery.exec())
        return queryError(action(Action::ReadStudy, subject), annotationQuery.lastError());
    const RowReader annotationRow(annotationQuery);
    while (annotationQuery.next()) {
        if (const StudyRows::TextProblem problem = StudyRows::readAnnotation(annotationRow, &result))
            return StorageMessages::textLanguageUnknown(m_location, QStringLiteral("annotation"), id, problem.value);
    }
    result.sortAnnotations();
    return result;
}

StorageResult<void> SqlStudyRepository::checkSlugIsUnique(const QString &slug)
{
    QSqlQuery count = prepared(database(), m_dialect.countSlugWithoutIndex());
    count.addBindValue(slug);
    if (!count.exec() || !count.next())
        return queryError(action(Action::SaveStudy, slug), count.lastError());
    const int studies = count.value(0).toInt();
    count.finish();
    if (studies > 1)
        return StorageMessages::slugIndexDamaged(m_location, slug);
    return {};
}

StorageResult<Study> SqlStudyRepository::insertStudyRows(Study study, IdPolicy policy, bool recordHistory)
{
    const bool keepId = policy == IdPolicy::KeepId && study.id > 0;
    if (study.slug.isEmpty())
        study.slug = QStringLiteral("study-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QSqlQuery studyQuery =
        prepared(database(), QStringLiteral("INSERT INTO study (%1%2) VALUES (%3%4) RETURNING id")
                                 .arg(keepId ? QStringLiteral("id, ") : QString(), StudyRows::studyColumns(),
                                      keepId ? QStringLiteral("?, ") : QString(), StudyRows::studyPlaceholders()));
    if (keepId)
        studyQuery.addBindValue(study.id);
    StudyRows::bindStudy(studyQuery, study);
    if (!studyQuery.exec())
        return queryError(action(Action::SaveStudy, study.title), studyQuery.lastError());
    study.id = returnedId(studyQuery);
    noteChange(study.id);
    if (keepId) {
        for (const QString &statement : m_dialect.afterExplicitIds(QStringLiteral("study"))) {
            QSqlQuery after(database());
            if (!after.exec(statement))
                return queryError(action(Action::SaveStudy, study.title), after.lastError());
        }
    }
    if (auto unique = checkSlugIsUnique(study.slug); !unique)
        return unique.error();
    if (auto children = insertChildRows(study); !children)
        return children.error();
    if (recordHistory) {
        if (auto history = recordVersion(study, true); !history)
            return history.error();
    }
    if (auto version = readRowVersion(study.id, study.title); !version)
        return version.error();
    return study;
}

StorageResult<void> SqlStudyRepository::readRowVersion(qint64 id, const QString &title)
{
    if (m_dialect.rowVersion().isEmpty())
        return {};
    QSqlQuery query =
        prepared(database(), QStringLiteral("SELECT %1 FROM study WHERE id = ?").arg(m_dialect.rowVersion()));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return queryError(action(Action::SaveStudy, title), query.lastError());
    m_pendingRowVersions.insert(id, query.value(0).toString());
    return {};
}

StorageResult<void> SqlStudyRepository::checkRowVersion(const Study &study)
{
    const auto known = m_rowVersions.constFind(study.id);
    if (m_dialect.rowVersion().isEmpty() || known == m_rowVersions.constEnd())
        return {};
    // FOR UPDATE: a colleague's save of the same study waits until this one is done.
    QSqlQuery query = prepared(
        database(), QStringLiteral("SELECT %1 FROM study WHERE id = ? FOR UPDATE").arg(m_dialect.rowVersion()));
    query.addBindValue(study.id);
    if (!query.exec())
        return queryError(action(Action::SaveStudy, study.title), query.lastError());
    if (!query.next())
        return StorageMessages::noStudyWithId(m_location, study.id);
    if (query.value(0).toString() != *known)
        return StorageMessages::changedByColleague(m_location, study.id, study.title);
    return {};
}

StorageResult<void> SqlStudyRepository::insertAdviceRows(const Study &study)
{
    QSqlQuery query =
        prepared(database(),
                 QStringLiteral("INSERT INTO advice (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(StudyRows::adviceColumns()));
    for (const AdviceText &text : study.advice) {
        StudyRows::bindAdvice(query, study.id, text);
        if (!query.exec())
            return queryError(action(Action::SaveAdvice, text.audience), query.lastError());
    }
    return {};
}

StorageResult<void> SqlStudyRepository::insertTextRows(const Study &study)
{
    QSqlQuery query =
        prepared(database(),
                 QStringLiteral("INSERT INTO study_text (%1) VALUES (?, ?, ?, ?)").arg(StudyRows::studyTextColumns()));
    for (const StudyRows::StudyTextRow &text : StudyRows::studyTextRows(study)) {
        StudyRows::bindStudyText(query, study.id, text);
        if (!query.exec())
            return queryError(action(Action::SaveStudy, study.title), query.lastError());
    }
    return {};
}

StorageResult<void> SqlStudyRepository::insertAnnotationRows(const Study &study)
{
    QSqlQuery query = prepared(
        database(),
        QStringLiteral("INSERT INTO annotation (%1) VALUES (?, ?, ?, ?, ?)").arg(StudyRows::annotationColumns()));
    for (const StudyRows::AnnotationRow &row : StudyRows::annotationRows(study)) {
        StudyRows::bindAnnotation(query, study.id, row);
        if (!query.exec())
            return queryError(action(Action::SaveStudy, study.title), query.lastError());
    }
    return {};
}

StorageResult<void> SqlStudyRepository::insertChildRows(const Study &study)
{
    if (auto texts = insertTextRows(study); !texts)
        return texts;
    if (auto annotations = insertAnnotationRows(study); !annotations)
        return annotations;
    if (auto advice = insertAdviceRows(study); !advice)
        return advice;
    const QSqlDatabase db = database();
    QList<qint64> segmentIds;
    QSqlQuery segmentQuery = prepared(
        db,
        QStringLiteral("INSERT INTO segment (%1) VALUES (?, ?, ?, ?) RETURNING id").arg(StudyRows::segmentColumns()));
    QSqlQuery nameQuery = prepared(
        db, QStringLiteral("INSERT INTO segment_text (%1) VALUES (?, ?, ?)").arg(StudyRows::segmentTextColumns()));
    for (int i = 0; i < study.segments.size(); ++i) {
        const Segment &segment = study.segments.at(i);
        StudyRows::bindSegment(segmentQuery, study.id, i, segment);
        if (!segmentQuery.exec())
            return queryError(action(Action::SaveSegment, segment.key), segmentQuery.lastError());
        segmentIds.append(returnedId(segmentQuery));
        for (const Language &language : segment.name.languages()) {
            StudyRows::bindSegmentText(nameQuery, segmentIds.constLast(), language, segment.name.value(language));
            if (!nameQuery.exec())
                return queryError(action(Action::SaveSegment, segment.key), nameQuery.lastError());
        }
    }

    QSqlQuery waveQuery = prepared(
        db, QStringLiteral("INSERT INTO survey_wave (%1) VALUES (?, ?) RETURNING id").arg(StudyRows::waveColumns()));
    QSqlQuery shareQuery =
        prepared(db, QStringLiteral("INSERT INTO segment_share (%1) VALUES (?, ?, ?)").arg(StudyRows::shareColumns()));
    for (const SurveyWave &wave : study.waves) {
        StudyRows::bindWave(waveQuery, study.id, wave);
        if (!waveQuery.exec())
            return queryError(action(Action::SaveWave, QString::number(wave.year)), waveQuery.lastError());
        const qint64 waveId = returnedId(waveQuery);
        for (int i = 0; i < wave.shares.size() && i < segmentIds.size(); ++i) {
            StudyRows::bindShare(shareQuery, waveId, segmentIds.at(i), wave.shares.at(i));
            if (!shareQuery.exec())
                return queryError(action(Action::SaveShares, QString::number(wave.year)), shareQuery.lastError());
        }
    }
    return {};
}

StorageResult<bool> SqlStudyRepository::seed()
{
    bool added = false;
    auto done = inTransaction(action(Action::SaveSeedStudy), [&]() -> StorageResult<void> {
        const Study seedStudy = smbGroupSocialBusinessStudy2012();
        QSqlQuery exists = prepared(database(), QStringLiteral("SELECT COUNT(*) FROM study WHERE slug = ?"));
        exists.addBindValue(seedStudy.slug);
        if (!exists.exec() || !exists.next())
            return queryError(action(Action::FindSeedStudy), exists.lastError());
        const bool found = exists.value(0).toInt() > 0;
        exists.finish();
        if (found)
            return {};
        if (auto stored = insertStudyRows(seedStudy, IdPolicy::NewId); !stored)
            return stored.error();
        added = true;
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

StorageResult<void> SqlStudyRepository::announceChanges(const QString &, const QList<qint64> &)
{
    return {};
}

void SqlStudyRepository::noteChange(qint64 studyId)
{
    if (!m_pendingChanges.contains(studyId))
        m_pendingChanges.append(studyId);
}

StorageResult<Study> SqlStudyRepository::insertStudy(Study study, IdPolicy policy)
{
    if (auto invalid = validationError(study))
        return *invalid;
    Study stored;
    auto done = inTransaction(action(Action::SaveStudy), [&]() -> StorageResult<void> {
        auto inserted = insertStudyRows(std::move(study), policy);
        if (!inserted)
            return inserted.error();
        stored = std::move(inserted).value();
        return {};
    });
    if (!done)
        return done.error();
    return stored;
}

StorageResult<QList<Study>> SqlStudyRepository::insertStudies(QList<Study> studies, IdPolicy policy)
{
    for (const Study &study : std::as_const(studies)) {
        if (auto invalid = validationError(study))
            return *invalid;
    }
    const QString what = action(Action::SaveImport);
    auto done = inTransaction(what, [&]() -> StorageResult<void> {
        QSqlQuery taken = prepared(database(), QStringLiteral("SELECT COUNT(*) FROM study WHERE slug = ?"));
        for (Study &study : studies) {
            if (policy == IdPolicy::NewId)
                study.id = 0;
            const QString base = study.slug.isEmpty() ? QStringLiteral("study") : study.slug;
            for (int n = 1;; ++n) {
                study.slug = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
                taken.addBindValue(study.slug);
                if (!taken.exec() || !taken.next())
                    return queryError(what, taken.lastError());
                const bool free = taken.value(0).toInt() == 0;
                taken.finish();
                if (free)
                    break;
            }
            auto inserted = insertStudyRows(study, policy);
            if (!inserted)
                return inserted.error();
            study = std::move(inserted).value();
        }
        return {};
    });
    if (!done)
        return done.error();
    return studies;
}

StorageResult<void> SqlStudyRepository::updateStudy(const Study &study)
{
    if (auto invalid = validationError(study))
        return *invalid;
    return inTransaction(action(Action::SaveStudy), [&]() -> StorageResult<void> {
        if (auto current = checkRowVersion(study); !current)
            return current;
        if (auto history = recordVersion(study, false); !history)
            return history;
        QSqlQuery query =
            prepared(database(), QStringLiteral("UPDATE study SET %1 WHERE id = ?").arg(StudyRows::studyAssignments()));
        StudyRows::bindStudy(query, study);
        query.addBindValue(study.id);
        if (!query.exec())
            return queryError(action(Action::SaveStudy, study.title), query.lastError());
        if (query.numRowsAffected() != 1)
            return StorageMessages::noStudyWithId(m_location, study.id);
        noteChange(study.id);
        if (auto unique = checkSlugIsUnique(study.slug); !unique)
            return unique;
        if (auto removed = deleteChildRows(study.id); !removed)
            return removed;
        if (auto children = insertChildRows(study); !children)
            return children;
        return readRowVersion(study.id, study.title);
    });
}

QString SqlStudyRepository::author() const
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    }
    return QDir::home().dirName(); // a login without those variables (a service, a container)
}

StorageResult<void> SqlStudyRepository::recordVersion(const Study &study, bool inserted)
{
    const QString what = action(Action::SaveStudy, study.title);
    QSqlQuery newest =
        prepared(database(), QStringLiteral("SELECT MAX(version) FROM study_version WHERE study_id = ?"));
    newest.addBindValue(study.id);
    if (!newest.exec() || !newest.next())
        return queryError(what, newest.lastError());
    const QVariant last = newest.value(0);
    newest.finish();
    int version = last.isNull() ? 0 : last.toInt();

    const auto insert = [&](const Study &content, const QString &savedAt, const QString &savedBy) {
        return insertVersionRow(study.id, ++version, savedAt, savedBy, content);
    };
    if (version == 0 && !inserted) {
        // Stored before history was kept: what is stored now becomes version 1.
        auto before = loadStudy(study.id);
        if (!before)
            return before.error();
        if (auto first = insert(*before, QString(), QString()); !first)
            return first;
    }
    return insert(study, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), author());
}

StorageResult<void> SqlStudyRepository::insertVersionRow(qint64 studyId, int version, const QString &savedAt,
                                                         const QString &savedBy, const Study &content)
{
    QSqlQuery query = prepared(database(), QStringLiteral("INSERT INTO study_version (study_id, version, saved_at, "
                                                          "saved_by, content) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(studyId);
    query.addBindValue(version);
    // Unknown is '' (the columns are NOT NULL; a null QString binds as NULL).
    query.addBindValue(savedAt.isEmpty() ? QStringLiteral("") : savedAt);
    query.addBindValue(savedBy.isEmpty() ? QStringLiteral("") : savedBy.left(128));
    query.addBindValue(QString::fromUtf8(exportStudiesJson({content})));
    if (!query.exec())
        return queryError(action(Action::SaveStudy, content.title), query.lastError());
    return {};
}

StorageResult<QList<StudyVersion>> SqlStudyRepository::listVersions(qint64 studyId) const
{
    const QString what = action(Action::ReadStudy, QString::number(studyId));
    QSqlQuery exists = prepared(database(), QStringLiteral("SELECT COUNT(*) FROM study WHERE id = ?"));
    exists.addBindValue(studyId);
    if (!exists.exec() || !exists.next())
        return queryError(what, exists.lastError());
    if (exists.value(0).toInt() == 0)
        return StorageMessages::noStudyWithId(m_location, studyId);
    exists.finish();
    QSqlQuery query =
        prepared(database(),
                 QStringLiteral(
                     "SELECT version, saved_at, saved_by FROM study_version WHERE study_id = ? ORDER BY version DESC"));
    query.addBindValue(studyId);
    if (!query.exec())
        return queryError(what, query.lastError());
    QList<StudyVersion> versions;
    while (query.next()) {
        StudyVersion version;
        version.version = query.value(0).toInt();
        version.savedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        version.savedBy = query.value(2).toString();
        versions.append(version);
    }
    return versions;
}

StorageResult<Study> SqlStudyRepository::loadVersion(qint64 studyId, int version) const
{
    const QString what = action(Action::ReadStudy, QString::number(studyId));
    QSqlQuery query =
        prepared(database(), QStringLiteral("SELECT content FROM study_version WHERE study_id = ? AND version = ?"));
    query.addBindValue(studyId);
    query.addBindValue(version);
    if (!query.exec())
        return queryError(what, query.lastError());
    if (!query.next())
        return StorageMessages::noStudyVersion(m_location, studyId, version);
    const QByteArray content = query.value(0).toString().toUtf8();
    query.finish();
    JsonImportResult read = importStudiesJson(content, QStringLiteral("study_version"), messageLanguage());
    if (!read.ok() || read.studies.size() != 1) {
        return StorageMessages::damaged(
            m_location, StorageMessages::versionDoesNotRead(
                            studyId, version, read.errors.isEmpty() ? QString() : read.errors.first().message));
    }
    Study study = read.studies.takeFirst();
    study.id = studyId;
    return study;
}

StorageResult<void> SqlStudyRepository::deleteStudyRows(qint64 id)
{
    if (auto removed = deleteChildRows(id); !removed)
        return removed;
    QSqlQuery history = prepared(database(), QStringLiteral("DELETE FROM study_version WHERE study_id = ?"));
    history.addBindValue(id);
    if (!history.exec())
        return queryError(action(Action::DeleteStudy, QString::number(id)), history.lastError());
    QSqlQuery query = prepared(database(), QStringLiteral("DELETE FROM study WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(action(Action::DeleteStudy, QString::number(id)), query.lastError());
    if (query.numRowsAffected() != 1)
        return StorageMessages::noStudyWithId(m_location, id);
    noteChange(id);
    return {};
}

StorageResult<void> SqlStudyRepository::deleteStudy(qint64 id)
{
    return inTransaction(action(Action::DeleteStudy, QString::number(id)), [&] {
        return deleteStudyRows(id);
    });
}

StorageResult<void> SqlStudyRepository::deleteStudies(const QList<qint64> &ids)
{
    return inTransaction(action(Action::DeleteStudy, QString::number(ids.value(0))), [&]() -> StorageResult<void> {
        for (const qint64 id : ids) {
            if (auto removed = deleteStudyRows(id); !removed)
                return removed;
        }
        return {};
    });
}

StorageResult<void> SqlStudyRepository::deleteChildRows(qint64 studyId)
{
    const QString statements[] = {
        QStringLiteral("DELETE FROM study_text WHERE study_id = ?"),
        QStringLiteral("DELETE FROM annotation WHERE study_id = ?"),
        QStringLiteral("DELETE FROM advice WHERE study_id = ?"),
        QStringLiteral("DELETE FROM segment_text WHERE segment_id IN (SELECT id FROM segment WHERE study_id = ?)"),
        QStringLiteral("DELETE FROM segment_share WHERE wave_id IN (SELECT id FROM survey_wave WHERE study_id = ?)"),
        QStringLiteral("DELETE FROM survey_wave WHERE study_id = ?"),
        QStringLiteral("DELETE FROM segment WHERE study_id = ?"),
    };
    for (const QString &sql : statements) {
        QSqlQuery query = prepared(database(), sql);
        query.addBindValue(studyId);
        if (!query.exec())
            return queryError(action(Action::DeleteFigures, QString::number(studyId)), query.lastError());
    }
    return {};
}

StorageResult<BrandTheme> SqlStudyRepository::loadBrandTheme() const
{
    QSqlQuery query =
        prepared(database(),
                 QStringLiteral("SELECT %1 FROM brand_theme WHERE theme_key = ?").arg(StudyRows::brandThemeColumns()));
    query.addBindValue(StudyRows::brandThemeKey());
    if (!query.exec())
        return queryError(action(Action::ReadBrandTheme), query.lastError());
    BrandTheme brand;
    if (query.next())
        brand = StudyRows::readBrandTheme(RowReader(query));
    query.finish();
    if (const auto problem = validateBrandTheme(brand))
        return StorageMessages::brandThemeDamaged(m_location, *problem);
    return brand;
}

StorageResult<void> SqlStudyRepository::saveBrandTheme(const BrandTheme &brand)
{
    const BrandTheme normalized = normalizedBrandTheme(brand);
    if (const auto problem = validateBrandTheme(normalized))
        return StorageMessages::brandThemeNotSaved(*problem);
    const QString what = action(Action::SaveBrandTheme);
    return inTransaction(what, [&]() -> StorageResult<void> {
        return writeBrandThemeRow(normalized);
    });
}

StorageResult<void> SqlStudyRepository::writeBrandThemeRow(const BrandTheme &normalized)
{
    const QString what = action(Action::SaveBrandTheme);
    noteChange(0);
    QSqlQuery remove = prepared(database(), QStringLiteral("DELETE FROM brand_theme WHERE theme_key = ?"));
    remove.addBindValue(StudyRows::brandThemeKey());
    if (!remove.exec())
        return queryError(what, remove.lastError());
    if (normalized.isEmpty())
        return {};
    QSqlQuery insert = prepared(
        database(),
        QStringLiteral("INSERT INTO brand_theme (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(StudyRows::brandThemeColumns()));
    StudyRows::bindBrandTheme(insert, normalized, QDateTime::currentDateTimeUtc());
    if (!insert.exec())
        return queryError(what, insert.lastError());
    return {};
}

StorageResult<void> SqlStudyRepository::receiveLibrary(const QList<StudyWithHistory> &studies, const BrandTheme &brand)
{
    for (const StudyWithHistory &moved : studies) {
        if (auto invalid = validationError(moved.study))
            return *invalid;
    }
    const BrandTheme normalized = normalizedBrandTheme(brand);
    if (const auto problem = validateBrandTheme(normalized))
        return StorageMessages::brandThemeNotSaved(*problem);
    const QString what = action(Action::SaveImport);
    return inTransaction(what, [&]() -> StorageResult<void> {
        // What this library holds already: nothing, or the seed study as it was added.
        QSqlQuery present =
            prepared(database(),
                     QStringLiteral("SELECT id, slug, (SELECT COUNT(*) FROM study_version v WHERE v.study_id = s.id) "
                                    "FROM study s ORDER BY id"));
        if (!present.exec())
            return queryError(what, present.lastError());
        QList<qint64> own;
        bool untouchedSeed = true;
        while (present.next()) {
            own.append(present.value(0).toLongLong());
            untouchedSeed = untouchedSeed && present.value(1).toString() == smbGroupSocialBusinessStudy2012().slug &&
                            present.value(2).toInt() <= 1;
        }
        present.finish();
        if (own.size() > 1 || (own.size() == 1 && !untouchedSeed))
            return StorageMessages::libraryNotEmpty(m_location, int(own.size()));
        for (qint64 id : std::as_const(own)) {
            if (auto removed = deleteStudyRows(id); !removed)
                return removed;
        }
        for (const StudyWithHistory &moved : studies) {
            auto inserted = insertStudyRows(moved.study, IdPolicy::KeepId, false);
            if (!inserted)
                return inserted.error();
            for (const auto &[version, content] : moved.history) {
                const QString savedAt =
                    version.savedAt.isValid() ? version.savedAt.toUTC().toString(Qt::ISODateWithMs) : QString();
                if (auto row = insertVersionRow(inserted->id, version.version, savedAt, version.savedBy, content); !row)
                    return row;
            }
        }
        return writeBrandThemeRow(normalized);
    });
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// What the crash driver writes and the kill tests expect: shared, so both sides agree on
// the "new" state of every scenario.

#include "core/seedstudy.h"
#include "core/storage/studyrepository.h"
#include "core/study.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace CrashScenario {

/// The study save: the seed study grown to 12 segments × 40 survey waves (several hundred
/// rows, so the transaction takes long enough to be interrupted), with a new title.
inline Study savedStudy(const Study &seed)
{
    Study study = seed;
    study.title = QStringLiteral("Saved after the edit");
    study.notes = QStringLiteral("new state");
    study.multipleAnswers = true;
    study.baselineSegment = -1;
    study.segments.clear();
    for (int i = 0; i < 12; ++i) {
        const QString key = QStringLiteral("segment-%1").arg(i);
        study.segments.append({key, sameTextInUiLanguages(key), QString()});
    }
    study.waves.clear();
    for (int w = 0; w < 40; ++w) {
        SurveyWave wave{1980 + w, {}};
        for (int i = 0; i < 12; ++i)
            wave.shares.append(double((w * 7 + i * 3) % 100));
        study.waves.append(wave);
    }
    return study;
}

/// The import: a long-layout CSV with 40 studies of 4 segments × 5 waves (English numbers).
inline QByteArray importCsv()
{
    QByteArray csv("study,wave,segment,share\n");
    for (int s = 0; s < 40; ++s) {
        for (int w = 0; w < 5; ++w) {
            for (int i = 0; i < 4; ++i) {
                csv += QStringLiteral("Imported study %1,%2,Segment %3,%4\n")
                           .arg(s)
                           .arg(2010 + w)
                           .arg(i)
                           .arg(i == 3 ? 100 - 3 * (10 + w) : 10 + w)
                           .toUtf8();
            }
        }
    }
    return csv;
}

/// One way the app writes to a library (the tests of every write path with a locked and
/// with a full database run each of them).
struct WritePath
{
    const char *name;
    std::function<StorageResult<void>(StudyRepository &library)> write;
};

/// A study big enough that storing it needs new pages (notes of 300,000 characters).
inline Study bigStudy(const QString &slug)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.slug = slug;
    study.title = slug;
    study.notes = QString(300000, u'x');
    return study;
}

/// The slug of the study the write paths edit and delete.
inline QString editedSlug()
{
    return QStringLiteral("edit-me");
}

/// Prepares a library for writePaths(): a study to edit and delete, and no seed study (so
/// seed() has something to write).
inline StorageResult<void> prepareWriteTargets(StudyRepository &library)
{
    if (auto stored = library.insertStudy(bigStudy(editedSlug())); !stored)
        return stored.error();
    auto seed = library.loadStudyBySlug(smbGroupSocialBusinessStudy2012().slug);
    if (!seed)
        return seed.error();
    return library.deleteStudy(seed->id);
}

inline QList<WritePath> writePaths()
{
    const auto edited = [](StudyRepository &library) {
        return library.loadStudyBySlug(editedSlug());
    };
    return {
        {"insertStudy",
         [](StudyRepository &library) -> StorageResult<void> {
             if (auto stored = library.insertStudy(bigStudy(QStringLiteral("new-study"))); !stored)
                 return stored.error();
             return {};
         }},
        {"insertStudies",
         [](StudyRepository &library) -> StorageResult<void> {
             if (auto stored = library.insertStudies(
                     {bigStudy(QStringLiteral("imported")), bigStudy(QStringLiteral("imported"))});
                 !stored)
                 return stored.error();
             return {};
         }},
        {"updateStudy",
         [edited](StudyRepository &library) -> StorageResult<void> {
             auto study = edited(library);
             if (!study)
                 return study.error();
             study->notes = QString(600000, u'y');
             study->title = QStringLiteral("Edited");
             return library.updateStudy(*study);
         }},
        {"deleteStudy",
         [edited](StudyRepository &library) -> StorageResult<void> {
             auto study = edited(library);
             if (!study)
                 return study.error();
             return library.deleteStudy(study->id);
         }},
        {"deleteStudies",
         [edited](StudyRepository &library) -> StorageResult<void> {
             auto study = edited(library);
             if (!study)
                 return study.error();
             return library.deleteStudies({study->id});
         }},
        {"seed",
         [](StudyRepository &library) -> StorageResult<void> {
             if (auto added = library.seed(); !added)
                 return added.error();
             return {};
         }},
        {"saveBrandTheme",
         [](StudyRepository &library) {
             BrandTheme brand;
             brand.primaryColor = QStringLiteral("#6a3d9a");
             brand.secondaryColor = QStringLiteral("#00897b");
             brand.fontFamily = QStringLiteral("DejaVu Serif");
             return library.saveBrandTheme(brand);
         }},
    };
}

} // namespace CrashScenario

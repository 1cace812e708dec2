// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/librarycopy.h"

#include <algorithm>

StorageResult<LibraryCopyCount> copyLibrary(const StudyRepository &from, StudyRepository *to)
{
    LibraryCopyCount count;
    const StorageResult<QList<StudySummary>> summaries = from.listStudies();
    if (!summaries)
        return summaries.error();
    QList<StudyWithHistory> studies;
    studies.reserve(summaries->size());
    for (const StudySummary &summary : *summaries) {
        StudyWithHistory moved;
        StorageResult<Study> study = from.loadStudy(summary.id);
        if (!study)
            return study.error();
        moved.study = std::move(study).value();
        StorageResult<QList<StudyVersion>> versions = from.listVersions(summary.id);
        if (!versions)
            return versions.error();
        QList<StudyVersion> oldestFirst = std::move(versions).value();
        std::reverse(oldestFirst.begin(), oldestFirst.end());
        for (const StudyVersion &version : std::as_const(oldestFirst)) {
            StorageResult<Study> content = from.loadVersion(summary.id, version.version);
            if (!content)
                return content.error();
            moved.history.append({version, std::move(content).value()});
        }
        count.versions += int(moved.history.size());
        studies.append(std::move(moved));
    }
    const StorageResult<BrandTheme> brand = from.loadBrandTheme();
    if (!brand)
        return brand.error();
    // Oldest id first, so that ids kept read in the order they were given.
    std::sort(studies.begin(), studies.end(), [](const StudyWithHistory &a, const StudyWithHistory &b) {
        return a.study.id < b.study.id;
    });
    if (auto received = to->receiveLibrary(studies, *brand); !received)
        return received.error();
    count.studies = int(studies.size());
    count.brandTheme = !brand->isEmpty();
    return count;
}

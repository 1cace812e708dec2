// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/storage/librarycopy.h"

#include <algorithm>

StorageResult<WholeLibrary> readWholeLibrary(const StudyRepository &from)
{
    WholeLibrary library;
    const StorageResult<QList<StudySummary>> summaries = from.listStudies();
    if (!summaries)
        return summaries.error();
    library.studies.reserve(summaries->size());
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
        library.studies.append(std::move(moved));
    }
    StorageResult<BrandTheme> brand = from.loadBrandTheme();
    if (!brand)
        return brand.error();
    library.brand = std::move(brand).value();
    // Oldest id first, so that the ids kept are given out in the order they were.
    std::sort(library.studies.begin(), library.studies.end(), [](const StudyWithHistory &a, const StudyWithHistory &b) {
        return a.study.id < b.study.id;
    });
    return library;
}

StorageResult<LibraryCopyCount> writeWholeLibrary(const WholeLibrary &library, StudyRepository *to)
{
    if (auto received = to->receiveLibrary(library.studies, library.brand); !received)
        return received.error();
    LibraryCopyCount count;
    count.studies = int(library.studies.size());
    for (const StudyWithHistory &moved : library.studies)
        count.versions += int(moved.history.size());
    count.brandTheme = !library.brand.isEmpty();
    return count;
}

StorageResult<LibraryCopyCount> copyLibrary(const StudyRepository &from, StudyRepository *to)
{
    StorageResult<WholeLibrary> library = readWholeLibrary(from);
    if (!library)
        return library.error();
    return writeWholeLibrary(*library, to);
}

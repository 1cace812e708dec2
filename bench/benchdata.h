// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/sqlitestudyrepository.h"

#include <QString>

/// Generated data for the benchmarks and for bench/compare: libraries of many studies and
/// a study with a long trend. Nothing here is used by the app.
namespace BenchData {

/// A valid study of three segments and two survey waves (2011, 2012) whose title, source
/// and chart week depend on index (0, 1, 2, …), so a library of them can be searched.
/// Every seventh title contains "Übersicht"; every fifth publisher is "SMB Group".
Study generatedStudy(int index);

/// A valid study of three segments and pointCount survey waves (years 1000, 1001, …):
/// each segment's trend has pointCount points.
Study trendStudy(int pointCount);

/// Adds generated studies (generatedStudy()) to an open library until it holds studyCount
/// studies in all, the seed study counting as one; a few hundred studies per transaction.
/// Returns a message on failure.
std::optional<QString> fillLibrary(StudyRepository *repository, int studyCount);

/// Creates (or extends) the database at path so that it holds studyCount studies in all:
/// the seed study and generated ones (fillLibrary()), with SQLite's synchronous mode off
/// while generating. Returns a message on failure.
std::optional<QString> generateLibrary(const QString &path, int studyCount);

} // namespace BenchData

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QString>

/// The storage benchmarks of the team library (issue 16): the same calls on an SQLite file
/// and on a PostgreSQL server, side by side. Each has a _Sqlite and a _Postgres variant:
///   BM_ListStudies             the library pane's listing call, listStudies()
///   BM_FilterLibrary           the library filter (StudyFilterModel) over the listed studies
///   BM_SaveStudy               updateStudy() of one study (a row version and a history entry)
///   BM_ColleagueSaveToRefresh  a second client saves a study; the time until this client
///                              has listed the library again and loaded the study
///
/// The server: CHARTWEEK_BENCH_POSTGRES, a postgresql:// URI of a database the benchmarks
/// may fill and write (it is filled up to the library size; one holding more studies is
/// refused). In smoke mode without it, a database of its own on the test cluster that
/// CHARTWEEK_TEST_PGHOST names (dropped again by cleanUp()), else no Postgres benchmarks.
namespace StorageBench {

/// Registers the benchmarks for libraries of studyCount studies; the SQLite library is
/// written into folder.
void registerBenchmarks(const QString &folder, int studyCount, bool smoke);

/// Drops the database that the smoke made on the test cluster, if any.
void cleanUp();

/// How many storage benchmarks failed (not counting those skipped for want of a server).
int failures();

} // namespace StorageBench

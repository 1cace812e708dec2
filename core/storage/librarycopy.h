// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/studyrepository.h"

/// A whole library as it is moved (readWholeLibrary()): every study with its history, and
/// the brand theme.
struct WholeLibrary
{
    QList<StudyWithHistory> studies; ///< Oldest id first.
    BrandTheme brand;                ///< Empty when the library has none.
};

/// What a copy moved.
struct LibraryCopyCount
{
    int studies = 0;
    int versions = 0;        ///< Saved versions of all studies (their history).
    bool brandTheme = false; ///< Whether there was a brand theme to copy.
};

/// Reads everything a library holds: every study with its id, advice and texts, its history
/// with who and when, and the brand theme. Fails with the first error (a study or a saved
/// version that doesn't read is Damaged), whose message names the library.
StorageResult<WholeLibrary> readWholeLibrary(const StudyRepository &from);

/// Writes a library read with readWholeLibrary() into another one, of either kind, in one
/// transaction: the target holds all of it or nothing. The target must hold no studies of
/// its own (an untouched seed study makes way, see StudyRepository::receiveLibrary()).
StorageResult<LibraryCopyCount> writeWholeLibrary(const WholeLibrary &library, StudyRepository *to);

/// readWholeLibrary() of from, then writeWholeLibrary() into to (a file to the team library
/// and back).
StorageResult<LibraryCopyCount> copyLibrary(const StudyRepository &from, StudyRepository *to);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/studyrepository.h"

/// What copyLibrary() moved.
struct LibraryCopyCount
{
    int studies = 0;
    int versions = 0;         ///< Saved versions of all studies (their history).
    bool brandTheme = false;  ///< Whether there was a brand theme to copy.
};

/// Copies a whole library into another one, of either kind (a file to the team library and
/// back): every study with its id, advice and texts, its history with who and when, and the
/// brand theme. Everything is read first; the target gets it in one transaction, so it holds
/// all of it or nothing. The target must hold no studies of its own (an untouched seed study
/// makes way, see StudyRepository::receiveLibrary()). Fails with the first error of either
/// side, whose message names the library.
StorageResult<LibraryCopyCount> copyLibrary(const StudyRepository &from, StudyRepository *to);

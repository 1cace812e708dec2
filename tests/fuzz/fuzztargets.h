// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// The bodies of the libFuzzer targets, shared with the regression tests
// (test_fuzzregressions.cpp), which feed saved inputs through the very same functions.
// Each returns 0 and aborts (through Q_ASSERT_X-like checks that stay on in release
// builds) when an invariant breaks.

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Fuzz {

/// importCsv() with options taken from the first byte: bit 0 the number locale (German),
/// bits 1–3 the text encoding (mod 5), bit 4 multiple answers. The rest is the file.
int csvImport(const std::uint8_t *data, std::size_t size);

/// importStudiesJson(); what imports without errors must survive an export and re-import.
int jsonImport(const std::uint8_t *data, std::size_t size);

/// parseShare() in English and German on the bytes as UTF-8 text.
int numberParser(const std::uint8_t *data, std::size_t size);

/// The bytes as a database file: StudyDatabase::open(), listStudies() and loadStudy() of
/// every study listed.
int databaseOpen(const std::uint8_t *data, std::size_t size);

/// The function of a target by its corpus folder name ("csv", "json", "number", "database").
using Target = int (*)(const std::uint8_t *, std::size_t);
Target targetByName(const QString &name);

} // namespace Fuzz

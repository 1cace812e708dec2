// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// Assertions on storage results: ASSERT_TRUE(succeeded(db.open(path))) prints the error's
// message and native code when it fails.

#include "core/storage/databaseerror.h"

#include <gtest/gtest.h>

#include <sstream>

template<typename T> testing::AssertionResult succeeded(const StorageResult<T> &result)
{
    if (result)
        return testing::AssertionSuccess();
    std::ostringstream text;
    PrintTo(result.error(), &text);
    return testing::AssertionFailure() << text.str();
}

/// Whether result failed with the given kind (the message says what it was instead).
template<typename T> testing::AssertionResult failedWith(const StorageResult<T> &result, DatabaseError::Kind kind)
{
    if (result)
        return testing::AssertionFailure() << "succeeded, expected error kind " << int(kind);
    if (result.error().kind != kind) {
        std::ostringstream text;
        PrintTo(result.error(), &text);
        return testing::AssertionFailure()
               << "error kind " << int(result.error().kind) << " instead of " << int(kind) << ": " << text.str();
    }
    return testing::AssertionSuccess();
}

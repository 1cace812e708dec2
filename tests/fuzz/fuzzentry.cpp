// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The libFuzzer entry point of one target; CHARTWEEK_FUZZ_TARGET names its function in
// fuzztargets.h (one executable per target, see tests/fuzz/CMakeLists.txt).

#include "fuzztargets.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL driver plugins and translations want an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A broken invariant is a crash to libFuzzer: it keeps the input and stops.
    const QStringList broken = Fuzz::CHARTWEEK_FUZZ_TARGET(data, size);
    for (const QString &what : broken)
        std::fprintf(stderr, "fuzz invariant broken: %s\n", qPrintable(what));
    if (!broken.isEmpty())
        std::abort();
    return 0;
}

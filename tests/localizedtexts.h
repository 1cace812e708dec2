// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

/// A text in English and German, the two languages most test studies are written in.
inline LocalizedText englishGerman(const QString &english, const QString &german)
{
    return LocalizedText{{Language::English, english}, {Language::German, german}};
}

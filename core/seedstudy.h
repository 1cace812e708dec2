// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

/// The study the app ships with and seeds a new database with:
/// SMB Group, "2012 Small and Medium Business Social Business Study".
/// 2012: planned strategy 24 %, ad hoc 29 %, none 47 %; 2011: none 56 %, the split of
/// users unknown. Segment keys: "strategy", "adhoc", "none" (the baseline segment).
Study smbGroupSocialBusinessStudy2012();

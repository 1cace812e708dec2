// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

#include <QList>
#include <QString>

/// One problem found in a study's figures. waveYear and segment name the place
/// (segment is -1 when the problem concerns a whole wave).
struct ValidationIssue
{
    enum class Kind {
        ShareOutOfRange,        ///< A share below 0 or above 100.
        DuplicateWave,          ///< Two waves with the same year.
        ShareCountMismatch,     ///< A wave with more or fewer shares than the study has segments.
        KnownSharesExceedTotal, ///< The known shares of a wave add up to more than 100 + tolerance.
        CompleteWaveNotTotal,   ///< All shares of a wave are known but don't add up to 100 ± tolerance.
    };

    Kind kind;
    int waveYear = 0;
    int segment = -1;
    QString message; ///< Translated, names wave, segment and value.

    /// Whether the study can't be stored or charted with this problem. Totals that don't
    /// add up are warnings only: while a user edits one share after another, a wave is
    /// briefly off, and the editor shows the warning instead of refusing the edit.
    bool isBlocking() const { return kind != Kind::KnownSharesExceedTotal && kind != Kind::CompleteWaveNotTotal; }
};

/// Checks a study's figures; an empty list means the study is valid.
/// The tolerance for totals is kShareTotalTolerance percentage points; totals are not
/// checked for a multiple-answer study.
QList<ValidationIssue> validateStudy(const Study &study, Language language);

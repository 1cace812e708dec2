// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"

#include <QList>
#include <QString>

/// One thing that differs between two versions of a study, as a reader names it: what it is
/// ("Share of “Ad hoc” in 2012", "Title", "Topic (German)") and its text in each version
/// ("29%", "" for a value one version doesn't have).
struct StudyDifference
{
    QString what;
    QString before;
    QString after;
    bool operator==(const StudyDifference &) const = default;
};

/// Everything that differs between two versions of the same study: metadata, texts in every
/// language, segments (matched by key), survey waves (matched by year) and their shares,
/// advice, the highlight and the annotations, in that order. Names, numbers and
/// languages are written in language (its UI translation, formatShare() for shares); a long
/// text (advice, notes) is given whole. Empty when the two are equal apart from their ids.
QList<StudyDifference> studyDifferences(const Study &before, const Study &after, Language language);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/study.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

/// How the generated texts speak of a study's people and answers, per language: the
/// population as a plural noun phrase ("small businesses" / "kleine Unternehmen"; German in
/// the nominative without article) and, per segment, a verb phrase in the present tense,
/// plural, finite verb first ("have a social media strategy" / "haben eine
/// Social-Media-Strategie"), plus one for the derived adoption figure. A text that is
/// missing falls back to wording that reads naturally without it ("respondents",
/// "answered “Never”").
///
/// For now the wording is data outside the study record: resources/studies/wording.json
/// (":/studies/wording.json") holds it for the studies the app ships, by slug, so the seed
/// study speaks of small businesses however it was stored. Storage, import and the data
/// editor don't carry it yet (the fields go into the study model with the per-language text
/// rows of storage).
struct StudyWording
{
    LocalizedText population;
    LocalizedText adoption;                 ///< Verb phrase of the derived adoption figure.
    QHash<QString, LocalizedText> segments; ///< Verb phrase by segment key.
};

/// The wording of a study (by its slug); empty texts when none is known.
StudyWording studyWording(const Study &study);

/// The wording read from one object of the file format above; empty texts for what it lacks.
StudyWording studyWordingFromJson(const QJsonObject &object);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// A test-only third language, French ("fr"): the app ships English and German, and nothing
// in storage, the model, JSON, CSV or the editor names either. The tests that use this
// header give a study texts in French and follow them through every layer; the narrative's
// French phrase table is a test file (tests/data/phrases/fr.json) compiled into the test
// programs at ":/phrases/fr.json", just as a shipped language's table is.

#include "core/study.h"

/// The third language.
inline Language thirdLanguage()
{
    return *Language::fromTag(u"fr");
}

/// The study with a French text beside every English one: topic, derived series, headline,
/// segment names and advice (the advice in French for every audience with English advice).
inline Study withThirdLanguage(Study study)
{
    const Language french = thirdLanguage();
    study.topic.setValue(french, QStringLiteral("Comment les petites entreprises utilisent les réseaux sociaux"));
    study.adoptionLabel.setValue(french, QStringLiteral("Utilisent les réseaux sociaux (au total)"));
    study.headline.setValue(french, QStringLiteral("Une PME sur quatre a une stratégie « réseaux sociaux »"));
    for (int i = 0; i < study.segments.size(); ++i)
        study.segments[i].name.setValue(
            french, QStringLiteral("Catégorie n° %1 (%2)").arg(i + 1).arg(study.segments.at(i).key));
    QList<AdviceText> frenchAdvice;
    for (const AdviceText &text : std::as_const(study.advice)) {
        if (text.language == Language::English) {
            frenchAdvice.append({text.audience, french, QStringLiteral("Conseil pour « %1 »").arg(text.audience),
                                 QStringLiteral("Première étape : définir des objectifs.\n\nEnsuite, mesurer."),
                                 text.updated});
        }
    }
    study.advice += frenchAdvice;
    study.sortAdvice();
    return study;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/seedstudy.h"

#include "core/advice.h"

Study smbGroupSocialBusinessStudy2012()
{
    Study study;
    study.slug = QStringLiteral("smb-group-2012-social-business");
    study.title = QStringLiteral("2012 Small and Medium Business Social Business Study");
    study.publisher = QStringLiteral("SMB Group");
    study.year = 2012;
    study.sourceCitation = QStringLiteral("SMB Group, 2012 Small and Medium Business Social Business Study");
    const auto text = [](const char *english, const char *german) {
        return LocalizedText{{Language::English, QString::fromUtf8(english)},
                             {Language::German, QString::fromUtf8(german)}};
    };
    study.topic = text("How small businesses use social media", "Wie kleine Unternehmen soziale Medien nutzen");
    study.adoptionLabel = text("Use social media (any)", "Nutzen soziale Medien (insgesamt)");
    study.segments = {
        {QStringLiteral("strategy"), text("Planned strategy", "Mit Strategie"), QString()},
        {QStringLiteral("adhoc"), text("Ad hoc use", "Ad hoc"), QString()},
        {QStringLiteral("none"), text("No social media", "Keine sozialen Medien"), QString()},
    };
    study.baselineSegment = 2;
    // The study names no publication day and no chart week: both stay unknown (null).
    study.waves = {
        {2011, {std::nullopt, std::nullopt, 56.0}},
        {2012, {24.0, 29.0, 47.0}},
    };
    study.advice = seedAdvice();
    study.sortAdvice();
    return study;
}

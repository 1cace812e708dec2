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
    study.topic = {QStringLiteral("How small businesses use social media"),
                   QStringLiteral("Wie kleine Unternehmen soziale Medien nutzen")};
    study.adoptionLabel = {QStringLiteral("Use social media (any)"),
                           QStringLiteral("Nutzen soziale Medien (insgesamt)")};
    study.segments = {
        {QStringLiteral("strategy"), {QStringLiteral("Planned strategy"), QStringLiteral("Mit Strategie")}, QString()},
        {QStringLiteral("adhoc"), {QStringLiteral("Ad hoc use"), QStringLiteral("Ad hoc")}, QString()},
        {QStringLiteral("none"),
         {QStringLiteral("No social media"), QStringLiteral("Keine sozialen Medien")},
         QString()},
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

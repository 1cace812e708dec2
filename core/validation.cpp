// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/validation.h"

#include "core/numberparser.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

} // namespace

QList<ValidationIssue> validateStudy(const Study &study, Language language)
{
    QList<ValidationIssue> issues;
    QSet<int> years;
    for (const SurveyWave &wave : study.waves) {
        if (years.contains(wave.year)) {
            issues.append({ValidationIssue::Kind::DuplicateWave, wave.year, -1,
                           Text::tr("The survey wave %1 appears more than once.").arg(wave.year)});
        }
        years.insert(wave.year);

        if (wave.shares.size() != study.segments.size()) {
            issues.append({ValidationIssue::Kind::ShareCountMismatch, wave.year, -1,
                           Text::tr("The survey wave %1 has %2 shares, but the study has %3 segments.")
                               .arg(wave.year)
                               .arg(wave.shares.size())
                               .arg(study.segments.size())});
            continue;
        }

        double knownTotal = 0.0;
        bool allKnown = true;
        bool rangeOk = true;
        for (int i = 0; i < wave.shares.size(); ++i) {
            const Share share = wave.shares.at(i);
            if (!share) {
                allKnown = false;
                continue;
            }
            if (!std::isfinite(*share) || *share < 0.0 || *share > 100.0) {
                rangeOk = false;
                issues.append(
                    {ValidationIssue::Kind::ShareOutOfRange, wave.year, i,
                     Text::tr("Survey wave %1, segment \"%2\": %3.")
                         .arg(wave.year)
                         .arg(study.segments.at(i).name.text(language), shareRangeProblem(*share, language))});
                continue;
            }
            knownTotal += *share;
        }
        if (!rangeOk)
            continue;

        if (study.multipleAnswers)
            continue; // several answers per respondent: no total to check
        if (knownTotal > 100.0 + kShareTotalTolerance) {
            issues.append({ValidationIssue::Kind::KnownSharesExceedTotal, wave.year, -1,
                           Text::tr("Survey wave %1: the known shares add up to %2, more than 100.")
                               .arg(wave.year)
                               .arg(shareInMessage(knownTotal, language))});
        } else if (allKnown && !wave.shares.isEmpty() && std::abs(knownTotal - 100.0) > kShareTotalTolerance) {
            issues.append({ValidationIssue::Kind::CompleteWaveNotTotal, wave.year, -1,
                           Text::tr("Survey wave %1: the shares add up to %2 instead of 100.")
                               .arg(wave.year)
                               .arg(shareInMessage(knownTotal, language))});
        }
    }
    return issues;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// What the crash driver writes and the kill tests expect: shared, so both sides agree on
// the "new" state of every scenario.

#include "core/seedstudy.h"
#include "core/study.h"

#include <QByteArray>
#include <QString>

namespace CrashScenario {

/// The study save: the seed study grown to 12 segments × 40 survey waves (several hundred
/// rows, so the transaction takes long enough to be interrupted), with a new title.
inline Study savedStudy(const Study &seed)
{
    Study study = seed;
    study.title = QStringLiteral("Saved after the edit");
    study.notes = QStringLiteral("new state");
    study.multipleAnswers = true;
    study.baselineSegment = -1;
    study.segments.clear();
    for (int i = 0; i < 12; ++i) {
        const QString key = QStringLiteral("segment-%1").arg(i);
        study.segments.append({key, {key, key}, QString()});
    }
    study.waves.clear();
    for (int w = 0; w < 40; ++w) {
        SurveyWave wave{1980 + w, {}};
        for (int i = 0; i < 12; ++i)
            wave.shares.append(double((w * 7 + i * 3) % 100));
        study.waves.append(wave);
    }
    return study;
}

/// The import: a long-layout CSV with 40 studies of 4 segments × 5 waves (English numbers).
inline QByteArray importCsv()
{
    QByteArray csv("study,wave,segment,share\n");
    for (int s = 0; s < 40; ++s) {
        for (int w = 0; w < 5; ++w) {
            for (int i = 0; i < 4; ++i) {
                csv += QStringLiteral("Imported study %1,%2,Segment %3,%4\n")
                           .arg(s)
                           .arg(2010 + w)
                           .arg(i)
                           .arg(i == 3 ? 100 - 3 * (10 + w) : 10 + w)
                           .toUtf8();
            }
        }
    }
    return csv;
}

} // namespace CrashScenario

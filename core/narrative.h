#pragma once

#include "language.h"
#include "study.h"

#include <QString>

/// Texts built from a study's figures, in the installed language (context "Narrative");
/// numbers are formatted for the given language (which should be the installed one).
namespace Narrative {

/// Title of a bar chart of one wave: "How small businesses use social media, 2012".
QString barChartTitle(const Study &study, int waveYear);

/// Title of the trend chart: "How small businesses use social media, 2011–2012".
QString trendChartTitle(const Study &study);

/// One-sentence headline for a wave, naming the largest segment and, when the previous
/// wave's baseline share is known, its change in percentage points. Unknown figures are
/// never mentioned as numbers.
QString headline(const Study &study, int waveYear, Language language);

/// "Source: SMB Group, 2012 Small and Medium Business Social Business Study".
QString sourceLine(const Study &study);

} // namespace Narrative

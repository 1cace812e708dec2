// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/chartkind.h"
#include "core/language.h"
#include "core/pptxwriter.h"
#include "core/study.h"
#include "core/theme.h"

/// The PowerPoint decks made from a study (written by writeDeck(), core/pptxwriter.h). Every
/// text is in the deck's language and comes from the study and the phrase tables
/// (Narrative, adviceSections()), so a deck reads like the app and the PDF report. Charts
/// are native: the bars or lines with the study's shares (0–100) as their values, unknown
/// shares left out, segments in the theme's colours (the baseline segment in its neutral
/// grey, the derived adoption line in its own colour), the theme's font and logo.
namespace StudyDeck {

/// One chart on one slide (`export --format pptx`): the headline as the slide title, what
/// the chart shows under it, the chart, the source line, and the narrative and every
/// audience's advice as speaker notes. waveYear is used by the bar chart; a wave the study
/// doesn't have gives a chart without bars (the narrative says so).
Deck chartDeck(const Study &study, ChartKind kind, int waveYear, Language language, const ThemeDescription &theme);

/// The deck of a study (`report --format pptx`): a title slide (topic, headline finding and
/// source), the chart of the week (the newest wave), the trend chart when the study has
/// two or more waves, the earlier waves newest first, then one slide per audience's advice.
/// Every chart slide carries its narrative and the advice as speaker notes.
Deck reportDeck(const Study &study, Language language, const ThemeDescription &theme);

} // namespace StudyDeck

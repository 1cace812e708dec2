// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"
#include "ui/charts/chartspec.h"
#include "ui/charts/chartstyle.h"

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>

/// How to lay out a PDF report.
struct ReportOptions
{
    Language language = Language::English;
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int resolution = 300;                               ///< Dots per inch of the PDF writer's coordinate system.
    ChartStyle::Theme style = ChartStyle::lightTheme(); ///< Colours, fonts and logo of every page.
};

/// Where a report put its charts, for checks: sizes in millimetres on the page's paint area.
struct ReportLayout
{
    struct Chart
    {
        int page = 0; ///< 1 is the cover.
        QRectF rect;  ///< In millimetres from the paint area's top-left corner.
        double smallestTextPoints = 0.0;
        ChartKind kind = ChartKind::Bar;
        int waveYear = 0;
    };
    QList<Chart> charts;
    QList<int> pageNumbers; ///< The pages that carry a number and the running footer.
    double textWidthMillimetres = 0.0;
    int pageCount = 0;
};

/// Writes a multi-page PDF report on the studies (one study, or the charts of a range of
/// weeks). The cover gives the headline finding and the key figures (every segment's share
/// in the newest wave and the derived figure). For each study a spread follows — on the
/// left page the chart of the week (the newest wave) with its narrative, on the right the
/// advice per audience — then the trend chart and the earlier waves, newest first, each
/// with its narrative. A last page gives each source's full citation. Every chart spans
/// the text width in its publication layout (ChartPage), its smallest text at least 8 pt
/// (about 9.2 pt on A4); every page but the cover has a running footer with the source
/// and its page number. Texts in options.language (its translator is installed while the
/// report is written, the previous one afterwards), DejaVu Sans embedded, charts as
/// vectors. Written through QSaveFile; returns a translated message naming the file on
/// failure (an empty list of studies is one), std::nullopt on success. layout, when
/// given, receives where the charts went.
std::optional<QString> writeReport(const QList<Study> &studies, const ReportOptions &options, const QString &path,
                                   ReportLayout *layout = nullptr);

/// Writes the deck of a study (StudyDeck::reportDeck(): title slide, the charts as native
/// PowerPoint charts with their narrative and the advice as speaker notes, one slide per
/// audience's advice) in language and the theme's colours, font and logo, as a PowerPoint
/// file through QSaveFile. Returns a translated message naming the file on failure,
/// std::nullopt on success.
std::optional<QString> writeReportDeck(const Study &study, Language language, const ChartStyle::Theme &style,
                                       const QString &path);

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/study.h"
#include "ui/charts/chartstyle.h"

#include <QList>
#include <QPageLayout>
#include <QPageSize>
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

/// Writes a multi-page PDF report on the studies (one study, or the charts of a range of
/// weeks): a cover page; for each study a page per chart (a bar chart for every survey
/// wave, then the trend chart), each with its headline and narrative; the advice per
/// audience; and a last page with the sources. Texts in options.language (its translator
/// is installed while the report is written, the previous one afterwards), DejaVu Sans
/// embedded, charts as vectors. Written through QSaveFile; returns a translated message
/// naming the file on failure (an empty list of studies is one), std::nullopt on success.
std::optional<QString> writeReport(const QList<Study> &studies, const ReportOptions &options, const QString &path);

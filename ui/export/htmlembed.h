// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"

#include <QByteArray>
#include <QSize>
#include <QString>

/// The web embed of a chart: a responsive, accessible figure that needs no script and makes
/// no request. The headline, description, notes, source line and byline are HTML text (they
/// wrap and scale with the reader's font settings); the chart itself is inline SVG drawn
/// twice, on a narrow canvas for phones and a wide one for article columns, one shown at a
/// time by a container query on the figure's width, each scaled to that width (viewBox,
/// width 100 %) and never below its canvas, so no text is smaller than 12 CSS px. The SVG
/// is an image named by the chart's alt text; a visually hidden table gives screen readers
/// every figure of the chart. Texts follow spec.language (lang is set), numbers too.
namespace HtmlEmbed {

/// The narrow canvas (phones, 360 CSS px and up) and the wide one (from 640 CSS px).
inline constexpr QSize kNarrowCanvas{360, 360};
inline constexpr QSize kWideCanvas{640, 360};

/// Whole page: UTF-8, lang, viewport, a Content-Security-Policy that forbids every request
/// and every script, the figure in <main>. Empty when the SVG writer cannot start.
QByteArray page(const ChartSpec &spec);

/// The figure for pasting into a page: its <style> (every rule scoped to the figure's
/// class) followed by the <figure> element, with the headline as an <h2>. Empty when the
/// SVG writer cannot start.
QString figureSnippet(const ChartSpec &spec);

/// An <iframe> showing the page published as fileUrl (a file name or a web address,
/// escaped here), titled with the headline, full width and as tall as the page is at its
/// tallest.
QString iframeSnippet(const ChartSpec &spec, const QString &fileUrl);

} // namespace HtmlEmbed

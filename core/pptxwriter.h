// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/share.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A native chart on a slide: DrawingML (c:chartSpace) with its values cached in the chart
/// part and stored in an embedded workbook, so "Edit Data" in PowerPoint and LibreOffice
/// Impress opens them.
struct DeckChart
{
    enum class Kind { Bar, Line };
    struct Series
    {
        QString name;
        QList<Share> values;     ///< One per category, shares 0–100; unknown ones are left out.
        QString color;           ///< "#rrggbb".
        QStringList pointColors; ///< Bar charts: one colour per category (empty: color).
        bool dashed = false;     ///< Line charts: a dashed line (a derived series).
        int segment = -2;        ///< Line charts: the study's segment shown (index), -1 the adoption line, -2 none.
    };
    Kind kind = Kind::Bar;
    QStringList categories; ///< Segment names (bars, in the study's order) or survey waves (lines).
    int waveYear = 0;       ///< Bar charts: the survey wave shown.
    QList<Series> series;
};

/// One slide: a title, then a chart or body paragraphs, a source line at the foot, and the
/// speaker notes. The value axis of a chart starts at 0 % and ends at a round figure above
/// its largest share (at most 100 %).
struct DeckSlide
{
    QString title;
    QString subtitle;       ///< Under the title (the title slide, a chart's description).
    QStringList paragraphs; ///< Body text (advice); ignored when there is a chart.
    std::optional<DeckChart> chart;
    QStringList footnotes; ///< Above the source line (figures not reported).
    QString source;        ///< The source line at the foot of the slide.
    QStringList notes;     ///< Speaker notes, one paragraph each.
};

/// A deck of slides in one language with the theme's colours and font.
struct Deck
{
    Language language = Language::English; ///< Slide texts and the data labels' number format.
    QString title;                         ///< The document's title (properties).
    QString font = QStringLiteral("DejaVu Sans");
    QString textColor = QStringLiteral("#1a1a1a");
    QString secondaryTextColor = QStringLiteral("#555555");
    QString backgroundColor = QStringLiteral("#ffffff");
    QString accentColor = QStringLiteral("#1f77b4");
    /// The logo as PNG file bytes (core/theme.h validateLogoPng()), drawn in the top right
    /// corner of every slide at most 1.5 × 0.6 inches, aspect kept; empty for none.
    QByteArray logoPng;
    bool titleSlide = true;  ///< Whether the first slide is laid out as the title slide (no chart).
    QList<DeckSlide> slides; ///< At least one.
};

/// Writes the deck as a PowerPoint file (PresentationML, 16:9): zipped with Debian's libzip,
/// XML through QXmlStreamWriter, every chart's workbook through libxlsxwriter. Colours
/// that aren't "#rrggbb" fall back to the defaults above; a logo that isn't a valid PNG is
/// left out. Returns the file's bytes, or nullopt with a translated reason in *error.
std::optional<QByteArray> writeDeck(const Deck &deck, QString *error = nullptr);

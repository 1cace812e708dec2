// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/charts/chartspec.h"
#include "ui/charts/typography.h"

#include <QPoint>
#include <QRect>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QChart;
class QChartView;
class QLabel;

/// Shows one chart (bar or trend) in its publication layout (ChartPage: headline,
/// description, chart, notes, source line, byline), and reports clicks on a bar or a
/// trend point as a segment. Hovering shows the segment, wave and exact share. By keyboard,
/// Left/Right (Home/End) select the previous/next (first/last) bar or trend line as a click
/// would; the chart draws a focus frame while it has the keyboard focus. Chart texts follow
/// the application font size (never smaller than the export sizes).
class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    /// Rebuilds the chart for the spec (its parts are replaced by parts()).
    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }

    /// The parts of the layout shown (all by default; slides leave the headline to the slide).
    void setParts(const ChartParts &parts);
    const ChartParts &parts() const { return m_parts; }
    /// The type the chart is drawn in: screenTypography() times effectiveTextScale().
    Typography typography() const;

    /// Enlarges every text of the chart and its footnotes by factor (presentation mode);
    /// 1 is the normal size used in the main window and in exports.
    void setTextScale(qreal factor);
    qreal textScale() const { return m_textScale; }
    /// Whether chart texts grow with the application font (default true; slides, which fit
    /// their texts to the screen, turn it off).
    void setFollowsApplicationFont(bool on);
    /// textScale() times the application font's factor (1 unless the font is larger than
    /// the chart's footnote size).
    qreal effectiveTextScale() const;

    /// Draws the chart in the high-contrast colours (HighContrastStyle).
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

    /// Draws the segment's bar or line emphasised; -1 clears the emphasis.
    void setSelectedSegment(int segmentIndex);
    int selectedSegment() const { return m_selectedSegment; }

    /// Where a segment's bar (bar chart) or its newest point (trend chart) is, in the
    /// coordinates of chartViewport(); a null point when the segment isn't drawn.
    QPoint segmentPosition(int segmentIndex) const;
    /// The widget that receives mouse events on the chart.
    QWidget *chartViewport() const;
    /// The chart view: the focus proxy of this widget, named and described for screen readers.
    QWidget *chartView() const;
    /// The segments the arrow keys step through, in their order on screen: the bars drawn
    /// (bar chart), or the lines with their adoption line -1 (trend chart).
    QList<int> selectableSegments() const;

    /// What a screen reader says for a part of selectableSegments(): a bar's segment, wave and
    /// share ("No social media, 2012: 47%"), a trend line's name and its shares oldest first
    /// ("No social media: 2011 56%, 2012 47%"); in the chart's language.
    QString segmentAccessibleName(int segmentIndex) const;
    /// The bar, or the box around a trend line's points, in chartViewport() coordinates; a
    /// null rectangle when the segment isn't drawn.
    QRect segmentRect(int segmentIndex) const;
    /// The position in selectableSegments() the arrow keys reached; -1 before the first key.
    qsizetype keyboardPosition() const { return m_keyboardIndex; }
    /// The position in selectableSegments() of the selected part; -1 when none is.
    qsizetype selectedPosition() const;

    /// Every text shown with the chart: headline, description, names, axis labels, legend,
    /// data labels, line-end names and annotations.
    QStringList visibleTexts() const;
    /// The footer: notes, source line and byline, one per line.
    QString footnoteText() const;
    QString lastToolTip() const { return m_lastToolTip; }

Q_SIGNALS:
    /// The user clicked the bar or a point of a segment (-1: the derived adoption line).
    void segmentActivated(int segmentIndex, int waveYear);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void connectSeries();
    void updateTextFonts();
    void rebuildIfOrientationChanged();
    /// The (segment, wave year) of the trend point near a viewport position.
    std::optional<std::pair<int, int>> trendPointAt(const QPoint &viewportPos) const;
    void showToolTip(int segmentIndex, int waveYear);
    void applySelection();
    bool handleKey(int key);
    void activateByKeyboard(int segmentIndex);
    /// Tells a screen reader which part is selected and, with focus, which one the keyboard is on.
    void notifyAccessibleSelection(bool keyboard);

    ChartSpec m_spec;
    ChartParts m_parts;
    QLabel *m_headline = nullptr;
    QLabel *m_description = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_byline = nullptr;
    bool m_horizontalBars = false;
    int m_selectedSegment = -1;
    qreal m_textScale = 1.0;
    bool m_followsApplicationFont = true;
    bool m_highContrast = false;
    qsizetype m_keyboardIndex = -1; ///< In selectableSegments(), after an arrow key; -1: none.
    QString m_lastToolTip;
    bool m_legendFitPending = false;
};

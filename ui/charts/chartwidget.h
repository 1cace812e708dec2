#pragma once

#include "chartspec.h"

#include <QPoint>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <utility>

class QChart;
class QChartView;
class QLabel;

/// Shows one chart (bar or trend) with its footnotes, and reports clicks on a bar or a
/// trend point as a segment. Hovering shows the segment, wave and exact share.
class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    /// Rebuilds the chart for the spec.
    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }

    /// Enlarges every text of the chart and its footnotes by factor (presentation mode);
    /// 1 is the normal size used in the main window and in exports.
    void setTextScale(qreal factor);
    qreal textScale() const { return m_textScale; }

    /// Draws the segment's bar or line emphasised; -1 clears the emphasis.
    void setSelectedSegment(int segmentIndex);
    int selectedSegment() const { return m_selectedSegment; }

    /// Where a segment's bar (bar chart) or its newest point (trend chart) is, in the
    /// coordinates of chartViewport(); a null point when the segment isn't drawn.
    QPoint segmentPosition(int segmentIndex) const;
    /// The widget that receives mouse events on the chart.
    QWidget *chartViewport() const;

    /// Every text drawn in the chart: title, axis titles and labels, legend, data labels.
    QStringList visibleTexts() const;
    QString footnoteText() const;
    QString lastToolTip() const { return m_lastToolTip; }

Q_SIGNALS:
    /// The user clicked the bar or a point of a segment (-1: the derived adoption line).
    void segmentActivated(int segmentIndex, int waveYear);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectSeries();
    void fitTitle();
    /// The (segment, wave year) of the trend point near a viewport position.
    std::optional<std::pair<int, int>> trendPointAt(const QPoint &viewportPos) const;
    void showToolTip(int segmentIndex, int waveYear);
    void applySelection();

    ChartSpec m_spec;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_source = nullptr;
    int m_selectedSegment = -1;
    qreal m_textScale = 1.0;
    QString m_lastToolTip;
};

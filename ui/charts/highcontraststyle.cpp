// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/highcontraststyle.h"

#include "ui/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>

#include <array>

namespace HighContrastStyle {

QColor segmentColor(int segmentIndex, bool isBaseline)
{
    if (isBaseline)
        return QColor(0x40, 0x40, 0x40);
    // Dark blue, brown, teal, purple, dark red, violet: 7.8:1 to 10.6:1 on white.
    static const std::array<QColor, 6> palette = {QColor(0x00, 0x3f, 0x8a), QColor(0x7a, 0x33, 0x00),
                                                  QColor(0x00, 0x50, 0x6b), QColor(0x6a, 0x1b, 0x6a),
                                                  QColor(0x8b, 0x00, 0x00), QColor(0x5a, 0x2a, 0x82)};
    return palette.at(std::size_t(segmentIndex < 0 ? 0 : segmentIndex) % palette.size());
}

QColor adoptionColor()
{
    return QColor(0x00, 0x5c, 0x3a);
}

QColor lineColor()
{
    return QColor(0x57, 0x57, 0x57);
}

void applyToChart(QChart *chart, const ChartSpec &spec)
{
    const auto colorOf = [&spec](int segmentIndex) {
        return segmentIndex < 0 ? adoptionColor()
                                : segmentColor(segmentIndex, segmentIndex == spec.study.baselineSegment);
    };
    chart->setBackgroundBrush(spec.style.background);
    chart->setTitleBrush(QColor(Qt::black));
    chart->legend()->setLabelColor(QColor(Qt::black));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(QColor(Qt::black));
        axis->setTitleBrush(QColor(Qt::black));
        axis->setLinePen(QPen(QColor(Qt::black), 1.5));
        axis->setGridLineColor(lineColor());
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setColor(colorOf(set->property("segmentIndex").toInt()));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const QColor color = colorOf(line->property("segmentIndex").toInt());
            QPen pen = line->pen();
            pen.setColor(color);
            line->setPen(pen);
            line->setColor(color);
        }
    }
    // Names, values and annotations the chart draws itself.
    for (QGraphicsItem *child : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child))
            text->setBrush(QColor(Qt::black));
    }
}

} // namespace HighContrastStyle

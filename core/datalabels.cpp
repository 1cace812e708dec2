// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/datalabels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

bool fitsInside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() && inner.right() <= outer.right() && inner.top() >= outer.top() &&
           inner.bottom() <= outer.bottom();
}

bool collides(const QRectF &box, const QList<QRectF> &obstacles, double padding)
{
    const QRectF grown = box.adjusted(-padding, -padding, padding, padding);
    return std::any_of(obstacles.cbegin(), obstacles.cend(), [&grown](const QRectF &obstacle) {
        return grown.intersects(obstacle.normalized());
    });
}

} // namespace

namespace DataLabels {

QList<std::optional<int>> roundedLabels(const QList<Share> &shares, bool exclusive)
{
    QList<std::optional<int>> labels(shares.size());
    if (!exclusive) {
        for (qsizetype i = 0; i < shares.size(); ++i) {
            if (shares.at(i))
                labels[i] = int(std::lround(*shares.at(i)));
        }
        return labels;
    }

    double total = 0.0;
    int floorTotal = 0;
    QList<qsizetype> known;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (!shares.at(i))
            continue;
        const int down = int(std::floor(*shares.at(i)));
        labels[i] = down;
        floorTotal += down;
        total += *shares.at(i);
        known.append(i);
    }
    // The remaining whole points go to the largest remainders.
    std::stable_sort(known.begin(), known.end(), [&shares](qsizetype a, qsizetype b) {
        const double remainderA = *shares.at(a) - std::floor(*shares.at(a));
        const double remainderB = *shares.at(b) - std::floor(*shares.at(b));
        if (std::abs(remainderA - remainderB) > 1e-9)
            return remainderA > remainderB;
        return *shares.at(a) > *shares.at(b);
    });
    const int missing = int(std::lround(total)) - floorTotal;
    for (int k = 0; k < missing && k < known.size(); ++k) {
        if (*shares.at(known.at(k)) > std::floor(*shares.at(known.at(k))))
            labels[known.at(k)] = *labels.at(known.at(k)) + 1;
    }
    return labels;
}

QList<LabelBox> placeBarLabels(const QList<QRectF> &bars, const QList<QSizeF> &labelSizes, const QRectF &bounds,
                               double padding)
{
    const qsizetype count = std::min(bars.size(), labelSizes.size());
    QList<LabelBox> result(count);
    QList<QRectF> placed;
    for (qsizetype i = 0; i < count; ++i) {
        const QRectF bar = bars.at(i).normalized();
        const QSizeF size = labelSizes.at(i);
        const double left = bar.center().x() - size.width() / 2.0;

        const QRectF inside(left, bar.top() + padding, size.width(), size.height());
        if (fitsInside(inside.adjusted(-padding, -padding, padding, padding), bar)) {
            result[i] = {Placement::Inside, inside};
            placed.append(inside);
            continue;
        }
        const QRectF above(left, bar.top() - padding - size.height(), size.width(), size.height());
        QList<QRectF> others = placed;
        for (qsizetype b = 0; b < bars.size(); ++b) {
            if (b != i)
                others.append(bars.at(b));
        }
        // Its own bar only has to stay clear below the label (padding is already there).
        if (fitsInside(above, bounds) && !collides(above, others, padding) && !above.intersects(bar)) {
            result[i] = {Placement::Outside, above};
            placed.append(above);
        }
    }
    return result;
}

QList<LabelBox> placePointLabels(const QList<QPointF> &points, const QList<QSizeF> &labelSizes, const QRectF &bounds,
                                 double markerRadius, double padding)
{
    const qsizetype count = std::min(points.size(), labelSizes.size());
    QList<LabelBox> result(count);
    QList<QRectF> obstacles;
    for (const QPointF &point : points)
        obstacles.append(
            QRectF(point.x() - markerRadius, point.y() - markerRadius, 2 * markerRadius, 2 * markerRadius));
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF point = points.at(i);
        const QSizeF size = labelSizes.at(i);
        const double left = point.x() - size.width() / 2.0;
        const double gap = markerRadius + padding;
        for (const QRectF &candidate : {QRectF(left, point.y() - gap - size.height(), size.width(), size.height()),
                                        QRectF(left, point.y() + gap, size.width(), size.height())}) {
            if (fitsInside(candidate, bounds) && !collides(candidate, obstacles, padding)) {
                result[i] = {Placement::Outside, candidate};
                obstacles.append(candidate);
                break;
            }
        }
    }
    return result;
}

} // namespace DataLabels

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/datalabels.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace {

// Boxes laid out to touch an edge may miss it by a rounding error, which must not decide
// whether a label fits (a PDF page's canvas differs from a PNG's in the 5th digit).
constexpr double kFitTolerance = 0.01;

bool fitsInside(const QRectF &inner, const QRectF &outer)
{
    return inner.left() >= outer.left() - kFitTolerance && inner.right() <= outer.right() + kFitTolerance &&
           inner.top() >= outer.top() - kFitTolerance && inner.bottom() <= outer.bottom() + kFitTolerance;
}

bool collides(const QRectF &box, const QList<QRectF> &obstacles, double padding)
{
    const QRectF grown = box.adjusted(-padding, -padding, padding, padding);
    return std::any_of(obstacles.cbegin(), obstacles.cend(), [&grown](const QRectF &obstacle) {
        return grown.intersects(obstacle.normalized());
    });
}

// Rectangles in square cells, so a collision test looks only at the cells a box touches
// and a chart with many points costs linear, not quadratic, time.
class ObstacleGrid final
{
public:
    ObstacleGrid(const QRectF &bounds, double cellSize)
        : m_origin(bounds.topLeft())
        , m_cell(std::max(cellSize, 1.0))
    {}

    void add(const QRectF &rect)
    {
        const QRectF box = rect.normalized();
        const qsizetype index = m_rects.size();
        m_rects.append(box);
        forEachCell(box, [this, index](qint64 key) {
            m_cells[key].append(index);
        });
    }

    bool collides(const QRectF &box, double padding) const
    {
        const QRectF grown = box.adjusted(-padding, -padding, padding, padding);
        bool hit = false;
        forEachCell(grown, [&](qint64 key) {
            if (hit)
                return;
            const auto found = m_cells.constFind(key);
            if (found == m_cells.cend())
                return;
            for (qsizetype index : *found) {
                if (grown.intersects(m_rects.at(index))) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    template<typename Visit> void forEachCell(const QRectF &box, Visit visit) const
    {
        const qint64 left = qint64(std::floor((box.left() - m_origin.x()) / m_cell));
        const qint64 right = qint64(std::floor((box.right() - m_origin.x()) / m_cell));
        const qint64 top = qint64(std::floor((box.top() - m_origin.y()) / m_cell));
        const qint64 bottom = qint64(std::floor((box.bottom() - m_origin.y()) / m_cell));
        // A box far larger than a cell (never a label) is filed under a bounded number of cells.
        if ((right - left + 1) * (bottom - top + 1) > 4096) {
            visit(std::numeric_limits<qint64>::min());
            return;
        }
        for (qint64 y = top; y <= bottom; ++y) {
            for (qint64 x = left; x <= right; ++x)
                visit((y << 32) ^ (x & 0xffffffff));
        }
    }

    QPointF m_origin;
    double m_cell;
    QList<QRectF> m_rects;
    QHash<qint64, QList<qsizetype>> m_cells;
};

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
                               double padding, BarLabelRule rule)
{
    const qsizetype count = std::min(bars.size(), labelSizes.size());
    QList<LabelBox> result(count);
    QList<QRectF> placed;
    for (qsizetype i = 0; i < count; ++i) {
        const QRectF bar = bars.at(i).normalized();
        const QSizeF size = labelSizes.at(i);
        const double left = bar.center().x() - size.width() / 2.0;

        const QRectF inside(left, bar.top() + padding, size.width(), size.height());
        const bool insideFits = fitsInside(inside.adjusted(-padding, -padding, padding, padding), bar) &&
                                !collides(inside, placed, padding);
        const QRectF above(left, bar.top() - padding - size.height(), size.width(), size.height());
        QList<QRectF> others = placed;
        for (qsizetype b = 0; b < bars.size(); ++b) {
            if (b != i)
                others.append(bars.at(b));
        }
        // Its own bar only has to stay clear below the label (padding is already there).
        const bool aboveFits = fitsInside(above, bounds) && !collides(above, others, padding) && !above.intersects(bar);
        if (rule == BarLabelRule::InsideFirst && insideFits) {
            result[i] = {Placement::Inside, inside};
        } else if (aboveFits) {
            result[i] = {Placement::Outside, above};
        } else if (insideFits) {
            result[i] = {Placement::Inside, inside};
        } else {
            continue;
        }
        placed.append(result.at(i).rect);
    }
    return result;
}

QList<LabelBox> placePointLabels(const QList<QPointF> &points, const QList<QSizeF> &labelSizes, const QRectF &bounds,
                                 double markerRadius, double padding)
{
    const qsizetype count = std::min(points.size(), labelSizes.size());
    QList<LabelBox> result(count);
    double cell = 4.0 * markerRadius;
    for (const QSizeF &size : labelSizes)
        cell = std::max({cell, size.width(), size.height()});
    ObstacleGrid obstacles(bounds, cell + 2.0 * padding);
    for (const QPointF &point : points)
        obstacles.add(QRectF(point.x() - markerRadius, point.y() - markerRadius, 2 * markerRadius, 2 * markerRadius));
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF point = points.at(i);
        const QSizeF size = labelSizes.at(i);
        const double left = point.x() - size.width() / 2.0;
        const double gap = markerRadius + padding;
        for (const QRectF &candidate : {QRectF(left, point.y() - gap - size.height(), size.width(), size.height()),
                                        QRectF(left, point.y() + gap, size.width(), size.height())}) {
            if (fitsInside(candidate, bounds) && !obstacles.collides(candidate, padding)) {
                result[i] = {Placement::Outside, candidate};
                obstacles.add(candidate);
                break;
            }
        }
    }
    return result;
}

QRectF uprightRect(const QRectF &rect)
{
    return QRectF(QPointF(rect.top(), -rect.right()), QPointF(rect.bottom(), -rect.left())).normalized();
}

QRectF fromUprightRect(const QRectF &rect)
{
    return QRectF(QPointF(-rect.bottom(), rect.left()), QPointF(-rect.top(), rect.right())).normalized();
}

std::optional<int> shownShare(const Study &study, int waveIdx, int segmentIdx)
{
    if (waveIdx < 0 || waveIdx >= study.waves.size() || segmentIdx < -1 || segmentIdx >= study.segments.size())
        return std::nullopt;
    QList<Share> shares;
    for (int i = 0; i < study.segments.size(); ++i)
        shares.append(study.share(waveIdx, i));
    const QList<std::optional<int>> labels = roundedLabels(shares, !study.multipleAnswers);
    if (segmentIdx >= 0)
        return labels.at(segmentIdx);
    const int baseline = study.baselineSegment;
    if (baseline < 0 || baseline >= study.segments.size())
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < labels.size(); ++i) {
        if (i == baseline)
            continue;
        if (!labels.at(i))
            return labels.at(baseline) ? std::optional<int>(100 - *labels.at(baseline)) : std::nullopt;
        sum += *labels.at(i);
    }
    return sum;
}

} // namespace DataLabels

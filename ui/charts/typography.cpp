// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/charts/typography.h"

#include <algorithm>

Typography Typography::scaled(double factor) const
{
    Typography result = *this;
    for (double *value :
         {&result.headline, &result.description, &result.dataLabel, &result.category, &result.axis, &result.legend,
          &result.footer, &result.annotation, &result.lineWidth, &result.markerSize, &result.margin})
        *value *= factor;
    return result;
}

bool isSocialSize(const QSize &pixels)
{
    for (const QSize social : {QSize(1080, 1080), QSize(1080, 1350), QSize(1200, 675), QSize(1920, 1080)}) {
        if (pixels == social)
            return true;
    }
    return false;
}

QSizeF canvasSizeFor(const QSizeF &target, bool social)
{
    if (target.width() <= 0 || target.height() <= 0)
        return {kArticleCssWidth, kArticleCssWidth * 9.0 / 16.0};
    const double width = social ? kPhoneCssWidth : std::clamp(target.width(), kPhoneCssWidth, kArticleCssWidth);
    return {width, width * target.height() / target.width()};
}

Typography publicationTypography(const QSizeF &canvas)
{
    Typography type;
    const double aspect = canvas.height() / std::max(1.0, canvas.width());
    if (canvas.width() <= kPhoneCssWidth + 0.5) {
        // A phone: a tighter page, the headline as large as the height allows.
        type.margin = 10.0;
        type.headline = aspect >= 0.9 ? 21.0 : 16.0;
        type.description = aspect >= 0.9 ? 14.0 : 12.0;
        type.dataLabel = 13.0;
        type.category = 12.0;
        type.lineWidth = 2.0;
        type.markerSize = 5.0;
    } else if (aspect >= 0.9) {
        type.headline = 24.0;
        type.description = 15.0;
    }
    return type;
}

Typography screenTypography()
{
    Typography type;
    type.headline = 20.0;
    type.description = 14.0;
    type.dataLabel = 15.0;
    type.category = 14.0;
    type.axis = 13.0;
    type.legend = 13.0;
    type.footer = 13.0;
    type.annotation = 13.0;
    type.lineWidth = 3.0;
    type.markerSize = 7.0;
    type.margin = 8.0;
    return type;
}

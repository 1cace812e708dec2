#include "chartstyle.h"

#include <array>
#include <cmath>

namespace ChartStyle {

QFont font(int pixelSize, bool bold)
{
    QFont result(kFontFamily);
    result.setPixelSize(pixelSize);
    result.setBold(bold);
    result.setStyleStrategy(QFont::PreferAntialias);
    return result;
}

QColor segmentColor(int segmentIndex, bool isBaseline)
{
    if (isBaseline)
        return QColor(0x8c, 0x8c, 0x8c);
    // Okabe–Ito: blue, orange, bluish green, reddish purple, vermillion, sky blue.
    static const std::array<QColor, 6> palette = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                                  QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                                  QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9)};
    return palette.at(std::size_t(segmentIndex < 0 ? 0 : segmentIndex) % palette.size());
}

QColor adoptionColor()
{
    return QColor(0x00, 0x9e, 0x73);
}

QColor textColor()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QColor secondaryTextColor()
{
    return QColor(0x4d, 0x4d, 0x4d);
}

QColor backgroundColor()
{
    return QColor(Qt::white);
}

QColor labelColorOn(const QColor &fill)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, fill) >= contrastRatio(white, fill) ? black : white;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ChartStyle

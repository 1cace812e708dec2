#pragma once

#include <QColor>
#include <QFont>
#include <QString>

/// Fonts and colours shared by the charts on screen and in exports.
/// The family comes from Debian's fonts-dejavu-core, so exports look the same everywhere.
namespace ChartStyle {

inline const QString kFontFamily = QStringLiteral("DejaVu Sans");

/// A font of the chart family at a pixel size.
QFont font(int pixelSize, bool bold = false);

/// The colour of a segment by its position (Okabe–Ito palette, colour-blind safe);
/// the baseline ("none") segment is a neutral grey.
QColor segmentColor(int segmentIndex, bool isBaseline);

/// The colour of the derived adoption line.
QColor adoptionColor();

QColor textColor();
QColor secondaryTextColor();
/// The background of charts and exported pages.
QColor backgroundColor();

/// The colour of a data label drawn on a filled area: black or white, whichever has the
/// higher contrast against fill.
QColor labelColorOn(const QColor &fill);

/// The WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

inline constexpr int kTitlePixelSize = 22;
inline constexpr int kDataLabelPixelSize = 16;
inline constexpr int kAxisLabelPixelSize = 14;
inline constexpr int kLegendPixelSize = 14;
inline constexpr int kFootnotePixelSize = 13;

} // namespace ChartStyle

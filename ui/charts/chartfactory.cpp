#include "chartfactory.h"

#include "chartstyle.h"
#include "derivedfigures.h"
#include "narrative.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)
};

QString percentLabelFormat(Language language, const char *tag)
{
    const QString value = QString::fromLatin1(tag);
    if (language == Language::German)
        return value + QChar(0x00A0) + u'%';
    return value + u'%';
}

void styleChart(QChart *chart, const QString &title, Language language)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setLocalizeNumbers(true);
    chart->setLocale(localeFor(language));
    chart->setTitle(title);
    chart->setTitleFont(ChartStyle::font(ChartStyle::kTitlePixelSize, true));
    chart->setTitleBrush(ChartStyle::textColor());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(ChartStyle::font(ChartStyle::kLegendPixelSize));
    chart->legend()->setLabelColor(ChartStyle::textColor());
    chart->setMargins(QMargins(8, 8, 8, 8));
}

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setTitleText(title);
    axis->setTitleFont(ChartStyle::font(ChartStyle::kAxisLabelPixelSize, true));
    axis->setTitleBrush(ChartStyle::textColor());
    axis->setLabelsFont(ChartStyle::font(ChartStyle::kAxisLabelPixelSize));
    axis->setLabelsBrush(ChartStyle::textColor());
    axis->setTruncateLabels(false);
}

QValueAxis *shareAxis(double maxShare)
{
    auto *axis = new QValueAxis;
    const double top = std::min(100.0, std::ceil((maxShare + 8.0) / 10.0) * 10.0);
    axis->setRange(0.0, std::max(10.0, top));
    axis->setTickCount(int(std::max(10.0, top) / 10.0) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(axis, Text::tr("Share of respondents (%)"));
    return axis;
}

QChart *createBarChart(const ChartSpec &spec)
{
    const Study &study = spec.study;
    auto *chart = new QChart;
    styleChart(chart, Narrative::barChartTitle(study, spec.waveYear), spec.language);

    auto *series = new QBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(percentLabelFormat(spec.language, "@value"));
    series->setBarWidth(0.8);
    series->setProperty("segmentIndex", -1);

    const int waveIdx = study.waveIndex(spec.waveYear);
    double maxShare = 0.0;
    for (int i = 0; i < study.segments.size(); ++i) {
        const Share share = study.share(waveIdx, i);
        if (!share)
            continue;
        auto *set = new QBarSet(study.segments.at(i).name.text(spec.language));
        set->append(*share);
        const QColor color = ChartStyle::segmentColor(i, i == study.baselineSegment);
        set->setColor(color);
        set->setBorderColor(Qt::white);
        set->setPen(QPen(Qt::white, 4.0)); // a white gap between neighbouring bars
        set->setLabelColor(ChartStyle::textColor());
        set->setLabelFont(ChartStyle::font(ChartStyle::kDataLabelPixelSize, true));
        set->setProperty("segmentIndex", i);
        series->append(set);
        maxShare = std::max(maxShare, *share);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(QString::number(spec.waveYear));
    styleAxis(categories, Text::tr("Survey wave"));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    QValueAxis *values = shareAxis(maxShare);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

// One line per run of consecutive known points: an unknown share is a gap, never 0.
void addTrendLine(QChart *chart, const Study &study, const QString &name, const QColor &color,
                  int segmentIndex, const QList<Share> &values, Qt::PenStyle penStyle, Language language,
                  QList<QAbstractSeries *> *added)
{
    QLineSeries *current = nullptr;
    bool first = true;
    for (int w = 0; w < study.waves.size(); ++w) {
        const Share share = values.at(w);
        if (!share) {
            current = nullptr;
            continue;
        }
        if (!current) {
            current = new QLineSeries;
            current->setName(name);
            QPen pen(color, 3.0);
            pen.setStyle(penStyle);
            current->setPen(pen);
            current->setColor(color);
            current->setPointsVisible(true);
            current->setMarkerSize(7.0);
            current->setPointLabelsVisible(true);
            current->setPointLabelsClipping(false);
            current->setPointLabelsFormat(percentLabelFormat(language, "@yPoint"));
            current->setPointLabelsFont(ChartStyle::font(ChartStyle::kDataLabelPixelSize, true));
            current->setPointLabelsColor(ChartStyle::textColor());
            current->setProperty("segmentIndex", segmentIndex);
            current->setProperty("firstOfLine", first);
            chart->addSeries(current);
            added->append(current);
            first = false;
        }
        current->append(study.waves.at(w).year, *share);
    }
}

QChart *createTrendChart(const ChartSpec &spec)
{
    const Study &study = spec.study;
    auto *chart = new QChart;
    styleChart(chart, Narrative::trendChartTitle(study), spec.language);

    QList<QAbstractSeries *> series;
    double maxShare = 0.0;
    for (int i = 0; i < study.segments.size(); ++i) {
        QList<Share> values;
        for (int w = 0; w < study.waves.size(); ++w) {
            values.append(study.share(w, i));
            if (values.constLast())
                maxShare = std::max(maxShare, *values.constLast());
        }
        addTrendLine(chart, study, study.segments.at(i).name.text(spec.language),
                     ChartStyle::segmentColor(i, i == study.baselineSegment), i, values, Qt::SolidLine,
                     spec.language, &series);
    }
    if (study.baselineSegment >= 0) {
        QList<Share> adoption;
        for (int w = 0; w < study.waves.size(); ++w) {
            adoption.append(DerivedFigures::adoptionShare(study, w));
            if (adoption.constLast())
                maxShare = std::max(maxShare, *adoption.constLast());
        }
        addTrendLine(chart, study, study.adoptionLabel.text(spec.language), ChartStyle::adoptionColor(), -1,
                     adoption, Qt::DashLine, spec.language, &series);
    }

    auto *waves = new QCategoryAxis;
    waves->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int firstYear = study.waves.isEmpty() ? spec.waveYear : study.waves.constFirst().year;
    const int lastYear = study.waves.isEmpty() ? spec.waveYear : study.waves.constLast().year;
    waves->setStartValue(firstYear - 0.5);
    for (const SurveyWave &wave : study.waves)
        waves->append(QString::number(wave.year), wave.year);
    waves->setRange(firstYear - 0.5, lastYear + 0.5);
    styleAxis(waves, Text::tr("Survey wave"));
    chart->addAxis(waves, Qt::AlignBottom);

    QValueAxis *values = shareAxis(maxShare);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(waves);
        s->attachAxis(values);
        // Only the first piece of a broken line gets a legend entry.
        if (!s->property("firstOfLine").toBool()) {
            for (QLegendMarker *marker : chart->legend()->markers(s))
                marker->setVisible(false);
        }
    }
    return chart;
}

} // namespace

QString chartKindCode(ChartKind kind)
{
    return kind == ChartKind::Trend ? QStringLiteral("trend") : QStringLiteral("bar");
}

namespace ChartFactory {

QChart *createChart(const ChartSpec &spec)
{
    return spec.kind == ChartKind::Trend ? createTrendChart(spec) : createBarChart(spec);
}

QString missingDataNote(const ChartSpec &spec)
{
    const Study &study = spec.study;
    if (spec.kind == ChartKind::Bar) {
        const int waveIdx = study.waveIndex(spec.waveYear);
        QStringList missing;
        for (int i = 0; i < study.segments.size(); ++i) {
            if (!study.share(waveIdx, i))
                missing.append(study.segments.at(i).name.text(spec.language));
        }
        if (missing.isEmpty())
            return {};
        return Text::tr("Not reported for %1: %2").arg(QString::number(spec.waveYear), missing.join(QStringLiteral(", ")));
    }
    bool anyMissing = false;
    for (int w = 0; w < study.waves.size(); ++w) {
        for (int i = 0; i < study.segments.size(); ++i)
            anyMissing = anyMissing || !study.share(w, i);
    }
    return anyMissing ? Text::tr("Gaps in a line mark figures the study did not report.") : QString();
}

QString toolTipText(const Study &study, int segmentIndex, int waveYear, Language language)
{
    const int waveIdx = study.waveIndex(waveYear);
    const QString name = segmentIndex < 0 ? study.adoptionLabel.text(language)
                                          : study.segments.value(segmentIndex).name.text(language);
    const Share share = segmentIndex < 0 ? DerivedFigures::adoptionShare(study, waveIdx)
                                         : study.share(waveIdx, segmentIndex);
    return Text::tr("%1, %2: %3").arg(name, QString::number(waveYear), formatShare(share, language));
}

void renderPage(QPainter *painter, const QRectF &target, const ChartSpec &spec)
{
    const QFont footFont = ChartStyle::font(ChartStyle::kFootnotePixelSize);
    const QFontMetricsF metrics(footFont); // pixel-sized: the same on every device
    const QString note = missingDataNote(spec);
    const QString source = Narrative::sourceLine(spec.study);
    const qreal lineHeight = metrics.height() * 1.3;
    const qreal footerHeight = lineHeight * (note.isEmpty() ? 1 : 2) + 12.0;

    painter->save();
    painter->fillRect(target, Qt::white);

    const QRectF chartRect(target.left(), target.top(), target.width(), target.height() - footerHeight);
    std::unique_ptr<QChart> chart(createChart(spec));
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), chartRect.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), chartRect.size()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, chartRect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    scene.removeItem(chart.get());

    painter->setFont(footFont);
    painter->setPen(ChartStyle::secondaryTextColor());
    qreal y = chartRect.bottom() + 4.0;
    const qreal x = target.left() + 16.0;
    const qreal width = target.width() - 32.0;
    if (!note.isEmpty()) {
        painter->drawText(QRectF(x, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, note);
        y += lineHeight;
    }
    painter->drawText(QRectF(x, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, source);
    painter->restore();
}

} // namespace ChartFactory

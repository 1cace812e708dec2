#include "narrative.h"

#include "derivedfigures.h"

#include <QCoreApplication>

#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Narrative)
};

} // namespace

namespace Narrative {

QString barChartTitle(const Study &study, int waveYear)
{
    return Text::tr("%1, %2").arg(study.topic.text(currentLanguage())).arg(waveYear);
}

QString trendChartTitle(const Study &study)
{
    if (study.waves.isEmpty())
        return study.topic.text(currentLanguage());
    const int first = study.waves.constFirst().year;
    const int last = study.waves.constLast().year;
    if (first == last)
        return barChartTitle(study, first);
    return Text::tr("%1, %2–%3").arg(study.topic.text(currentLanguage())).arg(first).arg(last);
}

QString headline(const Study &study, int waveYear, Language language)
{
    const int waveIdx = study.waveIndex(waveYear);
    if (waveIdx < 0)
        return Text::tr("No figures for the survey wave %1.").arg(waveYear);

    QString sentence;
    const Share adoption = DerivedFigures::adoptionShare(study, waveIdx);
    const int strategyIdx = study.segmentIndex(QStringLiteral("strategy"));
    const Share strategy = study.share(waveIdx, strategyIdx);
    if (adoption && strategy) {
        sentence = Text::tr("In %1, %2 of small businesses used social media, but only %3 as part of "
                      "a planned strategy.")
                       .arg(QString::number(waveYear), formatShare(adoption, language),
                            formatShare(strategy, language));
    } else if (adoption) {
        sentence = Text::tr("In %1, %2 of small businesses used social media.")
                       .arg(QString::number(waveYear), formatShare(adoption, language));
    } else {
        sentence = Text::tr("In %1, the study does not report how many small businesses used social media.")
                       .arg(waveYear);
    }

    if (waveIdx > 0 && study.baselineSegment >= 0) {
        const SurveyWave &previous = study.waves.at(waveIdx - 1);
        const Share before = study.share(waveIdx - 1, study.baselineSegment);
        const Share now = study.share(waveIdx, study.baselineSegment);
        if (const auto change = DerivedFigures::changeInPoints(before, now)) {
            const int points = int(std::lround(std::abs(*change)));
            QString trend;
            if (points == 0) {
                trend = Text::tr("The share without social media stayed at %1.").arg(formatShare(now, language));
            } else if (*change < 0) {
                trend = Text::tr("The share without social media fell by %n percentage point(s), from %1 "
                           "in %2.", nullptr, points)
                            .arg(formatShare(before, language))
                            .arg(previous.year);
            } else {
                trend = Text::tr("The share without social media rose by %n percentage point(s), from %1 "
                           "in %2.", nullptr, points)
                            .arg(formatShare(before, language))
                            .arg(previous.year);
            }
            sentence += u' ' + trend;
        }
    }
    return sentence;
}

QString sourceLine(const Study &study)
{
    return Text::tr("Source: %1").arg(study.sourceCitation);
}

} // namespace Narrative

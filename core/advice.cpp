// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/advice.h"

#include "core/datalabels.h"
#include "core/phrasebook.h"
#include "core/quantifier.h"
#include "core/studywording.h"

#include <QCoreApplication>

#include <cstdlib>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Advice)
};

// Advice generated from the figures: templates in the phrase tables ("advice.*"), so a
// German export gets German advice whatever translator the UI has installed.
// The template %1…%9 filled in one pass, so an argument holding "%1" stays as it is.
QString fillAdvice(Language language, const char *key, const QStringList &args = {})
{
    const QString pattern = PhraseBook::forLanguage(language).phrase(QString::fromLatin1(key));
    QString text;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%' && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < args.size()) {
                text += args.at(index);
                ++i;
                continue;
            }
        }
        text += pattern.at(i);
    }
    return text;
}

// The population after "of" / in the genitive: "small businesses", "der kleinen Unternehmen".
QString population(const Study &study, Language language)
{
    QString own = studyWording(study).population.value(language);
    if (own.isEmpty())
        own = PhraseBook::forLanguage(language).phrase(QStringLiteral("narrative.population"));
    return populationPhrase(own, PopulationForm::Genitive, language);
}

QString quotedName(const Study &study, int segment, Language language)
{
    const QString name = study.segments.at(segment).name.text(language);
    return fillAdvice(language, "advice.quoted", {name.isEmpty() ? study.segments.at(segment).key : name});
}

QString shareText(const Study &study, int waveIdx, int segment, Language language)
{
    return formatShare(double(*DataLabels::shownShare(study, waveIdx, segment)), language);
}

// The paragraphs for a segment without a stored text: how many gave the answer and how that
// changed, where it stands among the others, and what the next step is.
QString generatedBody(const Study &study, int segment, Language language)
{
    const Placement placement = placeInSegment(study, segment);
    if (!placement.share)
        return fillAdvice(language, "advice.unknown");
    const int waveIdx = study.waveIndex(placement.waveYear);
    const int share = *DataLabels::shownShare(study, waveIdx, segment);
    QStringList paragraphs;

    // How many, and the change since the previous wave with the figure.
    QString first = fillAdvice(
        language, "advice.share",
        {QString::number(placement.waveYear), formatShare(double(share), language), population(study, language)});
    for (int w = waveIdx - 1; w >= 0; --w) {
        const std::optional<int> before = DataLabels::shownShare(study, w, segment);
        if (!before)
            continue;
        const int change = share - *before;
        const QString then = formatShare(double(*before), language);
        const QString year = QString::number(study.waves.at(w).year);
        first += u' ' + (change == 0             ? fillAdvice(language, "advice.unchanged", {then, year})
                         : std::abs(change) <= 2 ? fillAdvice(language, "advice.steady", {then, year})
                         : change > 0            ? fillAdvice(language, "advice.growing", {then, year})
                                                 : fillAdvice(language, "advice.shrinking", {then, year}));
        break;
    }
    const QString standing = placementSentence(study, placement, language);
    if (!standing.isEmpty())
        first += u' ' + standing;
    paragraphs.append(first);

    // How it compares with the most common answer.
    int largest = -1;
    for (int i = 0; i < study.segments.size(); ++i) {
        const std::optional<int> other = DataLabels::shownShare(study, waveIdx, i);
        if (other && (largest < 0 || *other > *DataLabels::shownShare(study, waveIdx, largest)))
            largest = i;
    }
    QString compare =
        largest == segment
            ? fillAdvice(language, "advice.mostCommon")
            : fillAdvice(language, "advice.lessCommon",
                         {quotedName(study, largest, language), shareText(study, waveIdx, largest, language)});

    // The next step, on a scale from the most engaged answer to the baseline.
    const bool scale =
        !study.multipleAnswers && study.baselineSegment >= 0 && study.baselineSegment < study.segments.size();
    if (scale && segment == 0) {
        compare += u' ' + fillAdvice(language, "advice.top");
    } else if (scale && segment > 0 && DataLabels::shownShare(study, waveIdx, segment - 1)) {
        compare +=
            u' ' +
            fillAdvice(language, segment == study.baselineSegment ? "advice.firstStep" : "advice.nextStep",
                       {quotedName(study, segment - 1, language), shareText(study, waveIdx, segment - 1, language)});
    } else if (!scale) {
        compare += u' ' + fillAdvice(language, "advice.unordered");
    }
    paragraphs.append(compare);
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

QList<AdviceSection> adviceSections(const Study &study, Language language)
{
    QList<AdviceSection> sections;
    for (int i = 0; i < study.segments.size(); ++i) {
        const Segment &segment = study.segments.at(i);
        if (const AdviceText *stored = study.adviceText(segment.key, language)) {
            sections.append({segment.key, stored->heading, stored->body, false});
            continue;
        }
        const QString name = segment.name.text(language);
        sections.append({segment.key, fillAdvice(language, "advice.heading", {name.isEmpty() ? segment.key : name}),
                         generatedBody(study, i, language), true});
    }
    if (const AdviceText *advisors = study.adviceText(kAdvisorsAudience, language))
        sections.append({kAdvisorsAudience, advisors->heading, advisors->body, false});
    return sections;
}

Placement placeInSegment(const Study &study, int segmentIndex)
{
    Placement placement;
    placement.segment = segmentIndex;
    if (segmentIndex < 0 || segmentIndex >= study.segments.size())
        return placement;
    for (int w = int(study.waves.size()) - 1; w >= 0; --w) {
        // The figures the data labels show, so the advice quotes what the chart says.
        const std::optional<int> share = DataLabels::shownShare(study, w, segmentIndex);
        if (!share)
            continue;
        placement.waveYear = study.waves.at(w).year;
        placement.share = double(*share);
        auto sum = [&study, w](int from, int to) -> Share {
            int total = 0;
            for (int i = from; i < to; ++i) {
                const std::optional<int> part = DataLabels::shownShare(study, w, i);
                if (!part)
                    return std::nullopt;
                total += *part;
            }
            return double(total);
        };
        // Ahead and behind only mean something on an ordered scale: a study with a baseline
        // ("not at all") segment lists its answers from the most to the least engaged.
        if (!study.multipleAnswers && study.baselineSegment >= 0) {
            placement.behind = sum(0, segmentIndex);
            placement.aheadOf = sum(segmentIndex + 1, int(study.segments.size()));
        }
        break;
    }
    return placement;
}

QString placementSentence(const Study &study, const Placement &placement, Language language)
{
    const bool ahead = placement.aheadOf && *placement.aheadOf > 0.0;
    const bool behind = placement.behind && *placement.behind > 0.0;
    const QString people = population(study, language);
    if (ahead && behind)
        return fillAdvice(language, "advice.aheadAndBehind",
                          {formatShare(placement.aheadOf, language), people, formatShare(placement.behind, language)});
    if (ahead)
        return fillAdvice(language, "advice.ahead", {formatShare(placement.aheadOf, language), people});
    if (behind)
        return fillAdvice(language, "advice.behind", {formatShare(placement.behind, language), people});
    return {};
}

QStringList adviceWarnings(const Study &study, Language language)
{
    QStringList warnings;
    QStringList audiences;
    for (const Segment &segment : study.segments)
        audiences.append(segment.key);
    audiences.append(kAdvisorsAudience);
    const QList<Language> languages = study.languages();
    for (const QString &audience : audiences) {
        QList<const AdviceText *> texts;
        for (Language textLanguage : languages) {
            if (const AdviceText *text = study.adviceText(audience, textLanguage))
                texts.append(text);
        }
        if (texts.isEmpty())
            continue; // generated in every language: nothing to translate
        const int segment = study.segmentIndex(audience);
        const QString name = segment >= 0 ? study.segments.at(segment).name.text(language)
                                          : Text::tr("consultants, agencies and vendors");
        const AdviceText *newest = nullptr;
        for (Language textLanguage : languages) {
            const AdviceText *text = study.adviceText(audience, textLanguage);
            if (!text) {
                warnings.append(
                    Text::tr("The advice for \"%1\" has no %2 text.").arg(name, languageName(textLanguage, language)));
            } else if (text->updated.isValid() && (!newest || text->updated > newest->updated)) {
                newest = text;
            }
        }
        for (const AdviceText *text : std::as_const(texts)) {
            if (newest && text->updated.isValid() && text->updated < newest->updated) {
                warnings.append(
                    Text::tr("The %1 advice for \"%2\" is older than the %3 text.")
                        .arg(languageName(text->language, language), name, languageName(newest->language, language)));
            }
        }
    }
    return warnings;
}

QList<PlacementQuestion> placementQuestions(const Study &study)
{
    const auto text = [](const char16_t *english, const char16_t *german) {
        return LocalizedText{{Language::English, QString::fromUtf16(english)},
                             {Language::German, QString::fromUtf16(german)}};
    };
    const LocalizedText yes = text(u"Yes", u"Ja");
    const LocalizedText no = text(u"No", u"Nein");
    const QString strategy = QStringLiteral("strategy");
    const QString adHoc = QStringLiteral("adhoc");
    const QString none = QStringLiteral("none");
    if (study.segmentIndex(strategy) >= 0 && study.segmentIndex(adHoc) >= 0 && study.segmentIndex(none) >= 0) {
        return {
            {text(
                 u"Does your business use social media, for example a company page, posts or ads?",
                 u"Nutzt Ihr Unternehmen soziale Medien, zum Beispiel eine Unternehmensseite, Beiträge oder Anzeigen?"),
             {{yes, 1, QString()}, {no, -1, none}}},
            {text(u"Is there a written plan for it, with goals you want to reach?",
                  u"Gibt es dafür einen schriftlichen Plan mit Zielen, die Sie erreichen wollen?"),
             {{yes, 2, QString()}, {no, -1, adHoc}}},
            {text(u"Do you check the results against those goals at least every three months?",
                  u"Prüfen Sie die Ergebnisse mindestens alle drei Monate an diesen Zielen?"),
             {{yes, -1, strategy}, {no, -1, adHoc}}},
        };
    }
    PlacementQuestion question{
        text(u"Which answer describes your business best?", u"Welche Antwort beschreibt Ihr Unternehmen am besten?"),
        {}};
    for (const Segment &segment : study.segments)
        question.answers.append({segment.name, -1, segment.key});
    return {question};
}

// Advice for the seed study, written for this app in both languages.
QList<AdviceText> seedAdvice()
{
    const QDateTime written(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
    auto text = [&written](const char *audience, Language language, const char *heading, const char *body) {
        return AdviceText{QString::fromLatin1(audience), language, QString::fromUtf8(heading), QString::fromUtf8(body),
                          written};
    };
    return {
        text("strategy", Language::English, "You already work to a plan",
             "Fewer than one in four small businesses use social media as part of a planned strategy. "
             "If you are one of them, you are ahead of most of your peers and probably of several "
             "competitors.\n\nProtect that lead: review your goals every quarter, drop channels that "
             "bring nothing, and keep posting on a schedule even in busy weeks. A plan that is not "
             "kept up quietly turns back into ad hoc use."),
        text("strategy", Language::German, "Sie arbeiten bereits nach Plan",
             "Nicht einmal jedes vierte kleine Unternehmen nutzt soziale Medien im Rahmen einer "
             "geplanten Strategie. Wenn Sie dazugehören, sind Sie den meisten Betrieben Ihrer Größe "
             "voraus – und vermutlich auch manchem Mitbewerber.\n\nHalten Sie diesen Vorsprung: Prüfen "
             "Sie Ihre Ziele jedes Quartal, geben Sie Kanäle auf, die nichts bringen, und "
             "veröffentlichen Sie auch in vollen Wochen nach Plan. Ein Plan, der nicht gepflegt wird, "
             "wird unbemerkt wieder zur Nutzung nach Gelegenheit."),
        text("adhoc", Language::English, "You use social media, but without a plan",
             "Using social media now and then still puts you ahead of the nearly half of small "
             "businesses that don't use it at all.\n\nThe next step is a simple written plan: what you "
             "want to achieve (more enquiries, repeat customers, a known name in your area), how you "
             "will do it (one or two channels, a fixed rhythm, who is responsible) and why it pays "
             "off. Measure one figure per goal and look at it once a month."),
        text("adhoc", Language::German, "Sie nutzen soziale Medien, aber ohne Plan",
             "Auch wer soziale Medien nur ab und zu nutzt, ist der knappen Hälfte der kleinen "
             "Unternehmen voraus, die sie gar nicht nutzt.\n\nDer nächste Schritt ist ein einfacher "
             "schriftlicher Plan: was Sie erreichen wollen (mehr Anfragen, Stammkunden, einen "
             "bekannten Namen in Ihrer Gegend), wie Sie es tun (ein oder zwei Kanäle, ein fester "
             "Rhythmus, eine zuständige Person) und warum es sich lohnt. Messen Sie je Ziel eine "
             "Kennzahl und sehen Sie sie einmal im Monat an."),
        text("none", Language::English, "You don't use social media yet",
             "You are not alone, but the group is shrinking: the share of small businesses without "
             "social media is falling year by year.\n\nStart small. Find out where your customers "
             "already talk (ask them), claim your business profile there, and answer questions and "
             "reviews. One channel done well is better than five left empty. Give it an hour a week "
             "for three months, then decide with what you have learnt."),
        text("none", Language::German, "Sie nutzen noch keine sozialen Medien",
             "Sie sind nicht allein, aber die Gruppe wird kleiner: Der Anteil der kleinen Unternehmen "
             "ohne soziale Medien sinkt von Jahr zu Jahr.\n\nFangen Sie klein an. Finden Sie heraus, "
             "wo Ihre Kunden sich schon austauschen (fragen Sie sie), legen Sie dort ein "
             "Unternehmensprofil an und beantworten Sie Fragen und Bewertungen. Ein gut gepflegter "
             "Kanal ist besser als fünf verwaiste. Geben Sie ihm drei Monate lang eine Stunde pro "
             "Woche und entscheiden Sie dann mit dem, was Sie gelernt haben."),
        text("consultants", Language::English, "For consultants, agencies and technology vendors",
             "The businesses that use social media ad hoc are your easiest customers: they already "
             "believe it is worth something, but lack a roadmap.\n\nOffer them exactly that: what to "
             "do, how to do it and why, and tools that fit social media into their daily work and take "
             "manual effort off their hands. Aim your messages and packages at this group first."),
        text("consultants", Language::German, "Für Berater, Agenturen und Technologieanbieter",
             "Die Unternehmen, die soziale Medien nach Gelegenheit nutzen, sind Ihre leichtesten "
             "Kunden: Sie sind vom Nutzen schon überzeugt, aber ihnen fehlt ein Fahrplan.\n\nBieten "
             "Sie genau das an: was zu tun ist, wie und warum – und Werkzeuge, die soziale Medien in "
             "den Arbeitsalltag einfügen und Handarbeit abnehmen. Richten Sie Ihre Botschaften und "
             "Angebote zuerst an diese Gruppe."),
    };
}

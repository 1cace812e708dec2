// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/advice.h"

#include "core/phrasebook.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Advice)
};

// Templates for advice generated from the figures, both languages side by side, so a
// German export gets German advice whatever translator the UI has installed.
struct Templates
{
    const char16_t *heading;
    const char16_t *share;
    const char16_t *ahead;
    const char16_t *behind;
    const char16_t *aheadAndBehind;
    const char16_t *unknown;
};

const Templates kEnglish = {
    u"If your answer is “%1”",
    u"In %1, %2 of respondents gave this answer.",
    u"You are ahead of %1 of respondents.",
    u"%1 of respondents are ahead of you.",
    u"You are ahead of %1 of respondents; %2 are ahead of you.",
    u"The study does not report how many respondents gave this answer.",
};

const Templates kGerman = {
    u"Wenn Ihre Antwort „%1“ lautet",
    u"%1 gaben %2 der Befragten diese Antwort.",
    u"Sie sind %1 der Befragten voraus.",
    u"%1 der Befragten sind Ihnen voraus.",
    u"Sie sind %1 der Befragten voraus; %2 sind Ihnen voraus.",
    u"Die Studie gibt nicht an, wie viele Befragte diese Antwort gaben.",
};

const Templates &templatesFor(Language language)
{
    return language == Language::German ? kGerman : kEnglish;
}

QString templ(const char16_t *text)
{
    return QString::fromUtf16(text);
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
        const Templates &t = templatesFor(language);
        const Placement placement = placeInSegment(study, i);
        QString body = placement.share ? templ(t.share).arg(QString::number(placement.waveYear),
                                                            formatShare(placement.share, language))
                                       : templ(t.unknown);
        const QString standing = placementSentence(study, placement, language);
        if (!standing.isEmpty())
            body += u' ' + standing;
        sections.append({segment.key, templ(t.heading).arg(segment.name.text(language)), body, true});
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
        const Share share = study.share(w, segmentIndex);
        if (!share)
            continue;
        placement.waveYear = study.waves.at(w).year;
        placement.share = share;
        auto sum = [&study, w](int from, int to) -> Share {
            double total = 0.0;
            for (int i = from; i < to; ++i) {
                const Share part = study.share(w, i);
                if (!part)
                    return std::nullopt;
                total += *part;
            }
            return total;
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

QString placementSentence(const Study &, const Placement &placement, Language language)
{
    const Templates &t = templatesFor(language);
    const bool ahead = placement.aheadOf && *placement.aheadOf > 0.0;
    const bool behind = placement.behind && *placement.behind > 0.0;
    if (ahead && behind)
        return templ(t.aheadAndBehind)
            .arg(formatShare(placement.aheadOf, language), formatShare(placement.behind, language));
    if (ahead)
        return templ(t.ahead).arg(formatShare(placement.aheadOf, language));
    if (behind)
        return templ(t.behind).arg(formatShare(placement.behind, language));
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

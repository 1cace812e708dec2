// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The generated texts of the seed study and of five invented studies (different segment
// counts, unknown figures, big and tiny changes, several answers, decimals) in English and
// German, compared with tests/data/narrative/golden.txt, the file an editor reads. After a
// deliberate change of the wording, write the file anew with
//     CHARTWEEK_WRITE_GOLDEN=1 build/dev/tests/core_tests --gtest_filter='NarrativeGolden*'
// and read the difference before committing it.
#include "core/advice.h"
#include "core/datalabels.h"
#include "core/narrative.h"
#include "core/quantifier.h"
#include "core/seedstudy.h"
#include "localizedtexts.h"
#include "textfigures.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

const std::nullopt_t na = std::nullopt;

Segment segment(const char *key, const char *english, const char *german)
{
    return {QString::fromLatin1(key), englishGerman(QString::fromUtf8(english), QString::fromUtf8(german)), QString()};
}

Study invented(const char *slug, const char *english, const char *german)
{
    Study study;
    study.slug = QString::fromLatin1(slug);
    study.title = QString::fromUtf8(english);
    study.publisher = QStringLiteral("Test Institute");
    study.sourceCitation = QStringLiteral("Test Institute, ") + study.title;
    study.topic = englishGerman(QString::fromUtf8(english), QString::fromUtf8(german));
    return study;
}

// Five answers on a scale, imported from a file: no wording, "Never" the baseline, tiny
// changes and one big one over three waves.
Study customerSurvey()
{
    Study study =
        invented("kunden-umfrage-2024", "How often customers order online", "Wie oft Kunden online bestellen");
    study.adoptionLabel =
        englishGerman(QStringLiteral("Order online (any)"), QStringLiteral("Bestellen online (insgesamt)"));
    study.segments = {segment("daily", "Daily", "Täglich"), segment("weekly", "Weekly", "Wöchentlich"),
                      segment("monthly", "Monthly", "Monatlich"), segment("rarely", "Rarely", "Selten"),
                      segment("never", "Never", "Nie")};
    study.baselineSegment = 4;
    study.waves = {{2022, {4.0, 12.0, 19.0, 21.0, 44.0}},
                   {2023, {5.0, 13.0, 18.0, 21.0, 43.0}},
                   {2024, {6.0, 14.0, 18.0, 19.0, 43.0}}};
    return study;
}

// Three answers with a baseline, a majority that flips between two waves.
Study fileSharing()
{
    Study study = invented("test-file-sharing", "How teams share files", "Wie Teams Dateien teilen");
    study.adoptionLabel =
        englishGerman(QStringLiteral("Share files online (any)"), QStringLiteral("Teilen Dateien online (insgesamt)"));
    study.segments = {segment("cloud", "Cloud service", "Cloud-Dienst"),
                      segment("mail", "E-mail attachments", "E-Mail-Anhänge"),
                      segment("none", "Not at all", "Gar nicht")};
    study.baselineSegment = 2;
    study.waves = {{2019, {18.0, 26.0, 56.0}}, {2020, {31.0, 27.0, 42.0}}};
    return study;
}

// Several answers per respondent, no baseline, an unknown figure in the middle wave.
Study channels()
{
    Study study =
        invented("test-news-channels", "Where readers get their news", "Woher Leser ihre Nachrichten beziehen");
    study.multipleAnswers = true;
    study.segments = {segment("tv", "Television", "Fernsehen"), segment("web", "News websites", "Nachrichtenseiten"),
                      segment("social", "Social media", "Soziale Medien"), segment("print", "Newspaper", "Zeitung")};
    study.waves = {{2018, {71.0, 48.0, 30.0, 39.0}}, {2020, {66.0, na, 38.0, 31.0}}, {2022, {58.0, 62.0, 45.0, 24.0}}};
    return study;
}

// Two answers in one wave, with decimals that the data labels round.
Study remoteWork()
{
    Study study = invented("test-remote-work", "Working from home", "Arbeiten von zu Hause");
    study.segments = {segment("yes", "At least one day a week", "Mindestens einen Tag pro Woche"),
                      segment("no", "Never", "Nie")};
    study.baselineSegment = 1;
    study.waves = {{2021, {24.5, 75.5}}};
    return study;
}

// Six answers without an order, many of them small, one of them unknown.
Study colours()
{
    Study study = invented("test-colours", "Favourite colours", "Lieblingsfarben");
    study.segments = {segment("red", "Red", "Rot"),         segment("blue", "Blue", "Blau"),
                      segment("green", "Green", "Grün"),    segment("yellow", "Yellow", "Gelb"),
                      segment("black", "Black", "Schwarz"), segment("white", "White", "Weiß")};
    study.waves = {{2019, {29.0, 31.0, 18.5, 11.5, 6.0, 4.0}}, {2020, {33.0, 26.0, 19.0, 12.0, 10.0, na}}};
    return study;
}

QList<Study> goldenStudies()
{
    return {smbGroupSocialBusinessStudy2012(), customerSurvey(), fileSharing(), channels(), remoteWork(), colours()};
}

// Every generated text of a study in a language, one line each, labelled.
QStringList textsOf(const Study &study, Language language)
{
    QStringList lines;
    const QString tag = language.code();
    lines.append(QStringLiteral("## %1 · %2").arg(study.slug, tag));
    for (const SurveyWave &wave : study.waves) {
        lines.append(
            QStringLiteral("headline %1: %2").arg(wave.year).arg(Narrative::headline(study, wave.year, language)));
        for (const QString &sentence : Narrative::sentences(study, wave.year, language))
            lines.append(QStringLiteral("narrative %1: %2").arg(wave.year).arg(sentence));
        lines.append(QStringLiteral("bar alt %1: %2")
                         .arg(wave.year)
                         .arg(Narrative::altText(study, Narrative::ChartType::Bar, wave.year, language)));
    }
    for (const QString &sentence : Narrative::trendSentences(study, language))
        lines.append(QStringLiteral("trend: %1").arg(sentence));
    lines.append(QStringLiteral("trend alt: %1")
                     .arg(Narrative::altText(study, Narrative::ChartType::Trend, study.latestWaveYear(), language)));
    Study withoutAdvice = study;
    withoutAdvice.advice.clear();
    for (const AdviceSection &section : adviceSections(withoutAdvice, language)) {
        lines.append(QStringLiteral("advice %1: %2").arg(section.audience, section.heading));
        for (const QString &paragraph : section.body.split(QStringLiteral("\n\n")))
            lines.append(QStringLiteral("advice %1: %2").arg(section.audience, paragraph));
    }
    lines.append(QString());
    return lines;
}

QString goldenPath()
{
    return QStringLiteral(CHARTWEEK_TEST_DATA_DIR "/narrative/golden.txt");
}

TEST(NarrativeGolden, TextsReadAsTheEditorApproved)
{
    QStringList generated;
    for (const Study &study : goldenStudies()) {
        for (const Language language : {Language::English, Language::German})
            generated += textsOf(study, language);
    }
    const QByteArray text = generated.join(u'\n').toUtf8();
    if (qEnvironmentVariableIsSet("CHARTWEEK_WRITE_GOLDEN")) {
        QFile out(goldenPath());
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(out.errorString());
        out.write(text);
        GTEST_SKIP() << "wrote " << qPrintable(goldenPath());
    }
    QFile in(goldenPath());
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << qPrintable(goldenPath()) << ": " << qPrintable(in.errorString());
    const QStringList expected = QString::fromUtf8(in.readAll()).split(u'\n');
    const QStringList actual = QString::fromUtf8(text).split(u'\n');
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        ASSERT_EQ(actual.value(i), expected.value(i)) << "golden.txt line " << i + 1;
    }
}

// Both languages tell the same facts: the same figures, sentence for sentence.
TEST(NarrativeGolden, EnglishAndGermanStateTheSameFigures)
{
    for (const Study &study : goldenStudies()) {
        const QStringList english = textsOf(study, Language::English);
        const QStringList german = textsOf(study, Language::German);
        ASSERT_EQ(english.size(), german.size()) << qPrintable(study.slug);
        for (qsizetype i = 1; i < english.size(); ++i)
            EXPECT_EQ(figuresIn(english.at(i)), figuresIn(german.at(i))) << qPrintable(english.at(i)) << "\n"
                                                                         << qPrintable(german.at(i));
    }
}

TEST(NarrativeGolden, NoTextTalksLikeADatabase)
{
    for (const Study &study : goldenStudies()) {
        for (const Language language : {Language::English, Language::German}) {
            const QString all = textsOf(study, language).join(u'\n');
            for (const char *machine : {"belonged to the group", "zur Gruppe", "gehörte", "accounted for", "entfiel"})
                EXPECT_FALSE(all.contains(QString::fromUtf8(machine))) << machine << "\n" << qPrintable(all);
        }
    }
}

// #10 §5: every share a text quotes is the figure of the same bar's data label. For each
// segment of each wave, the sentences naming it quote its label, and no text quotes a
// share with decimals that the labels round away.
TEST(SharesInTexts, QuoteTheDataLabelOfTheSameBar)
{
    for (const Study &study : goldenStudies()) {
        for (const Language language : {Language::English, Language::German}) {
            for (int w = 0; w < study.waves.size(); ++w) {
                const int year = study.waves.at(w).year;
                const QStringList texts = Narrative::sentences(study, year, language);
                // The headline quotes no figure; its words are those of the label's figure.
                const int focus = Narrative::headlineSegment(study, year);
                if (focus >= 0) {
                    const QString words = quantifierFor(*DataLabels::shownShare(study, w, focus), language);
                    EXPECT_TRUE(Narrative::headline(study, year, language).startsWith(words, Qt::CaseInsensitive))
                        << qPrintable(Narrative::headline(study, year, language));
                }
                const QString alt = Narrative::altText(study, Narrative::ChartType::Bar, year, language);
                for (int i = 0; i < study.segments.size(); ++i) {
                    const std::optional<int> label = DataLabels::shownShare(study, w, i);
                    const QString name = study.segments.at(i).name.text(language);
                    const QString quoted = language == Language::German ? u'„' + name + u'“' : u'“' + name + u'”';
                    if (!label)
                        continue;
                    const QString figure = formatShare(double(*label), language);
                    for (const QString &text : std::as_const(texts) + QStringList{alt}) {
                        const qsizetype at = text.indexOf(quoted);
                        if (at < 0 || text.contains(QStringLiteral("no figures")) ||
                            text.contains(QStringLiteral("keine Werte")))
                            continue;
                        // The figure next to the name: "“Red” (33%)", "(24%) answered “Never”", "“Red” at 33%".
                        const QString near = text.mid(std::max<qsizetype>(0, at - 24), quoted.size() + 64);
                        EXPECT_TRUE(near.contains(figure))
                            << qPrintable(figure) << " for " << qPrintable(name) << " in: " << qPrintable(text);
                    }
                    const Share raw = study.share(w, i);
                    if (raw && *raw != std::floor(*raw)) {
                        for (const QString &text : std::as_const(texts) + QStringList{alt})
                            EXPECT_FALSE(text.contains(formatShare(raw, language))) << qPrintable(text);
                    }
                }
            }
        }
    }
}

TEST(SharesInTexts, DecimalsFollowTheLabelsThatAddUpToHundred)
{
    // 18.5 / 24.5 / 57: the labels are 18 / 25 / 57 (largest remainder, the tie to the larger
    // share); the texts say 25 % and "a quarter", never 24.5 %.
    Study study = remoteWork();
    study.segments.insert(0, segment("full", "Full time", "Vollständig"));
    study.waves = {{2021, {18.5, 24.5, 57.0}}};
    study.baselineSegment = 2;
    EXPECT_EQ(DataLabels::shownShare(study, 0, 0), 18);
    EXPECT_EQ(DataLabels::shownShare(study, 0, 1), 25);
    EXPECT_EQ(DataLabels::shownShare(study, 0, 2), 57);
    EXPECT_EQ(DataLabels::shownShare(study, 0, -1), 43);
    const QString english = Narrative::paragraph(study, 2021, Language::English);
    EXPECT_TRUE(english.contains(QStringLiteral("A quarter (25%)"))) << qPrintable(english);
    EXPECT_FALSE(english.contains(QStringLiteral("24.5"))) << qPrintable(english);
    EXPECT_FALSE(english.contains(QStringLiteral("18.5"))) << qPrintable(english);
    const QString german = Narrative::paragraph(study, 2021, Language::German);
    EXPECT_TRUE(german.contains(QStringLiteral("Ein Viertel (25\u00a0%)"))) << qPrintable(german);
    EXPECT_FALSE(german.contains(QStringLiteral("24,5"))) << qPrintable(german);
}

TEST(NarrativeHeadline, MakesTheSeedArticlesClaim)
{
    const Study seed = smbGroupSocialBusinessStudy2012();
    EXPECT_EQ(Narrative::headline(seed, 2012, Language::English),
              QStringLiteral("Less than a quarter of small businesses have a social media strategy"));
    EXPECT_EQ(Narrative::headline(seed, 2012, Language::German),
              QStringLiteral("Weniger als ein Viertel der kleinen Unternehmen hat eine Social-Media-Strategie"));
}

TEST(NarrativeHeadline, FollowsItsRules)
{
    // Rule 1, the top of a scale: "Daily" for the customer survey.
    EXPECT_EQ(Narrative::headlineSegment(customerSurvey(), 2024), 0);
    // Rule 2, the biggest change of a study without a scale: news websites, 48 % in 2018
    // (unknown in 2020) → 62 %, more than television's 66 → 58.
    EXPECT_EQ(Narrative::headlineSegment(channels(), 2022), 1);
    // Rule 3, the largest segment: no earlier wave.
    EXPECT_EQ(Narrative::headlineSegment(channels(), 2018), 0);
    // No figure: no headline segment.
    Study empty = colours();
    empty.waves = {{2019, {na, na, na, na, na, na}}};
    EXPECT_EQ(Narrative::headlineSegment(empty, 2019), -1);
    EXPECT_EQ(Narrative::headlineSegment(empty, 1999), -1);
}

TEST(NarrativeTrend, AccountsForEveryLineAndCallsSmallMovesLittleChanged)
{
    const Study study = customerSurvey();
    const QString english = Narrative::trendSentences(study, Language::English).join(u' ');
    for (const Segment &s : study.segments)
        EXPECT_TRUE(english.contains(u'“' + s.name.text(Language::English) + u'”')) << qPrintable(english);
    EXPECT_TRUE(english.contains(QStringLiteral("Little changed from 2022 to 2024: “Daily” (from 4% to 6%)")))
        << qPrintable(english);
    const Study flip = fileSharing();
    const QString german = Narrative::trendSentences(flip, Language::German).join(u' ');
    EXPECT_TRUE(german.contains(QStringLiteral("keine Mehrheit mehr"))) << qPrintable(german);
    EXPECT_TRUE(german.contains(QStringLiteral("jetzt eine Mehrheit"))) << qPrintable(german);
}

} // namespace

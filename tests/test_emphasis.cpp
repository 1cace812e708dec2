// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// What a study's charts emphasise, stored with the study: the highlighted segment and the
// annotations on bars and trend points, in any language. The model, the JSON file, the
// chart built from the study, and the Chart menu of the window with undo.

#include "core/seedstudy.h"
#include "core/studydeck.h"
#include "core/studyjson.h"
#include "librarywindowtest.h"
#include "ui/charts/chartfactory.h"
#include "ui/charts/chartspec.h"
#include "ui/charts/chartwidget.h"
#include "ui/export/chartexporter.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// The seed study (segments strategy, adhoc, none; waves 2011 and 2012) with "none"
// emphasised and two notes: one on the 2012 bar of "none" in English and German, one on the
// derived adoption line in 2012 in German only.
Study emphasisedStudy()
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.highlight = QStringLiteral("none");
    study.setAnnotation(QStringLiteral("none"), 2012, Language::English, QStringLiteral("Down 9 points"));
    study.setAnnotation(QStringLiteral("none"), 2012, Language::German, QStringLiteral("9 Punkte weniger"));
    study.setAnnotation(kAdoptionSeries, 2012, Language::German, QStringLiteral("Mehr als die Hälfte"));
    return study;
}

QJsonObject firstStudyObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("studies")).toArray().at(0).toObject();
}

// The import errors of the study JSON after edit changed its first study object.
QStringList importErrorsAfter(const std::function<void(QJsonObject *)> &edit)
{
    QJsonDocument document = QJsonDocument::fromJson(exportStudiesJson({emphasisedStudy()}));
    QJsonObject root = document.object();
    QJsonArray studies = root.value(QStringLiteral("studies")).toArray();
    QJsonObject study = studies.at(0).toObject();
    edit(&study);
    studies.replace(0, study);
    root.insert(QStringLiteral("studies"), studies);
    const JsonImportResult result = importStudiesJson(QJsonDocument(root).toJson(), QStringLiteral("shared.json"));
    QStringList errors;
    for (const ImportError &error : result.errors)
        errors.append(error.path + QStringLiteral(": ") + error.message);
    return errors;
}

} // namespace

TEST(EmphasisModel, AnAnnotationHoldsOneTextPerLanguageAndGoesWithItsLastOne)
{
    Study study = emphasisedStudy();
    ASSERT_EQ(study.annotations.size(), 2);
    // Segments as they stand first, the adoption line after them.
    EXPECT_EQ(study.annotations.at(0).series, QStringLiteral("none"));
    EXPECT_EQ(study.annotations.at(1).series, kAdoptionSeries);
    EXPECT_EQ(study.annotation(QStringLiteral("none"), 2012)->text.languages(),
              (QList<Language>{Language::English, Language::German}));

    study.setAnnotation(QStringLiteral("none"), 2012, Language::English, QString());
    ASSERT_NE(study.annotation(QStringLiteral("none"), 2012), nullptr) << "the German text stays";
    study.setAnnotation(QStringLiteral("none"), 2012, Language::German, QString());
    EXPECT_EQ(study.annotation(QStringLiteral("none"), 2012), nullptr) << "its last language takes it away";
    EXPECT_EQ(study.annotations.size(), 1);

    EXPECT_EQ(study.seriesIndex(kAdoptionSeries), -1);
    EXPECT_EQ(study.seriesIndex(QStringLiteral("adhoc")), 1);
    EXPECT_EQ(study.seriesIndex(QStringLiteral("gone")), -2);
    EXPECT_EQ(study.seriesKey(-1), kAdoptionSeries);
    EXPECT_EQ(study.seriesKey(7), QString());
}

TEST(EmphasisModel, AnAnnotationInAThirdLanguageIsALanguageOfTheStudy)
{
    Study study = smbGroupSocialBusinessStudy2012();
    const Language french = *Language::fromTag(u"fr");
    EXPECT_FALSE(study.languages().contains(french));
    study.setAnnotation(QStringLiteral("adhoc"), 2012, french, QStringLiteral("Sans plan"));
    EXPECT_TRUE(study.languages().contains(french));
}

TEST(EmphasisJson, HighlightAndAnnotationsComeBackAsTheyWere)
{
    const Study study = emphasisedStudy();
    const QByteArray json = exportStudiesJson({study});
    const QJsonObject object = firstStudyObject(json);
    EXPECT_EQ(object.value(QStringLiteral("highlight")).toString(), QStringLiteral("none"));
    ASSERT_EQ(object.value(QStringLiteral("annotations")).toArray().size(), 2);
    EXPECT_EQ(object.value(QStringLiteral("annotations")).toArray().at(1).toObject().value(QStringLiteral("series")),
              QStringLiteral("@adoption"));

    const JsonImportResult back = importStudiesJson(json, QStringLiteral("shared.json"));
    ASSERT_TRUE(back.ok()) << qPrintable(back.errors.value(0).message);
    EXPECT_EQ(back.studies.value(0), study);

    // A study without emphasis writes neither key: older files stay as they were.
    const QJsonObject plain = firstStudyObject(exportStudiesJson({smbGroupSocialBusinessStudy2012()}));
    EXPECT_FALSE(plain.contains(QStringLiteral("highlight")));
    EXPECT_FALSE(plain.contains(QStringLiteral("annotations")));
}

TEST(EmphasisJson, AnAnnotationOnNothingTheStudyHasIsRefusedNamingTheField)
{
    const auto annotation = [](QJsonObject *study, const char *field, const QJsonValue &value) {
        QJsonArray list = study->value(QStringLiteral("annotations")).toArray();
        QJsonObject first = list.at(0).toObject();
        first.insert(QLatin1String(field), value);
        list.replace(0, first);
        study->insert(QStringLiteral("annotations"), list);
    };
    EXPECT_EQ(importErrorsAfter([](QJsonObject *study) {
                  study->insert(QStringLiteral("highlight"), QStringLiteral("nobody"));
              }),
              QStringList{QStringLiteral("studies[0].highlight: \"nobody\" is neither the key of one of the "
                                         "study's segments nor \"@adoption\".")});
    EXPECT_EQ(importErrorsAfter([&](QJsonObject *study) {
                  annotation(study, "wave", 2013);
              }),
              QStringList{QStringLiteral("studies[0].annotations[0].wave: The study has no survey wave 2013.")});
    EXPECT_EQ(importErrorsAfter([&](QJsonObject *study) {
                  annotation(study, "series", QStringLiteral("gone"));
              }).value(0),
              QStringLiteral("studies[0].annotations[0].series: \"gone\" is neither the key of one of the study's "
                             "segments nor \"@adoption\"."));
    EXPECT_EQ(importErrorsAfter([&](QJsonObject *study) {
                  annotation(study, "text", QJsonObject{{QStringLiteral("en"), QString(141, u'x')}});
              }),
              QStringList{QStringLiteral("studies[0].annotations[0].text.en: An annotation has at most 140 "
                                         "characters; this one has 141.")});
    EXPECT_EQ(importErrorsAfter([&](QJsonObject *study) {
                  annotation(study, "series", QStringLiteral("@adoption"));
              }),
              QStringList{QStringLiteral("studies[0].annotations[1]: The annotation of \"@adoption\" in 2012 is "
                                         "given twice.")});
    // "@" starts the names of derived series only.
    EXPECT_EQ(importErrorsAfter([](QJsonObject *study) {
                  QJsonArray segments = study->value(QStringLiteral("segments")).toArray();
                  QJsonObject first = segments.at(0).toObject();
                  first.insert(QStringLiteral("key"), QStringLiteral("@strategy"));
                  segments.replace(0, first);
                  study->insert(QStringLiteral("segments"), segments);
                  study->remove(QStringLiteral("annotations"));
                  study->remove(QStringLiteral("highlight"));
              }),
              QStringList{QStringLiteral("studies[0].segments[0].key: A segment key may not start with \"@\" "
                                         "(\"@adoption\" names the adoption line).")});
}

TEST(EmphasisChart, TheChartOfAStudyShowsItsEmphasisInTheChartsLanguage)
{
    const ChartSpec english{emphasisedStudy(), ChartKind::Bar, 2012, Language::English};
    EXPECT_EQ(english.emphasis.highlightSegment, 2);
    ASSERT_EQ(english.emphasis.annotations.size(), 1) << "the adoption note has no English text";
    EXPECT_EQ(english.emphasis.annotations.at(0), (ChartAnnotation{2, 2012, QStringLiteral("Down 9 points")}));

    const ChartSpec german{emphasisedStudy(), ChartKind::Trend, 2012, Language::German};
    ASSERT_EQ(german.emphasis.annotations.size(), 2);
    EXPECT_EQ(german.emphasis.annotations.at(1), (ChartAnnotation{-1, 2012, QStringLiteral("Mehr als die Hälfte")}));

    // A segment removed in the editor takes its emphasis and its notes with it.
    Study removed = emphasisedStudy();
    removed.segments.removeLast();
    for (SurveyWave &wave : removed.waves)
        wave.shares.removeLast();
    const ChartSpec without{removed, ChartKind::Bar, 2012, Language::English};
    EXPECT_FALSE(without.emphasis.hasHighlight());
    EXPECT_TRUE(without.emphasis.annotations.isEmpty());
}

namespace {

class EmphasisWindowTest : public LibraryWindowTest
{
protected:
    Study stored()
    {
        const auto study = m_database.loadStudy(m_window->study().id);
        EXPECT_TRUE(succeeded(study));
        return study ? *study : Study();
    }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }
    void undo() { QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier); }
    void redo() { QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }
};

} // namespace

// A slide shows the chart as the window does: the highlighted segment stronger, the others
// muted, each annotation of its bars or points under it, the parts switched off left out.
TEST(EmphasisDeck, SlidesShowTheEmphasisTheAnnotationsAndOnlyTheChosenParts)
{
    const Study study = emphasisedStudy();
    const ThemeDescription theme = ChartStyle::describe(ChartStyle::lightTheme());
    ChartSpec bars(study, ChartKind::Bar, 2012, Language::German);
    const Deck barDeck = deckAsShown(StudyDeck::chartDeck(study, ChartKind::Bar, 2012, Language::German, theme), bars);
    ASSERT_EQ(barDeck.slides.size(), 1);
    ASSERT_TRUE(barDeck.slides.at(0).chart.has_value());
    const QStringList colours = barDeck.slides.at(0).chart->series.at(0).pointColors;
    const QString muted = ChartFactory::mutedColor(bars.style).name();
    EXPECT_EQ(colours, (QStringList{muted, muted, ChartFactory::segmentFill(bars, 2).name()}));
    EXPECT_NE(colours.at(2), muted);
    EXPECT_TRUE(
        barDeck.slides.at(0).footnotes.contains(QStringLiteral("Keine sozialen Medien, 2012: 9 Punkte weniger")))
        << qPrintable(barDeck.slides.at(0).footnotes.join(u'|'));
    EXPECT_FALSE(barDeck.slides.at(0).title.isEmpty());

    // The trend: every segment's line and the adoption line, with its German note.
    const ChartSpec trend(study, ChartKind::Trend, 2012, Language::German);
    const Deck trendDeck =
        deckAsShown(StudyDeck::chartDeck(study, ChartKind::Trend, 2012, Language::German, theme), trend);
    const QList<DeckChart::Series> lines = trendDeck.slides.at(0).chart->series;
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(0).color, muted);
    EXPECT_EQ(lines.at(2).color, ChartFactory::segmentFill(trend, 2).name());
    EXPECT_EQ(lines.at(3).color, muted) << "the adoption line is not the highlighted one";
    const QStringList notes = trendDeck.slides.at(0).footnotes;
    EXPECT_TRUE(notes.contains(QStringLiteral("Keine sozialen Medien, 2012: 9 Punkte weniger")));
    EXPECT_TRUE(notes.contains(QStringLiteral("Nutzen soziale Medien (insgesamt), 2012: Mehr als die Hälfte")))
        << qPrintable(notes.join(u'|'));

    // The 2011 bars have no note; parts switched off leave the slide.
    bars.waveYear = 2011;
    bars.parts = ChartParts::fromCodes(QStringLiteral("description"));
    const Deck plain = deckAsShown(StudyDeck::chartDeck(study, ChartKind::Bar, 2011, Language::German, theme), bars);
    EXPECT_TRUE(plain.slides.at(0).title.isEmpty());
    EXPECT_FALSE(plain.slides.at(0).subtitle.isEmpty());
    EXPECT_TRUE(plain.slides.at(0).footnotes.isEmpty()) << qPrintable(plain.slides.at(0).footnotes.join(u'|'));
    EXPECT_TRUE(plain.slides.at(0).source.isEmpty());
}

TEST_F(EmphasisWindowTest, EmphasisingTheSelectedSegmentIsStoredShownAndUndoable)
{
    QAction *emphasise = action("emphasiseAction");
    ASSERT_NE(emphasise, nullptr);
    EXPECT_FALSE(emphasise->isEnabled()) << "nothing is selected yet";
    m_window->showChart(ChartKind::Bar);
    m_window->selectSegment(2);
    ASSERT_TRUE(emphasise->isEnabled());
    EXPECT_FALSE(emphasise->isChecked());

    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored().highlight, QStringLiteral("none"));
    EXPECT_TRUE(emphasise->isChecked());
    EXPECT_EQ(m_window->barChart()->spec().emphasis.highlightSegment, 2);
    EXPECT_EQ(m_window->trendChart()->spec().emphasis.highlightSegment, 2);
    EXPECT_EQ(action("undoAction")->text(), QStringLiteral("&Undo Emphasise “No social media”"));

    undo();
    EXPECT_EQ(stored().highlight, QString());
    EXPECT_FALSE(m_window->barChart()->spec().emphasis.hasHighlight());
    redo();
    EXPECT_EQ(stored().highlight, QStringLiteral("none"));

    // Another segment selected: the action is not checked for it, and checking moves the emphasis.
    m_window->selectSegment(0);
    EXPECT_FALSE(emphasise->isChecked());
    emphasise->trigger();
    EXPECT_EQ(stored().highlight, QStringLiteral("strategy"));
}

TEST_F(EmphasisWindowTest, AnnotationsAreKeptPerLanguageShownInTheChartAndUndoable)
{
    m_window->showChart(ChartKind::Bar);
    m_window->selectSegment(2);
    ASSERT_TRUE(action("annotateAction")->isEnabled());
    ASSERT_TRUE(m_window->annotateSelection(QStringLiteral("  Down   9 points ")));
    const Study afterEnglish = stored();
    const Annotation *english = afterEnglish.annotation(QStringLiteral("none"), 2012);
    ASSERT_NE(english, nullptr);
    EXPECT_EQ(english->text.value(Language::English), QStringLiteral("Down 9 points")) << "spaces are simplified";
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("Down 9 points")));

    m_window->setLanguage(Language::German);
    ASSERT_TRUE(QTest::qWaitFor([this] {
        return m_window->barChart()->spec().language == Language::German;
    }));
    EXPECT_FALSE(m_window->barChart()->visibleTexts().contains(QStringLiteral("Down 9 points")))
        << "the German chart shows only German notes";
    ASSERT_TRUE(m_window->annotateSelection(QStringLiteral("9 Punkte weniger")));
    EXPECT_TRUE(m_window->barChart()->visibleTexts().contains(QStringLiteral("9 Punkte weniger")));
    EXPECT_EQ(stored().annotation(QStringLiteral("none"), 2012)->text.languages(),
              (QList<Language>{Language::English, Language::German}));
    EXPECT_EQ(action("undoAction")->text(),
              QStringLiteral("Anmerkung zu „Keine sozialen Medien“, 2012 &rückgängig machen"));

    undo();
    EXPECT_EQ(stored().annotation(QStringLiteral("none"), 2012)->text.languages(), QList<Language>{Language::English});
    redo();

    // The trend chart annotates the point last clicked.
    m_window->showChart(ChartKind::Trend);
    ASSERT_TRUE(m_window->annotateSelection(QStringLiteral("Neu")));
    EXPECT_NE(stored().annotation(QStringLiteral("none"), 2012), nullptr);

    // One step clears emphasis and every note; one undo brings them back.
    QAction *clear = action("clearEmphasisAction");
    ASSERT_TRUE(clear->isEnabled());
    clear->trigger();
    EXPECT_TRUE(stored().annotations.isEmpty());
    EXPECT_FALSE(clear->isEnabled());
    undo();
    EXPECT_EQ(stored().annotations.size(), 1);
}

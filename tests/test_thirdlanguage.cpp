// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The test-only third language (thirdlanguage.h) through the parts that take a language as
// data: its phrase table, compiled into this program only (tests/data/phrases/fr.json),
// writes the narrative, the headline and the chart's texts; the study editor gives it a
// column of its own. Nothing in core or ui names French.

#include "core/narrative.h"
#include "core/phrasebook.h"
#include "core/seedstudy.h"
#include "thirdlanguage.h"
#include "ui/charts/chartpage.h"
#include "ui/charts/chartspec.h"
#include "ui/data/studyeditor.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

namespace {

const Language french = thirdLanguage();

// The seed study with French texts, but without its French headline: the generated one.
Study frenchStudy(bool withHeadline)
{
    Study study = withThirdLanguage(smbGroupSocialBusinessStudy2012());
    if (!withHeadline)
        study.headline.setValue(french, QString());
    return study;
}

} // namespace

TEST(ThirdLanguage, ItsPhraseTableIsFoundAndHasEveryPhrase)
{
    ASSERT_TRUE(PhraseBook::has(french));
    EXPECT_TRUE(PhraseBook::languages().contains(french));
    const PhraseBook &table = PhraseBook::forLanguage(french);
    EXPECT_EQ(table.language(), french);
    EXPECT_EQ(table.name(), QStringLiteral("français"));
    QStringList missing;
    for (const QString &key : PhraseBook::forLanguage(Language::English).phraseKeys()) {
        if (!table.phraseKeys().contains(key))
            missing.append(key);
    }
    EXPECT_TRUE(missing.isEmpty()) << "falls back to English for " << qPrintable(missing.join(u' '));
    EXPECT_EQ(languageName(Language::German, french), QStringLiteral("allemand"));
}

TEST(ThirdLanguage, TheNarrativeIsWrittenFromItsTable)
{
    const Study study = frenchStudy(true);
    const QString text = Narrative::sentences(study, 2012, french).join(u' ');
    EXPECT_TRUE(text.startsWith(QStringLiteral("Dans l’enquête de 2012, moins d’un quart des répondants (24\u00a0%) "
                                               "ont répondu «\u00a0Catégorie n° 1 (strategy)\u00a0»")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("9 points de pourcentage de moins qu’en 2011 (56\u00a0%)")))
        << qPrintable(text);
    const QString trend = Narrative::trendSentences(study, french).join(u' ');
    EXPECT_FALSE(trend.isEmpty());
    for (const QString &english :
         {QStringLiteral("survey"), QStringLiteral("percentage point"), QStringLiteral("respondents"),
          QStringLiteral("answered"), QStringLiteral(" from ")}) {
        EXPECT_FALSE(text.contains(english)) << qPrintable(english) << " in " << qPrintable(text);
        EXPECT_FALSE(trend.contains(english)) << qPrintable(english) << " in " << qPrintable(trend);
    }
    EXPECT_EQ(Narrative::barChartTitle(study, 2012, french),
              QStringLiteral("Comment les petites entreprises utilisent les réseaux sociaux, 2012"));
    EXPECT_TRUE(Narrative::sourceLine(study, french).startsWith(QStringLiteral("Source\u00a0: ")))
        << qPrintable(Narrative::sourceLine(study, french));

    // The editor's headline, else the finding written in French.
    EXPECT_EQ(Narrative::displayHeadline(study, 2012, french), study.headline.value(french));
    EXPECT_EQ(Narrative::displayHeadline(frenchStudy(false), 2012, french),
              QStringLiteral("Moins d’un quart des répondants ont répondu «\u00a0Catégorie n° 1 (strategy)\u00a0»"));
}

TEST(ThirdLanguage, TheChartPageTakesItsTexts)
{
    const Study study = frenchStudy(true);
    const ChartPage::Texts texts = ChartPage::texts(ChartSpec(study, ChartKind::Trend, 2012, french));
    EXPECT_EQ(texts.headline, study.headline.value(french));
    EXPECT_EQ(texts.description,
              QStringLiteral("Comment les petites entreprises utilisent les réseaux sociaux, 2011–2012"));
    EXPECT_EQ(texts.notes, QStringList{QStringLiteral(
                               "Les interruptions d’une ligne marquent les chiffres que l’étude ne donne pas.")});
}

TEST(ThirdLanguage, TheEditorGivesItAColumnWhereItsTextsAreEdited)
{
    StudyEditor editor;
    editor.setLanguage(Language::English);
    const Study study = frenchStudy(true);
    editor.setStudy(study);
    auto *topic = editor.findChild<QLineEdit *>(QStringLiteral("topic_fr"));
    auto *headline = editor.findChild<QLineEdit *>(QStringLiteral("headline_fr"));
    ASSERT_NE(topic, nullptr);
    ASSERT_NE(headline, nullptr);
    EXPECT_EQ(topic->text(), study.topic.value(french));
    EXPECT_EQ(headline->text(), study.headline.value(french));

    // The segment table: a name column headed with the language's name.
    auto *segments = editor.findChild<QTableView *>(QStringLiteral("segmentTable"));
    ASSERT_NE(segments, nullptr);
    const QAbstractItemModel *model = segments->model();
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString().contains(QStringLiteral("français"), Qt::CaseInsensitive))
            column = c;
    }
    ASSERT_GE(column, 0) << "no column for French in the segment table";
    EXPECT_EQ(model->index(0, column).data().toString(), study.segments.at(0).name.value(french));

    // Typed into its column, the French topic changes and nothing else does.
    QSignalSpy edits(&editor, &StudyEditor::editRequested);
    topic->setText(QStringLiteral("Les réseaux sociaux des PME"));
    Q_EMIT topic->editingFinished();
    ASSERT_EQ(edits.size(), 1);
    const Study after = edits.at(0).at(0).value<Study>();
    EXPECT_EQ(after.topic.value(french), QStringLiteral("Les réseaux sociaux des PME"));
    EXPECT_EQ(after.topic.value(Language::English), study.topic.value(Language::English));
    EXPECT_EQ(after.topic.value(Language::German), study.topic.value(Language::German));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Long German labels are never cut to "…" in exports: a study whose segment names are 40
// characters long, exported at 1200×675 as PNG (the texts the export paints) and as PDF
// (pdftotext), in both languages, as bar and trend chart.
#include "core/seedstudy.h"
#include "localizedtexts.h"
#include "textrecorder.h"
#include "ui/export/chartexporter.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextItem>

#include <gtest/gtest.h>

namespace {

QString segmentName(const char16_t *name)
{
    return QString::fromUtf16(name);
}

// The seed study with every segment name 40 characters long.
Study longLabelStudy()
{
    Study study = smbGroupSocialBusinessStudy2012();
    const char16_t *english[] = {u"Planned strategy with goals and a budget",
                                 u"Ad hoc use without any plan or objective",
                                 u"No social media at all in our businesses"};
    const char16_t *german[] = {u"Geplante Strategie mit Zielen und Budget",
                                u"Spontane Nutzung ohne Plan und ohne Ziel",
                                u"Überhaupt keine sozialen Medien im Hause"};
    for (int i = 0; i < study.segments.size() && i < 3; ++i)
        study.segments[i].name = englishGerman(segmentName(english[i]), segmentName(german[i]));
    study.adoptionLabel = englishGerman(QStringLiteral("Uses social media in any way, whatsoever"),
                                        QStringLiteral("Nutzt soziale Medien in irgendeiner Form"));
    return study;
}

struct LongLabelCase
{
    const char *name;
    ChartKind kind;
    Language language;
};

class LongLabels : public testing::TestWithParam<LongLabelCase>
{
protected:
    ChartSpec spec() const
    {
        const Study study = longLabelStudy();
        return {study, GetParam().kind, 2012, GetParam().language};
    }
    QStringList expectedLabels() const
    {
        const Study study = longLabelStudy();
        QStringList labels;
        for (const Segment &segment : study.segments)
            labels.append(segment.name.text(GetParam().language));
        if (GetParam().kind == ChartKind::Trend)
            labels.append(study.adoptionLabel.text(GetParam().language));
        return labels;
    }
};

} // namespace

TEST(LongLabelStudy, HasFortyCharacterLabels)
{
    for (const Segment &segment : longLabelStudy().segments) {
        for (Language language : {Language::English, Language::German})
            EXPECT_EQ(segment.name.value(language).size(), 40) << qPrintable(segment.name.value(language));
    }
    for (Language language : {Language::English, Language::German})
        EXPECT_EQ(longLabelStudy().adoptionLabel.value(language).size(), 40);
}

TEST_P(LongLabels, PngKeepsEveryLabelWhole)
{
    TextRecorder recorder(QSize(1200, 675));
    {
        QPainter painter(&recorder);
        paintChart(&painter, QRectF(0, 0, 1200, 675), spec()); // what writePng() paints
    }
    const QString all = recorder.strings().join(u'\n');
    ASSERT_FALSE(all.isEmpty());
    // Qt Charts cuts with three dots, other code with an ellipsis.
    EXPECT_FALSE(all.contains(u'…') || all.contains(QStringLiteral("..."))) << qPrintable(all);
    // Shrunk or wrapped, every word of every label is there.
    for (const QString &label : expectedLabels()) {
        for (const QString &word : label.split(u' '))
            EXPECT_TRUE(all.contains(word)) << qPrintable(word) << " of " << qPrintable(label) << "\n"
                                            << qPrintable(all);
    }
}

TEST_P(LongLabels, PdfKeepsEveryLabelWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pixelSize = QSize(1200, 675);
    ASSERT_EQ(exportChart(spec(), options, path), std::nullopt);
    QProcess process;
    process.start(QStringLiteral(CHARTWEEK_PDFTOTEXT), {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    ASSERT_FALSE(text.isEmpty());
    EXPECT_FALSE(text.contains(u'…') || text.contains(QStringLiteral("..."))) << qPrintable(text);
    const QString words = text.simplified();
    for (const QString &label : expectedLabels()) {
        for (const QString &word : label.split(u' '))
            EXPECT_TRUE(words.contains(word)) << qPrintable(word) << " of " << qPrintable(label) << "\n"
                                              << qPrintable(text);
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, LongLabels,
                         testing::Values(LongLabelCase{"BarGerman", ChartKind::Bar, Language::German},
                                         LongLabelCase{"BarEnglish", ChartKind::Bar, Language::English},
                                         LongLabelCase{"TrendGerman", ChartKind::Trend, Language::German},
                                         LongLabelCase{"TrendEnglish", ChartKind::Trend, Language::English}),
                         [](const testing::TestParamInfo<LongLabelCase> &info) {
                             return std::string(info.param.name);
                         });

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// XLSX export of a study's data, opened by the programs people use: Debian's python3-openpyxl
// (/usr/bin/python3) reads the cells and their formats; LibreOffice (soffice --headless)
// converts the workbook to CSV, and the CSV importer gives back the same figures.
#include "core/csvimporter.h"
#include "core/seedstudy.h"
#include "core/xlsxexporter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include <cmath>

namespace {

Study mixedStudy()
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.title = QStringLiteral("=HYPERLINK(\"x\") & Größe");
    study.notes = QStringLiteral("Notes with an escape \x1b");
    study.waves[1].shares = {24.5, 28.5, 47.0};
    return study;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        *exitCode = -1;
        return QStringLiteral("timed out");
    }
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll());
}

} // namespace

TEST(XlsxExport, OpenpyxlReadsNumbersWithPercentFormatAndStrings)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("study.xlsx"));
    QString error;
    ASSERT_TRUE(writeStudyXlsx(mixedStudy(), Language::English, path, &error)) << qPrintable(error);
    const QString script =
        QStringLiteral("import sys, openpyxl\n"
                       "wb = openpyxl.load_workbook(sys.argv[1])\n"
                       "print('|'.join(wb.sheetnames))\n"
                       "ws = wb['Shares']\n"
                       "for row in ws.iter_rows():\n"
                       "    print('\\t'.join('%s:%s:%s' % (c.data_type, c.value, c.number_format) for c in row))\n"
                       "print('title', wb['Study']['B1'].value, wb['Study']['B1'].data_type)\n"
                       "print('notes', repr(wb['Study']['B7'].value))\n");
    int exitCode = 0;
    const QString out = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path}, &exitCode);
    ASSERT_EQ(exitCode, 0) << qPrintable(out);
    const QStringList lines = out.split(u'\n');
    EXPECT_EQ(lines.value(0), QStringLiteral("Shares|Segments|Study"));
    EXPECT_TRUE(lines.value(1).startsWith(QStringLiteral("s:wave:")));
    EXPECT_TRUE(lines.value(2).contains(QStringLiteral("n:None:")) || lines.value(2).contains(QStringLiteral("n:0.56")))
        << qPrintable(out);
    EXPECT_TRUE(lines.value(3).contains(QStringLiteral("n:0.245:0.0###########%"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("title =HYPERLINK(\"x\") & Größe s"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("\u241b"))) << qPrintable(out);
}

TEST(XlsxExport, LibreOfficeGivesBackTheSameFigures)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(soffice.isEmpty()) << "libreoffice-calc-nogui is in scripts/deps.sh";
    QTemporaryDir dir;
    const Study study = mixedStudy();
    const QString path = dir.filePath(QStringLiteral("study.xlsx"));
    ASSERT_TRUE(writeStudyXlsx(study, Language::English, path));
    int exitCode = 0;
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    const QString out =
        run(soffice,
            {QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--headless"),
             QStringLiteral("--convert-to"), QStringLiteral("csv"), QStringLiteral("--outdir"), dir.path(), path},
            &exitCode);
    ASSERT_EQ(exitCode, 0) << qPrintable(out);
    QFile csv(dir.filePath(QStringLiteral("study.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << qPrintable(out);
    const CsvImportResult back = importCsv(csv.readAll(), QStringLiteral("study.csv"), {});
    ASSERT_TRUE(back.ok()) << qPrintable(back.errors.value(0).toString());
    ASSERT_EQ(back.studies.size(), 1);
    const Study &copy = back.studies.constFirst();
    ASSERT_EQ(copy.waves.size(), study.waves.size());
    for (int w = 0; w < study.waves.size(); ++w) {
        EXPECT_EQ(copy.waves[w].year, study.waves[w].year);
        for (int s = 0; s < study.segments.size(); ++s) {
            EXPECT_EQ(copy.share(w, s).has_value(), study.share(w, s).has_value());
            if (study.share(w, s) && copy.share(w, s)) {
                EXPECT_NEAR(*copy.share(w, s), *study.share(w, s), 1e-9);
            }
        }
    }
    for (int s = 0; s < study.segments.size(); ++s)
        EXPECT_EQ(copy.segments[s].name.text(Language::English), study.segments[s].name.value(Language::English));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Hostile input, round two (exports): a slug from a shared study never puts a file outside
// the chosen folder (batch and the GUI's Export All), two studies with one slug never share a
// file, control characters leave every format valid, and a full disk is reported as such by
// every chart writer.
#include "core/safetext.h"
#include "core/seedstudy.h"
#include "librarywindowtest.h"
#include "ui/export/batchexport.h"
#include "ui/export/chartexporter.h"
#include "ui/export/reportwriter.h"
#include "ui/library/studylibrary.h"

#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

const QStringList kHostileSlugs{QStringLiteral("../../escaped/pwn"), QStringLiteral("/tmp/chartweek-absolute/pwn"),
                                QStringLiteral("a/b\\c:d*?<>|\n")};

// Every file below root, relative to it.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString fullDevice(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("full"));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return path;
    return QStringLiteral("/dev/full");
}

} // namespace

TEST(SafeExport, BatchFilesStayInTheChosenFolder)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a/b/out"));
    QList<Study> studies;
    for (int i = 0; i < kHostileSlugs.size(); ++i) {
        Study study = smbGroupSocialBusinessStudy2012();
        study.id = i + 1;
        study.slug = kHostileSlugs.at(i);
        studies.append(study);
    }
    const QList<BatchJob> jobs = batchJobs(studies, {ExportFormat::Svg}, {Language::English}, ExportOptions(), folder);
    const BatchResult result = runBatch(jobs, {});
    ASSERT_FALSE(result.error) << qPrintable(*result.error);
    const QStringList files = filesBelow(dir.path());
    EXPECT_EQ(result.written, jobs.size());
    EXPECT_EQ(files.size(), jobs.size()) << qPrintable(files.join(u' '));
    for (const QString &file : files) {
        EXPECT_TRUE(file.startsWith(QStringLiteral("a/b/out/"))) << qPrintable(file);
        EXPECT_EQ(file.count(u'/'), 3) << qPrintable(file);
        EXPECT_FALSE(file.contains(u'\n'));
    }
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/chartweek-absolute")));
}

TEST(SafeExport, TwoStudiesWithOneSlugGetTheirOwnFiles)
{
    QTemporaryDir dir;
    Study first = smbGroupSocialBusinessStudy2012();
    first.id = 1;
    Study second = first;
    second.id = 2;
    second.title = QStringLiteral("Second");
    const QList<BatchJob> jobs =
        batchJobs({first, second}, {ExportFormat::Svg}, {Language::English}, ExportOptions(), dir.path());
    const BatchResult result = runBatch(jobs, {});
    ASSERT_FALSE(result.error);
    EXPECT_EQ(filesBelow(dir.path()).size(), result.written) << "every file reported as written exists";
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("smb-group-2012-social-business-2_trend_en.svg"))));
}

class SafeExportWindow : public LibraryWindowTest
{
};

TEST_F(SafeExportWindow, ExportAllKeepsAHostileSlugInTheFolder)
{
    QList<Study> studies{smbGroupSocialBusinessStudy2012()};
    studies[0].slug = kHostileSlugs.at(0);
    studies[0].title = QStringLiteral("Shared study");
    const auto stored = m_database.insertStudies(studies);
    ASSERT_TRUE(succeeded(stored));
    studies = *stored;
    ASSERT_TRUE(m_window->library()->refresh());
    ASSERT_TRUE(m_window->openStudy(studies[0].id));
    const QString folder = m_dir.filePath(QStringLiteral("x/y/charts"));
    const int written = m_window->exportAllTo(folder);
    const QStringList files = filesBelow(m_dir.filePath(QStringLiteral("x")));
    EXPECT_GT(written, 0);
    EXPECT_EQ(files.size(), written) << qPrintable(files.join(u' '));
    for (const QString &file : files)
        EXPECT_TRUE(file.startsWith(QStringLiteral("y/charts/escaped-pwn_"))) << qPrintable(file);
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("escaped"))));
}

TEST(SafeExport, ControlCharactersLeaveSvgValidAndPngChunksClean)
{
    Study study = smbGroupSocialBusinessStudy2012();
    study.title = QStringLiteral("Title \x1b[2J\x07\x08\x7f");
    study.topic = LocalizedText{{Language::English, QStringLiteral("Topic\x1b")},
                                {Language::German, QStringLiteral("Thema\x1b")}};
    study.segments[0].name = sameTextInUiLanguages(QStringLiteral("Plan\x1b[31m"));
    study.sourceCitation = QStringLiteral("Source\x01");
    QTemporaryDir dir;
    const ChartSpec spec{study, ChartKind::Bar, 2012, Language::English};
    ExportOptions options;
    options.format = ExportFormat::Svg;
    const QString svg = dir.filePath(QStringLiteral("c.svg"));
    ASSERT_EQ(exportChart(spec, options, svg), std::nullopt);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_FALSE(bytes.contains('\x1b'));
    EXPECT_TRUE(bytes.contains("\xE2\x90\x9B")); // ␛, made visible

    options.format = ExportFormat::Png;
    const QString png = dir.filePath(QStringLiteral("c.png"));
    ASSERT_EQ(exportChart(spec, options, png), std::nullopt);
    QImageReader reader(png);
    for (const QString &key : reader.textKeys())
        EXPECT_EQ(firstControlCharacter(reader.text(key)), -1) << qPrintable(key);
    options.format = ExportFormat::Pdf;
    EXPECT_EQ(exportChart(spec, options, dir.filePath(QStringLiteral("c.pdf"))), std::nullopt);
}

TEST(SafeExport, EveryChartWriterReportsAFullDisk)
{
    QTemporaryDir dir;
    const QString full = fullDevice(dir);
    const ChartSpec spec{smbGroupSocialBusinessStudy2012(), ChartKind::Bar, 2012, Language::English};
    for (const ExportFormat format : {ExportFormat::Png, ExportFormat::Pdf, ExportFormat::Svg}) {
        ExportOptions options;
        options.format = format;
        const std::optional<QString> error = exportChart(spec, options, full);
        ASSERT_TRUE(error) << qPrintable(exportFormatCode(format));
        EXPECT_TRUE(error->contains(QStringLiteral("disk is full"))) << qPrintable(*error);
    }
    ReportOptions report;
    const std::optional<QString> error = writeReport({smbGroupSocialBusinessStudy2012()}, report, full);
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->contains(QStringLiteral("disk is full"))) << qPrintable(*error);
    EXPECT_FALSE(QFileInfo(full).isFile());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// In-process benchmarks of Chart of the Week (Google Benchmark). Run them with
// `scripts/bench` (optimised build); `ctest -L bench-smoke` runs each once with tiny sizes.
//
// The storage benchmarks of the team library (SQLite and PostgreSQL side by side) are in
// storagebench.cpp; bench/team-library runs them against a server of its own.
//
// Own options, read before Google Benchmark's:
//   --smoke                     tiny sizes (libraries of 50 studies, a trend of 50 points,
//                               320×180 images), for the bench-smoke test; a storage
//                               benchmark that fails then fails the run
//   --generate-library=FILE:N   write a library of N studies to FILE and exit (used by
//                               bench/compare for the start-up measurement)

#include "benchdata.h"
#include "core/csvimporter.h"
#include "core/narrative.h"
#include "core/seedstudy.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/textfolding.h"
#include "storagebench.h"
#include "ui/charts/chartfactory.h"
#include "ui/export/chartexporter.h"
#include "ui/export/pngencoder.h"
#include "ui/library/studylistmodel.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

struct Sizes
{
    QSize image{1600, 900};
    int libraryStudies = 10000;
    int trendPoints = 5000;
    int csvRows = 100000;
};

Sizes g_sizes;
QTemporaryDir *g_tempDir = nullptr;

ChartSpec seedSpec(ChartKind kind = ChartKind::Bar)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    return ChartSpec{study, kind, 2012, Language::English};
}

QString tempPath(const QString &name)
{
    return g_tempDir->filePath(name);
}

// A library of studyCount studies, generated once per process.
QString libraryPath(int studyCount)
{
    static std::map<int, QString> paths;
    const auto found = paths.find(studyCount);
    if (found != paths.end())
        return found->second;
    const QString path = tempPath(QStringLiteral("library-%1.sqlite").arg(studyCount));
    if (auto error = BenchData::generateLibrary(path, studyCount)) {
        std::fprintf(stderr, "chartweek_bench: %s\n", qUtf8Printable(*error));
        std::exit(1);
    }
    paths.emplace(studyCount, path);
    return path;
}

QImage renderedImage(const ChartSpec &spec, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSizeF canvas = exportCanvasSize(QSizeF(size));
    const double factor = size.width() / canvas.width();
    painter.scale(factor, factor);
    ChartFactory::renderPage(&painter, QRectF(QPointF(0, 0), canvas), spec);
    return image;
}

void failOn(benchmark::State &state, const std::optional<QString> &error)
{
    if (error)
        state.SkipWithError(qPrintable(*error));
}

template<typename T> void failOn(benchmark::State &state, const StorageResult<T> &result)
{
    if (!result)
        state.SkipWithError(qPrintable(result.error().message));
}

// --- chart model --------------------------------------------------------------------

void createChart(benchmark::State &state, ChartKind kind)
{
    const ChartSpec spec = seedSpec(kind);
    for (auto _ : state) {
        std::unique_ptr<QChart> chart(ChartFactory::createChart(spec));
        benchmark::DoNotOptimize(chart.get());
    }
}

// --- bar chart to PNG and PDF -------------------------------------------------------

void renderBarToImage(benchmark::State &state)
{
    const ChartSpec spec = seedSpec();
    for (auto _ : state) {
        QImage image = renderedImage(spec, g_sizes.image);
        benchmark::DoNotOptimize(image.constBits());
    }
}

void encodePngQt(benchmark::State &state)
{
    const QImage image = renderedImage(seedSpec(), g_sizes.image);
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image))
            state.SkipWithError(qPrintable(writer.errorString()));
        bytes = buffer.size();
    }
    state.counters["file_bytes"] = double(bytes);
}

void encodePngFast(benchmark::State &state)
{
    const QImage image = renderedImage(seedSpec(), g_sizes.image);
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        failOn(state, writePngImage(image, &buffer));
        bytes = buffer.size();
    }
    state.counters["file_bytes"] = double(bytes);
}

void exportFile(benchmark::State &state, ExportFormat format)
{
    const ChartSpec spec = seedSpec();
    ExportOptions options;
    options.format = format;
    options.pixelSize = g_sizes.image;
    const QString path = tempPath(QStringLiteral("chart.") + exportFormatCode(format));
    for (auto _ : state)
        failOn(state, exportChart(spec, options, path));
    state.counters["file_bytes"] = double(QFile(path).size());
}

// One chart of a batch as `chartweek export --all` would write it: PNG and PDF.
void exportPngAndPdf(benchmark::State &state)
{
    const ChartSpec spec = seedSpec();
    ExportOptions png;
    png.pixelSize = g_sizes.image;
    ExportOptions pdf;
    pdf.format = ExportFormat::Pdf;
    for (auto _ : state) {
        failOn(state, exportChart(spec, png, tempPath(QStringLiteral("batch.png"))));
        failOn(state, exportChart(spec, pdf, tempPath(QStringLiteral("batch.pdf"))));
    }
}

// The same two files in one go, as `export --format png,pdf` and `export --all` write them:
// one chart, the PNG encoded on a worker thread while the PDF is written.
void exportPngAndPdfTogether(benchmark::State &state)
{
    const ChartSpec spec = seedSpec();
    ExportOptions options;
    options.pixelSize = g_sizes.image;
    const QList<ExportTarget> targets{{ExportFormat::Png, tempPath(QStringLiteral("together.png"))},
                                      {ExportFormat::Pdf, tempPath(QStringLiteral("together.pdf"))}};
    for (auto _ : state)
        failOn(state, exportChartFiles(spec, options, targets));
}

// --- narrative ----------------------------------------------------------------------

void narrative(benchmark::State &state)
{
    const Study study = smbGroupSocialBusinessStudy2012();
    for (auto _ : state) {
        for (Language language : {Language::English, Language::German}) {
            QString text = Narrative::paragraph(study, 2012, language);
            text += Narrative::altText(study, Narrative::ChartType::Bar, 2012, language);
            benchmark::DoNotOptimize(text.constData());
        }
    }
}

// --- library of studies -------------------------------------------------------------

// Open the database, read the summaries, fill the table model (what the library pane shows).
void openAndListLibrary(benchmark::State &state)
{
    const int studyCount = int(state.range(0));
    const QString path = libraryPath(studyCount);
    for (auto _ : state) {
        SqliteStudyRepository database;
        failOn(state, database.open(path));
        const auto studies = database.listStudies();
        failOn(state, studies);
        StudyListModel model;
        model.setStudies(studies.valueOr({}));
        if (model.rowCount() != studyCount)
            state.SkipWithError("wrong number of studies");
    }
    state.SetItemsProcessed(state.iterations() * studyCount);
}

struct LoadedLibrary
{
    StudyListModel model;
    StudyFilterModel filter;
    explicit LoadedLibrary(int studyCount)
    {
        SqliteStudyRepository database;
        if (database.open(libraryPath(studyCount)))
            model.setStudies(database.listStudies().valueOr({}));
        filter.setSourceModel(&model);
    }
};

// Filtering the whole library by one search text (pasting it at once).
void filterLibrary(benchmark::State &state)
{
    LoadedLibrary library(int(state.range(0)));
    int rows = 0;
    for (auto _ : state) {
        library.filter.setSearchText(QStringLiteral("übersicht"));
        rows = library.filter.rowCount();
        state.PauseTiming();
        library.filter.setSearchText(QString());
        library.filter.rowCount();
        state.ResumeTiming();
    }
    state.counters["matches"] = rows;
}

const QString kTypedWord = QStringLiteral("ubersicht");

// Types kTypedWord letter by letter into the filter; the rows shown after the last letter.
// Not inlined, so bench/compare can count its instructions alone (callgrind --toggle-collect).
[[gnu::noinline]] int typeIntoFilter(StudyFilterModel *filter)
{
    int rows = 0;
    for (qsizetype n = 1; n <= kTypedWord.size(); ++n) {
        filter->setSearchText(kTypedWord.left(n));
        rows = filter->rowCount();
    }
    return rows;
}

// The filter as it was before the folded texts were kept in the model: every keystroke
// folds the title and the source of every row (searchFolded(), as the filter did then).
// Kept as the "before" of BM_FilterKeystrokes, measured in the same run.
[[gnu::noinline]] int typeFoldingEveryRow(const QAbstractItemModel &model)
{
    int rows = 0;
    for (qsizetype n = 1; n <= kTypedWord.size(); ++n) {
        const QString needle = searchFolded(kTypedWord.left(n));
        rows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column : {int(StudyListModel::TitleColumn), int(StudyListModel::SourceColumn)}) {
                if (searchFolded(model.index(row, column).data().toString()).contains(needle)) {
                    ++rows;
                    break;
                }
            }
        }
    }
    return rows;
}

// Typing "ubersicht" letter by letter: the counter is the time per keystroke.
void filterKeystrokes(benchmark::State &state)
{
    LoadedLibrary library(int(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(typeIntoFilter(&library.filter));
        state.PauseTiming();
        library.filter.setSearchText(QString());
        library.filter.rowCount();
        state.ResumeTiming();
    }
    state.counters["per_keystroke"] = benchmark::Counter(
        double(kTypedWord.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void filterKeystrokesFoldingEveryRow(benchmark::State &state)
{
    LoadedLibrary library(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(typeFoldingEveryRow(library.model));
    state.counters["per_keystroke"] = benchmark::Counter(
        double(kTypedWord.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

// --- trend of many points -----------------------------------------------------------

// A database holding one study with a trend of pointCount waves; returns its id.
qint64 trendStudyId(SqliteStudyRepository *database, int pointCount)
{
    const QString path = tempPath(QStringLiteral("trend-%1.sqlite").arg(pointCount));
    const bool exists = QFile::exists(path);
    if (!database->open(path))
        return 0;
    const Study study = BenchData::trendStudy(pointCount);
    const auto stored = exists ? database->loadStudyBySlug(study.slug) : database->insertStudy(study);
    return stored ? stored->id : 0;
}

void loadTrend(benchmark::State &state)
{
    SqliteStudyRepository database;
    const qint64 id = trendStudyId(&database, int(state.range(0)));
    if (id == 0)
        state.SkipWithError("could not store the trend study");
    for (auto _ : state) {
        const auto study = database.loadStudy(id);
        failOn(state, study);
        if (!study || study->waves.size() != state.range(0))
            state.SkipWithError("wrong number of waves");
    }
}

void renderTrend(benchmark::State &state)
{
    ChartSpec spec = seedSpec(ChartKind::Trend);
    spec.study = BenchData::trendStudy(int(state.range(0)));
    spec.waveYear = spec.study.latestWaveYear();
    for (auto _ : state) {
        QImage image = renderedImage(spec, g_sizes.image);
        benchmark::DoNotOptimize(image.constBits());
    }
}

// A long-format CSV of csvRows rows as a spreadsheet would export it: studies of 100
// survey waves (1900–1999) with three segments each; German numbers with a decimal comma.
QByteArray generatedCsv(int csvRows)
{
    QByteArray csv = "Studie;Welle;Segment;Anteil\r\n";
    csv.reserve(csvRows * 40);
    const char *segments[] = {"Mit Strategie", "Ad hoc", "Keine"};
    const char *shares[] = {"24,5", "29", "46,5"};
    for (int row = 0; row < csvRows; ++row) {
        csv += "Groß-Studie ";
        csv += QByteArray::number(row / 300);
        csv += ';';
        csv += QByteArray::number(1900 + (row / 3) % 100);
        csv += ';';
        csv += segments[row % 3];
        csv += ';';
        csv += shares[row % 3];
        csv += "\r\n";
    }
    return csv;
}

void parseCsv(benchmark::State &state)
{
    const QByteArray csv = generatedCsv(int(state.range(0)));
    CsvImportOptions options;
    options.locale = Language::German;
    for (auto _ : state) {
        const CsvImportResult result = importCsv(csv, QStringLiteral("bench.csv"), options);
        if (!result.errors.isEmpty() || result.studies.size() != (state.range(0) + 299) / 300)
            state.SkipWithError(qPrintable(result.errors.isEmpty() ? QStringLiteral("no study")
                                                                   : result.errors.constFirst().toString()));
        benchmark::DoNotOptimize(result.studies.constData());
    }
    state.counters["rows"] = double(state.range(0));
    state.counters["bytes"] = double(csv.size());
}

// The whole import as the GUI and `chartweek import` do it: parse, then store every study
// in one transaction (a new library each iteration).
void importCsvIntoLibrary(benchmark::State &state)
{
    const QByteArray csv = generatedCsv(int(state.range(0)));
    CsvImportOptions options;
    options.locale = Language::German;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        SqliteStudyRepository database;
        failOn(state, database.open(tempPath(QStringLiteral("import-%1.sqlite").arg(++round))));
        state.ResumeTiming();
        CsvImportResult result = importCsv(csv, QStringLiteral("bench.csv"), options);
        if (!result.errors.isEmpty())
            state.SkipWithError(qPrintable(result.errors.constFirst().toString()));
        failOn(state, database.insertStudies(result.studies));
    }
    state.counters["rows"] = double(state.range(0));
}

void registerBenchmarks()
{
    const QString imageSize = QStringLiteral("%1x%2").arg(g_sizes.image.width()).arg(g_sizes.image.height());
    auto named = [&](const char *name) {
        return std::string(name) + "/" + imageSize.toStdString();
    };
    const auto ms = benchmark::kMillisecond;
    const auto us = benchmark::kMicrosecond;

    benchmark::RegisterBenchmark("BM_CreateBarChart", createChart, ChartKind::Bar)->Unit(us);
    benchmark::RegisterBenchmark("BM_CreateTrendChart", createChart, ChartKind::Trend)->Unit(us);
    benchmark::RegisterBenchmark(named("BM_RenderBarToImage").c_str(), renderBarToImage)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_EncodePng_QImageWriter").c_str(), encodePngQt)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_EncodePng_writePngImage").c_str(), encodePngFast)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_ExportPng").c_str(), exportFile, ExportFormat::Png)->Unit(ms);
    benchmark::RegisterBenchmark("BM_ExportPdf/A4", exportFile, ExportFormat::Pdf)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_ExportSvg").c_str(), exportFile, ExportFormat::Svg)->Unit(ms);
    benchmark::RegisterBenchmark("BM_ParseCsv", parseCsv)->Arg(g_sizes.csvRows)->Unit(ms);
    benchmark::RegisterBenchmark("BM_ImportCsvIntoLibrary", importCsvIntoLibrary)->Arg(g_sizes.csvRows)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_ExportPngAndPdf").c_str(), exportPngAndPdf)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_ExportPngAndPdfTogether").c_str(), exportPngAndPdfTogether)
        ->Unit(ms)
        ->UseRealTime();
    benchmark::RegisterBenchmark("BM_Narrative/en+de", narrative)->Unit(us);
    benchmark::RegisterBenchmark("BM_OpenAndListLibrary", openAndListLibrary)
        ->Arg(g_sizes.libraryStudies / 10)
        ->Arg(g_sizes.libraryStudies)
        ->Unit(ms);
    benchmark::RegisterBenchmark("BM_FilterLibrary", filterLibrary)->Arg(g_sizes.libraryStudies)->Unit(ms);
    benchmark::RegisterBenchmark("BM_FilterKeystrokes", filterKeystrokes)->Arg(g_sizes.libraryStudies)->Unit(ms);
    benchmark::RegisterBenchmark("BM_FilterKeystrokes_FoldingEveryRow", filterKeystrokesFoldingEveryRow)
        ->Arg(g_sizes.libraryStudies)
        ->Unit(ms);
    benchmark::RegisterBenchmark("BM_LoadTrend", loadTrend)->Arg(g_sizes.trendPoints)->Unit(ms);
    benchmark::RegisterBenchmark(named("BM_RenderTrend").c_str(), renderTrend)->Arg(g_sizes.trendPoints)->Unit(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Our own options go before Google Benchmark sees the rest.
    std::vector<char *> rest;
    QString generateSpec;
    bool smoke = false;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--smoke") == 0) {
            g_sizes = Sizes{QSize(320, 180), 50, 50, 300};
            smoke = true;
        } else if (std::strncmp(argv[i], "--generate-library=", 19) == 0) {
            generateSpec = QString::fromLocal8Bit(argv[i] + 19);
        } else {
            rest.push_back(argv[i]);
        }
    }
    int restCount = int(rest.size());

    QApplication app(argc, argv);
    installLanguage(Language::English);

    if (!generateSpec.isEmpty()) {
        const qsizetype colon = generateSpec.lastIndexOf(u':');
        bool ok = false;
        const int count = colon > 0 ? generateSpec.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || count < 1) {
            std::fputs("chartweek_bench: --generate-library=FILE:N needs a file and a count of at least 1\n", stderr);
            return 2;
        }
        if (auto error = BenchData::generateLibrary(generateSpec.left(colon), count)) {
            std::fprintf(stderr, "chartweek_bench: %s\n", qUtf8Printable(*error));
            return 1;
        }
        return 0;
    }

    QTemporaryDir tempDir;
    if (!tempDir.isValid()) {
        std::fputs("chartweek_bench: cannot create a temporary folder\n", stderr);
        return 1;
    }
    g_tempDir = &tempDir;

    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 2;
    registerBenchmarks();
    StorageBench::registerBenchmarks(tempDir.path(), g_sizes.libraryStudies, smoke);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    StorageBench::cleanUp();
    if (smoke && StorageBench::failures() > 0) {
        std::fprintf(stderr, "chartweek_bench: %d storage benchmarks failed\n", StorageBench::failures());
        return 1;
    }
    return 0;
}

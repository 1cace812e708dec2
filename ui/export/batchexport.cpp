// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/batchexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchExport)
};

} // namespace

ScopedLanguage::ScopedLanguage(Language language)
    : m_previous(currentLanguage())
{
    if (language != m_previous)
        installLanguage(language);
}

ScopedLanguage::~ScopedLanguage()
{
    if (currentLanguage() != m_previous)
        installLanguage(m_previous);
}

QString batchFileName(const ChartSpec &spec, ExportFormat format)
{
    const QString chart = spec.kind == ChartKind::Trend
                              ? chartKindCode(spec.kind)
                              : chartKindCode(spec.kind) + u'-' + QString::number(spec.waveYear);
    const QString slug = spec.study.slug.isEmpty() ? QStringLiteral("study-%1").arg(spec.study.id) : spec.study.slug;
    return QStringLiteral("%1_%2_%3.%4").arg(slug, chart, languageCode(spec.language), exportFormatCode(format));
}

QList<BatchJob> batchJobs(const QList<Study> &studies, const QList<ExportFormat> &formats,
                          const QList<Language> &languages, const ExportOptions &base, const QString &folder,
                          const ChartStyle::Theme &style)
{
    QList<BatchJob> jobs;
    const QDir dir(folder);
    for (Language language : languages) {
        for (const Study &study : studies) {
            QList<ChartSpec> specs;
            for (const SurveyWave &wave : study.waves)
                specs.append({study, ChartKind::Bar, wave.year, language, style});
            specs.append({study, ChartKind::Trend, study.latestWaveYear(), language, style});
            for (const ChartSpec &spec : specs) {
                for (ExportFormat format : formats) {
                    ExportOptions options = base;
                    options.format = format;
                    jobs.append({spec, options, dir.filePath(batchFileName(spec, format))});
                }
            }
        }
    }
    return jobs;
}

BatchResult runBatch(const QList<BatchJob> &jobs,
                     const std::function<bool(int done, int total, const QString &path)> &progress)
{
    BatchResult result;
    const int total = int(jobs.size());
    std::optional<ScopedLanguage> language; // switched only where the language changes
    for (const BatchJob &job : jobs) {
        const QString folder = QFileInfo(job.path).absolutePath();
        if (!QDir().mkpath(folder)) {
            result.error = Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
            return result;
        }
        if (currentLanguage() != job.spec.language) {
            language.reset();
            language.emplace(job.spec.language);
        }
        result.error = exportChart(job.spec, job.options, job.path);
        if (result.error)
            return result;
        ++result.written;
        if (progress && !progress(result.written, total, job.path)) {
            result.cancelled = result.written < total;
            return result;
        }
    }
    return result;
}

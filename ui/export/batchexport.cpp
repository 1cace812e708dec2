// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/export/batchexport.h"

#include "core/safetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchExport)
};

} // namespace

namespace {

// installLanguage() posts QEvent::LanguageChange to every window; a temporary switch
// takes those events back, so no window retranslates into the export's language.
void installWithoutRetranslating(Language language)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // a real switch still arrives
    installLanguage(language);
    QCoreApplication::removePostedEvents(nullptr, QEvent::LanguageChange);
}

} // namespace

ScopedLanguage::ScopedLanguage(Language language)
    : m_previous(currentLanguage())
{
    if (language != m_previous)
        installWithoutRetranslating(language);
}

ScopedLanguage::~ScopedLanguage()
{
    if (currentLanguage() != m_previous)
        installWithoutRetranslating(m_previous);
}

QString batchFileName(const ChartSpec &spec, ExportFormat format)
{
    const QString chart = spec.kind == ChartKind::Trend
                              ? chartKindCode(spec.kind)
                              : chartKindCode(spec.kind) + u'-' + QString::number(spec.waveYear);
    // The slug comes from data (a shared study may say "../../x"): only a safe name goes into a path.
    const QString slug = safeFileName(spec.study.slug, QStringLiteral("study-%1").arg(spec.study.id));
    return QStringLiteral("%1_%2_%3.%4").arg(slug, chart, languageCode(spec.language), exportFormatCode(format));
}

namespace {

// Whether two jobs write the same chart (in another format).
bool sameChart(const BatchJob &a, const BatchJob &b)
{
    const ExportOptions &x = a.options;
    const ExportOptions &y = b.options;
    return a.spec.study.id == b.spec.study.id && a.spec.study.slug == b.spec.study.slug && a.spec.kind == b.spec.kind &&
           a.spec.waveYear == b.spec.waveYear && a.spec.language == b.spec.language && x.pixelSize == y.pixelSize &&
           x.scale == y.scale && x.pageSize.isEquivalentTo(y.pageSize) && x.orientation == y.orientation &&
           x.pdfResolution == y.pdfResolution;
}

} // namespace

QList<BatchJob> batchJobs(const QList<Study> &studies, const QList<ExportFormat> &formats,
                          const QList<Language> &languages, const ExportOptions &base, const QString &folder,
                          const ChartStyle::Theme &style)
{
    QList<BatchJob> jobs;
    // Two studies with the same slug (a damaged database, two shared files) get their own
    // files: the second one's names end in "-2", so no file is written twice.
    QHash<qint64, QString> slugOfStudy;
    QSet<QString> slugsTaken;
    for (const Study &study : studies) {
        const QString base = safeFileName(study.slug, QStringLiteral("study-%1").arg(study.id));
        QString slug = base;
        for (int n = 2; slugsTaken.contains(slug); ++n) {
            const QString suffix = u'-' + QString::number(n);
            slug = safeFileName(QString(base.left(kMaxFileNameLength - suffix.size()) + suffix), QString());
        }
        slugsTaken.insert(slug);
        slugOfStudy.insert(qint64(&study - studies.constData()), slug);
    }
    for (Language language : languages) {
        for (const Study &original : studies) {
            Study study = original;
            study.slug = slugOfStudy.value(qint64(&original - studies.constData()));
            QList<ChartSpec> specs;
            for (const SurveyWave &wave : study.waves)
                specs.append({study, ChartKind::Bar, wave.year, language, style});
            specs.append({study, ChartKind::Trend, study.latestWaveYear(), language, style});
            for (const ChartSpec &spec : specs) {
                for (ExportFormat format : formats) {
                    ExportOptions options = base;
                    options.format = format;
                    // Empty when the name would leave the folder; runBatch() refuses such a job.
                    jobs.append({spec, options, pathInFolder(folder, batchFileName(spec, format)).value_or(QString())});
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
    // Each chart speaks its spec's language by itself (ChartFactory): the UI keeps its own.
    QStringList folders; // made already
    for (qsizetype first = 0; first < jobs.size();) {
        // The files of one chart (its formats) are written in one go: one chart, drawn once
        // per file, the PNG encoded while the PDF is written.
        const BatchJob &job = jobs.at(first);
        qsizetype end = first + 1;
        while (end < jobs.size() && sameChart(jobs.at(end), job))
            ++end;
        QList<ExportTarget> targets;
        for (qsizetype i = first; i < end; ++i) {
            if (jobs.at(i).path.isEmpty()) {
                result.error = Text::tr("A file name made from the study \"%1\" would lie outside the chosen folder.")
                                   .arg(visibleText(jobs.at(i).spec.study.title));
                return result;
            }
            const QString folder = QFileInfo(jobs.at(i).path).absolutePath();
            if (!folders.contains(folder)) {
                if (!QDir().mkpath(folder)) {
                    result.error = Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
                    return result;
                }
                folders.append(folder);
            }
            targets.append({jobs.at(i).options.format, jobs.at(i).path});
        }
        result.error = exportChartFiles(job.spec, job.options, targets);
        if (result.error)
            return result;
        // Every file of the chart is complete, so all of them count even when the user
        // cancels after the first.
        bool stop = false;
        for (const ExportTarget &target : std::as_const(targets)) {
            ++result.written;
            if (progress && !stop && !progress(result.written, total, target.path))
                stop = true;
        }
        if (stop) {
            result.cancelled = result.written < total;
            return result;
        }
        first = end;
    }
    return result;
}

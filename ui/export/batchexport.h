// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/export/chartexporter.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

/// Installs a language for as long as it lives and the previous one again when it ends
/// (only when they differ, so nothing is retranslated for nothing). The windows on screen
/// keep their language: the switch is for what is written meanwhile (exports, reports),
/// not a language change of the UI.
class ScopedLanguage final
{
public:
    explicit ScopedLanguage(Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    Language m_previous;
};

/// One file of a batch export.
struct BatchJob
{
    ChartSpec spec;
    ExportOptions options;
    QString path;
};

/// What a batch did.
struct BatchResult
{
    int written = 0;              ///< Complete files written.
    bool cancelled = false;       ///< The progress callback asked to stop.
    std::optional<QString> error; ///< The first failure (the batch stops there).
};

/// "smb-group-2012-social-business_bar-2012_en.png", "…_trend_de.pdf": study slug, chart
/// (with the wave for a bar chart), language, format.
QString batchFileName(const ChartSpec &spec, ExportFormat format);

/// Every chart of the studies (a bar chart for every survey wave, then the trend chart)
/// in every format and language, files in folder, grouped by language. base gives the
/// pixel and paper size; its format is replaced by each job's. Every chart is drawn in style.
QList<BatchJob> batchJobs(const QList<Study> &studies, const QList<ExportFormat> &formats,
                          const QList<Language> &languages, const ExportOptions &base, const QString &folder,
                          const ChartStyle::Theme &style = ChartStyle::lightTheme());

/// Writes the jobs in order, each through QSaveFile, creating their folders. The job's
/// language is installed while it is written and the previous one afterwards. After each
/// complete file progress(done, total, path) is called; returning false stops the batch,
/// which then leaves only complete files. Stops at the first error.
BatchResult runBatch(const QList<BatchJob> &jobs,
                     const std::function<bool(int done, int total, const QString &path)> &progress);

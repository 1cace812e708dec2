// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/chartkind.h"
#include "core/exportformat.h"
#include "core/language.h"
#include "core/textdecoding.h"
#include "core/theme.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

/// What `chartweek export …` asked for. Unset optionals take their defaults when the
/// study is known: the newest wave, the preferred language, the output file's suffix.
/// With --all (batch) outputPath is a folder and every chart is written in every one of
/// formats × languages.
struct ExportCommand
{
    ChartKind chart = ChartKind::Bar;
    std::optional<int> waveYear;
    std::optional<Language> language;
    std::optional<ExportFormat> format; ///< The first target's format.
    QSize size{1600, 900};
    double scale = 1.0;
    std::optional<ExportPreset> preset; ///< From --preset; its paper size applies to PDFs.
    QString outputPath;                 ///< The first target's file (with --all: the folder).
    QList<ExportTarget> targets;        ///< Without --all: every file to write, in the order given.
    QString study;                      ///< --study: an id or an exact title; empty for the newest chart.
    bool all = false;
    QList<ExportFormat> formats;        ///< --all: from --formats (default: png).
    QList<Language> languages;          ///< --all: from --lang (default: the preferred language).
    ThemeKind theme = ThemeKind::Light; ///< From --theme; brand reads the database's brand theme.
};

/// What `chartweek report …` asked for: a PDF report in a language (default: the app's).
struct ReportCommand
{
    std::optional<Language> language;
    QString outputPath;
    bool pptx = false;                  ///< --format pptx or a .pptx file: a deck (else a PDF report).
    ThemeKind theme = ThemeKind::Light; ///< From --theme.
    QString study;                      ///< --study: an id or an exact title; empty for the newest chart.
};

/// What `chartweek import FILE …` asked for.
struct ImportCommand
{
    QString path;
    std::optional<Language> locale; ///< Number notation of a CSV file (default: the app's language).
    TextEncoding encoding = TextEncoding::Automatic;
    QString sheet; ///< --sheet of an XLSX or ODS file; empty: the first sheet with cells.
};

/// What `chartweek export-data …` asked for: one study as CSV or JSON.
struct ExportDataCommand
{
    QString study;                  ///< An id or an exact title; empty for the newest chart.
    bool json = false;              ///< --format json (else csv).
    bool xlsx = false;              ///< --format xlsx: an Excel workbook (core/xlsxexporter.h).
    std::optional<Language> locale; ///< CSV conventions: de ";" and "," or en "," and ".".
    QString outputPath;
};

/// What `chartweek copy-library --from A --to B` asked for: each a file or a team library's
/// postgresql:// address.
struct CopyLibraryCommand
{
    QString from;
    QString to;
};

/// The parsed command line.
struct CommandLine
{
    enum class Command { Gui, Export, Report, Import, List, ExportData, CopyLibrary, Help, Version };
    Command command = Command::Gui;
    QString databasePath; ///< From --database; empty for the default file.
    ExportCommand exportCommand;
    ReportCommand reportCommand;
    ImportCommand importCommand;
    ExportDataCommand exportDataCommand;
    CopyLibraryCommand copyLibraryCommand;
    QString helpText; ///< For Command::Help: the help of the command asked about.
    /// For Command::Gui: a study file to open in the import preview (`chartweek FILE`, as the
    /// desktop starts it for a CSV or JSON file); empty for none.
    QString openPath;
};

/// The outcome of parsing: a command line, or a one-line error (exit code 2).
struct CommandLineResult
{
    std::optional<CommandLine> commandLine;
    QString error;
};

/// Parses the arguments (arguments[0] is the program). Global options come before the
/// command: `chartweek [--database FILE] [export | report | import | list | export-data …]`.
CommandLineResult parseCommandLine(const QStringList &arguments);

/// Whether an argument in the place of a command names a study file to open: an existing
/// file, or a name ending in .csv, .tsv, .txt or .json.
bool isStudyFileArgument(const QString &argument);

/// Whether the arguments ask for the window (no command or a study file, no --help/--version); used
/// before the application object exists to pick the offscreen platform for exports.
bool commandLineNeedsDisplay(const QStringList &arguments);

/// Parses "1600x900" (also "1600×900"); nullopt unless both sides are 1–20000.
std::optional<QSize> parseSize(const QString &text);

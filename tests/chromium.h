// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

/// Runs Debian's headless Chromium on a local file with a window of the size given and a
/// throwaway profile in profileDir, plus extra arguments ("--screenshot=FILE",
/// "--dump-dom"). Returns what it wrote to standard output (the DOM for --dump-dom), or
/// nullopt after adding a test failure with its messages when it fails or takes longer
/// than three minutes.
std::optional<QByteArray> runChromium(const QString &file, const QSize &window, const QString &profileDir,
                                      const QStringList &extra);

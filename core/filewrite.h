// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

/// Writes a whole file, or reports why it could not. Every writer of the app (CSV, JSON,
/// PNG, PDF, SVG, report, XLSX) ends here, so every one reports a write error the same way.
///
/// - A regular file (new or existing) is written through QSaveFile: the data goes to a
///   temporary file beside it, which replaces the file only when every byte was written and
///   synced. A failure leaves the old file (or none) and no temporary file.
/// - A path that exists and is not a regular file (a character device such as /dev/full or
///   /dev/stdout, a FIFO) is written directly; it is never replaced by a file.
/// - A folder is refused.
/// - Short writes are continued; a write, flush or commit (fsync) that fails is an error.
///
/// Returns std::nullopt on success, else a translated reason without the file name: "the disk
/// is full" for ENOSPC and EDQUOT (wherever it shows up), "permission denied" for EACCES and
/// EPERM, else the system's text. Callers put it after "Cannot write FILE: ".
std::optional<QString> writeFileSafely(const QString &path, QByteArrayView data);

/// "Cannot write FILE: reason", FILE in native separators (the common message of writers).
QString cannotWriteMessage(const QString &path, const QString &reason);

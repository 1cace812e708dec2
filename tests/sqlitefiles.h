// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

// Looking at SQLite files from outside the app, as another program would.

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The whole file; empty when it can't be read.
QByteArray readAll(const QString &path);
/// Replaces the file's contents (a test failure when it can't be written).
void writeAll(const QString &path, const QByteArray &bytes);
/// Runs SQL on a plain connection of its own (another program) and returns the first
/// column of every row; an empty list when the statement fails.
QStringList rawQuery(const QString &path, const QString &sql);

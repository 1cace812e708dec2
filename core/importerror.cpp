// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/importerror.h"

#include "core/spreadsheetreader.h"

QString ImportError::toString() const
{
    QString place = file;
    if (!sheet.isEmpty()) {
        place += (place.isEmpty() ? QString() : QStringLiteral(":")) +
                 (line > 0 ? spreadsheetCellAddress(sheet, line, column) : sheet);
    } else if (line > 0) {
        place += u':' + QString::number(line);
        if (column > 0)
            place += u':' + QString::number(column);
    }
    if (!path.isEmpty())
        place += place.isEmpty() ? path : QStringLiteral(": ") + path;
    return place.isEmpty() ? message : place + QStringLiteral(": ") + message;
}

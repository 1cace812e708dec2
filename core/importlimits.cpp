// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/importlimits.h"

#include "core/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportLimits)
};

QString count(int value, Language messageLanguage)
{
    return localeFor(messageLanguage).toString(value);
}

} // namespace

QString fileTooLargeMessage(Language messageLanguage)
{
    return Text::tr("The file is larger than %1 MB, the most an import reads.")
        .arg(count(int(ImportLimits::kFileBytes / (1024 * 1024)), messageLanguage));
}

QString tooManyRowsMessage(Language messageLanguage)
{
    return Text::tr("The file has more than %1 rows, the most an import reads.")
        .arg(count(ImportLimits::kRows, messageLanguage));
}

QString tooManyColumnsMessage(Language messageLanguage)
{
    return Text::tr("This row has more than %1 cells, the most an import reads.")
        .arg(count(ImportLimits::kColumns, messageLanguage));
}

QString tooManyStudiesMessage(Language messageLanguage)
{
    return Text::tr("The file has more than %1 studies, the most an import reads.")
        .arg(count(ImportLimits::kStudies, messageLanguage));
}

QString tooManySegmentsMessage(Language messageLanguage)
{
    return Text::tr("The study has more than %1 segments, the most a study may have.")
        .arg(count(ImportLimits::kSegments, messageLanguage));
}

QString tooManyWavesMessage(Language messageLanguage)
{
    return Text::tr("The study has more than %1 survey waves, the most a study may have.")
        .arg(count(ImportLimits::kWaves, messageLanguage));
}

QString textTooLongMessage(int limit, Language messageLanguage)
{
    return Text::tr("The text is longer than %1 characters, the most it may have.").arg(count(limit, messageLanguage));
}

QString uncompressedTooLargeMessage(Language messageLanguage)
{
    return Text::tr("The spreadsheet unpacks to more than %1 MB, the most an import reads.")
        .arg(count(int(ImportLimits::kUncompressedBytes / (1024 * 1024)), messageLanguage));
}

QString tooManyPartsMessage(Language messageLanguage)
{
    return Text::tr("The spreadsheet has more than %1 parts, the most an import reads.")
        .arg(count(ImportLimits::kArchiveParts, messageLanguage));
}

QString tooManyCellsMessage(Language messageLanguage)
{
    return Text::tr("The spreadsheet has more than %1 cells with content, the most an import reads.")
        .arg(count(ImportLimits::kSheetCells, messageLanguage));
}

std::optional<ImportError> readImportFile(const QString &path, QByteArray *bytes, Language messageLanguage)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportError{shown,     0,         0,
                           QString(), QString(), Text::tr("Cannot read %1: %2").arg(shown, file.errorString())};
    if (!file.isSequential() && file.size() > ImportLimits::kFileBytes)
        return ImportError{shown, 0, 0, QString(), QString(), fileTooLargeMessage(messageLanguage)};
    // A device (/dev/zero) or pipe has no size: read one byte more than the limit to know.
    *bytes = file.isSequential() ? file.read(ImportLimits::kFileBytes + 1) : file.readAll();
    if (file.error() != QFileDevice::NoError) {
        bytes->clear();
        return ImportError{shown,     0,         0,
                           QString(), QString(), Text::tr("Cannot read %1: %2").arg(shown, file.errorString())};
    }
    if (bytes->size() > ImportLimits::kFileBytes) {
        bytes->clear();
        return ImportError{shown, 0, 0, QString(), QString(), fileTooLargeMessage(messageLanguage)};
    }
    return std::nullopt;
}

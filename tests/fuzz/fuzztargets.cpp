// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "fuzztargets.h"

#include "core/csvimporter.h"
#include "core/numberparser.h"
#include "core/studydatabase.h"
#include "core/studyjson.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

// An invariant that must hold for every input: stops the fuzzer (or fails the test) loudly.
void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

namespace Fuzz {

int csvImport(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    CsvImportOptions options;
    const std::uint8_t flags = data[0];
    options.locale = (flags & 1) ? Language::German : Language::English;
    static const TextEncoding encodings[] = {TextEncoding::Automatic, TextEncoding::Utf8,
                                             TextEncoding::Utf16LittleEndian, TextEncoding::Utf16BigEndian,
                                             TextEncoding::Windows1252};
    options.encoding = encodings[((flags >> 1) & 7) % 5];
    options.multipleAnswers = (flags & 16) != 0;
    const CsvImportResult result = importCsv(bytesOf(data + 1, size - 1), QStringLiteral("fuzz.csv"), options);
    require(result.errors.isEmpty() || result.studies.isEmpty(), "CSV: studies despite errors");
    require(result.settings.encoding != TextEncoding::Automatic, "CSV: settings.encoding is Automatic");
    for (const Study &study : result.studies) {
        for (const SurveyWave &wave : study.waves) {
            require(wave.shares.size() == study.segments.size(), "CSV: a wave with the wrong number of shares");
            for (const Share &share : wave.shares)
                require(!share || std::isfinite(*share), "CSV: a share that is not finite");
        }
    }
    return 0;
}

int jsonImport(const std::uint8_t *data, std::size_t size)
{
    const JsonImportResult result = importStudiesJson(bytesOf(data, size), QStringLiteral("fuzz.json"));
    require(result.errors.isEmpty() || result.studies.isEmpty(), "JSON: studies despite errors");
    if (!result.ok())
        return 0;
    const JsonImportResult again = importStudiesJson(exportStudiesJson(result.studies), QStringLiteral("again.json"));
    require(again.ok(), "JSON: an imported study doesn't import again after export");
    require(again.studies == result.studies, "JSON: export and re-import changed a study");
    return 0;
}

int numberParser(const std::uint8_t *data, std::size_t size)
{
    const QString cell = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Language language : {Language::English, Language::German}) {
        const ParsedShare parsed = parseShare(cell, language);
        require(parsed.ok || !parsed.error.isEmpty(), "number: an error without a message");
        require(!parsed.ok || !parsed.value || std::isfinite(*parsed.value), "number: a share that is not finite");
        require(!parsed.ok || parsed.value || cell.trimmed().isEmpty(), "number: text read as an unknown share");
    }
    return 0;
}

int databaseOpen(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    for (const QString &backup : QDir(dir.path()).entryList({QStringLiteral("*.bak")}))
        QFile::remove(dir.filePath(backup));
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly), "database: can't write the temporary file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    StudyDatabase db;
    db.setBusyTimeout(0);
    if (const auto error = db.open(path)) {
        require(!error->message.isEmpty(), "database: an error without a message");
        require(!db.isOpen(), "database: open after an error");
        return 0;
    }
    QList<StudySummary> studies;
    if (db.listStudies(&studies))
        return 0;
    for (const StudySummary &summary : studies) {
        Study study;
        if (!db.loadStudy(summary.id, &study)) {
            for (const SurveyWave &wave : study.waves)
                require(wave.shares.size() == study.segments.size(),
                        "database: a wave with the wrong number of shares");
        }
    }
    return 0;
}

Target targetByName(const QString &name)
{
    if (name == u"csv")
        return csvImport;
    if (name == u"json")
        return jsonImport;
    if (name == u"number")
        return numberParser;
    if (name == u"database")
        return databaseOpen;
    return nullptr;
}

} // namespace Fuzz

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

namespace {

// The invariants one input broke; each target returns them.
class Invariants
{
public:
    // An invariant that must hold for every input.
    void require(bool condition, const char *what)
    {
        if (!condition && !m_broken.contains(QLatin1StringView(what)))
            m_broken.append(QString::fromLatin1(what));
    }
    QStringList broken() const { return m_broken; }

private:
    QStringList m_broken;
};

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace

namespace Fuzz {

QStringList csvImport(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    if (size == 0)
        return check.broken();
    CsvImportOptions options;
    const std::uint8_t flags = data[0];
    options.locale = (flags & 1) ? Language::German : Language::English;
    static const TextEncoding encodings[] = {TextEncoding::Automatic, TextEncoding::Utf8,
                                             TextEncoding::Utf16LittleEndian, TextEncoding::Utf16BigEndian,
                                             TextEncoding::Windows1252};
    options.encoding = encodings[((flags >> 1) & 7) % 5];
    options.multipleAnswers = (flags & 16) != 0;
    const CsvImportResult result = importCsv(bytesOf(data + 1, size - 1), QStringLiteral("fuzz.csv"), options);
    check.require(result.errors.isEmpty() || result.studies.isEmpty(), "CSV: studies despite errors");
    check.require(result.settings.encoding != TextEncoding::Automatic, "CSV: settings.encoding is Automatic");
    for (const Study &study : result.studies) {
        for (const SurveyWave &wave : study.waves) {
            check.require(wave.shares.size() == study.segments.size(), "CSV: a wave with the wrong number of shares");
            for (const Share &share : wave.shares)
                check.require(!share || std::isfinite(*share), "CSV: a share that is not finite");
        }
    }
    return check.broken();
}

QStringList jsonImport(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    const JsonImportResult result = importStudiesJson(bytesOf(data, size), QStringLiteral("fuzz.json"));
    check.require(result.errors.isEmpty() || result.studies.isEmpty(), "JSON: studies despite errors");
    if (!result.ok())
        return check.broken();
    const JsonImportResult again = importStudiesJson(exportStudiesJson(result.studies), QStringLiteral("again.json"));
    check.require(again.ok(), "JSON: an imported study doesn't import again after export");
    check.require(again.studies == result.studies, "JSON: export and re-import changed a study");
    return check.broken();
}

QStringList numberParser(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    const QString cell = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Language language : {Language::English, Language::German}) {
        const ParsedShare parsed = parseShare(cell, language);
        check.require(parsed.ok || !parsed.error.isEmpty(), "number: an error without a message");
        check.require(!parsed.ok || !parsed.value || std::isfinite(*parsed.value),
                      "number: a share that is not finite");
        check.require(!parsed.ok || parsed.value || cell.trimmed().isEmpty(), "number: text read as an unknown share");
    }
    return check.broken();
}

QStringList databaseOpen(const std::uint8_t *data, std::size_t size)
{
    Invariants check;
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    for (const QString &backup : QDir(dir.path()).entryList({QStringLiteral("*.bak")}))
        QFile::remove(dir.filePath(backup));
    {
        QFile file(path);
        check.require(file.open(QIODevice::WriteOnly), "database: can't write the temporary file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    StudyDatabase db;
    db.setBusyTimeout(0);
    if (const auto error = db.open(path)) {
        check.require(!error->message.isEmpty(), "database: an error without a message");
        check.require(!db.isOpen(), "database: open after an error");
        return check.broken();
    }
    QList<StudySummary> studies;
    if (db.listStudies(&studies))
        return check.broken();
    for (const StudySummary &summary : studies) {
        Study study;
        if (!db.loadStudy(summary.id, &study)) {
            for (const SurveyWave &wave : study.waves)
                check.require(wave.shares.size() == study.segments.size(),
                              "database: a wave with the wrong number of shares");
        }
    }
    return check.broken();
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

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "fuzztargets.h"

#include "core/csvexporter.h"
#include "core/csvimporter.h"
#include "core/importlimits.h"
#include "core/numberparser.h"
#include "core/safetext.h"
#include "core/storage/sqlitestudyrepository.h"
#include "core/studyjson.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
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

// Every text of a study that came in through an import: no control character, not longer
// than the limit, and every name a batch export makes from it stays in the folder.
void requireSafeTexts(Invariants *check, const Study &study, const char *what)
{
    QStringList texts{study.slug, study.title, study.publisher, study.sourceCitation};
    texts << study.topic.values() << study.headline.values();
    for (const Segment &segment : study.segments)
        texts << segment.key << segment.name.values();
    for (const QString &text : std::as_const(texts)) {
        check->require(firstControlCharacter(text) < 0, what);
        check->require(text.size() <= ImportLimits::kTextLength, what);
        const QString name = safeFileName(text, QStringLiteral("study"));
        check->require(pathInFolder(QStringLiteral("/out"), name + QStringLiteral("_bar-2012_en.svg")).has_value(),
                       what);
    }
    check->require(study.segments.size() <= ImportLimits::kSegments, what);
    check->require(study.waves.size() <= ImportLimits::kWaves, what);
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
    options.detectLocale = (flags & 32) != 0;
    QByteArray bytes = bytesOf(data + 1, size - 1);
    if ((flags & 64) != 0 && !bytes.isEmpty()) {
        // Large files from small inputs, to reach the limits (1,000 cells, 10,000 characters,
        // 200 segments, 1,000 waves): the body repeated up to 64 KB (more takes longer than the
        // fuzzer's 10 s per input under the sanitizers on a loaded machine).
        const qsizetype times =
            std::min<qsizetype>(qsizetype(bytes.at(0) & 0x7f) * 16 + 2, qsizetype(64 * 1024) / bytes.size() + 1);
        bytes = bytes.repeated(times);
    }
    const CsvImportResult result = importCsv(bytes, QStringLiteral("fuzz.csv"), options);
    check.require(result.errors.isEmpty() || result.studies.isEmpty(), "CSV: studies despite errors");
    check.require(result.settings.encoding != TextEncoding::Automatic, "CSV: settings.encoding is Automatic");
    for (const Study &study : result.studies) {
        for (const SurveyWave &wave : study.waves) {
            check.require(wave.shares.size() == study.segments.size(), "CSV: a wave with the wrong number of shares");
            for (const Share &share : wave.shares)
                check.require(!share || std::isfinite(*share), "CSV: a share that is not finite");
        }
        requireSafeTexts(&check, study, "CSV: an imported text is unsafe (control character, length or file name)");
        // What imports must come back through export-data with the same figures and names
        // (formula neutralising, multiple answers).
        const Language convention = result.settings.locale;
        CsvImportOptions again;
        again.locale = convention;
        const CsvImportResult back = importCsv(exportStudyCsv(study, convention), QStringLiteral("again.csv"), again);
        check.require(back.ok() && back.studies.size() == 1,
                      "CSV: an imported study doesn't import again after export");
        const Study &copy = back.studies.constFirst();
        check.require(copy.waves == study.waves, "CSV: export and re-import changed the figures");
        check.require(copy.multipleAnswers == study.multipleAnswers, "CSV: export and re-import lost multiple answers");
        check.require(copy.title == study.title, "CSV: export and re-import changed the title");
        for (qsizetype i = 0; i < study.segments.size(); ++i)
            check.require(copy.segments.at(i).name.text(convention) == study.segments.at(i).name.text(convention),
                          "CSV: export and re-import changed a segment name");
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
    for (const Study &study : result.studies)
        requireSafeTexts(&check, study, "JSON: an imported text is unsafe (control character, length or file name)");
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
        const ParsedShare ranged = parseShareInRange(cell, language);
        check.require(!ranged.ok || !ranged.value || (*ranged.value >= 0.0 && *ranged.value <= 100.0),
                      "number: a share outside 0-100 passed the range check");
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
    SqliteStudyRepository db;
    db.setBusyTimeout(0);
    if (const auto opened = db.open(path); !opened) {
        check.require(!opened.error().message.isEmpty(), "database: an error without a message");
        check.require(!db.isOpen(), "database: open after an error");
        return check.broken();
    }
    const auto studies = db.listStudies();
    if (!studies)
        return check.broken();
    for (const StudySummary &summary : *studies) {
        if (const auto study = db.loadStudy(summary.id)) {
            for (const SurveyWave &wave : study->waves)
                check.require(wave.shares.size() == study->segments.size(),
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

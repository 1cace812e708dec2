// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/csvimporter.h"

#include "core/importlimits.h"
#include "core/numberparser.h"
#include "core/safetext.h"
#include "core/textfolding.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <csv.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
};

// ---------------------------------------------------------------------------------------------
// libcsv, fed one physical line at a time so every record knows the line it starts on.

struct ParseOutcome
{
    QList<CsvRecord> records;
    std::optional<ImportError> error;
    bool tooManyRows = false;  // the same for every delimiter: the file is beyond the limit
    bool tooManyCells = false; // a row split by this delimiter has too many cells
};

struct ParserState
{
    QList<CsvRecord> records;
    CsvRecord current;
    bool open = false; // a record has started (at least one field submitted)
    int startLine = 0; // line of the next record to start
    bool rowEnded = false;
    Language messageLanguage;     // of the limit messages
    std::optional<QString> limit; // a limit was passed: the message (parsing stops)
    bool tooManyRows = false;
    bool tooManyCells = false;
};

void onField(void *data, size_t size, void *user)
{
    auto *state = static_cast<ParserState *>(user);
    if (!state->open) {
        state->open = true;
        state->current = CsvRecord{state->startLine, {}};
    }
    if (state->limit)
        return;
    state->current.fields.append(QString::fromUtf8(static_cast<const char *>(data), qsizetype(size)));
    if (state->current.fields.size() > ImportLimits::kColumns) {
        state->limit = tooManyColumnsMessage(state->messageLanguage);
        state->tooManyCells = true;
    } else if (state->current.fields.constLast().size() > ImportLimits::kTextLength) {
        state->limit = textTooLongMessage(ImportLimits::kTextLength, state->messageLanguage);
    }
}

void onRecord(int, void *user)
{
    auto *state = static_cast<ParserState *>(user);
    if (!state->open || state->limit)
        return;
    if (state->records.size() >= ImportLimits::kRows) {
        state->limit = tooManyRowsMessage(state->messageLanguage);
        state->tooManyRows = true;
        return;
    }
    state->records.append(std::move(state->current));
    state->current = CsvRecord();
    state->open = false;
    state->rowEnded = true;
}

QString shortened(const QString &text)
{
    const QString simple = text.trimmed();
    return simple.size() > 80 ? simple.first(79) + QChar(0x2026) : simple;
}

ParseOutcome parseCsv(const QByteArray &utf8, char delimiter, int firstLine, Language messageLanguage)
{
    ParseOutcome outcome;
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        outcome.error =
            ImportError{QString(), firstLine, 0, QString(), QString(), Text::tr("Not enough memory to read the file.")};
        return outcome;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));

    ParserState state;
    state.messageLanguage = messageLanguage;
    bool idle = true;
    int line = firstLine;
    qsizetype pos = 0;
    while (pos < utf8.size() && !outcome.error) {
        qsizetype end = pos;
        while (end < utf8.size() && utf8.at(end) != '\n' && utf8.at(end) != '\r')
            ++end;
        if (end < utf8.size()) {
            if (utf8.at(end) == '\r' && end + 1 < utf8.size() && utf8.at(end + 1) == '\n')
                ++end;
            ++end;
        }
        const QByteArrayView chunk = QByteArrayView(utf8).sliced(pos, end - pos);
        if (idle)
            state.startLine = line;
        state.rowEnded = false;
        const size_t used = csv_parse(&parser, chunk.data(), size_t(chunk.size()), onField, onRecord, &state);
        if (used != size_t(chunk.size())) {
            outcome.error =
                ImportError{QString(),
                            line,
                            int(state.open ? state.current.fields.size() : 0) + 1,
                            QString(),
                            shortened(QString::fromUtf8(chunk)),
                            Text::tr("The quotes in this line are malformed: a cell with a quote must be enclosed "
                                     "in quotes, and every quote inside it doubled (\"\").")};
        }
        if (state.limit && !outcome.error) {
            outcome.tooManyRows = state.tooManyRows;
            outcome.tooManyCells = state.tooManyCells;
            outcome.error = ImportError{QString(), line,      int(state.open ? state.current.fields.size() : 0),
                                        QString(), QString(), *state.limit};
        }
        idle = state.rowEnded || (idle && chunk.trimmed().isEmpty());
        pos = end;
        ++line;
    }
    if (!outcome.error && csv_fini(&parser, onField, onRecord, &state) != 0) {
        outcome.error = ImportError{
            QString(), state.startLine, int(state.open ? state.current.fields.size() : 0) + 1,
            QString(), QString(),       Text::tr("A quoted cell that starts on this line is never closed.")};
    }
    csv_free(&parser);
    outcome.records = std::move(state.records);
    return outcome;
}

bool isBlankRecord(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &field) {
        return field.trimmed().isEmpty();
    });
}

// ---------------------------------------------------------------------------------------------
// Building studies

enum class Role { None, Study, Wave, Segment, Share, MultipleAnswers };

Role roleOfHeader(const QString &header)
{
    static const QRegularExpression percentSuffix(QStringLiteral("\\s*(\\(\\s*%\\s*\\)|%|in\\s*%)$"));
    QString name = header.normalized(QString::NormalizationForm_C).trimmed().toLower();
    name.remove(percentSuffix);
    name = name.trimmed();
    if (name == u"study" || name == u"studie")
        return Role::Study;
    if (name == u"wave" || name == u"welle" || name == u"year" || name == u"jahr" || name == u"survey wave" ||
        name == u"befragungswelle")
        return Role::Wave;
    if (name == u"segment" || name == u"category" || name == u"kategorie")
        return Role::Segment;
    if (name == u"share" || name == u"anteil" || name == u"percent" || name == u"prozent")
        return Role::Share;
    if (name == u"multiple answers" || name == u"mehrfachnennungen" || name == u"mehrfachantworten")
        return Role::MultipleAnswers;
    return Role::None;
}

QString label(const QString &cell)
{
    QString text = cell.normalized(QString::NormalizationForm_C).trimmed();
    // Every line break (CR LF, a lone CR) becomes LF, once: "\r\r\n" reads as two breaks, so
    // the label reads the same again after export (found by fuzz_csv).
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return restoredCell(text); // the "'" that exportStudyCsv() puts before "=…" (formula injection)
}

// 100 × fraction, exact in decimal: the shortest text that reads back as the fraction
// ("0.245"), its exponent moved by two ("0.245e2"), read again (24.5, not 24.500000000000004).
double percentOfFraction(double fraction)
{
    if (!std::isfinite(fraction))
        return fraction;
    char text[64];
    const auto written = std::to_chars(text, text + sizeof text - 8, fraction);
    std::string number(text, written.ptr);
    int exponent = 2;
    if (const std::size_t e = number.find('e'); e != std::string::npos) {
        exponent += std::stoi(number.substr(e + 1));
        number.resize(e);
    }
    number += 'e' + std::to_string(exponent);
    double percent = 0;
    std::from_chars(number.data(), number.data() + number.size(), percent);
    return percent;
}

// A typed cell as the UI language writes it, for the preview and the messages: "24,5 %" for
// a percent cell holding 0.245 in German, "2012", "TRUE".
QString cellText(const SheetCell &cell, Language language)
{
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
    case SheetCell::Kind::MissingResult:
        return QString();
    case SheetCell::Kind::Number:
        if (!cell.percent)
            return numberInMessage(cell.number, language);
        return shareInMessage(percentOfFraction(cell.number), language);
    case SheetCell::Kind::Boolean:
        return cell.number != 0 ? Text::tr("TRUE") : Text::tr("FALSE");
    case SheetCell::Kind::Text:
    case SheetCell::Kind::Error:
        break;
    }
    return cell.text;
}

// Where a value came from, to name it in an error.
struct CellRef
{
    int line = 0;
    int column = 0;
    QString text;
};

struct StudyBuild
{
    QString title;
    bool multipleAnswers = false; // from the long layout's "multiple answers" column
    QStringList segments;
    QMap<int, QMap<int, std::pair<Share, CellRef>>> cells; // year → segment → share
    QMap<int, CellRef> waveRefs;                           // year → its (first) wave cell
};

class Importer final
{
public:
    Importer(const QString &fileName, const CsvImportOptions &options, CsvImportResult *result)
        : m_fileName(fileName)
        , m_options(options)
        , m_result(result)
    {}

    void run(const QByteArray &bytes);
    void runSheet(const QByteArray &bytes, SpreadsheetFormat format);

private:
    void error(int line, int column, const QString &value, const QString &message)
    {
        m_result->errors.append(ImportError{m_fileName, line, column, QString(), value, message, m_sheet});
    }
    void error(ImportError located)
    {
        located.file = m_fileName;
        located.sheet = m_sheet;
        m_result->errors.append(located);
    }
    void readTable(int firstLine, bool parseFailed);
    bool readSheetCells(const Sheet &sheet);

    bool reportControlCharacters(const QString &text);
    bool settleNotation(const QList<const CsvRecord *> &rows, int shareColumn);
    void settleNameLanguage(const CsvRecord &header);
    LocalizedText untranslated(const QString &text) const;
    std::optional<int> year(const CsvRecord &record, int column);
    std::optional<Share> share(const CsvRecord &record, int column);
    QString defaultTitle() const;
    void readLong(const QList<const CsvRecord *> &rows, const QMap<Role, int> &columns);
    void readWide(const QList<const CsvRecord *> &rows);
    void buildStudies();

    QString m_fileName;
    QString m_sheet; // the sheet read, for spreadsheets
    CsvImportOptions m_options;
    CsvImportResult *m_result;
    QList<StudyBuild> m_builds;
};

// The number notation from the share cells (the share column, or every column after the
// first in the wide layout). False, with an error asking for a choice, when the file doesn't
// settle it.
bool Importer::settleNotation(const QList<const CsvRecord *> &rows, int shareColumn)
{
    QList<QStringView> cells;
    for (const CsvRecord *row : rows.sliced(1)) {
        for (int column = shareColumn < 0 ? 1 : shareColumn;
             column < (shareColumn < 0 ? row->fields.size() : shareColumn + 1); ++column) {
            if (row->cells.isEmpty() || row->cells.at(column).kind == SheetCell::Kind::Text)
                cells.append(row->fields.at(column)); // a number cell needs no notation
        }
    }
    const NotationGuess guess = guessNumberNotation(cells, m_options.locale);
    CsvImportSettings &settings = m_result->settings;
    settings.notation = guess.source;
    settings.notationExample = guess.example;
    if (guess.source == NotationSource::Ambiguous) {
        error(rows.first()->line, 0, guess.example,
              Text::tr("The numbers of the file read differently in German and English notation (e.g. \"%1\"); "
                       "choose the notation of the file.")
                  .arg(guess.example));
        return false;
    }
    m_options.locale = guess.locale;
    settings.locale = guess.locale;
    return true;
}

// Control characters (ESC, BEL, DEL, …) are refused wherever they are (see safetext.h): the
// first few are named with line and column.
bool Importer::reportControlCharacters(const QString &text)
{
    constexpr int kMaxReported = 10;
    int reported = 0;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size() && reported < kMaxReported; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            lineStart = i + 1;
        } else if (isControlCharacter(c)) {
            error(
                line, int(i - lineStart) + 1, characterCode(c),
                Text::tr("The file contains the control character %1, which no text may hold.").arg(characterCode(c)));
            ++reported;
        }
    }
    return reported > 0;
}

std::optional<int> Importer::year(const CsvRecord &record, int column)
{
    static const QRegularExpression yearPattern(QStringLiteral("^[1-9][0-9]{3}$"));
    const QString text = record.fields.at(column).trimmed();
    if (!record.cells.isEmpty() && record.cells.at(column).kind == SheetCell::Kind::Number) {
        const double value = record.cells.at(column).number;
        if (!record.cells.at(column).percent && value >= 1000 && value <= 9999 && value == std::floor(value))
            return int(value);
        error(record.line, column + 1, text,
              Text::tr("The survey wave \"%1\" is not a year (four digits, e.g. 2012).").arg(text));
        return std::nullopt;
    }
    if (text.isEmpty()) {
        error(record.line, column + 1, text, Text::tr("The survey wave is missing."));
        return std::nullopt;
    }
    if (!yearPattern.match(text).hasMatch()) {
        error(record.line, column + 1, text,
              Text::tr("The survey wave \"%1\" is not a year (four digits, e.g. 2012).").arg(text));
        return std::nullopt;
    }
    return text.toInt();
}

std::optional<Share> Importer::share(const CsvRecord &record, int column)
{
    if (!record.cells.isEmpty() && record.cells.at(column).kind != SheetCell::Kind::Text) {
        const SheetCell &cell = record.cells.at(column);
        const QString text = record.fields.at(column);
        switch (cell.kind) {
        case SheetCell::Kind::Empty:
            return Share();
        case SheetCell::Kind::Number:
            return cell.percent ? percentOfFraction(cell.number) : cell.number;
        case SheetCell::Kind::MissingResult:
            error(record.line, column + 1, text,
                  Text::tr("The formula's result is not saved in the file; open the file in Excel or LibreOffice "
                           "and save it again."));
            return std::nullopt;
        case SheetCell::Kind::Error:
            error(record.line, column + 1, text, Text::tr("The cell holds the error value %1, not a share.").arg(text));
            return std::nullopt;
        default:
            error(record.line, column + 1, text, Text::tr("The cell holds %1, not a share.").arg(text));
            return std::nullopt;
        }
    }
    const ParsedShare parsed = parseShare(record.fields.at(column), m_options.locale);
    if (!parsed.ok) {
        error(record.line, column + 1, record.fields.at(column).trimmed(), parsed.error);
        return std::nullopt;
    }
    return parsed.value;
}

QString Importer::defaultTitle() const
{
    const QString base = label(QFileInfo(m_fileName).completeBaseName());
    return base.isEmpty() ? Text::tr("Imported study") : base;
}

void Importer::readLong(const QList<const CsvRecord *> &rows, const QMap<Role, int> &columns)
{
    const int studyColumn = columns.value(Role::Study, -1);
    const int waveColumn = columns.value(Role::Wave);
    const int segmentColumn = columns.value(Role::Segment);
    const int shareColumn = columns.value(Role::Share);
    const int multipleColumn = columns.value(Role::MultipleAnswers, -1);
    QHash<QString, int> buildOfTitle;
    for (const CsvRecord *row : rows) {
        const int errorsBefore = int(m_result->errors.size());
        QString title = defaultTitle();
        if (studyColumn >= 0) {
            title = label(row->fields.at(studyColumn));
            if (title.isEmpty())
                error(row->line, studyColumn + 1, QString(), Text::tr("The study name is missing."));
        }
        const std::optional<int> waveYear = year(*row, waveColumn);
        const QString segment = label(row->fields.at(segmentColumn));
        if (segment.isEmpty())
            error(row->line, segmentColumn + 1, QString(), Text::tr("The segment name is missing."));
        const std::optional<Share> value = share(*row, shareColumn);
        std::optional<bool> multiple = false;
        if (multipleColumn >= 0) {
            const QString answer = row->fields.at(multipleColumn).trimmed().toLower();
            if (answer == u"yes" || answer == u"ja" || answer == u"true" || answer == u"1")
                multiple = true;
            else if (!answer.isEmpty() && answer != u"no" && answer != u"nein" && answer != u"false" && answer != u"0")
                multiple = std::nullopt;
            if (!multiple)
                error(row->line, multipleColumn + 1, row->fields.at(multipleColumn).trimmed(),
                      Text::tr("\"%1\" is not yes or no.").arg(row->fields.at(multipleColumn).trimmed()));
        }
        if (int(m_result->errors.size()) != errorsBefore)
            continue;

        const bool multipleAnswers = multiple.value_or(false); // known here: an unknown answer was an error
        if (!buildOfTitle.contains(title)) {
            buildOfTitle.insert(title, int(m_builds.size()));
            m_builds.append(StudyBuild{title, multipleAnswers, {}, {}, {}});
        }
        StudyBuild &build = m_builds[buildOfTitle.value(title)];
        if (build.multipleAnswers != multipleAnswers) {
            error(row->line, multipleColumn + 1, row->fields.at(multipleColumn).trimmed(),
                  Text::tr("The study \"%1\" is marked both as a multiple-answer question and as not one.").arg(title));
            continue;
        }
        int segmentIndex = int(build.segments.indexOf(segment));
        if (segmentIndex < 0) {
            segmentIndex = int(build.segments.size());
            build.segments.append(segment);
        }
        auto &wave = build.cells[*waveYear];
        if (wave.contains(segmentIndex)) {
            error(row->line, shareColumn + 1, row->fields.at(shareColumn).trimmed(),
                  Text::tr("Survey wave %1, segment \"%2\" appears again (first on line %3).")
                      .arg(QString::number(*waveYear), segment, QString::number(wave.value(segmentIndex).second.line)));
            continue;
        }
        wave.insert(segmentIndex, {*value, CellRef{row->line, shareColumn + 1, row->fields.at(shareColumn).trimmed()}});
        if (!build.waveRefs.contains(*waveYear))
            build.waveRefs.insert(*waveYear, CellRef{row->line, waveColumn + 1, row->fields.at(waveColumn).trimmed()});
    }
}

void Importer::readWide(const QList<const CsvRecord *> &rows)
{
    const CsvRecord &header = *rows.first();
    StudyBuild build{defaultTitle(), false, {}, {}, {}};
    for (int column = 1; column < header.fields.size(); ++column) {
        const QString segment = label(header.fields.at(column));
        if (segment.isEmpty()) {
            error(header.line, column + 1, QString(),
                  Text::tr("The header has no segment name in column %1.").arg(column + 1));
        } else if (const qsizetype first = build.segments.indexOf(segment); first >= 0) {
            error(header.line, column + 1, segment,
                  Text::tr("The segment \"%1\" appears twice in the header (columns %2 and %3).")
                      .arg(segment)
                      .arg(first + 2)
                      .arg(column + 1));
        }
        build.segments.append(segment);
    }

    for (const CsvRecord *row : rows.sliced(1)) {
        const int errorsBefore = int(m_result->errors.size());
        const std::optional<int> waveYear = year(*row, 0);
        QMap<int, std::pair<Share, CellRef>> cells;
        for (int column = 1; column < row->fields.size(); ++column) {
            if (const std::optional<Share> value = share(*row, column))
                cells.insert(column - 1, {*value, CellRef{row->line, column + 1, row->fields.at(column).trimmed()}});
        }
        if (int(m_result->errors.size()) != errorsBefore)
            continue;
        if (build.waveRefs.contains(*waveYear)) {
            error(row->line, 1, row->fields.at(0).trimmed(),
                  Text::tr("The survey wave %1 appears again (first on line %2).")
                      .arg(*waveYear)
                      .arg(build.waveRefs.value(*waveYear).line));
            continue;
        }
        build.cells.insert(*waveYear, cells);
        build.waveRefs.insert(*waveYear, CellRef{row->line, 1, row->fields.at(0).trimmed()});
    }
    m_builds.append(build);
}

// A text in the file's language only: the other one is missing until someone translates it.
LocalizedText Importer::untranslated(const QString &text) const
{
    return LocalizedText{{m_result->settings.nameLanguage, text}};
}

// The language of the names: the caller's choice, the header's words, German numbers, or the
// caller's locale.
void Importer::settleNameLanguage(const CsvRecord &header)
{
    CsvImportSettings &settings = m_result->settings;
    if (m_options.nameLanguage) {
        settings.nameLanguage = *m_options.nameLanguage;
        return;
    }
    static const QStringList germanWords{QStringLiteral("studie"),    QStringLiteral("welle"),
                                         QStringLiteral("jahr"),      QStringLiteral("befragungswelle"),
                                         QStringLiteral("kategorie"), QStringLiteral("anteil"),
                                         QStringLiteral("prozent"),   QStringLiteral("mehrfachnennungen")};
    static const QStringList englishWords{QStringLiteral("study"),    QStringLiteral("wave"),
                                          QStringLiteral("year"),     QStringLiteral("survey wave"),
                                          QStringLiteral("category"), QStringLiteral("share"),
                                          QStringLiteral("percent"),  QStringLiteral("multiple answers")};
    int german = 0;
    int english = 0;
    for (const QString &cell : header.fields) {
        const QString word = cell.trimmed().toLower();
        german += germanWords.contains(word) ? 1 : 0;
        english += englishWords.contains(word) ? 1 : 0;
    }
    if (german != english)
        settings.nameLanguage = german > english ? Language::German : Language::English;
    else
        settings.nameLanguage = settings.locale;
}

void Importer::buildStudies()
{
    const QString source = m_options.sourceCitation.trimmed().isEmpty() ? QFileInfo(m_fileName).fileName()
                                                                        : m_options.sourceCitation.trimmed();
    if (m_builds.size() > ImportLimits::kStudies) {
        error(1, 0, QString(), tooManyStudiesMessage(m_options.messageLanguage));
        return;
    }
    for (const StudyBuild &build : std::as_const(m_builds)) {
        if (build.segments.size() > ImportLimits::kSegments || build.cells.size() > ImportLimits::kWaves) {
            error(m_result->table.isEmpty() ? 1 : m_result->table.constFirst().line, 0, build.title,
                  build.segments.size() > ImportLimits::kSegments ? tooManySegmentsMessage(m_options.messageLanguage)
                                                                  : tooManyWavesMessage(m_options.messageLanguage));
            continue;
        }
        Study study;
        study.slug = slugFromText(build.title);
        if (study.slug.isEmpty())
            study.slug = QStringLiteral("study");
        study.title = build.title;
        study.sourceCitation = source;
        study.topic = untranslated(build.title);
        study.multipleAnswers = m_options.multipleAnswers || build.multipleAnswers;
        for (int i = 0; i < build.segments.size(); ++i) {
            const QString &name = build.segments.at(i);
            QString base = slugFromText(name);
            if (base.isEmpty())
                base = QStringLiteral("segment-%1").arg(i + 1);
            QString key = base;
            for (int n = 2; study.segmentIndex(key) >= 0; ++n)
                key = base + u'-' + QString::number(n);
            study.segments.append(Segment{key, untranslated(name), QString()});
        }
        for (auto wave = build.cells.cbegin(); wave != build.cells.cend(); ++wave) { // QMap: sorted by year
            SurveyWave surveyWave{wave.key(), {}};
            for (int i = 0; i < build.segments.size(); ++i)
                surveyWave.shares.append(wave->value(i).first);
            study.waves.append(surveyWave);
        }
        study.year = study.latestWaveYear();

        for (const ValidationIssue &issue : validateStudy(study, m_options.messageLanguage)) {
            const CellRef ref = issue.segment >= 0 && build.cells.value(issue.waveYear).contains(issue.segment)
                                    ? build.cells.value(issue.waveYear).value(issue.segment).second
                                    : build.waveRefs.value(issue.waveYear);
            error(ref.line, ref.column, ref.text, issue.message);
        }
        m_result->studies.append(study);
    }
}

void Importer::run(const QByteArray &bytes)
{
    CsvImportSettings &settings = m_result->settings;
    settings.locale = m_options.locale;

    const DecodedText decoded = decodeText(bytes, m_options.encoding);
    settings.encoding = decoded.encoding;
    settings.byteOrderMark = decoded.byteOrderMark;
    if (!decoded.ok) {
        error(decoded.error);
        return;
    }
    QString text = decoded.text;
    if (reportControlCharacters(text))
        return;
    if (text.count(u'\n') > ImportLimits::kRows) { // before parsing a million-line file three times
        error(ImportLimits::kRows + 1, 0, QString(), tooManyRowsMessage(m_options.messageLanguage));
        return;
    }
    if (text.trimmed().isEmpty()) {
        error(1, 0, QString(), Text::tr("The file is empty."));
        return;
    }

    // Excel's "sep=;" first line names the delimiter.
    int firstLine = 1;
    QList<char> candidates{';', '\t', ','};
    {
        static const QRegularExpression sepLine(QStringLiteral("^\"?sep=([,;\\t|])\"?[,;\\t|]*$"),
                                                QRegularExpression::CaseInsensitiveOption);
        qsizetype end = 0;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QRegularExpressionMatch match = sepLine.match(text.first(end).trimmed());
        if (match.hasMatch()) {
            candidates = {char(match.captured(1).at(0).toLatin1())};
            settings.delimiterFromSepLine = true;
            if (end < text.size() && text.at(end) == u'\r' && end + 1 < text.size() && text.at(end + 1) == u'\n')
                ++end;
            text = text.sliced(std::min(end + 1, text.size()));
            firstLine = 2;
        }
    }

    // The delimiter that gives every record the same number (at least two) of fields wins;
    // else the one that splits the header into the most fields, so its errors get reported.
    const QByteArray utf8 = text.toUtf8();
    ParseOutcome best;
    char delimiter = 0;
    int bestScore = -1;
    for (const char candidate : std::as_const(candidates)) {
        ParseOutcome outcome = parseCsv(utf8, candidate, firstLine, m_options.messageLanguage);
        if (outcome.tooManyRows) { // whatever the delimiter: the file is beyond the limit
            m_result->table = outcome.records;
            error(*outcome.error);
            return;
        }
        QList<CsvRecord> nonBlank;
        for (const CsvRecord &record : std::as_const(outcome.records)) {
            if (!isBlankRecord(record))
                nonBlank.append(record);
        }
        // A delimiter that splits a row into too many cells is the one whose error to report.
        const int headerFields =
            outcome.tooManyCells ? 499 : (nonBlank.isEmpty() ? 0 : int(nonBlank.first().fields.size()));
        const bool consistent =
            !outcome.error && std::all_of(nonBlank.cbegin(), nonBlank.cend(), [headerFields](const CsvRecord &r) {
                return r.fields.size() == headerFields;
            });
        const int score = (headerFields >= 2 || settings.delimiterFromSepLine ? 1000 : 0) + (consistent ? 500 : 0) +
                          std::min(headerFields, 499);
        if (score > bestScore) {
            bestScore = score;
            best = std::move(outcome);
            delimiter = candidate;
        }
    }
    m_result->table = best.records;
    if (bestScore < 1000) {
        error(firstLine, 0, QString(),
              Text::tr("The cells of the first row are not separated by a comma, semicolon or tab."));
        return;
    }
    settings.delimiter = QLatin1Char(delimiter);
    if (best.error)
        error(*best.error);

    readTable(firstLine, best.error.has_value());
}

// The table as read (m_result->table): blank rows skipped, the shape checked, the layout found,
// the rows read into studies.
void Importer::readTable(int firstLine, bool parseFailed)
{
    CsvImportSettings &settings = m_result->settings;
    QList<CsvRecord> records;
    for (const CsvRecord &record : std::as_const(m_result->table)) {
        if (!isBlankRecord(record))
            records.append(record);
    }
    if (records.isEmpty()) {
        if (m_result->errors.isEmpty())
            error(firstLine, 0, QString(), Text::tr("The file is empty."));
        return; // else the parse error says why
    }
    int width = int(records.first().fields.size());
    bool shapeOk = true;
    for (const CsvRecord &row : std::as_const(records)) {
        const int count = int(row.fields.size());
        if (count == width)
            continue;
        shapeOk = false;
        error(row.line, std::min(count, width) + 1, count > width ? row.fields.at(width).trimmed() : QString(),
              Text::tr("This row has %1 cells, but the header has %2.").arg(count).arg(width));
    }
    if (!shapeOk || parseFailed)
        return;

    // Spreadsheets sometimes write empty columns after the last one in use: they hold nothing.
    const auto columnIsEmpty = [&records](int column) {
        return std::all_of(records.cbegin(), records.cend(), [column](const CsvRecord &r) {
            return r.fields.at(column).trimmed().isEmpty();
        });
    };
    while (width > 0 && columnIsEmpty(width - 1))
        --width;
    QList<const CsvRecord *> rows;
    for (CsvRecord &record : records) {
        record.fields.resize(width);
        rows.append(&record);
    }
    const CsvRecord &header = *rows.first();
    if (width < 2) {
        error(header.line, 0, QString(), Text::tr("The file needs at least two columns."));
        return;
    }
    if (rows.size() < 2) {
        error(header.line, 0, QString(), Text::tr("The file has a header but no data rows."));
        return;
    }

    QMap<Role, int> columns;
    for (int column = 0; column < width; ++column) {
        const Role role = roleOfHeader(header.fields.at(column));
        if (role != Role::None && !columns.contains(role))
            columns.insert(role, column);
    }
    const bool longLayout =
        columns.contains(Role::Wave) && columns.contains(Role::Segment) && columns.contains(Role::Share);
    if (m_options.detectLocale && !settleNotation(rows, longLayout ? columns.value(Role::Share) : -1))
        return;
    settleNameLanguage(header);
    if (longLayout) {
        settings.layout = CsvLayout::Long;
        bool headerOk = true;
        for (int column = 0; column < width; ++column) {
            const QString name = header.fields.at(column).trimmed();
            if (columns.value(roleOfHeader(name), -1) == column)
                continue;
            headerOk = false;
            error(header.line, column + 1, name,
                  roleOfHeader(name) == Role::None
                      ? Text::tr("The column \"%1\" is not one of study, wave, segment, share and multiple "
                                 "answers.")
                            .arg(name)
                      : Text::tr("The column \"%1\" appears twice.").arg(name));
        }
        if (!headerOk)
            return;
        readLong(rows.sliced(1), columns);
    } else {
        settings.layout = CsvLayout::Wide;
        readWide(rows);
    }
    if (!m_result->errors.isEmpty())
        return;
    buildStudies();
}

// The chosen sheet as records: hidden rows left out (with a note), ranges merged down one
// column filled, merged ranges over several columns and hidden columns with cells refused.
bool Importer::readSheetCells(const Sheet &sheet)
{
    const Language language = m_options.messageLanguage;
    QList<SheetRow> rows = sheet.rows;
    QHash<int, int> indexOfRow;
    for (int i = 0; i < rows.size(); ++i)
        indexOfRow.insert(rows.at(i).row, i);
    bool ok = true;
    for (const CellRange &range : sheet.merges) {
        if (range.lastColumn > range.firstColumn) {
            const QString cells = spreadsheetCellAddress(QString(), range.firstRow, range.firstColumn) + u':' +
                                  spreadsheetCellAddress(QString(), range.lastRow, range.lastColumn);
            error(
                range.firstRow, range.firstColumn, cells,
                Text::tr("The cells %1 are merged: unmerge them, so that every column has its own cells.").arg(cells));
            ok = false;
            continue;
        }
        const int first = indexOfRow.value(range.firstRow, -1);
        if (first < 0 || rows.at(first).cells.size() < range.firstColumn)
            continue; // an empty merged range
        const SheetCell value = rows.at(first).cells.at(range.firstColumn - 1);
        for (int row = range.firstRow + 1; row <= std::min(range.lastRow, ImportLimits::kRows); ++row) {
            int index = indexOfRow.value(row, -1);
            if (index < 0)
                continue; // a row without cells: blank, skipped anyway
            QList<SheetCell> &cells = rows[index].cells;
            if (cells.size() < range.firstColumn)
                cells.resize(range.firstColumn);
            cells[range.firstColumn - 1] = value;
        }
    }
    int width = 0;
    for (const SheetRow &row : std::as_const(rows))
        width = std::max(width, int(row.cells.size()));
    for (const int column : sheet.hiddenColumns) {
        const auto holds = [column](const SheetRow &row) {
            return column <= row.cells.size() && row.cells.at(column - 1).kind != SheetCell::Kind::Empty;
        };
        if (column <= width && std::any_of(rows.cbegin(), rows.cend(), holds)) {
            error(0, column, QString(),
                  Text::tr("Column %1 is hidden in the sheet but holds cells: show it or delete it before importing.")
                      .arg(spreadsheetColumnName(column)));
            ok = false;
        }
    }
    // Hidden (or filtered out) rows are what the user doesn't see: left out, in ranges.
    int hiddenFrom = 0;
    int hiddenTo = 0;
    const auto noteHidden = [&] {
        if (hiddenFrom == 0)
            return;
        m_result->notes.append(ImportError{
            m_fileName, hiddenFrom, 0, QString(), QString(),
            hiddenFrom == hiddenTo
                ? Text::tr("Row %1 is hidden in the sheet and is not imported.").arg(hiddenFrom)
                : Text::tr("Rows %1 to %2 are hidden in the sheet and are not imported.").arg(hiddenFrom).arg(hiddenTo),
            m_sheet});
        hiddenFrom = 0;
    };
    for (const SheetRow &row : std::as_const(rows)) {
        if (row.hidden) {
            if (hiddenFrom == 0 || row.row != hiddenTo + 1) {
                noteHidden();
                hiddenFrom = row.row;
            }
            hiddenTo = row.row;
            continue;
        }
        CsvRecord record{row.row, {}, row.cells};
        record.cells.resize(width);
        for (int column = 0; column < width; ++column) {
            const SheetCell &cell = record.cells.at(column);
            record.fields.append(cellText(cell, language));
            if (cell.kind == SheetCell::Kind::Text) {
                if (const qsizetype bad = firstControlCharacter(cell.text); bad >= 0) {
                    error(row.row, column + 1, characterCode(cell.text.at(bad)),
                          Text::tr("The cell contains the control character %1, which no text may hold.")
                              .arg(characterCode(cell.text.at(bad))));
                    ok = false;
                }
            }
        }
        m_result->table.append(record);
    }
    noteHidden();
    return ok;
}

void Importer::runSheet(const QByteArray &bytes, SpreadsheetFormat format)
{
    CsvImportSettings &settings = m_result->settings;
    settings.locale = m_options.locale;
    settings.encoding = TextEncoding::Utf8;
    const SpreadsheetReadResult read = readSpreadsheet(bytes, format, m_options.messageLanguage);
    if (!read.error.isEmpty()) {
        error(0, 0, QString(), read.error);
        return;
    }
    const Sheet *chosen = nullptr;
    for (const Sheet &sheet : read.sheets) {
        settings.sheets.append(sheet.name);
        if (m_options.sheet.isEmpty() ? !chosen && !sheet.hidden && !sheet.rows.isEmpty()
                                      : sheet.name == m_options.sheet)
            chosen = &sheet;
    }
    if (!chosen && !m_options.sheet.isEmpty()) {
        error(0, 0, m_options.sheet, Text::tr("The spreadsheet has no sheet named \"%1\".").arg(m_options.sheet));
        return;
    }
    if (!chosen)
        chosen = &read.sheets.constFirst();
    m_sheet = chosen->name;
    settings.sheet = chosen->name;
    if (!readSheetCells(*chosen))
        return;
    if (m_result->table.isEmpty()) {
        error(0, 0, QString(), Text::tr("The sheet is empty."));
        return;
    }
    readTable(m_result->table.constFirst().line, false);
}

} // namespace

CsvImportResult importSpreadsheet(const QByteArray &bytes, const QString &fileName, SpreadsheetFormat format,
                                  const CsvImportOptions &options)
{
    CsvImportResult result;
    Importer(fileName, options, &result).runSheet(bytes, format);
    if (!result.errors.isEmpty())
        result.studies.clear();
    return result;
}

CsvImportResult importCsv(const QByteArray &bytes, const QString &fileName, const CsvImportOptions &options)
{
    CsvImportResult result;
    Importer(fileName, options, &result).run(bytes);
    if (!result.errors.isEmpty())
        result.studies.clear();
    return result;
}

CsvImportResult importCsvFile(const QString &path, const CsvImportOptions &options)
{
    QByteArray bytes;
    if (std::optional<ImportError> error = readImportFile(path, &bytes, options.messageLanguage)) {
        CsvImportResult result;
        result.settings.locale = options.locale;
        result.errors.append(*error);
        return result;
    }
    return importCsv(bytes, path, options);
}

QString slugFromText(const QString &text)
{
    QString slug;
    bool pendingDash = false;
    for (const QChar c : withoutAccents(text)) {
        QString piece;
        if (c == QChar(0x00DF) || c == QChar(0x1E9E))
            piece = QStringLiteral("ss");
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            piece = c.toLower();
        if (piece.isEmpty()) {
            pendingDash = !slug.isEmpty();
            continue;
        }
        if (pendingDash)
            slug += u'-';
        pendingDash = false;
        slug += piece;
    }
    return slug;
}

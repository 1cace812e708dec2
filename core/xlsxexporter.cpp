// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/xlsxexporter.h"

#include "core/phrasebook.h"

#include "core/filewrite.h"
#include "core/safetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExporter)
};

constexpr qsizetype kMaxCellText = 32767; // Excel's limit for one cell

// Collects the first libxlsxwriter error of the cells written.
class Sheet
{
public:
    Sheet(lxw_worksheet *sheet, lxw_error *error)
        : m_sheet(sheet)
        , m_error(error)
    {}

    void text(int row, int column, const QString &value, lxw_format *format = nullptr)
    {
        const QByteArray utf8 = visibleText(value.left(kMaxCellText)).toUtf8();
        note(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), utf8.constData(), format));
    }
    void number(int row, int column, double value, lxw_format *format = nullptr)
    {
        note(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
    void width(int column, double characters)
    {
        note(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), characters, nullptr));
    }

private:
    void note(lxw_error error)
    {
        if (error != LXW_NO_ERROR && *m_error == LXW_NO_ERROR)
            *m_error = error;
    }
    lxw_worksheet *m_sheet;
    lxw_error *m_error;
};

QString word(Language convention, const char *english, const char *german)
{
    return QString::fromUtf8(convention == Language::German ? german : english);
}

} // namespace

std::optional<QByteArray> exportStudyXlsx(const Study &original, Language convention, QString *error)
{
    const Study study = withVisibleText(original);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error = Text::tr("no temporary folder for the workbook: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("study.xlsx")));
    lxw_workbook_options options{};
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook) {
        if (error)
            *error = Text::tr("the workbook could not be created");
        return std::nullopt;
    }
    lxw_error failure = LXW_NO_ERROR;
    lxw_format *percent = workbook_add_format(workbook);
    format_set_num_format(percent, "0.0###########%");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *year = workbook_add_format(workbook);
    format_set_num_format(year, "0");

    const QByteArray sharesName = word(convention, "Shares", "Anteile").toUtf8();
    Sheet shares(workbook_add_worksheet(workbook, sharesName.constData()), &failure);
    shares.text(0, 0, word(convention, "wave", "Welle"), bold);
    shares.width(0, 8);
    for (int s = 0; s < study.segments.size(); ++s) {
        const QString name = study.segments.at(s).name.text(convention);
        shares.text(0, s + 1, name, bold);
        shares.width(s + 1, std::clamp(double(name.size()) + 2.0, 10.0, 40.0));
    }
    for (int w = 0; w < study.waves.size(); ++w) {
        shares.number(w + 1, 0, study.waves.at(w).year, year);
        for (int s = 0; s < study.segments.size(); ++s) {
            if (const Share share = study.share(w, s))
                shares.number(w + 1, s + 1, *share / 100.0, percent);
        }
    }

    const QByteArray segmentsName = word(convention, "Segments", "Segmente").toUtf8();
    Sheet segments(workbook_add_worksheet(workbook, segmentsName.constData()), &failure);
    // One name column per language of the study, headed "German (de)" with its code.
    const QList<Language> languages = study.languages();
    const auto languageHeading = [convention](Language language) {
        return QStringLiteral("%1 (%2)").arg(languageName(language, convention), language.code());
    };
    segments.text(0, 0, word(convention, "key", "Schlüssel"), bold);
    for (int l = 0; l < languages.size(); ++l)
        segments.text(0, l + 1, languageHeading(languages.at(l)), bold);
    for (int s = 0; s < study.segments.size(); ++s) {
        segments.text(s + 1, 0, study.segments.at(s).key);
        for (int l = 0; l < languages.size(); ++l)
            segments.text(s + 1, l + 1, study.segments.at(s).name.value(languages.at(l)));
    }
    for (int column = 0; column <= languages.size(); ++column)
        segments.width(column, 30);

    const QByteArray studyName = word(convention, "Study", "Studie").toUtf8();
    Sheet about(workbook_add_worksheet(workbook, studyName.constData()), &failure);
    QList<std::pair<QString, QString>> fields{
        {word(convention, "title", "Titel"), study.title},
        {word(convention, "publisher", "Herausgeber"), study.publisher},
        {word(convention, "source", "Quelle"), study.sourceCitation},
    };
    for (Language language : languages) {
        fields.append({QStringLiteral("%1 (%2)").arg(word(convention, "topic", "Thema"), languageHeading(language)),
                       study.topic.value(language)});
    }
    fields.append({word(convention, "multiple answers", "Mehrfachnennungen"),
                   study.multipleAnswers ? word(convention, "yes", "ja") : word(convention, "no", "nein")});
    fields.append({word(convention, "notes", "Notizen"), study.notes});
    about.width(0, 20);
    about.width(1, 80);
    for (int row = 0; row < fields.size(); ++row) {
        about.text(row, 0, fields.at(row).first, bold);
        about.text(row, 1, fields.at(row).second);
    }
    about.text(int(fields.size()), 0, word(convention, "year", "Jahr"), bold);
    about.number(int(fields.size()), 1, study.year, year);

    const lxw_error closed = workbook_close(workbook);
    if (failure == LXW_NO_ERROR)
        failure = closed;
    if (failure != LXW_NO_ERROR) {
        if (error)
            *error = Text::tr("the workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(failure)));
        return std::nullopt;
    }
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return file.readAll();
}

bool writeStudyXlsx(const Study &study, Language convention, const QString &path, QString *error)
{
    QString reason;
    std::optional<QByteArray> bytes = exportStudyXlsx(study, convention, &reason);
    if (bytes) {
        if (const std::optional<QString> failure = writeFileSafely(path, *bytes))
            reason = *failure;
        else
            return true;
    }
    if (error)
        *error = cannotWriteMessage(path, reason);
    return false;
}

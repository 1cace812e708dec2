// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/csvexporter.h"

#include "core/filewrite.h"
#include "core/safetext.h"

#include <QCoreApplication>

namespace {

QString quoted(const QString &cell, QChar delimiter)
{
    const bool needsQuotes = cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n') ||
                             cell.contains(u'\r') ||
                             (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// A text from data: a formula-like start neutralised (OWASP).
QString textCell(const QString &text)
{
    return neutralizedCell(text);
}

QString shareText(Share share, const QLocale &locale)
{
    if (!share)
        return QString();
    return locale.toString(*share, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray exportStudyCsv(const Study &original, Language convention)
{
    const Study study = withVisibleText(original);
    const bool german = convention == Language::German;
    const QChar delimiter = german ? u';' : u',';
    QLocale locale = localeFor(convention);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);

    const auto row = [delimiter](const QStringList &cells) -> QString {
        QStringList out;
        for (const QString &cell : cells)
            out.append(quoted(cell, delimiter));
        return out.join(delimiter) + QStringLiteral("\r\n");
    };

    QStringList header = german ? QStringList{QStringLiteral("Studie"), QStringLiteral("Welle"),
                                              QStringLiteral("Segment"), QStringLiteral("Anteil")}
                                : QStringList{QStringLiteral("study"), QStringLiteral("wave"),
                                              QStringLiteral("segment"), QStringLiteral("share")};
    // A multiple-answer question says so in a fifth column, so its totals over 100 read back.
    if (study.multipleAnswers)
        header.append(german ? QStringLiteral("Mehrfachnennungen") : QStringLiteral("multiple answers"));
    QString text = row(header);
    for (int w = 0; w < study.waves.size(); ++w) {
        for (int s = 0; s < study.segments.size(); ++s) {
            QStringList cells{textCell(study.title), QString::number(study.waves.at(w).year),
                              textCell(study.segments.at(s).name.text(convention)),
                              shareText(study.share(w, s), locale)};
            if (study.multipleAnswers)
                cells.append(german ? QStringLiteral("ja") : QStringLiteral("yes"));
            text += row(cells);
        }
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

bool writeStudyCsv(const Study &study, Language convention, const QString &path, QString *error)
{
    if (const std::optional<QString> reason = writeFileSafely(path, exportStudyCsv(study, convention))) {
        if (error)
            *error = cannotWriteMessage(path, *reason);
        return false;
    }
    return true;
}

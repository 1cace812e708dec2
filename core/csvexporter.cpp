// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/csvexporter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
};

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

QString shareText(Share share, const QLocale &locale)
{
    if (!share)
        return QString();
    return locale.toString(*share, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QByteArray exportStudyCsv(const Study &study, Language convention)
{
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

    QString text = german ? row({QStringLiteral("Studie"), QStringLiteral("Welle"), QStringLiteral("Segment"),
                                 QStringLiteral("Anteil")})
                          : row({QStringLiteral("study"), QStringLiteral("wave"), QStringLiteral("segment"),
                                 QStringLiteral("share")});
    for (int w = 0; w < study.waves.size(); ++w) {
        for (int s = 0; s < study.segments.size(); ++s) {
            text += row({study.title, QString::number(study.waves.at(w).year),
                         study.segments.at(s).name.text(convention), shareText(study.share(w, s), locale)});
        }
    }
    return QByteArray("\xEF\xBB\xBF", 3) + text.toUtf8();
}

bool writeStudyCsv(const Study &study, Language convention, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray data = exportStudyCsv(study, convention);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

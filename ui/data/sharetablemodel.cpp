// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/sharetablemodel.h"

#include "core/numberparser.h"

#include "core/phrasebook.h"
#include "core/validation.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

bool sameShape(const Study &a, const Study &b)
{
    if (a.segments.size() != b.segments.size() || a.waves.size() != b.waves.size())
        return false;
    for (int i = 0; i < a.waves.size(); ++i) {
        if (a.waves.at(i).year != b.waves.at(i).year)
            return false;
    }
    return true;
}

} // namespace

ShareTableModel::ShareTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ShareTableModel::setStudy(const Study &study)
{
    if (sameShape(m_study, study) && m_study.id == study.id) {
        m_study = study;
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_study = study;
    endResetModel();
}

void ShareTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

int ShareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_study.waves.size());
}

int ShareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_study.segments.size());
}

QVariant ShareTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Share share = m_study.share(index.row(), index.column());
    const Language language = m_language;
    switch (role) {
    case Qt::DisplayRole:
        return share ? formatNumber(*share, language) : QString();
    case Qt::EditRole:
        // The shortest text that reads back to the same double: opening and saving an
        // unchanged value keeps it bit for bit.
        return share ? localeFor(language).toString(*share, 'g', QLocale::FloatingPointShortest) : QString();
    case Qt::AccessibleTextRole:
        // An empty cell is said as unknown ("n/a"), as in the charts; a known share by its number.
        return share ? QVariant() : QVariant(formatShare(share, language));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case Qt::BackgroundRole: {
        const int year = m_study.waves.at(index.row()).year;
        for (const ValidationIssue &issue : validateStudy(m_study, language)) {
            if (issue.waveYear == year && (issue.segment < 0 || issue.segment == index.column()))
                return role == Qt::ToolTipRole ? QVariant(issue.message) : QVariant(QColor(0xff, 0xe0, 0xb2));
        }
        if (role == Qt::ToolTipRole && !share)
            return tr("Unknown: the study does not report this share.");
        return {};
    }
    default:
        return {};
    }
}

QVariant ShareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_study.segments.size() ? m_study.segments.at(section).name.text(m_language) : QVariant();
    return section < m_study.waves.size() ? QString::number(m_study.waves.at(section).year) : QVariant();
}

Qt::ItemFlags ShareTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ShareTableModel::parseShare(const QString &text, Language language, Share *share, QString *error)
{
    // The same rule as every import (core/numberparser.h): "2.155" is 2155 in German, and so
    // refused as outside 0–100, here as in a CSV file.
    const ParsedShare parsed = parseShareInRange(text, language, language);
    if (!parsed.ok) {
        *error = parsed.error;
        return false;
    }
    *share = parsed.value;
    return true;
}

bool ShareTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (value.toString() == data(index, Qt::EditRole).toString())
        return true; // unchanged text: keep the stored double untouched
    const int year = m_study.waves.at(index.row()).year;
    const QString segment = m_study.segments.at(index.column()).name.text(m_language);
    Share share;
    QString reason;
    if (!parseShare(value.toString(), m_language, &share, &reason)) {
        Q_EMIT inputRejected(tr("Survey wave %1, %2: %3").arg(QString::number(year), segment, reason));
        return false;
    }
    Study after = m_study;
    after.waves[index.row()].shares[index.column()] = share;
    Q_EMIT editRequested(after, [year, name = m_study.segments.at(index.column()).name] {
        return tr("Edit share %1, %2").arg(QString::number(year), name.text(currentLanguage()));
    });
    return true;
}

bool ShareTableModel::pasteTable(const QModelIndex &topLeft, const QString &text)
{
    if (!checkIndex(topLeft, CheckIndexOption::IndexIsValid))
        return false;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // the spreadsheets end the block with a line break
    if (lines.isEmpty())
        return false;
    Study after = m_study;
    int cells = 0;
    for (int line = 0; line < lines.size(); ++line) {
        const QStringList values = lines.at(line).split(u'\t');
        const int row = topLeft.row() + line;
        for (int value = 0; value < values.size(); ++value) {
            const int column = topLeft.column() + value;
            if (row >= rowCount() || column >= columnCount()) {
                Q_EMIT inputRejected(
                    tr("The copied block of %1 × %2 cells, pasted at survey wave %3, %4, reaches beyond the table. "
                       "Nothing was pasted.")
                        .arg(lines.size())
                        .arg(values.size())
                        .arg(QString::number(m_study.waves.at(topLeft.row()).year),
                             m_study.segments.at(topLeft.column()).name.text(m_language)));
                return false;
            }
            Share share;
            QString reason;
            if (!parseShare(values.at(value).trimmed(), m_language, &share, &reason)) {
                Q_EMIT inputRejected(tr("Survey wave %1, %2: %3 Nothing was pasted.")
                                         .arg(QString::number(m_study.waves.at(row).year),
                                              m_study.segments.at(column).name.text(m_language), reason));
                return false;
            }
            after.waves[row].shares[column] = share;
            ++cells;
        }
    }
    Q_EMIT editRequested(after, [cells] {
        return tr("Paste %n share(s)", nullptr, cells);
    });
    return true;
}

SegmentTableModel::SegmentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SegmentTableModel::setStudy(const Study &study)
{
    if (study.segments.size() == m_study.segments.size() && study.id == m_study.id) {
        m_study = study;
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_study = study;
    endResetModel();
}

void SegmentTableModel::setLanguages(const QList<Language> &languages, Language uiLanguage)
{
    if (languages == m_languages) {
        m_uiLanguage = uiLanguage;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_languages = languages;
    m_uiLanguage = uiLanguage;
    endResetModel();
}

int SegmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_study.segments.size());
}

int SegmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_languages.size());
}

QVariant SegmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Segment &segment = m_study.segments.at(index.row());
    const Language language = m_languages.at(index.column());
    const QString name = segment.name.value(language);
    const QString other = segment.name.text(language); // what charts in this language show
    // A name missing in this language (an imported file has one language) is marked as
    // untranslated, with the name it has, instead of an empty cell.
    const bool untranslated = name.isEmpty() && !other.isEmpty();
    switch (role) {
    case Qt::EditRole:
        return name;
    case Qt::DisplayRole:
        return untranslated ? tr("untranslated: %1").arg(other) : name;
    case Qt::ToolTipRole:
        return untranslated ? tr("This name has no translation yet; charts in this language show “%1”.").arg(other)
                            : QVariant();
    case Qt::ForegroundRole:
        return untranslated ? QVariant(QColor(0x9e, 0x2a, 0x2b)) : QVariant();
    case Qt::FontRole:
        if (untranslated) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant SegmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_languages.size())
        return {};
    //: %1 is the name of a language ("English", "German").
    return tr("Name (%1)").arg(languageName(m_languages.at(section), m_uiLanguage));
}

Qt::ItemFlags SegmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool SegmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed().normalized(QString::NormalizationForm_C);
    if (name == data(index, Qt::EditRole).toString())
        return true;
    if (name.isEmpty()) {
        Q_EMIT inputRejected(tr("Segment %1: the name must not be empty.").arg(index.row() + 1));
        return false;
    }
    Study after = m_study;
    Segment &segment = after.segments[index.row()];
    segment.name.setValue(m_languages.at(index.column()), name);
    Q_EMIT editRequested(after, [number = index.row() + 1] {
        return tr("Rename segment %1").arg(number);
    });
    return true;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/library/studylistmodel.h"

#include "core/textfolding.h"

#include <QLocale>

StudyListModel::StudyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StudyListModel::setStudies(const QList<StudySummary> &studies)
{
    beginResetModel();
    m_studies = studies;
    m_searchTexts.clear();
    m_searchTexts.reserve(studies.size());
    for (const StudySummary &study : studies)
        m_searchTexts.append(searchFolded(study.title) + u'\n' + searchFolded(study.sourceCitation));
    endResetModel();
}

int StudyListModel::rowOfStudy(qint64 id) const
{
    for (int row = 0; row < m_studies.size(); ++row) {
        if (m_studies.at(row).id == id)
            return row;
    }
    return -1;
}

int StudyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_studies.size());
}

int StudyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StudySummary &study = m_studies.at(index.row());
    if (role == IdRole)
        return study.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WeekColumn:
        if (!study.chartWeek.isValid())
            return tr("not scheduled");
        return tr("%1, week %2").arg(study.chartWeek.year()).arg(study.chartWeek.weekNumber());
    case TitleColumn: {
        if (role == Qt::DisplayRole)
            return study.title;
        // The whole title, and the columns a narrow library hides.
        QStringList lines{study.title};
        if (!study.sourceCitation.isEmpty())
            lines.append(tr("Source: %1").arg(study.sourceCitation));
        if (!study.waveYears.isEmpty())
            lines.append(
                tr("Survey waves: %1").arg(data(index.siblingAtColumn(WavesColumn), Qt::DisplayRole).toString()));
        return lines.join(u'\n');
    }
    case SourceColumn:
        return study.sourceCitation;
    case WavesColumn: {
        QStringList years;
        for (int year : study.waveYears)
            years.append(QString::number(year));
        return years.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant StudyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WeekColumn:
        return tr("Chart week");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case WavesColumn:
        return tr("Survey waves");
    default:
        return {};
    }
}

StudyFilterModel::StudyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void StudyFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_studies = qobject_cast<StudyListModel *>(model);
    Q_ASSERT(!model || m_studies);
    QSortFilterProxyModel::setSourceModel(model);
}

void StudyFilterModel::setSearchText(const QString &text)
{
    m_needle = searchFolded(text.trimmed());
    invalidateFilter();
}

bool StudyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return m_needle.isEmpty();
    // The needle holds no line break (setSearchText() folds a one-line text), so it can't
    // match across the title and the source.
    return m_studies && m_studies->searchText(sourceRow).contains(m_needle);
}

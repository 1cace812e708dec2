// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/storage/studyrepository.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

/// The library as a table: chart week, title, source, survey waves. Role Qt::UserRole of
/// any column holds the study id.
class StudyListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyListModel)

public:
    enum Column { WeekColumn, TitleColumn, SourceColumn, WavesColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit StudyListModel(QObject *parent = nullptr);

    void setStudies(const QList<StudySummary> &studies);
    /// The row of a study id, or -1.
    int rowOfStudy(qint64 id) const;
    /// The title and the source of a row as searchFolded() made them when the row was set
    /// (folded once per study, not per keystroke); one line each.
    const QString &searchText(int row) const { return m_searchTexts.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StudySummary> m_studies;
    QStringList m_searchTexts;
};

/// Filters the library by a search text found in the title or the source, ignoring case
/// and accents ("ubersicht" finds "Übersicht"). Its source model is a StudyListModel.
class StudyFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyFilterModel)

public:
    explicit StudyFilterModel(QObject *parent = nullptr);
    /// model: a StudyListModel (rows of anything else are filtered out).
    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const StudyListModel *m_studies = nullptr;
    QString m_needle;
};

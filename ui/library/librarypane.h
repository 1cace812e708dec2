// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;
class StudyFilterModel;
class StudyLibrary;
class StudyListModel;

/// The library of charts: all studies, newest chart week first, with search as you type
/// and New / Duplicate / Delete / Open. The list never scrolls sideways: the title column
/// fills the width, and the source and survey waves columns show where there is room.
class LibraryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPane)

public:
    explicit LibraryPane(StudyLibrary *library, QWidget *parent = nullptr);

    /// Selects the study's row (e.g. the one the main window shows).
    void setCurrentStudy(qint64 id);
    /// A library this client may only read: New, Duplicate and Delete are disabled.
    void setReadOnly(bool readOnly);
    qint64 selectedStudy() const;

    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    /// The titles in the order shown (after filtering).
    QStringList visibleTitles() const;

    /// Delete: asks first (naming the study and that Edit → Undo brings it back), then
    /// deletes the selected study; false when the user said no or nothing was deleted.
    bool deleteSelected();

Q_SIGNALS:
    void openRequested(qint64 id);
    /// A short note for the status bar ("Deleted … — Ctrl+Z brings it back").
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    /// Fits the columns to the pane's width: the title takes what the others leave, and the
    /// source and survey waves columns are hidden (their texts stay in the title's tooltip)
    /// when the title would otherwise get less than a readable width.
    void fitColumns();
    void reload();
    void updateButtons();

    StudyLibrary *m_library;
    StudyListModel *m_model;
    StudyFilterModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    bool m_readOnly = false;
    QPushButton *m_open;
    qint64 m_current = 0;
};

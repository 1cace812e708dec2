// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/undotext.h"

#include "core/study.h"

#include <QWidget>

class AdviceEditor;
class CurrentCellWhileFocused;
class QBoxLayout;
class QAction;
class QCheckBox;
class QScrollArea;
class QTabWidget;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class SegmentTableModel;
class ShareTableModel;

/// The data editor of one study: its metadata, its texts with one column per language the
/// study has (Study::languages(), every UI language and any added with "Add Language…"),
/// its segments and
/// a survey waves × segments table of shares. Every change is reported as a whole new study through editRequested()
/// (the owner stores it and puts it on the undo stack), then shown again via setStudy().
class StudyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudyEditor)

public:
    explicit StudyEditor(QWidget *parent = nullptr);

    void setStudy(const Study &study);
    const Study &study() const { return m_study; }
    /// The UI language: numbers, names and messages follow it. English until set.
    void setLanguage(Language language);
    /// The languages with a column, in order.
    QList<Language> languages() const { return m_languages; }
    /// Adds a column for a language the study has no text in yet (kept while this study is
    /// shown; the first text typed into it makes it one of the study's languages).
    void addLanguage(Language language);
    /// The field of a text in a language ("topic", "headline"); nullptr without that column.
    QLineEdit *textField(const QString &field, Language language) const;

    ShareTableModel *shareModel() const { return m_shares; }
    SegmentTableModel *segmentModel() const { return m_segments; }
    QTableView *shareView() const { return m_shareView; }
    AdviceEditor *adviceEditor() const { return m_advice; }
    QLineEdit *titleField() const { return m_title; }
    /// The message line under the tables: the last refused input or the study's warnings.
    QString messageText() const;

    void addWave(int year);
    void removeWave(int row);
    void addSegment();
    void removeSegment(int row);

Q_SIGNALS:
    void editRequested(const Study &after, const UndoText &description);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuildTextFields();
    void promptForLanguage();
    void commitMetadata(const UndoText &description);
    void arrangeFigures();
    void showValidation();
    void showRejection(const QString &message);
    void promptForWave();

    Study m_study;
    ShareTableModel *m_shares;
    SegmentTableModel *m_segments;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QSpinBox *m_year;
    QLineEdit *m_source;
    struct TextColumn
    {
        Language language;
        QLabel *title;
        QLineEdit *topic;
        QLineEdit *headline;
    };
    QWidget *m_texts;
    QList<TextColumn> m_textColumns;
    QLabel *m_topicLabel;
    QLabel *m_headlineLabel;
    QPushButton *m_addLanguage;
    Language m_language = Language::English;
    QList<Language> m_languages;
    QList<Language> m_addedLanguages;
    QCheckBox *m_scheduled;
    QDateEdit *m_chartWeek;
    QCheckBox *m_multipleAnswers;
    QPlainTextEdit *m_notes;
    QTableView *m_segmentView;
    QTableView *m_shareView;
    CurrentCellWhileFocused *m_segmentCell; ///< The segment table's current cell, also while the focus is away.
    CurrentCellWhileFocused *m_shareCell;   ///< The share table's current cell, also while the focus is away.
    QAction *m_pasteShares;                 ///< Ctrl+V in the share table: a block copied from a spreadsheet.
    QPushButton *m_addWave;
    QPushButton *m_removeWave;
    QPushButton *m_addSegment;
    QPushButton *m_removeSegment;
    QLabel *m_message;
    QTabWidget *m_pages;
    QScrollArea *m_figuresPage = nullptr;
    QBoxLayout *m_figuresLayout = nullptr;
    AdviceEditor *m_advice;
    QList<QLabel *> m_labels;
};

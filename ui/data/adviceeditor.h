// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/undotext.h"

#include "core/study.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// The advice of a study, one audience at a time, with one column per language (the
/// editor's languages, see setLanguages()) side by side and a warning when a language is
/// missing or older than another. Changes are reported as a whole new study through
/// editRequested(), like the other editors.
class AdviceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdviceEditor)

public:
    explicit AdviceEditor(QWidget *parent = nullptr);

    void setStudy(const Study &study);
    /// The columns, in order; uiLanguage names them and the audiences.
    void setLanguages(const QList<Language> &languages, Language uiLanguage);
    /// Shows the texts of an audience (a segment key or kAdvisorsAudience).
    void setAudience(const QString &audience);
    QString audience() const;

    /// The fields of a language's column; nullptr when it has none.
    QLineEdit *headingField(Language language) const;
    QPlainTextEdit *bodyField(Language language) const;
    QString warningText() const;

Q_SIGNALS:
    void editRequested(const Study &after, const UndoText &description);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        Language language;
        QLabel *title;
        QLineEdit *heading;
        QPlainTextEdit *body;
    };

    void retranslate();
    void rebuildColumns();
    void fillAudiences();
    void showTexts();
    void commit(Language language);
    const Column *column(Language language) const;

    Study m_study;
    QList<Language> m_languages{Language::English};
    Language m_uiLanguage = Language::English;
    QList<Column> m_columns;
    QGridLayout *m_grid;
    QComboBox *m_audience;
    QLabel *m_audienceLabel;
    QLabel *m_warnings;
};

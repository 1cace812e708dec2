// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/undotext.h"

#include "core/study.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// The advice of a study, one audience at a time, with the English and German text side
/// by side and a warning when a language is missing or older than the other. Changes are
/// reported as a whole new study through editRequested(), like the other editors.
class AdviceEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdviceEditor)

public:
    explicit AdviceEditor(QWidget *parent = nullptr);

    void setStudy(const Study &study);
    /// Shows the texts of an audience (a segment key or kAdvisorsAudience).
    void setAudience(const QString &audience);
    QString audience() const;

    QLineEdit *headingField(Language language) const;
    QPlainTextEdit *bodyField(Language language) const;
    QString warningText() const;

Q_SIGNALS:
    void editRequested(const Study &after, const UndoText &description);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillAudiences();
    void showTexts();
    void commit(Language language);

    Study m_study;
    QComboBox *m_audience;
    QLineEdit *m_heading[2];
    QPlainTextEdit *m_body[2];
    QLabel *m_columnTitle[2];
    QLabel *m_audienceLabel;
    QLabel *m_warnings;
};

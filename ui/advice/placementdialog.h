// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/advice.h"

#include <QDialog>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QPushButton;

/// "Where does my business stand?": a few short questions that place the reader in a
/// segment, then the share of businesses that answered the same and how many are ahead or
/// behind. Works by keyboard alone: arrows pick an answer, Enter goes on, Esc cancels.
class PlacementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementDialog)

public:
    explicit PlacementDialog(const Study &study, QWidget *parent = nullptr);

    /// The segment key the answers led to; empty until the last question is answered.
    QString segmentKey() const { return m_segmentKey; }
    QString questionText() const;
    QString resultText() const;
    /// The answer texts of the current question.
    QStringList answerTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showQuestion(int index);
    void showResult();
    void next();
    void back();
    void retranslate();
    int questionsFrom(int index) const;

    Study m_study;
    QList<PlacementQuestion> m_questions;
    QList<int> m_path; ///< The questions asked so far, the current one last.
    QString m_segmentKey;
    QLabel *m_step;
    QLabel *m_question;
    /// The answers of the current question, named by it for screen readers; a new group for
    /// each question, so a screen reader announces the question when the focus enters it.
    QGroupBox *m_answers;
    QButtonGroup *m_group;
    QLabel *m_result;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

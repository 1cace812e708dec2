// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/advice/placementdialog.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

PlacementDialog::PlacementDialog(const Study &study, QWidget *parent)
    : QDialog(parent)
    , m_study(study)
    , m_questions(placementQuestions(study))
    , m_step(new QLabel(this))
    , m_question(new QLabel(this))
    , m_answers(new QGroupBox(this))
    , m_group(new QButtonGroup(this))
    , m_result(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setMinimumWidth(480);
    for (QLabel *label : {m_step, m_question, m_result}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_question->setObjectName(QStringLiteral("placementQuestion"));
    m_result->setObjectName(QStringLiteral("placementResult"));
    // The result is read out when it takes the focus; Enter still presses Show the Advice.
    m_result->setFocusPolicy(Qt::StrongFocus);
    m_answers->setFlat(true);
    QFont questionFont = m_question->font();
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_next->setDefault(true);
    m_next->setObjectName(QStringLiteral("placementNext"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_question);
    layout->addWidget(m_answers);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &PlacementDialog::next);
    // Nothing is answered for the user: Next waits for a choice.
    connect(m_group, &QButtonGroup::idToggled, this, [this] {
        m_next->setEnabled(!m_segmentKey.isEmpty() || m_group->checkedId() >= 0);
    });
    connect(m_back, &QPushButton::clicked, this, &PlacementDialog::back);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    showQuestion(0);
}

void PlacementDialog::retranslate()
{
    setWindowTitle(tr("Where Does My Business Stand?"));
    m_back->setText(tr("&Back"));
    if (!m_segmentKey.isEmpty())
        showResult();
    else if (!m_path.isEmpty()) {
        const int chosen = m_group->checkedId();
        showQuestion(m_path.takeLast());
        if (QAbstractButton *answer = m_group->button(chosen))
            answer->setChecked(true); // the user's choice survives the switch
    }
}

void PlacementDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PlacementDialog::showQuestion(int index)
{
    if (index < 0 || index >= m_questions.size())
        return;
    m_path.append(index);
    m_segmentKey.clear();
    const Language language = currentLanguage();
    const PlacementQuestion &question = m_questions.at(index);
    m_step->setText(tr("Question %1 of %2").arg(m_path.size()).arg(m_path.size() - 1 + questionsFrom(index)));
    m_question->setText(question.text.text(language));
    // The answers go into a new group named by the question; the focus moves into it before
    // the old group goes, so no focus event lands on another widget in between.
    auto *answers = new QGroupBox(this);
    answers->setFlat(true);
    answers->setAccessibleName(question.text.text(language));
    answers->setAccessibleDescription(m_step->text());
    auto *answerLayout = new QVBoxLayout(answers);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    for (QAbstractButton *button : m_group->buttons())
        m_group->removeButton(button);
    for (int i = 0; i < question.answers.size(); ++i) {
        auto *answer = new QRadioButton(question.answers.at(i).text.text(language), answers);
        m_group->addButton(answer, i);
        answerLayout->addWidget(answer);
    }
    delete layout()->replaceWidget(m_answers, answers);
    QGroupBox *old = m_answers;
    m_answers = answers;
    m_question->setVisible(true);
    m_answers->setVisible(true);
    m_result->setVisible(false);
    m_back->setEnabled(m_path.size() > 1);
    m_next->setText(tr("&Next"));
    m_next->setEnabled(false);
    m_cancel->setText(tr("Cancel"));
    m_question->setAccessibleName(m_question->text());
    // The arrow keys move between the answers by their positions: lay them out now, not when
    // the event loop gets to it, so an arrow key typed right after Enter already works.
    layout()->activate();
    m_group->buttons().constFirst()->setFocus();
    old->hide();
    old->deleteLater();
}

void PlacementDialog::showResult()
{
    const Language language = currentLanguage();
    const int segment = m_study.segmentIndex(m_segmentKey);
    const Placement placement = placeInSegment(m_study, segment);
    const QString name = m_study.segments.value(segment).name.text(language);
    QString text =
        placement.share
            ? tr("Your answers put your business in the group “%1”: %2 of respondents in %3 answered like you.")
                  .arg(name, formatShare(placement.share, language), QString::number(placement.waveYear))
            : tr("Your answers put your business in the group “%1”.").arg(name);
    const QString standing = placementSentence(m_study, placement, language);
    if (!standing.isEmpty())
        text += u' ' + standing;
    m_step->setText(tr("Your result"));
    m_result->setText(text);
    m_result->setAccessibleName(text);
    m_question->setVisible(false);
    m_answers->setVisible(false);
    m_result->setVisible(true);
    m_back->setEnabled(true);
    m_next->setText(tr("&Show the Advice"));
    m_next->setEnabled(true);
    m_cancel->setText(tr("Close"));
    m_result->setFocus();
}

void PlacementDialog::next()
{
    if (!m_segmentKey.isEmpty()) {
        accept();
        return;
    }
    const PlacementQuestion &question = m_questions.at(m_path.constLast());
    const int chosen = m_group->checkedId();
    if (chosen < 0 || chosen >= question.answers.size())
        return;
    const PlacementAnswer &answer = question.answers.at(chosen);
    if (answer.next >= 0) {
        showQuestion(answer.next);
        return;
    }
    m_segmentKey = answer.segmentKey;
    showResult();
}

void PlacementDialog::back()
{
    if (!m_segmentKey.isEmpty()) {
        m_segmentKey.clear();
        showQuestion(m_path.takeLast());
        return;
    }
    if (m_path.size() < 2)
        return;
    m_path.removeLast();
    showQuestion(m_path.takeLast());
}

int PlacementDialog::questionsFrom(int index) const
{
    // The longest way from this question to a result (the questions branch).
    int longest = 0;
    for (const PlacementAnswer &answer : m_questions.value(index).answers) {
        if (answer.next > index) // answers only lead forward
            longest = std::max(longest, questionsFrom(answer.next));
    }
    return 1 + longest;
}

QString PlacementDialog::questionText() const
{
    return m_question->isVisible() ? m_question->text() : QString();
}

QString PlacementDialog::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

QStringList PlacementDialog::answerTexts() const
{
    QStringList texts;
    for (QAbstractButton *button : m_group->buttons())
        texts.append(button->text());
    return texts;
}

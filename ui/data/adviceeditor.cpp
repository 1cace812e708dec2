// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/adviceeditor.h"

#include "core/advice.h"
#include "ui/undoshortcutfilter.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

int column(Language language)
{
    return language == Language::German ? 1 : 0;
}

} // namespace

AdviceEditor::AdviceEditor(QWidget *parent)
    : QWidget(parent)
    , m_audience(new QComboBox(this))
    , m_audienceLabel(new QLabel(this))
    , m_warnings(new QLabel(this))
{
    m_audience->setObjectName(QStringLiteral("adviceAudience"));
    m_audienceLabel->setBuddy(m_audience);
    m_warnings->setObjectName(QStringLiteral("adviceWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a4b00;"));

    auto *grid = new QGridLayout;
    for (Language language : {Language::English, Language::German}) {
        const int c = column(language);
        m_columnTitle[c] = new QLabel(this);
        QFont bold = m_columnTitle[c]->font();
        bold.setBold(true);
        m_columnTitle[c]->setFont(bold);
        m_heading[c] = new QLineEdit(this);
        m_heading[c]->setObjectName(QStringLiteral("adviceHeading_") + languageCode(language));
        m_body[c] = new QPlainTextEdit(this);
        m_body[c]->setObjectName(QStringLiteral("adviceBody_") + languageCode(language));
        m_body[c]->installEventFilter(this); // committed when it loses the focus
        UndoShortcutFilter::install(m_heading[c]);
        grid->addWidget(m_columnTitle[c], 0, c);
        grid->addWidget(m_heading[c], 1, c);
        grid->addWidget(m_body[c], 2, c);
        connect(m_heading[c], &QLineEdit::editingFinished, this, [this, language] {
            commit(language);
        });
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_audienceLabel);
    top->addWidget(m_audience, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);
    layout->addWidget(m_warnings);

    connect(m_audience, &QComboBox::currentIndexChanged, this, &AdviceEditor::showTexts);
    retranslate();
}

void AdviceEditor::retranslate()
{
    m_audienceLabel->setText(tr("Advice &for:"));
    m_columnTitle[0]->setText(tr("English"));
    m_columnTitle[1]->setText(tr("German"));
    for (int c = 0; c < 2; ++c) {
        m_heading[c]->setPlaceholderText(tr("Heading"));
        m_body[c]->setPlaceholderText(tr("Empty: the app writes a short text from the figures."));
    }
    m_heading[0]->setAccessibleName(tr("English heading"));
    m_heading[1]->setAccessibleName(tr("German heading"));
    m_body[0]->setAccessibleName(tr("English advice text"));
    m_body[1]->setAccessibleName(tr("German advice text"));
    fillAudiences();
}

void AdviceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AdviceEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_body[0])
            commit(Language::English);
        else if (watched == m_body[1])
            commit(Language::German);
    }
    return QWidget::eventFilter(watched, event);
}

void AdviceEditor::setStudy(const Study &study)
{
    m_study = study;
    fillAudiences();
}

void AdviceEditor::fillAudiences()
{
    const QString current = audience();
    const QSignalBlocker blocker(m_audience);
    m_audience->clear();
    for (const Segment &segment : m_study.segments)
        m_audience->addItem(segment.name.text(currentLanguage()), segment.key);
    m_audience->addItem(tr("Consultants, agencies and vendors"), kAdvisorsAudience);
    const int index = m_audience->findData(current);
    m_audience->setCurrentIndex(index >= 0 ? index : 0);
    showTexts();
}

void AdviceEditor::setAudience(const QString &audience)
{
    const int index = m_audience->findData(audience);
    if (index >= 0)
        m_audience->setCurrentIndex(index);
}

QString AdviceEditor::audience() const
{
    return m_audience->currentData().toString();
}

void AdviceEditor::showTexts()
{
    for (Language language : {Language::English, Language::German}) {
        const int c = column(language);
        const AdviceText *text = m_study.adviceText(audience(), language);
        const QSignalBlocker headingBlocker(m_heading[c]);
        const QSignalBlocker bodyBlocker(m_body[c]);
        m_heading[c]->setText(text ? text->heading : QString());
        if (m_body[c]->toPlainText() != (text ? text->body : QString()))
            m_body[c]->setPlainText(text ? text->body : QString());
    }
    m_warnings->setText(adviceWarnings(m_study).join(u'\n'));
}

void AdviceEditor::commit(Language language)
{
    const int c = column(language);
    const QString heading = m_heading[c]->text().trimmed();
    const QString body = m_body[c]->toPlainText().trimmed();
    const AdviceText *stored = m_study.adviceText(audience(), language);
    if (stored ? (stored->heading == heading && stored->body == body) : (heading.isEmpty() && body.isEmpty()))
        return;
    Study after = m_study;
    after.advice.removeIf([this, language](const AdviceText &text) {
        return text.audience == audience() && text.language == language;
    });
    if (!heading.isEmpty() || !body.isEmpty())
        after.advice.append({audience(), language, heading, body, QDateTime::currentDateTimeUtc()});
    after.sortAdvice();
    Q_EMIT editRequested(after, [language] {
        return language == Language::German ? tr("Edit German advice") : tr("Edit English advice");
    });
}

QLineEdit *AdviceEditor::headingField(Language language) const
{
    return m_heading[column(language)];
}

QPlainTextEdit *AdviceEditor::bodyField(Language language) const
{
    return m_body[column(language)];
}

QString AdviceEditor::warningText() const
{
    return m_warnings->text();
}

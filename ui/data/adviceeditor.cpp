// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/data/adviceeditor.h"

#include "core/advice.h"
#include "core/phrasebook.h"
#include "ui/textfieldtab.h"
#include "ui/undoshortcutfilter.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

AdviceEditor::AdviceEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
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

    auto *top = new QHBoxLayout;
    top->addWidget(m_audienceLabel);
    top->addWidget(m_audience, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_warnings);

    connect(m_audience, &QComboBox::currentIndexChanged, this, &AdviceEditor::showTexts);
    rebuildColumns();
}

void AdviceEditor::rebuildColumns()
{
    for (const Column &column : std::as_const(m_columns)) {
        delete column.title;
        delete column.heading;
        delete column.body;
    }
    m_columns.clear();
    for (int c = 0; c < m_languages.size(); ++c) {
        const Language language = m_languages.at(c);
        Column column{language, new QLabel(this), new QLineEdit(this), new QPlainTextEdit(this)};
        QFont bold = column.title->font();
        bold.setBold(true);
        column.title->setFont(bold);
        column.heading->setObjectName(QStringLiteral("adviceHeading_") + language.code());
        column.body->setObjectName(QStringLiteral("adviceBody_") + language.code());
        column.body->installEventFilter(this); // committed when it loses the focus
        letTabLeaveTextField(column.body);
        UndoShortcutFilter::install(column.heading);
        m_grid->addWidget(column.title, 0, c);
        m_grid->addWidget(column.heading, 1, c);
        m_grid->addWidget(column.body, 2, c);
        connect(column.heading, &QLineEdit::editingFinished, this, [this, language] {
            commit(language);
        });
        m_columns.append(column);
    }
    retranslate();
}

void AdviceEditor::setLanguages(const QList<Language> &languages, Language uiLanguage)
{
    m_uiLanguage = uiLanguage;
    if (languages != m_languages) {
        m_languages = languages;
        rebuildColumns();
    } else {
        retranslate();
    }
}

const AdviceEditor::Column *AdviceEditor::column(Language language) const
{
    for (const Column &column : m_columns) {
        if (column.language == language)
            return &column;
    }
    return nullptr;
}

void AdviceEditor::retranslate()
{
    m_audienceLabel->setText(tr("Advice &for:"));
    for (const Column &column : std::as_const(m_columns)) {
        const QString name = languageName(column.language, m_uiLanguage);
        column.title->setText(name);
        column.heading->setPlaceholderText(tr("Heading"));
        column.body->setPlaceholderText(tr("Empty: the app writes a short text from the figures."));
        //: %1 is the name of a language ("English", "German").
        column.heading->setAccessibleName(tr("Heading (%1)").arg(name));
        //: %1 is the name of a language ("English", "German").
        column.body->setAccessibleName(tr("Advice text (%1)").arg(name));
    }
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
        for (const Column &column : std::as_const(m_columns)) {
            if (watched == column.body) {
                commit(column.language);
                break;
            }
        }
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
        m_audience->addItem(segment.name.text(m_uiLanguage), segment.key);
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
    for (const Column &column : std::as_const(m_columns)) {
        const AdviceText *text = m_study.adviceText(audience(), column.language);
        const QSignalBlocker headingBlocker(column.heading);
        const QSignalBlocker bodyBlocker(column.body);
        column.heading->setText(text ? text->heading : QString());
        if (column.body->toPlainText() != (text ? text->body : QString()))
            column.body->setPlainText(text ? text->body : QString());
    }
    m_warnings->setText(adviceWarnings(m_study, m_uiLanguage).join(u'\n'));
}

void AdviceEditor::commit(Language language)
{
    const Column *fields = column(language);
    if (!fields)
        return;
    const QString heading = fields->heading->text().trimmed();
    const QString body = fields->body->toPlainText().trimmed();
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
    //: %1 is the name of a language ("English", "German").
    Q_EMIT editRequested(after, [language] {
        return tr("Edit advice (%1)").arg(languageName(language, currentLanguage()));
    });
}

QLineEdit *AdviceEditor::headingField(Language language) const
{
    const Column *fields = column(language);
    return fields ? fields->heading : nullptr;
}

QPlainTextEdit *AdviceEditor::bodyField(Language language) const
{
    const Column *fields = column(language);
    return fields ? fields->body : nullptr;
}

QString AdviceEditor::warningText() const
{
    return m_warnings->text();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/advice/advicepanel.h"

#include "ui/accessiblerole.h"
#include "ui/relativefont.h"
#include "ui/wrappedlabel.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

AdvicePanel::AdvicePanel(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
    , m_intro(new WrappedLabel(m_content))
{
    // A screen reader announces the panel as a section with its name and description (a
    // scroll area's own role, "filler", says nothing).
    setAccessibleRole(this, QAccessible::Section);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus); // reachable by Tab; the arrow keys scroll
    setMinimumWidth(220);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setObjectName(QStringLiteral("adviceIntro"));
    RelativeFont::apply(m_intro, 1.2, true);
    m_layout->addWidget(m_intro);
    m_layout->addStretch(1);
    setWidget(m_content);
    m_intro->setText(tr("What this means for your business"));
    setAccessibleName(tr("Advice"));
    setAccessibleDescription(tr("Advice for each kind of business; selecting a bar highlights its section"));
}

void AdvicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_intro->setText(tr("What this means for your business"));
        setAccessibleName(tr("Advice"));
        setAccessibleDescription(tr("Advice for each kind of business; selecting a bar highlights its section"));
    }
    QScrollArea::changeEvent(event);
}

AdvicePanel::Section AdvicePanel::createSection(const QString &audience)
{
    Section section;
    section.frame = new QFrame(m_content);
    section.frame->setObjectName(QStringLiteral("advice_") + audience);
    section.frame->setFrameShape(QFrame::StyledPanel);
    section.heading = new WrappedLabel(section.frame);
    section.heading->setTextFormat(Qt::PlainText);
    section.heading->setWordWrap(true);
    QFont headingFont = section.heading->font();
    headingFont.setBold(true);
    section.heading->setFont(headingFont);
    section.body = new WrappedLabel(section.frame);
    section.body->setTextFormat(Qt::PlainText);
    section.body->setWordWrap(true);
    section.body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Qt gives a keyboard-selectable label click focus only: Tab reaches each advice text, so
    // it can be read out by a screen reader and its text selected and copied by keyboard.
    section.body->setFocusPolicy(Qt::StrongFocus);
    auto *sectionLayout = new QVBoxLayout(section.frame);
    sectionLayout->addWidget(section.heading);
    sectionLayout->addWidget(section.body);
    return section;
}

void AdvicePanel::setSections(const QList<AdviceSection> &sections)
{
    QStringList order;
    for (const AdviceSection &advice : sections)
        order.append(advice.audience);
    if (order != m_order) {
        for (const Section &section : std::as_const(m_sections))
            delete section.frame;
        m_sections.clear();
        for (int i = 0; i < order.size(); ++i) {
            const Section section = createSection(order.at(i));
            m_layout->insertWidget(1 + i, section.frame);
            m_sections.insert(order.at(i), section);
        }
        m_order = order;
        if (!m_sections.contains(m_highlighted))
            m_highlighted.clear();
    }
    for (const AdviceSection &advice : sections) {
        const Section &section = m_sections[advice.audience];
        section.heading->setText(advice.heading);
        section.body->setText(advice.body);
        section.frame->setAccessibleName(advice.heading);
        section.frame->setAccessibleDescription(advice.body);
    }
    updateStyles();
}

void AdvicePanel::highlight(const QString &audience)
{
    m_highlighted = m_sections.contains(audience) ? audience : QString();
    updateStyles();
    if (!m_highlighted.isEmpty()) {
        m_content->layout()->activate();
        ensureWidgetVisible(m_sections.value(m_highlighted).frame, 10, 10);
    }
}

void AdvicePanel::updateStyles()
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        const bool on = it.key() == m_highlighted;
        it->frame->setStyleSheet(on ? QStringLiteral("QFrame#%1 { border: 2px solid palette(highlight);"
                                                     " border-radius: 4px; background: palette(alternate-base); }")
                                          .arg(it->frame->objectName())
                                    : QString());
    }
}

QString AdvicePanel::headingText(const QString &audience) const
{
    const auto it = m_sections.constFind(audience);
    return it == m_sections.constEnd() ? QString() : it->heading->text();
}

QString AdvicePanel::bodyText(const QString &audience) const
{
    const auto it = m_sections.constFind(audience);
    return it == m_sections.constEnd() ? QString() : it->body->text();
}

QWidget *AdvicePanel::sectionWidget(const QString &audience) const
{
    const auto it = m_sections.constFind(audience);
    return it == m_sections.constEnd() ? nullptr : it->frame;
}

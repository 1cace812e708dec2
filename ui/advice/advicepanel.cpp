#include "advicepanel.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

AdvicePanel::AdvicePanel(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_intro(new QLabel(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(300);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setObjectName(QStringLiteral("adviceIntro"));
    QFont introFont = m_intro->font();
    introFont.setBold(true);
    introFont.setPointSizeF(introFont.pointSizeF() * 1.2);
    m_intro->setFont(introFont);

    auto *layout = new QVBoxLayout(m_content);
    layout->addWidget(m_intro);
    for (Audience audience : allAudiences()) {
        Section section;
        section.frame = new QFrame(m_content);
        section.frame->setObjectName(QStringLiteral("advice_") + audienceKey(audience));
        section.frame->setFrameShape(QFrame::StyledPanel);
        section.heading = new QLabel(section.frame);
        section.heading->setTextFormat(Qt::PlainText);
        section.heading->setWordWrap(true);
        QFont headingFont = section.heading->font();
        headingFont.setBold(true);
        section.heading->setFont(headingFont);
        section.body = new QLabel(section.frame);
        section.body->setTextFormat(Qt::PlainText);
        section.body->setWordWrap(true);
        section.body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        auto *sectionLayout = new QVBoxLayout(section.frame);
        sectionLayout->addWidget(section.heading);
        sectionLayout->addWidget(section.body);
        layout->addWidget(section.frame);
        m_sections.insert(audience, section);
    }
    layout->addStretch(1);
    setWidget(m_content);
    m_intro->setText(tr("What this means for your business"));
    setAccessibleName(tr("Advice"));
}

void AdvicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_intro->setText(tr("What this means for your business"));
        setAccessibleName(tr("Advice"));
    }
    QScrollArea::changeEvent(event);
}

void AdvicePanel::setSections(const QList<AdviceSection> &sections)
{
    for (const AdviceSection &advice : sections) {
        const auto it = m_sections.constFind(advice.audience);
        if (it == m_sections.constEnd())
            continue;
        it->heading->setText(advice.heading);
        it->body->setText(advice.body);
        it->frame->setAccessibleName(advice.heading);
    }
}

void AdvicePanel::highlight(std::optional<Audience> audience)
{
    m_highlighted = audience;
    updateStyles();
    if (audience) {
        m_content->layout()->activate();
        ensureWidgetVisible(m_sections.value(*audience).frame, 10, 10);
    }
}

void AdvicePanel::updateStyles()
{
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        const bool on = m_highlighted && *m_highlighted == it.key();
        it->frame->setStyleSheet(on ? QStringLiteral("QFrame#%1 { border: 2px solid palette(highlight);"
                                                     " border-radius: 4px; background: palette(alternate-base); }")
                                          .arg(it->frame->objectName())
                                    : QString());
    }
}

QString AdvicePanel::headingText(Audience audience) const
{
    return m_sections.value(audience).heading ? m_sections.value(audience).heading->text() : QString();
}

QString AdvicePanel::bodyText(Audience audience) const
{
    return m_sections.value(audience).body ? m_sections.value(audience).body->text() : QString();
}

QWidget *AdvicePanel::sectionWidget(Audience audience) const
{
    return m_sections.value(audience).frame;
}

#pragma once

#include "advice.h"

#include <QHash>
#include <QScrollArea>

class QFrame;
class QLabel;

/// The advisory text, one section per audience, with one section highlighted.
/// All texts are plain text: advice from data can never turn into markup.
class AdvicePanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvicePanel)

public:
    explicit AdvicePanel(QWidget *parent = nullptr);

    /// Replaces the sections (e.g. after a language switch); keeps the highlight.
    void setSections(const QList<AdviceSection> &sections);

    /// Highlights one audience's section and scrolls it into view; nullopt clears it.
    void highlight(std::optional<Audience> audience);
    std::optional<Audience> highlightedAudience() const { return m_highlighted; }

    QString headingText(Audience audience) const;
    QString bodyText(Audience audience) const;
    /// The section's frame (for tests: is it visible in the viewport?).
    QWidget *sectionWidget(Audience audience) const;

private:
    struct Section
    {
        QFrame *frame = nullptr;
        QLabel *heading = nullptr;
        QLabel *body = nullptr;
    };
    void updateStyles();

    QWidget *m_content = nullptr;
    QLabel *m_intro = nullptr;
    QHash<Audience, Section> m_sections;
    std::optional<Audience> m_highlighted;

protected:
    void changeEvent(QEvent *event) override;
};

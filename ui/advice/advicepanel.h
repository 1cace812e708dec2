// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/advice.h"

#include <QHash>
#include <QScrollArea>

class QFrame;
class QLabel;
class QVBoxLayout;

/// The advisory text, one section per audience, with one section highlighted.
/// All texts are plain text: advice from data can never turn into markup.
class AdvicePanel final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvicePanel)

public:
    explicit AdvicePanel(QWidget *parent = nullptr);

    /// Replaces the sections (e.g. another study, or after a language switch); keeps the
    /// highlight when its audience is still there.
    void setSections(const QList<AdviceSection> &sections);

    /// Highlights one audience's section (a segment key or kAdvisorsAudience) and scrolls
    /// it into view; an empty key clears the highlight.
    void highlight(const QString &audience);
    QString highlightedAudience() const { return m_highlighted; }

    QStringList audiences() const { return m_order; }
    QString headingText(const QString &audience) const;
    QString bodyText(const QString &audience) const;
    /// The section's frame (for tests: is it visible in the viewport?).
    QWidget *sectionWidget(const QString &audience) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        QFrame *frame = nullptr;
        QLabel *heading = nullptr;
        QLabel *body = nullptr;
    };
    Section createSection(const QString &audience);
    void updateStyles();

    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_intro = nullptr;
    QHash<QString, Section> m_sections;
    QStringList m_order;
    QString m_highlighted;
};

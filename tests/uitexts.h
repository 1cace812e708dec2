// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// Helpers for the language tests: the texts a user sees in a widget tree, and the message
// catalogue of translations/chartweek_de.ts to tell English from German text.
#pragma once

#include "core/language.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class QWidget;

/// One text shown by the UI and where it is (for the failure message).
struct ShownText
{
    QString where;
    QString text;
};

/// Every text of window and its children a user can see or hear: window titles, labels,
/// buttons, actions, menus, tab texts, tooltips, placeholders, combo box items, spin box
/// suffixes, table headers and cells, plain text fields, accessible names and descriptions,
/// the chart texts (ChartWidget::visibleTexts() and footnotes), the status bar message, the
/// application name the platform adds to window titles, and the text of every step on an
/// undo stack below window (what Edit → Undo/Redo show).
QList<ShownText> shownTexts(QWidget *window);

/// The English sources and German translations of chartweek_de.ts.
class TsCatalog
{
public:
    /// Reads CHARTWEEK_SOURCE_DIR/translations/chartweek_de.ts.
    static TsCatalog load();

    qsizetype size() const { return m_pairs.size(); }

    /// The catalogue text of the other language that text is (or contains), or an empty
    /// string when text belongs to `shown` or to neither. Texts that are the same in both
    /// languages never count.
    QString foreignMatch(const QString &text, Language shown) const;

private:
    struct Pattern
    {
        QString text;
        QRegularExpression whole;
        bool searchInside = false; ///< Long enough to be found inside a longer text.
    };
    QList<std::pair<QString, QString>> m_pairs; // English, German
    QList<Pattern> m_english;
    QList<Pattern> m_german;
};

/// "&File" → "File", "Save && Quit" → "Save & Quit".
QString withoutMnemonic(const QString &text);

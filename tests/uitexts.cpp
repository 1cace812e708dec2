// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "uitexts.h"

#include "ui/charts/chartwidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QXmlStreamReader>

namespace {

QString name(const QObject *object)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName());
}

void add(QList<ShownText> *texts, const QObject *object, const char *what, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts->append({name(object) + u' ' + QString::fromLatin1(what), text});
}

void addModel(QList<ShownText> *texts, const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        add(texts, view, "header", model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        add(texts, view, "row header", model->headerData(row, Qt::Vertical).toString());
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            add(texts, view, "cell", index.data(Qt::DisplayRole).toString());
            add(texts, view, "cell tooltip", index.data(Qt::ToolTipRole).toString());
        }
    }
}

QRegularExpression patternFor(const QString &text)
{
    // %1 … %9, %L1, %n: any text.
    QStringList pieces;
    for (const QString &piece : text.split(QRegularExpression(QStringLiteral("%L?[0-9n]"))))
        pieces.append(QRegularExpression::escape(piece));
    const QString pattern = pieces.join(QStringLiteral("(.+)"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

int literalLetters(const QString &text)
{
    QString literal = text;
    literal.remove(QRegularExpression(QStringLiteral("%L?[0-9n]")));
    return int(std::count_if(literal.cbegin(), literal.cend(), [](QChar c) {
        return c.isLetter();
    }));
}

} // namespace

QString withoutMnemonic(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i;
            if (text.at(i) != u'&') {
                result.append(text.at(i));
                continue;
            }
        }
        result.append(text.at(i));
    }
    return result;
}

QList<ShownText> shownTexts(QWidget *window)
{
    QList<ShownText> texts;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : widgets) {
        if (widget->isWindow() || qobject_cast<QDockWidget *>(widget))
            add(&texts, widget, "window title", widget->windowTitle());
        add(&texts, widget, "tooltip", widget->toolTip());
        add(&texts, widget, "status tip", widget->statusTip());
        add(&texts, widget, "accessible name", widget->accessibleName());
        add(&texts, widget, "accessible description", widget->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(&texts, label, "text", label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(&texts, button, "text", button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(&texts, edit, "placeholder", edit->placeholderText());
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            add(&texts, plain, "text", plain->toPlainText());
            add(&texts, plain, "placeholder", plain->placeholderText());
        }
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(&texts, box, "title", box->title());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(&texts, combo, "item", combo->itemText(i));
        }
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            add(&texts, spin, "suffix", spin->suffix());
            add(&texts, spin, "prefix", spin->prefix());
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
            add(&texts, spin, "suffix", spin->suffix());
            add(&texts, spin, "prefix", spin->prefix());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(&texts, tabs, "tab", tabs->tabText(i));
                add(&texts, tabs, "tab tooltip", tabs->tabToolTip(i));
            }
        }
        if (auto *menu = qobject_cast<QMenu *>(widget))
            add(&texts, menu, "title", menu->title());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && !qobject_cast<QHeaderView *>(widget))
            addModel(&texts, view);
        if (auto *chart = qobject_cast<ChartWidget *>(widget)) {
            for (const QString &text : chart->visibleTexts())
                add(&texts, chart, "chart text", text);
            add(&texts, chart, "footnote", chart->footnoteText());
        }
    }
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->statusBar())
        add(&texts, main->statusBar(), "message", main->statusBar()->currentMessage());
    if (window->isWindow())
        add(&texts, window, "application name in the title", QGuiApplication::applicationDisplayName());
    // Edit → Undo / Redo show the steps' texts: every step on the stack, old and new.
    for (const QUndoStack *stack : window->findChildren<QUndoStack *>()) {
        for (int i = 0; i < stack->count(); ++i)
            add(&texts, stack, "undo step", stack->text(i));
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        // The language menu names each language in itself ("English", "Deutsch") on purpose.
        if (action->objectName().startsWith(QStringLiteral("language_")))
            continue;
        add(&texts, action, "text", action->text());
        add(&texts, action, "tooltip", action->toolTip());
        add(&texts, action, "status tip", action->statusTip());
    }
    return texts;
}

TsCatalog TsCatalog::load()
{
    TsCatalog catalog;
    QFile file(QStringLiteral(CHARTWEEK_SOURCE_DIR "/translations/chartweek_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
            translations.clear();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            if (xml.attributes().value(QStringLiteral("type")).isEmpty()) {
                // Plain text, or one <numerusform> per plural form.
                QString plain;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        plain += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        translations.append(xml.readElementText());
                }
                if (translations.isEmpty())
                    translations.append(plain);
                for (const QString &translation : std::as_const(translations))
                    catalog.m_pairs.append({source, translation});
            }
        }
    }

    QSet<QString> english;
    QSet<QString> german;
    for (const auto &[en, de] : std::as_const(catalog.m_pairs)) {
        english.insert(withoutMnemonic(en));
        german.insert(withoutMnemonic(de));
    }
    for (const auto &[en, de] : std::as_const(catalog.m_pairs)) {
        const QString plainEnglish = withoutMnemonic(en).trimmed();
        const QString plainGerman = withoutMnemonic(de).trimmed();
        if (plainEnglish == plainGerman || literalLetters(plainEnglish) < 3 || literalLetters(plainGerman) < 3)
            continue;
        const auto searchable = [](const QString &text) {
            return !text.contains(u'%') && text.count(u' ') >= 2 && text.size() >= 12;
        };
        if (!german.contains(plainEnglish))
            catalog.m_english.append({plainEnglish, patternFor(plainEnglish), searchable(plainEnglish)});
        if (!english.contains(plainGerman))
            catalog.m_german.append({plainGerman, patternFor(plainGerman), searchable(plainGerman)});
    }
    return catalog;
}

QString TsCatalog::foreignMatch(const QString &text, Language shown) const
{
    const QString plain = withoutMnemonic(text).trimmed();
    const QList<Pattern> &foreign = shown == Language::German ? m_english : m_german;
    const QList<Pattern> &own = shown == Language::German ? m_german : m_english;
    // A text that is a whole message of the shown language is right, even when a message
    // of the other language happens to match it through its placeholders.
    for (const Pattern &pattern : own) {
        if (pattern.whole.match(plain).hasMatch() && literalLetters(pattern.text) >= 6)
            return {};
    }
    for (const Pattern &pattern : foreign) {
        if (pattern.whole.match(plain).hasMatch())
            return pattern.text;
        if (pattern.searchInside && plain.contains(pattern.text))
            return pattern.text;
    }
    return {};
}

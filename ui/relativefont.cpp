// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/relativefont.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace {

constexpr char kFactorProperty[] = "relativeFontFactor";
constexpr char kBoldProperty[] = "relativeFontBold";

void update(QWidget *widget)
{
    QFont font = widget->parentWidget() ? widget->parentWidget()->font() : QApplication::font(widget);
    const qreal factor = widget->property(kFactorProperty).toReal();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(widget->property(kBoldProperty).toBool());
    widget->setFont(font);
}

// Watches the widget's parent: its font changes with the application font (the widget's
// own font is explicit and doesn't).
class Follower final : public QObject
{
public:
    explicit Follower(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        if (widget->parentWidget())
            widget->parentWidget()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
            update(m_widget);
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
};

} // namespace

namespace RelativeFont {

void apply(QWidget *widget, qreal factor, bool bold)
{
    widget->setProperty(kFactorProperty, factor);
    widget->setProperty(kBoldProperty, bold);
    if (!widget->findChild<Follower *>(QString(), Qt::FindDirectChildrenOnly))
        new Follower(widget);
    update(widget);
}

} // namespace RelativeFont

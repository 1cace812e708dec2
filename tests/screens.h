// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

// The screens of the offscreen platform's configuration file (tests/data/sizes/*.json,
// tests/data/presentation/*.json), found by the name given there.
#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QString>

/// The screen called name ("1024x700", "Laptop"), nullptr when the configuration has none.
inline QScreen *screenNamed(const QString &name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>

/// A word-wrapped label that remembers its height for each width it was asked about until
/// its text or font changes. A wrapped label lays its whole text out on every
/// heightForWidth() call, and the layouts of the main window ask hundreds of times while it
/// first shows: for the headline, the narrative and the advice that was half of the
/// instructions of the first paint.
class WrappedLabel final : public QLabel
{
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    mutable QString m_text;
    mutable QFont m_font;
    mutable QHash<int, int> m_heights;
};

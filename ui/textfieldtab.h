// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

class QPlainTextEdit;

/// Makes Tab and Shift+Tab leave a multi-line text field, as they leave every other field
/// (a keyboard or screen-reader user is otherwise trapped in it, and Tab types into the
/// text); Ctrl+Tab inserts a tab character where one is wanted.
void letTabLeaveTextField(QPlainTextEdit *field);

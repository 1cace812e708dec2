// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "ui/undotext.h"

#include "core/study.h"

#include <QAbstractTableModel>

/// The shares of a study as a table: one row per survey wave, one column per segment.
/// Numbers are shown and typed in the format of language() (the UI language, set by the
/// owner); an empty cell is an unknown share. The model never changes its study itself: a valid edit is reported
/// through editRequested(), and the owner calls setStudy() once the change is stored.
class ShareTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareTableModel)

public:
    explicit ShareTableModel(QObject *parent = nullptr);

    void setStudy(const Study &study);
    const Study &study() const { return m_study; }
    /// The language of numbers, segment names and messages; English until set.
    void setLanguage(Language language);
    Language language() const { return m_language; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Reads a typed share: "24", "24,5 %" (German), "24.5%" (English); "" is unknown.
    /// Returns false, with a translated reason, for text that isn't a share.
    static bool parseShare(const QString &text, Language language, Share *share, QString *error);

    /// Pastes a block of cells copied from a spreadsheet (LibreOffice Calc and Excel put it on
    /// the clipboard as lines of tab-separated cells) with its top left cell at \a topLeft,
    /// as one edit: every cell is read with parseShare() in language(), an empty cell is an
    /// unknown share. Nothing changes, and inputRejected() names the cell, when a cell isn't a
    /// share or the block reaches beyond the table. Returns whether editRequested() was sent.
    bool pasteTable(const QModelIndex &topLeft, const QString &text);

Q_SIGNALS:
    void editRequested(const Study &after, const UndoText &description);
    /// A typed value was refused; the message names wave, segment and value.
    void inputRejected(const QString &message);

private:
    Study m_study;
    Language m_language = Language::English;
};

/// The segments of a study: one row per segment, one column per language with the
/// segment's name in it (the languages the editor shows, see setLanguages()).
class SegmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentTableModel)

public:
    explicit SegmentTableModel(QObject *parent = nullptr);

    void setStudy(const Study &study);
    /// The name columns, in order (usually Study::languages(), plus a language just added
    /// in the editor); uiLanguage names them in the header.
    void setLanguages(const QList<Language> &languages, Language uiLanguage);
    QList<Language> languages() const { return m_languages; }
    /// The column of a language, or -1.
    int columnOf(Language language) const { return int(m_languages.indexOf(language)); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(const Study &after, const UndoText &description);
    void inputRejected(const QString &message);

private:
    Study m_study;
    QList<Language> m_languages{Language::English};
    Language m_uiLanguage = Language::English;
};

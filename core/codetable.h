// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

/// The one way an enum maps to the stable code it has in settings, files and on the command
/// line ("bar", "pdf", "dark"): a table of (value, code) pairs, written once per enum.
/// Codes are lower-case ASCII; fromCode() ignores case and surrounding spaces.
template<typename Enum, std::size_t Size> class CodeTable
{
public:
    constexpr explicit CodeTable(std::array<std::pair<Enum, const char *>, Size> entries)
        : m_entries(entries)
    {}

    /// The code of a value; the first entry's code for a value the table doesn't list.
    QString code(Enum value) const
    {
        for (const auto &[entry, code] : m_entries) {
            if (entry == value)
                return QString::fromLatin1(code);
        }
        return QString::fromLatin1(m_entries.front().second);
    }

    /// The value of a code; nullopt for anything the table doesn't list.
    std::optional<Enum> fromCode(const QString &text) const
    {
        const QString code = text.trimmed();
        for (const auto &[entry, entryCode] : m_entries) {
            if (code.compare(QLatin1StringView(entryCode), Qt::CaseInsensitive) == 0)
                return entry;
        }
        return std::nullopt;
    }

    /// Every code in table order, for help texts ("bar or trend").
    QStringList codes() const
    {
        QStringList result;
        for (const auto &entry : m_entries)
            result.append(QString::fromLatin1(entry.second));
        return result;
    }

private:
    std::array<std::pair<Enum, const char *>, Size> m_entries;
};

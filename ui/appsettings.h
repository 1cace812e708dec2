// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#pragma once

#include "core/language.h"
#include "core/theme.h"
#include "ui/charts/chartspec.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <optional>

/// Everything the app remembers between runs, typed: the window (language, geometry,
/// chart, wave, study, theme, high contrast), the folders last used and the database file.
/// One QSettings of the application underneath (organisation and application name set in
/// main()); writes are seen at once by every other AppSettings in the process. A value
/// that was never stored, or doesn't parse, reads as its default.
class AppSettings final
{
public:
    AppSettings() = default;
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// The language chosen last; on first start, the system locale's.
    Language language() const;
    void setLanguage(Language language);

    /// The database file chosen last ("database/path"), else SqliteStudyRepository::defaultPath().
    QString databasePath() const;
    void setDatabasePath(const QString &path);
    /// The team library connected to last through File → Connect to Team Library…, as a
    /// PostgreSQL URI without password ("database/teamLibrary"); empty when none.
    QString teamLibrary() const;
    void setTeamLibrary(const QString &uri);
    /// The database file open before a team library was connected ("database/file"): what
    /// a start opens when the remembered team library can't be reached.
    /// SqliteStudyRepository::defaultPath() when none is stored.
    QString libraryFile() const;
    void setLibraryFile(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /// Docks and toolbars (QMainWindow::saveState()).
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// The splitter between chart and advice.
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    /// The chart tab shown last (default: the bar chart).
    ChartKind chart() const;
    void setChart(ChartKind kind);
    /// The survey wave shown last; nullopt when none is stored.
    std::optional<int> wave() const;
    void setWave(int waveYear);
    /// The id of the study shown last; 0 when none is stored.
    qint64 study() const;
    void setStudy(qint64 id);

    /// View → Theme (default: light).
    ThemeKind theme() const;
    void setTheme(ThemeKind kind);
    /// View → High Contrast (default: off).
    bool highContrast() const;
    void setHighContrast(bool on);

    /// The folder of the last imported file; empty when none is stored.
    QString importFolder() const;
    void setImportFolder(const QString &folder);
    /// The folder of the last export (written by the export dialog); fallback when none is stored.
    QString exportFolder(const QString &fallback = QString()) const;
    /// The folder of the last brand logo; fallback when none is stored.
    QString logoFolder(const QString &fallback = QString()) const;
    void setLogoFolder(const QString &folder);
    /// The screen chosen for presentations by name; empty for "the screen of the window".
    QString presentationScreen() const;
    void setPresentationScreen(const QString &name);

private:
    QSettings m_settings;
};

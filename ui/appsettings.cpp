// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "ui/appsettings.h"

#include "core/storage/sqlitestudyrepository.h"

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kStateKey = QStringLiteral("ui/state");
const QString kSplitterKey = QStringLiteral("ui/splitter");
const QString kChartKey = QStringLiteral("ui/chart");
const QString kWaveKey = QStringLiteral("ui/wave");
const QString kStudyKey = QStringLiteral("ui/study");
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kHighContrastKey = QStringLiteral("ui/highContrast");
const QString kDatabasePathKey = QStringLiteral("database/path");
const QString kTeamLibraryKey = QStringLiteral("database/teamLibrary");
const QString kLibraryFileKey = QStringLiteral("database/file");
const QString kImportFolderKey = QStringLiteral("import/folder");
const QString kExportFolderKey = QStringLiteral("export/folder");
const QString kLogoFolderKey = QStringLiteral("theme/logoFolder");
const QString kPresentationScreenKey = QStringLiteral("presentation/screen");

} // namespace

Language AppSettings::language() const
{
    return languageFromCode(m_settings.value(kLanguageKey).toString()).value_or(languageForLocale(QLocale::system()));
}

void AppSettings::setLanguage(Language language)
{
    m_settings.setValue(kLanguageKey, languageCode(language));
}

QString AppSettings::databasePath() const
{
    const QString path = m_settings.value(kDatabasePathKey).toString();
    return path.isEmpty() ? SqliteStudyRepository::defaultPath() : path;
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(kDatabasePathKey, path);
}

QString AppSettings::teamLibrary() const
{
    return m_settings.value(kTeamLibraryKey).toString();
}

void AppSettings::setTeamLibrary(const QString &uri)
{
    m_settings.setValue(kTeamLibraryKey, uri);
}

QString AppSettings::libraryFile() const
{
    const QString path = m_settings.value(kLibraryFileKey).toString();
    return path.isEmpty() ? SqliteStudyRepository::defaultPath() : path;
}

void AppSettings::setLibraryFile(const QString &path)
{
    m_settings.setValue(kLibraryFileKey, path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kStateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kStateKey, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(kSplitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitterKey, state);
}

ChartKind AppSettings::chart() const
{
    return chartKindFromCode(m_settings.value(kChartKey).toString()).value_or(ChartKind::Bar);
}

void AppSettings::setChart(ChartKind kind)
{
    m_settings.setValue(kChartKey, chartKindCode(kind));
}

std::optional<int> AppSettings::wave() const
{
    bool ok = false;
    const int year = m_settings.value(kWaveKey).toInt(&ok);
    return ok ? std::optional<int>(year) : std::nullopt;
}

void AppSettings::setWave(int waveYear)
{
    m_settings.setValue(kWaveKey, waveYear);
}

qint64 AppSettings::study() const
{
    return m_settings.value(kStudyKey).toLongLong();
}

void AppSettings::setStudy(qint64 id)
{
    m_settings.setValue(kStudyKey, id);
}

ThemeKind AppSettings::theme() const
{
    return themeKindFromCode(m_settings.value(kThemeKey).toString()).value_or(ThemeKind::Light);
}

void AppSettings::setTheme(ThemeKind kind)
{
    m_settings.setValue(kThemeKey, themeKindCode(kind));
}

bool AppSettings::highContrast() const
{
    return m_settings.value(kHighContrastKey, false).toBool();
}

void AppSettings::setHighContrast(bool on)
{
    m_settings.setValue(kHighContrastKey, on);
}

QString AppSettings::importFolder() const
{
    return m_settings.value(kImportFolderKey).toString();
}

void AppSettings::setImportFolder(const QString &folder)
{
    m_settings.setValue(kImportFolderKey, folder);
}

QString AppSettings::exportFolder(const QString &fallback) const
{
    return m_settings.value(kExportFolderKey, fallback).toString();
}

QString AppSettings::logoFolder(const QString &fallback) const
{
    return m_settings.value(kLogoFolderKey, fallback).toString();
}

void AppSettings::setLogoFolder(const QString &folder)
{
    m_settings.setValue(kLogoFolderKey, folder);
}

QString AppSettings::presentationScreen() const
{
    return m_settings.value(kPresentationScreenKey).toString();
}

void AppSettings::setPresentationScreen(const QString &name)
{
    if (name.isEmpty())
        m_settings.remove(kPresentationScreenKey);
    else
        m_settings.setValue(kPresentationScreenKey, name);
}

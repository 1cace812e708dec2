// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/exportformat.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};

ExportPreset pixelPreset(const char *key, const QString &name, QSize size)
{
    ExportPreset preset;
    preset.key = QString::fromLatin1(key);
    preset.name = name;
    preset.pixelSize = size;
    return preset;
}

ExportPreset paperPreset(const char *key, const QString &name, PaperSize paper, bool portrait)
{
    ExportPreset preset;
    preset.key = QString::fromLatin1(key);
    preset.name = name;
    preset.paper = paper;
    preset.portrait = portrait;
    return preset;
}

} // namespace

QList<ExportPreset> exportPresets()
{
    return {
        pixelPreset("1600x900", Text::tr("Standard (1600 × 900)"), QSize(1600, 900)),
        pixelPreset("1200x675", Text::tr("Social media, landscape (1200 × 675)"), QSize(1200, 675)),
        pixelPreset("1080x1080", Text::tr("Social media, square (1080 × 1080)"), QSize(1080, 1080)),
        pixelPreset("1080x1350", Text::tr("Social media, portrait (1080 × 1350)"), QSize(1080, 1350)),
        pixelPreset("1920x1080", Text::tr("Social media and slides, full HD (1920 × 1080)"), QSize(1920, 1080)),
        paperPreset("a4-landscape", Text::tr("A4 landscape"), PaperSize::A4, false),
        paperPreset("a4-portrait", Text::tr("A4 portrait"), PaperSize::A4, true),
        paperPreset("letter-landscape", Text::tr("Letter landscape"), PaperSize::Letter, false),
        paperPreset("letter-portrait", Text::tr("Letter portrait"), PaperSize::Letter, true),
    };
}

std::optional<ExportPreset> exportPresetForKey(const QString &key)
{
    for (const ExportPreset &preset : exportPresets()) {
        if (preset.key == key.trimmed().toLower())
            return preset;
    }
    return std::nullopt;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "core/studywording.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

LocalizedText localized(const QJsonObject &object)
{
    LocalizedText text;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const std::optional<Language> language = Language::fromTag(it.key()))
            text.setValue(*language, it.value().toString().trimmed());
    }
    return text;
}

// The file, read once (function-local statics are initialised thread-safely).
const QJsonObject &wordingFile()
{
    static const QJsonObject file = [] {
        QFile in(QStringLiteral(":/studies/wording.json"));
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "chartweek: the study wording is missing: %s\n", qPrintable(in.errorString()));
            return QJsonObject();
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
        if (!document.isObject())
            std::fprintf(stderr, "chartweek: the study wording is no JSON object: %s\n",
                         qPrintable(error.errorString()));
        return document.object();
    }();
    return file;
}

} // namespace

StudyWording studyWordingFromJson(const QJsonObject &object)
{
    StudyWording wording;
    wording.population = localized(object.value(QStringLiteral("population")).toObject());
    wording.adoption = localized(object.value(QStringLiteral("adoption")).toObject());
    const QJsonObject segments = object.value(QStringLiteral("segments")).toObject();
    for (auto it = segments.begin(); it != segments.end(); ++it)
        wording.segments.insert(it.key(), localized(it.value().toObject()));
    return wording;
}

StudyWording studyWording(const Study &study)
{
    if (study.slug.isEmpty())
        return {};
    return studyWordingFromJson(wordingFile().value(study.slug).toObject());
}

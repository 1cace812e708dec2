// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Chart of the Week developers

#include "benchdata.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>

namespace {

const std::array<const char *, 8> kTopics = {
    "Social media use", "Cloud adoption",    "Mobile payments",  "Remote work",
    "Online marketing", "Digital invoicing", "Customer reviews", "Video calls",
};
const std::array<const char *, 6> kGroups = {
    "small businesses", "medium businesses", "retailers", "craft businesses", "freelancers", "start-ups",
};
const std::array<const char *, 5> kPublishers = {
    "SMB Group", "Bitkom Research", "Institut für Mittelstandsforschung", "Eurostat", "KfW Research",
};

Study baseStudy()
{
    Study study;
    const auto text = [](const char *english, const char *german) {
        return LocalizedText{{Language::English, QString::fromUtf8(english)},
                             {Language::German, QString::fromUtf8(german)}};
    };
    study.topic = text("How small businesses use social media", "Wie kleine Unternehmen soziale Medien nutzen");
    study.adoptionLabel = text("Use social media (any)", "Nutzen soziale Medien (insgesamt)");
    study.segments = {
        {QStringLiteral("strategy"), text("Planned strategy", "Geplante Strategie"), {}},
        {QStringLiteral("adhoc"), text("Ad hoc use", "Ad-hoc-Nutzung"), {}},
        {QStringLiteral("none"), text("Not at all", "Gar nicht"), {}},
    };
    study.baselineSegment = 2;
    return study;
}

} // namespace

namespace BenchData {

Study generatedStudy(int index)
{
    Study study = baseStudy();
    const QString topic = QString::fromUtf8(kTopics.at(std::size_t(index) % kTopics.size()));
    const QString group = QString::fromUtf8(kGroups.at(std::size_t(index / 8) % kGroups.size()));
    study.slug = QStringLiteral("bench-study-%1").arg(index);
    study.title = index % 7 == 0 ? QStringLiteral("%1 among %2: Übersicht %3").arg(topic, group).arg(index)
                                 : QStringLiteral("%1 among %2, survey %3").arg(topic, group).arg(index);
    study.publisher = QString::fromUtf8(kPublishers.at(std::size_t(index) % kPublishers.size()));
    study.year = 2000 + index % 25;
    study.sourceCitation = QStringLiteral("%1, %2 %3").arg(study.publisher, study.title).arg(study.year);
    study.publicationDate = QDate(study.year, 1 + index % 12, 1 + index % 28);
    if (index % 5 != 4) // every fifth study is not scheduled
        study.chartWeek = QDate(2024, 1, 1).addDays(-7LL * index);
    const int strategy = 10 + index % 30;
    const int adhoc = 15 + (index * 7) % 30;
    study.waves = {
        {2011, {std::nullopt, std::nullopt, double(100 - strategy - adhoc + 5)}},
        {2012, {double(strategy), double(adhoc), double(100 - strategy - adhoc)}},
    };
    return study;
}

Study trendStudy(int pointCount)
{
    Study study = baseStudy();
    study.slug = QStringLiteral("bench-trend-%1").arg(pointCount);
    study.title = QStringLiteral("Long trend of %1 survey waves").arg(pointCount);
    study.publisher = QStringLiteral("Chart of the Week benchmarks");
    study.year = 2024;
    study.sourceCitation = study.title;
    for (int i = 0; i < pointCount; ++i) {
        const int strategy = 10 + (i * 13) % 30;
        const int adhoc = 15 + (i * 7) % 30;
        study.waves.append({1000 + i, {double(strategy), double(adhoc), double(100 - strategy - adhoc)}});
    }
    return study;
}

std::optional<QString> fillLibrary(StudyRepository *repository, int studyCount)
{
    const auto existing = repository->listStudies();
    if (!existing)
        return existing.error().message;
    for (int i = int(existing->size()); i < studyCount;) {
        QList<Study> batch;
        for (; i < studyCount && batch.size() < 500; ++i)
            batch.append(generatedStudy(i));
        if (const auto stored = repository->insertStudies(batch); !stored)
            return stored.error().message;
    }
    return std::nullopt;
}

std::optional<QString> generateLibrary(const QString &path, int studyCount)
{
    SqliteStudyRepository database;
    if (const auto opened = database.open(path); !opened)
        return opened.error().message;
    // The connection is private to the repository; find it by its file to switch off the
    // fsync per transaction while generating.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() == path) {
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        }
    }
    return fillLibrary(&database, studyCount);
}

} // namespace BenchData

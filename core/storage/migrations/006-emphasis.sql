-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 6: what a study's charts emphasise. highlight_series names the series every chart
-- draws emphasised, the others muted (a segment's key, '@adoption' for the derived adoption
-- line, '' for none). An annotation is a short note on one bar or trend point, the share of
-- a series in one survey wave, with a row per language like the other texts (an empty text
-- is no row). SchemaMigrator runs this after the backup, in the one transaction of the
-- upgrade; studies stored before have no emphasis.

ALTER TABLE study ADD COLUMN highlight_series VARCHAR(64) NOT NULL DEFAULT '';

CREATE TABLE annotation (
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    series VARCHAR(64) NOT NULL,
    wave_year INTEGER NOT NULL,
    language VARCHAR(32) NOT NULL,
    text_value TEXT NOT NULL,
    PRIMARY KEY (study_id, series, wave_year, language));

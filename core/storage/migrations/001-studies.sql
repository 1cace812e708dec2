-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 1: studies with their segments, survey waves and shares.
-- Format of every migration (read by SchemaMigrator): statements end with ";" at the end of
-- a line; "--" starts a comment line; ${id_primary_key}, ${id}, ${real} and ${blob} stand
-- for the column types SqlDialect::columnType() names. Keep the SQL portable (SQLite and
-- PostgreSQL); dates are ISO 8601 text.

CREATE TABLE chartweek_meta (
    meta_key VARCHAR(64) NOT NULL PRIMARY KEY,
    meta_value VARCHAR(256) NOT NULL);

CREATE TABLE study (
    id ${id_primary_key},
    slug VARCHAR(128) NOT NULL UNIQUE,
    title VARCHAR(512) NOT NULL,
    publisher VARCHAR(256) NOT NULL,
    publication_year INTEGER NOT NULL,
    source_citation VARCHAR(1024) NOT NULL,
    topic_en VARCHAR(512) NOT NULL,
    topic_de VARCHAR(512) NOT NULL,
    adoption_label_en VARCHAR(256) NOT NULL,
    adoption_label_de VARCHAR(256) NOT NULL,
    baseline_position INTEGER);

CREATE TABLE segment (
    id ${id_primary_key},
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    segment_key VARCHAR(64) NOT NULL,
    name_en VARCHAR(256) NOT NULL,
    name_de VARCHAR(256) NOT NULL,
    UNIQUE (study_id, position),
    UNIQUE (study_id, segment_key));

CREATE TABLE survey_wave (
    id ${id_primary_key},
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    wave_year INTEGER NOT NULL,
    UNIQUE (study_id, wave_year));

CREATE TABLE segment_share (
    wave_id ${id} NOT NULL REFERENCES survey_wave(id) ON DELETE CASCADE,
    segment_id ${id} NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
    share_percent ${real},
    PRIMARY KEY (wave_id, segment_id));

INSERT INTO chartweek_meta (meta_key, meta_value) VALUES ('application', 'chartweek');
INSERT INTO chartweek_meta (meta_key, meta_value) VALUES ('schema_version', '1');

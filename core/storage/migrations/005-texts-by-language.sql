-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 5: language is data. The texts of a study (topic, derived series, headline) and
-- the names of its segments move from paired *_en/*_de columns into rows keyed by a BCP 47
-- language code, so a study holds texts in any language and a new language needs no schema
-- change. An empty text is no row (a language without a text). The advice, already keyed
-- by language, gets a language column long enough for every tag Language keeps (23
-- characters; it had 8). The title, source and notes stay in study: they are as published
-- or the editor's own, in no particular language. SchemaMigrator runs this after the backup,
-- in the one transaction of the upgrade.

CREATE TABLE study_text (
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    field VARCHAR(32) NOT NULL,
    language VARCHAR(32) NOT NULL,
    text_value TEXT NOT NULL,
    PRIMARY KEY (study_id, field, language));

CREATE TABLE segment_text (
    segment_id ${id} NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
    language VARCHAR(32) NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (segment_id, language));

INSERT INTO study_text (study_id, field, language, text_value)
    SELECT id, 'topic', 'en', topic_en FROM study WHERE topic_en <> '';
INSERT INTO study_text (study_id, field, language, text_value)
    SELECT id, 'topic', 'de', topic_de FROM study WHERE topic_de <> '';
INSERT INTO study_text (study_id, field, language, text_value)
    SELECT id, 'adoption_label', 'en', adoption_label_en FROM study WHERE adoption_label_en <> '';
INSERT INTO study_text (study_id, field, language, text_value)
    SELECT id, 'adoption_label', 'de', adoption_label_de FROM study WHERE adoption_label_de <> '';
INSERT INTO study_text (study_id, field, language, text_value)
    SELECT id, 'headline', 'en', headline_en FROM study WHERE headline_en <> '';
INSERT INTO study_text (study_id, field, language, text_value)
    SELECT id, 'headline', 'de', headline_de FROM study WHERE headline_de <> '';
INSERT INTO segment_text (segment_id, language, name)
    SELECT id, 'en', name_en FROM segment WHERE name_en <> '';
INSERT INTO segment_text (segment_id, language, name)
    SELECT id, 'de', name_de FROM segment WHERE name_de <> '';

ALTER TABLE study DROP COLUMN topic_en;
ALTER TABLE study DROP COLUMN topic_de;
ALTER TABLE study DROP COLUMN adoption_label_en;
ALTER TABLE study DROP COLUMN adoption_label_de;
ALTER TABLE study DROP COLUMN headline_en;
ALTER TABLE study DROP COLUMN headline_de;
ALTER TABLE segment DROP COLUMN name_en;
ALTER TABLE segment DROP COLUMN name_de;

CREATE TABLE advice_by_language (
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    audience VARCHAR(64) NOT NULL,
    language VARCHAR(32) NOT NULL,
    heading VARCHAR(512) NOT NULL,
    body TEXT NOT NULL,
    updated_at VARCHAR(32),
    PRIMARY KEY (study_id, audience, language));
INSERT INTO advice_by_language (study_id, audience, language, heading, body, updated_at)
    SELECT study_id, audience, language, heading, body, updated_at FROM advice;
DROP TABLE advice;
ALTER TABLE advice_by_language RENAME TO advice;

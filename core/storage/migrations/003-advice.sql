-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 3: advice per study, audience and language. The seed study, when the database has
-- it, then gets the advice that used to be compiled into the app (a data step of
-- SchemaMigrator).

CREATE TABLE advice (
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    audience VARCHAR(64) NOT NULL,
    language VARCHAR(8) NOT NULL,
    heading VARCHAR(512) NOT NULL,
    body TEXT NOT NULL,
    updated_at VARCHAR(32),
    PRIMARY KEY (study_id, audience, language));

-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 7: the history of every study. Each save stores the whole study as it was saved
-- (the sharing format of core/studyjson.h, one study), numbered from 1 per study, with when
-- (ISO 8601, UTC) and by whom (the server's user on a team library, the system user for a
-- file). A study stored before schema 7 gets its version 1 (when and who unknown, '') with
-- its first save after the upgrade. A study's history goes with the study.

CREATE TABLE study_version (
    study_id ${id} NOT NULL REFERENCES study(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    saved_at VARCHAR(32) NOT NULL,
    saved_by VARCHAR(128) NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (study_id, version));

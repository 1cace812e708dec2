-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 2: the study metadata of the library (headline, notes, dates, chart week) and
-- segment colours.

ALTER TABLE study ADD COLUMN multiple_answers INTEGER NOT NULL DEFAULT 0;
ALTER TABLE study ADD COLUMN headline_en VARCHAR(1024) NOT NULL DEFAULT '';
ALTER TABLE study ADD COLUMN headline_de VARCHAR(1024) NOT NULL DEFAULT '';
ALTER TABLE study ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE study ADD COLUMN publication_date VARCHAR(10);
ALTER TABLE study ADD COLUMN chart_week VARCHAR(10);
ALTER TABLE segment ADD COLUMN color VARCHAR(16) NOT NULL DEFAULT '';
CREATE INDEX study_chart_week ON study (chart_week);

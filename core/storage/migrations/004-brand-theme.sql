-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 The Chart of the Week developers
--
-- Schema 4: the team's brand theme (logo, two colours, font), one row keyed 'team'.

CREATE TABLE brand_theme (
    theme_key VARCHAR(32) NOT NULL PRIMARY KEY,
    primary_color VARCHAR(7) NOT NULL DEFAULT '',
    secondary_color VARCHAR(7) NOT NULL DEFAULT '',
    font_family VARCHAR(128) NOT NULL DEFAULT '',
    logo_png ${blob},
    updated_at VARCHAR(32));

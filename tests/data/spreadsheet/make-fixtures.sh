#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
#
# Remakes the XLSX and ODS fixtures of tests/test_spreadsheetimport.cpp from the sources in
# source/, with the real programs: LibreOffice headless (libreoffice-calc-nogui) converts the
# German CSV files as Calc opens them in German (filter options: ";" delimiter, UTF-8,
# language de-DE 1031, so "24,5 %" becomes a percent-formatted 0.245), and python3-openpyxl
# writes features.xlsx. The outputs are committed: one LibreOffice start takes 20-90 s on a
# loaded machine, too long for every test run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert() { # FORMAT OUTDIR CSV
    soffice "-env:UserInstallation=file://$work/profile" --headless --infilter="CSV:59,34,76,1,,1031" \
        --convert-to "$1" --outdir "$2" "$3" >/dev/null
}
mkdir -p "$work/bad"
for format in xlsx ods; do
    convert "$format" "$work" "$here/source/Umfrage.csv"
    convert "$format" "$work/bad" "$here/source/bad/Umfrage.csv"
    cp "$work/Umfrage.$format" "$here/umfrage-de.$format"
    cp "$work/bad/Umfrage.$format" "$here/umfrage-de-bad.$format"
done
/usr/bin/python3 "$here/source/workbook.py" "$here/features.xlsx"
echo "Wrote $(cd "$here" && ls ./*.xlsx ./*.ods | tr '\n' ' ')"

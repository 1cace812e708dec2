# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
"""Writes features.xlsx with Debian's python3-openpyxl: several sheets, percent formats,
a hidden row, a merged header, a formula without a saved result, a boolean."""
import sys

import openpyxl

book = openpyxl.Workbook()
shares = book.active
shares.title = "Anteile 2012"  # a name that needs quoting: 'Anteile 2012'!B3
shares.append(["Welle", "Ja", "Nein", "Weiß nicht"])
shares.append([2011, None, 0.56, None])
shares.append([2012, 0.245, 0.7, 0.055])
shares.append([2013, "30,5 %", 60, 9.5])  # a text cell in German notation, plain numbers
shares.append([2014, 0.1, 0.2, 0.7])  # hidden: left out with a note
for cell in ("B2", "C2", "D2", "B3", "C3", "D3", "B5", "C5", "D5"):
    shares[cell].number_format = "0.0%"
shares.row_dimensions[5].hidden = True

merged = book.create_sheet("Verbunden")
merged.append(["Welle", "Antworten", None])
merged.append([2012, 40, 60])
merged.merge_cells("B1:C1")

formula = book.create_sheet("Formel")
formula.append(["Welle", "Ja", "Nein"])
formula.append([2012, 40, "=100-B2"])  # openpyxl saves no result for it
formula.append([2013, True, 50])

notes = book.create_sheet("Hinweise")  # not a table
notes["A1"] = "Quelle: Umfrage 2012"

book.save(sys.argv[1])

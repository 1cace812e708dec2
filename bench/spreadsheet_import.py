# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
"""Times chartweek's XLSX import against LibreOffice's conversion of the same workbook.

Run through bench/spreadsheet-import. The workbook is written here with openpyxl (Debian's
python3-openpyxl), so the input comes from a real spreadsheet library, not from chartweek.
Each side runs in a fresh process per run: chartweek imports into a new study database
(parse, check and store every study in one transaction, as `chartweek import` does for a
user); LibreOffice converts the workbook to CSV with a profile warmed up by one run first.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import openpyxl


def write_workbook(path, rows):
    """rows data rows: studies of 100 survey waves (1900-1999) with three segments each."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Tabelle1")
    sheet.append(["Studie", "Welle", "Segment", "Anteil"])
    segments = ["Mit Strategie", "Ad hoc", "Keine"]
    shares = [24.5, 29.0, 46.5]
    for row in range(rows):
        sheet.append([f"Groß-Studie {row // 300}", 1900 + (row // 3) % 100, segments[row % 3], shares[row % 3]])
    book.save(path)


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command, env=None, prepare=None):
    """Wall time, CPU time (user + system, every thread) and standard output of one run."""
    if prepare:
        prepare()
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{command[0]} failed ({result.returncode}): {result.stderr.decode(errors='replace')[-2000:]}")
    return (elapsed, cpu_seconds() - cpu), result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chartweek", required=True)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="chartweek-xlsx-bench-")
    try:
        workbook = os.path.join(work, "umfrage.xlsx")
        write_workbook(workbook, args.rows)
        print(f"workbook: {args.rows} rows, {os.path.getsize(workbook)} bytes (openpyxl {openpyxl.__version__})")

        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"))
        database = os.path.join(work, "library.sqlite")

        def fresh_database():
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(database + suffix):
                    os.remove(database + suffix)

        chartweek = []
        for _ in range(args.runs):
            times, out = timed([args.chartweek, "--database", database, "import", workbook], env, fresh_database)
            chartweek.append(times)
        studies = len(out.decode().split())
        expected = (args.rows + 299) // 300
        if studies != expected:
            sys.exit(f"chartweek imported {studies} studies, expected {expected}")

        profile = "file://" + os.path.join(work, "lo-profile")
        soffice = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv",
                   "--outdir", os.path.join(work, "csv"), workbook]
        timed(soffice)  # warms the profile up
        libreoffice = [timed(soffice)[0] for _ in range(args.runs)]

        # CPU time (user + system) counts what each side computes; wall time also counts
        # waiting for a loaded machine's cores.
        for name, runs in ((f"chartweek import (parse, check, store {studies} studies)", chartweek),
                           ("soffice --convert-to csv", libreoffice)):
            print(f"{name}: median {statistics.median(t[0] for t in runs):.2f} s wall, "
                  f"{statistics.median(t[1] for t in runs):.2f} s CPU, of {args.runs} runs "
                  f"({', '.join(f'{t[0]:.2f}/{t[1]:.2f}' for t in runs)})")
        for what, index in (("wall", 0), ("CPU", 1)):
            ratio = statistics.median(t[index] for t in chartweek) / statistics.median(t[index] for t in libreoffice)
            print(f"ratio chartweek / LibreOffice in {what} time: {ratio:.2f} "
                  f"({'faster' if ratio < 1 else 'slower'} than LibreOffice)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

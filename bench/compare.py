#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Chart of the Week developers
"""Side-by-side timings of chartweek, gnuplot and matplotlib for bench/compare.

Started by bench/compare (which installs the packages and builds the `bench` preset).
Every figure is the median of --runs runs; every run of a "cold" figure is its own
process. Prints one table per part and the ratios chartweek/gnuplot and
chartweek/matplotlib (below 1 means chartweek is faster).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TITLE = "How small businesses use social media, 2012"
SEGMENTS = [("Planned strategy", 24, "#1b6ca8"), ("Ad hoc use", 29, "#5aa9e6"), ("Not at all", 47, "#9e9e9e")]
SOURCE = "Source: SMB Group, 2012 Small and Medium Business Social Business Study"
BATCH = 100

# The command line of chartweek's batch export, with {dir}.
CHARTWEEK_BATCH_ARGS = ["export", "--all", "--formats", "png,pdf", "--lang", "en", "-o", "{dir}"]


def run_timed(command, env=None, cwd=None):
    """Runs a command; returns (wall seconds, peak RSS KiB, stdout). Fails loudly."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = process.communicate()
    wall = time.perf_counter() - start
    if process.returncode != 0:
        sys.exit("bench/compare: %s failed (%d):\n%s" % (" ".join(command), process.returncode, err.decode()))
    return wall, None, out.decode()


def run_rusage(command, env=None):
    """Runs a command (output to a log); returns (wall seconds, peak RSS KiB of the child)."""
    log = os.path.join(env["XDG_RUNTIME_DIR"], "output.log")
    actions = [(os.POSIX_SPAWN_OPEN, fd, log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600) for fd in (1, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(command[0], command, env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        with open(log, errors="replace") as f:
            sys.exit("bench/compare: %s failed:\n%s" % (" ".join(command), f.read()))
    return wall, usage.ru_maxrss


def instructions(command, env, toggle=None):
    """The instructions callgrind counts for a command (the whole process, or only inside
    the functions matching toggle); None when valgrind is missing."""
    valgrind = shutil.which("valgrind")
    if not valgrind:
        return None
    options = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    if toggle:
        options.append("--toggle-collect=" + toggle)
    result = subprocess.run(options + command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("bench/compare: callgrind of %s failed:\n%s" % (" ".join(command), result.stderr))
    match = re.search(r"Collected : (\d+)", result.stderr)
    return int(match.group(1)) if match else None


def minstr(count):
    return "%8.1f M" % (count / 1e6) if count else "       n/a"


def median_of(runs, function):
    walls, rss = [], []
    for _ in range(runs):
        wall, peak = function()
        walls.append(wall)
        rss.append(peak)
    return statistics.median(walls), max(rss)


# --- gnuplot -----------------------------------------------------------------------------

def gnuplot_terminal(fmt):
    if fmt == "png":
        return 'set terminal pngcairo size 1600,900 enhanced font "DejaVu Sans,14"'
    return 'set terminal pdfcairo size 29.7cm,21cm enhanced font "DejaVu Sans,12"'


GNUPLOT_CHART = """
set title "{title}" font ",22"
set ylabel "Share of respondents (%)"
set xlabel "Survey wave 2012"
set yrange [0:60]
set xrange [0.4:3.6]
set xtics ("2012" 2)
set grid ytics
set style fill solid 1.0 border rgb "white"
set boxwidth 0.8
set key outside bottom center horizontal
set label 1 "{source}" at screen 0.01, screen 0.02 font ",11"
$data << EOD
1 24
2 29
3 47
EOD
plot $data every ::0::0 using 1:2 with boxes lc rgb "{c0}" title "{n0}", \\
     $data every ::1::1 using 1:2 with boxes lc rgb "{c1}" title "{n1}", \\
     $data every ::2::2 using 1:2 with boxes lc rgb "{c2}" title "{n2}", \\
     $data using 1:2:(sprintf("%d%%", $2)) with labels offset 0,1 font ",16" notitle
"""


def gnuplot_chart():
    names = {"n%d" % i: s[0] for i, s in enumerate(SEGMENTS)}
    colors = {"c%d" % i: s[2] for i, s in enumerate(SEGMENTS)}
    return GNUPLOT_CHART.format(title=TITLE, source=SOURCE, **names, **colors)


def gnuplot_script(outputs):
    """outputs: list of (format, path)."""
    lines = []
    for fmt, path in outputs:
        lines += [gnuplot_terminal(fmt), "set output '%s'" % path, gnuplot_chart(), "set output"]
    return "\n".join(lines) + "\n"


# --- matplotlib --------------------------------------------------------------------------

MATPLOTLIB_PRELUDE = """
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

SEGMENTS = {segments!r}

def chart(path, fmt):
    size = (16, 9) if fmt == "png" else (11.69, 8.27)
    fig, ax = plt.subplots(figsize=size, dpi=100)
    bars = ax.bar([s[0] for s in SEGMENTS], [s[1] for s in SEGMENTS], width=0.8,
                  color=[s[2] for s in SEGMENTS], label=[s[0] for s in SEGMENTS], edgecolor="white")
    ax.bar_label(bars, labels=["%d%%" % s[1] for s in SEGMENTS], fontsize=16, fontweight="bold")
    ax.set_title({title!r}, fontsize=22, fontweight="bold")
    ax.set_ylabel("Share of respondents (%)")
    ax.set_xlabel("Survey wave 2012")
    ax.set_ylim(0, 60)
    ax.grid(axis="y")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=3, frameon=False)
    fig.text(0.01, 0.01, {source!r}, fontsize=11)
    fig.savefig(path, format=fmt)
    plt.close(fig)
"""


def matplotlib_program(body):
    return MATPLOTLIB_PRELUDE.format(segments=SEGMENTS, title=TITLE, source=SOURCE) + body


# --- chartweek ---------------------------------------------------------------------------

def chartweek_export(binary, database, fmt, path):
    """fmt: "png", "pdf" or a list such as "png,pdf" (then path is the base of the names)."""
    return [binary, "--database", database, "export", "--chart", "bar", "--wave", "2012", "--lang", "en",
            "--format", fmt, "--size", "1600x900", "-o", path]


def chartweek_has_batch(binary, env):
    result = subprocess.run([binary, "export", "--help"], env=env, capture_output=True, text=True)
    return re.search(r"(^|\s)--all\b", result.stdout) is not None


def isolated_env(home):
    env = dict(os.environ)
    for key, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        env[key] = os.path.join(home, folder)
        os.makedirs(env[key], exist_ok=True)
    env["XDG_RUNTIME_DIR"] = home
    os.chmod(home, 0o700)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def bench_in_process(bench_binary, env):
    """Per-chart PNG+PDF inside one process (chartweek_bench BM_ExportPngAndPdf), in s."""
    result = subprocess.run([bench_binary, "--benchmark_filter=BM_ExportPngAndPdf|BM_ExportPng/|BM_ExportPdf",
                             "--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true",
                             "--benchmark_format=csv"], env=env, capture_output=True, text=True)
    figures = {}
    for line in result.stdout.splitlines():
        if "_median" in line:
            fields = line.split(",")
            name = fields[0].strip('"').replace("_median", "")
            unit = {"ms": 1e3, "us": 1e6, "ns": 1e9, "s": 1}[fields[4]]
            figures[name.split("/")[0]] = float(fields[2]) / unit
            figures[name.split("/")[0] + ":cpu"] = float(fields[3]) / unit
    return figures


def bench_filter(bench_binary, env, studies):
    """Per keystroke: seconds (median of 5 repetitions) and callgrind instructions, for the
    filter now and as it was (chartweek_bench BM_FilterKeystrokes*)."""
    names = ("BM_FilterKeystrokes", "BM_FilterKeystrokes_FoldingEveryRow")
    figures = {}
    result = subprocess.run([bench_binary, "--benchmark_filter=^BM_FilterKeystrokes", "--benchmark_repetitions=5",
                             "--benchmark_report_aggregates_only=true", "--benchmark_format=json"],
                            env=env, capture_output=True, text=True)
    import json
    for entry in json.loads(result.stdout or "{}").get("benchmarks", []):
        name = entry["name"].split("/")[0]
        if entry.get("aggregate_name") == "median" and name in names:
            figures.setdefault(name, {})["per_keystroke"] = entry["per_keystroke"]
    # Instructions: one run of each under callgrind, counted only inside the benchmark's
    # function; divided by its iterations and the 9 keystrokes.
    for name, function in zip(names, ("*typeIntoFilter*", "*typeFoldingEveryRow*")):
        out = tempfile.mktemp(suffix=".json")
        count = instructions([bench_binary, "--benchmark_filter=^%s/" % name, "--benchmark_min_time=0.001",
                              "--benchmark_out=%s" % out, "--benchmark_out_format=json"], env, toggle=function)
        iterations = 1
        try:
            with open(out) as f:
                iterations = max(1, json.load(f)["benchmarks"][0]["iterations"])
            os.remove(out)
        except (OSError, KeyError, IndexError, ValueError):
            pass
        if count:
            figures.setdefault(name, {})["instructions"] = count / iterations / len("ubersicht")
    return figures


def ms(seconds):
    return "%8.1f ms" % (seconds * 1000.0)


def ratio(a, b):
    return "%6.2f" % (a / b) if a and b else "   n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chartweek", required=True)
    parser.add_argument("--bench", required=True, help="chartweek_bench (generates the libraries)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library", type=int, default=10000, help="studies in the large library")
    parser.add_argument("--keep", action="store_true", help="keep the output folder and print its path")
    parser.add_argument("--count-matplotlib", action="store_true",
                        help="count matplotlib's cold runs under callgrind too (slow)")
    parser.add_argument("--count-batch-gnuplot", action="store_true",
                        help="count gnuplot's batch under callgrind too (several minutes)")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="chartweek-compare-")
    env = isolated_env(work)
    gnuplot = shutil.which("gnuplot") or sys.exit("bench/compare: gnuplot is not installed (gnuplot-nox)")
    python = "/usr/bin/python3"

    seed_db = os.path.join(work, "seed.sqlite")
    run_timed(chartweek_export(args.chartweek, seed_db, "png", os.path.join(work, "warm.png")), env=env)

    print("Machine: %d cores, %s, load average %s" % (os.cpu_count(), cpu_model(), open("/proc/loadavg").read().split()[0]))
    print("Runs per figure: %d (median); each cold figure is its own process\n" % args.runs)

    # --- one chart per process --------------------------------------------------------
    gp_png = os.path.join(work, "gp_png.gp")
    gp_pdf = os.path.join(work, "gp_pdf.gp")
    with open(gp_png, "w") as f:
        f.write(gnuplot_script([("png", os.path.join(work, "gnuplot.png"))]))
    with open(gp_pdf, "w") as f:
        f.write(gnuplot_script([("pdf", os.path.join(work, "gnuplot.pdf"))]))
    mpl_one = os.path.join(work, "mpl_one.py")
    with open(mpl_one, "w") as f:
        f.write(matplotlib_program("chart(sys.argv[1], sys.argv[2])\n"))

    gp_both = os.path.join(work, "gp_both.gp")
    with open(gp_both, "w") as f:
        f.write(gnuplot_script([("png", os.path.join(work, "gnuplot.png")), ("pdf", os.path.join(work, "gnuplot.pdf"))]))
    commands = {
        ("chartweek", "png"): chartweek_export(args.chartweek, seed_db, "png", os.path.join(work, "chartweek.png")),
        ("chartweek", "pdf"): chartweek_export(args.chartweek, seed_db, "pdf", os.path.join(work, "chartweek.pdf")),
        ("chartweek", "both"): chartweek_export(args.chartweek, seed_db, "png,pdf", os.path.join(work, "chartweek")),
        ("gnuplot", "png"): [gnuplot, gp_png],
        ("gnuplot", "pdf"): [gnuplot, gp_pdf],
        ("gnuplot", "both"): [gnuplot, gp_both],
        ("matplotlib", "png"): [python, mpl_one, os.path.join(work, "matplotlib.png"), "png"],
        ("matplotlib", "pdf"): [python, mpl_one, os.path.join(work, "matplotlib.pdf"), "pdf"],
    }
    cold, counts = {}, {}
    # Interleaved, so a change in the machine's load touches every tool alike.
    for _ in range(args.runs):
        for key, command in commands.items():
            wall, peak = run_rusage(command, env)
            cold.setdefault(key, ([], []))
            cold[key][0].append(wall)
            cold[key][1].append(peak)
    cold = {key: (statistics.median(walls), max(peaks)) for key, (walls, peaks) in cold.items()}
    for key, command in commands.items():
        if key[0] != "matplotlib" or args.count_matplotlib:
            counts[key] = instructions(command, env)

    print("One chart per process (cold start), 1600x900 PNG / A4 PDF; PNG+PDF: one process (chartweek")
    print("`--format png,pdf`, gnuplot one script), matplotlib: the two processes added up")
    print("%-12s %12s %12s %12s %10s" % ("tool", "PNG", "PDF", "PNG+PDF", "peak RSS"))
    for tool in ("chartweek", "gnuplot", "matplotlib"):
        png, pdf = cold[(tool, "png")][0], cold[(tool, "pdf")][0]
        both = cold[(tool, "both")][0] if (tool, "both") in cold else png + pdf
        rss = max(cold[(tool, "png")][1], cold[(tool, "pdf")][1])
        print("%-12s %12s %12s %12s %7.1f MiB" % (tool, ms(png), ms(pdf), ms(both), rss / 1024.0))
        print("%-12s %12s %12s %12s   (callgrind instructions)" % (
            "", minstr(counts.get((tool, "png"))), minstr(counts.get((tool, "pdf"))),
            minstr(counts.get((tool, "both")))))
    cw = {fmt: cold[("chartweek", fmt)][0] for fmt in ("png", "pdf", "both")}
    gp = {fmt: cold[("gnuplot", fmt)][0] for fmt in ("png", "pdf", "both")}
    mpl = {"png": cold[("matplotlib", "png")][0], "pdf": cold[("matplotlib", "pdf")][0]}
    mpl["both"] = mpl["png"] + mpl["pdf"]
    for other, figures in (("gnuplot", gp), ("matplotlib", mpl)):
        print("ratio chartweek/%-10s PNG %s  PDF %s  PNG+PDF %s" % (
            other, ratio(cw["png"], figures["png"]), ratio(cw["pdf"], figures["pdf"]), ratio(cw["both"], figures["both"])))
    print("target: chartweek PNG+PDF (%s) no slower than gnuplot's PNG alone (%s): %s" % (
        ms(cw["both"]).strip(), ms(gp["png"]).strip(), "met" if cw["both"] <= gp["png"] else "NOT met"))
    print("target: chartweek PDF (%s) no slower than gnuplot's pdfcairo (%s): %s" % (
        ms(cw["pdf"]).strip(), ms(gp["pdf"]).strip(), "met" if cw["pdf"] <= gp["pdf"] else "NOT met"))
    # The same two targets in callgrind instructions, which a loaded machine does not move.
    for ours, theirs, what in (("both", "png", "PNG+PDF against gnuplot's PNG"), ("pdf", "pdf", "PDF against pdfcairo")):
        a, b = counts.get(("chartweek", ours)), counts.get(("gnuplot", theirs))
        if a and b:
            print("target in instructions: chartweek %s (%s / %s = %.2f): %s" % (
                what, minstr(a).strip(), minstr(b).strip(), a / b, "met" if a <= b else "NOT met"))
    print()

    # --- a batch of 100 charts in one process -----------------------------------------
    batch_dir = os.path.join(work, "batch")
    os.makedirs(batch_dir, exist_ok=True)
    gp_batch = os.path.join(work, "gp_batch.gp")
    outputs = []
    for i in range(BATCH):
        outputs += [("png", os.path.join(batch_dir, "g%03d.png" % i)), ("pdf", os.path.join(batch_dir, "g%03d.pdf" % i))]
    with open(gp_batch, "w") as f:
        f.write(gnuplot_script(outputs))
    mpl_batch = os.path.join(work, "mpl_batch.py")
    with open(mpl_batch, "w") as f:
        f.write(matplotlib_program(
            "import os\nfor i in range(%d):\n"
            "    chart(os.path.join(sys.argv[1], 'm%%03d.png' %% i), 'png')\n"
            "    chart(os.path.join(sys.argv[1], 'm%%03d.pdf' %% i), 'pdf')\n" % BATCH))
    batch_runs = max(3, args.runs // 2)
    batch = {}
    library_100 = os.path.join(work, "library-100.sqlite")
    run_timed([args.bench, "--generate-library=%s:%d" % (library_100, BATCH)], env=env)
    if chartweek_has_batch(args.chartweek, env):
        charts_written = [0]

        def chartweek_batch():
            # One process writes every chart of the 100 studies as PNG and PDF; the time is
            # scaled to 100 charts, since a study makes a bar chart per wave and a trend chart.
            out = os.path.join(batch_dir, "chartweek")
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            command = [args.chartweek, "--database", library_100] + [
                a.format(dir=out) for a in CHARTWEEK_BATCH_ARGS]
            wall, peak = run_rusage(command, env)
            charts_written[0] = len([f for f in os.listdir(out) if f.endswith(".png")])
            return wall * BATCH / max(1, charts_written[0]), peak
    # Side by side: one run of each tool in turn, batch_runs times.
    batch_walls = {"chartweek": [], "gnuplot": [], "matplotlib": []}
    batch_peaks = {"chartweek": [], "gnuplot": [], "matplotlib": []}
    for _ in range(batch_runs):
        for tool, run in (("chartweek", chartweek_batch),
                          ("gnuplot", lambda: run_rusage([gnuplot, gp_batch], env)),
                          ("matplotlib", lambda: run_rusage([python, mpl_batch, batch_dir], env))):
            wall, peak = run()
            batch_walls[tool].append(wall)
            batch_peaks[tool].append(peak)
    batch = {tool: (statistics.median(batch_walls[tool]), max(batch_peaks[tool])) for tool in batch_walls}
    out = os.path.join(batch_dir, "chartweek-count")
    os.makedirs(out, exist_ok=True)
    batch_count = instructions([args.chartweek, "--database", library_100] + [
        a.format(dir=out) for a in CHARTWEEK_BATCH_ARGS], env)
    charts_counted = len([f for f in os.listdir(out) if f.endswith(".png")])
    gnuplot_batch_count = instructions([gnuplot, gp_batch], env) if args.count_batch_gnuplot else None
    in_process = bench_in_process(args.bench, env)

    print("Batch of %d charts (PNG + PDF each) in one process, per chart" % BATCH)
    print("%-12s %12s %10s" % ("tool", "per chart", "peak RSS"))
    for tool in ("chartweek", "gnuplot", "matplotlib"):
        count = {"chartweek": batch_count / max(1, charts_counted) if batch_count else None,
                 "gnuplot": gnuplot_batch_count / BATCH if gnuplot_batch_count else None}.get(tool)
        print("%-12s %12s %7.1f MiB %s" % (tool, ms(batch[tool][0] / BATCH), batch[tool][1] / 1024.0,
                                           ("  " + minstr(count).strip() + " instructions per chart") if count else ""))
    for name, what in (("BM_ExportPngAndPdf", "one after the other"), ("BM_ExportPngAndPdfTogether", "in one go")):
        if name in in_process:
            print("%-12s %12s  (in-process, PNG+PDF %s, chartweek_bench %s; CPU of the main thread %s)" % (
                "chartweek*", ms(in_process[name]), what, name, ms(in_process[name + ":cpu"]).strip()))
    cw_batch = batch["chartweek"][0] / BATCH
    gp_batch_chart = batch["gnuplot"][0] / BATCH
    mpl_batch_chart = batch["matplotlib"][0] / BATCH
    for other, figure in (("gnuplot", gp_batch_chart), ("matplotlib", mpl_batch_chart)):
        print("ratio chartweek/%-10s %s" % (other, ratio(cw_batch, figure)))
    print("target: per chart at most a quarter of gnuplot's (%s vs %s, %.2f): %s" % (
        ms(cw_batch).strip(), ms(gp_batch_chart).strip(), cw_batch / gp_batch_chart,
        "met" if cw_batch * 4 <= gp_batch_chart else "NOT met"))
    print("target: at least 15x faster than matplotlib's loop (%.1fx): %s" % (
        mpl_batch_chart / cw_batch, "met" if mpl_batch_chart >= 15 * cw_batch else "NOT met"))
    if batch_count and gnuplot_batch_count:
        ours, theirs = batch_count / max(1, charts_counted), gnuplot_batch_count / BATCH
        print("target in instructions: per chart at most a quarter of gnuplot's (%s / %s = %.2f): %s" % (
            minstr(ours).strip(), minstr(theirs).strip(), ours / theirs, "met" if ours * 4 <= theirs else "NOT met"))
    print()

    # --- the library filter, before and after folding each title once -------------------
    filter_figures = bench_filter(args.bench, env, args.library)
    print("Filtering %d studies while typing \"ubersicht\" (chartweek_bench, per keystroke)" % args.library)
    for name, label in (("BM_FilterKeystrokes_FoldingEveryRow", "before (fold every row per keystroke)"),
                        ("BM_FilterKeystrokes", "after (titles folded once)")):
        figure = filter_figures.get(name, {})
        print("%-40s %12s   %s" % (label, ms(figure.get("per_keystroke", 0.0)),
                                   minstr(figure.get("instructions")).strip() + " instructions per keystroke"))
    before = filter_figures.get("BM_FilterKeystrokes_FoldingEveryRow", {}).get("per_keystroke")
    after = filter_figures.get("BM_FilterKeystrokes", {}).get("per_keystroke")
    if before and after:
        print("target: at least 5x faster per keystroke (%.1fx): %s\n" % (before / after,
                                                                         "met" if before >= 5 * after else "NOT met"))

    # --- start-up: first paint and peak memory -----------------------------------------
    print("Start-up to the first painted chart (CHARTWEEK_STARTUP_TRACE=1, offscreen platform)")
    print("%-16s %14s %14s %12s" % ("library", "first paint", "external", "peak RSS"))
    sizes = [("seed (1 study)", 1), ("%d studies" % args.library, args.library)]
    version_walls = [run_rusage([args.chartweek, "--version"], env)[0] for _ in range(args.runs)]
    version = statistics.median(version_walls)
    version_count = instructions([args.chartweek, "--version"], env)
    print("%-16s %14s %14s %12s   %s" % ("--version", "", ms(version), "", minstr(version_count).strip()))
    paints, paint_counts = {}, {}
    for label, count in sizes:
        database = os.path.join(work, "startup-%d.sqlite" % count)
        run_timed([args.bench, "--generate-library=%s:%d" % (database, count)], env=env)
        trace_env = dict(env, CHARTWEEK_STARTUP_TRACE="1")
        internal, external, rss = [], [], []
        for _ in range(args.runs):
            before = time.clock_gettime_ns(time.CLOCK_BOOTTIME)
            _, _, out = run_timed([args.chartweek, "--database", database], env=trace_env)
            match = re.search(r"first-paint-ms=(-?\d+) peak-rss-kib=(\d+) boottime-ns=(\d+)", out)
            if not match:
                sys.exit("bench/compare: no startup-trace line from chartweek:\n" + out)
            internal.append(int(match.group(1)) / 1000.0)
            external.append((int(match.group(3)) - before) / 1e9)
            rss.append(int(match.group(2)))
        paint_count = instructions([args.chartweek, "--database", database], trace_env)
        paints[count] = statistics.median(external)
        paint_counts[count] = paint_count
        print("%-16s %14s %14s %8.1f MiB   %s" % (label, ms(statistics.median(internal)),
                                                  ms(statistics.median(external)), statistics.median(rss) / 1024.0,
                                                  minstr(paint_count).strip()))
    print("(first paint: from the kernel's process start, 10 ms steps; external: from just before the")
    print(" spawn to the paint, ns clock; peak RSS: VmHWM at the first paint; last column: callgrind")
    print(" instructions of the whole process)")
    for count, limit in ((1, 1.5), (args.library, 2.0)):
        print("target: first paint with %d studies at most %.1fx --version (%s / %s = %.2f): %s" % (
            count, limit, ms(paints[count]).strip(), ms(version).strip(), paints[count] / version,
            "met" if paints[count] <= limit * version else "NOT met"))
        if paint_counts.get(count) and version_count:
            print("target in instructions: first paint with %d studies at most %.1fx --version (%s / %s = %.2f): %s" % (
                count, limit, minstr(paint_counts[count]).strip(), minstr(version_count).strip(),
                paint_counts[count] / version_count, "met" if paint_counts[count] <= limit * version_count else "NOT met"))

    if args.keep:
        print("\nOutputs kept in " + work)
    else:
        shutil.rmtree(work, ignore_errors=True)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()

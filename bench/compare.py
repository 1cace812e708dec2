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

# The command line of chartweek's batch export (branch `publish`), with {dir} and {format}.
# LEAD: check it against `chartweek export --help` after merging `publish`.
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

    cold = {}
    for fmt in ("png", "pdf"):
        cold[("chartweek", fmt)] = median_of(args.runs, lambda: run_rusage(
            chartweek_export(args.chartweek, seed_db, fmt, os.path.join(work, "chartweek." + fmt)), env))
        cold[("gnuplot", fmt)] = median_of(args.runs, lambda: run_rusage(
            [gnuplot, gp_png if fmt == "png" else gp_pdf], env))
        cold[("matplotlib", fmt)] = median_of(args.runs, lambda: run_rusage(
            [python, mpl_one, os.path.join(work, "matplotlib." + fmt), fmt], env))

    print("One chart per process (cold start), 1600x900 PNG / A4 PDF")
    print("%-12s %12s %12s %12s %10s" % ("tool", "PNG", "PDF", "PNG+PDF", "peak RSS"))
    for tool in ("chartweek", "gnuplot", "matplotlib"):
        png, pdf = cold[(tool, "png")][0], cold[(tool, "pdf")][0]
        rss = max(cold[(tool, "png")][1], cold[(tool, "pdf")][1])
        print("%-12s %12s %12s %12s %7.1f MiB" % (tool, ms(png), ms(pdf), ms(png + pdf), rss / 1024.0))
    cw = {fmt: cold[("chartweek", fmt)][0] for fmt in ("png", "pdf")}
    for other in ("gnuplot", "matplotlib"):
        print("ratio chartweek/%-10s PNG %s  PDF %s  PNG+PDF %s" % (
            other, ratio(cw["png"], cold[(other, "png")][0]), ratio(cw["pdf"], cold[(other, "pdf")][0]),
            ratio(cw["png"] + cw["pdf"], cold[(other, "png")][0] + cold[(other, "pdf")][0])))
    print("target: chartweek PNG+PDF (%s) no slower than gnuplot's PNG alone (%s): %s\n" % (
        ms(cw["png"] + cw["pdf"]).strip(), ms(cold[("gnuplot", "png")][0]).strip(),
        "met" if cw["png"] + cw["pdf"] <= cold[("gnuplot", "png")][0] else "NOT met"))

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
    batch = {
        "gnuplot": median_of(batch_runs, lambda: run_rusage([gnuplot, gp_batch], env)),
        "matplotlib": median_of(batch_runs, lambda: run_rusage([python, mpl_batch, batch_dir], env)),
    }
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
        batch["chartweek"] = median_of(batch_runs, chartweek_batch)
    in_process = bench_in_process(args.bench, env)

    print("Batch of %d charts (PNG + PDF each) in one process, per chart" % BATCH)
    print("%-12s %12s %10s" % ("tool", "per chart", "peak RSS"))
    for tool in ("chartweek", "gnuplot", "matplotlib"):
        if tool in batch:
            print("%-12s %12s %7.1f MiB" % (tool, ms(batch[tool][0] / BATCH), batch[tool][1] / 1024.0))
        else:
            print("%-12s %12s  (`chartweek export --all` not available in this build)" % (tool, "n/a"))
    if "BM_ExportPngAndPdf" in in_process:
        print("%-12s %12s  (in-process cost of one PNG+PDF, chartweek_bench BM_ExportPngAndPdf; CPU %s)" % (
            "chartweek*", ms(in_process["BM_ExportPngAndPdf"]), ms(in_process["BM_ExportPngAndPdf:cpu"]).strip()))
    cw_batch = batch["chartweek"][0] / BATCH if "chartweek" in batch else in_process.get("BM_ExportPngAndPdf")
    label = "chartweek" if "chartweek" in batch else "chartweek*"
    for other in ("gnuplot", "matplotlib"):
        print("ratio %s/%-10s %s" % (label, other, ratio(cw_batch, batch[other][0] / BATCH)))
    if cw_batch:
        print("target: per chart under 20 ms (%s) and 3x faster than matplotlib (%.1fx): %s\n" % (
            ms(cw_batch).strip(), batch["matplotlib"][0] / BATCH / cw_batch,
            "met" if cw_batch < 0.020 and batch["matplotlib"][0] / BATCH >= 3 * cw_batch else "NOT met"))

    # --- start-up: first paint and peak memory -----------------------------------------
    print("Start-up to the first painted chart (CHARTWEEK_STARTUP_TRACE=1, offscreen platform)")
    print("%-16s %14s %14s %12s" % ("library", "first paint", "external", "peak RSS"))
    sizes = [("seed (1 study)", 1), ("1,000 studies", 1000), ("%d studies" % args.library, args.library)]
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
        print("%-16s %14s %14s %8.1f MiB" % (label, ms(statistics.median(internal)),
                                            ms(statistics.median(external)), statistics.median(rss) / 1024.0))
    print("(first paint: from the kernel's process start, 10 ms steps; external: from just before the")
    print(" spawn to the paint, ns clock; peak RSS: VmHWM at the first paint)")

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

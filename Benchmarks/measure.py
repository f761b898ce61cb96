#!/usr/bin/env python3
"""measure.py run CONFIG.json: time the benchmark's commands on one corpus and print a table.
measure.py summary RESULTS.json...: cost per chapter across corpora, and the targets of issue 8.

Called by Benchmarks/run, which writes CONFIG.json:

    {"corpus": "10,000 chapters", "input_dir": ".../corpus-10000", "runs": 5,
     "results": ".../results-10000.json",
     "commands": [{"name": "sitegen, bench templates", "kind": "sitegen",
                   "argv": [...], "output": ".../out-10000/sitegen"}, ...]}

Each round runs every command once, in order (A B C D E, A B C D E, ...), after one
untimed warm-up round, so the tools share whatever else the machine is doing.
Every run writes into a new empty folder (`{output}` in a command's argv becomes
OUTPUT/round-N), and `sync` runs before each, untimed, so no tool pays for
another's writes. Nothing is deleted here: Benchmarks/run deletes the outputs
once every corpus is timed, because on ext4, creating files within a minute or
more of deleting many makes the kernel scan the recently deleted inodes
(find_inode_bit → recently_deleted), which would charge each tool for the
deletions before it.

Every run goes through `/usr/bin/time -v` (Debian's `time` package), which
reports the user and system CPU time and the peak resident set size of the
process and its children (the kernel's rusage). Wall time is measured around
it with a monotonic clock, to the millisecond (time -v prints centiseconds).
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def parse_time_v(text):
    """The fields of `/usr/bin/time -v` this benchmark reports."""
    fields = {}
    for line in text.splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    return {
        "user": float(fields["User time (seconds)"]),
        "sys": float(fields["System time (seconds)"]),
        "max_rss_kib": int(fields["Maximum resident set size (kbytes)"]),
        "exit": int(fields["Exit status"]),
    }


def tree_size(path):
    """Total apparent size of the regular files under `path`, and their count."""
    total = files = 0
    for folder, _, names in os.walk(path):
        for name in names:
            full = os.path.join(folder, name)
            if os.path.isfile(full) and not os.path.islink(full):
                total += os.path.getsize(full)
                files += 1
    return total, files


def run_once(command, report, round_name):
    """One timed run into a fresh output folder `OUTPUT/ROUND` (`{output}` in argv)."""
    output = os.path.join(command["output"], round_name) if command.get("output") else ""
    argv = [part.replace("{output}", output) for part in command["argv"]]
    if output:
        os.makedirs(os.path.dirname(output), exist_ok=True)
    subprocess.run(["sync"], check=True)
    start = time.perf_counter()
    completed = subprocess.run(
        ["/usr/bin/time", "-v", "-o", report, *argv],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=command.get("cwd"),
    )
    wall = time.perf_counter() - start
    with open(report, encoding="utf-8") as f:
        usage = parse_time_v(f.read())
    if completed.returncode != 0 or usage["exit"] != 0:
        sys.stderr.write(completed.stderr.decode("utf-8", "replace"))
        sys.exit(f"measure.py: '{command['name']}' failed (exit status {completed.returncode})")
    usage["wall"] = wall
    usage["cpu"] = usage["user"] + usage["sys"]
    usage["output"] = output
    return usage


def measure(config_path):
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    commands = config["commands"]
    runs = config["runs"]
    input_bytes, input_files = tree_size_md(config["input_dir"])
    samples = {c["name"]: [] for c in commands}
    report = tempfile.NamedTemporaryFile(prefix="bench-time-", suffix=".txt", delete=False).name
    try:
        print(f"  warm-up round, then {runs} alternating rounds of {len(commands)} commands", flush=True)
        load_before = read_load()
        for command in commands:
            run_once(command, report, "warm-up")
        for round_number in range(runs):
            for command in commands:
                samples[command["name"]].append(run_once(command, report, f"round-{round_number + 1}"))
            walls = "  ".join(f"{samples[c['name']][-1]['wall']:.2f}" for c in commands)
            print(f"  round {round_number + 1}/{runs}: wall {walls} s", flush=True)
        load_after = read_load()
    finally:
        os.unlink(report)

    rows = []
    for command in commands:
        runs_of = samples[command["name"]]
        row = {
            "name": command["name"], "kind": command["kind"],
            "wall": statistics.median(r["wall"] for r in runs_of),
            "cpu": statistics.median(r["cpu"] for r in runs_of),
            "user": statistics.median(r["user"] for r in runs_of),
            "sys": statistics.median(r["sys"] for r in runs_of),
            "max_rss_mib": statistics.median(r["max_rss_kib"] for r in runs_of) / 1024,
            "wall_min": min(r["wall"] for r in runs_of), "wall_max": max(r["wall"] for r in runs_of),
            "samples": runs_of,
        }
        if command.get("output"):
            row["output_bytes"], row["output_files"] = tree_size(runs_of[-1]["output"])
        rows.append(row)

    by_kind = {r["kind"]: r for r in rows}
    hugo, cmark = by_kind.get("hugo"), by_kind.get("cmark")
    print()
    print(f"### {config['corpus']} ({input_bytes / 1e6:.1f} MB of Markdown in {input_files} files), "
          f"medians of {runs} runs")
    print()
    header = ["", "wall s", "CPU s (user+sys)", "CPU/wall", "peak RSS MiB", "output MB", "output/input",
              "wall/Hugo", "CPU/cmark"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for r in rows:
        output = f"{r['output_bytes'] / 1e6:.1f}" if "output_bytes" in r else "–"
        ratio = f"{r['output_bytes'] / input_bytes:.2f}×" if "output_bytes" in r else "–"
        vs_hugo = f"{100 * r['wall'] / hugo['wall']:.1f}%" if hugo and r["kind"] in ("sitegen", "sitegen-theme") else "–"
        vs_cmark = f"{r['cpu'] / cmark['cpu']:.2f}×" if cmark and r is not cmark else "–"
        print(f"| {r['name']} | {r['wall']:.3f} | {r['cpu']:.3f} | {r['cpu'] / r['wall']:.2f} | "
              f"{r['max_rss_mib']:.0f} | {output} | {ratio} | {vs_hugo} | {vs_cmark} |")
    print()
    spread = ", ".join(f"{r['name']} {r['wall_min']:.2f}–{r['wall_max']:.2f}" for r in rows)
    print(f"Wall-time range over the runs: {spread} s. "
          f"Load average (1 min) before and after: {load_before} and {load_after}.")


    with open(config["results"], "w", encoding="utf-8") as f:
        json.dump({"corpus": config["corpus"], "chapters": input_files, "input_bytes": input_bytes,
                   "runs": runs, "rows": rows}, f, indent=1)


def read_load():
    with open("/proc/loadavg", encoding="ascii") as f:
        return f.read().split()[0]


def tree_size_md(path):
    """Total size and count of the corpus's Markdown files (the bytes every tool reads)."""
    total = files = 0
    for name in os.listdir(path):
        if name.endswith(".md"):
            total += os.path.getsize(os.path.join(path, name))
            files += 1
    return total, files


def summary(paths):
    """Linearity (1k against 10k) and the targets of issue 8, checked on the largest corpus."""
    results = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            results.append(json.load(f))
    results.sort(key=lambda r: r["chapters"])
    if len(results) > 1:
        small, large = results[0], results[-1]
        print(f"### Cost per chapter, {small['chapters']:,} against {large['chapters']:,} chapters")
        print()
        print("| | wall ms/chapter | CPU ms/chapter | wall ratio per chapter |")
        print("|---|---|---|---|")
        for row_small, row_large in zip(small["rows"], large["rows"]):
            w1, w2 = 1000 * row_small["wall"] / small["chapters"], 1000 * row_large["wall"] / large["chapters"]
            c1, c2 = 1000 * row_small["cpu"] / small["chapters"], 1000 * row_large["cpu"] / large["chapters"]
            print(f"| {row_small['name']} | {w1:.3f} → {w2:.3f} | {c1:.3f} → {c2:.3f} | {w2 / w1:.2f} |")
        print()
    largest = results[-1]
    rows = {r["kind"]: r for r in largest["rows"]}
    for new_kind, old_kind, label in [("sitegen", "baseline", "bench templates"), ("sitegen-theme", "baseline-theme", "default theme")]:
        new, old = rows.get(new_kind), rows.get(old_kind)
        if new and old:
            print(f"This build against the baseline on {largest['chapters']:,} chapters, {label}: "
                  f"wall {new['wall'] / old['wall']:.3f}×, CPU {new['cpu'] / old['cpu']:.3f}×, "
                  f"peak memory {new['max_rss_mib']:.0f} against {old['max_rss_mib']:.0f} MiB")
            print()
    sitegen, hugo, cmark = rows.get("sitegen"), rows.get("hugo"), rows.get("cmark")
    theme = rows.get("sitegen-theme")
    if not (sitegen and hugo and cmark):
        return
    print(f"### Targets of issue 8 on {largest['chapters']:,} chapters (sitegen with the bench templates; "
          f"output size with the default theme)")
    print()
    checks = [
        ("wall ≤ 15% of Hugo's", sitegen["wall"] <= 0.15 * hugo["wall"], f"{100 * sitegen['wall'] / hugo['wall']:.1f}%"),
        ("peak memory ≤ 300 MiB", sitegen["max_rss_mib"] <= 300, f"{sitegen['max_rss_mib']:.0f} MiB"),
        ("CPU ≤ 2.5× cmark's", sitegen["cpu"] <= 2.5 * cmark["cpu"], f"{sitegen['cpu'] / cmark['cpu']:.2f}×"),
        ("both cores used (CPU/wall > 1.5)", sitegen["cpu"] / sitegen["wall"] > 1.5, f"{sitegen['cpu'] / sitegen['wall']:.2f}"),
    ]
    if theme and "output_bytes" in theme:
        ratio = theme["output_bytes"] / largest["input_bytes"]
        checks.append(("default theme output ≤ 4× input", ratio <= 4, f"{ratio:.2f}×"))
        checks.append(("default theme peak memory ≤ 300 MiB", theme["max_rss_mib"] <= 300, f"{theme['max_rss_mib']:.0f} MiB"))
    print("| target | measured | met |")
    print("|---|---|---|")
    for name, met, value in checks:
        print(f"| {name} | {value} | {'yes' if met else 'NO'} |")
    print()


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "run":
        measure(sys.argv[2])
    elif len(sys.argv) >= 3 and sys.argv[1] == "summary":
        summary(sys.argv[2:])
    else:
        sys.exit("usage: measure.py run CONFIG.json | measure.py summary RESULTS.json...")

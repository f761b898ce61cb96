#!/usr/bin/env python3
"""Benchmarks/pathological.py [--runs N] [--cli cmark-gfm] [--sitegen PATH]

Times the cmark-gfm CLI (the library sitegen links) on pathological inputs
for tables, emphasis and the other extensions, each at sizes n, 2n, 4n and 8n,
with hyperfine. Prints one row per input: the mean times and the ratio of
the 8n time to the n time (about 8 for linear, 64 for quadratic). With
--sitegen, also times `sitegen render` on the same inputs.

The inputs follow the shapes of cmark's and cmark-gfm's pathological tests
and of published advisories; sizes are picked so that n takes a few ms.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile

EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist",
              "-e", "footnotes", "--table-prefer-style-attributes"]

# name -> (function of n giving the Markdown, n)
CASES = {
    # Tables
    "long table (3 columns, n rows)": (lambda n: "a|b|c\n-|-|-\n" + "x|y|z\n" * n, 20000),
    "wide table (n columns, 1 row)": (lambda n: "x|" * n + "\n" + "-|" * n + "\n" + "y|" * n + "\n", 1000),
    "square table (√n × √n cells)": (lambda n: (lambda k: "x|" * k + "\n" + "-|" * k + "\n" + ("y|" * k + "\n") * k)(int(n ** 0.5)), 40000),
    "short rows padded (n columns, n one-cell rows)": (lambda n: "x|" * n + "\n" + "-|" * n + "\n" + "x\n" * n, 500),
    "row longer than header (1 column, rows of n cells)": (lambda n: "a\n-\n" + ("x|" * n + "\n") * 10, 100000),
    "escaped pipes in cells": (lambda n: "a|b\n-|-\n" + ("`\\|" * 50 + "`|y\n") * (n // 50), 20000),
    "table lines with pipes under a paragraph": (lambda n: "a\n" + "|" * n + "\n-|-\n", 20000),
    "many tables": (lambda n: "a|b\n-|-\nc|d\n\n" * n, 5000),
    # Emphasis and other inlines
    "nested strong emphasis": (lambda n: "*a **a " * n + "b" + " a** a*" * n, 5000),
    "emphasis openers, no closers": (lambda n: "_a " * n, 20000),
    "emphasis closers, no openers": (lambda n: "a_ " * n, 20000),
    "mismatched openers and closers": (lambda n: "*a_ " * n, 20000),
    "openers and closers multiple of 3": (lambda n: "a**b" + "c* " * n, 20000),
    "link openers and emphasis closers": (lambda n: "[ a_" * n, 20000),
    "emphasis in nested block quotes": (lambda n: "> " * n + "a*" * n, 2000),
    "strikethrough openers, no closers": (lambda n: "~a " * n, 20000),
    "double tildes mixed": (lambda n: "~~a~ " * n, 20000),
    "nested brackets": (lambda n: "[" * n + "a" + "]" * n, 20000),
    "unclosed links": (lambda n: "[a](<b" * n, 10000),
    "inline HTML comment openers": (lambda n: "a" + "<!--" * n, 10000),
    "autolink candidates": (lambda n: "www.a " * n + "x@y.z " * n, 10000),
    "footnote references": (lambda n: "".join(f"[^{i}]" for i in range(n)) + "\n\n" + "".join(f"[^{i}]: x\n" for i in range(n)), 5000),
}

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cli", default="cmark-gfm")
    parser.add_argument("--sitegen")
    parser.add_argument("--only", action="append", help="run only the cases whose name contains this (repeatable)")
    args = parser.parse_args()
    for tool in ("hyperfine", args.cli):
        if not shutil.which(tool):
            sys.exit(f"Benchmarks/pathological.py: {tool} is required (apt-get install {tool})")
    work = tempfile.mkdtemp(prefix="sitegen-pathological-")
    empty_content = os.path.join(work, "content")
    os.mkdir(empty_content)
    version = subprocess.run([args.cli, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    print(f"# {version}; mean of {args.runs} runs (hyperfine); ratio = t(8n) / t(n): 8 is linear, 64 quadratic")
    print("| input | n | t(n) ms | t(2n) | t(4n) | t(8n) | ratio |")
    print("|---|---|---|---|---|---|---|")
    crashes = []
    try:
        for name, (make, n) in CASES.items():
            if args.only and not any(part in name for part in args.only):
                continue
            commands = [("cmark-gfm", [args.cli] + EXTENSIONS)]
            if args.sitegen:
                commands.append(("sitegen", [args.sitegen, "render", "--content", empty_content]))
            for label, argv in commands:
                times = []
                for factor in (1, 2, 4, 8):
                    path = os.path.join(work, f"in-{factor}.md")
                    with open(path, "w") as f:
                        f.write(make(n * factor))
                    # After a run above 10 s the next would take too long: stop there.
                    if times and not times[-1] <= 10:
                        times.append(float("nan"))
                        continue
                    export = os.path.join(work, "out.json")
                    command = " ".join(argv) + f" {path} > /dev/null" if label == "cmark-gfm" else " ".join(argv[:1] + ["render", path] + argv[2:]) + " > /dev/null"
                    # A crash (the CLI's assertions abort on some inputs) is reported, not timed.
                    status = subprocess.run(["bash", "-c", command], stderr=subprocess.DEVNULL).returncode
                    if status != 0:
                        crashes.append(f"{name}{'' if label == 'cmark-gfm' else ' (sitegen render)'} at {factor}n: exit status {status}")
                        times.append(float("nan"))
                        continue
                    subprocess.run(["hyperfine", "--runs", str(args.runs), "--warmup", "1", "--shell=bash",
                                    "--export-json", export, "--style", "none", command],
                                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    with open(export) as f:
                        times.append(json.load(f)["results"][0]["mean"])
                ms = [f"{t * 1000:.1f}" if t == t else "–" for t in times]
                ratio = times[3] / times[0] if times[3] == times[3] else float("inf")
                who = "" if label == "cmark-gfm" else " (sitegen render)"
                print(f"| {name}{who} | {n:,} | {ms[0]} | {ms[1]} | {ms[2]} | {ms[3]} | {ratio:.1f} |", flush=True)
        for crash in crashes:
            print(f"- crashed: {crash}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()

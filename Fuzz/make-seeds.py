#!/usr/bin/env python3
"""Writes the seed corpora for the fuzz targets: make-seeds.py ROOT OUT.

Seeds come from the shipped content, the test fixtures and, when the folder
exists, ../shared/commonmark's examples. They are copied at run time into OUT
(git-ignored), never committed.
"""
import json
import pathlib
import re
import shutil
import sys

root = pathlib.Path(sys.argv[1]).resolve()
out = pathlib.Path(sys.argv[2])
shutil.rmtree(out, ignore_errors=True)
seeds = {name: [] for name in ["FuzzMarkdownPage", "FuzzFrontMatter", "FuzzExpressions", "FuzzDiagrams", "FuzzNetworks", "FuzzSearchTokenizer"]}

markdown_files = sorted(root.glob("content/**/*.md")) + sorted(root.glob("Tests/Fixtures/**/content/**/*.md"))
yaml_files = sorted(root.glob("content/**/*.yml")) + sorted(root.glob("Tests/Fixtures/**/content/**/*.yml"))

fence = re.compile(r"^```(diagram|model)\n(.*?)^```", re.S | re.M)
placeholder = re.compile(r"\{\{(.*?)\}\}")
for path in markdown_files:
    text = path.read_text(encoding="utf-8")
    seeds["FuzzMarkdownPage"].append(text)
    seeds["FuzzFrontMatter"].append(text)
    seeds["FuzzSearchTokenizer"].append(text)
    for kind, body in fence.findall(text):
        seeds["FuzzDiagrams" if kind == "diagram" else "FuzzNetworks"].append(body)
    seeds["FuzzExpressions"].extend(placeholder.findall(text))
for path in yaml_files:
    text = path.read_text(encoding="utf-8")
    if "/models/" in str(path):
        seeds["FuzzNetworks"].append(text)
    else:
        seeds["FuzzFrontMatter"].append(text)
seeds["FuzzExpressions"] += ["full / local | orders", "2 ^ 62 * 4 | cn", "(1 + 2) * 3 - 4 / 5 | sci", "982081 | cn-count"]

# The tokenizer's parity table: mixed scripts, digits, emoji, combining marks.
for row in json.loads((root / "Tests" / "search" / "tokens.json").read_text(encoding="utf-8")):
    seeds["FuzzSearchTokenizer"].append(row["text"])

commonmark = root.parent / "shared" / "commonmark"
if commonmark.is_dir():
    example = re.compile(r"^`{32} example[^\n]*\n(.*?)^\.\n", re.S | re.M)
    for path in sorted(commonmark.glob("*.txt")):
        for markdown in example.findall(path.read_text(encoding="utf-8")):
            seeds["FuzzMarkdownPage"].append(markdown.replace("→", "\t"))
else:
    print("fuzz: ../shared/commonmark is absent; seeding from the project's own files only", file=sys.stderr)

for name, texts in seeds.items():
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(dict.fromkeys(texts)):
        (folder / f"seed-{index:05d}").write_text(text, encoding="utf-8")
    print(f"fuzz: {name}: {len(set(texts))} seeds", file=sys.stderr)

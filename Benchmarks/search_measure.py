#!/usr/bin/env python3
"""search_measure.py: sitegen's search index against Pagefind on one site (run by Benchmarks/search).

Usage: search_measure.py --name NAME --content DIR --templates DIR --sitegen BIN --pagefind PYTHON
                         --work DIR --runs N [--queries N]

1. Builds the site with the default theme, alternating `search: true` and `search: false`
   in site.yml, N times each, under /usr/bin/time -v: sitegen's time and memory with and
   without its index.
2. Runs Pagefind (PyPI pagefind[extended], `python -m pagefind`) on the build without
   search, under /usr/bin/time -v.
3. Bytes and files of each index.
4. A query set drawn from the section texts (a fixed seed): 2-, 3- and 4-character Han
   words, 6- to 8-character phrases, English words, and an English word with a Han word.
5. In headless Chromium over HTTP (Pagefind cannot run from file://), from a fresh page for
   each query, with the browser's cache off: bytes loaded (counted by the server) and time to the first 10 results with their
   snippets (sitegen: search() with the phrase check and text blocks; Pagefind: search()
   and data() of the first 10), cold and again once loaded.
6. Recall and precision against a plain substring search: sitegen per section (its
   candidates from the posting lists, then with the phrase check it applies to the results
   it shows), Pagefind per page (its granularity).
Prints a Markdown table and writes it, with the raw figures, into the work folder.
"""

import argparse
import base64
import functools
import gzip
import http.server
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "Tests", "browser"))
from browser_session import BrowserSession  # noqa: E402


def timed(argv, cwd=None):
    """Runs a command under /usr/bin/time -v: wall seconds (own clock), CPU seconds, peak MiB."""
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v"] + argv, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"search_measure: {' '.join(argv)} failed:\n{result.stdout}\n{result.stderr}")
    fields = {}
    for line in result.stderr.splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return {"wall": wall, "cpu": cpu, "rss_mib": int(fields["Maximum resident set size (kbytes)"]) / 1024}


def tree(path):
    count = size = 0
    for directory, _, files in os.walk(path):
        for name in files:
            count += 1
            size += os.path.getsize(os.path.join(directory, name))
    return count, size


def set_search(site_yml, enabled, original):
    text = original.rstrip("\n") + "\n" + ("" if enabled else "search: false\n")
    with open(site_yml, "w", encoding="utf-8") as file:
        file.write(text)


# ---- The section texts, from sitegen's own text blocks

def read_sections(search_dir):
    """[(url, title, id, heading, text)] in section order."""
    sections = []
    blocks = sorted(os.listdir(os.path.join(search_dir, "d")), key=lambda name: int(name.split(".")[0]))
    for name in blocks:
        script = open(os.path.join(search_dir, "d", name), encoding="utf-8").read()
        encoded = script[script.index('"') + 1:script.rindex('"')]
        pages = json.loads(zlib.decompress(base64.b64decode(encoded), -15))
        for url, title, items in pages:
            for section_id, heading, text in items:
                sections.append((url, title, section_id, heading, text))
    return sections


def fold(text):
    """The search tokenizer's folding: NFKC, each character lower-cased, NFKC again."""
    normalized = unicodedata.normalize("NFKC", text)
    lowered = "".join(ch.lower() for ch in normalized)
    return unicodedata.normalize("NFKC", lowered) if lowered != normalized else lowered


def parts_of(query):
    return [fold(part) for part in query.split() if part]


def contains_all(parts, folded):
    return all(part in folded for part in parts)


# ---- Queries

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")


def make_queries(sections, per_kind):
    rng = random.Random(14)
    texts = [s[3] + "\n" + s[4] for s in sections if s[4] or s[3]]
    queries = []

    def han_window(length):
        for _ in range(1000):
            runs = [run for run in HAN_RUN.findall(rng.choice(texts)) if len(run) >= length]
            if runs:
                run = rng.choice(runs)
                start = rng.randrange(len(run) - length + 1)
                return run[start:start + length]
        return None

    def add(kind, query):
        if query and (kind, query) not in queries:
            queries.append((kind, query))

    for length, kind in [(2, "2-char"), (3, "3-char"), (4, "4-char")]:
        for _ in range(per_kind):
            add(kind, han_window(length))
    for _ in range(per_kind):
        add("phrase", han_window(rng.choice([6, 7, 8])))
    words = sorted({word for text in texts for word in WORD.findall(text)})
    for _ in range(per_kind):
        if words:
            add("English", rng.choice(words))
    for _ in range(per_kind):
        if words:
            add("mixed", rng.choice(words) + " " + (han_window(2) or ""))
    return queries


# ---- A static server for the built sites

class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """The stock handler, recording the path and size of every file it serves: the bytes a
    query loads, counted where they leave, whoever asked (the page or a worker)."""

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        super().do_GET()
        if os.path.isfile(path):
            with self.server.lock:
                self.server.served.append((self.path, os.path.getsize(path)))


def serve(directory):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=directory))
    server.lock = threading.Lock()
    server.served = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def served_since(server, mark, classify):
    """Bytes by kind of the files served after `mark` (an index into server.served)."""
    with server.lock:
        served = server.served[mark:]
    totals = {"index": 0, "text": 0, "code": 0, "files": 0}
    for path, size in served:
        kind = classify(path)
        if kind:
            totals[kind] += size
            totals["files"] += 1
    return totals


def classify_ours(path):
    if "/search/d/" in path:
        return "text"
    return "index" if "/search/" in path else None


def classify_theirs(path):
    if "/pagefind/" not in path:
        return None
    if path.endswith(".pf_fragment"):
        return "text"
    if path.endswith((".js", ".css")) or "wasm" in path:
        return "code"
    return "index"


SITEGEN_QUERY = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
const wait = () => window.sitegenSearch && window.sitegenSearch.index ? run() : setTimeout(wait, 10);
async function run() {
  const index = window.sitegenSearch.index;
  performance.setResourceTimingBufferSize(100000);
  performance.clearResourceTimings();
  const t0 = performance.now();
  const first = await index.search(query, 10, 200);
  const t1 = performance.now();
  await index.search(query, 10, 200);
  const t2 = performance.now();
  const bytes = {index: 0, text: 0, files: 0};
  for (const entry of performance.getEntriesByType("resource")) {
    if (!entry.name.includes("/search/")) continue;
    bytes.files += 1;
    if (entry.name.includes("/search/d/")) bytes.text += entry.encodedBodySize; else bytes.index += entry.encodedBodySize;
  }
  const candidates = await index.candidates(window.sitegenSearch.parseQuery(query));
  done({cold: t1 - t0, warm: t2 - t1, bytes, shown: first.results.length, candidates: candidates.map(c => c.section)});
}
wait();
"""

PAGEFIND_QUERY = """
const [query, base, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
(async () => {
  performance.setResourceTimingBufferSize(100000);
  performance.clearResourceTimings();
  const t0 = performance.now();
  const pagefind = await import(base + "pagefind/pagefind.js");
  await pagefind.init();
  const result = await pagefind.search(query);
  await Promise.all(result.results.slice(0, 10).map(r => r.data()));
  const t1 = performance.now();
  const again = await pagefind.search(query);
  await Promise.all(again.results.slice(0, 10).map(r => r.data()));
  const t2 = performance.now();
  const bytes = {index: 0, text: 0, code: 0, files: 0};
  for (const entry of performance.getEntriesByType("resource")) {
    if (!entry.name.includes("/pagefind/")) continue;
    bytes.files += 1;
    if (entry.name.endsWith(".pf_fragment")) bytes.text += entry.encodedBodySize;
    else if (/\\.(js|wasm)$/.test(entry.name) || entry.name.includes("wasm")) bytes.code += entry.encodedBodySize;
    else bytes.index += entry.encodedBodySize;
  }
  done({cold: t1 - t0, warm: t2 - t1, bytes, ids: result.results.map(r => r.id)});
})().catch(e => done({error: String(e)}));
"""


def pagefind_urls(pagefind_dir):
    """Fragment id → page URL, read from Pagefind's own gzipped fragment files."""
    urls = {}
    folder = os.path.join(pagefind_dir, "fragment")
    for name in os.listdir(folder):
        data = json.loads(gzip.decompress(open(os.path.join(folder, name), "rb").read()).split(b"pagefind_dcd", 1)[-1])
        urls[name.rsplit(".", 1)[0]] = data["url"]
    return urls


def page_of(url):
    return url.rstrip("/").rsplit("/", 1)[-1] or "index.html"


def recall_precision(found, expected):
    found, expected = set(found), set(expected)
    hits = len(found & expected)
    recall = hits / len(expected) if expected else 1.0
    precision = hits / len(found) if found else (1.0 if not expected else 0.0)
    return recall, precision


def main():
    parser = argparse.ArgumentParser()
    for option in ["--name", "--content", "--templates", "--sitegen", "--pagefind", "--work"]:
        parser.add_argument(option, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=8, help="queries of each kind")
    args = parser.parse_args()

    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    site_yml = os.path.join(args.content, "site.yml")
    original = open(site_yml, encoding="utf-8").read()
    out_search, out_plain = os.path.join(work, "out-search"), os.path.join(work, "out-plain")
    build = lambda out: [args.sitegen, "build", "--quiet", "--content", args.content, "--templates", args.templates, "--output", out]

    print(f"== {args.name}: sitegen with and without search, {args.runs} runs each, alternating", flush=True)
    with_search, without = [], []
    try:
        for _ in range(args.runs):
            set_search(site_yml, True, original)
            with_search.append(timed(build(out_search)))
            set_search(site_yml, False, original)
            without.append(timed(build(out_plain)))
    finally:
        with open(site_yml, "w", encoding="utf-8") as file:
            file.write(original)

    print(f"== {args.name}: Pagefind", flush=True)
    shutil.rmtree(os.path.join(out_plain, "pagefind"), ignore_errors=True)
    pagefind_runs = [timed([args.pagefind, "-m", "pagefind", "--site", out_plain, "--silent"]) for _ in range(max(1, min(args.runs, 2)))]

    search_dir, pagefind_dir = os.path.join(out_search, "search"), os.path.join(out_plain, "pagefind")
    ours_files, ours_bytes = tree(search_dir)
    theirs_files, theirs_bytes = tree(pagefind_dir)
    script_bytes = os.path.getsize(os.path.join(out_search, "assets", "search.js"))

    sections = read_sections(search_dir)
    folded = [fold(title) + "\n" + fold(heading) + "\n" + fold(text) for _, title, _, heading, text in sections]
    pages = {}
    for (url, title, _, heading, text) in sections:
        pages.setdefault(url, [fold(title)]).append(fold(heading) + "\n" + fold(text))
    page_text = {url: "\n".join(parts) for url, parts in pages.items()}
    queries = make_queries(sections, args.queries)
    print(f"== {args.name}: {len(queries)} queries in headless Chromium over HTTP", flush=True)

    rows = []
    ours_server, ours_base = serve(out_search)
    theirs_server, theirs_base = serve(out_plain)
    fragment_urls = pagefind_urls(pagefind_dir)
    with BrowserSession(page_load_timeout=120) as session:
        session.driver.set_script_timeout(300)
        for kind, query in queries:
            parts = parts_of(query)
            expected_sections = [n for n, text in enumerate(folded) if contains_all(parts, text)]
            expected_pages = [url for url, text in page_text.items() if contains_all(parts, text)]
            session.driver.get(ours_base + "index.html")
            mark = len(ours_server.served)
            ours = session.driver.execute_async_script(SITEGEN_QUERY, query)
            ours["bytes"] = served_since(ours_server, mark, classify_ours)
            verified = [n for n in ours["candidates"] if contains_all(parts, folded[n])]
            session.driver.get(theirs_base + "index.html")
            mark = len(theirs_server.served)
            theirs = session.driver.execute_async_script(PAGEFIND_QUERY, query, theirs_base)
            theirs["bytes"] = served_since(theirs_server, mark, classify_theirs)
            if "error" in theirs:
                sys.exit(f"search_measure: Pagefind failed on {query!r}: {theirs['error']}")
            their_pages = [page_of(fragment_urls.get(i, i)) for i in theirs["ids"]]
            rows.append({
                "kind": kind, "query": query, "expected_sections": len(expected_sections), "expected_pages": len(expected_pages),
                "ours": {"cold": ours["cold"], "warm": ours["warm"], "bytes": ours["bytes"], "shown": ours["shown"],
                         "candidates": recall_precision(ours["candidates"], expected_sections),
                         "verified": recall_precision(verified, expected_sections)},
                "theirs": {"cold": theirs["cold"], "warm": theirs["warm"], "bytes": theirs["bytes"],
                           "pages": recall_precision(their_pages, expected_pages), "results": len(their_pages)},
            })
    ours_server.shutdown()
    theirs_server.shutdown()

    def median(values):
        return statistics.median(values) if values else float("nan")

    def worst(values):
        return max(values) if values else float("nan")

    chinese = [r for r in rows if r["kind"] in ("2-char", "3-char", "4-char")]
    on = {k: median([r[k] for r in with_search]) for k in ("wall", "cpu")}
    off = {k: median([r[k] for r in without]) for k in ("wall", "cpu")}
    lines = [
        f"### {args.name}: {len(sections):,} sections in {len(page_text):,} pages, {len(queries)} queries",
        "",
        "| | sitegen index | Pagefind 1.5.2 (extended) |",
        "|---|---|---|",
        f"| index time (wall, median) | {on['wall'] - off['wall']:.2f} s added to a {off['wall']:.2f} s build (+{100 * (on['wall'] / off['wall'] - 1):.0f}%) | {median([r['wall'] for r in pagefind_runs]):.2f} s after the build |",
        f"| index CPU (median) | {on['cpu'] - off['cpu']:.2f} s added to {off['cpu']:.2f} s (+{100 * (on['cpu'] / off['cpu'] - 1):.0f}%) | {median([r['cpu'] for r in pagefind_runs]):.2f} s |",
        f"| peak memory | {max(r['rss_mib'] for r in with_search):.0f} MiB (build without search: {max(r['rss_mib'] for r in without):.0f} MiB) | {max(r['rss_mib'] for r in pagefind_runs):.0f} MiB |",
        f"| on disk | {ours_bytes / 1e6:.2f} MB in {ours_files:,} files, + search.js {script_bytes / 1e3:.0f} KB | {theirs_bytes / 1e6:.2f} MB in {theirs_files:,} files |",
        f"| index loaded by a 2–4-char Chinese query (median / max) | {median([r['ours']['bytes']['index'] for r in chinese]) / 1e3:.0f} / {worst([r['ours']['bytes']['index'] for r in chinese]) / 1e3:.0f} KB | {median([r['theirs']['bytes']['index'] for r in chinese]) / 1e3:.0f} / {worst([r['theirs']['bytes']['index'] for r in chinese]) / 1e3:.0f} KB (+ {median([r['theirs']['bytes']['code'] for r in chinese]) / 1e3:.0f} KB js/wasm) |",
        f"| text loaded for 10 results' snippets, all queries (median / max) | {median([r['ours']['bytes']['text'] for r in rows]) / 1e3:.0f} / {worst([r['ours']['bytes']['text'] for r in rows]) / 1e3:.0f} KB | {median([r['theirs']['bytes']['text'] for r in rows]) / 1e3:.0f} / {worst([r['theirs']['bytes']['text'] for r in rows]) / 1e3:.0f} KB |",
        f"| first 10 results, cold page (median / max) | {median([r['ours']['cold'] for r in rows]):.0f} / {worst([r['ours']['cold'] for r in rows]):.0f} ms | {median([r['theirs']['cold'] for r in rows]):.0f} / {worst([r['theirs']['cold'] for r in rows]):.0f} ms |",
        f"| same query once loaded (median / max) | {median([r['ours']['warm'] for r in rows]):.1f} / {worst([r['ours']['warm'] for r in rows]):.1f} ms | {median([r['theirs']['warm'] for r in rows]):.1f} / {worst([r['theirs']['warm'] for r in rows]):.1f} ms |",
        f"| recall, min over queries | sections: {min(r['ours']['candidates'][0] for r in rows):.1%} (posting lists), {min(r['ours']['verified'][0] for r in rows):.1%} (after the phrase check) | pages: {min(r['theirs']['pages'][0] for r in rows):.1%} |",
        f"| precision, mean over queries | sections: {statistics.mean(r['ours']['candidates'][1] for r in rows):.1%} (posting lists), {statistics.mean(r['ours']['verified'][1] for r in rows):.1%} (after the phrase check) | pages: {statistics.mean(r['theirs']['pages'][1] for r in rows):.1%} |",
        "",
        "| kind | queries | sitegen recall (lists) | sitegen precision (lists) | Pagefind recall (pages) | Pagefind precision (pages) |",
        "|---|---|---|---|---|---|",
    ]
    for kind in ["2-char", "3-char", "4-char", "phrase", "English", "mixed"]:
        group = [r for r in rows if r["kind"] == kind]
        if not group:
            continue
        lines.append(f"| {kind} | {', '.join(r['query'] for r in group)} | "
                     f"{min(r['ours']['candidates'][0] for r in group):.1%} min | {statistics.mean(r['ours']['candidates'][1] for r in group):.1%} mean | "
                     f"{min(r['theirs']['pages'][0] for r in group):.1%} min | {statistics.mean(r['theirs']['pages'][1] for r in group):.1%} mean |")
    table = "\n".join(lines) + "\n"
    print(table)
    with open(os.path.join(work, "table.md"), "w", encoding="utf-8") as file:
        file.write(table)
    with open(os.path.join(work, "results.json"), "w", encoding="utf-8") as file:
        json.dump({"with_search": with_search, "without": without, "pagefind": pagefind_runs, "queries": rows}, file, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""serve_measure.py: the measuring half of Benchmarks/serve (which prepares the
corpus, the templates, the Hugo copy and the Python environment, then runs this).

For each server in turn (`sitegen serve`, then `hugo server` in its default fast
render mode), on the same corpus:

- start-up: from spawning the server to the first GET of the edited chapter that
  answers 200 with the page (sitegen listens at once and answers once its first
  build is done; Hugo listens once its first build is done);
- it subscribes to the server's reload channel, as a browser's live-reload client
  does: sitegen's server-sent events at /__sitegen/events, Hugo's livereload
  WebSocket at /livereload (the `websocket-client` package);
- then, `--runs` times each, in rounds (body, title, template, body, …):
  body edit     a line appended to the chapter (open, write, close);
  title edit    the chapter's front matter `title:` rewritten;
  template edit a paragraph added to the chapter template;
  and for each: the time from the write (just before the file is opened) until
  the first reload message arrives, and until a GET of the chapter (repeated every
  --poll-ms on one keep-alive connection, from the moment of the write) answers
  with the new text. The file is then restored and the restore's rebuild waited
  for, untimed;
- peak memory: VmHWM of the server process (/proc/PID/status), after start-up and
  at the end;
- the server's own figure for each rebuild (sitegen's terminal line "…, N ms",
  Hugo's "Total in N ms"), for reference.

Before the servers, `sitegen build` of the same corpus runs --runs times (wall
time, peak RSS through wait4): the title edit's target is one full build.

Writes table.md and results.json into --work and prints the table.
"""
import argparse
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

import websocket  # websocket-client, in Benchmarks/serve's virtual environment

BODY_TARGET_MS = 50
MEMORY_TARGET_MIB = 300


def now():
    return time.monotonic()


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def memory_kib(pid, field):
    """A field of /proc/PID/status in KiB (VmHWM: the peak resident set so far), or None."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process whose stdout and stderr lines are kept with their arrival times."""

    def __init__(self, name, argv, cwd):
        self.name = name
        self.lines = []  # (time, text)
        self.lock = threading.Lock()
        self.spawned = now()
        self.process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for raw in self.process.stdout:
            text = raw.decode("utf-8", "replace").rstrip("\n")
            with self.lock:
                self.lines.append((now(), text))

    def wait_for_line(self, pattern, timeout):
        deadline = now() + timeout
        regex = re.compile(pattern)
        while now() < deadline:
            with self.lock:
                for _, text in self.lines:
                    match = regex.search(text)
                    if match:
                        return match
            if self.process.poll() is not None:
                break
            time.sleep(0.01)
        raise RuntimeError(f"{self.name}: no line matching {pattern!r} within {timeout} s; output:\n" + self.output())

    def lines_since(self, t):
        with self.lock:
            return [text for when, text in self.lines if when >= t]

    def output(self):
        with self.lock:
            return "\n".join(text for _, text in self.lines[-40:])

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class ReloadListener:
    """Collects a server's reload messages with their arrival times, on a thread."""

    def __init__(self):
        self.messages = []  # (time, dict)
        self.lock = threading.Lock()
        self.failure = None

    def count(self):
        with self.lock:
            return len(self.messages)

    def wait_after(self, index, timeout):
        """The first message past `index` (its time and content), or None after `timeout`."""
        deadline = now() + timeout
        while now() < deadline:
            with self.lock:
                if len(self.messages) > index:
                    return self.messages[index]
            if self.failure:
                raise RuntimeError(self.failure)
            time.sleep(0.001)
        return None

    def _record(self, message):
        t = now()
        with self.lock:
            self.messages.append((t, message))


class ServerSentEvents(ReloadListener):
    """sitegen's channel: a GET of /__sitegen/events, one `data:` line per event."""

    def __init__(self, host, port, path="/__sitegen/events"):
        super().__init__()
        self.connection = http.client.HTTPConnection(host, port, timeout=None)
        self.connection.request("GET", path, headers={"Accept": "text/event-stream"})
        self.response = self.connection.getresponse()
        if self.response.status != 200:
            raise RuntimeError(f"{path}: status {self.response.status}")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            while True:
                line = self.response.readline()
                if not line:
                    break
                if line.startswith(b"data:"):
                    self._record(json.loads(line[5:].decode("utf-8")))
        except Exception as error:  # the stream closes when the server stops
            self.failure = None if isinstance(error, (OSError, http.client.HTTPException, ValueError)) else repr(error)

    def close(self):
        try:
            self.connection.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.connection.close()


class LiveReloadSocket(ReloadListener):
    """Hugo's channel: the livereload protocol over a WebSocket at /livereload."""

    def __init__(self, host, port):
        super().__init__()
        self.socket = websocket.create_connection(f"ws://{host}:{port}/livereload", timeout=30)
        self.socket.send(json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
        self.socket.settimeout(None)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            while True:
                text = self.socket.recv()
                if not text:
                    break
                message = json.loads(text)
                if message.get("command") == "reload":
                    self._record(message)
        except Exception:
            pass  # closed when the server stops

    def close(self):
        try:
            self.socket.close()
        except Exception:
            pass


class PagePoller:
    """GETs one page on a keep-alive connection until its body holds (or lacks) a text."""

    def __init__(self, host, port, path):
        self.host, self.port, self.path = host, port, path
        self.connection = None

    def get(self):
        for _ in range(3):
            try:
                if self.connection is None:
                    self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
                self.connection.request("GET", self.path, headers={"Cache-Control": "no-cache"})
                response = self.connection.getresponse()
                return response.status, response.read()
            except (OSError, http.client.HTTPException):
                if self.connection is not None:
                    self.connection.close()
                self.connection = None
                time.sleep(0.01)
        return None, b""

    def wait(self, text, present, interval, timeout):
        """The time at which the page first answered 200 with `text` present (or absent)."""
        needle = text.encode("utf-8")
        deadline = now() + timeout
        while now() < deadline:
            status, body = self.get()
            t = now()
            if status == 200 and (needle in body) == present:
                return t
            time.sleep(interval)
        return None

    def close(self):
        if self.connection is not None:
            self.connection.close()


def write_file(path, data):
    # One save as an editor without atomic saves makes it: open, write, close.
    with open(path, "wb") as f:
        f.write(data)


class Edit:
    """One kind of edit: which file, its new bytes, and the text that shows it is served."""

    def __init__(self, kind, path, original, edited, marker):
        self.kind, self.path, self.original, self.edited, self.marker = kind, path, original, edited, marker


def make_edit(kind, chapter_path, template_path, tool, run):
    marker = f"serve-bench {kind} {tool} {run} {os.getpid()}"
    if kind == "body":
        original = open(chapter_path, "rb").read()
        return Edit(kind, chapter_path, original, original + f"\n{marker}\n".encode("utf-8"), marker)
    if kind == "title":
        original = open(chapter_path, "rb").read()
        text = original.decode("utf-8")
        edited, count = re.subn(r"^title: (.*)$", lambda m: f"title: {m.group(1)} {marker}", text, count=1, flags=re.M)
        if count != 1:
            raise RuntimeError(f"{chapter_path}: no 'title:' line in the front matter")
        return Edit(kind, chapter_path, original, edited.encode("utf-8"), marker)
    if kind == "template":
        original = open(template_path, "rb").read()
        text = original.decode("utf-8")
        if "</main>" not in text:
            raise RuntimeError(f"{template_path}: no </main> to put the edit before")
        return Edit(kind, template_path, original, text.replace("</main>", f"<p>{marker}</p></main>", 1).encode("utf-8"), marker)
    raise ValueError(kind)


REBUILD_MS = {
    "sitegen": re.compile(r"re-rendered, .*?(\d+) ms$"),
    "hugo": re.compile(r"Total in (\d+) ms"),
}


def measure_server(tool, argv, cwd, host, port_from_output, page_path, chapter_path, template_path, runs, poll_interval, timeout):
    """Starts one server, times the edits, stops it; returns the raw figures."""
    result = {"tool": tool, "argv": argv, "edits": {"body": [], "title": [], "template": []}}
    server = Server(tool, argv, cwd)
    listener = poller = None
    try:
        port = port_from_output(server)
        poller = PagePoller(host, port, page_path)
        # Start-up: spawn → the first 200 of the chapter (sitegen's answer waits for its first build).
        deadline = now() + timeout
        first = None
        while now() < deadline:
            status, body = poller.get()
            if status == 200 and len(body) > 0:
                first = now()
                break
            if server.process.poll() is not None:
                raise RuntimeError(f"{tool} exited with status {server.process.returncode}:\n" + server.output())
            time.sleep(0.005)
        if first is None:
            raise RuntimeError(f"{tool}: the chapter was not served within {timeout} s:\n" + server.output())
        result["startup_s"] = first - server.spawned
        result["vmhwm_after_startup_kib"] = memory_kib(server.process.pid, "VmHWM")
        listener = ServerSentEvents(host, port) if tool == "sitegen" else LiveReloadSocket(host, port)
        time.sleep(0.5)  # sitegen's first event (what this client missed) arrives at once; Hugo settles

        for run in range(1, runs + 1):
            for kind in ("body", "title", "template"):
                edit = make_edit(kind, chapter_path, template_path, tool, run)
                before = listener.count()
                t0 = now()
                write_file(edit.path, edit.edited)
                served = poller.wait(edit.marker, True, poll_interval, timeout)
                message = listener.wait_after(before, timeout)
                figures = {
                    "run": run,
                    "reload_ms": None if message is None else (message[0] - t0) * 1000,
                    "served_ms": None if served is None else (served - t0) * 1000,
                    "message": None if message is None else message[1],
                }
                time.sleep(0.3)  # the server's line for this rebuild
                figures["server_ms"] = [int(m.group(1)) for line in server.lines_since(t0) for m in [REBUILD_MS[tool].search(line)] if m]
                result["edits"][kind].append(figures)
                # Restore, untimed, and wait until the restored page is served and announced.
                before = listener.count()
                write_file(edit.path, edit.original)
                if poller.wait(edit.marker, False, poll_interval, timeout) is None:
                    raise RuntimeError(f"{tool}: the {kind} edit was not undone within {timeout} s:\n" + server.output())
                listener.wait_after(before, timeout)
                time.sleep(0.5 if tool == "sitegen" else 1.5)  # let the restore's rebuild finish
                r, s = figures["reload_ms"], figures["served_ms"]
                print(f"   {tool} {kind} edit {run}: reload message {fmt_ms(r)}, page served {fmt_ms(s)}, server says {figures['server_ms']}", file=sys.stderr)
        result["vmhwm_kib"] = memory_kib(server.process.pid, "VmHWM")
        if tool == "sitegen":
            # sitegen serve makes the search index when a page first asks for it
            # (as the search box does when the reader types): its cost, then the
            # peak memory with it.
            search = PagePoller(host, port, "/search/index.js")
            t0 = now()
            status, _ = search.get()
            result["search_index_ms"] = (now() - t0) * 1000 if status == 200 else None
            search.close()
            result["vmhwm_with_search_kib"] = memory_kib(server.process.pid, "VmHWM")
    finally:
        if listener:
            listener.close()
        if poller:
            poller.close()
        server.stop()
        result["exit_status"] = server.process.returncode
        result["output_tail"] = server.output()
    return result


def sitegen_port(server):
    return int(server.wait_for_line(r"serving http://127\.0\.0\.1:(\d+)/", 120).group(1))


def hugo_port(server):
    # Hugo listens once its first build is done; its line names the port it took.
    return int(server.wait_for_line(r"Web Server is available at \S*?:(\d+)/", 600).group(1))


def full_builds(sitegen, content, templates, output, runs):
    """`sitegen build` of the corpus, `runs` times: wall seconds and peak RSS (KiB) each."""
    figures = []
    for _ in range(runs):
        subprocess.run(["sync"])
        t0 = now()
        process = subprocess.Popen([sitegen, "build", "--quiet", "--content", content, "--templates", templates, "--output", output])
        _, status, usage = os.wait4(process.pid, 0)
        wall = now() - t0
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise RuntimeError(f"sitegen build failed with status {process.returncode}")
        figures.append({"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "maxrss_kib": usage.ru_maxrss})
        print(f"   sitegen build: {wall:.2f} s, {usage.ru_maxrss / 1024:.0f} MiB", file=sys.stderr)
    return figures


def fmt_ms(value):
    if value is None:
        return "—"
    return f"{value:.0f} ms" if value < 10_000 else f"{value / 1000:.1f} s"


def summary(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def fmt_summary(s, runs):
    if s is None:
        return "—"
    text = f"{fmt_ms(s['median'])} ({fmt_ms(s['min'])}–{fmt_ms(s['max'])})"
    if s["n"] < runs:
        text += f", {runs - s['n']} timed out"
    return text


def mib(kib):
    return "—" if kib is None else f"{kib / 1024:.0f} MiB"


def table(results, builds, args, load_before, load_after):
    runs = args.runs
    servers = {r["tool"]: r for r in results}
    order = [t for t in ("sitegen", "hugo") if t in servers]
    names = {"sitegen": "sitegen serve", "hugo": "hugo server"}
    build_wall = summary([b["wall_s"] * 1000 for b in builds])
    lines = [
        f"## Live preview, {args.label}",
        "",
        f"{os.cpu_count()} cores; load average {load_before} before, {load_after} after; {runs} runs of each edit; "
        f"medians (min–max); the page is polled every {args.poll_ms:g} ms.",
        "",
        "| | " + " | ".join(names[t] for t in order) + " | target (sitegen) |",
        "|---|" + "---|" * len(order) + "---|",
    ]

    def row(label, values, target=""):
        lines.append(f"| {label} | " + " | ".join(values) + f" | {target} |")

    row("start-up (spawn → first page served)", [fmt_ms(servers[t]["startup_s"] * 1000) for t in order])
    targets = {
        ("body", "reload"): f"≤ {BODY_TARGET_MS} ms",
        ("title", "reload"): f"≤ a full build ({fmt_ms(build_wall['median'])})" if build_wall else "≤ a full build",
    }
    for kind, label in (("body", "body edit (a line appended)"), ("title", "title edit (front matter)"), ("template", "template edit (chapter template)")):
        for what, words in (("reload", "write → reload message"), ("served", "write → new page served")):
            row(f"{label}: {words}", [fmt_summary(summary([e[f"{what}_ms"] for e in servers[t]["edits"][kind]]), runs) for t in order], targets.get((kind, what), ""))
        row(f"{label}: rebuild time the server reports", [fmt_summary(summary([e["server_ms"][0] if e["server_ms"] else None for e in servers[t]["edits"][kind]]), runs) for t in order])
    row("peak memory after start-up (VmHWM)", [mib(servers[t].get("vmhwm_after_startup_kib")) for t in order])
    row("peak memory after the edits (VmHWM)", [mib(servers[t].get("vmhwm_kib")) for t in order], f"≤ {MEMORY_TARGET_MIB} MiB")
    if "sitegen" in servers and "search_index_ms" in servers["sitegen"]:
        s = servers["sitegen"]
        row("search index on first request after the edits (GET search/index.js)", [fmt_ms(s["search_index_ms"]) if t == "sitegen" else "no search" for t in order])
        row("peak memory once the search index is made (VmHWM)", [mib(s.get("vmhwm_with_search_kib")) if t == "sitegen" else "—" for t in order])
    if builds:
        lines += [
            "",
            f"`sitegen build` of the same corpus: {fmt_summary(build_wall, runs)} wall, "
            f"{statistics.median(b['cpu_s'] for b in builds):.2f} s CPU, "
            f"{mib(statistics.median(b['maxrss_kib'] for b in builds))} peak RSS (median of {len(builds)}).",
        ]
    if "sitegen" in servers:
        s = servers["sitegen"]
        body = summary([e["reload_ms"] for e in s["edits"]["body"]])
        title = summary([e["reload_ms"] for e in s["edits"]["title"]])
        checks = []
        if body:
            checks.append(("body edit, write → reload message", fmt_ms(body["median"]), f"≤ {BODY_TARGET_MS} ms", body["median"] <= BODY_TARGET_MS and body["n"] == runs))
        if title and build_wall:
            checks.append(("title edit, write → reload message", fmt_ms(title["median"]), f"≤ {fmt_ms(build_wall['median'])} (full build)", title["median"] <= build_wall["median"] and title["n"] == runs))
        if s.get("vmhwm_kib"):
            checks.append(("peak memory after the edits", mib(s["vmhwm_kib"]), f"≤ {MEMORY_TARGET_MIB} MiB", s["vmhwm_kib"] <= MEMORY_TARGET_MIB * 1024))
        if s.get("vmhwm_with_search_kib"):
            checks.append(("peak memory, search index made too", mib(s["vmhwm_with_search_kib"]), f"≤ {MEMORY_TARGET_MIB} MiB", s["vmhwm_with_search_kib"] <= MEMORY_TARGET_MIB * 1024))
        lines += ["", "| target (issue 13) | sitegen | limit | |", "|---|---|---|---|"]
        lines += [f"| {name} | {value} | {limit} | {'met' if ok else 'missed'} |" for name, value, limit, ok in checks]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitegen", required=True)
    parser.add_argument("--content", required=True, help="the corpus (edited in place, and restored)")
    parser.add_argument("--templates", required=True, help="sitegen's templates (a copy: the chapter template is edited)")
    parser.add_argument("--hugo-site", help="Hugo's site folder (a copy: its single.html is edited); none: sitegen only")
    parser.add_argument("--work", required=True)
    parser.add_argument("--chapter", default="ch05000", help="the chapter edited (file name without .md)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--poll-ms", type=float, default=5)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--label", default="10,000 chapters")
    args = parser.parse_args()

    os.makedirs(args.work, exist_ok=True)
    host = "127.0.0.1"
    chapter_path = os.path.join(args.content, args.chapter + ".md")
    page = "/" + args.chapter + ".html"
    interval = args.poll_ms / 1000
    load_before = load_average()

    print(f"== sitegen build of the corpus, {args.runs} runs", file=sys.stderr)
    output = os.path.join(args.work, "build-output")
    builds = full_builds(args.sitegen, args.content, args.templates, output, args.runs)

    results = []
    print("== sitegen serve", file=sys.stderr)
    results.append(measure_server(
        "sitegen", [args.sitegen, "serve", "--content", args.content, "--templates", args.templates, "--port", "0", "--bind", host],
        args.work, host, sitegen_port, page, chapter_path, os.path.join(args.templates, "chapter.mustache"), args.runs, interval, args.timeout))
    if args.hugo_site:
        print("== hugo server", file=sys.stderr)
        port = free_port()
        results.append(measure_server(
            # Hugo's defaults: rendered to memory, fast render mode, live reload on its own port.
            "hugo", ["hugo", "server", "--source", args.hugo_site, "--contentDir", args.content, "--bind", host, "--port", str(port)],
            args.work, host, hugo_port, page, chapter_path, os.path.join(args.hugo_site, "layouts", "_default", "single.html"),
            args.runs, interval, args.timeout))
    load_after = load_average()

    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump({"load_before": load_before, "load_after": load_after, "builds": builds, "servers": results}, f, indent=1, ensure_ascii=False)
    text = table(results, builds, args, load_before, load_after)
    with open(os.path.join(args.work, "table.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()

"""The browser check of `sitegen serve`: live reload as an author meets it (see README.md).

Usage: serve_check.py --sitegen BINARY --content DIR --templates DIR [--verbose]

Copies CONTENT and TEMPLATES into a temporary folder, runs `sitegen serve --port 0` on the
copy, and drives headless Chromium (the same session as the static check) through edits
of the copied files, with no action in the browser between an edit and what it checks:

1. a chapter (A) loads from the server;
2. scrolled down, A shows a paragraph appended to its Markdown by itself, at the same
   scroll position;
3. another chapter (B), open in a second tab, is not reloaded by that edit;
4. a rule appended to the stylesheet applies in both tabs without a page load;
5. a bad edit shows the error overlay in both tabs, holding exactly what the server
   printed on standard error (`path:line:col: error: …`, the source line and the caret);
   the fix removes it, again without a page load;
6. no console error meanwhile, no failed request but Chromium's own /favicon.ico;
7. stopped with SIGTERM (exit status 0, both pages connected) and started again on the
   same port, the server is found again by both pages, which reload by themselves; the
   reload channel's failures to connect meanwhile are the only console errors allowed.
Every server run must end with exit status 0 on SIGTERM and leave no public/ folder.

A page that has not been reloaded is recognised by `window.__marker`, set by the check
before the edit: a page load starts a new window object without it.
Prints `PAGE: problem [serve 1280]` lines, then one summary line; exits 1 on any failure.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid

from selenium.common.exceptions import WebDriverException

from browser_session import BrowserSession
from report import Report, run_guarded

CONTEXT = "serve 1280"
# Generous: a rebuild takes milliseconds, but CI machines are shared and slow.
TIMEOUT = 30
# The scroll position may move by a rounding step when the page is laid out again.
SCROLL_TOLERANCE = 4
SCROLL_TARGET = 1200
SCROLL_MINIMUM = 200
# Collects the page's own view of the reload channel, to know when it has been told.
EVENT_LISTENER = """
window.__events = [];
var source = new EventSource('/__sitegen/events');
source.onmessage = function (message) { window.__events.push(JSON.parse(message.data)); };
window.__eventSource = source;
"""


class ServeProcess:
    """`sitegen serve --port 0` in the site folder, its output in files read as it grows."""

    def __init__(self, sitegen, site, logs, port=0, run=1):
        self.stdout_path = os.path.join(logs, f"serve-{run}.stdout")
        self.stderr_path = os.path.join(logs, f"serve-{run}.stderr")
        with open(self.stdout_path, "w") as out, open(self.stderr_path, "w") as err:
            self.process = subprocess.Popen([sitegen, "serve", "--port", str(port)], cwd=site,
                                            stdout=out, stderr=err, stdin=subprocess.DEVNULL)

    def stdout(self):
        with open(self.stdout_path, encoding="utf-8", errors="replace") as file:
            return file.read()

    def stderr(self):
        with open(self.stderr_path, encoding="utf-8", errors="replace") as file:
            return file.read()

    def wait_for_start(self):
        """The base URL once the first build is served, or None."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and self.process.poll() is None:
            text = self.stdout()
            match = re.search(r"serving (http://127\.0\.0\.1:\d+/)", text)
            if match and re.search(r"\nsitegen: (built|first build:) ", text):
                return match.group(1)
            time.sleep(0.05)
        return None

    def stop(self, timeout=TIMEOUT):
        """Sends SIGTERM; the exit status, or None when it had to be killed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None


def chapter_sources(content):
    """The first two chapters at the top of CONTENT, by file name: (path relative to content, site path)."""
    names = sorted(name for name in os.listdir(content)
                   if name.endswith(".md") and name not in ("index.md", "_index.md"))
    return [(name, name[:-3] + ".html") for name in names[:2]]


def append(path, text):
    with open(path, "a", encoding="utf-8") as file:
        file.write(text)


def write(path, text):
    """An editor's atomic save: a temporary file renamed over the original."""
    temporary = path + ".serve-check.tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, path)


def read(path):
    with open(path, encoding="utf-8") as file:
        return file.read()


class ServeChecker:
    def __init__(self, session, report, sitegen, site, logs, verbose=False):
        self.verbose = verbose
        self.session = session
        self.driver = session.driver
        self.report = report
        self.sitegen = sitegen
        self.site = site
        self.logs = logs
        # Every server run, in order; the last may still be running.
        self.runs = []
        self.stop_statuses = []
        self.base_url = None
        self.console = []
        self.network = []
        self.tabs = {}

    # --- the server ----------------------------------------------------------

    @property
    def serve(self):
        return self.runs[-1]

    def start(self, port=0):
        """Starts a server run; its base URL, or None (reported) when it did not start."""
        self.runs.append(ServeProcess(self.sitegen, self.site, self.logs, port=port, run=len(self.runs) + 1))
        base_url = self.serve.wait_for_start()
        self.report.check(base_url is not None, "(serve)", f"sitegen serve (run {len(self.runs)}) did not start within {TIMEOUT} s")
        return base_url

    def stop(self):
        """SIGTERM to the running server, whatever is connected; records its exit status."""
        if self.runs and self.serve.process.poll() is None:
            self.stop_statuses.append(self.serve.stop())

    # --- helpers -------------------------------------------------------------

    def script(self, source, *arguments):
        """Runs a script in the current tab; None while the tab is between two documents."""
        try:
            return self.driver.execute_script(source, *arguments)
        except WebDriverException:
            return None

    def poll(self, condition, timeout=TIMEOUT):
        """Calls condition() until it returns a true value, or the timeout passes; its last value."""
        deadline = time.monotonic() + timeout
        value = condition()
        while not value and time.monotonic() < deadline:
            time.sleep(0.05)
            value = condition()
        return value

    def switch(self, name):
        self.drain()
        self.driver.switch_to.window(self.tabs[name])

    def drain(self):
        console, events = self.session.drain_logs()
        self.console += console
        self.network += events

    def marker(self):
        return self.script("return window.__marker === undefined ? null : window.__marker")

    def has_text(self, text):
        return self.script("return document.body !== null && document.body.textContent.indexOf(arguments[0]) >= 0", text)

    def overlay_text(self):
        return self.script("var box = document.getElementById('sitegen-errors'), pre = box && box.querySelector('pre');"
                           "return pre ? pre.textContent : null")

    def custom_property(self, name):
        return self.script("return getComputedStyle(document.documentElement).getPropertyValue(arguments[0]).trim()", name)

    def told_about(self, site_path):
        """True once the tab's own listener has received an event naming site_path as changed."""
        return self.script("var path = arguments[0];"
                           "return (window.__events || []).some(function (e) { return (e.changed || []).indexOf(path) >= 0; })",
                           site_path)

    # --- the checks ----------------------------------------------------------

    def run(self, chapters):
        (source_a, page_a), (source_b, page_b) = chapters
        file_a = os.path.join(self.site, "content", source_a)
        self.session.emulate(1280, 900, "light")

        # 1. Both chapters load from the server, each in its tab.
        self.tabs["A"] = self.driver.current_window_handle
        if not self.load(page_a, "A"):
            return
        self.driver.switch_to.new_window("tab")
        self.tabs["B"] = self.driver.current_window_handle
        self.session.emulate(1280, 900, "light")
        if not self.load(page_b, "B"):
            return
        self.script(EVENT_LISTENER)
        self.poll(lambda: self.script("return window.__eventSource.readyState === 1"), timeout=10)

        # 2. Scrolled down, A shows an appended paragraph by itself, where it was scrolled to.
        self.switch("A")
        maximum = self.script("return document.documentElement.scrollHeight - window.innerHeight") or 0
        if maximum < 2 * SCROLL_MINIMUM:
            # A short chapter (a fixture's) is made long enough to scroll, by an edit that must show too.
            last = f"服务预览检查的填充段落 {uuid.uuid4().hex[:12]}。"
            append(file_a, "".join(f"\n\n填充段落 {number}。" for number in range(80)) + f"\n\n{last}\n")
            self.report.check(bool(self.poll(lambda: self.has_text(last))), page_a,
                              f"paragraphs appended to lengthen the page did not appear within {TIMEOUT} s", CONTEXT)
            self.poll(lambda: self.script("return document.readyState === 'complete'"), timeout=10)
            self.script("window.__marker = 'A'")
            maximum = self.script("return document.documentElement.scrollHeight - window.innerHeight") or 0
        target = min(SCROLL_TARGET, maximum // 2)
        if not self.report.check(target >= SCROLL_MINIMUM, page_a, f"the page is too short to scroll ({maximum} px of scrolling)", CONTEXT):
            return
        self.script("window.scrollTo(0, arguments[0])", target)
        scrolled = self.poll(lambda: self.script("return window.scrollY") == target and target, timeout=5)
        self.report.check(bool(scrolled), page_a, f"could not scroll to {target} px", CONTEXT)
        before = self.script("return window.scrollY")
        unique = f"服务预览检查新增的段落 {uuid.uuid4().hex[:12]}。"
        append(file_a, f"\n\n{unique}\n")
        appeared = self.poll(lambda: self.has_text(unique))
        self.report.check(bool(appeared), page_a,
                          f"the appended paragraph did not appear within {TIMEOUT} s without any action in the browser", CONTEXT)
        if appeared:
            kept = self.poll(lambda: abs((self.script("return document.readyState === 'complete' ? window.scrollY : null") or -10**6) - before)
                             <= SCROLL_TOLERANCE, timeout=10)
            after = self.script("return window.scrollY")
            self.report.check(bool(kept), page_a, f"the scroll position moved from {before} to {after} px across the reload", CONTEXT)

        # 3. B was told of the edit, and was not reloaded by it.
        self.switch("B")
        told = self.poll(lambda: self.told_about(page_a))
        self.report.check(bool(told), page_b, f"the reload channel never announced {page_a} to this page", CONTEXT)
        self.report.check(self.marker() == "B", page_b, f"reloaded after an edit of {source_a}, which it does not use", CONTEXT)

        # 4. A stylesheet rule applies in both tabs without a page load.
        self.switch("A")
        self.script("window.__marker = 'A'")
        value = f"serve-check-{uuid.uuid4().hex[:12]}"
        append(os.path.join(self.site, "templates", "assets", "style.css"),
               f"\n:root {{ --serve-check: {value}; }}\n")
        for tab, page in (("A", page_a), ("B", page_b)):
            self.switch(tab)
            styled = self.poll(lambda: self.custom_property("--serve-check") == value)
            self.report.check(bool(styled), page, f"a stylesheet edit did not apply within {TIMEOUT} s", CONTEXT)
            self.report.check(self.marker() == tab, page, "the page was loaded again for a stylesheet edit (it must swap the stylesheet in place)", CONTEXT)

        # 5. A bad edit shows the overlay with the server's own words, in both tabs; the fix removes it.
        self.switch("A")
        good = read(file_a)
        bad = good + "\n{{ serve_check_no_such_quantity }}\n"
        bad_line = bad.count("\n")
        stderr_before = len(self.serve.stderr())
        write(file_a, bad)
        shown = self.poll(lambda: self.overlay_text())
        self.report.check(bool(shown), page_a, f"no error overlay within {TIMEOUT} s of a bad edit", CONTEXT)
        if shown:
            printed = self.poll(lambda: self.serve.stderr()[stderr_before:], timeout=10) or ""
            expected_start = f"content/{source_a}:{bad_line}:"
            self.report.check(shown.startswith(expected_start) and ": error: " in shown.split("\n", 1)[0],
                              page_a, f"the overlay does not begin with a `{expected_start}COLUMN: error:` line: {shown[:120]!r}", CONTEXT)
            self.report.check("{{ serve_check_no_such_quantity }}" in shown and "^" in shown, page_a,
                              f"the overlay does not show the source line and its caret: {shown!r}", CONTEXT)
            self.report.check(shown + "\n" == printed, page_a,
                              f"the overlay says {shown!r}, the terminal printed {printed!r}", CONTEXT)
            self.switch("B")
            in_b = self.poll(lambda: self.overlay_text())
            self.report.check(in_b == shown, page_b, f"the overlay here says {in_b!r}, on {page_a} {shown!r}", CONTEXT)
            self.switch("A")
        write(file_a, good)
        for tab, page in (("A", page_a), ("B", page_b)):
            self.switch(tab)
            gone = self.poll(lambda: self.script("return document.getElementById('sitegen-errors') === null"))
            self.report.check(bool(gone), page, f"the error overlay stayed {TIMEOUT} s after the fix", CONTEXT)
            self.report.check(self.marker() == tab, page, "the page was loaded again for the bad edit or its fix (the overlay comes and goes in place)", CONTEXT)
        self.switch("A")
        self.report.check(bool(self.has_text(unique)), page_a, "after the fix the page no longer shows the appended paragraph", CONTEXT)

        # 6. No console errors, no failed requests.
        self.drain()
        self.check_logs(page_a)

        # 7. Stopped and started again on the same port, the server is found again by both
        #    pages, which reload (anything may have changed meanwhile). While it is away,
        #    their reload channel fails: the expected console errors, and the only ones allowed.
        port = int(re.search(r":(\d+)/$", self.base_url).group(1))
        self.switch("A")
        self.script("window.__marker = 'A'")
        self.stop()
        if self.start(port) is None:
            return
        for tab, page in (("A", page_a), ("B", page_b)):
            self.switch(tab)
            reloaded = self.poll(lambda: self.script("return document.readyState === 'complete' && window.__marker === undefined"))
            self.report.check(bool(reloaded), page, f"not reloaded within {TIMEOUT} s of the server's restart", CONTEXT)
        self.switch("A")
        self.report.check(bool(self.has_text(unique)), page_a, "after the restart the page no longer shows the appended paragraph", CONTEXT)
        self.drain()
        self.check_logs(page_a, while_restarting=True)

    def load(self, page, tab):
        """Opens a page in the current tab: served with status 200 and the live-reload script."""
        url = self.base_url + page
        self.driver.get(url)
        self.drain()
        statuses = [event["params"]["response"].get("status") for event in self.network
                    if event.get("method") == "Network.responseReceived" and event["params"]["response"].get("url") == url]
        ok = self.report.check(200 in statuses, page, f"not served with status 200 (got {statuses})", CONTEXT)
        served = self.script("return document.documentElement.outerHTML.indexOf('/__sitegen/events') >= 0")
        ok = self.report.check(bool(served), page, "served without the live-reload script", CONTEXT) and ok
        self.script("window.__marker = arguments[0]", tab)
        return ok

    def check_logs(self, page, while_restarting=False):
        """Console errors and failed requests since the last call. While the server restarts,
        the reload channel's failures to connect (console errors naming /__sitegen/events)
        are expected; nothing else is."""
        def expected(message):
            return "favicon.ico" in message or (while_restarting and "/__sitegen/events" in message)
        severe = [entry.get("message", "").replace(self.base_url, "") for entry in self.console if entry.get("level") == "SEVERE"]
        errors = [message for message in severe if not expected(message)]
        for message in severe:
            if expected(message) and self.verbose:
                print(f"  expected console error: {message}", file=sys.stderr)
        when = "while the server restarted" if while_restarting else "while serving"
        self.report.check(not errors, page, f"console errors {when}: " + "; ".join(errors), CONTEXT)
        self.console = []
        failed = []
        for event in self.network:
            if event.get("method") != "Network.responseReceived":
                continue
            response = event["params"]["response"]
            url = response.get("url", "")
            if response.get("status", 0) >= 400 and not url.endswith("/favicon.ico"):
                failed.append(f"{response.get('status')} {url.replace(self.base_url, '')}")
        self.report.check(not failed, page, f"failed requests {when}: " + ", ".join(failed), CONTEXT)
        self.network = []


def main(argv):
    parser = argparse.ArgumentParser(description="Check `sitegen serve`'s live reload in a browser.")
    parser.add_argument("--sitegen", required=True, help="the sitegen executable")
    parser.add_argument("--content", required=True)
    parser.add_argument("--templates", required=True)
    parser.add_argument("--verbose", action="store_true", help="print the time each stage took, and the server's output")
    arguments = parser.parse_args(argv)

    report = Report(name="browser check (serve)")
    chapters = chapter_sources(arguments.content)
    if not report.check(len(chapters) == 2, arguments.content, "needs two chapters at its top level"):
        return report.finish()
    if not report.check(os.path.isfile(os.path.join(arguments.templates, "assets", "style.css")),
                        arguments.templates, "has no assets/style.css to edit"):
        return report.finish()
    started = time.monotonic()

    def stage(name):
        if arguments.verbose:
            print(f"  [{time.monotonic() - started:6.1f} s] {name}", file=sys.stderr, flush=True)

    work = tempfile.mkdtemp(prefix="sitegen-serve-check-")
    try:
        site = os.path.join(work, "site")
        os.makedirs(site)
        shutil.copytree(arguments.content, os.path.join(site, "content"), symlinks=True)
        shutil.copytree(arguments.templates, os.path.join(site, "templates"), symlinks=True)
        stage("browser")
        with BrowserSession() as session:
            checker = ServeChecker(session, report, os.path.abspath(arguments.sitegen), site, work, verbose=arguments.verbose)
            try:
                stage("sitegen serve")
                checker.base_url = checker.start()
                if checker.base_url:
                    report.page_count = len(chapters)
                    stage("edits")
                    checker.run(chapters)
            finally:
                # Stopped with both pages still connected to its reload channel.
                stage("SIGTERM")
                checker.stop()
        for run, (serve, status) in enumerate(zip(checker.runs, checker.stop_statuses), start=1):
            report.check(status == 0, "(serve)", f"sitegen serve (run {run}) exited with status {status} on SIGTERM, not 0")
            report.check(serve.stdout().endswith("sitegen: stopped\n"), "(serve)", f"sitegen serve (run {run}) did not end with 'sitegen: stopped'")
        report.check(not os.path.exists(os.path.join(site, "public")), "(serve)", "sitegen serve wrote public/")
        if arguments.verbose or report.failure_count:
            for run, serve in enumerate(checker.runs, start=1):
                print(f"sitegen serve's output (run {run}):\n" + serve.stdout() + serve.stderr(), file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    stage("done")
    return report.finish()


if __name__ == "__main__":
    sys.exit(run_guarded(main, sys.argv[1:], name="browser check (serve)", label="serve"))

"""LinkChecker crawls the served site, from every page, at the root and under /sub/, in one run.

Starting from every page (not just index.html) also covers pages nothing links to, like
404.html. Everything on either test server counts as internal, so a link that climbs out
of /sub/ is followed and fails there. Links to other hosts are only syntax-checked: there
is no network, and the site's own pages are what this check is about.
Anchor checking is LinkChecker's AnchorCheck plugin, switched on in its config file; it
reports a missing anchor as a warning, which fails here. It decodes percent-encoded
fragments, so Chinese heading ids work in either spelling.
"""

import csv
import io
import os
import re
import shutil
import sys
import tempfile
from urllib.parse import quote, unquote

from background_process import BackgroundProcess

CONFIG = """\
[checking]
# The test servers send the `LinkChecker` header that lets this rate apply to them.
maxrequestspersecond=1000

[filtering]
checkextern=0
internlinks={intern}

[AnchorCheck]
"""


def _linkchecker_command():
    beside_python = os.path.join(os.path.dirname(sys.executable), "linkchecker")
    return beside_python if os.path.exists(beside_python) else (shutil.which("linkchecker") or "linkchecker")


class Crawl:
    """A LinkChecker run in the background. origins: list of (name, base_url) served over HTTP."""

    def __init__(self, origins, pages):
        self.origins = origins
        self.start_urls = [base + quote(page) for _, base in origins for page in pages]
        intern = "|".join("^" + re.escape(base) for _, base in origins)
        # LinkChecker drops root privileges to "nobody" before it reads its config.
        self.folder = tempfile.mkdtemp(prefix="browser-check-linkchecker-")
        os.chmod(self.folder, 0o755)
        config_path = os.path.join(self.folder, "linkcheckerrc")
        with open(config_path, "w", encoding="utf-8") as file:
            file.write(CONFIG.format(intern=intern))
        os.chmod(config_path, 0o644)
        environment = dict(os.environ, HOME=self.folder, XDG_CONFIG_HOME=self.folder,
                           XDG_DATA_HOME=self.folder)
        # "-t 0": one thread. With several, a broken URL linked from many pages was
        # blamed on whichever page a thread reached first, so the report changed
        # between runs. The crawl still runs beside the browser stage.
        self.process = BackgroundProcess(
            [_linkchecker_command(), "-f", config_path, "--no-status", "--no-robots",
             "-o", "csv/utf-8", "-t", "0", "--timeout", "20"] + self.start_urls,
            env=environment, cwd=self.folder)

    def finish(self, report):
        try:
            code, stdout, stderr = self.process.wait()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
        self._read(code, stdout, stderr, report)

    def _locate(self, url):
        for name, base in self.origins:
            if url.startswith(base):
                return name, unquote(url[len(base):])
        return "", url

    def _read(self, code, stdout, stderr, report):
        # The report is CSV after a few "# ..." comment lines, with one more at the end.
        # A link written as "#fragment" also starts with "#", so only whole comment lines
        # (no delimiter) are dropped.
        header = stdout.find("urlname;")
        if code not in (0, 1) or header < 0:
            report.check(False, "(all pages)",
                         f"LinkChecker did not run (exit {code}): {(stderr or stdout).strip()[-400:]}")
            return
        rows = [line for line in stdout[header:].splitlines()
                if line and not (line.startswith("#") and ";" not in line)]
        # LinkChecker reports each distinct URL once, against the first page that led
        # to it: with "-t 0" (no threads, above) that page is the same on every run.
        # Reading the rows in origin order keeps the "[root, sub]" lists stable too.
        order = {name: index for index, (name, _) in enumerate(self.origins)}
        located = []
        for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
            parent = row.get("parentname") or ""
            origin, page = self._locate(parent or row.get("url", ""))
            located.append(((order.get(origin, len(order)), page, row.get("urlname") or "",
                             row.get("line") or ""), origin, page, row))
        located.sort(key=lambda item: item[0])
        for _, origin, page, row in located:
            link = row.get("urlname") or row.get("url") or "?"
            line = row.get("line") or ""
            at = f" (line {line})" if line and line != "-1" else ""
            if row.get("valid") == "False":
                report.fail(page, f"broken link {link}: {row.get('result', '').strip()}{at}", origin)
            for warning in (row.get("warningstring") or "").splitlines():
                if warning.startswith("Anchor"):
                    decoded = re.search(r"\(decoded: `(.*?)'\)", warning)
                    target = self._locate(row.get("url", ""))[1].split("#")[0]
                    fragment = decoded.group(1) if decoded else link.split("#", 1)[-1]
                    report.fail(page, f"broken anchor {link}: {target} has no id “{fragment}”{at}", origin)
        # One check per page and origin: "every link and anchor on it resolves".
        report.passed(len(self.start_urls))

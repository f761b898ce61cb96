"""Loads every page in the browser at each width and colour scheme, from each origin, and checks it.

Per load: console errors, failed requests, requests to other hosts, horizontal scrolling,
figures whose graphic has no size. At the root origin it also saves a full-page screenshot
and (at 1280 px, both schemes, since colour contrast differs) runs axe-core.
"""

import base64
import math
import os
import re
from urllib.parse import quote, urlsplit

from axe_selenium_python import Axe
from selenium.common.exceptions import TimeoutException, WebDriverException

HERE = os.path.dirname(os.path.abspath(__file__))
# The smallest rendered size of a diagram's text, in CSS px (issue #16), and every measurement
# taken, printed at the end of a run.
MIN_TEXT_PX = 11
TEXT_SIZE_LOG = []
PROBE_SCRIPT = open(os.path.join(HERE, "page_probe.js"), encoding="utf-8").read()

# Viewport heights that go with the widths: a phone and a laptop.
VIEWPORTS = {390: 844, 1280: 900}
ALL_COMBINATIONS = [(390, "light"), (390, "dark"), (1280, "light"), (1280, "dark")]
# Other origins differ from the root only in how URLs resolve, not in layout: one
# combination per width and per scheme is enough there.
SPOT_COMBINATIONS = [(390, "light"), (1280, "dark")]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
AXE_IMPACTS_THAT_FAIL = {"serious", "critical"}
# Screenshots taller than this are cut: nobody reviews a 30-screen PNG, and it is slow.
SCREENSHOT_MAX_HEIGHT = 12000


class Origin:
    def __init__(self, name, base_url, combinations, screenshots=False, accessibility=False):
        self.name = name
        self.base_url = base_url
        self.combinations = combinations
        self.screenshots = screenshots
        self.accessibility = accessibility

    def url_for(self, page):
        return self.base_url + quote(page)


def _is_automatic_favicon_request(url):
    """Chromium asks every server for /favicon.ico on its own, once, whatever the page says.

    That 404 is not the page's doing (under /sub/ it is not even the site's URL). An icon
    the page does link to is requested by its own URL, and LinkChecker checks that link.
    """
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.path == "/favicon.ico" and not parts.query


def screenshot_name(page, width, scheme):
    stem = page[:-len(".html")] if page.endswith(".html") else page
    return f"{stem.replace('/', '__')}-{width}-{scheme}.png"


class PageChecker:
    def __init__(self, session, report, screenshot_dir):
        self.session = session
        self.driver = session.driver
        self.report = report
        self.screenshot_dir = screenshot_dir

    def run(self, origins, pages):
        for origin in origins:
            for width, scheme in origin.combinations:
                self.session.emulate(width, VIEWPORTS[width], scheme)
                for page in pages:
                    self._check_load(origin, page, width, scheme)

    def _relative(self, origin, text):
        """Writes URLs of the site relative to the site root, so one problem reads the same from every origin."""
        return text.replace(origin.base_url, "")

    def _check_load(self, origin, page, width, scheme):
        context = f"{origin.name} {width} {scheme}"
        self.session.drain_logs()
        try:
            self.driver.get(origin.url_for(page))
        except TimeoutException:
            self.report.check(False, page, "page did not finish loading within 30 s", context)
            return
        except WebDriverException as error:
            self.report.check(False, page, f"page could not be opened: {error.msg}", context)
            return
        try:
            probe = self.driver.execute_async_script(PROBE_SCRIPT)
        except WebDriverException as error:
            probe = None
            self.report.check(False, page, f"page could not be measured: {error.msg}", context)
        console, events = self.session.drain_logs()
        reported_urls = self._check_network(origin, page, events, context)
        self._check_console(origin, page, console, reported_urls, context)
        if probe is not None:
            self._check_layout(page, width, probe, context)
        if origin.screenshots:
            try:
                self._save_screenshot(page, width, scheme)
            except WebDriverException as error:
                self.report.check(False, page, f"screenshot failed: {error.msg}", context)
        if origin.accessibility and width == 1280:
            self._check_accessibility(page, context)

    def _check_network(self, origin, page, events, context):
        """Checks every request of this load; returns the URLs whose failure is dealt with here."""
        urls = {}
        external = []
        failed = []
        for event in events:
            method = event.get("method")
            params = event.get("params", {})
            request_id = params.get("requestId")
            if method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                urls[request_id] = url
                parts = urlsplit(url)
                if parts.scheme in ("http", "https", "ws", "wss", "ftp") and parts.hostname not in LOCAL_HOSTS:
                    if url not in external:
                        external.append(url)
            elif method == "Network.responseReceived":
                response = params.get("response", {})
                status = response.get("status", 0)
                if isinstance(status, (int, float)) and status >= 400:
                    failed.append((response.get("url", urls.get(request_id, "?")), f"HTTP {int(status)}"))
            elif method == "Network.loadingFailed":
                if params.get("canceled"):
                    continue
                url = urls.get(request_id, "?")
                reason = params.get("blockedReason") or params.get("errorText") or "failed"
                failed.append((url, reason))

        # Sorted: the text is the report's key, and requests may come in any order.
        self.report.check(not external, page, "external request: " + ", ".join(sorted(external)), context)
        # A request to another host fails here by design (there is no network); it is
        # reported once, as external, not again as failed.
        accounted_for = set(external) | {url for url, _ in failed}
        failed = [(url, reason) for url, reason in failed
                  if url not in external and not url.startswith(("data:", "blob:", "about:", "chrome"))
                  and not _is_automatic_favicon_request(url)]
        descriptions = sorted({f"{self._relative(origin, url)} ({reason})" for url, reason in failed})
        self.report.check(not failed, page, "failed request: " + ", ".join(descriptions), context)
        return accounted_for

    def _check_console(self, origin, page, console, reported_urls, context):
        errors = []
        for entry in console:
            if entry.get("level") != "SEVERE":
                continue
            message = entry.get("message", "")
            # Chrome also logs each failed request to the console; _check_network deals with those.
            if "Failed to load resource" in message and any(url and url in message for url in reported_urls):
                continue
            message = self._relative(origin, message)
            # Chrome writes "URL - text" or "URL 0 text" for the same unlocated message.
            message = re.sub(r"^(\S+) (?:-|0) ", r"\1 - ", message)
            if message not in errors:
                errors.append(message)
        if not errors:
            self.report.passed()
        for message in errors:
            self.report.check(False, page, "console error: " + message, context)

    def _check_layout(self, page, width, probe, context):
        scroll_width = probe.get("scrollWidth", 0)
        client_width = probe.get("clientWidth", 0)
        problem = f"horizontal scrolling at {width} px: content is {scroll_width} px wide, viewport {client_width} px"
        if probe.get("wide"):
            problem += "; widest: " + ", ".join(probe["wide"])
        self.report.check(scroll_width <= client_width, page, problem, context)
        figure_problems = probe.get("figures", [])
        self.report.passed(max(probe.get("figureCount", 0) - len(figure_problems), 0))
        for problem in figure_problems:
            self.report.check(False, page, "figure: " + problem, context)
        # Diagram text: at least MIN_TEXT_PX as rendered (font size × rendered width ÷ viewBox width).
        for entry in probe.get("textSizes", []):
            line = (f"{page} {width}px {entry['figure']}: smallest text {entry['smallest']} px "
                    f"({entry['fontSize']} × {entry['renderedWidth']} ÷ {entry['viewBoxWidth']}, '{entry['text']}')")
            TEXT_SIZE_LOG.append(line)
            self.report.check(entry["smallest"] >= MIN_TEXT_PX - 0.01, page,
                              "diagram text too small: " + line, context)

    def _save_screenshot(self, page, width, scheme):
        metrics = self.session.cdp("Page.getLayoutMetrics", {})
        content = metrics.get("cssContentSize") or metrics.get("contentSize") or {}
        height = min(max(math.ceil(content.get("height", VIEWPORTS[width])), 1), SCREENSHOT_MAX_HEIGHT)
        shot = self.session.cdp("Page.captureScreenshot", {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        })
        path = os.path.join(self.screenshot_dir, screenshot_name(page, width, scheme))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))

    def _check_accessibility(self, page, context):
        axe = Axe(self.driver)  # axe-selenium-python, with the axe.min.js it ships
        try:
            axe.inject()
            results = axe.run(options="{resultTypes: ['violations']}")
        except WebDriverException as error:
            self.report.check(False, page, f"axe-core could not run: {error.msg}", context)
            return
        serious = [v for v in results.get("violations", []) if v.get("impact") in AXE_IMPACTS_THAT_FAIL]
        if not serious:
            self.report.passed()
        for violation in serious:
            targets = []
            for node in violation.get("nodes", [])[:3]:
                targets.append(" ".join(str(t) for t in node.get("target", [])))
            more = len(violation.get("nodes", [])) - len(targets)
            where = ", ".join(targets) + (f" and {more} more" if more > 0 else "")
            self.report.check(False, page,
                              f"accessibility ({violation.get('impact')}): {violation.get('id')}: "
                              f"{violation.get('help')} — {where}", context)


def page_list(public_dir):
    """Every HTML page under the folder, as paths relative to it, sorted."""
    pages = []
    for directory, subdirectories, files in os.walk(public_dir, followlinks=False):
        subdirectories.sort()
        for name in sorted(files):
            if name.endswith(".html"):
                pages.append(os.path.relpath(os.path.join(directory, name), public_dir).replace(os.sep, "/"))
    return sorted(pages)


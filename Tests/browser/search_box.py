"""The search box of a site built with search (a search/index.js beside the pages).

From each origin (a server at the root, under /sub/, and file://): `/` focuses the box;
typing the query (BROWSER_CHECK_SEARCH_QUERY, default 权值共享) lists the expected section
(BROWSER_CHECK_SEARCH_EXPECT, default 03-shared.html#权值共享, the shipped site's) first,
with page title, heading and snippet; ArrowDown selects it and Enter opens it; Ctrl-K
focuses the box and a query without hits shows the no-results text. Console errors,
failed and external requests of these loads are checked as for every page. At the root,
axe-core also runs with the result list open.
"""

import os
import time
from urllib.parse import unquote

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

QUERY = os.environ.get("BROWSER_CHECK_SEARCH_QUERY", "权值共享")
EXPECT = os.environ.get("BROWSER_CHECK_SEARCH_EXPECT", "03-shared.html#权值共享")
NO_HIT_QUERY = "zqxjkvw"
WAIT_SECONDS = 15
PAGE = "index.html (search)"


def has_search(public_dir):
    return os.path.isfile(os.path.join(public_dir, "search", "index.js"))


class SearchChecker:
    def __init__(self, session, report, page_checker):
        self.session = session
        self.driver = session.driver
        self.report = report
        self.pages = page_checker

    def run(self, origins):
        for origin in origins:
            context = f"{origin.name} search"
            self.session.emulate(1280, 900, "light")
            self.session.drain_logs()
            try:
                self._results_and_keyboard(origin, context)
                self._no_results(origin, context)
            except WebDriverException as error:
                self.report.check(False, PAGE, f"search could not be driven: {error.msg}", context)
            console, events = self.session.drain_logs()
            reported = self.pages._check_network(origin, PAGE, events, context)
            self.pages._check_console(origin, PAGE, console, reported, context)

    def _wait(self, script, seconds=WAIT_SECONDS):
        """Polls a JavaScript expression until it is truthy; returns its last value."""
        deadline = time.monotonic() + seconds
        value = None
        while time.monotonic() < deadline:
            value = self.driver.execute_script("return " + script)
            if value:
                return value
            time.sleep(0.05)
        return value

    def _open_home(self, origin, context):
        self.driver.get(origin.url_for("index.html"))
        shown = self._wait("!document.querySelector('.site-search').hidden")
        return self.report.check(bool(shown), PAGE, "the search box is not shown once its script ran", context)

    def _results_and_keyboard(self, origin, context):
        if not self._open_home(origin, context):
            return
        ActionChains(self.driver).send_keys("/").perform()
        focused = self.driver.execute_script("return document.activeElement && document.activeElement.id")
        self.report.check(focused == "site-search-input", PAGE, "'/' does not focus the search box", context)
        box = self.driver.find_element(By.ID, "site-search-input")
        box.send_keys(QUERY)
        first = self._wait("document.querySelector('#site-search-results [role=option]')")
        if not self.report.check(bool(first), PAGE, f"typing {QUERY} lists no result", context):
            return
        result = self.driver.execute_script("""
            const option = document.querySelector('#site-search-results [role=option]');
            return {href: option.dataset.href,
                    page: (option.querySelector('.search-result-page') || {}).textContent || '',
                    snippet: !!option.querySelector('.search-result-snippet'),
                    expanded: document.querySelector('.site-search [role=combobox]').getAttribute('aria-expanded')};
        """)
        self.report.check(unquote(result["href"]) == EXPECT, PAGE,
                          f"the first result for {QUERY} is {unquote(result['href'])}, not {EXPECT}", context)
        self.report.check(bool(result["page"]) and result["snippet"], PAGE, "a result lacks its page title or snippet", context)
        self.report.check(result["expanded"] == "true", PAGE, "the combobox is not marked expanded with results shown", context)
        if origin.accessibility:
            self.pages._check_accessibility("index.html (search results open)", context)
        box.send_keys(Keys.ARROW_DOWN)
        selected = self.driver.execute_script("""
            const input = document.getElementById('site-search-input');
            const active = document.getElementById(input.getAttribute('aria-activedescendant') || '');
            return active && active.getAttribute('aria-selected') === 'true' && active.dataset.href;
        """)
        self.report.check(bool(selected), PAGE, "ArrowDown does not select the first result", context)
        box.send_keys(Keys.ENTER)
        arrived = self._wait(f"decodeURIComponent(location.href).endsWith({EXPECT!r})")
        self.report.check(bool(arrived), PAGE, f"Enter does not open {EXPECT}", context)

    def _no_results(self, origin, context):
        if not self._open_home(origin, context):
            return
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("k").key_up(Keys.CONTROL).perform()
        focused = self.driver.execute_script("return document.activeElement && document.activeElement.id")
        self.report.check(focused == "site-search-input", PAGE, "Ctrl-K does not focus the search box", context)
        self.driver.find_element(By.ID, "site-search-input").send_keys(NO_HIT_QUERY)
        # The words only the script shows are JSON in the box's data-words.
        expected = self.driver.execute_script("return JSON.parse(document.querySelector('.site-search').dataset.words).noResults")
        shown = self._wait("""(() => {
            const status = document.querySelector('.site-search-status');
            const box = status.getBoundingClientRect();
            return status.textContent === JSON.parse(document.querySelector('.site-search').dataset.words).noResults
                && box.height > 1 && box.width > 1 && document.getElementById('site-search-results').hidden;
        })()""")
        self.report.check(bool(expected) and bool(shown), PAGE, f"a query without hits does not show '{expected}'", context)

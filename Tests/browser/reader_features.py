"""The reader's conveniences, used the way a reader uses them (see README.md).

On every page that has them, at 1280 px:
- the colour-scheme switch: choose dark, reload, still dark, and no frame painted before
  that was not dark; the inline figures follow; back to "system" forgets the choice;
- the table of contents marks the section scrolled to;
- a copy button reached with Tab and pressed with Enter puts exactly the code on the
  clipboard and announces it; and again when the Clipboard API is refused (the fallback);
- an edit link is an absolute URL of a Markdown source, with one prefix across the site;
- every <time> has a valid datetime and text;
- none of it logs a console error.
"""

import re
import time

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

# Runs before any of the page's own scripts, on every load while installed: records, for
# each frame until the load event, the body's background (or that there is no body yet)
# and the root's colour scheme. requestAnimationFrame callbacks run before their frame
# paints, and none runs while the stylesheet still blocks rendering.
FRAME_RECORDER = """
window.__frames = [];
function record() {
  var body = document.body;
  window.__frames.push({
    background: body ? getComputedStyle(body).backgroundColor : null,
    scheme: document.documentElement.getAttribute("data-scheme")
  });
  if (document.readyState !== "complete") requestAnimationFrame(record);
}
requestAnimationFrame(record);
"""

DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$")
TAB_LIMIT = 400


class ReaderFeatureChecker:
    def __init__(self, session, report):
        self.session = session
        self.driver = session.driver
        self.report = report
        self.edit_prefixes = set()

    def run(self, origin, pages, file_origin=None):
        self.session.emulate(1280, 900, "light")
        for page in pages:
            url = origin.url_for(page)
            context = f"{origin.name} 1280 reader"
            exercised = False
            try:
                exercised = self._check_page(origin, page, url, context)
            except WebDriverException as error:
                self.report.check(False, page, f"reader check could not run: {error.msg}", context)
            console, _ = self.session.drain_logs()
            # Errors of a page without these features are the page loads' to report.
            if exercised:
                self._check_console(origin, page, console, context)
        if len(self.edit_prefixes) > 1:
            self.report.check(False, "(site)", "edit links differ in prefix: " + ", ".join(sorted(self.edit_prefixes)))
        if file_origin:
            # From file://, the copy button alone differs (another clipboard path).
            # The scheme switch is checked over HTTP only: headless Chromium kept
            # localStorage across a reload of a file:// page on some runs and
            # not on others (one page in nine, a different one each run).
            for page in pages:
                context = f"{file_origin.name} 1280 reader"
                exercised = False
                try:
                    self.driver.get(file_origin.url_for(page))
                    if self._has_copy_buttons():
                        exercised = True
                        self._check_copy(page, context, origin=None)
                except WebDriverException as error:
                    self.report.check(False, page, f"reader check could not run: {error.msg}", context)
                console, _ = self.session.drain_logs()
                if exercised:
                    self._check_console(file_origin, page, console, context)

    def _has_copy_buttons(self):
        """Code in the text, and the theme's script that adds copy buttons (its words in data-copy)."""
        return self._count(".prose pre > code") and self._count("script[data-copy]")

    def _count(self, selector):
        return self.driver.execute_script("return document.querySelectorAll(arguments[0]).length", selector)

    def _check_console(self, origin, page, console, context):
        # A failed request is the page loads' to report (browser_pages.py), once, not again here.
        errors = [entry.get("message", "").replace(origin.base_url, "") for entry in console
                  if entry.get("level") == "SEVERE" and "Failed to load resource" not in entry.get("message", "")]
        self.report.check(not errors, page, "console error during reader checks: " + "; ".join(errors), context)

    def _check_page(self, origin, page, url, context):
        self.session.drain_logs()
        self.driver.get(url)
        self.driver.execute_script("try { localStorage.clear(); } catch (e) {}")
        self.driver.get(url)
        exercised = False
        if self._count("[data-scheme-switch]"):
            exercised = True
            self._check_switch(page, context)
        if self._count(".main.has-toc > .toc a[href^='#']") >= 2:
            exercised = True
            self._check_toc(page, context)
        if self._has_copy_buttons():
            exercised = True
            self._check_copy(page, context, origin=origin)
            self._check_copy_fallback(page, context, origin)
        for href in self.driver.execute_script(
                "return Array.from(document.querySelectorAll('.page-edit a')).map(a => a.getAttribute('href'))"):
            ok = re.match(r"^https?://[^\s]+/[^/\s]+\.md$", href or "") is not None
            self.report.check(ok, page, f"edit link is not an absolute URL of a .md source: {href}", context)
            if ok:
                self.edit_prefixes.add(href.rsplit("/", 1)[0] + "/")
        for datetime, text in self.driver.execute_script(
                "return Array.from(document.querySelectorAll('time')).map(t => [t.getAttribute('datetime'), t.textContent.trim()])"):
            self.report.check(bool(datetime and DATETIME.match(datetime)), page, f"<time> without a valid datetime: {datetime!r}", context)
            self.report.check(bool(text), page, "<time> without text", context)
        return exercised

    def _check_switch(self, page, context):
        driver = self.driver
        driver.execute_script("try { localStorage.clear(); } catch (e) {}")
        driver.refresh()
        light = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        figure_text = "document.querySelector('figure.diagram svg .dg-text')"
        light_ink = driver.execute_script(f"var t = {figure_text}; return t ? getComputedStyle(t).fill : null")
        Select(driver.find_element("css selector", "[data-scheme-switch]")).select_by_value("dark")
        dark = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        stored = driver.execute_script("try { return localStorage.getItem('sitegen-scheme'); } catch (e) { return String(e); }")
        self.report.check(stored == "dark", page, f"choosing dark stored {stored!r}, not 'dark'", context)
        self.report.check(dark != light, page, "choosing dark did not change the page's colours", context)
        if light_ink is not None:
            dark_ink = driver.execute_script(f"return getComputedStyle({figure_text}).fill")
            self.report.check(dark_ink != light_ink, page, "choosing dark did not change the figures' colours", context)

        script = self.session.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": FRAME_RECORDER})
        try:
            driver.refresh()
            state = driver.execute_script(
                "return {value: document.querySelector('[data-scheme-switch]').value,"
                " scheme: document.documentElement.getAttribute('data-scheme'),"
                " background: getComputedStyle(document.body).backgroundColor, frames: window.__frames || []}")
        finally:
            self.session.cdp("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})
        self.report.check(state["value"] == "dark" and state["scheme"] == "dark" and state["background"] == dark,
                          page, f"dark was not kept across a reload: {state['value']}, {state['scheme']}, {state['background']}", context)
        painted = [frame for frame in state["frames"] if frame["background"] is not None]
        flashes = [frame for frame in state["frames"]
                   if frame["scheme"] != "dark" or (frame["background"] is not None and frame["background"] != dark)]
        self.report.check(bool(painted) and not flashes, page,
                          f"a frame before load was not dark (flash): {flashes[:2]} of {len(state['frames'])} frames", context)

        Select(driver.find_element("css selector", "[data-scheme-switch]")).select_by_value("system")
        stored = driver.execute_script("return localStorage.getItem('sitegen-scheme')")
        background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
        self.report.check(stored is None and background == light, page,
                          f"choosing system did not forget the choice: {stored}, {background}", context)

    def _check_toc(self, page, context):
        driver = self.driver
        driver.execute_script("window.scrollTo(0, 0)")
        last = driver.execute_script(
            "var links = document.querySelectorAll('.main.has-toc > .toc a[href^=\"#\"]');"
            "var link = links[links.length - 1];"
            "var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));"
            "target.scrollIntoView(); return link.getAttribute('href');")
        marked = None
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            marked = driver.execute_script(
                "return Array.from(document.querySelectorAll('.toc a[aria-current]')).map(a => a.getAttribute('href'))")
            if marked == [last]:
                break
            time.sleep(0.05)
        self.report.check(marked == [last], page,
                          f"table of contents marks {marked} after scrolling to {last}", context)

    def _press_copy_from_keyboard(self):
        """Tabs from the top of the page to the first copy button and presses Enter; False if Tab never reaches it."""
        driver = self.driver
        driver.execute_script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();"
                              "document.body.focus();")
        actions = ActionChains(driver)
        for _ in range(TAB_LIMIT):
            actions.send_keys(Keys.TAB).perform()
            if driver.execute_script("return document.activeElement.classList.contains('copy-button')"):
                actions.send_keys(Keys.ENTER).perform()
                return True
        return False

    def _check_copy(self, page, context, origin):
        driver = self.driver
        if origin is not None:
            self._set_clipboard_permission(origin, "granted")
        driver.refresh()
        code = driver.execute_script("return document.querySelector('.prose pre > code').textContent")
        driver.execute_script("window.__copyLabel = document.querySelector('.copy-button').textContent")
        reached = self._press_copy_from_keyboard()
        self.report.check(reached, page, f"no copy button reached with Tab within {TAB_LIMIT} presses", context)
        if not reached:
            return
        state = self._wait_for_copied()
        self.report.check(state["announced"], page, f"copying was not announced: {state}", context)
        clipboard = self._read_clipboard()
        if clipboard is None and origin is None:
            return  # file:// may not read the clipboard back; the announcement says the copy succeeded
        held = "nothing readable" if clipboard is None else f"{len(clipboard)} characters ending {clipboard[-24:]!r}"
        self.report.check(clipboard == code, page,
                          f"the clipboard holds {held} instead of the code's {len(code)} ending {code[-24:]!r}", context)

    def _check_copy_fallback(self, page, context, origin):
        """With clipboard writes denied, the button falls back to selecting and execCommand."""
        driver = self.driver
        self._set_clipboard_permission(origin, "denied")
        driver.refresh()
        reached = self._press_copy_from_keyboard()
        if not reached:
            return
        state = self._wait_for_copied()
        self.report.check(state["announced"], page, f"copying was not announced when the Clipboard API was refused: {state}", context)
        self._set_clipboard_permission(origin, "granted")

    def _wait_for_copied(self):
        state = {}
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            state = self.driver.execute_script(
                "var button = document.querySelector('.copy-button'), status = document.querySelector('.copy-status[role=status]');"
                "return {button: button.textContent, status: status ? status.textContent : null,"
                " announced: !!status && status.textContent !== '' && status.textContent === button.textContent"
                " && button.textContent !== window.__copyLabel};")
            if state["announced"]:
                break
            time.sleep(0.05)
        return state

    def _set_clipboard_permission(self, origin, setting):
        base = origin.base_url.rstrip("/")
        scheme, rest = base.split("://", 1)
        host = rest.split("/", 1)[0]
        for name in ("clipboard-write", "clipboard-read"):
            value = setting if name == "clipboard-write" else "granted"
            self.session.cdp("Browser.setPermission", {
                "permission": {"name": name, "allowWithoutSanitization": True} if name == "clipboard-write" else {"name": name},
                "setting": value,
                "origin": f"{scheme}://{host}",
            })

    def _read_clipboard(self):
        """The clipboard's text, read by the browser itself; None where the page may not read it."""
        return self.driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "if (!navigator.clipboard || !navigator.clipboard.readText) { done(null); return; }"
            "navigator.clipboard.readText().then(done, function () { done(null); });")

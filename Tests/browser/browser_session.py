"""One headless Chromium, driven by Selenium through Debian's chromedriver, reused for every load.

It records the browser console and the network (Chrome's performance log), and it cannot
reach any host but this machine: every name resolves to nothing except 127.0.0.1 and
localhost, and everything else goes to a proxy port where nothing listens. So a page that
asks for an external resource is caught (the request is logged) without traffic leaving.
"""

import json
import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM_CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"]
CHROMEDRIVER_CANDIDATES = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
# Port 9 (discard) on loopback: nothing listens there, so proxied requests fail at once.
DEAD_PROXY = "127.0.0.1:9"


def _first_existing(paths, name):
    for path in paths:
        if os.path.exists(path):
            return path
    found = shutil.which(name)
    if found:
        return found
    raise RuntimeError(f"{name} not found (looked in {', '.join(paths)} and PATH)")


class BrowserSession:
    def __init__(self, page_load_timeout=30):
        options = webdriver.ChromeOptions()
        options.binary_location = _first_existing(CHROMIUM_CANDIDATES, "chromium")
        for argument in [
            "--headless=new",
            "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--hide-scrollbars",  # overlay scrollbars, as on phones: clientWidth is the viewport
            "--force-device-scale-factor=1",
            "--window-size=1280,900",
            "--lang=zh-CN",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            f"--proxy-server=http://{DEAD_PROXY}",
            "--proxy-bypass-list=127.0.0.1;localhost",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
        ]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        options.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
        service = Service(executable_path=_first_existing(CHROMEDRIVER_CANDIDATES, "chromedriver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(page_load_timeout)
        self.driver.set_script_timeout(page_load_timeout)
        self.cdp("Network.enable", {})
        self.cdp("Network.setCacheDisabled", {"cacheDisabled": True})

    def cdp(self, method, params):
        return self.driver.execute_cdp_cmd(method, params)

    def emulate(self, width, height, scheme):
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.cdp("Emulation.setEmulatedMedia",
                 {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})

    def drain_logs(self):
        """Returns (console entries, network events) recorded since the last call."""
        console = self.driver.get_log("browser")
        events = []
        for entry in self.driver.get_log("performance"):
            try:
                message = json.loads(entry["message"])["message"]
            except (KeyError, ValueError):
                continue
            if message.get("method", "").startswith("Network."):
                events.append(message)
        return console, events

    def quit(self):
        try:
            self.driver.quit()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.quit()

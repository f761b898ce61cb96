"""Serves the site with Python's own static server (serve_static.py), at the root and under a path prefix.

A real server (not a Selenium data: URL or a file:// shortcut) is what readers meet: it
decides MIME types, 404s and directory handling. The prefixed copy proves that every
internal URL is relative, since nothing outside /sub/ exists on that server.
"""

import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "sub"


class StaticServer:
    """One static server process on 127.0.0.1 and a free port it picked itself."""

    def __init__(self, directory):
        # Port 0 lets the kernel choose a free port; the server prints which one.
        self.process = subprocess.Popen(
            [sys.executable, "-u", os.path.join(HERE, "serve_static.py"), directory],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.port = self._read_port()

    def _read_port(self):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            match = re.search(r"port (\d+)", line)
            if match:
                return int(match.group(1))
        self.stop()
        raise RuntimeError("the static server did not report its port")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout:
            self.process.stdout.close()


class SiteServers:
    """The site at http://127.0.0.1:A/ and at http://127.0.0.1:B/sub/."""

    def __init__(self, public_dir):
        self._prefix_root = tempfile.TemporaryDirectory(prefix="browser-check-prefix-")
        os.symlink(os.path.abspath(public_dir), os.path.join(self._prefix_root.name, PREFIX))
        self.root = StaticServer(public_dir)
        try:
            self.prefixed = StaticServer(self._prefix_root.name)
        except Exception:
            self.root.stop()
            raise
        self.root_url = f"http://127.0.0.1:{self.root.port}/"
        self.prefixed_url = f"http://127.0.0.1:{self.prefixed.port}/{PREFIX}/"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.root.stop()
        self.prefixed.stop()
        self._prefix_root.cleanup()

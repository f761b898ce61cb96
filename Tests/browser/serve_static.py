"""Python's own static file server (http.server), on 127.0.0.1 and a port the kernel picks.

Usage: serve_static.py DIRECTORY   — prints "port N" once it listens.
It is `python3 -m http.server --bind 127.0.0.1` with two changes: it adds a `LinkChecker`
response header, which is LinkChecker's documented way for a server to lift its default
throttle (about 3 requests a second per host, which would make a crawl of every heading
anchor take minutes), and it does not log each request.
"""

import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "allow full-speed checking of this test server")
        super().end_headers()

    def log_message(self, format, *args):
        pass


def main():
    directory = sys.argv[1]
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        print(f"port {server.server_address[1]}", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()

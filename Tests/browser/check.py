"""The browser check of a built site: see README.md. Run through ./check, which sets up what it needs.

Usage: check.py PUBLIC_DIR --screenshots DIR
Prints `PAGE: problem` lines, then one summary line; exits 1 on any failure, 2 on bad usage.
"""

import argparse
import os
import sys
import time
from pathlib import Path

from browser_pages import ALL_COMBINATIONS, SPOT_COMBINATIONS, TEXT_SIZE_LOG, Origin, PageChecker, page_list
from browser_session import BrowserSession
from html_validation import finish_validation, start_validation
from link_crawl import Crawl
from reader_features import ReaderFeatureChecker
from report import Report, run_guarded
from search_box import SearchChecker, has_search
from static_servers import SiteServers
from svg_files import check_svg_files


def clear_screenshots(folder):
    """Old screenshots of pages that no longer exist would mislead; this folder is ours alone."""
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            if name.endswith(".png"):
                os.remove(os.path.join(folder, name))
    os.makedirs(folder, exist_ok=True)


def main(argv):
    parser = argparse.ArgumentParser(description="Check a built site in a browser, a server and the validator.")
    parser.add_argument("public_dir")
    parser.add_argument("--screenshots", required=True, help="folder for the PNG screenshots")
    parser.add_argument("--verbose", action="store_true", help="print the time each stage took")
    arguments = parser.parse_args(argv)

    public_dir = os.path.abspath(arguments.public_dir)
    if not os.path.isdir(public_dir):
        print(f"{arguments.public_dir}: not a folder (build the site first)")
        print("browser check: 0 pages, 0 checks, 1 failures")
        return 2

    report = Report()
    pages = page_list(public_dir)
    report.page_count = len(pages)
    report.check(bool(pages), arguments.public_dir, "no HTML pages found")

    started = time.monotonic()

    def stage(name):
        if arguments.verbose:
            print(f"  [{time.monotonic() - started:6.1f} s] {name}", file=sys.stderr, flush=True)

    # The validator and LinkChecker are separate processes: they run while the browser does.
    stage("SVG files, then HTML validator started")
    check_svg_files(public_dir, report)
    validation = start_validation(public_dir, pages) if pages else None

    clear_screenshots(arguments.screenshots)

    with SiteServers(public_dir) as servers:
        stage("LinkChecker started")
        crawl = Crawl([("root", servers.root_url), ("sub", servers.prefixed_url)], pages) if pages else None
        origins = [
            Origin("root", servers.root_url, ALL_COMBINATIONS, screenshots=True, accessibility=True),
            Origin("sub", servers.prefixed_url, SPOT_COMBINATIONS),
            Origin("file", Path(public_dir).as_uri() + "/", SPOT_COMBINATIONS),
        ]
        stage("browser")
        with BrowserSession() as session:
            checker = PageChecker(session, report, arguments.screenshots)
            checker.run(origins, pages)
            if has_search(public_dir):
                stage("search box")
                SearchChecker(session, report, checker).run(origins)
            stage("reader features")
            ReaderFeatureChecker(session, report).run(origins[0], pages, file_origin=origins[2])
        stage("waiting for LinkChecker")
        if crawl:
            crawl.finish(report)
    stage("waiting for the HTML validator")
    if validation:
        finish_validation(validation, public_dir, pages, report)
    stage("done")

    # The diagram text sizes measured (issue #16), on stderr: the report on stdout stays one line a problem.
    for line in TEXT_SIZE_LOG:
        print("diagram text: " + line, file=sys.stderr)
    return report.finish()


if __name__ == "__main__":
    sys.exit(run_guarded(main, sys.argv[1:], name="browser check", label="browser check"))

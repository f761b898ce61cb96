"""Proves the browser check on small sites: it passes the valid one and fails each broken one for its reason.

Each case under fixtures/broken/NAME/ is laid over a copy of fixtures/valid/ (its files are
added to, or replace, the valid site's), and its expect.txt lists regular expressions for
the `PAGE: problem` lines the check must print. A case passes when the check exits 1,
every expectation matches a printed problem, and every printed problem is expected — so
each broken page is otherwise valid, and the check blames the right page for the right
thing. The valid site must give exit 0 and no problem at all.

Usage: selftest.py [CASE ...]   (default: every case)
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
VALID = os.path.join(FIXTURES, "valid")
BROKEN = os.path.join(FIXTURES, "broken")
EXPECTATIONS = "expect.txt"
REPO = os.path.dirname(os.path.dirname(HERE))
SCREENSHOTS = os.path.join(REPO, "artifacts", "selftest-screenshots")
SUMMARY = re.compile(r"^browser check: (\d+) pages, (\d+) checks, (\d+) failures$")


def read_expectations(case_dir):
    patterns = []
    with open(os.path.join(case_dir, EXPECTATIONS), encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                patterns.append(re.compile(line))
    return patterns


def build_site(case_dir, into):
    site = os.path.join(into, "public")
    shutil.copytree(VALID, site)
    if case_dir:
        for directory, _, files in os.walk(case_dir):
            for name in files:
                if directory == case_dir and name == EXPECTATIONS:
                    continue
                source = os.path.join(directory, name)
                target = os.path.join(site, os.path.relpath(source, case_dir))
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copyfile(source, target)
    return site


def run_check(site, case):
    command = [sys.executable, os.path.join(HERE, "check.py"), site,
               "--screenshots", os.path.join(SCREENSHOTS, case)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    return result.returncode, result.stdout, result.stderr


def judge(patterns, code, stdout):
    """Returns the list of reasons the case failed (empty when it passed)."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    reasons = []
    if not lines or not SUMMARY.match(lines[-1]):
        return [f"the last line is not the summary line: {lines[-1] if lines else '(no output)'}"]
    failures = int(SUMMARY.match(lines[-1]).group(3))
    problems = lines[:-1]
    if failures != len(problems):
        reasons.append(f"the summary counts {failures} failures but {len(problems)} problem lines were printed")
    expected_code = 1 if patterns else 0
    if code != expected_code:
        reasons.append(f"exit code {code}, expected {expected_code}")
    for pattern in patterns:
        if not any(pattern.search(problem) for problem in problems):
            reasons.append(f"no problem line matches {pattern.pattern}")
    for problem in problems:
        if not any(pattern.search(problem) for pattern in patterns):
            reasons.append(f"unexpected problem: {problem}")
    return reasons


def main(argv):
    cases = ["valid"] + sorted(os.listdir(BROKEN))
    if argv:
        unknown = [name for name in argv if name not in cases]
        if unknown:
            print(f"unknown case(s): {', '.join(unknown)}; cases are: {', '.join(cases)}", file=sys.stderr)
            return 2
        cases = argv
    passed = failed = 0
    for case in cases:
        case_dir = None if case == "valid" else os.path.join(BROKEN, case)
        patterns = read_expectations(case_dir) if case_dir else []
        started = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"browser-selftest-{case}-") as folder:
            site = build_site(case_dir, folder)
            try:
                code, stdout, stderr = run_check(site, case)
                reasons = judge(patterns, code, stdout)
            except subprocess.TimeoutExpired:
                stdout, stderr, reasons = "", "", ["the check did not finish within 10 minutes"]
        seconds = time.monotonic() - started
        if reasons:
            failed += 1
            print(f"FAIL {case} ({seconds:.1f} s)")
            for reason in reasons:
                print(f"    {reason}")
            for line in (stdout + stderr).strip().splitlines()[-30:]:
                print(f"    | {line}")
        else:
            passed += 1
            print(f"ok   {case} ({seconds:.1f} s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

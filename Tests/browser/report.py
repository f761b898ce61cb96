"""Collects check results and prints them as `PAGE: problem` lines plus one summary line.

The same problem usually shows up in several loads of a page (two widths, two colour
schemes, three origins); it is printed once, with the loads where it was seen, so the
output stays readable and the failure count means "distinct problems".
"""

import traceback
from collections import OrderedDict


class Report:
    def __init__(self, name="browser check"):
        self.name = name
        self.page_count = 0
        self.check_count = 0
        # (page, problem) -> list of contexts, in the order first seen
        self._failures = OrderedDict()

    def passed(self, count=1):
        """Records checks that ran and found nothing."""
        self.check_count += count

    def check(self, ok, page, problem, context=None):
        """Records one check; a failing check records its problem."""
        self.check_count += 1
        if not ok:
            self.fail(page, problem, context)
        return ok

    def fail(self, page, problem, context=None):
        """Records a problem; the caller counts the check that found it with passed()."""
        contexts = self._failures.setdefault((page, problem), [])
        if context and context not in contexts:
            contexts.append(context)

    @property
    def failure_count(self):
        return len(self._failures)

    def failure_lines(self):
        lines = []
        # Sorted by page so each page's problems stand together, whichever stage found them.
        for (page, problem), contexts in sorted(self._failures.items(), key=lambda item: item[0]):
            where = f" [{', '.join(contexts)}]" if contexts else ""
            lines.append(f"{page}: {problem}{where}")
        return lines

    def summary_line(self):
        return (f"{self.name}: {self.page_count} pages, {self.check_count} checks, "
                f"{self.failure_count} failures")

    def finish(self):
        """Prints the problems and the summary line; the exit status: 1 when anything failed."""
        for line in self.failure_lines():
            print(line)
        print(self.summary_line())
        return 1 if self.failure_count else 0


def run_guarded(main, argv, name, label):
    """main(argv), but a crash of the check itself still ends with the summary line
    (as `name` prints it) and exit 1: the check's own failure must not look like a
    silent pass. `label` prefixes the line that says what went wrong."""
    try:
        return main(argv)
    except Exception as error:
        traceback.print_exc()
        print(f"({label}): the check itself failed: {type(error).__name__}: {error}")
        print(f"{name}: 0 pages, 0 checks, 1 failures")
        return 1

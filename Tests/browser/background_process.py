"""A command that runs while the browser stage runs, with its output going to temp files.

Files, not pipes: a full pipe would stall the command while nobody reads it.
"""

import subprocess
import tempfile


class BackgroundProcess:
    def __init__(self, command, **popen_arguments):
        self._stdout = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self._stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        self.process = subprocess.Popen(command, stdout=self._stdout, stderr=self._stderr,
                                        stdin=subprocess.DEVNULL, **popen_arguments)

    def wait(self, timeout=900):
        """Returns (exit code, stdout, stderr)."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            code = None
        outputs = []
        for file in (self._stdout, self._stderr):
            file.seek(0)
            outputs.append(file.read())
            file.close()
        return code, outputs[0], outputs[1]

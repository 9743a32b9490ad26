"""pipelines.clean_exit: a finished run leaves with its status, its atexit hooks run and
its output flushed, without the interpreter's native teardown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = """
import atexit, sys
from pipelines.clean_exit import exit_after_work
atexit.register(lambda: open(sys.argv[1], "w").write("hook ran"))
sys.stdout.write("no newline, still buffered")
sys.stderr.write("to stderr")
exit_after_work(3)
print("never reached")
"""


def test_exit_after_work_keeps_status_hooks_and_output(tmp_path):
    marker = tmp_path / "marker"
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(marker)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stdout == "no newline, still buffered"
    assert done.stderr == "to stderr"
    assert marker.read_text() == "hook ran"

"""Ending a command-line run once its work is done.

A run's outputs are written and committed before its command returns; what is left
is the interpreter's teardown, and there native thread pools (Arrow's Parquet
threads: apache/arrow#34314) may still be torn down while a worker is alive, which
aborts the process ("terminate called without an active exception", exit -6) now and
then after a successful run. ``exit_after_work`` does what a normal exit does for
Python code (atexit hooks: logging, Beam's own; flushing stdout and stderr) and then
leaves without the native teardown.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn


def exit_after_work(code: int) -> NoReturn:
    """Exit with `code` after the atexit hooks and flushing the standard streams."""
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a closed or broken pipe has nothing left to flush
    os._exit(code)

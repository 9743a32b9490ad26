"""The official Pub/Sub emulator (Google Cloud SDK) on a loopback port.

    python -m pipelines.emulator [--port PORT] [--project NAME] [--topic NAME]

starts it (on a free port unless given), prints the line to paste into other
shells, ``export PUBSUB_EMULATOR_HOST=127.0.0.1:PORT``, and runs until Ctrl-C,
then stops gcloud and its java child. The emulator keeps everything in memory:
topics and subscriptions are gone when it stops. ``PubSubEmulator`` is also what
the test fixture (tests/pubsub_emulator.py) starts and stops.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

PROJECT = "diplowatch-local"
START_TIMEOUT_S = 60.0
_STOP_TIMEOUT_S = 10.0


class EmulatorUnavailable(RuntimeError):
    """The emulator cannot be started on this machine; the message says why."""


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def emulator_command() -> list[str]:
    """The gcloud command line that starts the emulator, minus host and data dir.

    Checks what can be checked without starting anything, so the reason for a
    skip names the missing piece rather than a traceback."""
    gcloud = shutil.which("gcloud")
    if gcloud is None:
        raise EmulatorUnavailable("`gcloud` (Google Cloud SDK) is not on PATH")
    sdk_root = Path(os.path.realpath(gcloud)).parents[1]
    emulator_dir = sdk_root / "platform" / "pubsub-emulator"
    if not emulator_dir.is_dir():
        raise EmulatorUnavailable(
            f"the pubsub-emulator component is not installed in {sdk_root} "
            "(gcloud components install pubsub-emulator, or apt install "
            "google-cloud-cli-pubsub-emulator)"
        )
    if shutil.which("java") is None:
        raise EmulatorUnavailable("the Pub/Sub emulator needs `java` on PATH")
    return [gcloud, "beta", "emulators", "pubsub", "start", "--quiet"]


class PubSubEmulator:
    """A running (or stopped) emulator process and helpers to use it."""

    def __init__(self, project: str = PROJECT, port: int | None = None):
        self.project = project
        self._wanted_port = port
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self.data_dir: Path | None = None
        self.log_path: Path | None = None
        self.startup_seconds: float | None = None

    @property
    def host(self) -> str:
        if self.port is None:
            raise RuntimeError("the emulator has not been started")
        return f"127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = START_TIMEOUT_S) -> PubSubEmulator:
        if self.running:
            return self
        command = emulator_command()
        self.port = self._wanted_port or _free_loopback_port()
        self.data_dir = Path(tempfile.mkdtemp(prefix="pubsub-emulator-"))
        self.log_path = self.data_dir / "emulator.log"
        began = time.monotonic()
        with open(self.log_path, "wb") as log:
            # Own process group: gcloud starts java as a child, and stop()
            # must take both down.
            self.process = subprocess.Popen(
                [*command, f"--host-port={self.host}", f"--project={self.project}",
                 f"--data-dir={self.data_dir}"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self._wait_until_ready(began + timeout, timeout)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def _wait_until_ready(self, deadline: float, timeout: float) -> None:
        url = f"http://{self.host}/"
        while True:
            if self.process.poll() is not None:
                raise EmulatorUnavailable(
                    f"the emulator exited with code {self.process.returncode}: "
                    f"{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(url, timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise EmulatorUnavailable(
                    f"the emulator did not answer on {url} within {timeout:.0f} s: "
                    f"{self.log_tail()}"
                )
            time.sleep(0.2)

    def stop(self) -> None:
        """Kill the whole process group (gcloud and its java child) and wait."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(timeout=_STOP_TIMEOUT_S)
                    break
                except subprocess.TimeoutExpired:
                    continue
        # The java child may outlive gcloud's python for a moment.
        if process is not None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.data_dir is not None:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self.data_dir = None

    def restart(self) -> PubSubEmulator:
        """A fresh emulator (new port, empty state) after ``stop()``."""
        self.stop()
        return self.start()

    def log_tail(self, lines: int = 15) -> str:
        if self.log_path is None or not self.log_path.exists():
            return "(no log)"
        text = self.log_path.read_text(errors="replace").strip().splitlines()
        return " | ".join(text[-lines:]) or "(empty log)"

    # -- resources (the caller has PUBSUB_EMULATOR_HOST set) -----------------

    def topic_path(self, name: str) -> str:
        return f"projects/{self.project}/topics/{name}"

    def subscription_path(self, name: str) -> str:
        return f"projects/{self.project}/subscriptions/{name}"

    def create_topic(self, name: str) -> str:
        from google.cloud import pubsub_v1

        path = self.topic_path(name)
        pubsub_v1.PublisherClient().create_topic(name=path)
        return path

    def create_subscription(self, topic: str, name: str, filter: str = "") -> str:
        from google.cloud import pubsub_v1

        path = self.subscription_path(name)
        with pubsub_v1.SubscriberClient() as subscriber:
            subscriber.create_subscription(
                request={"name": path, "topic": topic, "filter": filter}
            )
        return path


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.emulator",
        description="Run the Pub/Sub emulator on 127.0.0.1 until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=0,
                        help="port to listen on (default: a free one)")
    parser.add_argument("--project", default=PROJECT, help=f"project id (default {PROJECT})")
    parser.add_argument("--topic", action="append", default=[], metavar="NAME",
                        help="create this topic once the emulator is up (repeatable)")
    args = parser.parse_args(argv)
    # `kill` (or make being stopped) must not orphan the emulator either.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, signal.default_int_handler)  # even if inherited ignored
    emulator = PubSubEmulator(project=args.project, port=args.port or None)
    try:
        emulator.start()
    except EmulatorUnavailable as err:
        print(f"error: Pub/Sub emulator not available: {err}", file=sys.stderr)
        return 1
    try:
        os.environ["PUBSUB_EMULATOR_HOST"] = emulator.host
        for name in args.topic:
            print(f"# created {emulator.create_topic(name)}", file=sys.stderr)
        print(f"# Pub/Sub emulator up in {emulator.startup_seconds:.1f} s, project "
              f"{emulator.project}; log: {emulator.log_path}; Ctrl-C stops it", file=sys.stderr)
        print(f"export PUBSUB_EMULATOR_HOST={emulator.host}", flush=True)
        while emulator.running:
            time.sleep(0.5)
        print(f"error: the emulator exited: {emulator.log_tail()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        emulator.stop()


if __name__ == "__main__":
    sys.exit(main())

"""``make demo``: streaming mode end to end on this machine.

    python -m pipelines.demo [--output out/stream] [--seconds N]

Starts the Pub/Sub emulator (unless PUBSUB_EMULATOR_HOST is set), creates the
alerts topic and a subscription, serves samples/feeds/ on a local HTTP server,
runs ``python -m pipelines.monitor --streaming`` on those feeds (and on an
input topic, to which it publishes one item a few seconds in, as a crawler
would), and prints the alerts as the consumer (``pipelines.consume_alerts``)
receives them, each with the seconds since the pipeline was started. Ctrl-C
(or --seconds) stops the pipeline, which writes its open windows and prints
its summary, then the rest.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FEEDS = ROOT / "samples" / "feeds"
PROJECT = "diplowatch-local"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve_feeds() -> ThreadingHTTPServer:
    """samples/feeds/ on 127.0.0.1 (If-Modified-Since answered with 304)."""
    handler = functools.partial(_Quiet, directory=str(FEEDS))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True, name="feeds").start()
    return server


class _Problems(io.TextIOBase):
    """The consumer's stderr without its "printed N alerts" tally (the demo
    calls it once a second)."""

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line and not line.startswith("printed "):
                print(line, file=sys.stderr, flush=True)
        return len(text)


class _Stamped(io.TextIOBase):
    """Prefixes each line with the seconds since ``start``."""

    def __init__(self, start: float):
        self._start = start

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line:
                print(f"+{time.monotonic() - self._start:5.1f}s  {line}", flush=True)
        return len(text)


def _ensure(create) -> None:
    from google.api_core import exceptions

    try:
        create()
    except exceptions.AlreadyExists:
        pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.demo", description=__doc__)
    parser.add_argument("--output", default="out/stream")
    parser.add_argument("--poll-interval", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=None,
                        help="stop by itself after this long (default: at Ctrl-C)")
    args = parser.parse_args(argv)

    emulator = None
    if not os.environ.get("PUBSUB_EMULATOR_HOST"):
        from pipelines.emulator import EmulatorUnavailable, PubSubEmulator

        try:
            emulator = PubSubEmulator(project=PROJECT).start()
        except EmulatorUnavailable as err:
            print(f"demo: the Pub/Sub emulator is not available: {err}", file=sys.stderr)
            return 1
        os.environ["PUBSUB_EMULATOR_HOST"] = emulator.host
        print(f"demo: Pub/Sub emulator on {emulator.host}", file=sys.stderr)
    from google.cloud import pubsub_v1

    from pipelines import consume_alerts

    alerts = f"projects/{PROJECT}/topics/alerts"
    items = f"projects/{PROJECT}/topics/items"
    subscription = f"projects/{PROJECT}/subscriptions/demo-alerts"
    publisher = pubsub_v1.PublisherClient()
    _ensure(lambda: publisher.create_topic(name=alerts))
    _ensure(lambda: publisher.create_topic(name=items))
    with pubsub_v1.SubscriberClient() as subscriber:
        _ensure(lambda: subscriber.create_subscription(
            request={"name": subscription, "topic": alerts}))

    server = serve_feeds()
    host, port = server.server_address[:2]
    command = [sys.executable, "-m", "pipelines.monitor", "--streaming",
               "--poll-interval", str(args.poll_interval), "--input-topic", items,
               "--alerts-topic", alerts, "--output", args.output,
               "--allow-private-addresses", "--window-seconds", "10"]
    for path in sorted(FEEDS.iterdir()):
        command += ["--feeds", f"http://{host}:{port}/{path.name}"]
    if args.seconds:
        command += ["--max-runtime", str(args.seconds)]
    print("demo: " + " ".join(command[1:]), file=sys.stderr)
    started = time.monotonic()
    # The pipeline shares our process group: Ctrl-C in the terminal reaches it
    # too, and it drains by itself.
    pipeline = subprocess.Popen(command, cwd=ROOT, env={**os.environ,
                                                        "PYTHONPATH": str(ROOT)})

    def crawler_item():
        time.sleep(8)
        if pipeline.poll() is None:
            publisher.publish(items, json.dumps({
                "link": "https://crawler.example/2024/05/01/chile-norway-ties",
                "title": "Chile restores diplomatic ties with Norway",
                "feed": "demo-crawler"}).encode()).result(timeout=30)
            print(f"+{time.monotonic() - started:5.1f}s  demo: published one item to {items}",
                  flush=True)

    threading.Thread(target=crawler_item, daemon=True).start()
    status = 0
    try:
        print("demo: alerts as the consumer receives them (Ctrl-C stops):", file=sys.stderr)
        while pipeline.poll() is None:
            consume_alerts.main(["--subscription", subscription, "--timeout", "1"],
                                out=_Stamped(started), err=_Problems())
    except KeyboardInterrupt:
        pass
    finally:
        try:
            status = pipeline.wait(timeout=120)
        except (subprocess.TimeoutExpired, KeyboardInterrupt):
            pipeline.send_signal(signal.SIGINT)  # a second Ctrl-C: abort
            status = pipeline.wait()
        server.shutdown()
        if emulator is not None:
            emulator.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())

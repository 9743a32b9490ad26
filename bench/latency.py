"""Latency of streaming mode, end to end, on the Pub/Sub emulator.

    .venv/bin/python -m bench.latency --items 200 --poll-interval 1

Starts the emulator (unless PUBSUB_EMULATOR_HOST is set), a live RSS feed on
127.0.0.1 (``bench.feed_server``), and the real CLI, ``python -m
pipelines.monitor --streaming``, as a subprocess that polls the feed, reads an
input topic and publishes alerts to an alerts topic. Then, at ``--rate`` items
per second per source, it adds items to the feed and publishes items to the
input topic, each with a unique URL and a headline the coder alerts on, and
pulls the alerts topic, timing each alert's arrival against:

* feed, from appearance: the moment the item was added to the feed;
* feed, from the poll: the moment a GET first returned it (what the target,
  median <= 2 s, is about);
* Pub/Sub: the moment the input message was published (acknowledged).

Finally it stops the pipeline with SIGINT (Ctrl-C) and checks that it drains
and exits. Prints median, 95th percentile and maximum per measure, and the
items that never alerted (should be none).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench.feed_server import LiveFeedServer

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Canada", "Kenya", "Mexico", "India",
             "Norway", "Chile"]
HEADLINES = ["{a} expels {b}'s ambassador", "{a} imposes sanctions on {b}",
             "{a} restores diplomatic ties with {b}", "{a} recalls its ambassador to {b}",
             "{a} cuts diplomatic ties with {b}"]


def headline(i: int) -> str:
    pairs = [(a, b) for a in COUNTRIES for b in COUNTRIES if a != b]
    a, b = pairs[i % len(pairs)]
    return HEADLINES[(i // len(pairs)) % len(HEADLINES)].format(a=a, b=b)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def describe(name: str, values: list[float]) -> dict:
    if not values:
        return {"measure": name, "n": 0}
    return {"measure": name, "n": len(values), "median_s": round(statistics.median(values), 3),
            "p95_s": round(percentile(values, 0.95), 3), "max_s": round(max(values), 3)}


class AlertCollector(threading.Thread):
    """Pulls the alerts subscription; records when each article URL alerted first."""

    def __init__(self, subscription: str):
        super().__init__(daemon=True, name="alerts")
        self.subscription = subscription
        self.first_alert: dict[str, float] = {}
        self.alerts = 0
        self.stopping = threading.Event()

    def run(self):
        from google.api_core import exceptions
        from google.cloud import pubsub_v1

        with pubsub_v1.SubscriberClient() as subscriber:
            while not self.stopping.is_set():
                try:
                    response = subscriber.pull(request={"subscription": self.subscription,
                                                        "max_messages": 500}, timeout=2)
                except exceptions.DeadlineExceeded:
                    continue
                now = time.time()
                received = list(response.received_messages)
                if not received:
                    continue
                subscriber.acknowledge(request={"subscription": self.subscription,
                                                "ack_ids": [r.ack_id for r in received]})
                for r in received:
                    self.alerts += 1
                    url = json.loads(r.message.data)["article"]["url"]
                    self.first_alert.setdefault(url, now)


def wait_for(condition, timeout: float, what: str, pipeline: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if pipeline.poll() is not None:
            raise SystemExit(f"the pipeline exited ({pipeline.returncode}) while waiting for "
                             f"{what}")
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.05)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=200, help="items per source (200)")
    parser.add_argument("--rate", type=float, default=4.0,
                        help="items per second per source (4)")
    parser.add_argument("--poll-interval", type=float, default=1.0)
    parser.add_argument("--sources", choices=("feed", "pubsub", "both"), default="both")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)

    emulator = None
    if not os.environ.get("PUBSUB_EMULATOR_HOST"):
        from pipelines.emulator import PubSubEmulator

        emulator = PubSubEmulator(project="diplowatch-bench").start()
        os.environ["PUBSUB_EMULATOR_HOST"] = emulator.host
    from google.cloud import pubsub_v1

    project = emulator.project if emulator else "diplowatch-bench"
    run = uuid.uuid4().hex[:8]
    alerts_topic = f"projects/{project}/topics/alerts-{run}"
    input_topic = f"projects/{project}/topics/items-{run}"
    alerts_sub = f"projects/{project}/subscriptions/bench-{run}"
    publisher = pubsub_v1.PublisherClient()
    publisher.create_topic(name=alerts_topic)
    publisher.create_topic(name=input_topic)
    with pubsub_v1.SubscriberClient() as subscriber:
        subscriber.create_subscription(request={"name": alerts_sub, "topic": alerts_topic})

    feed = LiveFeedServer().start()
    out = Path(tempfile.mkdtemp(prefix="diplowatch-bench-"))
    command = [sys.executable, "-m", "pipelines.monitor", "--streaming",
               "--output", str(out), "--alerts-topic", alerts_topic,
               "--window-seconds", "10", "--allow-private-addresses"]
    if args.sources in ("feed", "both"):
        command += ["--feeds", feed.url, "--poll-interval", str(args.poll_interval)]
    if args.sources in ("pubsub", "both"):
        command += ["--input-topic", input_topic]
    log = open(out / "pipeline.log", "w")  # noqa: SIM115 - closed at the end
    pipeline = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
    collector = AlertCollector(alerts_sub)
    collector.start()
    added: dict[str, float] = {}
    published: dict[str, float] = {}
    try:
        # Warm-up: the pipeline is up (spaCy loaded) once a first alert arrives.
        started = time.time()
        warm = f"https://warmup.example/{run}"
        if args.sources in ("feed", "both"):
            feed.add_item(warm + "/feed", headline(0))
        if args.sources in ("pubsub", "both"):
            publisher.publish(input_topic, json.dumps(
                {"link": warm + "/msg", "title": headline(1)}).encode()).result()
        wait_for(lambda: len(collector.first_alert) >= 1, 180, "the first alert", pipeline)
        print(f"pipeline up, first alert {time.time() - started:.1f} s after start",
              file=sys.stderr)
        time.sleep(2)

        def produce_feed():
            for i in range(args.items):
                url = f"https://feed.example/{run}/{i}"
                added[url] = feed.add_item(url, headline(i))
                time.sleep(1 / args.rate)

        def produce_messages():
            for i in range(args.items):
                url = f"https://wire.example/{run}/{i}"
                body = json.dumps({"link": url, "title": headline(i + 7),
                                   "feed": "bench-crawler"}).encode()
                future = publisher.publish(input_topic, body)
                future.result()
                published[url] = time.time()
                time.sleep(1 / args.rate)

        producers = []
        if args.sources in ("feed", "both"):
            producers.append(threading.Thread(target=produce_feed))
        if args.sources in ("pubsub", "both"):
            producers.append(threading.Thread(target=produce_messages))
        for p in producers:
            p.start()
        for p in producers:
            p.join()
        expected = set(added) | set(published)
        try:
            wait_for(lambda: expected <= set(collector.first_alert), 60,
                     "the last alerts", pipeline)
        except SystemExit as err:
            print(f"warning: {err}", file=sys.stderr)
        collector.stopping.set()

        # Ctrl-C: the pipeline must drain and exit by itself.
        stop_sent = time.monotonic()
        pipeline.send_signal(signal.SIGINT)
        code = pipeline.wait(timeout=120)
        drain_s = time.monotonic() - stop_sent
    finally:
        if pipeline.poll() is None:
            pipeline.kill()
        feed.stop()
        log.close()
        if emulator is not None:
            emulator.stop()

    first = collector.first_alert
    results = [
        describe("feed: item added -> alert", [first[u] - t for u, t in added.items()
                                               if u in first]),
        describe("feed: first poll that returned it -> alert",
                 [first[u] - feed.first_served[u] for u in added
                  if u in first and u in feed.first_served]),
        describe("pubsub: message published -> alert",
                 [first[u] - t for u, t in published.items() if u in first]),
    ]
    missing = sorted((set(added) | set(published)) - set(first))
    summary = {"items_per_source": args.items, "rate_per_s": args.rate,
               "poll_interval_s": args.poll_interval, "results": results,
               "missing": missing, "pipeline_exit_code": code,
               "drain_seconds": round(drain_s, 1), "feed_requests": feed.requests,
               "feed_not_modified": feed.not_modified, "log": str(out / "pipeline.log")}
    for r in results:
        if r["n"]:
            print(f"{r['measure']:<45} n={r['n']:<4} median {r['median_s']:.2f} s   "
                  f"p95 {r['p95_s']:.2f} s   max {r['max_s']:.2f} s")
    print(f"missing alerts: {len(missing)}; pipeline exit {code} after Ctrl-C, drained in "
          f"{drain_s:.1f} s; feed GETs {feed.requests} ({feed.not_modified} answered 304)")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")
    return 0 if not missing and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

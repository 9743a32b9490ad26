"""Read diplowatch alerts from a Pub/Sub subscription and print them.

    python -m pipelines.consume_alerts --subscription projects/P/subscriptions/S
    python -m pipelines.consume_alerts --subscription projects/P/subscriptions/S \\
        --topic projects/P/topics/T --create --type impose_sanctions --country RUS

Works against the emulator when PUBSUB_EMULATOR_HOST is set (`make emulator`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from schemas.alerts import alert_json_schema
from transforms.pubsub_alerts import alert_attributes, parse_subscription_path, parse_topic_path

_EVENT_PROPERTIES = alert_json_schema()["properties"]["event"]["properties"]
EVENT_TYPES: tuple[str, ...] = tuple(_EVENT_PROPERTIES["event_type"]["enum"])
FAMILIES: tuple[str, ...] = tuple(_EVENT_PROPERTIES["family"]["enum"])
_COUNTRY = re.compile(r"[A-Z]{2,10}")
# Pub/Sub refuses longer subscription filters.
MAX_FILTER_BYTES = 256
_PULL_BATCH = 100
# Short pulls: a pull cut off by Ctrl-C can still be handed a message by the
# server (the emulator does), which then waits out its ack deadline.
_PULL_TIMEOUT_S = 10.0
_TITLE_MAX = 120
# Acknowledging after Ctrl-C must not keep the user waiting for a minute.
_SETTLE_TIMEOUT_S = 10.0

EPILOG = """\
acknowledgement:
  An alert is acknowledged once its line has been written to stdout. Alerts that
  do not match --type/--family/--country are acknowledged too, as Pub/Sub does
  for messages that fail a subscription filter: use a subscription of your own
  (--create makes one). Alerts pulled but not printed because --max was reached
  or Ctrl-C was pressed are handed back at once for redelivery. A message that
  is not a readable alert is reported on stderr and left unacknowledged (it
  comes back after the ack deadline, or goes to the subscription's dead-letter
  topic if it has one). After Ctrl-C it waits at most 10 s for Pub/Sub to take
  these acknowledgements; what it could not settle is reported on stderr and
  comes back after its ack deadline.

filters:
  Repeat an option to accept several values (OR); different options combine
  with AND. With --create the filters also become the subscription's
  server-side filter (fixed for the subscription's life); they are always
  applied here as well, so an existing subscription without a filter works.

exit status: 0 after --max, --timeout or Ctrl-C; 1 on a Pub/Sub error; 2 on
bad arguments or a missing topic/subscription.
"""


class ConsumerError(Exception):
    """A failure the user can act on; ``exit_code`` says which kind."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class AlertFilter:
    """The alerts to print: every non-empty set must contain the alert's value."""

    types: frozenset[str] = field(default_factory=frozenset)
    families: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)

    def matches(self, alert: dict[str, Any]) -> bool:
        attrs = alert_attributes(alert)
        return (
            (not self.types or attrs["event_type"] in self.types)
            and (not self.families or attrs["family"] in self.families)
            and (not self.countries
                 or attrs["source"] in self.countries or attrs["target"] in self.countries)
        )

    def subscription_filter(self) -> str:
        """The same condition in Pub/Sub filter syntax ("" when unfiltered)."""
        clauses = []
        for attribute, values in (("event_type", self.types), ("family", self.families)):
            if values:
                clauses.append(_any_of([f'attributes.{attribute} = "{v}"'
                                        for v in sorted(values)]))
        if self.countries:
            clauses.append(_any_of([f'attributes.{side} = "{c}"'
                                    for c in sorted(self.countries)
                                    for side in ("source", "target")]))
        return " AND ".join(clauses)


def _any_of(terms: list[str]) -> str:
    # Pub/Sub filters refuse AND and OR mixed without parentheses.
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def _short_time(value: str | None) -> str:
    if not value:
        return "????-??-?? ??:??"
    # "2021-07-24T18:02:00Z" -> "2021-07-24 18:02Z"
    return value[:10] + " " + value[11:16] + ("Z" if value.endswith("Z") else "")


def readable_line(alert: dict[str, Any]) -> str:
    """time  type  source → target  modality  title  URL (one line).

    The time is when the article was published, or when diplowatch saw it if
    the feed gave no date; the title falls back to the evidence sentence."""
    event, article = alert.get("event") or {}, alert.get("article") or {}
    attrs = alert_attributes(alert)
    when = _short_time(article.get("published_at") or alert.get("detected_at"))
    title = " ".join((article.get("title") or event.get("sentence") or "").split())
    if len(title) > _TITLE_MAX:
        title = title[: _TITLE_MAX - 1].rstrip() + "…"
    url = article.get("url") or "(no URL)"
    return (f"{when}  {attrs['event_type']:<18}  {attrs['source']} → {attrs['target']}  "
            f"{attrs['modality']:<8}  {title}  {url}")


def decode_alert(data: bytes) -> dict[str, Any]:
    """The alert in a message body, or ValueError saying why it is not one."""
    try:
        alert = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"body is not JSON text: {err}") from err
    if not isinstance(alert, dict) or not isinstance(alert.get("event"), dict):
        raise ValueError("body is JSON but not a diplowatch alert (no 'event' object)")
    return alert


def _country(value: str) -> str:
    code = value.strip().upper()
    if not _COUNTRY.fullmatch(code):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 3166-1 alpha-3 code or IGO acronym (e.g. RUS, EU)"
        )
    return code


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _positive_float(value: str) -> float:
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return number


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog or "python -m pipelines.consume_alerts",
        description="Print diplowatch alerts from a Pub/Sub subscription.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--subscription", required=True,
                        help="projects/PROJECT/subscriptions/NAME to read from")
    parser.add_argument("--topic", help="projects/PROJECT/topics/NAME the alerts are "
                                        "published to (with --create)")
    parser.add_argument("--create", action="store_true",
                        help="create the subscription on --topic if it does not exist, "
                             "with the filters below as its server-side filter")
    parser.add_argument("--type", dest="types", action="append", default=[],
                        choices=EVENT_TYPES, metavar="EVENT_TYPE",
                        help="only this event type (" + ", ".join(EVENT_TYPES) + ")")
    parser.add_argument("--family", dest="families", action="append", default=[],
                        choices=FAMILIES, help="only this family")
    parser.add_argument("--country", dest="countries", action="append", default=[],
                        type=_country, metavar="CODE",
                        help="only alerts with this actor as source or target (e.g. RUS)")
    parser.add_argument("--json", action="store_true",
                        help="print each alert as its JSON line instead of a readable line")
    parser.add_argument("--max", type=_positive_int, metavar="N",
                        help="stop after printing N alerts")
    parser.add_argument("--timeout", type=_positive_float, metavar="SECONDS",
                        help="stop when nothing was printed for SECONDS (default: wait "
                             "until --max or Ctrl-C)")
    return parser


def _client_error(err: Exception, what: str) -> ConsumerError:
    from google.api_core import exceptions

    if isinstance(err, exceptions.NotFound):
        return ConsumerError(f"{what} does not exist ({err.message})", exit_code=2)
    host = os.environ.get("PUBSUB_EMULATOR_HOST")
    where = f"the emulator at {host}" if host else "Pub/Sub"
    return ConsumerError(f"{what}: {where} answered {type(err).__name__}: {err}")


def ensure_subscription(subscriber, subscription: str, topic: str, wanted_filter: str,
                        err: TextIO) -> None:
    """Create ``subscription`` on ``topic``; an existing one is kept as it is."""
    from google.api_core import exceptions

    try:
        subscriber.create_subscription(
            request={"name": subscription, "topic": topic, "filter": wanted_filter}
        )
        return
    except exceptions.AlreadyExists:
        pass
    except exceptions.GoogleAPICallError as error:
        raise _client_error(error, f"topic {topic}") from error
    try:
        existing = subscriber.get_subscription(request={"subscription": subscription})
    except exceptions.GoogleAPICallError as error:
        raise _client_error(error, f"subscription {subscription}") from error
    if existing.topic != topic:
        raise ConsumerError(
            f"{subscription} already exists on {existing.topic}, not on {topic}", exit_code=2
        )
    if existing.filter != wanted_filter:
        print(f"note: {subscription} already exists with filter {existing.filter!r}; "
              "Pub/Sub filters cannot change, the filters are applied here instead",
              file=err)


@dataclass
class Tally:
    printed: int = 0
    filtered_out: int = 0
    unreadable: int = 0


def _settle(subscriber, subscription: str, to_ack: list[str], not_looked_at: list,
            err: TextIO, *, interrupted: bool = False) -> None:
    """Acknowledge what was printed (or filtered out) and hand back at once what
    was not looked at.

    Each request gets at most ``_SETTLE_TIMEOUT_S`` (the client's default is a
    minute of retries), so Ctrl-C always ends the program promptly; after an
    interruption a failure is only reported (the alerts come back after their
    ack deadline: Pub/Sub delivers at least once), otherwise it is an error.
    """
    from google.api_core import exceptions
    from google.api_core import retry as retries

    bounded = retries.Retry(
        initial=0.1, maximum=1.0, multiplier=1.3, timeout=_SETTLE_TIMEOUT_S,
        predicate=retries.if_exception_type(exceptions.ServiceUnavailable),
    )
    give_back = [item.ack_id for item in not_looked_at]
    try:
        if to_ack:
            subscriber.acknowledge(
                request={"subscription": subscription, "ack_ids": to_ack},
                retry=bounded, timeout=_SETTLE_TIMEOUT_S,
            )
        if give_back:
            subscriber.modify_ack_deadline(
                request={"subscription": subscription, "ack_ids": give_back,
                         "ack_deadline_seconds": 0},
                retry=bounded, timeout=_SETTLE_TIMEOUT_S,
            )
    except exceptions.GoogleAPICallError as error:
        if not interrupted:
            raise _client_error(error, f"subscription {subscription}") from error
        print(f"warning: could not settle {len(to_ack) + len(give_back)} pulled alerts "
              f"({type(error).__name__}); Pub/Sub redelivers them after their ack "
              "deadline", file=err)


def consume(subscriber, subscription: str, alert_filter: AlertFilter, *, as_json: bool,
            max_alerts: int | None, idle_timeout: float | None, out: TextIO,
            err: TextIO, tally: Tally | None = None) -> Tally:
    """Pull, print and acknowledge until --max, --timeout or KeyboardInterrupt
    (which propagates after the acknowledgements of what was printed);
    ``tally`` is updated as it goes, so the caller has it either way."""
    from google.api_core import exceptions

    tally = tally if tally is not None else Tally()
    reported_bad: set[str] = set()
    last_print = time.monotonic()
    while max_alerts is None or tally.printed < max_alerts:
        if idle_timeout is not None:
            left = idle_timeout - (time.monotonic() - last_print)
            if left <= 0:
                break
        else:
            left = _PULL_TIMEOUT_S
        wanted = _PULL_BATCH if max_alerts is None else min(_PULL_BATCH,
                                                              max_alerts - tally.printed)
        try:
            response = subscriber.pull(
                request={"subscription": subscription, "max_messages": wanted},
                timeout=min(_PULL_TIMEOUT_S, max(left, 1.0)),
            )
        except exceptions.DeadlineExceeded:
            continue
        except exceptions.GoogleAPICallError as error:
            raise _client_error(error, f"subscription {subscription}") from error
        received = list(response.received_messages)
        to_ack: list[str] = []
        handled = 0
        try:
            for item in received:
                if max_alerts is not None and tally.printed >= max_alerts:
                    break
                message = item.message
                try:
                    alert = decode_alert(message.data)
                except ValueError as bad:
                    tally.unreadable += 1
                    if message.message_id not in reported_bad:
                        reported_bad.add(message.message_id)
                        print(f"unreadable message {message.message_id}: {bad}", file=err)
                    handled += 1
                    continue
                if alert_filter.matches(alert):
                    line = message.data.decode("utf-8").strip() if as_json \
                        else readable_line(alert)
                    print(line, file=out, flush=True)
                    tally.printed += 1
                    last_print = time.monotonic()
                else:
                    tally.filtered_out += 1
                to_ack.append(item.ack_id)
                handled += 1
        except BaseException:
            # Ctrl-C (or a broken pipe) mid-batch: settle what we can within a
            # bounded time, never hiding the interruption behind an ack error.
            _settle(subscriber, subscription, to_ack, received[handled:], err,
                    interrupted=True)
            raise
        _settle(subscriber, subscription, to_ack, received[handled:], err)
    return tally


def main(argv: Sequence[str] | None = None, *, prog: str | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Entry point of ``python -m pipelines.consume_alerts`` and ``diplowatch alerts``."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    try:
        parse_subscription_path(args.subscription)
        if args.topic is not None:
            parse_topic_path(args.topic)
    except ValueError as bad:
        parser.error(str(bad))
    if args.create and args.topic is None:
        parser.error("--create needs --topic (the topic to subscribe to)")
    if args.topic is not None and not args.create:
        parser.error("--topic is only used with --create")
    alert_filter = AlertFilter(frozenset(args.types), frozenset(args.families),
                               frozenset(args.countries))

    from google.auth.exceptions import DefaultCredentialsError
    from google.cloud import pubsub_v1

    try:
        subscriber = pubsub_v1.SubscriberClient()
    except DefaultCredentialsError as error:
        print(f"error: no Google credentials ({error}); set PUBSUB_EMULATOR_HOST to use "
              "the emulator", file=err)
        return 2
    tally = Tally()
    try:
        with subscriber:
            if args.create:
                server_filter = alert_filter.subscription_filter()
                if len(server_filter.encode()) > MAX_FILTER_BYTES:
                    print(f"note: the filters make a server-side filter longer than "
                          f"{MAX_FILTER_BYTES} bytes; the subscription gets none and the "
                          "filters are applied here only", file=err)
                    server_filter = ""
                ensure_subscription(subscriber, args.subscription, args.topic,
                                    server_filter, err)
            try:
                consume(subscriber, args.subscription, alert_filter, as_json=args.json,
                        max_alerts=args.max, idle_timeout=args.timeout, out=out, err=err,
                        tally=tally)
            except BrokenPipeError:
                # The reader went away (e.g. `| head`): a normal way to stop.
                pass
    except KeyboardInterrupt:
        print("interrupted", file=err)
    except ConsumerError as error:
        print(f"error: {error}", file=err)
        return error.exit_code
    print(f"printed {tally.printed} alert{'' if tally.printed == 1 else 's'}, "
          f"filtered out {tally.filtered_out}"
          + (f", unreadable {tally.unreadable}" if tally.unreadable else ""), file=err)
    return 0


if __name__ == "__main__":
    status = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        # Keep the interpreter from complaining again at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(status)

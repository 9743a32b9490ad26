"""The Pub/Sub emulator as pytest fixtures (the process: pipelines/emulator.py).

One emulator per test session, on a free loopback port with its own data
directory; a test that asks for ``pubsub_emulator`` gets
``PUBSUB_EMULATOR_HOST`` pointing at it (restored afterwards). A test may
``stop()`` it to see what happens when Pub/Sub goes away; the next test that
asks gets a fresh one. The emulator forgets everything when stopped, and tests
share it, so each test creates its own topics (``unique_name``).

Where the emulator cannot run, the tests skip with the reason, except under
``CI=true`` where they must run and therefore fail.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator

import pytest

from pipelines.emulator import EmulatorUnavailable, PubSubEmulator

TEST_PROJECT = "diplowatch-test"


def unique_name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def pull_all(subscription: str, expected: int, timeout: float = 20.0,
             check_surplus: bool = True) -> list:
    """Pull (and ack) until ``expected`` messages arrived or ``timeout``
    passed; with ``check_surplus``, one more pull so that a test sees messages
    it should not have got. Returns the PubsubMessages."""
    from google.api_core import exceptions
    from google.cloud import pubsub_v1

    messages = []
    deadline = time.monotonic() + timeout
    with pubsub_v1.SubscriberClient() as subscriber:
        while True:
            done = len(messages) >= expected or time.monotonic() >= deadline
            if done and not check_surplus:
                break
            try:
                response = subscriber.pull(
                    request={"subscription": subscription, "max_messages": 100}, timeout=5,
                )
                received = list(response.received_messages)
            except exceptions.DeadlineExceeded:
                received = []
            if received:
                subscriber.acknowledge(request={"subscription": subscription,
                                                "ack_ids": [r.ack_id for r in received]})
            messages.extend(r.message for r in received)
            if done:
                break
    return messages


def nothing_redelivered(subscription: str, ack_deadline_seconds: int = 10) -> bool:
    """True when no message comes back within the ack deadline, i.e. every
    message delivered earlier was acknowledged (an unacknowledged one would
    be redelivered once its deadline passed). Takes the deadline plus ~3 s."""
    received = pull_all(subscription, expected=1, timeout=ack_deadline_seconds + 2,
                        check_surplus=False)
    return received == []


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"Pub/Sub emulator not available under CI=true: {reason}", pytrace=False)
    pytest.skip(f"Pub/Sub emulator not available: {reason}")


def _start(emulator: PubSubEmulator) -> None:
    try:
        emulator.start()
    except EmulatorUnavailable as err:
        _unavailable(str(err))


@pytest.fixture(scope="session")
def pubsub_emulator_session() -> Iterator[PubSubEmulator]:
    """The session's emulator process; tests use ``pubsub_emulator``."""
    emulator = PubSubEmulator(project=TEST_PROJECT)
    _start(emulator)
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture
def pubsub_emulator(pubsub_emulator_session: PubSubEmulator,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[PubSubEmulator]:
    """A running emulator, with PUBSUB_EMULATOR_HOST set for this test only.

    ``stop()`` / ``restart()`` on it are allowed; a restart gets a new port,
    so a test that restarts must set PUBSUB_EMULATOR_HOST again."""
    emulator = pubsub_emulator_session
    if not emulator.running:  # an earlier test stopped it on purpose
        _start(emulator)
    monkeypatch.setenv("PUBSUB_EMULATOR_HOST", emulator.host)
    yield emulator


def emulator_applies_filters(emulator: PubSubEmulator) -> bool:
    """Whether this emulator honours subscription filters (older emulators,
    e.g. the one in Cloud SDK 528, store the filter but deliver everything).
    Probed with hand-made attributes, independent of the code under test."""
    from google.cloud import pubsub_v1

    topic = emulator.create_topic(unique_name("probe"))
    subscription = emulator.create_subscription(topic, unique_name("probe"),
                                                filter='attributes.probe = "wanted"')
    publisher = pubsub_v1.PublisherClient()
    publisher.publish(topic, b"unwanted", probe="unwanted").result(timeout=30)
    publisher.publish(topic, b"wanted", probe="wanted").result(timeout=30)
    received = pull_all(subscription, expected=2, timeout=5, check_surplus=False)
    return all(message.data == b"wanted" for message in received)

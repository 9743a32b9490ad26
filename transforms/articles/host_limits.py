"""Politeness per host: at most ``max_per_host`` requests in flight to one
origin, request starts at least ``min_interval`` seconds apart (or the
robots.txt Crawl-delay, when longer), and a pause that a ``Retry-After``
answer imposes on every later request to that host, not only the one retried.

One ``HostLimiter`` is shared by all the fetching threads of a worker process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class _Host:
    def __init__(self, max_in_flight: int) -> None:
        self.in_flight = threading.BoundedSemaphore(max_in_flight)
        self.next_start = 0.0  # monotonic time before which no request may start
        self.lock = threading.Lock()


class HostLimiter:
    def __init__(
        self,
        max_per_host: int = 2,
        min_interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if max_per_host < 1 or min_interval < 0:
            raise ValueError("max_per_host must be at least 1 and min_interval not negative")
        self.max_per_host = max_per_host
        self.min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, origin: str) -> _Host:
        with self._lock:
            host = self._hosts.get(origin)
            if host is None:
                host = self._hosts[origin] = _Host(self.max_per_host)
            return host

    @contextmanager
    def slot(self, origin: str, interval: float | None = None) -> Iterator[None]:
        """Held while one request to ``origin`` is made; waits for a free
        slot and for the host's next allowed start."""
        spacing = max(self.min_interval, interval or 0.0)
        host = self._host(origin)
        host.in_flight.acquire()
        try:
            while True:
                with host.lock:
                    now = self._clock()
                    wait = host.next_start - now
                    if wait <= 0:
                        host.next_start = now + spacing
                        break
                self._sleep(wait)
            yield
        finally:
            host.in_flight.release()

    def pause(self, origin: str, seconds: float) -> None:
        """No request to ``origin`` starts within the next ``seconds``
        (Retry-After, or a backoff after a failure that may pass)."""
        host = self._host(origin)
        with host.lock:
            host.next_start = max(host.next_start, self._clock() + seconds)

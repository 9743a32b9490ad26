"""robots.txt (RFC 9309): parsing, matching and a per-host cache.

``RobotsRules.parse(text)`` reads a robots.txt; ``rules.allowed(agent, path)``
applies it the way RFC 9309 says, which is not what ``urllib.robotparser``
does: the rule with the longest matching path wins (``Allow`` on a tie),
``*`` and a trailing ``$`` are wildcards, groups naming the same agent are
merged, and the ``*`` group applies only when no group names the agent.

``RobotsCache.check(url)`` fetches each origin's robots.txt once (through
``transforms.fetch``, so with the same SSRF guard, timeouts and size caps as
every other fetch), keeps it for ``ttl`` seconds, and answers for a URL:

* 2xx: the file's rules;
* 4xx (missing, forbidden, gone): "unavailable", everything allowed (RFC 9309
  section 2.3.1.3);
* 5xx, timeouts, connection errors, a file too large to read: "unreachable",
  everything disallowed (section 2.3.1.4) until the entry expires
  (``failure_ttl``, shorter, so a server that recovers is read again);
* a host that may not be fetched at all (private address, bad URL, DNS
  failure): disallowed, with that reason.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from urllib.parse import quote, unquote, urlsplit

from transforms.fetch import FetchError, FetchPolicy, fetch

# The product token we look for in User-agent lines.
ROBOTS_AGENT = "diplowatch"
# RFC 9309 asks crawlers to parse at least 500 KiB.
ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_ACCEPT = "text/plain, */*;q=0.5"
# RFC 9309: a cached robots.txt should not be used for more than 24 hours.
ROBOTS_TTL = 24 * 3600.0
# An unreachable robots.txt is asked for again after this long.
ROBOTS_FAILURE_TTL = 600.0

_LINE = re.compile(r"^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$")


def _normalize(path: str) -> str:
    """Percent-encoding made uniform, so "/a%7Eb" and "/a~b" compare equal."""
    return quote(unquote(path), safe="/?=&;:@+$,!*'()~%-._")


@dataclasses.dataclass(frozen=True)
class _Rule:
    allow: bool
    pattern: str
    regex: re.Pattern[str]

    @classmethod
    def of(cls, allow: bool, pattern: str) -> _Rule:
        pattern = _normalize(pattern)
        anchored = pattern.endswith("$")
        body = pattern[:-1] if anchored else pattern
        regex = ".*".join(re.escape(part) for part in body.split("*"))
        return cls(allow, pattern, re.compile(regex + (r"\Z" if anchored else "")))


@dataclasses.dataclass
class _Group:
    agents: list[str]
    rules: list[_Rule]
    crawl_delay: float | None = None


class RobotsRules:
    """The rules of one robots.txt."""

    def __init__(self, groups: list[_Group]) -> None:
        self._groups = groups

    @classmethod
    def parse(cls, text: str) -> RobotsRules:
        groups: list[_Group] = []
        current: _Group | None = None
        in_agents = False  # the previous line was a User-agent line
        for raw in text.splitlines():
            line = raw.split("#", 1)[0]
            match = _LINE.match(line)
            if not match:
                continue
            key, value = match.group(1).lower(), match.group(2)
            if key in ("user-agent", "useragent"):
                if current is None or not in_agents:
                    current = _Group([], [])
                    groups.append(current)
                current.agents.append(value.split("/", 1)[0].strip().lower())
                in_agents = True
                continue
            in_agents = False
            if current is None:
                continue  # rules before any User-agent line belong to no group
            if key in ("allow", "disallow"):
                if value:  # an empty Disallow disallows nothing
                    current.rules.append(_Rule.of(key == "allow", value))
            elif key == "crawl-delay":
                try:
                    delay = float(value)
                except ValueError:
                    continue
                if delay >= 0:
                    current.crawl_delay = delay
        return cls(groups)

    def _groups_for(self, agent: str) -> list[_Group]:
        agent = agent.lower()
        named = [g for g in self._groups if agent in g.agents]
        return named or [g for g in self._groups if "*" in g.agents]

    def allowed(self, agent: str, path: str) -> bool:
        """True when ``agent`` may fetch ``path`` (path and query of a URL)."""
        path = _normalize(path or "/")
        if path == "/robots.txt":
            return True
        best: _Rule | None = None
        for group in self._groups_for(agent):
            for rule in group.rules:
                if not rule.regex.match(path):
                    continue
                if (best is None or len(rule.pattern) > len(best.pattern)
                        or (len(rule.pattern) == len(best.pattern) and rule.allow)):
                    best = rule
        return best is None or best.allow

    def crawl_delay(self, agent: str) -> float | None:
        delays = [g.crawl_delay for g in self._groups_for(agent) if g.crawl_delay is not None]
        return max(delays) if delays else None


ALLOW_ALL = RobotsRules([])
DISALLOW_ALL = RobotsRules([_Group(["*"], [_Rule.of(False, "/")])])


@dataclasses.dataclass(frozen=True)
class RobotsVerdict:
    allowed: bool
    # Why: "rules" (the file said so), "unavailable" (4xx: no rules),
    # "unreachable" (5xx, network), or the fetch error's reason code.
    reason: str
    crawl_delay: float | None = None
    detail: str = ""


@dataclasses.dataclass
class _Entry:
    rules: RobotsRules
    reason: str
    detail: str
    expires: float


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of an http(s) URL, lower-case: the unit that
    robots.txt and the per-host limits apply to."""
    parts = urlsplit(url)
    netloc = (parts.hostname or "").lower()
    if parts.port is not None:
        netloc += f":{parts.port}"
    return f"{parts.scheme.lower()}://{netloc}"


def _path_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class RobotsCache:
    """robots.txt per origin, fetched on first use and kept ``ttl`` seconds.
    Thread-safe: concurrent checks of one origin fetch its file once.

    ``slot(origin)`` is entered around each robots.txt request, so that the
    request counts against the host's politeness limits like any other."""

    def __init__(
        self,
        policy: FetchPolicy,
        agent: str = ROBOTS_AGENT,
        *,
        ttl: float = ROBOTS_TTL,
        failure_ttl: float = ROBOTS_FAILURE_TTL,
        slot: Callable[[str], AbstractContextManager[object]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._policy = dataclasses.replace(policy, max_bytes=min(policy.max_bytes,
                                                                 ROBOTS_MAX_BYTES))
        self.agent = agent
        self._ttl = ttl
        self._failure_ttl = failure_ttl
        self._slot = slot or (lambda origin: nullcontext())
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.fetches = 0  # robots.txt requests made, for tests and metrics

    def check(self, url: str) -> RobotsVerdict:
        origin = origin_of(url)
        entry = self._entry(origin)
        if entry.reason not in ("rules", "unavailable"):
            return RobotsVerdict(False, entry.reason, None, entry.detail)
        return RobotsVerdict(
            entry.rules.allowed(self.agent, _path_of(url)),
            entry.reason,
            entry.rules.crawl_delay(self.agent),
            entry.detail,
        )

    def _entry(self, origin: str) -> _Entry:
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            entry = self._entries.get(origin)
            if entry is None or entry.expires <= self._clock():
                entry = self._load(origin)
                self._entries[origin] = entry
            return entry

    def _load(self, origin: str) -> _Entry:
        url = origin + "/robots.txt"
        self.fetches += 1
        try:
            with self._slot(origin):
                result = fetch(url, self._policy, accept=ROBOTS_ACCEPT)
        except FetchError as e:
            return self._failed(e)
        text = result.content.decode("utf-8", errors="replace").lstrip("\ufeff")
        return _Entry(RobotsRules.parse(text), "rules", url, self._clock() + self._ttl)

    def _failed(self, e: FetchError) -> _Entry:
        now = self._clock()
        status = e.reason[5:] if e.reason.startswith("http_") else ""
        if (status.isdigit() and 400 <= int(status) < 500) or e.reason == "empty":
            return _Entry(ALLOW_ALL, "unavailable", str(e), now + self._ttl)
        if e.retryable or e.reason in ("too_large", "bad_encoding") or status:
            return _Entry(DISALLOW_ALL, "unreachable", f"[{e.reason}] {e}",
                          now + self._failure_ttl)
        # The host itself may not be fetched (private address, bad URL, ...).
        return _Entry(DISALLOW_ALL, e.reason, str(e), now + self._failure_ttl)

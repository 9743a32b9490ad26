"""Fetching feeds (and later articles) from files and the web, defensively.

One entry point, ``fetch(location, policy)``, for local paths, Beam filesystem
paths (``gs://`` and friends) and http(s) URLs. Everything that can go wrong
becomes a ``FetchError`` with a short ``reason`` code, so callers can turn it
into an error record without parsing messages.

HTTP is done with ``http.client`` (no third-party HTTP library) under these
rules, all set by ``FetchPolicy``:

* only http and https, on every hop;
* a deadline per attempt: resolving names, connecting, TLS, following
  redirects, reading headers and the whole body must finish within
  ``timeout`` seconds, so a server that drips one byte a second (in the
  headers or the body) cannot hold a worker. A watchdog shuts the socket
  down when the deadline passes, whatever call is blocked on it, and name
  resolution runs in a helper thread that is waited for only until the
  deadline (getaddrinfo itself cannot be interrupted);
* the body is capped at ``max_bytes`` while it is read, and again after
  gzip/deflate decoding, which is done incrementally so a gzip bomb stops at
  the cap instead of filling memory;
* redirects are followed by hand, at most ``max_redirects``, with loop
  detection;
* server-side request forgery guard: the host is resolved, every address
  must be public (no loopback, private, link-local, multicast, reserved or
  unspecified addresses) unless ``allow_private_addresses``, and the
  connection goes to the address that was checked, so a DNS answer cannot
  change between the check and the connection. Checked on every redirect;
* 429 and 503 honour ``Retry-After`` (at most ``MAX_RETRY_AFTER`` seconds);
  timeouts, dropped connections and 500/502/503/504 are retried
  ``retries`` times with exponential backoff.

Environment proxy settings are not used.
"""

from __future__ import annotations

import dataclasses
import email.utils
import http.client
import importlib.metadata
import ipaddress
import os
import socket
import ssl
import threading
import time
import zlib
from typing import Any
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems


def _package_version() -> str:
    try:
        return importlib.metadata.version("diplowatch")
    except importlib.metadata.PackageNotFoundError:
        return "dev"


DEFAULT_USER_AGENT = (
    f"diplowatch/{_package_version()} (+https://github.com/diplowatch/diplowatch; news monitor)"
)

# What we ask for when fetching feeds: feed types first, anything else last
# (some servers send feeds as text/html).
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)

# Longest Retry-After we wait for; a longer one is treated as this long.
MAX_RETRY_AFTER = 30.0
# Backoff between retries without Retry-After: 1 s, 2 s, 4 s ... at most 10 s.
BACKOFF_BASE = 1.0
BACKOFF_MAX = 10.0

_CHUNK = 64 * 1024
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
# RFC 3986 reserved and unreserved characters plus "%": quoting a URL with
# these kept leaves an already valid URL unchanged and escapes the rest
# (spaces, non-ASCII), which http.client would refuse.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~-._"

# Replaced by tests to observe waits without sleeping.
_sleep = time.sleep


@dataclasses.dataclass(frozen=True)
class FetchPolicy:
    """Limits of one fetch. ``timeout`` covers one attempt: connect, redirects
    and reading the whole body."""

    timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_addresses: bool = False
    retries: int = 2
    # Non-public networks allowed all the same (CIDR strings, e.g.
    # ("127.0.0.0/8",) for a server on this machine) while the rest stay
    # refused; ignored when allow_private_addresses is set.
    allowed_networks: tuple[str, ...] = ()


@dataclasses.dataclass
class FetchResult:
    location: str  # what was asked for
    final_url: str  # after redirects; the absolute path for local files
    content: bytes  # decoded body (gzip/deflate removed)
    content_type: str | None
    status: int | None  # None for files
    headers: dict[str, str]  # response headers, names lower-case


class FetchError(Exception):
    """A fetch that failed; ``reason`` is a short code (``timeout``,
    ``too_large``, ``http_404`` ...), the message says what happened where."""

    def __init__(
        self,
        reason: str,
        message: str,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after

    def __reduce__(self) -> tuple[Any, ...]:
        # Keeps the exception picklable although __init__ takes two arguments.
        return (_rebuild_fetch_error, (self.reason, str(self), self.retryable, self.retry_after))


def _rebuild_fetch_error(
    reason: str, message: str, retryable: bool, retry_after: float | None
) -> FetchError:
    return FetchError(reason, message, retryable=retryable, retry_after=retry_after)


def fetch(
    location: str, policy: FetchPolicy | None = None, *, accept: str = FEED_ACCEPT,
    headers: dict[str, str] | None = None,
) -> FetchResult:
    """Read ``location`` (local path, Beam filesystem path or http(s) URL).

    ``headers`` are added to HTTP requests (e.g. ``If-None-Match`` /
    ``If-Modified-Since`` for a conditional GET, whose "304 Not Modified"
    answer is a ``FetchResult`` with status 304 and empty content); files
    ignore them."""
    policy = policy or FetchPolicy()
    try:
        scheme = urlsplit(location).scheme.lower()
    except ValueError as e:
        raise FetchError("bad_url", f"{location}: not a valid URL ({e})") from e
    if scheme in ("http", "https"):
        return _fetch_http(location, policy, accept, headers)
    if scheme == "" or _has_beam_filesystem(location):
        return _fetch_file(location, policy)
    raise FetchError(
        "bad_scheme", f"{location}: unsupported scheme {scheme!r} (use http, https or a path)"
    )


def _has_beam_filesystem(path: str) -> bool:
    try:
        FileSystems.get_filesystem(path)
    except (ValueError, ImportError):
        return False
    return True


# ---------------------------------------------------------------- files


def _read_capped(read: Any, cap: int, where: str) -> bytes:
    out = bytearray()
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            break
        out += chunk
        if len(out) > cap:
            raise FetchError("too_large", f"{where}: larger than the {cap}-byte limit")
    return bytes(out)


def _fetch_file(path: str, policy: FetchPolicy) -> FetchResult:
    if FileSystems.get_scheme(path) is None:
        # Local paths go through os, not FileSystems, so "[" or "*" in a file
        # name is not taken for a glob.
        path = os.path.abspath(path)
        try:
            with open(path, "rb") as f:
                content = _read_capped(f.read, policy.max_bytes, path)
        except FileNotFoundError as e:
            raise FetchError("not_found", f"{path}: no such file") from e
        except IsADirectoryError as e:
            raise FetchError("not_a_file", f"{path}: is a directory, not a feed file") from e
        except PermissionError as e:
            raise FetchError("unreadable", f"{path}: permission denied") from e
        except OSError as e:
            raise FetchError("io_error", f"{path}: {e.strerror or e}") from e
    else:
        if not FileSystems.exists(path):
            raise FetchError("not_found", f"{path}: no such file")
        try:
            with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as f:
                content = _read_capped(f.read, policy.max_bytes, path)
        except FetchError:
            raise
        except Exception as e:  # the filesystems raise assorted client errors
            raise FetchError("io_error", f"{path}: {e}") from e
    if not content:
        raise FetchError("empty", f"{path}: empty file")
    return FetchResult(path, path, content, None, None, {})


# ---------------------------------------------------------------- http


def address_is_public(address: str) -> bool:
    """True when ``address`` (an IP literal) may be fetched from by default."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def _in_networks(address: str, networks: tuple[str, ...]) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return any(ip in ipaddress.ip_network(net, strict=False) for net in networks)


def _resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


# At most this many lookups run at once; a resolver that hangs can then tie
# up only this many helper threads, and later fetches time out instead.
MAX_PENDING_LOOKUPS = 16
_lookup_slots = threading.BoundedSemaphore(MAX_PENDING_LOOKUPS)


def _resolve_within(host: str, port: int, url: str, deadline: float) -> list[str]:
    """``_resolve`` bounded by the deadline."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return _resolve(host, port)  # a literal address: no lookup, returns at once
    except ValueError:
        pass
    if not _lookup_slots.acquire(timeout=_remaining(deadline, url)):
        raise FetchError("timeout", f"{url}: timed out waiting to resolve {host}", retryable=True)
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def lookup() -> None:
        try:
            outcome["addresses"] = _resolve(host, port)
        except BaseException as e:  # handed to the waiting thread
            outcome["error"] = e
        finally:
            _lookup_slots.release()
            done.set()

    threading.Thread(target=lookup, name=f"resolve-{host}", daemon=True).start()
    if not done.wait(_remaining(deadline, url)):
        raise FetchError("timeout", f"{url}: resolving {host} timed out", retryable=True)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["addresses"]


def _checked_address(
    url: str, host: str, port: int, policy: FetchPolicy, deadline: float
) -> str:
    """The address to connect to, after the forgery guard."""
    try:
        addresses = _resolve_within(host, port, url, deadline)
    except socket.gaierror as e:
        raise FetchError(
            "dns_error",
            f"{url}: cannot resolve {host} ({e.strerror or e})",
            retryable=e.errno == socket.EAI_AGAIN,
        ) from e
    if not addresses:
        raise FetchError("dns_error", f"{url}: {host} has no address")
    if not policy.allow_private_addresses:
        # Refuse if any address is not public: the client could pick any.
        for address in addresses:
            if not address_is_public(address) and not _in_networks(
                address, policy.allowed_networks
            ):
                raise FetchError(
                    "private_address",
                    f"{url}: {host} resolves to non-public address {address} "
                    "(refused; allow_private_addresses permits it)",
                )
    return addresses[0]


class _Watchdog:
    """Shuts a connection's socket down when the deadline passes, so that no
    blocked call (TLS handshake, header lines arriving one byte at a time)
    outlives it."""

    def __init__(self, deadline: float) -> None:
        self.expired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sock = sock
            if self.expired:
                self._shutdown()

    def _fire(self) -> None:
        with self._lock:
            self.expired = True
            self._shutdown()

    def _shutdown(self) -> None:
        if self._sock is not None:
            try:
                self._sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def cancel(self) -> None:
        self._timer.cancel()


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address chosen in advance; Host header stays the name."""

    def __init__(
        self, host: str, port: int, address: str, timeout: float, watchdog: _Watchdog
    ) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address
        self._watchdog = watchdog

    def _raw_socket(self) -> socket.socket:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self._watchdog.watch(sock)
        return sock

    def connect(self) -> None:
        self.sock = self._raw_socket()


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """As above, with TLS: certificate and SNI are checked against the name."""

    default_port = http.client.HTTPS_PORT

    def __init__(
        self, host: str, port: int, address: str, timeout: float, watchdog: _Watchdog
    ) -> None:
        super().__init__(host, port, address, timeout, watchdog)
        self._tls = ssl.create_default_context()

    def connect(self) -> None:
        self.sock = self._tls.wrap_socket(self._raw_socket(), server_hostname=self.host)


def _split_http_url(url: str) -> tuple[SplitResult, str, int]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as e:
        raise FetchError("bad_url", f"{url}: not a valid URL ({e})") from e
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("bad_scheme", f"{url}: unsupported scheme {parts.scheme!r}")
    host = parts.hostname
    if not host:
        raise FetchError("bad_url", f"{url}: no host name")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as e:
        raise FetchError("bad_url", f"{url}: invalid host name") from e
    default = 443 if parts.scheme.lower() == "https" else 80
    return parts, host, port or default


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class _Inflater:
    """Incremental Content-Encoding decoder that never produces more than
    the cap (plus one byte, to notice it was exceeded)."""

    def __init__(self, encoding: str | None, url: str) -> None:
        self._url = url
        enc = (encoding or "").strip().lower()
        self._raw_deflate_tried = False
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchError("bad_encoding", f"{url}: unsupported Content-Encoding {enc!r}")
        self._deflate = enc == "deflate"
        self._produced = False

    def feed(self, chunk: bytes, out: bytearray, cap: int) -> None:
        if self._z is None:
            out += chunk
        else:
            data = chunk
            while data:
                try:
                    piece = self._z.decompress(data, cap - len(out) + 1)
                except zlib.error as e:
                    if self._deflate and not self._produced and not self._raw_deflate_tried:
                        # Many servers send raw deflate without the zlib header.
                        self._raw_deflate_tried = True
                        self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                        continue
                    raise FetchError("bad_encoding", f"{self._url}: corrupt body ({e})") from e
                self._produced = self._produced or bool(piece)
                out += piece
                if len(out) > cap:
                    break
                data = self._z.unconsumed_tail
        if len(out) > cap:
            raise FetchError(
                "too_large", f"{self._url}: body larger than the {cap}-byte limit"
            )

    def finish(self, out: bytearray, cap: int) -> None:
        if self._z is None:
            return
        try:
            out += self._z.flush()
        except zlib.error as e:
            raise FetchError("bad_encoding", f"{self._url}: corrupt body ({e})") from e
        if len(out) > cap:
            raise FetchError("too_large", f"{self._url}: body larger than the {cap}-byte limit")
        if not self._z.eof:
            raise FetchError(
                "truncated", f"{self._url}: compressed body ends early", retryable=True
            )


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError("timeout", f"{url}: timed out", retryable=True)
    return left


def _read_body(
    response: http.client.HTTPResponse,
    sock: socket.socket | None,
    url: str,
    policy: FetchPolicy,
    deadline: float,
) -> bytes:
    cap = policy.max_bytes
    length = response.getheader("content-length", "").strip()
    if length.isdigit() and int(length) > cap:
        raise FetchError("too_large", f"{url}: Content-Length {length} over the {cap}-byte limit")
    inflater = _Inflater(response.getheader("content-encoding"), url)
    out = bytearray()
    received = 0
    while True:
        if sock is not None:
            sock.settimeout(_remaining(deadline, url))
        # read1 returns what has arrived instead of waiting for a full chunk,
        # so the deadline is checked while a slow server trickles.
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        received += len(chunk)
        if received > cap:
            raise FetchError("too_large", f"{url}: body larger than the {cap}-byte limit")
        inflater.feed(chunk, out, cap)
    inflater.finish(out, cap)
    return bytes(out)


def _request_target(parts: SplitResult) -> str:
    target = quote(parts.path or "/", safe=_URL_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=_URL_SAFE)
    return target


def _get_once(
    url: str, policy: FetchPolicy, accept: str, deadline: float,
    extra_headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], bytes]:
    """One GET without following redirects: (status, headers, body); the
    body is only read for 2xx answers."""
    parts, host, port = _split_http_url(url)
    address = _checked_address(url, host, port, policy, deadline)
    cls = _PinnedHTTPSConnection if parts.scheme.lower() == "https" else _PinnedHTTPConnection
    watchdog = _Watchdog(deadline)
    conn = cls(host, port, address, _remaining(deadline, url), watchdog)
    try:
        conn.request(
            "GET",
            _request_target(parts),
            headers={
                "User-Agent": policy.user_agent,
                "Accept": accept,
                "Accept-Encoding": "gzip, deflate",
                "Connection": "close",
                **(extra_headers or {}),
            },
        )
        # Kept before getresponse(), which may drop conn.sock on "close".
        sock = conn.sock
        if sock is not None:
            sock.settimeout(_remaining(deadline, url))
        response = conn.getresponse()
        headers = {k.lower(): v for k, v in response.getheaders()}
        status = response.status
        body = b""
        if 200 <= status < 300:
            body = _read_body(response, sock, url, policy, deadline)
        if watchdog.expired:  # the socket was shut down under a read that then "ended"
            raise FetchError("timeout", f"{url}: timed out", retryable=True)
        return status, headers, body
    except FetchError:
        raise
    except Exception as e:
        if watchdog.expired:  # whatever the socket raised once it was shut down
            raise FetchError("timeout", f"{url}: timed out", retryable=True) from e
        raise _as_fetch_error(e, url) from e
    finally:
        watchdog.cancel()
        conn.close()


def _as_fetch_error(e: Exception, url: str) -> FetchError:
    if isinstance(e, TimeoutError):
        return FetchError("timeout", f"{url}: timed out", retryable=True)
    if isinstance(e, ssl.SSLError):
        return FetchError("tls_error", f"{url}: TLS error ({e})")
    if isinstance(e, http.client.IncompleteRead):
        return FetchError("truncated", f"{url}: connection closed mid-body", retryable=True)
    if isinstance(e, ConnectionError):
        return FetchError("connection_error", f"{url}: {e}", retryable=True)
    if isinstance(e, http.client.HTTPException):
        return FetchError("bad_response", f"{url}: invalid HTTP response ({e!r})")
    if isinstance(e, OSError):
        return FetchError("connection_error", f"{url}: {e.strerror or e}", retryable=True)
    return FetchError("fetch_failed", f"{url}: {type(e).__name__}: {e}")


def _get_following_redirects(
    url: str, policy: FetchPolicy, accept: str, extra_headers: dict[str, str] | None = None
) -> FetchResult:
    deadline = time.monotonic() + policy.timeout
    seen: set[str] = set()
    current = url
    for _hop in range(policy.max_redirects + 1):
        key = current.split("#", 1)[0]
        if key in seen:
            raise FetchError("redirect_loop", f"{url}: redirect loop at {current}")
        seen.add(key)
        status, headers, body = _get_once(current, policy, accept, deadline, extra_headers)
        if status == 304 and extra_headers:
            # Not modified since the validators we sent: nothing to read.
            return FetchResult(url, current, b"", headers.get("content-type"), 304, headers)
        if status in _REDIRECT_STATUSES:
            target = headers.get("location", "").strip()
            if not target:
                raise FetchError("bad_redirect", f"{current}: HTTP {status} without Location")
            current = urljoin(current, target)
            continue
        if 200 <= status < 300:
            if not body:
                raise FetchError("empty", f"{current}: empty response (HTTP {status})")
            return FetchResult(url, current, body, headers.get("content-type"), status, headers)
        raise FetchError(
            f"http_{status}",
            f"{current}: HTTP {status}",
            retryable=status in _RETRYABLE_STATUSES,
            retry_after=_retry_after(headers.get("retry-after"))
            if status in (429, 503)
            else None,
        )
    raise FetchError(
        "too_many_redirects", f"{url}: more than {policy.max_redirects} redirects"
    )


def _fetch_http(
    url: str, policy: FetchPolicy, accept: str, extra_headers: dict[str, str] | None = None
) -> FetchResult:
    attempt = 0
    while True:
        try:
            return _get_following_redirects(url, policy, accept, extra_headers)
        except FetchError as e:
            if not e.retryable or attempt >= policy.retries:
                raise
            if e.retry_after is not None:
                wait = min(e.retry_after, MAX_RETRY_AFTER)
            else:
                wait = min(BACKOFF_BASE * 2**attempt, BACKOFF_MAX)
            _sleep(wait)
            attempt += 1

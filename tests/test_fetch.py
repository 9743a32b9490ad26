"""transforms.fetch against a local http.server started for the tests."""

import dataclasses
import gzip
import http.server
import pickle
import shutil
import ssl
import subprocess
import threading
import time
import zlib

import pytest

from transforms import fetch as fetch_module
from transforms.fetch import FetchError, FetchPolicy, address_is_public, fetch

FEED = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
# 50 MB of zeros, about 50 kB gzipped.
BOMB = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)


class _Handler(http.server.BaseHTTPRequestHandler):
    # Per-path request counts, shared by the server's threads.
    hits: dict[str, int] = {}
    lock = threading.Lock()

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client hung up early (timeouts, size caps): expected

    def do_GET(self):
        with self.lock:
            self.hits[self.path] = self.hits.get(self.path, 0) + 1
            hit = self.hits[self.path]
        path = self.path
        port = self.server.server_address[1]
        if path == "/feed":
            self._send(200, FEED, [("Content-Type", "application/rss+xml; charset=utf-8"),
                                   ("X-Agent", self.headers.get("User-Agent", ""))])
        elif path == "/gzip":
            self._send(200, gzip.compress(FEED), [("Content-Encoding", "gzip")])
        elif path == "/deflate-raw":
            z = zlib.compressobj(wbits=-zlib.MAX_WBITS)
            self._send(200, z.compress(FEED) + z.flush(), [("Content-Encoding", "deflate")])
        elif path == "/bomb":
            self._send(200, BOMB, [("Content-Encoding", "gzip")])
        elif path == "/big":
            self._send(200, b"x" * 5000)
        elif path == "/big-no-length":
            self.send_response(200)
            self.end_headers()  # no Content-Length: the cap must act while reading
            self.wfile.write(b"x" * 5000)
            self.close_connection = True
        elif path == "/empty":
            self._send(200, b"")
        elif path == "/404":
            self._send(404, b"not here")
        elif path == "/loop-a":
            self._send(302, headers=[("Location", "/loop-b")])
        elif path == "/loop-b":
            self._send(301, headers=[("Location", f"http://127.0.0.1:{port}/loop-a")])
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/feed" if n == 0 else f"/chain/{n - 1}"
            self._send(307, headers=[("Location", target)])
        elif path == "/to-ftp":
            self._send(302, headers=[("Location", "ftp://127.0.0.1/feed")])
        elif path == "/to-internal":
            self._send(302, headers=[("Location", f"http://internal.test:{port}/feed")])
        elif path == "/slow":
            time.sleep(2)
            self._send(200, FEED)
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass  # the client gave up, as it should
        elif path == "/flaky":
            if hit == 1:
                self._send(503, headers=[("Retry-After", "3600")])
            else:
                self._send(200, FEED)
        elif path == "/always-503":
            self._send(503, headers=[("Retry-After", "1")])
        elif path == "/always-500":
            self._send(500)
        else:
            self._send(400)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def waits(monkeypatch):
    """Records retry waits instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr(fetch_module, "_sleep", recorded.append)
    return recorded


LOCAL = FetchPolicy(timeout=5.0, allow_private_addresses=True, retries=0)


def _reason(location, policy=LOCAL):
    with pytest.raises(FetchError) as info:
        fetch(location, policy)
    return info.value.reason


def test_fetches_a_feed_and_reports_headers(server):
    result = fetch(server + "/feed", LOCAL)
    assert result.content == FEED
    assert result.status == 200
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.final_url == server + "/feed"
    assert result.headers["x-agent"].startswith("diplowatch/")


def test_gzip_and_raw_deflate_are_decoded(server):
    assert fetch(server + "/gzip", LOCAL).content == FEED
    assert fetch(server + "/deflate-raw", LOCAL).content == FEED


def test_follows_redirects_within_the_limit(server):
    result = fetch(server + "/chain/3", LOCAL)
    assert result.content == FEED
    assert result.final_url == server + "/feed"
    assert result.location == server + "/chain/3"
    assert _reason(server + "/chain/3", dataclasses.replace(LOCAL, max_redirects=2)) == (
        "too_many_redirects"
    )


def test_redirect_loop_is_detected(server):
    assert _reason(server + "/loop-a", dataclasses.replace(LOCAL, max_redirects=10)) == (
        "redirect_loop"
    )


def test_redirect_to_another_scheme_is_refused(server):
    assert _reason(server + "/to-ftp") == "bad_scheme"


def test_http_errors_have_status_reasons(server):
    assert _reason(server + "/404") == "http_404"
    assert _reason(server + "/empty") == "empty"


def test_size_cap_from_content_length_and_while_reading(server):
    small = dataclasses.replace(LOCAL, max_bytes=1000)
    assert _reason(server + "/big", small) == "too_large"
    assert _reason(server + "/big-no-length", small) == "too_large"
    assert len(fetch(server + "/big", LOCAL).content) == 5000


def test_gzip_bomb_stops_at_the_cap(server):
    assert len(BOMB) < 1024 * 1024  # small on the wire ...
    capped = dataclasses.replace(LOCAL, max_bytes=1024 * 1024)
    with pytest.raises(FetchError) as info:
        fetch(server + "/bomb", capped)  # ... but 50 MB once decoded
    assert info.value.reason == "too_large"


def test_decoder_never_holds_more_than_the_cap():
    cap = 1024 * 1024
    out = bytearray()
    inflater = fetch_module._Inflater("gzip", "bomb")
    with pytest.raises(FetchError, match="limit"):
        inflater.feed(BOMB, out, cap)  # the whole bomb in one chunk
    assert len(out) <= cap + 1


def test_slow_server_times_out(server):
    quick = dataclasses.replace(LOCAL, timeout=0.3)
    assert _reason(server + "/slow", quick) == "timeout"


def test_dripping_server_hits_the_overall_deadline(server):
    # Each byte arrives well within the timeout; the whole body does not.
    quick = dataclasses.replace(LOCAL, timeout=0.5)
    assert _reason(server + "/drip", quick) == "timeout"


def test_loopback_is_refused_by_default(server):
    policy = dataclasses.replace(LOCAL, allow_private_addresses=False)
    with pytest.raises(FetchError) as info:
        fetch(server + "/feed", policy)
    assert info.value.reason == "private_address"
    assert "127.0.0.1" in str(info.value)


def test_guard_applies_to_every_redirect(server, monkeypatch):
    # Two names for the same local server; only the first counts as public.
    monkeypatch.setattr(
        fetch_module, "_resolve",
        lambda host, port: {"feeds.test": ["127.0.0.1"], "internal.test": ["127.0.0.2"]}[host],
    )
    monkeypatch.setattr(fetch_module, "address_is_public", lambda a: a == "127.0.0.1")
    port = server.rsplit(":", 1)[1]
    policy = dataclasses.replace(LOCAL, allow_private_addresses=False)
    assert fetch(f"http://feeds.test:{port}/feed", policy).content == FEED
    with pytest.raises(FetchError) as info:
        fetch(f"http://feeds.test:{port}/to-internal", policy)
    assert info.value.reason == "private_address"
    assert "internal.test" in str(info.value)


@pytest.mark.parametrize(
    "address, public",
    [
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:8.8.8.8", True),
    ],
)
def test_address_classification(address, public):
    assert address_is_public(address) is public


def test_retry_after_is_honoured_and_bounded(server, waits):
    policy = dataclasses.replace(LOCAL, retries=2)
    assert fetch(server + "/flaky", policy).content == FEED
    assert waits == [fetch_module.MAX_RETRY_AFTER]  # asked for 3600 s


def test_retries_are_bounded(server, waits):
    policy = dataclasses.replace(LOCAL, retries=2)
    before = _Handler.hits.get("/always-503", 0)
    assert _reason(server + "/always-503", policy) == "http_503"
    assert _Handler.hits["/always-503"] - before == 3
    assert waits == [1.0, 1.0]
    waits.clear()
    assert _reason(server + "/always-500", policy) == "http_500"
    assert waits == [fetch_module.BACKOFF_BASE, fetch_module.BACKOFF_BASE * 2]


def test_client_errors_are_not_retried(server, waits):
    policy = dataclasses.replace(LOCAL, retries=2)
    before = _Handler.hits.get("/404", 0)
    assert _reason(server + "/404", policy) == "http_404"
    assert _Handler.hits["/404"] - before == 1
    assert waits == []


@pytest.mark.parametrize(
    "location, reason",
    [
        ("ftp://example.com/feed.xml", "bad_scheme"),
        ("file:///etc/passwd", "bad_scheme"),
        ("javascript://alert(1)", "bad_scheme"),
        ("http:///no-host", "bad_url"),
        ("http://[::1/feed", "bad_url"),
        ("http://example.com:99999/", "bad_url"),
    ],
)
def test_bad_locations(location, reason):
    assert _reason(location) == reason


def test_local_files(tmp_path):
    feed = tmp_path / "feed[1].xml"  # glob characters in a name are just characters
    feed.write_bytes(FEED)
    result = fetch(str(feed), LOCAL)
    assert result.content == FEED and result.status is None
    assert result.final_url == str(feed)
    (tmp_path / "empty.xml").write_bytes(b"")
    assert _reason(str(tmp_path / "empty.xml")) == "empty"
    assert _reason(str(tmp_path / "missing.xml")) == "not_found"
    assert _reason(str(tmp_path)) == "not_a_file"
    assert _reason(str(feed), dataclasses.replace(LOCAL, max_bytes=10)) == "too_large"


def test_fetch_error_survives_pickling():
    error = pickle.loads(pickle.dumps(FetchError("http_404", "x: HTTP 404")))
    assert error.reason == "http_404" and str(error) == "x: HTTP 404"


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    """The same handler over TLS, with a self-signed certificate for localhost."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl not available to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], cert
    httpd.shutdown()
    httpd.server_close()


def test_https_certificate_is_verified(https_server):
    port, _ = https_server
    assert _reason(f"https://localhost:{port}/feed") == "tls_error"


def test_https_checks_the_name_while_connecting_to_the_checked_address(
    https_server, monkeypatch
):
    port, cert = https_server
    # Trust the test certificate, as if a public CA had issued it.
    original = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda: original(cafile=str(cert)))
    assert fetch(f"https://localhost:{port}/feed", LOCAL).content == FEED
    # The certificate names localhost, not the address we connect to.
    assert _reason(f"https://127.0.0.1:{port}/feed") == "tls_error"

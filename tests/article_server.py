"""A local web server for the article-fetching tests: the pages in
tests/pages/ (with their robots.txt) and a few hostile ones made on the fly.
It listens on 127.0.0.1 only; the redirects to private addresses point at
addresses that the fetch guard refuses before any connection is made."""

from __future__ import annotations

import http.server
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
SLOW_SECONDS = 3.0
HUGE_BYTES = 1024 * 1024
# Never contacted: the guard refuses them (private range, cloud metadata).
PRIVATE_TARGETS = {
    "/news/moved-inside.html": "http://10.1.2.3/news/story.html",
    "/news/moved-to-metadata.html": "http://169.254.169.254/latest/meta-data/",
}
_HUGE_PARAGRAPH = (b"<p>Padding paragraph of a page far larger than any article should be, "
                   b"served to check the size cap while the body is read.</p>\n")


def _handler(hits: Counter, lock: threading.Lock) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes = b"", content_type: str | None = None,
                  headers: tuple[tuple[str, str], ...] = ()) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass  # the client gave up (timeout, size cap): expected

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            with lock:
                hits[path] += 1
                hits["agent:" + self.headers.get("User-Agent", "")] += 1
                nth = hits[path]
            if path == "/news/slow.html":
                time.sleep(SLOW_SECONDS)
                self._send(200, (PAGES / "news/mexico-north-korea.html").read_bytes(),
                           "text/html; charset=utf-8")
            elif path == "/news/huge.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()  # no Content-Length: the cap must act while reading
                try:
                    self.wfile.write(b"<html><body><article>")
                    for _ in range(HUGE_BYTES // len(_HUGE_PARAGRAPH) + 1):
                        self.wfile.write(_HUGE_PARAGRAPH)
                except OSError:
                    pass
                self.close_connection = True
            elif path in PRIVATE_TARGETS:
                self._send(302, headers=(("Location", PRIVATE_TARGETS[path]),))
            elif path == "/news/moved.html":
                self._send(301, headers=(("Location", "/news/mexico-north-korea.html"),))
            elif path == "/files/report.pdf":
                self._send(200, b"%PDF-1.4 not an article", "application/pdf")
            elif path == "/news/busy.html":
                if nth == 1:
                    self._send(429, b"slow down", "text/plain", (("Retry-After", "7"),))
                else:
                    self._send(200, (PAGES / "news/mexico-north-korea.html").read_bytes(),
                               "text/html; charset=utf-8")
            else:
                file = (PAGES / path.lstrip("/")).resolve()
                if PAGES not in file.parents or not file.is_file():
                    self._send(404, b"not found", "text/plain")
                    return
                kind = "text/plain" if file.suffix == ".txt" else "text/html; charset=utf-8"
                self._send(200, file.read_bytes(), kind)

    return Handler


@contextmanager
def article_server() -> Iterator[tuple[str, Counter]]:
    """(base URL, per-path hit counts) of a server running for the block."""
    hits: Counter = Counter()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(hits, threading.Lock()))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()
        httpd.server_close()

"""A live RSS feed on 127.0.0.1 for tests, the latency benchmark and the demo:
items are added while it runs, and it answers conditional GETs (ETag,
If-Modified-Since -> 304) like a well-behaved news server.

    server = LiveFeedServer().start()
    server.add_item(link, title, summary)        # visible from the next GET
    server.url                                    # http://127.0.0.1:PORT/feed.xml
    server.first_served[link]                     # when a GET first returned it
    server.stop()
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    link: str
    title: str
    summary: str
    published: float  # epoch seconds


class LiveFeedServer:
    def __init__(self, title: str = "Live desk", path: str = "/feed.xml",
                 max_items: int = 50):
        self.title = title
        self.path = path
        self.max_items = max_items
        self._lock = threading.Lock()
        self._items: list[Item] = []
        self._version = 0
        self._modified = time.time()
        self.first_served: dict[str, float] = {}
        self.requests = 0
        self.not_modified = 0
        self.fail_next = 0  # answer this many GETs with 503 (backoff tests)
        self._server: ThreadingHTTPServer | None = None

    # -- content -------------------------------------------------------------

    def add_item(self, link: str, title: str, summary: str = "",
                 published: float | None = None) -> float:
        """Adds an item; returns the time it became visible."""
        with self._lock:
            now = time.time()
            self._items.append(Item(link, title, summary, published or now))
            self._version += 1
            # Last-Modified has one-second resolution: never equal for two versions.
            self._modified = max(now, self._modified + 1.0)
            return now

    def _document(self) -> tuple[bytes, str, str, list[Item]]:
        with self._lock:
            items = self._items[-self.max_items:]
            etag = f'"v{self._version}-{hashlib.sha1(self.title.encode()).hexdigest()[:8]}"'
            modified = email.utils.formatdate(self._modified, usegmt=True)
        entries = "".join(
            f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link>"
            f"<guid>{escape(i.link)}</guid>"
            f"<pubDate>{email.utils.formatdate(i.published, usegmt=True)}</pubDate>"
            f"<description>{escape(i.summary)}</description></item>"
            for i in reversed(items))
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{escape(self.title)}</title><link>http://127.0.0.1/</link>"
            f"<description>live test feed</description>{entries}</channel></rss>"
        ).encode()
        return body, etag, modified, items

    # -- server --------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{self.path}"

    def start(self) -> LiveFeedServer:
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                feed.requests += 1
                if self.path != feed.path:
                    self.send_error(404)
                    return
                if feed.fail_next > 0:
                    feed.fail_next -= 1
                    self.send_error(503)
                    return
                body, etag, modified, items = feed._document()
                if (self.headers.get("If-None-Match") == etag
                        or (self.headers.get("If-None-Match") is None
                            and self.headers.get("If-Modified-Since") == modified)):
                    feed.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                now = time.time()
                for item in items:
                    feed.first_served.setdefault(item.link, now)
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", modified)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True,
                         name="live-feed").start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

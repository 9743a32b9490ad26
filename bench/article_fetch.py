"""Cost of --fetch-articles, apart from coding.

    .venv/bin/python -m bench.article_fetch [--pages N] [--threads T]

Serves tests/pages/news/mexico-north-korea.html (a news page with navigation,
cookie banner, related links and comments) from a local server on 127.0.0.1
and measures, on the same machine:

(a) fetch + extract, one page at a time (robots.txt cached, host limits off);
(b) the same with T pages in flight (the FetchPagesFn thread pool);
(c) extraction alone (trafilatura on the page already in memory);
(d) coding: the spaCy pipeline with the event coder over the extracted bodies
    (``nlp.pipe``), texts per second.

The politeness limits are off here (interval 0, T requests per host) so the
numbers are the client's own cost; in a real run one host gets at most
--max-per-host requests at once and one every --article-host-interval seconds.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.article_server import PAGES, article_server  # noqa: E402
from transforms.articles.extract import decode_page, extract_article  # noqa: E402
from transforms.articles.fetcher import ArticleFetcher, ArticlePolicy  # noqa: E402
from transforms.fetch import FetchPolicy  # noqa: E402

STORY = "/news/mexico-north-korea.html"


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f}/s  ({n} in {seconds:.2f} s)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    n = args.pages
    fetch = FetchPolicy(timeout=10, retries=0, allowed_networks=("127.0.0.0/8",))
    with article_server() as (base, _):
        def one(fetcher: ArticleFetcher, i: int) -> str:
            result = fetcher.get(f"{base}{STORY}?i={i}")
            return extract_article(decode_page(result.content, result.content_type),
                                   result.final_url).text

        serial = ArticleFetcher(ArticlePolicy(fetch=fetch, min_host_interval=0.0))
        one(serial, -1)  # robots.txt, imports
        started = time.perf_counter()
        bodies = [one(serial, i) for i in range(n)]
        serial_s = time.perf_counter() - started

        pooled = ArticleFetcher(ArticlePolicy(fetch=fetch, min_host_interval=0.0,
                                              max_per_host=args.threads))
        one(pooled, -1)
        with concurrent.futures.ThreadPoolExecutor(args.threads) as pool:
            started = time.perf_counter()
            list(pool.map(lambda i: one(pooled, i), range(n)))
            pooled_s = time.perf_counter() - started

    page = (PAGES / STORY.lstrip("/")).read_bytes()
    started = time.perf_counter()
    for _ in range(n):
        extract_article(page, "http://bench.example" + STORY)
    extract_s = time.perf_counter() - started

    from transforms.coder import load_nlp

    nlp = load_nlp()
    list(nlp.pipe(bodies[:8]))  # warm up
    started = time.perf_counter()
    coded = sum(len(doc._.events) for doc in nlp.pipe(bodies))
    code_s = time.perf_counter() - started

    print(f"page: {len(page):,} bytes of HTML, body {len(bodies[0]):,} characters")
    print(f"(a) fetch + extract, 1 at a time   {_rate(n, serial_s)}")
    print(f"(b) fetch + extract, {args.threads} in flight   {_rate(n, pooled_s)}")
    print(f"(c) extract only                   {_rate(n, extract_s)}")
    print(f"(d) code the bodies (nlp.pipe)     {_rate(n, code_s)}  [{coded} events]")


if __name__ == "__main__":
    main()

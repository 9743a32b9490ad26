"""Entry point of the diplowatch Flex Template (FLEX_TEMPLATE_PYTHON_PY_FILE).

The Flex Template launcher runs this file with the template's parameters and
``--template_location``: DataflowRunner then writes the job description for
the launcher to submit instead of starting the job itself, so there is no job
to wait for or to read counters from. This therefore validates, builds and
submits the batch monitor exactly as ``python -m pipelines.monitor`` does, and
returns without waiting.

Run by hand it does the same on any runner (``--runner=DataflowRunner``
returns once the job is submitted).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipelines.monitor import UsageError, build, new_run_id, resolve_launch_paths, validate
from pipelines.options import DEFAULT_BATCH_RUNNER, MonitorOptions

# Template parameters always arrive as --name=value; these are on/off flags.
_FLAGS = ("fetch_articles", "allow_private_addresses")


def flags_from_parameters(argv: Sequence[str]) -> list[str]:
    """``--fetch_articles=true`` -> ``--fetch_articles``; ``=false`` -> nothing."""
    args = []
    for arg in argv:
        name, _, value = arg.lstrip("-").partition("=")
        if name in _FLAGS and value:
            if value.lower() == "true":
                args.append(f"--{name}")
            continue
        args.append(arg)
    return args


def launch(argv: Sequence[str]) -> int:
    options = PipelineOptions(flags_from_parameters(argv))
    monitor = options.view_as(MonitorOptions)
    standard = options.view_as(StandardOptions)
    if standard.streaming:
        print("diplowatch: error: this template runs the batch monitor; launch streaming "
              "with deploy/dataflow-streaming.sh", file=sys.stderr)
        return 2
    try:
        validate(monitor)
    except UsageError as exc:
        print(f"diplowatch: error: {exc}", file=sys.stderr)
        return 2
    resolve_launch_paths(monitor)
    standard.runner = standard.runner or DEFAULT_BATCH_RUNNER
    run_id = new_run_id()
    pipeline = beam.Pipeline(options=options)
    build(pipeline, monitor, run_id)
    pipeline.run()
    print(f"diplowatch run {run_id} submitted")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(launch(sys.argv[1:]))

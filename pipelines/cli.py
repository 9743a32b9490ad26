"""The ``diplowatch`` command: ``diplowatch run ...`` runs the monitor
pipeline (``python -m pipelines.monitor``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

USAGE = """usage: diplowatch COMMAND [OPTIONS]

commands:
  run        run the monitor pipeline (same options as python -m pipelines.monitor)
  alerts     print alerts from a Pub/Sub subscription (python -m pipelines.consume_alerts)
  evaluate   score the event coder on gold files (python -m pipelines.evaluate)

'diplowatch COMMAND --help' shows a command's options."""


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(USAGE)
        sys.exit(0 if args else 2)
    command, rest = args[0], args[1:]
    if command == "run":
        from pipelines import monitor

        monitor.main(rest)
    elif command == "alerts":
        from pipelines import consume_alerts

        sys.exit(consume_alerts.main(rest, prog="diplowatch alerts"))
    elif command == "evaluate":
        from pipelines import evaluate

        sys.exit(evaluate.main(rest))
    else:
        print(f"diplowatch: error: unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()

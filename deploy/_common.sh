# Sourced by the deploy scripts: strict mode, settings, repository root.
set -euo pipefail
DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$DEPLOY_DIR")"
# shellcheck source=/dev/null
source "${DIPLOWATCH_CONFIG:-$DEPLOY_DIR/config.sh}"
PY="${PY:-$ROOT/.venv/bin/python}"

# FEEDS=(--feeds SPEC ...) from the script's arguments.
feeds_args() {
    [ $# -ge 1 ] || { echo "usage: $0 FEEDS_SPEC [FEEDS_SPEC...]" >&2; exit 2; }
    FEEDS=()
    for spec in "$@"; do FEEDS+=(--feeds "$spec"); done
}

# ENV_ARGS: where a portable runner (Flink, Spark) starts the SDK harness.
harness_args() {
    case "${ENVIRONMENT_TYPE:-DOCKER}" in
        DOCKER) ENV_ARGS=(--environment_type DOCKER --environment_config "$IMAGE") ;;
        EXTERNAL) ENV_ARGS=(--environment_type EXTERNAL
                            --environment_config "${WORKER_POOL:-localhost:50000}") ;;
        *) echo "ENVIRONMENT_TYPE must be DOCKER or EXTERNAL" >&2; exit 2 ;;
    esac
}

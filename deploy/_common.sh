# Sourced by the deploy scripts: strict mode, settings, repository root.
set -euo pipefail
DEPLOY_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$DEPLOY_DIR")"
# shellcheck source=/dev/null
source "${DIPLOWATCH_CONFIG:-$DEPLOY_DIR/config.sh}"
PY="${PY:-$ROOT/.venv/bin/python}"

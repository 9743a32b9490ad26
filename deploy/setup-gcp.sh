#!/usr/bin/env bash
# One-time project setup: APIs, bucket, image repository, worker service
# account and its roles, Pub/Sub topics/subscription. Safe to re-run.
source "$(dirname "$0")/_common.sh"
gcloud config set project "$PROJECT"
gcloud services enable dataflow.googleapis.com compute.googleapis.com storage.googleapis.com \
    pubsub.googleapis.com artifactregistry.googleapis.com cloudbuild.googleapis.com
gcloud storage buckets describe "gs://$BUCKET" >/dev/null 2>&1 \
    || gcloud storage buckets create "gs://$BUCKET" --location="$REGION" --uniform-bucket-level-access
gcloud artifacts repositories describe "$AR_REPO" --location="$REGION" >/dev/null 2>&1 \
    || gcloud artifacts repositories create "$AR_REPO" --location="$REGION" --repository-format=docker
SA_NAME="${SERVICE_ACCOUNT%%@*}"
gcloud iam service-accounts describe "$SERVICE_ACCOUNT" >/dev/null 2>&1 \
    || gcloud iam service-accounts create "$SA_NAME" --display-name="diplowatch Dataflow workers"
for role in roles/dataflow.worker roles/storage.objectAdmin roles/pubsub.publisher \
            roles/pubsub.subscriber roles/pubsub.viewer roles/artifactregistry.reader; do
    gcloud projects add-iam-policy-binding "$PROJECT" --condition=None --quiet \
        --member="serviceAccount:$SERVICE_ACCOUNT" --role="$role" >/dev/null
done
gcloud pubsub topics describe "$ALERTS_TOPIC" >/dev/null 2>&1 \
    || gcloud pubsub topics create "$ALERTS_TOPIC"
INPUT_TOPIC="projects/$PROJECT/topics/diplowatch-items"
gcloud pubsub topics describe "$INPUT_TOPIC" >/dev/null 2>&1 \
    || gcloud pubsub topics create "$INPUT_TOPIC"
gcloud pubsub subscriptions describe "$INPUT_SUBSCRIPTION" >/dev/null 2>&1 \
    || gcloud pubsub subscriptions create "$INPUT_SUBSCRIPTION" --topic="$INPUT_TOPIC" \
        --ack-deadline=60
echo "ready: gs://$BUCKET, $IMAGE (to build), $SERVICE_ACCOUNT, $ALERTS_TOPIC, $INPUT_SUBSCRIPTION"

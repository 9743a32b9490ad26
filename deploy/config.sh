# Settings every deploy script reads. Copy to config.local.sh, edit, and
# export DIPLOWATCH_CONFIG=deploy/config.local.sh (the scripts fall back to
# this file). Nothing here is secret.
PROJECT="${PROJECT:-my-gcp-project}"
REGION="${REGION:-europe-west1}"
BUCKET="${BUCKET:-${PROJECT}-diplowatch}"          # gs://$BUCKET: staging, temp, output
AR_REPO="${AR_REPO:-diplowatch}"                     # Artifact Registry Docker repository
VERSION="${VERSION:-0.1.0}"
IMAGE="${IMAGE:-${REGION}-docker.pkg.dev/${PROJECT}/${AR_REPO}/diplowatch:${VERSION}}"
SERVICE_ACCOUNT="${SERVICE_ACCOUNT:-diplowatch-worker@${PROJECT}.iam.gserviceaccount.com}"
ALERTS_TOPIC="${ALERTS_TOPIC:-projects/${PROJECT}/topics/diplowatch-alerts}"
INPUT_SUBSCRIPTION="${INPUT_SUBSCRIPTION:-projects/${PROJECT}/subscriptions/diplowatch-items}"
TEMPLATE_SPEC="${TEMPLATE_SPEC:-gs://${BUCKET}/templates/diplowatch-batch-${VERSION}.json}"
# Where the Flink/Spark job-server jars are staged ahead of time (deploy/stage-jars.sh).
JAR_DIR="${JAR_DIR:-$HOME/.apache_beam/cache/jars}"
BEAM_VERSION=2.77.0

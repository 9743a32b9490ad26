#!/usr/bin/env bash
# Writes the Flex Template spec to $TEMPLATE_SPEC. The image ($IMAGE, built by
# deploy/build-image.sh) is both the launcher and the worker container.
source "$(dirname "$0")/../_common.sh"
gcloud dataflow flex-template build "$TEMPLATE_SPEC" \
    --image "$IMAGE" \
    --sdk-language PYTHON \
    --metadata-file "$DEPLOY_DIR/flex-template/metadata.json"

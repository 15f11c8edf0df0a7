# diplomap: the two set-up commands are `make demo` (main job) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= diplomap.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
SAMPLE := src/diplomap/sample/corpus

.PHONY: demo install test-install test lint bench eval train train-install lock clean world-map

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==26.3

# Both installs end by compiling the reading path with mypyc (diplomap.native); without a
# C compiler it stays in Python, slower and otherwise the same.
install: $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock -e '.[native]'
	-$(BIN)/python -m diplomap.native build

test-install: $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test,spark,browse,native]'
	-$(BIN)/python -m diplomap.native build
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium could not be installed: the browser tests will be skipped"; }

## Main job: ingest the bundled sample corpus into the embedded database and serve the dashboard.
demo: install
	$(BIN)/diplomap --db $(DB) ingest $(SAMPLE) --source sample
	$(BIN)/diplomap --db $(DB) status
	$(BIN)/diplomap --db $(DB) serve --host $(HOST) --port $(PORT)

## Tests: lint and type checks, then the whole suite (unit, acceptance on ../shared when
## present, browser).
test: test-install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	@# with a C compiler here, the compiled reading path must have been built (tests/test_native.py)
	DIPLOMAP_REQUIRE_NATIVE=$$(command -v cc >/dev/null && echo 1) $(BIN)/python -m pytest -q -n auto --dist loadfile

lint: test-install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/bench_pipeline.py
	$(BIN)/python bench/bench_large.py
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_text.py
	$(BIN)/python bench/bench_api.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_bootstrap.py

## The evaluation table: seeds, sample, dev set (tune and frozen test), PLOVER GSR, UN quad.
eval: install
	$(BIN)/python bench/eval_all.py
	$(BIN)/python -m diplomap.extract.train_scorer --evaluate
	$(BIN)/python -m diplomap.eval.train_fact_reader --evaluate

## The event scorer's weights (extract/data/scorer/), from ../shared/devdata and the dev set's
## tune split, and the fact reader's (extract/data/fact_reader/), from the tune splits of the
## dev set and the essays; print the held-out scores. A few minutes; `make test` never trains.
train-install: $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock -e '.[train]'

train: train-install
	$(BIN)/python -m diplomap.extract.train_scorer
	$(BIN)/python -m diplomap.eval.train_fact_reader

lock: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,spark,train,encoder]'
	{ sed -n '1,2p' requirements.lock; $(BIN)/pip freeze --exclude-editable | grep -v '^diplomap'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm test-output .pytest_cache src/diplomap/_native

## The map's offline geometry (web/static/data/world.json) from Natural Earth in the
## geopandas 0.14.4 wheel (public domain data); the result is committed.
world-map: $(BIN)/python
	$(BIN)/pip download --quiet --no-deps geopandas==0.14.4 -d build/wheels
	$(BIN)/python -m diplomap.web.world_map build/wheels/geopandas-0.14.4-py3-none-any.whl

"""The evaluation CLI end to end: gold files in both formats, text and JSON
output. A lookup-table predictor stands in for the coder; the last tests run
the real coder and skip until transforms.coder exists."""

import importlib.util
import io
import json
from pathlib import Path

import pytest

from pipelines.evaluate import GoldFormatError, main, read_gold
from pipelines.scoring import Event

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CASE = SHARED / "eval" / "case2021_task2_test.jsonl"

GOLD = [
    {"id": "a", "text": "Lithuania expelled two Belarusian diplomats.",
     "events": [{"type": "expel_diplomats", "source": "LTU", "target": "BLR",
                 "modality": "asserted", "source_text": "Lithuania",
                 "target_text": "Belarusian"}]},
    {"id": "b", "text": "Ghana and Togo agreed to restore ties.",
     "events": [{"type": "restore_relations", "source": "GHA", "target": "TGO",
                 "modality": "intent"}]},
    {"id": "c", "text": "The club cut ties with its sponsor.", "events": []},
    {"id": "d", "text": "Chile denied it would recall its envoy from Peru.",
     "events": [{"type": "recall_envoy", "source": "CHL", "target": "PER",
                 "modality": "negated"}]},
]
CASE_RECORDS = [
    {"id": "1", "text": "Police dispersed a march in the capital.", "is_diplo": False},
    {"id": "2", "text": "Fans protested outside the stadium.", "is_diplo": False},
    {"id": "3", "text": "The US sanctioned three firms.", "is_diplo": True},
]
PREDICTIONS = {
    GOLD[0]["text"]: [Event.make("expel_diplomats", "LTU", "BLR", "asserted", 0.95)],
    GOLD[1]["text"]: [Event.make("restore_relations", "TGO", "GHA", "asserted", 0.85)],
    GOLD[2]["text"]: [Event.make("sever_relations", "UNK", "UNK", "asserted", 0.4)],
    GOLD[3]["text"]: [Event.make("recall_envoy", "CHL", "PER", "negated", 0.7)],
    CASE_RECORDS[0]["text"]: [],
    CASE_RECORDS[1]["text"]: [Event.make("impose_sanctions", "UNK", "UNK", "asserted", 0.55)],
    CASE_RECORDS[2]["text"]: [Event.make("impose_sanctions", "USA", "UNK", "asserted", 0.9)],
}
calls: list[int] = []


def fake_predict(texts):
    calls.append(len(texts))
    return [PREDICTIONS[t] for t in texts]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def gold_files(tmp_path):
    return _write(tmp_path / "gold.jsonl", GOLD), _write(tmp_path / "case.jsonl", CASE_RECORDS)


def test_json_output_scores_each_file_and_both_together(gold_files):
    gold, case = gold_files
    out = io.StringIO()
    calls.clear()
    assert main(["--gold", str(gold), str(case), "--json", "--errors", "5"],
                predict=fake_predict, out=out) == 0
    assert calls == [4, 3]  # one batch per file
    rep = json.loads(out.getvalue())["files"]
    g = rep[str(gold)]
    assert g["triples"]["overall"]["tp"] == 2  # expel + reversed restore
    assert g["triples"]["overall"]["fp"] == 1  # the club
    assert g["triples"]["overall"]["fn"] == 0  # negated gold is not expected
    assert g["modality"]["accuracy"] == 0.5  # intent predicted as asserted
    assert g["false_alarm"] == {"negatives": 2, "flagged": 1, "rate": 0.5}
    assert [e["id"] for e in g["errors"]] == ["c"]
    c = rep[str(case)]
    assert c["items_scored"] == 2 and c["unlabelled"]["items"] == 1
    assert c["false_alarm"] == {"negatives": 2, "flagged": 1, "rate": 0.5}
    assert c["triples"]["overall"]["fp"] == 1  # the DIPLO prediction is not scored
    both = rep["ALL FILES"]
    assert both["items"] == 7 and both["false_alarm"]["negatives"] == 4


def test_text_output_is_a_readable_table(gold_files):
    gold, case = gold_files
    out = io.StringIO()
    assert main(["--gold", str(gold), str(case), "--by-modality", "--errors", "3"],
                predict=fake_predict, out=out) == 0
    text = out.getvalue()
    assert "OVERALL" in text and "expel_diplomats" in text
    assert "excluded from triple scoring: 1 texts" in text
    assert "false alarms on texts with no counted gold event: 1/2" in text
    assert "[0.9,1.0]" in text and "modality accuracy on matched triples: 1/2" in text
    assert "gold intent" in text and "spurious sever_relations UNK -> UNK" in text
    assert "error kinds" not in text


def test_error_kinds_are_counted_without_listing_texts(gold_files):
    gold, case = gold_files
    out = io.StringIO()
    assert main(["--gold", str(gold), "--error-kinds"], predict=fake_predict, out=out) == 0
    text = out.getvalue()
    assert "error kinds" in text and "texts with errors" not in text
    misses = next(line for line in text.splitlines() if line.strip().startswith("misses"))
    assert "nothing" in misses and "uncounted" in misses


def test_intervals_in_table_and_json_and_off_with_zero(gold_files):
    gold, _ = gold_files
    out = io.StringIO()
    assert main(["--gold", str(gold), "--json"], predict=fake_predict, out=out) == 0
    rep = next(iter(json.loads(out.getvalue())["files"].values()))
    low, high = rep["intervals"]["f1"]
    assert low <= rep["triples"]["overall"]["f1"] <= high
    assert rep["intervals"]["resamples"] == 1000
    table = io.StringIO()
    assert main(["--gold", str(gold)], predict=fake_predict, out=table) == 0
    assert "95% intervals (1000 bootstrap resamples of the texts)" in table.getvalue()
    table = io.StringIO()
    assert main(["--gold", str(gold), "--intervals", "0"], predict=fake_predict, out=table) == 0
    assert "bootstrap resamples" not in table.getvalue()


def test_split_reads_project_eval_file():
    if not (REPO / "eval" / "dev.jsonl").is_file():
        pytest.skip("eval/dev.jsonl not present")
    out = io.StringIO()
    assert main(["--split", "dev", "--json"], predict=lambda ts: [[] for _ in ts], out=out) == 0
    rep = json.loads(out.getvalue())["files"]
    (only,) = rep.values()
    # A silent coder: no false alarms, every gold triple missed.
    assert only["false_alarm"]["flagged"] == 0
    assert only["triples"]["overall"]["tp"] == 0 and only["triples"]["overall"]["fn"] > 0


def test_bad_gold_is_a_clear_error(tmp_path, capsys):
    bad = _write(tmp_path / "bad.jsonl", [{"text": "x", "events": [
        {"type": "cut_ties", "source": "USA", "target": "CUB"}]}])
    with pytest.raises(GoldFormatError, match="unknown event type 'cut_ties'"):
        read_gold(bad)
    with pytest.raises(SystemExit) as exc:
        main(["--gold", str(bad)], predict=fake_predict)
    assert exc.value.code == 2
    assert "bad.jsonl:1" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([], predict=fake_predict)


REPLAY_ITEMS = [
    {"outlet": "wire", "guid": "g1", "title": "Peru recalls envoy",
     "summary": "Lima recalled its ambassador from Mexico &amp; more."},
    {"outlet": "wire", "guid": "g2", "title": "Markets rally", "summary": ""},
    {"outlet": "other", "guid": "g1", "title": "Ties restored", "summary": "No details."},
]
REPLAY_LABELS = [
    {"id": "rp-1", "outlet": "wire", "guid": "g1", "events": [
        {"type": "recall_envoy", "source": "PER", "target": "MEX", "modality": "asserted"}]},
    {"id": "rp-2", "outlet": "wire", "guid": "g2", "events": []},
    {"id": "rp-3", "outlet": "other", "guid": "g1", "events": [
        {"type": "restore_relations", "source": "UNK", "target": "UNK", "modality": "asserted"}]},
]


def test_replay_labels_take_title_and_summary_from_the_corpus_coded_apart(tmp_path):
    corpus = _write(tmp_path / "items.jsonl", REPLAY_ITEMS)
    gold = _write(tmp_path / "replay.jsonl", REPLAY_LABELS)
    seen: list[str] = []

    def predict(texts):
        seen.extend(texts)
        # The headline alone says nothing of the target; the summary does.
        return [[Event.make("recall_envoy", "PER", "MEX", "asserted", 0.9)] if "Lima" in t
                else [Event.make("recall_envoy", "PER", "UNK", "asserted", 0.6)] if "Peru" in t
                else [] for t in texts]

    out = io.StringIO()
    assert main(["--gold", str(gold), "--replay-items", str(corpus), "--json"],
                predict=predict, out=out) == 0
    # Title and summary are two texts (entities decoded as the pipeline does);
    # an empty summary is not coded.
    assert seen == ["Peru recalls envoy", "Lima recalled its ambassador from Mexico & more.",
                    "Markets rally", "Ties restored", "No details."]
    rep = json.loads(out.getvalue())["files"][str(gold)]
    # The summary's event matches; the headline's vaguer one is the same event.
    assert (rep["triples"]["overall"]["tp"], rep["triples"]["overall"]["fp"],
            rep["triples"]["overall"]["fn"]) == (1, 0, 1)
    assert rep["false_alarm"] == {"negatives": 1, "flagged": 0, "rate": 0.0}
    items = read_gold(gold, corpus)
    assert [it.parts for it in items][0] == (
        "Peru recalls envoy", "Lima recalled its ambassador from Mexico & more.")


def test_replay_labels_without_the_corpus_or_with_an_unknown_item_are_clear_errors(tmp_path):
    gold = _write(tmp_path / "replay.jsonl", REPLAY_LABELS[:1])
    with pytest.raises(GoldFormatError, match="needs the replay corpus"):
        read_gold(gold, tmp_path / "absent.jsonl")
    corpus = _write(tmp_path / "items.jsonl", REPLAY_ITEMS[1:])
    with pytest.raises(GoldFormatError, match="no item 'g1' of 'wire'"):
        read_gold(gold, corpus)
    # Texts of other records need no corpus.
    assert len(read_gold(_write(tmp_path / "g.jsonl", GOLD), tmp_path / "absent.jsonl")) == 4


@pytest.mark.skipif(not CASE.is_file(), reason="shared CASE 2021 set absent")
def test_case2021_file_is_read_as_negatives_and_unlabelled():
    items = read_gold(CASE)
    unlabelled = [it for it in items if it.events is None]
    assert len(items) == 1019 and len(unlabelled) == 44
    assert all(it.events == [] for it in items if it.events is not None)


coder_missing = importlib.util.find_spec("transforms.coder") is None or not (
    REPO / "transforms" / "coder" / "__init__.py"
).is_file()


@pytest.mark.skipif(coder_missing, reason="transforms.coder not built yet")
def test_cli_with_the_real_coder(gold_files):
    gold, _ = gold_files
    out = io.StringIO()
    assert main(["--gold", str(gold), "--json"], out=out) == 0
    rep = json.loads(out.getvalue())["files"][str(gold)]
    assert rep["items"] == 4 and rep["items_scored"] == 4
    # The plain expulsion sentence is the easiest case the coder must get.
    assert rep["triples"]["by_type"]["expel_diplomats"]["tp"] == 1


def test_misses_with_nothing_found_are_split_by_the_prefilter(tmp_path):
    # Both texts hold an expulsion the (fake) coder misses entirely; only the first has
    # a word the pre-filter passes.
    expel = [{"type": "expel_diplomats", "source": "LTU", "target": "BLR",
              "modality": "asserted"}]
    gold = _write(tmp_path / "nothing.jsonl", [
        {"id": "w", "text": "Lithuania expelled two Belarusian diplomats.", "events": expel},
        {"id": "n", "text": "Vilnius told the men from Minsk to go home.", "events": expel},
    ])
    out = io.StringIO()
    assert main(["--gold", str(gold), "--error-kinds", "--json", "--errors", "5"],
                predict=lambda texts: [[] for _ in texts], out=out) == 0
    errors = json.loads(out.getvalue())["files"][str(gold)]["errors"]
    assert [e["missed"][0]["kind"] for e in errors] == ["nothing", "nothing"]
    out = io.StringIO()
    assert main(["--gold", str(gold), "--error-kinds"],
                predict=lambda texts: [[] for _ in texts], out=out) == 0
    assert "of the 2 misses with nothing found, 1 are in texts that pass the pre-filter" \
        in out.getvalue()

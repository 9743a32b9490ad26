"""The throughput benchmark's corpus helpers (the benchmark itself runs under
`make bench`, never as a timed test)."""

from bench.throughput import event_key, generated_items, write_feeds
from transforms.coder import might_contain_event
from transforms.feeds import parse_feed


def test_generated_corpus_is_mostly_not_about_diplomacy():
    items = generated_items(2000)
    assert len(items) == 2000 and len({i["link"] for i in items}) == 2000
    relevant = sum(might_contain_event(i["title"]) for i in items)
    assert 0 < relevant < 0.1 * len(items)


def test_items_written_as_feeds_read_back_whole(tmp_path):
    items = generated_items(600)
    write_feeds(items, tmp_path)
    files = sorted(tmp_path.glob("*.xml"))
    assert len(files) == 3  # 250 items a feed
    entries = [e for f in files for e in parse_feed(f.read_bytes(), str(f))[0]]
    assert [e["title"] for e in entries] == [i["title"] for i in items]
    assert [e["link"] for e in entries] == [i["link"] for i in items]


def test_event_keys_separate_parts_and_modalities():
    event = {"event_type": "impose_sanctions", "source": "USA", "target": None,
             "modality": "asserted"}
    assert event_key("a", "title", event) == "a|title|impose_sanctions|USA||asserted"
    assert event_key("a", "summary", event) != event_key("a", "title", event)

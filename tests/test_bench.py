"""The throughput benchmark's corpus helpers (the benchmark itself runs under
`make bench`, never as a timed test)."""

from bench.memory import copied
from bench.throughput import event_key, generated_items, write_feeds
from transforms.coder import might_contain_event
from transforms.feeds import parse_feed
from transforms.normalize import article_id_for


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


def test_memory_bench_copies_are_new_articles_with_the_same_text():
    items = [*generated_items(50), {"guid": "only-guid", "title": "t", "summary": "s"},
             {"title": "neither link nor guid", "summary": "s"}]
    copies = copied(items, 3)
    assert len(copies) == 3 * len(items)
    ids = {article_id_for({**item, "feed": "bench"}) for item in copies}
    assert len(ids) == len(copies)  # none de-duplicated away
    assert [c["title"] for c in copies] == [i["title"] for i in items] * 3
    assert copied(items, 1) == items

"""The reader of trackers' and registers' lines of fields (transforms/coder/records.py),
without the parser."""

from __future__ import annotations

import pytest

from transforms.coder.records import looks_like_record, read_record


@pytest.mark.parametrize(("text", "act", "word"), [
    ("NEW | 2026-05-19 | Authority: U.S. Treasury (OFAC) | Target: Eritrea", "impose_sanctions",
     "NEW"),
    ("Date: 09 Mar | Authority: EU Council | Target: Mali | Status: EXTENDED to 2027",
     "impose_sanctions", "EXTENDED"),
    ("DELISTED | Authority: OFSI | Target: Libya", "ease_sanctions", "DELISTED"),
    ("EXPIRED | Authority: UN Security Council | Target: Central African Republic",
     "ease_sanctions", "EXPIRED"),
    ("THREATENED | Authority: ECOWAS Commission | Target: Guinea", "threaten_sanctions",
     "THREATENED"),
    ("RELATIONS SEVERED | Date: 11 Sep | State: Niger | Counterpart: Ukraine",
     "sever_relations", "RELATIONS SEVERED"),
    ("RELATIONS RESTORED | Parties: Djibouti - Eritrea", "restore_relations",
     "RELATIONS RESTORED"),
    ("PNG NOTICE | Issuing state: Ethiopia | Affected: the Embassy of Somalia",
     "expel_diplomats", "PNG NOTICE"),
    # a protocol list's label in its own case
    ("Diplomatic relations established | Parties: Philippines, Bhutan", "restore_relations",
     "Diplomatic relations established"),
    # the listed party's "Name:" field
    ("DELISTED | Authority: Council of the EU | Name: Salem al-Ghariani (Libyan national)",
     "ease_sanctions", "DELISTED"),
    # no label or status: the act named in the "Measure:" field
    ("Date: 12 Jan | Authority: U.S. Treasury (OFAC) | Target: three Iranian exchange houses"
     " | Measure: SDN designation", "impose_sanctions", "designation"),
    # the first act word of the "Measure:" field, not the measure it acts on
    ("Date: 3 Mar | Authority: UN Security Council | Target: Eritrea | Measure: lifting of "
     "the arms embargo", "ease_sanctions", "lifting"),
])
def test_a_records_label_or_status_names_its_act(text, act, word):
    record = read_record(text)
    assert record is not None and record.act == act
    # the label or status is where the act is named (the event's trigger)
    assert text[record.label[0]: record.label[1]] == word


@pytest.mark.parametrize("text", [
    "Britain freezes assets of five officials - Politics | The Guardian",
    "Explained: The six commanders hit by Canberra's latest measures | ABC News",
    "Opinion: Sanctions are not working | Analysis: What comes next",
    "Date: 12 May | Venue: Brussels | Agenda: Western Balkans | Status: CONCLUDED",
    "Authority: OFAC | Target: Venezuela | Status: AMENDED (a date of birth corrected)",
    "RELATIONS SEVERED | Club: FC Porto | Counterpart: a kit supplier",
    "Diplomatic relations established | Venue: Manila | Agenda: trade",
    "Date: 12 Jan | Authority: OFAC | Target: Venezuela | Measure: general licence for aid",
])
def test_no_act_no_record(text):
    assert read_record(text) is None


def test_a_line_needs_fields_to_look_like_a_record():
    assert not looks_like_record("World | Reuters")
    assert not looks_like_record("Authority: OFAC imposed sanctions on Iran.")
    assert looks_like_record("Authority: OFAC | Target: Iran")

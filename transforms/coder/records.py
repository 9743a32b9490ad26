"""Structured records: a sanctions tracker's or a register's line of fields, as trackers,
databases and protocol lists publish them ("NEW | 2026-05-19 | Authority: U.S. Treasury
(OFAC) | Target: Eritrea | Measure: designation of ...", "RELATIONS SEVERED | Date: 11 Sep |
State: Niger | Counterpart: Ukraine", "PNG NOTICE | Issuing state: Ethiopia | Affected: a
counsellor of the Embassy of Somalia"). The fields name the actors and the record's label
or status names the act; there is no sentence for the parser to read."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Authority: Council of the EU" between "|" separators (or at the start of the line).
_FIELD = re.compile(r"(?:^|\|)\s*([A-Z][A-Za-z]*(?: [a-z]+)?)\s*:\s*([^|]*)")
# A label before the first separator: "NEW", "RELATIONS SEVERED", "PNG NOTICE".
# ("Diplomatic relations established | Parties: ..." in a protocol list's own case)
_LABEL = re.compile(r"^\s*([A-Z][A-Za-z ]{2,40}?)\s*\|")

SOURCE_FIELDS = frozenset({"authority", "issuing state", "state", "imposed by",
                           "sanctioning state", "issuer"})
TARGET_FIELDS = frozenset({"target", "counterpart", "affected", "country", "targeted state",
                           "name", "regime"})  # ("Name: ... (Libyan national)", "Regime: Libya")
PARTY_FIELDS = frozenset({"parties"})

# What a record's label or status says was done (a threat's mode is always "threat").
_SANCTION_STATUS = {
    **dict.fromkeys(("new", "added", "designated", "imposed", "extended", "renewed",
                     "prolonged", "expanded"), "impose_sanctions"),
    **dict.fromkeys(("delisted", "lifted", "suspended", "eased", "expired", "revoked",
                     "removed"), "ease_sanctions"),
    **dict.fromkeys(("threatened", "proposed"), "threaten_sanctions"),
}
# A record with no label or status names its act in its "Measure:" field ("Measure: SDN
# designation, secondary-sanctions risk flagged").
_MEASURE_WORDS = {
    **dict.fromkeys(("designation", "listing", "freeze", "ban", "embargo"), "impose_sanctions"),
    # (the first such word names the act: "Measure: lifting of the arms embargo" eases)
    **dict.fromkeys(("delisting", "removal", "unfreezing", "lifting", "easing", "suspension",
                     "revocation", "termination"), "ease_sanctions"),
}
_RELATION_LABELS = {
    "relations severed": "sever_relations", "relations suspended": "sever_relations",
    "relations broken": "sever_relations", "relations restored": "restore_relations",
    "relations established": "restore_relations", "relations resumed": "restore_relations",
    "png notice": "expel_diplomats", "expulsion": "expel_diplomats",
    "envoy recalled": "recall_envoy", "ambassador recalled": "recall_envoy",
}


@dataclass(frozen=True)
class RecordField:
    name: str  # lower case: "authority"
    value: str
    start: int  # offsets of the value in the record's text
    end: int


@dataclass(frozen=True)
class Record:
    act: str  # event type
    label: tuple[int, int]  # offsets of the word that names the act
    fields: tuple[RecordField, ...]

    def values(self, names: frozenset[str]) -> list[RecordField]:
        return [f for f in self.fields if f.name in names]


def fields_of(text: str) -> list[RecordField]:
    out = []
    for m in _FIELD.finditer(text):
        value = m.group(2).rstrip()
        out.append(RecordField(m.group(1).lower(), value, m.start(2), m.start(2) + len(value)))
    return out


def looks_like_record(text: str) -> bool:
    """At least two "Name: value" fields between "|" separators, or a label and one."""
    if "|" not in text:
        return False
    n = len(fields_of(text))
    return n >= 2 or (n >= 1 and _LABEL.match(text) is not None)


def read_record(text: str) -> Record | None:
    """The act a record line states, or None when it is no record of one (the fields
    it needs make it look like one: a label and one field, or two fields)."""
    if "|" not in text:
        return None
    fields = tuple(fields_of(text))
    label = _LABEL.match(text)
    names = {f.name for f in fields}
    if label is not None:
        word = label.group(1).strip().lower()
        act = _RELATION_LABELS.get(word.removeprefix("diplomatic "))
        if act is not None and names & (SOURCE_FIELDS | PARTY_FIELDS):
            return Record(act, label.span(1), fields)
    if not (names & SOURCE_FIELDS and names & TARGET_FIELDS):
        return None
    # the status: a "Status:" field's first word, else the label's
    status = next((f for f in fields if f.name == "status"), None)
    if status is not None and status.value:
        word = status.value.split()[0]
        span = (status.start, status.start + len(word))
    elif label is not None:
        word = label.group(1).strip().split()[0]
        span = (label.start(1), label.start(1) + len(word))
    else:
        measure = next((f for f in fields if f.name == "measure"), None)
        found = [(m, _MEASURE_WORDS[m.group().lower()]) for m in re.finditer(
            r"[A-Za-z]+", measure.value if measure else "") if m.group().lower() in _MEASURE_WORDS]
        if measure is None or not found:
            return None
        m, act = found[0]
        return Record(act, (measure.start + m.start(), measure.start + m.end()), fields)
    act = _SANCTION_STATUS.get(word.lower().strip(".,;"))
    return Record(act, span, fields) if act is not None else None

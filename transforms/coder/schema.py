"""The coder's output record and the fixed vocabularies it uses."""

from __future__ import annotations

from dataclasses import asdict, dataclass

CODER_VERSION = "0.23.35"

EVENT_TYPES: dict[str, str] = {
    "restore_relations": "diplomatic",
    "sever_relations": "diplomatic",
    "recall_envoy": "diplomatic",
    "expel_diplomats": "diplomatic",
    "express_support": "diplomatic",
    "impose_sanctions": "sanction",
    "ease_sanctions": "sanction",
    "threaten_sanctions": "sanction",
}

MODALITIES: tuple[str, ...] = (
    "asserted", "intent", "threat", "reference", "negated", "hypothetical",
)
# Only these are alerted and counted as flagged events (guide, "Modality").
ALERT_MODALITIES: frozenset[str] = frozenset({"asserted", "intent", "threat"})


@dataclass(frozen=True)
class CodedEvent:
    """One (type, source, target) triple with its evidence and codes."""

    event_type: str
    family: str
    modality: str
    source: str | None
    source_text: str | None
    target: str | None
    target_text: str | None
    cameo_code: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    trigger: str
    sentence: str
    start_char: int  # offsets of `sentence` within doc.text
    end_char: int
    confidence: float

    def __post_init__(self) -> None:
        if self.event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event_type {self.event_type!r}")
        if self.modality not in MODALITIES:
            raise ValueError(f"unknown modality {self.modality!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence out of [0, 1]: {self.confidence}")

    @property
    def alert(self) -> bool:
        return self.modality in ALERT_MODALITIES

    def as_dict(self) -> dict:
        return asdict(self)

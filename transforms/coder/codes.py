"""CAMEO code, Goldstein score, quad class and PLOVER category of each coded event.

The numbers are the public CAMEO 1.1b3 / PLOVER values for the few codes this coder
emits (Goldstein 1992 scale; quad class 1 verbal cooperation ... 4 material conflict).
"""

from __future__ import annotations

from typing import NamedTuple


class CameoInfo(NamedTuple):
    goldstein: float
    quad_class: int
    plover: str


CAMEO: dict[str, CameoInfo] = {
    "032": CameoInfo(4.5, 1, "AGREE"),     # intent to engage in diplomatic cooperation
    "0354": CameoInfo(7.0, 1, "AGREE"),    # intent to ease economic sanctions
    "050": CameoInfo(3.5, 1, "SUPPORT"),   # engage in diplomatic cooperation
    "051": CameoInfo(3.4, 1, "SUPPORT"),   # praise or endorse
    "052": CameoInfo(3.5, 1, "SUPPORT"),   # defend verbally
    "053": CameoInfo(3.8, 1, "SUPPORT"),   # rally support on behalf of
    "054": CameoInfo(6.0, 1, "SUPPORT"),   # grant diplomatic recognition
    "085": CameoInfo(7.0, 2, "RETREAT"),   # ease economic sanctions
    "1312": CameoInfo(-5.8, 3, "THREATEN"),  # threaten with sanctions
    "1313": CameoInfo(-5.8, 3, "THREATEN"),  # threaten to reduce or break relations
    "161": CameoInfo(-4.0, 3, "SANCTION"),   # reduce or break diplomatic relations
    "163": CameoInfo(-8.0, 3, "COERCE"),     # impose embargo, boycott or sanctions
}

_RECOGNITION_LEMMAS = frozenset(
    {"establish", "establishment", "recognise", "recognize", "recognition", "switch"}
)
_DEFEND_LEMMAS = frozenset({"defend", "defence", "defense", "stand"})
_RALLY_LEMMAS = frozenset({"rally", "mobilize", "mobilise", "lobby"})


def cameo_code(event_type: str, modality: str, trigger_lemma: str = "") -> str:
    """The guide's CAMEO column: asserted / intent / threat variant of each type."""
    if event_type == "restore_relations":
        if modality in ("intent", "threat"):
            return "032"
        return "054" if trigger_lemma in _RECOGNITION_LEMMAS else "050"
    if event_type in ("sever_relations", "recall_envoy", "expel_diplomats"):
        return "1313" if modality == "threat" else "161"
    if event_type == "express_support":
        if modality == "intent":
            return "032"
        if trigger_lemma in _DEFEND_LEMMAS:
            return "052"
        if trigger_lemma in _RALLY_LEMMAS:
            return "053"
        return "051"
    if event_type == "impose_sanctions":
        return "163"
    if event_type == "ease_sanctions":
        return "0354" if modality == "intent" else "085"
    if event_type == "threaten_sanctions":
        return "1312"
    raise ValueError(f"unknown event type {event_type!r}")


def cameo_info(code: str) -> CameoInfo:
    return CAMEO[code]

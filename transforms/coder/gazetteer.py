"""Actor gazetteer: maps a surface name to an ISO 3166-1 alpha-3 or organisation code.

Country names come from pycountry; everything it lacks lives in the TSV files of
``data/`` (see data/README.md for their sources). Lookup keys are normalised the
same way for the files and for the text, so "the U.S." and "US" meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).resolve().parent / "data"

ORGANISATIONS: frozenset[str] = frozenset(
    {"EU", "UN", "NATO", "AU", "ASEAN", "ECOWAS", "GCC", "OAS", "WHO", "IAEA", "ICC", "G7"}
)
UNKNOWN = "UNK"

_DOTS = re.compile(r"\.")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def normalise(name: str) -> str:
    """Key used on both sides of a lookup: no accents, dots, leading "the", possessive."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").strip()
    text = _POSSESSIVE.sub("", text)
    text = _DOTS.sub("", text)
    text = _SPACE.sub(" ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


def _is_acronym(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) <= 6


@dataclass
class Gazetteer:
    """Name -> code tables, with the acronyms that must be matched in upper case."""

    names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    leaders: dict[str, str] = field(default_factory=dict)
    # alias -> {family: code}; family "" applies to both families.
    seats: dict[str, dict[str, str]] = field(default_factory=dict)
    # Firms and state bodies that are sanctioned by name ("Lockheed Martin", "Huawei"):
    # only looked up for sanctions, where a sanctioned firm stands for its state.
    firms: dict[str, str] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)
    max_words: int = 1

    def _ok_case(self, key: str, surface: str) -> bool:
        # "US"/"us", "WHO"/"who", "EC"/"ec": an acronym only counts in capitals, and
        # any name must start with a capital letter (title-case headlines are
        # normalised so that names keep their capitals).
        stripped = surface.strip().lstrip("'\"(").removeprefix("the ").removeprefix("The ")
        if not stripped or not (stripped[0].isupper() or stripped[1:2].isupper()):
            return False  # ("eSwatini", spelt as its government spells it)
        if key in self.acronyms:
            return _is_acronym(stripped.replace("'s", "").replace("’s", ""))
        return True

    def lookup(self, surface: str, family: str | None = None) -> str | None:
        """Code of a name, demonym, seat of power or leader, else None."""
        key = normalise(surface)
        if not key or not self._ok_case(key, surface):
            return None
        for table in (self.names, self.demonyms, self.leaders):
            if key in table:
                return table[key]
        if family == "sanction" and key in self.firms:
            return self.firms[key]
        if key in self.seats:
            by_family = self.seats[key]
            if family and family in by_family:
                return by_family[family]
            if "" in by_family:
                return by_family[""]
            return next(iter(by_family.values()))
        return None

    def lookup_demonym(self, surface: str) -> str | None:
        key = normalise(surface)
        if not key or not self._ok_case(key, surface):
            return None
        return self.demonyms.get(key)

    def known_words(self) -> set[str]:
        """Every lower-cased word of every alias (used to keep names capitalised)."""
        words: set[str] = set()
        for table in (self.names, self.demonyms, self.leaders, self.seats, self.firms):
            for key in table:
                words.update(key.split())
        return words

    def all_keys(self) -> set[str]:
        return (set(self.names) | set(self.demonyms) | set(self.leaders) | set(self.seats)
                | set(self.firms))


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    path = DATA_DIR / name
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            raise ValueError(f"{path}:{lineno}: expected 'alias<TAB>code', got {line!r}")
        rows.append(cols)
    return rows


def _valid_code(code: str) -> bool:
    return code in ORGANISATIONS or code == "XKX" or (
        len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None
    )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    gaz = Gazetteer()

    def add(table: dict, alias: str, code: str, source: str) -> None:
        if not _valid_code(code):
            raise ValueError(f"{source}: unknown code {code!r} for {alias!r}")
        key = normalise(alias)
        table[key] = code
        if _is_acronym(alias):
            gaz.acronyms.add(key)

    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                add(gaz.names, value, country.alpha_3, "pycountry")
                # "Korea, Republic of" style names also read in natural order.
                if ", " in value:
                    head, _, tail = value.partition(", ")
                    add(gaz.names, f"{tail} {head}", country.alpha_3, "pycountry")
    for alias, code, *_ in _read_tsv("country_aliases.tsv"):
        add(gaz.names, alias, code, "country_aliases.tsv")
    for alias, code, *_ in _read_tsv("organisations.tsv"):
        add(gaz.names, alias, code, "organisations.tsv")
    for alias, code, *_ in _read_tsv("demonyms.tsv"):
        add(gaz.demonyms, alias, code, "demonyms.tsv")
        if not alias.endswith("s"):
            gaz.demonyms[normalise(alias + "s")] = code
    for alias, code, *_ in _read_tsv("leaders.tsv"):
        add(gaz.leaders, alias, code, "leaders.tsv")
    for alias, code, *_ in _read_tsv("firms.tsv"):
        add(gaz.firms, alias, code, "firms.tsv")
    for cols in _read_tsv("seats.tsv"):
        alias, code = cols[0], cols[1]
        family = cols[2] if len(cols) > 2 else ""
        if not _valid_code(code):
            raise ValueError(f"seats.tsv: unknown code {code!r} for {alias!r}")
        gaz.seats.setdefault(normalise(alias), {})[family] = code
        if _is_acronym(alias):
            gaz.acronyms.add(normalise(alias))
    gaz.max_words = max(len(k.split()) for k in gaz.all_keys())
    return gaz

"""Sanction noun compounds the small model reads as a clause ("asset freezes" as
"asset" + the verb "freezes"): a sentence holding one is re-parsed with the noun
swapped for a same-length sanction noun the model reads as a noun, so offsets carry
over unchanged (like headline.py) and the trigger text is still the original word."""

from __future__ import annotations

import re

from spacy.tokens import Span

# modifier -> misread head -> same-length noun it is parsed as. "embargo" keeps the
# reading a sanction; the compound's modifier stays in front of it.
_SWAPS: dict[str, dict[str, str]] = {
    "asset": {"freezes": "embargo"},
    "assets": {"freezes": "embargo"},
}
_COMPOUND = re.compile(r"\b(assets?)(\s+)(freezes)\b", re.IGNORECASE)


def _swap(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        new = _SWAPS[m.group(1).lower()][m.group(3).lower()]
        if m.group(3)[0].isupper():
            new = new[0].upper() + new[1:]
        return m.group(1) + m.group(2) + new

    out = _COMPOUND.sub(repl, text)
    assert len(out) == len(text)
    return out


def misread_compound(sent: Span) -> bool:
    """`sent` holds a sanction compound whose head the parser took for a verb."""
    return any(
        tok.lower_ in ("freezes",) and tok.tag_.startswith("VB") and tok.i > sent.start
        and tok.doc[tok.i - 1].lower_ in _SWAPS
        for tok in sent
    )


def repair_compounds(text: str) -> str:
    """`text` with each misreadable sanction compound's head swapped (same length)."""
    return _swap(text)

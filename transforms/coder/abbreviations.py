"""Abbreviations the small English model splits sentences at: a title in front of a
name ("Republican Sens. Ted Cruz") and an acronym written with a doubled full stop
("defiance of U.N.. sanctions"). Each is merged back into one token before any
other component runs, so the parser sees one sentence where the writer wrote one. And
the one it runs on: a dotted acronym ending a sentence ("barred from U.S. The State
Department said ..."), whose stop is the sentence's. Newsletter shorthand ("recalls its
amb.", "Ghana's govt") becomes one token read as the full word.

Added by ``load_nlp`` first in the pipeline, so the pipeline and the evaluation,
which both build it there, tokenise alike. Raw text is unchanged: the pre-filter,
which reads raw text, is not affected.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

ABBREVIATIONS_NAME = "diplowatch_abbreviations"

# Titles the tokenizer leaves split from their full stop ("Sen.", "Gov.", "Gen." and
# "Rep." it already keeps whole).
_TITLES = frozenset({"Sens", "Reps", "Gens", "Govs", "Amb", "Pres", "Lt", "Col", "Capt", "Maj",
                     "Sgt", "Cmdr", "Brig", "Adm", "Supt", "Insp"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
# Newsletter shorthand for the words the rules read ("Ghana's govt recalls its amb. from
# Lomé"): read as the full word (the model's features use NORM, the rules the lemma).
_SHORTHAND = {"amb": "ambassador", "ambs": "ambassadors", "govt": "government",
              "gov't": "government", "govts": "governments"}
# Words that open a sentence and never follow "U.S." inside one.
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "It", "He", "She", "They", "We", "This",
                               "Its", "His", "Her", "Their", "Earlier", "Meanwhile"})


@Language.component(ABBREVIATIONS_NAME)
def merge_abbreviations(doc: Doc) -> Doc:
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i + 2 < len(doc):
        tok, stop, nxt = doc[i], doc[i + 1], doc[i + 2]
        if tok.whitespace_ or not stop.whitespace_:
            i += 1
            continue
        if tok.text in _TITLES and stop.text == "." and nxt.text[:1].isupper():
            # "Sens. Ted Cruz": a title before a name, not a sentence's end
            spans.append((i, i + 2, (tok.text + ".").lower()))
            i += 2
        elif _ACRONYM.match(tok.text) and stop.text == ".." and nxt.text[:1].islower():
            # "of U.N.. sanctions": a stray second stop inside a sentence
            spans.append((i, i + 2, (tok.text + ".").lower()))
            i += 2
        else:
            i += 1
    shorthand: list[tuple[int, int, str]] = []
    for i, tok in enumerate(doc):
        full = _SHORTHAND.get(tok.lower_)
        if full is None or any(s <= i < e for s, e, _ in spans):
            continue
        dotted = i + 1 < len(doc) and doc[i + 1].text == "." and not tok.whitespace_ and (
            i + 2 < len(doc) and not doc[i + 2].text[:1].isupper())
        shorthand.append((i, i + 2 if dotted else i + 1, full))
    if spans or shorthand:
        with doc.retokenize() as retok:
            for start, end, norm in spans:
                retok.merge(doc[start:end], attrs={"NORM": norm})
            for start, end, full in shorthand:
                retok.merge(doc[start:end], attrs={"NORM": full, "LEMMA": full})
    for tok, nxt in zip(doc[:-1], doc[1:], strict=True):
        if _DOTTED_ACRONYM.match(tok.text) and tok.whitespace_ and nxt.text in _SENTENCE_OPENERS:
            # "Ex-Haitian senators barred from U.S. The State Department said ...": the
            # acronym's stop ends the sentence too (the parser would run on).
            nxt.is_sent_start = True
    return doc

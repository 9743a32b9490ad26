"""The spaCy pipeline component ``diplowatch_event_coder``: sets ``doc._.events``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from .actors import (
    STATE_HEADS,
    Actor,
    ActorResolver,
    dateline_length,
    dateline_state,
    is_state,
    phrase_tokens,
)
from .codes import cameo_code, cameo_info
from .compounds import misread_compound, repair_compounds
from .extract import Candidate, SentenceCoder, pairs
from .gazetteer import UNKNOWN, Gazetteer, load_gazetteer
from .headline import (
    council_release,
    date_label_length,
    is_title_case,
    label_bounds,
    label_subjects,
    lower_emphasis,
    normalise_headline,
    title_issuer,
    topic_label,
)
from .prefilter import follows_up, has_strong_trigger, has_trigger_word, might_contain_event
from .quotes import blank_marks, quote_marks
from .records import looks_like_record, read_record
from .schema import EVENT_TYPES, CodedEvent
from .shared_objects import dangling_prepositions
from .wire_marks import (
    BULLETS,
    blank_notes,
    bullet_length,
    editor_notes,
    is_factbox,
    slug_length,
    story_start,
)

COMPONENT_NAME = "diplowatch_event_coder"

# Each unit of a document to code: the span, whether it may hold an event itself, the
# text parsed in its place (case-normalised when it is a title-case headline, with a
# misread sanction compound repaired: compounds.py, with the quote marks of a short
# quoted act blanked: quotes.py, with the first of two prepositions sharing an object
# blanked: shared_objects.py, with a dateline or the labels around a headline left
# out), where that text starts in the unit, and whether it is a headline.
Plan = list[tuple[Span, bool, str | None, int, bool]]

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


class EventCoder:
    """Codes every sentence that passes the keyword pre-filter.

    Title-case sentences are re-parsed in a case-normalised form by the pipeline's
    own components (all but this one), which needs a reference to the pipeline.
    """

    def __init__(self, nlp: Language, name: str, prefilter: bool = True) -> None:
        self.nlp = nlp
        self.name = name
        # False codes every sentence: the reference the pre-filter is checked against.
        self.prefilter = prefilter
        self.gaz: Gazetteer = load_gazetteer()

    def _reparse(self, texts: list[str]) -> dict[str, Doc]:
        """Parse `texts` with the pipeline's other components, in one batch."""
        docs = [self.nlp.make_doc(t) for t in dict.fromkeys(texts)]
        for name, proc in self.nlp.pipeline:
            if name == self.name or not docs:
                continue
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        return {d.text: d for d in docs}

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.code_doc(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        # The title-case headlines of a batch are re-parsed together: one at a
        # time they cost three times as much.
        for batch in minibatch(docs, size=batch_size):
            plans = [self._plan(doc) for doc in batch]
            reparsed = self._reparse([text for plan in plans for _, _, text, _, _ in plan if text])
            for doc, plan in zip(batch, plans, strict=True):
                doc._.events = self.code_doc(doc, reparsed, plan)
                yield doc

    def _plan(self, doc: Doc) -> Plan:
        """Each unit of `doc` the pre-filter lets through; whether it may hold an
        event itself (else only its subject is worth remembering); and for a
        title-case one, the case-normalised text that is parsed in its place."""
        if self.prefilter and not might_contain_event(doc.text):
            return []
        plan: Plan = []
        factbox = is_factbox(doc.text)
        for sent in _units(doc):
            coded = not self.prefilter or has_trigger_word(sent.text) or bool(
                plan and plan[-1][1] and follows_up(sent.text)) or bool(
                plan and plan[0][1] and factbox)  # (a factbox's list items)
            if coded and read_record(sent.text) is not None:
                # a tracker's line is read field by field as written (records.py)
                plan.append((sent, coded, None, 0, False))
                continue
            headline = coded and is_title_case(sent.text)
            text = normalise_headline(sent.text, self.gaz) if headline else None
            if coded and not headline:
                lowered = lower_emphasis(sent.text)  # "stands FIRMLY with"
                text = lowered if lowered != sent.text else text
            subjects = label_subjects(sent.text, self.gaz) if coded else []
            for _, colon in subjects:
                text = text or sent.text
                text = text[:colon] + " " + text[colon + 1:]  # (same length: offsets hold)
            if headline or (coded and misread_compound(sent)):
                text = repair_compounds(text or sent.text)
            marks = quote_marks(sent.text) + dangling_prepositions(sent.text) if coded else []
            if marks:
                text = blank_marks(text or sent.text, marks)
            notes = editor_notes(sent.text) if coded else []
            if notes:
                # "(Corrects headline that said Kuwait had restored ties ...)"
                text = blank_notes(text or sent.text, notes)
            # A wire dateline ("OTTAWA, Feb 24 (Reuters) - Canada, Australia and New
            # Zealand added ...") makes the parser hang the real subjects off the
            # place name, so coordinated actors are lost: the rest is parsed alone,
            # and so is a headline without its labels (headline.label_bounds).
            start, end = 0, len(sent.text)
            if coded:
                start, end = label_bounds(sent, self.gaz)
                start = dateline_length(sent.text) or slug_length(sent.text) or bullet_length(
                    sent.text) or start
                start += date_label_length(sent.text[start:])
                if subjects and subjects[0][0] > start:
                    # "Sanctions tracker -- UK: froze ...": the digest's title left out
                    start = subjects[0][0]
            if (start, end) != (0, len(sent.text)):
                text = (text or sent.text)[start:end]
            if coded and text is None and factbox:
                text = sent.text  # a list's item: parsed on its own (_list_items)
            plan.append((sent, coded, text, start, headline))
        return plan

    def code_doc(self, doc: Doc, reparsed: dict[str, Doc] | None = None,
                 plan: Plan | None = None) -> list[CodedEvent]:
        """The events of `doc`; `reparsed` holds headlines already re-parsed and
        `plan` is ``_plan(doc)`` when already made."""
        events: list[CodedEvent] = []
        seen: dict[tuple, int] = {}
        # Sentences share a resolver so that "it" can point back one sentence.
        family_resolvers = {f: ActorResolver(self.gaz, f) for f in ("sanction", "diplomatic")}
        issuer = title_issuer(doc.text)
        in_council_release = council_release(doc.text, self.gaz)
        # "RIYADH - The kingdom", also after a wire headline: "(Adds ...) RIYADH - "
        story = story_start(doc.text)
        dateline = dateline_state(doc.text, self.gaz) or (
            dateline_state(doc.text[story:], self.gaz) if story else None)
        for resolver in family_resolvers.values():
            resolver.dateline = dateline
            if issuer is not None:
                # "G7 Foreign Ministers' Statement: 'Our restrictive measures ...'"
                resolver.previous = Actor(issuer, "", -1, "label")
        # Each family's acts of the unit before: "Bahrain and Sudan followed on Monday".
        previous: dict[str, list[Candidate]] = {f: [] for f in family_resolvers}
        eased: Candidate | None = None  # the text's last easing (SentenceCoder.told_of_eased)
        plan = self._plan(doc) if plan is None else plan
        # A factbox's items tell of acts already taken, on the state its title names
        # ("FACTBOX-Where Israel's ties stand ...\n* Bolivia - cut relations ...").
        factbox = is_factbox(doc.text) and bool(plan) and plan[0][0].start == 0
        listed_on = self._title_state(plan[0][0]) if factbox else None
        for sent, coded, new_text, start, headline in plan:
            if not coded:
                previous = {f: [] for f in family_resolvers}
                if eased is not None:
                    # "... said the measures imposed last week had been removed": no
                    # trigger of its own, but the imposition of what was eased
                    told = SentenceCoder(family_resolvers["sanction"]).told_of_eased(
                        sent, eased)
                    for cand in told:
                        for ev in self._events(doc, sent, sent, 0, cand, headline):
                            _keep(events, seen, ev)
                # No event here, but its subject is what "the president" or "it" in the
                # next sentence stands for.
                for resolver in family_resolvers.values():
                    SentenceCoder(resolver).remember_subject(sent)
                continue
            for resolver in family_resolvers.values():
                resolver.earlier_text = doc.text[: sent.start_char]  # (a re-parse loses it)
                resolver.council_release = in_council_release
            topic = listed_on if factbox and sent.start > 0 else None
            if new_text is not None:
                sub = (reparsed or {}).get(new_text) or self._reparse([new_text])[new_text]
                spans: list[Span] = list(sub.sents)
                offset = sent.start_char + start
                code = topic_label(sent.text[:start], self.gaz) if start else None
                if code is not None:
                    # "Nicaragua: Council prolongs restrictive measures": the label left
                    # out of the parse is the state a measure with no target is on
                    topic = Actor(code, sent.text[:start].strip().rstrip(":"), -1, "label")
            else:
                spans, offset = [sent], 0
            # Weak words ("backs", "ban", "ties") are everyday words: from a sentence
            # with no strong one, an event needs actors that are names or "the
            # government" (not two unnamed parties, not an unknown place name), which
            # is what lets the pre-filter skip texts without them (prefilter.py).
            named_only = not has_strong_trigger(sent.text)
            for span in spans:
                for family, resolver in family_resolvers.items():
                    coder = SentenceCoder(resolver, previous[family], topic)
                    cands = [
                        c for c in coder.code(span)
                        if EVENT_TYPES.get(c.event_type, family) == family
                    ]
                    previous[family] = []
                    done = coder.finish(span, cands)
                    if family == "sanction" and eased is not None and not any(
                        c.event_type == "ease_sanctions" or c.modality == "reference"
                        for c in done
                    ):
                        done += coder.told_of_eased(span, eased)
                    for cand in done:
                        if cand.event_type == "ease_sanctions" and cand.sources and (
                            cand.targets and cand.modality not in ("negated", "hypothetical")
                        ):
                            eased = cand  # what a later "imposed in 2020" may tell of
                        if EVENT_TYPES[cand.event_type] != family:
                            continue
                        if factbox and sent.start > 0 and cand.modality == "asserted":
                            cand.modality = "reference"
                        previous[family].append(cand)
                        for ev in self._events(doc, sent, span, offset, cand, headline,
                                               named_only):
                            _keep(events, seen, ev)
        return events

    def _title_state(self, title: Span) -> Actor | None:
        """The first state a title names, after its slug."""
        slug = slug_length(title.text)
        for ent in title.ents:
            code = self.gaz.lookup(ent.text) if ent.start_char - title.start_char >= slug else None
            if code is not None and is_state(code):
                return Actor(code, ent.text, -1, "title")
        return None

    def _events(
        self, doc: Doc, sent: Span, span: Span, offset: int, cand: Candidate, headline: bool,
        named_only: bool = False,
    ) -> list[CodedEvent]:
        def text_of(actor: Actor) -> str:
            # The whole noun phrase ("the Cuban government"), from the original text.
            if actor.head >= 0 and actor.how != "pronoun":
                phrase = phrase_tokens(span.doc[actor.head])
                start, end = phrase.start_char, phrase.end_char
            elif actor.start_char >= 0:
                start, end = actor.start_char, actor.end_char
            else:
                return actor.text
            return doc.text[offset + start: offset + end]

        out = []
        code = cameo_code(cand.event_type, cand.modality, cand.trigger.lemma_.lower())
        info = cameo_info(code)
        for src, tgt in pairs(cand):
            if named_only and not _named_or_state(src, tgt, span):
                continue
            conf = cand.confidence
            if headline:
                conf -= 0.1
            if "unknown" in (src.how, tgt.how):
                conf -= 0.15
            if "pronoun" in (src.how, tgt.how):
                conf -= 0.05
            trig = cand.trigger
            out.append(CodedEvent(
                event_type=cand.event_type,
                family=EVENT_TYPES[cand.event_type],
                modality=cand.modality,
                source=src.code,
                source_text=text_of(src),
                target=tgt.code,
                target_text=text_of(tgt),
                cameo_code=code,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=info.plover,
                trigger=doc.text[offset + trig.idx: offset + trig.idx + len(trig.text)],
                sentence=sent.text,
                start_char=sent.start_char,
                end_char=sent.end_char,
                confidence=round(max(0.05, min(1.0, conf)), 3),
            ))
        return out


def _units(doc: Doc):
    """The sentences of `doc`, with a title-case headline the parser split in two
    made whole again ("Peru Orders Out Venezuelan | And Cuban Diplomats"): it is
    re-parsed in a case-normalised form, which finds its own sentence breaks."""
    if is_factbox(doc.text):
        yield from _list_items(doc[:])
        return
    sents = list(doc.sents)
    i = 0
    while i < len(sents):
        end = i
        if is_title_case(sents[i].text):
            while end + 1 < len(sents) and is_title_case(
                doc.text[sents[i].start_char: sents[end + 1].end_char]
            ):
                end += 1
        # A tracker's line of fields ("Date: 09 Mar | Authority: Council of the EU |
        # Target: Mali | ...") split where the parser saw sentences: one record again.
        while end + 1 < len(sents) and "\n" not in doc.text[
            sents[end].end_char - 1: sents[end + 1].start_char + 1
        ] and not sents[end].text.rstrip().endswith((".", "!", "?")) and looks_like_record(
            doc.text[sents[i].start_char: sents[end + 1].end_char]
        ):
            end += 1
        yield sents[i] if end == i else doc[sents[i].start: sents[end].end]
        i = end + 1


def _list_items(unit: Span) -> Iterator[Span]:
    """`unit` cut before each line that opens with a bullet: the parser reads a factbox's
    list ("...\n* Bolivia - cut relations ...\n* Chile and Colombia - ...") as one
    sentence, or cuts an item after its label ("* Britain:"). (Not a timeline's: its
    items need each other, "Georgetown" is Guyana's where Guyana is named.)"""
    doc, start = unit.doc, unit.start
    for tok in unit[1:]:
        before = doc[tok.i - 1]
        if tok.text in BULLETS and before.is_space and "\n" in before.text and (
            tok.whitespace_
        ):
            yield doc[start: tok.i]
            start = tok.i
    yield doc[start: unit.end]


def _keep(events: list[CodedEvent], seen: dict[tuple, int], ev: CodedEvent) -> None:
    """Adds `ev` to `events`, or puts it in place of the same event of one sentence found
    with less confidence."""
    key = (ev.event_type, ev.source, ev.target, ev.start_char)
    if key not in seen:
        seen[key] = len(events)
        events.append(ev)
    elif events[seen[key]].confidence < ev.confidence:
        events[seen[key]] = ev


def _named_or_state(src: Actor, tgt: Actor, span: Span) -> bool:
    """Both actors named, or one named and the other an unnamed government."""
    unknown = [a for a in (src, tgt) if a.code == UNKNOWN]
    if not unknown:
        return True
    if len(unknown) == 2 or unknown[0].head < 0:
        return False
    head = span.doc[unknown[0].head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "the government of Ruritania"
    return head.lemma_.lower() in STATE_HEADS or head.lower_ in STATE_HEADS


@Language.factory(COMPONENT_NAME, default_config={"prefilter": True})
def make_event_coder(nlp: Language, name: str, prefilter: bool) -> EventCoder:
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ValueError(
            f"{COMPONENT_NAME} needs a pipeline with a parser and NER; missing: {missing}"
        )
    return EventCoder(nlp, name, prefilter)

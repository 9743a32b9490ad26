"""Tests of the event coder (transforms/coder): the guide's worked examples, the
acceptance story, hard negatives, one test per guide rule, the pre-filter's superset
property and a regression floor on the shared dev set (skipped without /work/shared)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipelines.evaluate import nlp_predictor, read_gold, score_items
from tests.conftest import counted_events, unmatched
from transforms.coder import (
    ALERT_MODALITIES,
    CODER_VERSION,
    EVENT_TYPES,
    CodedEvent,
    ModelNotFound,
    load_nlp,
    might_contain_event,
)
from transforms.coder.codes import CAMEO, cameo_code
from transforms.coder.gazetteer import load_gazetteer
from transforms.coder.headline import is_title_case, normalise_headline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev_events.jsonl"
needs_shared = pytest.mark.skipif(not DEV.exists(), reason="../shared is absent")


def code_all(nlp, texts: list[str]) -> list[list[CodedEvent]]:
    return [doc._.events for doc in nlp.pipe(texts)]


def triples(events, modalities=None) -> set[tuple]:
    return {
        (e.event_type, e.source, e.target, e.modality)
        for e in events
        if modalities is None or e.modality in modalities
    }


WORKED_1 = (
    "Mexico's Foreign Minister Marcelo Ebrard expressed his country's desire to reopen "
    "relations with North Korea on Saturday, after his government also this week voiced "
    "support for the Cuban government amid large-scale protests."
)
WORKED_2 = "The U.S. has maintained an embargo against Cuba since the 1950s."
TITLE = "Mexico Seeks to Renew Ties With North Korea, Also Backs Cuban Government"
BODY = (
    "Mexico's Foreign Minister Marcelo Ebrard expressed his country's desire to reopen "
    "relations with North Korea on Saturday, after his government also this week voiced "
    "support for the Cuban government amid large-scale protests in the Caribbean island "
    "nation. North Korea has also expressed its staunch support for Cuba's government. The "
    "U.S. has maintained an embargo against Cuba since the 1950s, blocking most U.S. "
    "companies from doing business on or with the island."
)
HARD_NEGATIVES = [
    "Toyota recalls 1.2 million cars over airbag fault",
    "FIFA imposes sanctions on Chelsea over transfer breaches",
    "The band cut ties with its longtime manager",
    "Ministers met in Geneva for talks on trade",
    "The court sanctioned the lawyer for misconduct",
    "A news embargo was lifted at midnight",
    "China's exports to the United States rose 12 percent in May.",
    "Germany's trade surplus with France widened to 4 billion euros last quarter.",
    "Washington imposed new tariffs on steel imports from Canada.",
    "The club cut ties with its sponsor after the scandal.",
]


# --- API -----------------------------------------------------------------------------


def test_api_constants():
    assert set(EVENT_TYPES) == {
        "restore_relations", "sever_relations", "recall_envoy", "expel_diplomats",
        "express_support", "impose_sanctions", "ease_sanctions", "threaten_sanctions",
    }
    assert set(EVENT_TYPES.values()) == {"diplomatic", "sanction"}
    assert ALERT_MODALITIES == frozenset({"asserted", "intent", "threat"})
    assert CODER_VERSION.count(".") == 2


def test_missing_model_raises_clear_error():
    with pytest.raises(ModelNotFound, match="install"):
        load_nlp("no_such_model_xyz")
    assert issubclass(ModelNotFound, RuntimeError)


def test_component_is_last(nlp):
    assert nlp.pipe_names[-1] == "diplowatch_event_coder"


def test_codes_table_and_as_dict(nlp):
    (events,) = code_all(nlp, [WORKED_2])
    d = events[0].as_dict()
    assert d["cameo_code"] == "163" and d["goldstein"] == -8.0 and d["quad_class"] == 3
    assert d["plover"] == "COERCE"
    for code, info in CAMEO.items():
        assert -10 <= info.goldstein <= 10 and info.quad_class in (1, 2, 3, 4), code


# --- the guide's worked examples and the acceptance story ---------------------------


def test_worked_examples(nlp):
    ev1, ev2 = code_all(nlp, [WORKED_1, WORKED_2])
    got1 = {(e.event_type, e.source, e.target, e.modality, e.cameo_code) for e in ev1}
    assert got1 == {
        ("restore_relations", "MEX", "PRK", "intent", "032"),
        ("express_support", "MEX", "CUB", "asserted", "051"),
    }
    got2 = {(e.event_type, e.source, e.target, e.modality, e.cameo_code) for e in ev2}
    assert got2 == {("impose_sanctions", "USA", "CUB", "reference", "163")}


def test_acceptance_story(nlp):
    title_events, body_events = code_all(nlp, [TITLE, BODY])
    got = triples(title_events) | triples(body_events)
    assert {
        ("restore_relations", "MEX", "PRK", "intent"),
        ("express_support", "MEX", "CUB", "asserted"),
        ("express_support", "PRK", "CUB", "asserted"),
        ("impose_sanctions", "USA", "CUB", "reference"),
    } <= got
    # The headline alone yields both of its events.
    assert {("restore_relations", "MEX", "PRK", "intent"),
            ("express_support", "MEX", "CUB", "asserted")} <= triples(title_events)


def test_offsets_point_at_the_sentence(nlp):
    (events,) = code_all(nlp, [BODY])
    assert events
    for e in events:
        assert BODY[e.start_char: e.end_char] == e.sentence
        assert e.trigger in e.sentence
        assert 0.0 <= e.confidence <= 1.0


def test_surface_text_kept(nlp):
    (events,) = code_all(nlp, [WORKED_1])
    support = next(e for e in events if e.event_type == "express_support")
    assert "Cuban government" in support.target_text
    assert "Ebrard" in support.source_text


def test_hard_negatives_emit_nothing(nlp):
    for text, events in zip(HARD_NEGATIVES, code_all(nlp, HARD_NEGATIVES), strict=True):
        assert events == [], (text, events)


# --- one test per guide rule ----------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("Czechia and Albania have restored diplomatic relations.",
     ("restore_relations", "CZE", "ALB", "asserted")),
    ("Bolivia severed diplomatic ties with Israel on Tuesday.",
     ("sever_relations", "BOL", "ISR", "asserted")),
    ("Peru recalled its ambassador from Mexico for consultations.",
     ("recall_envoy", "PER", "MEX", "asserted")),
    ("Switzerland expelled two Russian diplomats for spying.",
     ("expel_diplomats", "CHE", "RUS", "asserted")),
    ("The United States defended Japan's decision to release the water.",
     ("express_support", "USA", "JPN", "asserted")),
    ("Canada imposed sanctions on Iranian officials.",
     ("impose_sanctions", "CAN", "IRN", "asserted")),
    ("The EU lifted sanctions on Belarus.", ("ease_sanctions", "EU", "BLR", "asserted")),
    ("France threatened to impose sanctions on Turkey.",
     ("threaten_sanctions", "FRA", "TUR", "threat")),
])
def test_each_event_type(nlp, text, expected):
    (events,) = code_all(nlp, [text])
    assert expected in triples(events)


def test_one_event_per_actor_in_a_sentence(nlp):
    text = "Bolivia cut ties with Israel, while Chile and Colombia recalled their ambassadors."
    (events,) = code_all(nlp, [text])
    got = {(e.event_type, e.source) for e in events}
    assert {("sever_relations", "BOL"), ("recall_envoy", "CHL"),
            ("recall_envoy", "COL")} <= got


def test_passive_keeps_direction(nlp):
    (events,) = code_all(nlp, ["Pyongyang's ambassador was expelled by Malaysia."])
    assert triples(events) == {("expel_diplomats", "MYS", "PRK", "asserted")}


def test_possessive_nominalisation(nlp):
    (events,) = code_all(nlp, ["Russia's expulsion of two Estonian diplomats angered Tallinn."])
    assert ("expel_diplomats", "RUS", "EST", "asserted") in triples(events)


def test_joint_subjects_restore(nlp):
    (events,) = code_all(nlp, ["Saudi Arabia and Iran agreed to restore ties."])
    pairs = {(e.source, e.target) for e in events if e.event_type == "restore_relations"}
    assert pairs & {("SAU", "IRN"), ("IRN", "SAU")}
    assert all(e.modality == "intent" and e.cameo_code == "032" for e in events)


def test_compound_target_one_event_each(nlp):
    text = "Russia expels diplomats from Germany, Poland and Sweden"
    (events,) = code_all(nlp, [text])
    assert {e.target for e in events if e.event_type == "expel_diplomats"} >= {
        "DEU", "POL", "SWE"}


@pytest.mark.parametrize("text,modality", [
    ("Egypt denied reports that it would sever ties with Qatar.", "negated"),
    ("Will Egypt sever ties with Qatar?", "hypothetical"),
    ("The Kremlin warned it could expel British diplomats.", "threat"),
    ("Colombia plans to restore diplomatic relations with Venezuela.", "intent"),
    ("The U.S. has maintained an embargo against Cuba since the 1950s.", "reference"),
    ("Japan imposed new sanctions on North Korea.", "asserted"),
])
def test_modality(nlp, text, modality):
    (events,) = code_all(nlp, [text])
    assert events and {e.modality for e in events} == {modality}, events


def test_threaten_sanctions_is_always_threat(nlp):
    texts = ["Germany urged the EU to impose sanctions on Russian officials.",
             "The EU is weighing new sanctions against Iran."]
    for events in code_all(nlp, texts):
        assert events and all(
            e.event_type == "threaten_sanctions" and e.modality == "threat"
            and e.cameo_code == "1312" for e in events)


def test_support_for_protesters_is_not_support(nlp):
    (events,) = code_all(nlp, ["Spain voiced support for the protesters in Cuba."])
    assert events == []


@pytest.mark.parametrize("text,source", [
    ("The Kremlin imposed sanctions on Latvia.", "RUS"),
    ("Downing Street announced sanctions against Belarus.", "GBR"),
    ("The State Department imposed sanctions on Nicaragua.", "USA"),
    ("Brussels imposed sanctions on Belarus.", "EU"),
    ("Lopez Obrador praised Cuba's government.", "MEX"),
])
def test_metonyms_and_leaders(nlp, text, source):
    (events,) = code_all(nlp, [text])
    assert source in {e.source for e in events}, events


def test_sanction_target_by_nationality(nlp):
    (events,) = code_all(nlp, ["The US imposed sanctions on Russian oligarchs."])
    assert triples(events) == {("impose_sanctions", "USA", "RUS", "asserted")}


def test_confidence_lower_for_fallbacks(nlp):
    clean, fallback = code_all(nlp, [
        "Somalia severed diplomatic ties with Kenya.",
        "Somalia severs ties with Kenya; expels diplomats",
    ])
    best = max(e.confidence for e in clean)
    expel = [e for e in fallback if e.event_type == "expel_diplomats"]
    assert expel and all(e.confidence < best for e in expel)


def test_cameo_variants():
    assert cameo_code("restore_relations", "asserted", "establish") == "054"
    assert cameo_code("restore_relations", "asserted", "restore") == "050"
    assert cameo_code("sever_relations", "threat") == "1313"
    assert cameo_code("ease_sanctions", "intent") == "0354"
    assert cameo_code("ease_sanctions", "asserted") == "085"


# --- regressions of coder 0.2.0: one case per class of error fixed ---------------------

# (text, events that must be among the counted events, as (type, source, target, modality))
REGRESSIONS = [
    # persona non grata, active and planned
    ("Latvia declared a Belarusian diplomat persona non grata on Friday.",
     {("expel_diplomats", "LVA", "BLR", "asserted")}),
    ("Peru's foreign minister said Lima would declare Bolivia's ambassador persona non grata.",
     {("expel_diplomats", "PER", "BOL", "intent")}),
    # high commissioner; passive recall with the recalling state as by-agent
    ("Ghana's high commissioner to Abuja was recalled by Accra.",
     {("recall_envoy", "GHA", "NGA", "asserted")}),
    # own ambassador ordered home = recall; another state's = expulsion
    ("Chile's president ordered the country's ambassador in Argentina to return home.",
     {("recall_envoy", "CHL", "ARG", "asserted")}),
    ("Niger gave Benin's ambassador 48 hours to depart.",
     {("expel_diplomats", "NER", "BEN", "asserted")}),
    ("The Turkish ambassador was ordered to leave by Egypt.",
     {("expel_diplomats", "EGY", "TUR", "asserted")}),
    ("Three Russian diplomats were expelled from Romania.",
     {("expel_diplomats", "ROU", "RUS", "asserted")}),
    # ordering the other state's consulate closed = expulsion (also in a headline)
    ("Germany ordered Iran to close its consulate in Munich.",
     {("expel_diplomats", "DEU", "IRN", "asserted")}),
    ("Lithuania Orders Russia To Close Consulate In Klaipeda",
     {("expel_diplomats", "LTU", "RUS", "asserted")}),
    # a list the parser reads as apposition: one event per actor; a past date = reference
    ("Egypt, the UAE, Bahrain and Jordan cut ties with Iran in 2016, deepening the rift.",
     {("sever_relations", "EGY", "IRN", "reference"), ("sever_relations", "ARE", "IRN",
                                                        "reference"),
      ("sever_relations", "BHR", "IRN", "reference"), ("sever_relations", "JOR", "IRN",
                                                        "reference")}),
    # a relative clause about a past act is background
    ("Observers wonder if Chile will restore ties with Peru, which expelled the Chilean "
     "ambassador last year.", {("expel_diplomats", "PER", "CHL", "reference")}),
    # the source's own condition: a threat for hostile acts, an offer for relief
    ("Uganda said it would recall its ambassador from Kigali if the border stayed closed.",
     {("recall_envoy", "UGA", "RWA", "threat")}),
    ("Britain said it would lift sanctions on Zimbabwe if the election was fair.",
     {("ease_sanctions", "GBR", "ZWE", "intent")}),
    ("Washington said it was ready to sanction Nicaraguan officials if Ortega refused to "
     "free the prisoners.", {("threaten_sanctions", "USA", "NIC", "threat")}),
    # refusing to ease: negated ease plus the standing sanctions
    ("Japan said it would not ease sanctions on Pyongyang until the abductees return.",
     # asserted: refusing to ease maintains the measure (as case 5; guide; dev dw-0171)
     {("impose_sanctions", "JPN", "PRK", "asserted")}),
    # proposals: a bill to sanction is a threat, a signed one imposes
    ("US Lawmakers Introduce Bill To Sanction Saudi Officials",
     {("threaten_sanctions", "USA", "SAU", "threat")}),
    ("Trump signed a sanctions bill to punish Chinese officials into law.",
     {("impose_sanctions", "USA", "CHN", "asserted")}),
    # warnings and prospects: "warned X of sanctions", reversed headline, "faces"
    ("The UN warned Mali of sanctions if the junta delays the vote.",
     {("threaten_sanctions", "UN", "MLI", "threat")}),
    ("India Warned Of US Sanctions", {("threaten_sanctions", "USA", "IND", "threat")}),
    ("Hungary faces EU sanctions over its asylum law.",
     {("threaten_sanctions", "EU", "HUN", "threat")}),
    ("The US said it could impose sanctions on Georgia.",
     {("threaten_sanctions", "USA", "GEO", "threat")}),
    ("ECOWAS threatened sanctions against Mali's junta unless it frees the president.",
     {("threaten_sanctions", "ECOWAS", "MLI", "threat")}),
    # the subject as target: "draw sanctions"; joining another body's sanctions
    ("Tehran's Drone Sales Draw Fresh EU Sanctions", {("impose_sanctions", "EU", "IRN",
                                                      "asserted")}),
    ("Iceland joined EU sanctions on Russia's oil exports.",
     {("impose_sanctions", "ISL", "RUS", "asserted"),
      ("impose_sanctions", "EU", "RUS", "reference")}),
    # sanctions lists
    ("Britain added 25 Russian entities to its sanctions list on Monday.",
     {("impose_sanctions", "GBR", "RUS", "asserted")}),
    ("The Commerce Department added six Chinese firms to its entity list.",
     {("impose_sanctions", "USA", "CHN", "asserted")}),
    ("Australia removed two Iranian banks from its sanctions list.",
     {("ease_sanctions", "AUS", "IRN", "asserted")}),
    ("Washington delisted a Venezuelan oil firm.", {("ease_sanctions", "USA", "VEN",
                                                     "asserted")}),
    # bare measures as background: under, by, as a subject
    ("A Belarusian banker under Swiss sanctions lost his appeal.",
     {("impose_sanctions", "CHE", "BLR", "reference")}),
    ("Japan says it foiled a hack by a North Korean group under UN sanctions.",
     {("impose_sanctions", "UN", "PRK", "reference")}),
    ("Syria's economy has been crippled by European sanctions.",
     {("impose_sanctions", "EU", "SYR", "reference")}),
    ("British sanctions have cut Russia's gas revenue.",
     {("impose_sanctions", "GBR", "RUS", "reference")}),
    # bans, freezes and trade measures that are sanctions
    ("Canada banned imports of Russian steel.", {("impose_sanctions", "CAN", "RUS",
                                                  "asserted")}),
    ("South Korea banned exports of chips to Russia.", {("impose_sanctions", "KOR", "RUS",
                                                   "asserted")}),
    ("Poland barred Belarusian officials from entering the country.",
     {("impose_sanctions", "POL", "BLR", "asserted")}),
    ("Norway froze the assets of five Russian oligarchs.",
     {("impose_sanctions", "NOR", "RUS", "asserted")}),
    ("Washington unblocked Afghan central bank assets.", {("ease_sanctions", "USA", "AFG",
                                                      "asserted")}),
    ("The US imposed visa restrictions on Ugandan officials.",
     {("impose_sanctions", "USA", "UGA", "asserted")}),
    ("Ottawa is easing restrictions on Cuban remittances.",
     {("ease_sanctions", "CAN", "CUB", "asserted")}),
    ("China Retaliated With Sanctions On Lithuania's Deputy Minister",
     {("impose_sanctions", "CHN", "LTU", "asserted")}),
    ("The Kremlin said it would respond to the EU's new sanctions by banning imports of "
     "European cheese.", {("impose_sanctions", "RUS", "EU", "intent")}),
    # support: stand by, side with, in support of, thanks, solidarity on the verb
    ("Algeria said it stands by Tunisia.", {("express_support", "DZA", "TUN", "asserted")}),
    ("Hungary sided with Poland in the dispute.", {("express_support", "HUN", "POL",
                                                    "asserted")}),
    ("Russia came out in support of Venezuela's government.",
     {("express_support", "RUS", "VEN", "asserted")}),
    ("Iraq's government thanked Iran for its support during the war.",
     {("express_support", "IRQ", "IRN", "asserted"),
      ("express_support", "IRN", "IRQ", "reference")}),
    ("Bolivia voiced solidarity with the government of Cuba after the sanctions decision.",
     {("express_support", "BOL", "CUB", "asserted")}),
    ("Nicolas Maduro congratulated Havana and backed its stance on the embargo.",
     {("express_support", "VEN", "CUB", "asserted")}),
    ("North Korea Backs Russia's War In Ukraine", {("express_support", "PRK", "RUS",
                                                    "asserted")}),
    ("Xi Pledges Support For Putin", {("express_support", "CHN", "RUS", "asserted")}),
    ("Mexico Voices Support For Cuba", {("express_support", "MEX", "CUB", "asserted")}),
    ("Seoul said it stands firmly with Kyiv.", {("express_support", "KOR", "UKR",
                                                 "asserted")}),
    # an ambassador sent back restores relations
    ("Oman sent its ambassador back to Damascus.", {("restore_relations", "OMN", "SYR",
                                                     "asserted")}),
    # envoy titles and split prefixes
    ("Norway recalled its charge d'affaires from Caracas.", {("recall_envoy", "NOR", "VEN",
                                                              "asserted")}),
    ("Chile and Cuba re-established diplomatic ties.", {("restore_relations", "CHL", "CUB",
                                                         "asserted")}),
    ("The US warned Hungary it could face sanctions.", {("threaten_sanctions", "USA", "HUN",
                                                         "threat")}),
    ("The US removed Sudan from its list of state sponsors of terrorism.",
     {("ease_sanctions", "USA", "SDN", "asserted")}),
    ("The UN lifted its travel ban on Taliban officials.", {("ease_sanctions", "UN", "AFG",
                                                             "asserted")}),
    # recognition switches
    ("Taiwan Loses Diplomatic Ally As Tuvalu Switches To China",
     {("restore_relations", "TUV", "CHN", "asserted"),
      ("sever_relations", "TUV", "TWN", "asserted")}),
    ("Honduras switched diplomatic recognition from Taiwan to China.",
     {("sever_relations", "HND", "TWN", "asserted"),
      ("restore_relations", "HND", "CHN", "asserted")}),
    ("Nauru Recognises Beijing, Drops Taiwan", {("sever_relations", "NRU", "TWN",
                                                 "asserted")}),
    # relations "between" two states belong to them, not to whoever comments
    ("Iran condemned the establishment of diplomatic relations between Israel and Bahrain.",
     {("restore_relations", "ISR", "BHR", "asserted")}),
    ("The first flight from Israel to Morocco landed after a deal to normalise relations "
     "between the two countries.", {("restore_relations", "ISR", "MAR", "intent")}),
    # headline verbs the tagger reads as nouns
    ("U.S. Sanctions Iranian Intelligence Officers Over Abduction",
     {("impose_sanctions", "USA", "IRN", "asserted")}),
    # quitting an organisation, named with any capitalisation
    ("Niger announced its withdrawal from ECOWAS.", {("sever_relations", "NER", "ECOWAS",
                                                      "asserted")}),
    ("Venezuela Formally Leaves Organization Of American States",
     {("sever_relations", "VEN", "OAS", "asserted")}),
    # "Europe" is a place, not an organisation one quits; "leave X furious" is no departure
    ("US and UK leave Europe furious and confused on China", set()),
    ("France left Europe behind in the race for chips.", set()),
    # a past act dated "years ago" is background
    ("Jordan was the second Arab country to recognise Israel, nearly 30 years ago.",
     {("restore_relations", "JOR", "ISR", "reference")}),
    # a mis-parsed "plans targeted sanctions" is a plan, not an imposition
    ("Wary of Moscow, Europe Plans Targeted Sanctions Against Belarus Officials",
     {("threaten_sanctions", "EU", "BLR", "threat")}),
    # "the country" is the speaker's state
    ("Gabon's foreign ministry announced that the country would sever relations with Taiwan.",
     {("sever_relations", "GAB", "TWN", "intent")}),
    # --- coder 0.3.0 ---
    # a recall whose target is not named: UNK target, the act still counts
    ("Iran Expels Two Danish Diplomats After Copenhagen Recalls Its Ambassador",
     {("expel_diplomats", "IRN", "DNK", "asserted"), ("recall_envoy", "DNK", "IRN", "asserted")}),
    ("Chile recalled its envoys amid the row over the election.",
     {("recall_envoy", "CHL", "UNK", "asserted")}),
    # a sanctioned firm named alone gives its state; the reason phrase gives nothing
    ("China sanctions Lockheed Martin for Taiwan arms sales",
     {("impose_sanctions", "CHN", "USA", "asserted")}),
    # a past participle tagged as an adjective before a sentence-root noun
    ("The US relaxed sanctions on Venezuela's oil sector.",
     {("ease_sanctions", "USA", "VEN", "asserted")}),
    # nominalisation with the by-agent hung on its object
    ("The expulsion of 12 Czech diplomats by Moscow angered Prague.",
     {("expel_diplomats", "RUS", "CZE", "asserted")}),
    # light-verb support
    ("Beijing threw its weight behind Pyongyang.",
     {("express_support", "CHN", "PRK", "asserted")}),
    # sanctions inside "consequences including sanctions"
    ("The EU warned of consequences including sanctions if Belarus did not free the prisoners.",
     {("threaten_sanctions", "EU", "BLR", "threat")}),
    # export curbs eased
    ("Japan eased export curbs on South Korea.",
     {("ease_sanctions", "JPN", "KOR", "asserted")}),
    # passive order to leave a named state: that state expels
    ("Seven Russian diplomats were ordered to leave Ukraine.",
     {("expel_diplomats", "UKR", "RUS", "asserted")}),
    # "each other's" diplomats: two directed expulsions
    ("India and Canada expelled each other's top diplomats.",
     {("expel_diplomats", "IND", "CAN", "asserted"),
      ("expel_diplomats", "CAN", "IND", "asserted")}),
    # naming an ambassador after a gap restores relations
    ("Turkey named an ambassador to Israel for the first time in four years.",
     {("restore_relations", "TUR", "ISR", "asserted")}),
    # a firm sanctioned by name stands for its state
    ("Beijing's foreign ministry announced sanctions on Lockheed Martin.",
     {("impose_sanctions", "CHN", "USA", "asserted")}),
    # reduced passive headline "X sanctioned by Y"
    ("Russian officials sanctioned by Canada",
     {("impose_sanctions", "CAN", "RUS", "asserted")}),
    # passive persona non grata with a low by-phrase
    ("Two Iranian diplomats were declared persona non grata by Argentina.",
     {("expel_diplomats", "ARG", "IRN", "asserted")}),
    # "punish X with sanctions" under a vow
    ("Biden vowed to punish Russia with sanctions if it invades Ukraine.",
     {("threaten_sanctions", "USA", "RUS", "threat")}),
    # "banning imports ... from X"
    ("Moscow hit back by banning imports of food from the EU.",
     {("impose_sanctions", "RUS", "EU", "asserted")}),
    # recognition switched with the loser named as "lost an ally"
    ("Taiwan lost another ally as Honduras switched recognition to Beijing.",
     {("sever_relations", "HND", "TWN", "asserted"),
      ("restore_relations", "HND", "CHN", "asserted")}),
    # "actions targeting X"
    ("The White House announced new actions targeting Iran on Friday.",
     {("impose_sanctions", "USA", "IRN", "asserted")}),
    # "give the green light to sanctions", asked of others: a threat by the asker
    ("Poland's foreign minister urged his EU counterparts to give the green light to "
     "sanctions against Belarusian officials.",
     {("threaten_sanctions", "POL", "BLR", "threat")}),
    ("Athens vowed to push its EU partners to activate sanctions against Ankara.",
     {("threaten_sanctions", "GRC", "TUR", "threat")}),
    # 0.4.0: not ruling out sanctions is a threat; ruling them out denies a plan
    ("Italy has not ruled out sanctions against Eritrea.",
     {("threaten_sanctions", "ITA", "ERI", "threat")}),
    # the Entity List as a proper noun; entry bans on a state's people
    ("Washington added nine Russian firms to the Entity List on Friday.",
     {("impose_sanctions", "USA", "RUS", "asserted")}),
    ("Beijing banned entry to a dozen Canadian lawmakers.",
     {("impose_sanctions", "CHN", "CAN", "asserted")}),
    # relief: exemption from a ban, unfrozen assets belonging to X, a licence allowing
    # dealings with X
    ("The EU exempted Malian ministers from its travel ban.",
     {("ease_sanctions", "EU", "MLI", "asserted")}),
    ("Britain unfroze funds belonging to Libya's sovereign wealth fund.",
     {("ease_sanctions", "GBR", "LBY", "asserted")}),
    ("Washington issued a licence authorising transactions with Venezuela's oil sector.",
     {("ease_sanctions", "USA", "VEN", "asserted")}),
    # withdrawn recognition; an ambassador back at the post; "their withdrawal" of all
    # conjoined subjects
    ("Suriname withdrew its recognition of Kosovo last week.",
     {("sever_relations", "SUR", "XKX", "asserted")}),
    ("Iran's ambassador returned to Riyadh after a seven-year absence.",
     {("restore_relations", "IRN", "SAU", "asserted")}),
    ("Guinea and Gabon announced their withdrawal from the African Union.",
     {("sever_relations", "GIN", "AU", "asserted"), ("sever_relations", "GAB", "AU", "asserted")}),
    # a hint at sanctions with the state named by an adjective in the reason phrase
    ("Poland Hints At Sanctions Over Belarusian Border Crackdown",
     {("threaten_sanctions", "POL", "BLR", "threat")}),
    # a leader named only by title: the state of the previous sentence's subject
    ("Chile's government has toughened its stance on Managua. The president signed a "
     "decree freezing the assets of Nicaraguan officials.",
     {("impose_sanctions", "CHL", "NIC", "asserted")}),
    # 0.4.2: the clause's own verb over a participle describing the measure's past
    ("Ghana and Togo agreed to restore relations broken off in 2019.",
     {("restore_relations", "GHA", "TGO", "intent"),
      ("sever_relations", "GHA", "TGO", "reference")}),
    # a measure held by a container noun; a span of time over the measure
    ("The UN Security Council voted to end the sanctions regime on Liberia.",
     {("ease_sanctions", "UN", "LBR", "asserted")}),
    ("Nauru Switches To Beijing, Ending Decades Of Ties To Taiwan",
     {("sever_relations", "NRU", "TWN", "asserted")}),
    # an organisation's acronym tagged as the verb at the start of the sentence
    ("ECOWAS imposed sanctions on Guinea after the coup.",
     {("impose_sanctions", "ECOWAS", "GIN", "asserted")}),
    # title-case "breaks off" with the particle parsed as a preposition
    ("Niger Breaks Off Diplomatic Relations With Ukraine",
     {("sever_relations", "NER", "UKR", "asserted")}),
    # "X-ed Y with sanctions": the "with" phrase hangs on the object
    ("The US targeted Russian gold exports with fresh sanctions.",
     {("impose_sanctions", "USA", "RUS", "asserted")}),
    ("Canada penalised Iranian drone makers with sanctions.",
     {("impose_sanctions", "CAN", "IRN", "asserted")}),
    # rallying behind a leader; support lent to a state (dative "to"); support thrown
    # behind a state's plan; a state's own bid
    ("Egypt rallied behind Sudan's government.",
     {("express_support", "EGY", "SDN", "asserted")}),
    ("Seoul lent its support to Tokyo.", {("express_support", "KOR", "JPN", "asserted")}),
    ("Paris threw its support behind Rabat's plan.",
     {("express_support", "FRA", "MAR", "asserted")}),
    ("Uganda endorsed Somalia's bid to join the bloc.",
     {("express_support", "UGA", "SOM", "asserted")}),
    # unfreezing: a sum "in" assets, and "unfroze" tagged as an adjective
    ("Japan unfroze $2 billion in Iranian funds.", {("ease_sanctions", "JPN", "IRN", "asserted")}),
    ("The UK unfroze Libyan assets.", {("ease_sanctions", "GBR", "LBY", "asserted")}),
    # a nominal freeze as the subject of another verb is background
    ("The freezing of Syrian state assets by France has hurt the economy.",
     {("impose_sanctions", "FRA", "SYR", "reference")}),
    # entry barred to officials ("to" on the verb); entry bans on a plural demonym
    ("The State Department barred entry to two Salvadoran judges.",
     {("impose_sanctions", "USA", "SLV", "asserted")}),
    ("Moscow imposed entry bans on 200 Canadians.",
     {("impose_sanctions", "RUS", "CAN", "asserted")}),
    # "rolled back" sanctions eases them; "paused" sanctions too
    ("The EU rolled back sanctions on Zimbabwe's mining sector.",
     {("ease_sanctions", "EU", "ZWE", "asserted")}),
    ("Washington paused sanctions on Venezuelan gold.",
     {("ease_sanctions", "USA", "VEN", "asserted")}),
    # relief received from a state; relief granted by a state (agent in the participle)
    ("Cuba Receives Sanctions Relief From Washington",
     {("ease_sanctions", "USA", "CUB", "asserted")}),
    ("Sanctions relief granted by the EU in 2016 helped Iran's economy.",
     # reference: a dated past measure as background (guide; dev dw-0169, dw-d-0159)
     {("ease_sanctions", "EU", "IRN", "reference")}),
    # a blocked package is the owner's proposal, a threat
    ("Austria vetoed the EU's new sanctions on Iran.",
     {("threaten_sanctions", "EU", "IRN", "threat")}),
    # a restriction eased with the verb parsed as a modifier of the noun
    ("The United States relaxed curbs on Cuban remittances after the talks.",
     {("ease_sanctions", "USA", "CUB", "asserted")}),
    # a nominal recall of one's own envoy
    ("The recall of Peru's ambassador from Mexico City angered Lima's critics.",
     {("recall_envoy", "PER", "MEX", "asserted")}),
    # a state's decision names the actor of the act it decides
    ("Serbia welcomed the EU decision to lift sanctions on Serbian steel.",
     # asserted: a decision reported as taken (guide; dev dw-0175, dw-d-0049, dw-d-0627)
     {("ease_sanctions", "EU", "SRB", "asserted")}),
    # downgrading one's own embassy
    ("Belize downgraded its embassy in Tel Aviv.", {("sever_relations", "BLZ", "ISR", "asserted")}),
    # headline recognition with the object parsed as a post-verbal subject
    ("Panama cuts ties with Taiwan, recognizes China.",
     {("restore_relations", "PAN", "CHN", "asserted")}),
    # 0.5.0: a wire dateline is no actor
    ("OSLO, May 2 (Reuters) - Norway expelled a Russian diplomat, the foreign ministry said.",
     {("expel_diplomats", "NOR", "RUS", "asserted")}),
    # names the model tags as one entity; coordinated owners of one noun
    ("Egypt, Jordan and Iraq recalled their envoys from Stockholm.",
     {("recall_envoy", "EGY", "SWE", "asserted"), ("recall_envoy", "JOR", "SWE", "asserted"),
      ("recall_envoy", "IRQ", "SWE", "asserted")}),
    ("Japan imposed sanctions on 30 Chinese and Indian firms that supplied Russia's army.",
     {("impose_sanctions", "JPN", "CHN", "asserted"),
      ("impose_sanctions", "JPN", "IND", "asserted")}),
    ("The US sanctioned firms and individuals in Turkey, Georgia and Armenia.",
     {("impose_sanctions", "USA", "TUR", "asserted"),
      ("impose_sanctions", "USA", "GEO", "asserted"),
      ("impose_sanctions", "USA", "ARM", "asserted")}),
    # a participle read as a modifier after "has"; a measure coordinated with a non-measure
    ("Brazil has frozen relations with Nicaragua, the ministry said.",
     {("sever_relations", "BRA", "NIC", "asserted")}),
    ("Washington threatened Bogota with tariffs and sanctions.",
     {("threaten_sanctions", "USA", "COL", "threat")}),
    ("The US targets Russian miners in new round of sanctions",
     {("impose_sanctions", "USA", "RUS", "asserted")}),
    # a diplomatic rift patched up; support idioms
    ("Germany and Ghana patched up their diplomatic spat.",
     {("restore_relations", "DEU", "GHA", "asserted")}),
    ("Indonesia came out in favour of Malaysia's position on the dispute.",
     {("express_support", "IDN", "MYS", "asserted")}),
    ("Cuba stands shoulder to shoulder with Venezuela, Havana said.",
     {("express_support", "CUB", "VEN", "asserted")}),
    ("Baku rallied to Ankara's defence after the vote.",
     {("express_support", "AZE", "TUR", "asserted")}),
    ("Laos reaffirmed its commitment to Vietnam's security.",
     {("express_support", "LAO", "VNM", "asserted")}),
    ("Kiribati Voices Support For China's Stance",
     {("express_support", "KIR", "CHN", "asserted")}),
    ("Senegal's prime minister praised Gambia for standing by Dakar.",
     # the praised act is reference: background to the praise (guide; dev dw-0117, dw-d-0213)
     {("express_support", "SEN", "GMB", "asserted"),
      ("express_support", "GMB", "SEN", "reference")}),
    ("Poland's vocal support for Kyiv has angered Budapest.",
     {("express_support", "POL", "UKR", "reference")}),
    ("Tonga praised Chinese support for the Tongan government.",
     {("express_support", "TON", "CHN", "asserted"),
      ("express_support", "CHN", "TON", "reference")}),
    ("The authorities in Kabul thanked Uzbekistan for its backing.",
     {("express_support", "AFG", "UZB", "asserted")}),
    # joining another's measure by aligning with it; "we" in a quote is the speaker's
    # state, and "will not hesitate" is a threat
    ("Chile said it will align with the EU's sanctions on Belarus.",
     {("impose_sanctions", "CHL", "BLR", "intent")}),
    ('"We will not hesitate to impose sanctions on Minsk," Poland\'s foreign minister said.',
     {("threaten_sanctions", "POL", "BLR", "threat")}),
    ("Seoul kept the option of sanctions against North Korean hackers on the table.",
     {("threaten_sanctions", "KOR", "PRK", "threat")}),
    # expulsion idioms; quitting through "pull out of" and a statute of the body
    ("Russian diplomats would be sent packing, Tallinn warned.",
     {("expel_diplomats", "EST", "RUS", "threat")}),
    ("Burundi threatened to pull out of the African Union.",
     {("sever_relations", "BDI", "AU", "threat")}),
    ("Benin will withdraw from the Rome Statute of the International Criminal Court.",
     {("sever_relations", "BEN", "ICC", "intent")}),
    ("Kiribati dropped Taipei for Beijing in 2019.",
     {("sever_relations", "KIR", "TWN", "reference"),
      ("restore_relations", "KIR", "CHN", "reference")}),
    # measures that target, measures eased; bans on dealings, ports and travel; listing
    ("New EU measures target Iranian airlines", {("impose_sanctions", "EU", "IRN", "asserted")}),
    ("Britain eased measures on the Syrian government.",
     {("ease_sanctions", "GBR", "SYR", "asserted")}),
    ("Malaysia barred its banks from dealing with Iranian lenders.",
     {("impose_sanctions", "MYS", "IRN", "asserted")}),
    ("Norway bars Russian trawlers from its ports",
     {("impose_sanctions", "NOR", "RUS", "asserted")}),
    ("Washington relaxed its ban on travel to Cuba.",
     {("ease_sanctions", "USA", "CUB", "asserted")}),
    ("The Treasury designated two Turkish shipping firms.",
     {("impose_sanctions", "USA", "TUR", "asserted")}),
    ("The US granted the company a licence to pump oil in Venezuela.",
     {("ease_sanctions", "USA", "VEN", "asserted")}),
    # nominal expulsion: the place left is the expeller, not the outer verb's agent
    ("The expulsion of the Dutch ambassador from Caracas was condemned by the EU.",
     {("expel_diplomats", "VEN", "NLD", "asserted")}),
    ("The Vatican's nuncio was ordered out of Managua.",
     {("expel_diplomats", "NIC", "VAT", "asserted")}),
    # missions: operations suspended, offices upgraded, a consulate general ordered shut
    ("Canada suspended operations at its embassy in Kabul.",
     {("sever_relations", "CAN", "AFG", "asserted")}),
    ("Turkey and Egypt upgraded their missions to full embassies.",
     {("restore_relations", "TUR", "EGY", "asserted")}),
    ("Moscow ordered the Latvian consulate general in Pskov to close.",
     {("expel_diplomats", "RUS", "LVA", "asserted")}),
    ("Qatar resumed full diplomatic operations in Libya.",
     {("restore_relations", "QAT", "LBY", "asserted")}),
    # a participle tagged as a noun; background measures under "despite" or "Western"
    ("Ukraine's Zelenskiy signed a decree slapping sanctions on Iranian drone makers.",
     {("impose_sanctions", "UKR", "IRN", "asserted")}),
    ("Venezuela's oil exports rose despite US sanctions.",
     {("impose_sanctions", "USA", "VEN", "reference")}),
    ("Years of Western sanctions have hurt Syria.",
     {("impose_sanctions", "UNK", "SYR", "reference")}),
    # an alias of an organisation; a quantifier over the measure; a pair in front of ties
    ("West African leaders lifted most of the sanctions on Mali.",
     {("ease_sanctions", "ECOWAS", "MLI", "asserted")}),
    ("Resumption of Qatar-Egypt ties welcomed in Gulf",
     {("restore_relations", "QAT", "EGY", "asserted")}),
    # "the bloc" with a strong word; counter-sanctions
    ("The bloc imposed sanctions on six Russian generals.",
     {("impose_sanctions", "EU", "RUS", "asserted")}),
    ("Moscow hit Tokyo with countersanctions.", {("impose_sanctions", "RUS", "JPN", "asserted")}),
    # "they" stands for every coordinated subject; an announced nominal act is the
    # announcer's; standing up for a state
    ("Spain and Ireland said they would recognise a Palestinian state.",
     {("restore_relations", "ESP", "PSE", "intent"),
      ("restore_relations", "IRL", "PSE", "intent")}),
    ("The severance of ties with Taiwan was announced by Nauru's government.",
     {("sever_relations", "NRU", "TWN", "asserted")}),
    ("Jordan stood up for Egypt in the row with Ethiopia.",
     {("express_support", "JOR", "EGY", "asserted")}),
    # headline subjects listed with a comma; a headline verb read as the noun's subject
    ("Chile, Colombia Recall Envoys From Israel",
     {("recall_envoy", "CHL", "ISR", "asserted"), ("recall_envoy", "COL", "ISR", "asserted")}),
    ("Belarus Severs Ties With Lithuania Over Border Dispute",
     {("sever_relations", "BLR", "LTU", "asserted")}),
    # a travel ban: where one goes and who goes; a state is never its own target
    ("Washington weighed a ban on travel to the US by Chinese officials.",
     {("threaten_sanctions", "USA", "CHN", "threat")}),
    ("Canada and India expelled each other's top diplomats on Monday.",
     {("expel_diplomats", "CAN", "IND", "asserted"),
      ("expel_diplomats", "IND", "CAN", "asserted")}),
    # No plans to lift a measure keep it (eval/README.md: refusing to lift is
    # impose_sanctions, asserted); until coder 0.19.1 this was a negative with the
    # negated easing only, as dw-0210 was labelled against the rule.
    ("The Netherlands said it had no plans to lift sanctions on Syria.",
     {("impose_sanctions", "NLD", "SYR", "asserted")}),
]

# Texts that must yield no counted event: non-state actors, other senses, expectations.
REGRESSION_NEGATIVES = [
    "A US court sanctioned the Russian-owned shipping firm for contempt.",
    "A Dutch city cut ties with its Russian twin city.",
    "Two Brazilian banks suspended relations with the Venezuelan oil company.",
    "A Chinese dissident praised Trump at the convention.",
    "A Cuban activist brought to Spain by the government appeared in Madrid, where he "
    "praised the Spanish prime minister.",
    "Boris Johnson welcomes Emmanuel Macron for talks.",
    "The handful of countries still welcoming US tourists",
    "US sanctions threaten access to chip design software.",
    "U.S. Braces for Chinese Retaliation as Ties Break Down",
    "Moscow is readying for new sanctions over the poisoning.",
    "Experts asked whether the EU would ever sanction Chinese banks.",
    "US Bans Flights From Brazil, Where Pandemic Is Raging",
    "US announces travel restrictions on Brazil",
    "Singapore and Malaysia are in talks to ease travel restrictions.",
    "A French minister threatened to impose import restrictions on German goods.",
    "A city in the Netherlands has severed ties with its sister city in Poland.",
    "Chinese state media warns of potential sanctions against US",
    "The US has notified the WHO that it will withdraw from the U.N. agency.",
    "The State Department is preparing for Beijing to close one or more U.S. consulates.",
    # 0.3.0: routine appointments, border and ticket controls, firms outside sanctions,
    # "stand by" commitments and weight behind people
    "Japan appointed a new ambassador to France.",
    "Border controls were relaxed at the crossing.",
    "The club relaxed curbs on ticket sales.",
    "Huawei launched a new phone in Shenzhen.",
    "Iran said it would stand by its commitments.",
    "The coach threw his weight behind the new captain.",
    "The protest leader tore up her passport to avoid expulsion.",
    # 0.4.0: denied plans, health-entry bans, licences outside sanctions, returns home,
    # reasons named by a proper noun
    "Berlin ruled out sanctions on Israel.",
    "Thailand banned entry to travellers from China over the virus.",
    "Norway issued a licence allowing the company to drill in the Arctic.",
    "The US ambassador returned to Washington for consultations.",
    "The EU imposed sanctions over Hong Kong.",
    "The president praised the national team.",
    "Argentina withdraws recognition of Singapore's honorary consul amid probe",
    # 0.4.2: a venue is no target; restrictive health measures; blocking people; a
    # sports or city bid; receiving a loan; ties of a band
    "Italy extended restrictive measures against the virus until May.",
    "Hungary blocked a Ukrainian lawmaker from entering the chamber.",
    "Qatar endorsed Morocco's World Cup bid.",
    "Egypt received a loan from the IMF.",
    "The band broke off ties with its label.",
    "Rallying behind the opposition, thousands marched in Caracas.",
    # 0.5.0: a dateline place; fans' defence; a member state is not its organisation;
    # holiday closures; opposition leaders; settled border disputes; other designations,
    # drops and blocs; mended ties improve relations that were never broken
    "DAKAR (Reuters) - Sanctions on Guinea were lifted on Monday.",
    "The club's fans rallied to the team's defence after the defeat.",
    "Slovakia is the only EU country to back the plan.",
    "The Canadian embassy in Lima was closed for the holiday.",
    "Spain's opposition leader praised Morocco's stance.",
    "Brazil and Peru settled their border dispute.",
    "Japan designated the island a nature reserve.",
    "The coach dropped Silva for Costa in the final.",
    "The regional bloc imposed sanctions on the junta.",
    "Macron Visits Morocco To Mend Ties",
]


@pytest.fixture(scope="module")
def regression_events(nlp):
    texts = [t for t, _ in REGRESSIONS] + REGRESSION_NEGATIVES
    return dict(zip(texts, code_all(nlp, texts), strict=True))


@pytest.mark.parametrize("text,expected", REGRESSIONS, ids=[t[:40] for t, _ in REGRESSIONS])
def test_regressions(regression_events, text, expected):
    got = counted_events(regression_events[text])
    assert not unmatched(expected, got), (text, unmatched(expected, got), got)


@pytest.mark.parametrize("text", REGRESSION_NEGATIVES, ids=[t[:40] for t in
                                                            REGRESSION_NEGATIVES])
def test_regression_negatives(regression_events, text):
    assert counted_events(regression_events[text]) == set(), (text, regression_events[text])


def test_reason_phrase_is_no_target(regression_events):
    events = regression_events["China sanctions Lockheed Martin for Taiwan arms sales"]
    assert {e.target for e in events} == {"USA"}


def test_venue_is_no_sanction_target(nlp):
    (doc,) = nlp.pipe(["France proposed sanctions on Israeli settlers at a meeting of EU "
                       "ministers."])
    assert {(e.event_type, e.target) for e in doc._.events} == {("threaten_sanctions", "ISR")}


def test_reversed_headline_direction_is_less_certain(regression_events):
    (event,) = regression_events["India Warned Of US Sanctions"]
    clean = regression_events["The UN warned Mali of sanctions if the junta delays the vote."]
    assert event.confidence < max(e.confidence for e in clean)


# --- gazetteer and headline normalisation ---------------------------------------------


def test_gazetteer_variants():
    gaz = load_gazetteer()
    assert gaz.lookup("U.S.") == "USA" and gaz.lookup("us") is None
    assert gaz.lookup("WHO") == "WHO" and gaz.lookup("who") is None
    assert gaz.lookup("Cuban") == "CUB" and gaz.lookup("Russians") == "RUS"
    assert gaz.lookup("the Kremlin") == "RUS" and gaz.lookup("Kosovo") == "XKX"
    assert gaz.lookup("Brussels", "sanction") == "EU"
    assert gaz.lookup("Korea, Democratic People's Republic of") == "PRK"


def test_headline_normalisation_keeps_length_and_names():
    gaz = load_gazetteer()
    assert is_title_case(TITLE) and not is_title_case(WORKED_2)
    norm = normalise_headline(TITLE, gaz)
    assert len(norm) == len(TITLE)
    assert norm.startswith("Mexico seeks to renew ties with North Korea")
    assert "Cuban government" in norm


def test_title_case_headline_split_by_the_parser_is_coded_whole(nlp):
    """The raw parse cuts this headline after "Out"; coded per sentence, neither
    half held an event."""
    text = "Peru Orders Out Venezuelan And Cuban Diplomats"
    doc = nlp(text)
    assert len(list(doc.sents)) == 2
    assert triples(doc._.events) == {("expel_diplomats", "PER", "VEN", "asserted"),
                                     ("expel_diplomats", "PER", "CUB", "asserted")}
    assert {e.sentence for e in doc._.events} == {text}


# --- pre-filter -------------------------------------------------------------------------


def _superset_texts() -> list[str]:
    texts = [WORKED_1, WORKED_2, TITLE, BODY, *HARD_NEGATIVES,
             *(t for t, _ in REGRESSIONS), *REGRESSION_NEGATIVES,
             "Ministers discussed the weather.", "Nothing happened in Paris today."]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.open(encoding="utf-8")]
    return texts


def test_prefilter_is_superset_of_coder(nlp):
    texts = _superset_texts()
    for text, events in zip(texts, code_all(nlp, texts), strict=True):
        if events:
            assert might_contain_event(text), text


def test_prefilter_rejects_plain_news():
    assert not might_contain_event("Heavy rain flooded streets in Lagos on Monday.")
    assert not might_contain_event("The central bank kept interest rates unchanged.")
    assert might_contain_event("Somalia severs ties with Kenya")
    # Triggers added in 0.2.0 reach the coder.
    for text in ("Estonia declared him persona non grata.",
                 "The high commissioner was recalled.",
                 "Nicaragua Leaves Organization Of American States",
                 "Baku stands by Tbilisi.", "Hungary sided with Poland.",
                 "Seoul stands firmly with Kyiv.",
                 "The US delisted the firm.", "Britain unfroze Libyan assets.",
                 "Poland barred the Russian officials.", "Syria thanked Iran.",
                 "Six firms were added to the entity list.",
                 "Nauru switched allegiance to Beijing.",
                 # 0.3.0
                 "Japan eased export curbs on Seoul.", "Seoul lifted export controls on Tokyo.",
                 "Tokyo threw its weight behind Manila.",
                 "Nauru switched recognition to Beijing.",
                 "New measures targeting Moscow were announced by Kyiv.",
                 # 0.5.0
                 "The nuncio was expelled.", "Moscow announced countersanctions.",
                 "The Treasury designated Iranian firms.", "Norway bars Russian ships.",
                 "Kiribati dropped Taipei for Beijing.", "Fiji derecognised Taiwan.",
                 "Chad will pull out of ECOWAS.", "Laos reaffirmed its commitment to Hanoi.",
                 "Baku came out in favour of Ankara.", "Cuba stands shoulder to shoulder "
                 "with Venezuela.", "Baku rallied to Ankara's defence.",
                 "The US granted Chevron a licence to pump oil in Venezuela.",
                 "New EU measures target Iranian airlines", "Jordan stood up for Egypt."):
        assert might_contain_event(text), text
    assert not might_contain_event("who left the party early")
    # The 0.3.0 triggers stay narrow: plain controls, weights and actions do not pass.
    for text in ("Border controls were tightened.", "He lifted weights at the gym.",
                 "The actions of the police were criticised."):
        assert not might_contain_event(text), text


# --- dev set regression floor ------------------------------------------------------------

def dev_scores(nlp) -> tuple[float, float, float]:
    """Triple P/R/F1 on the shared dev set, by the evaluation harness's rules."""
    items = read_gold(DEV)
    predict = nlp_predictor(nlp)
    overall = score_items(items, predict([i.text for i in items])).report()["triples"]["overall"]
    return overall["precision"], overall["recall"], overall["f1"]


@needs_shared
def test_dev_events_f1_floor(nlp):
    p, r, f1 = dev_scores(nlp)
    # Measured 0.878 (P 0.956, R 0.812) with coder 0.4.1; the target is 0.85.
    assert f1 >= 0.85, (p, r, f1)
    assert p >= 0.94, (p, r, f1)


@dataclass(frozen=True)
class _Batch:
    """A blind writers' batch of dev.jsonl with a floor of its own: its id range, its
    size and the scores it must keep."""

    lo: int
    hi: int
    size: int
    f1: float
    precision: float
    item_f1: float
    false_alarms: int


_BATCHES = {
    # Round 19, wire copy and feed items, harder than what came before. Coder 0.18.0
    # scored 0.694 triple F1 (P 0.827, R 0.598), item F1 0.837, 9 false alarms of 78
    # before any tuning; 0.19.0, tuned on it, 0.808 (P 0.930, R 0.714), item F1 0.907, 3.
    "19": _Batch(905, 1144, 240, f1=0.78, precision=0.90, item_f1=0.88, false_alarms=5),
    # Round 20, quoted opinion, proposals, appeals and reactions, expulsion deadlines.
    # 0.19.0 scored 0.504 (P 0.640, R 0.416), item F1 0.721, 6 false alarms of 31; 0.19.1
    # 0.694 (P 0.915, R 0.558), item F1 0.790, none.
    "20": _Batch(1145, 1224, 80, f1=0.66, precision=0.88, item_f1=0.75, false_alarms=2),
    # Round 21, measures kept, bills, lifted measures told with their imposition. 0.19.1
    # scored 0.608 (P 0.900, R 0.459), item F1 0.727, no false alarm of 17; the rules of
    # 0.20.0 written before the batch was read 0.649; 0.20.0, tuned on it, 0.728 (P
    # 0.922, R 0.602), item F1 0.844.
    "21": _Batch(1225, 1304, 80, f1=0.66, precision=0.88, item_f1=0.79, false_alarms=1),
    # Round 21's general batches (feed items and wire copy; sentences and headlines; no
    # phrasing asked for). 0.19.1 scored 0.813 (P 0.884, R 0.753; 95 % interval
    # 0.753-0.877), item F1 0.930, 3 false alarms of 73, about its held-out level; 0.20.0,
    # tuned on them, 0.885 (P 0.944, R 0.833), item F1 0.967, none.
    "21-general": _Batch(1305, 1504, 200, f1=0.85, precision=0.92, item_f1=0.94,
                         false_alarms=2),
    # Round 22's general batches. 0.20.0 scored 0.806 (P 0.908, R 0.725; interval
    # 0.747-0.860), item F1 0.924, 2 false alarms of 75 (0.19.1: 0.805); 0.20.1, tuned on
    # them, 0.828 (P 0.936, R 0.742), item F1 0.923, 1.
    "22-general": _Batch(1505, 1704, 200, f1=0.80, precision=0.91, item_f1=0.90,
                         false_alarms=2),
    # Round 23's general batches (feed items of every region; wire sentences and
    # headlines). 0.20.1 scored 0.785 (P 0.890, R 0.702; interval 0.725-0.840), item F1
    # 0.864, 7 false alarms of 73; 0.21.0, tuned on them, 0.872 (P 0.924, R 0.826), item
    # F1 0.914, 5.
    "23-general": _Batch(1705, 1904, 200, f1=0.84, precision=0.90, item_f1=0.89,
                         false_alarms=6),
    # Round 24's general batches (regional feed items; wire sentences and headlines).
    # 0.21.0 scored 0.807 (P 0.908, R 0.726; interval 0.745-0.864), item F1 0.880, 5 false
    # alarms of 74 (0.20.1: 0.797); 0.21.1, tuned on them, 0.867 (P 0.956, R 0.793), item
    # F1 0.911, 2.
    "24-general": _Batch(1905, 2104, 200, f1=0.83, precision=0.92, item_f1=0.88,
                         false_alarms=4),
    # Round 25: feed items on expulsions and sanctions (two thirds of them), and general
    # text. 0.21.1 scored 0.766 (P 0.879, R 0.678; interval 0.703-0.819), item F1 0.878, 6
    # false alarms of 77 (0.21.0 the same); 0.21.2, tuned on them, 0.825 (P 0.927, R
    # 0.743), item F1 0.914, 3.
    "25": _Batch(2105, 2304, 200, f1=0.79, precision=0.89, item_f1=0.88, false_alarms=5),
    # Round 26: feed items as 2020-2021 outlets told them (acts as the premise of a
    # follow-up story), and general wire text. 0.21.2 scored 0.802 (P 0.918, R 0.712;
    # interval 0.745-0.851; feed items 0.726, wire text 0.896), item F1 0.904, 5 false
    # alarms of 74 (0.21.1: 0.793); 0.22.0, tuned on them, 0.878 (P 0.960, R 0.810), item
    # F1 0.942, 2.
    "26": _Batch(2305, 2504, 200, f1=0.85, precision=0.93, item_f1=0.92, false_alarms=3),
    # Round 27: feed items of outlets of every kind (markets, explainers, follow-ups), and
    # general wire text. 0.22.0 scored 0.837 (P 0.904, R 0.778; interval 0.778-0.889; feed
    # items 0.795, wire text 0.881), item F1 0.912, 3 false alarms of 73 (0.21.2: 0.833);
    # 0.22.1, tuned on them, 0.914 (P 0.958, R 0.873), item F1 0.947, 3.
    "27": _Batch(2505, 2704, 200, f1=0.88, precision=0.93, item_f1=0.92, false_alarms=4),
    # Round 28: feed items of outlets of every region (reactions, follow-ups, markets), and
    # general wire text. 0.22.1 scored 0.870 (P 0.957, R 0.798; interval 0.826-0.910;
    # feed items 0.805, wire text 0.931), item F1 0.922, 4 false alarms of 73 (0.22.0:
    # 0.866, 0.21.2: 0.864); 0.22.2, tuned on them, 0.892 (P 0.959, R 0.833), item F1
    # 0.944, 4.
    "28": _Batch(2705, 2904, 200, f1=0.86, precision=0.93, item_f1=0.92, false_alarms=5),
    # Round 29: feed items of Latin America, the Sahel, the Pacific and Central Asia with
    # outlets' labels ("Live:", "| World news"), and wire copy of the last fifteen years.
    # 0.22.2 scored 0.792 (P 0.929, R 0.689; interval 0.724-0.851; feed items 0.797,
    # wire text 0.788), item F1 0.873, 4 false alarms of 75 (0.22.1 the same); 0.23.0,
    # tuned on them, 0.883 (P 0.963, R 0.816), item F1 0.937, 2.
    "29": _Batch(2905, 3104, 200, f1=0.85, precision=0.93, item_f1=0.91, false_alarms=3),
    # Round 30: feed items of national outlets of Europe, the Middle East, Asia and Africa
    # (markets desks, follow-ups, reactions), and wire copy of any year since 2000. 0.23.0
    # scored 0.787 (P 0.923, R 0.686; interval 0.724-0.843; feed items 0.716, wire text
    # 0.854), item F1 0.895, 2 false alarms of 76 (0.22.2: 0.783); 0.23.1, tuned on them,
    # 0.850 (P 0.964, R 0.760), item F1 0.927, 1.
    "30": _Batch(3105, 3304, 200, f1=0.82, precision=0.93, item_f1=0.90, false_alarms=3),
    # Round 31: feed items of English-language outlets of the Americas, Oceania and South
    # Asia and of international broadcasters (briefings, teasers, follow-ups), and wire
    # copy since 1990 (199 records: the second writer's last headline repeated one of the
    # first's, dw-d-3331, and was left out). 0.23.1 scored 0.847 (P 0.959, R 0.758;
    # interval 0.785-0.895; feed items 0.797, wire text 0.894), item F1 0.903, no false
    # alarm of 75 (0.23.0 the same); 0.23.2, tuned on them, 0.921 (P 0.971, R 0.876),
    # item F1 0.958, none.
    "31": _Batch(3305, 3503, 199, f1=0.89, precision=0.94, item_f1=0.93, false_alarms=2),
    # Round 32: feed items of outlets of Europe, Africa, the Gulf and East Asia (live
    # blogs, digests, updates, acts in passing), and agency copy since 1995. 0.23.1
    # scored 0.820 (P 0.922, R 0.739; interval 0.769-0.867; feed items 0.805, wire text
    # 0.834), item F1 0.913, 2 false alarms of 71 (0.23.0: 0.812); 0.23.2, tuned on them,
    # 0.902 (P 0.980, R 0.835), item F1 0.955, none.
    "32": _Batch(3504, 3703, 200, f1=0.87, precision=0.95, item_f1=0.92, false_alarms=2),
    # Round 33: feed items of specialist and regional desks (energy, shipping and finance
    # trade press, timelines, newsletters), and the English copy of non-Western state and
    # private agencies (Xinhua, IRNA, TASS, Anadolu, KUNA and others). 0.23.2 scored 0.732
    # (P 0.882, R 0.625; interval 0.664-0.800; feed items 0.800, agency copy 0.662), item
    # F1 0.826, 2 false alarms of 74 (0.23.1: 0.727); 0.23.3, tuned on them, 0.842 (P
    # 0.941, R 0.762), item F1 0.910, 1.
    "33": _Batch(3704, 3903, 200, f1=0.81, precision=0.91, item_f1=0.88, false_alarms=2),
    # Round 34: feed items of general news desks of any region, and agency copy of Asia,
    # the Middle East, Africa, Latin America and the former Soviet Union. 0.23.3 scored
    # 0.818 (P 0.974, R 0.704; interval 0.764-0.863; feed items 0.874, agency copy 0.763),
    # item F1 0.868, 1 false alarm of 72 (0.23.2: 0.806, its agency copy 0.739); 0.23.4,
    # tuned on them, 0.857 (P 0.992, R 0.755), item F1 0.897, 1.
    "34": _Batch(3904, 4103, 200, f1=0.83, precision=0.96, item_f1=0.87, false_alarms=2),
    # Round 35: primary official sources (government press releases, designation
    # notices, briefing transcripts), and the English editions of non-English papers.
    # 0.23.4 scored 0.776 (P 0.902, R 0.681; interval 0.707-0.838; official sources
    # 0.696, English editions 0.848), item F1 0.858, 3 false alarms of 74; 0.23.5, tuned
    # on them, 0.849 (P 0.961, R 0.761), item F1 0.905, 1.
    "35": _Batch(4104, 4303, 200, f1=0.82, precision=0.93, item_f1=0.88, false_alarms=2),
    # Round 36: the same two styles as round 35, written at the same time. 0.23.4 scored
    # 0.700 (P 0.861, R 0.590; interval 0.632-0.763; official sources 0.636, English
    # editions 0.765), item F1 0.823, 5 false alarms of 72; 0.23.5 the same; 0.23.6,
    # tuned on them, 0.725 (P 0.900, R 0.607), item F1 0.836, 3.
    "36": _Batch(4304, 4503, 200, f1=0.70, precision=0.87, item_f1=0.81, false_alarms=4),
    # Round 37: sanctions-compliance and legal trade press (client alerts, OFAC and OFSI
    # digests, general licences, enforcement actions), and spoken and parliamentary text
    # (broadcast transcripts, hearings, debates, live blogs). 0.23.6 scored 0.627 (P
    # 0.894, R 0.483; interval 0.546-0.699; compliance press 0.536, spoken text 0.723),
    # item F1 0.704, 5 false alarms of 76 (0.23.7 the same); 0.23.8, tuned on them, 0.695
    # (P 0.907, R 0.563), item F1 0.760, 5.
    "37": _Batch(4504, 4703, 200, f1=0.67, precision=0.87, item_f1=0.73, false_alarms=6),
    # Round 38: round 37's two styles, written at the same time. 0.23.6 scored 0.659 (P
    # 0.914, R 0.515; interval 0.579-0.731; compliance press 0.484, spoken text 0.821), item
    # F1 0.773, 2 false alarms of 75; 0.23.8, tuned on round 37, 0.674; 0.23.9, tuned on
    # them, 0.692 (P 0.911, R 0.558), item F1 0.808, 2.
    "38": _Batch(4704, 4903, 200, f1=0.66, precision=0.88, item_f1=0.78, false_alarms=3),
    # Round 39: defence and arms-trade press (embargoes, licences and deliveries halted or
    # resumed), and machine-translated text of non-English state media and governments.
    # 0.23.10 scored 0.664 (P 0.878, R 0.534; interval 0.588-0.736; defence press 0.672,
    # translated text 0.657), item F1 0.785, 3 false alarms of 73; 0.23.11, tuned on them,
    # 0.721 (P 0.883, R 0.609), item F1 0.834, 3.
    "39": _Batch(4904, 5103, 200, f1=0.69, precision=0.85, item_f1=0.80, false_alarms=4),
    # Round 40: round 39's two styles, written at the same time. 0.23.10 scored 0.701 (P
    # 0.940, R 0.560; interval 0.622-0.775; defence press 0.717, translated text 0.683),
    # item F1 0.787, 1 false alarm of 73; 0.23.11, tuned on round 39, 0.711; 0.23.13, tuned
    # on them, 0.800 (P 0.951, R 0.690), item F1 0.862, 1.
    "40": _Batch(5104, 5303, 200, f1=0.78, precision=0.92, item_f1=0.84, false_alarms=2),
    # Round 41: markets, energy, commodities and shipping press, and live blogs, news
    # tickers and officials' social-media posts. 0.23.12 scored 0.746 (P 0.926, R 0.625;
    # interval 0.678-0.810; markets press 0.701, live blogs and posts 0.791), item F1 0.842,
    # 3 false alarms of 75; 0.23.14, tuned on them, 0.803 (P 0.941, R 0.700), item F1 0.882,
    # 3.
    "41": _Batch(5304, 5503, 200, f1=0.78, precision=0.91, item_f1=0.86, false_alarms=4),
    # Round 42: round 41's two styles, written at the same time. 0.23.12 scored 0.806 (P
    # 0.947, R 0.701; interval 0.745-0.861; markets press 0.733, live blogs and posts
    # 0.876), item F1 0.849, 2 false alarms of 76; 0.23.14, tuned on round 41, 0.810;
    # 0.23.15, tuned on them, 0.830 (P 0.966, R 0.727), item F1 0.873, 0.
    "42": _Batch(5504, 5703, 200, f1=0.81, precision=0.94, item_f1=0.85, false_alarms=2),
    # Round 43: analysis, opinion and explainers, and communiqués of international
    # organisations and regional blocs. 0.23.14 scored 0.711 (P 0.898, R 0.588; interval
    # 0.641-0.774; analysis 0.750, communiqués 0.661), item F1 0.802, 4 false alarms of 74;
    # 0.23.16, tuned on them, 0.737 (P 0.927, R 0.612), item F1 0.826, 2.
    "43": _Batch(5704, 5903, 200, f1=0.71, precision=0.90, item_f1=0.80, false_alarms=3),
    # Round 44: round 43's two styles, written at the same time. 0.23.14 scored 0.704 (P
    # 0.848, R 0.601; interval 0.630-0.771; analysis 0.779, communiqués 0.627), item F1
    # 0.835, 2 false alarms of 75; 0.23.16, tuned on round 43, 0.740 (communiqués 0.701);
    # 0.23.17, tuned on them, 0.749 (P 0.880, R 0.652), item F1 0.861, 2.
    "44": _Batch(5904, 6103, 200, f1=0.72, precision=0.85, item_f1=0.83, false_alarms=3),
    # Round 45: the local press of small states, and court and legal reporting around
    # sanctions and diplomacy. 0.23.16 scored 0.853 (P 0.958, R 0.769; interval
    # 0.810-0.893; local press 0.876, court reporting 0.828), item F1 0.896, 1 false alarm
    # of 74; 0.23.18, tuned on them, 0.890 (P 0.968, R 0.823), item F1 0.932, none.
    "45": _Batch(6104, 6303, 200, f1=0.86, precision=0.94, item_f1=0.90, false_alarms=2),
    # Round 46: round 45's two styles, written at the same time. 0.23.16 scored 0.833 (P
    # 0.933, R 0.752; interval 0.772-0.892; local press 0.797, court reporting 0.870), item
    # F1 0.904, 1 false alarm of 75; 0.23.18, tuned on them, 0.876 (P 0.960, R 0.805), item
    # F1 0.936, none.
    "46": _Batch(6304, 6503, 200, f1=0.85, precision=0.93, item_f1=0.91, false_alarms=2),
    # Round 47: foreign ministries' press briefings, and newsletter digests and timelines.
    # 0.23.17 scored 0.774 (P 0.906, R 0.676; interval 0.698-0.834; briefings 0.707,
    # digests 0.832), item F1 0.867, 4 false alarms of 76; 0.23.18, tuned on rounds 45 and
    # 46, 0.782 (briefings 0.715, digests 0.839); 0.23.19, tuned on them, 0.830 (P 0.927,
    # R 0.751; briefings 0.785, digests 0.870), item F1 0.897, 4.
    "47": _Batch(6504, 6703, 200, f1=0.80, precision=0.90, item_f1=0.87, false_alarms=5),
    # Round 48: round 47's two styles, written at the same time. 0.23.17 scored 0.772 (P
    # 0.951, R 0.650; interval 0.717-0.823; briefings 0.822, digests 0.736), item F1 0.863,
    # 3 false alarms of 74; 0.23.18, tuned on rounds 45 and 46, 0.776 (digests 0.743);
    # 0.23.19, tuned on rounds 47 and 49, 0.819 (digests 0.817: newsletter shorthand);
    # 0.23.20, tuned on it, 0.866 (P 0.959, R 0.789), item F1 0.907, 3.
    "48": _Batch(6704, 6903, 200, f1=0.84, precision=0.93, item_f1=0.88, false_alarms=4),
    # Round 49: structured records (gazette notices, sanctions trackers, protocol lists),
    # and news-aggregator and app text. 0.23.18 scored 0.787 (P 0.946, R 0.673; interval
    # 0.723-0.840; records 0.644, aggregator text 0.899), item F1 0.847, 1 false alarm of 73;
    # 0.23.19, tuned on them, 0.829 (P 0.958, R 0.731; records 0.740), item F1 0.896, none.
    "49": _Batch(6904, 7103, 200, f1=0.80, precision=0.93, item_f1=0.87, false_alarms=2),
    # Round 50: round 49's two styles, written at the same time. 0.23.18 scored 0.789 (P
    # 0.963, R 0.669; interval 0.723-0.847; records 0.744, aggregator text 0.833), item F1
    # 0.845, 1 false alarm of 74; 0.23.19, tuned on rounds 47 and 49, 0.802 (records 0.769);
    # 0.23.20, tuned on it, 0.853 (P 0.983, R 0.753), item F1 0.904, none.
    "50": _Batch(7104, 7303, 200, f1=0.83, precision=0.95, item_f1=0.88, false_alarms=2),
    # Round 51: officials' and embassies' social-media posts as feeds quote them, and
    # legislative and parliamentary news. 0.23.19 scored 0.796 (P 0.901, R 0.712; interval
    # 0.739-0.856; posts 0.883, legislative news 0.698), item F1 0.852, 7 false alarms of 75;
    # 0.23.20, tuned on it, 0.841 (P 0.943, R 0.758; legislative news 0.785), item F1 0.874, 5;
    # 0.23.23 (disowned posts) 0.861 (P 0.975), item F1 0.895, 1; 0.23.24 (vocabulary and
    # names found across rounds 1 to 56) 0.870, item F1 0.904, 1; 0.23.25 0.874; 0.23.26
    # 0.881; 0.23.28 to 0.23.30 the same; 0.23.31 to 0.23.34 0.885 (P 0.984), item F1 0.914;
    # 0.23.35 0.889 (dw-d-7389, listed while tuning), item F1 0.918.
    "51": _Batch(7304, 7503, 200, f1=0.81, precision=0.91, item_f1=0.85, false_alarms=7),
    # Round 52: round 51's two styles, written at the same time. 0.23.19 scored 0.752 (P
    # 0.877, R 0.658; interval 0.693-0.811; posts 0.763, legislative news 0.740), item F1
    # 0.860, 6 false alarms of 76; 0.23.20, tuned on rounds 48, 50 and 51, 0.762 (P 0.894;
    # legislative news 0.762), item F1 0.863, 5; 0.23.21, tuned on round 53, 0.770; 0.23.23
    # 0.773 (dw-d-7508, one of four records of it seen in a search: eval/NOTES.md), 4;
    # 0.23.24 0.782, item F1 0.872, 4; 0.23.25 0.787; 0.23.26 0.796; 0.23.27 to 0.23.31 0.800;
    # 0.23.32 0.804 (dw-d-7581, listed while tuning), item F1 0.887; 0.23.33 0.809
    # (dw-d-7616, listed while tuning), item F1 0.892; 0.23.34 0.813 (dw-d-7525), item F1 0.897.
    "52": _Batch(7504, 7703, 200, f1=0.72, precision=0.85, item_f1=0.83, false_alarms=8),
    # Round 53: the English-language press of South Asia, Southeast Asia and Africa, and
    # wire-service updates, corrections and factboxes. 0.23.20 scored 0.797 (P 0.920, R
    # 0.704; interval 0.726-0.867; regional press 0.907, wire updates 0.699), item F1 0.897,
    # 2 false alarms of 73; 0.23.21, tuned on it, 0.900 (P 0.980, R 0.832; regional press
    # 0.955, wire updates 0.851), item F1 0.947, 1; 0.23.28 to 0.23.33 0.907; 0.23.34
    # 0.910 (dw-d-7893), item F1 0.951; 0.23.35 0.913 (dw-d-7794), item F1 0.955.
    "53": _Batch(7704, 7903, 200, f1=0.87, precision=0.95, item_f1=0.92, false_alarms=3),
    # Round 54: round 53's two styles, written at the same time. 0.23.20 scored 0.856 (P
    # 0.983, R 0.758; interval 0.797-0.908; regional press 0.853, wire updates 0.859), item
    # F1 0.896, 2 false alarms of 75; 0.23.21, tuned on round 53, 0.872 (P 0.984, R 0.783;
    # 0.869 and 0.876), item F1 0.915, 2; 0.23.24 0.876, item F1 0.919, 2; 0.23.28 to
    # 0.23.32 0.880; 0.23.33 and 0.23.34 0.884 (dw-d-8053, listed while tuning),
    # item F1 0.924; 0.23.35 0.888 (dw-d-8055, listed while tuning), item F1 0.928.
    "54": _Batch(7904, 8103, 200, f1=0.84, precision=0.95, item_f1=0.88, false_alarms=4),
    # Round 55: the English-language press of Latin America, the Caribbean and the Pacific
    # islands, and editorials, op-eds and analysis. 0.23.20 scored 0.765 (P 0.905, R 0.663;
    # interval 0.702-0.824; regional press 0.719, opinion 0.814), item F1 0.862, 6 false
    # alarms of 74; 0.23.21, whose rules came before it, 0.768 (P 0.912), item F1 0.857, 6;
    # 0.23.22, tuned on it, 0.804 (P 0.918, R 0.715; regional press 0.767, opinion 0.844),
    # item F1 0.895, 6; 0.23.24 0.816 (P 0.920; 0.790 and 0.844), item F1 0.895, 6; 0.23.26
    # 0.822 (0.802 and 0.844); 0.23.28 to 0.23.31 0.826 (0.810 and 0.844), item F1 0.900;
    # 0.23.32 to 0.23.34 0.833 (0.824 and 0.844), item F1 0.905.
    "55": _Batch(8104, 8303, 200, f1=0.77, precision=0.89, item_f1=0.86, false_alarms=8),
    # Round 56: round 55's two styles, written at the same time. 0.23.20 scored 0.792 (P
    # 0.884, R 0.717; interval 0.735-0.841; regional press 0.775, opinion 0.808), item F1
    # 0.848, 7 false alarms of 74; 0.23.21, whose rules came before it, 0.792, the same; its
    # errors were then shown once in a per-record listing: no longer blind. 0.23.24 0.804
    # (P 0.886), item F1 0.858, 7; 0.23.28 to 0.23.31 0.812, item F1 0.863; 0.23.32 to
    # 0.23.34 0.820 (dw-d-8381, listed while tuning), item F1 0.868.
    "56": _Batch(8304, 8503, 200, f1=0.77, precision=0.85, item_f1=0.82, false_alarms=9),
    # Round 57: round 55's two styles by two new writers. 0.23.21 scored 0.797 (P 0.941, R
    # 0.691; interval 0.732-0.853; regional press 0.746, opinion 0.839), item F1 0.842, 2
    # false alarms of 74; 0.23.22, tuned on round 55, the same; 0.23.24 0.804 (P 0.950;
    # regional press 0.762 from dw-d-8570, seen while tuning; opinion 0.839), item F1 0.842, 2;
    # 0.23.25 0.809 (regional press 0.772), item F1 0.847, 2; 0.23.26 0.813 (0.781), item F1
    # 0.852, 2; 0.23.27 the same; 0.23.28 to 0.23.35 0.821 (0.800 and 0.839), item F1 0.862,
    # 2.
    "57": _Batch(8504, 8703, 200, f1=0.77, precision=0.91, item_f1=0.81, false_alarms=4),
    # Round 58: round 57's two styles, written at the same time. 0.23.21 scored 0.768 (P
    # 0.924, R 0.657; interval 0.703-0.831; regional press 0.785, opinion 0.752), item F1
    # 0.836, 4 false alarms of 76; 0.23.22, tuned on round 55, the same; 0.23.24, its
    # errors still unread, 0.797 (P 0.928, R 0.699; regional press 0.845, opinion 0.752),
    # item F1 0.852, 4: the floor raised with it; 0.23.25 to 0.23.35 the same.
    "58": _Batch(8704, 8903, 200, f1=0.77, precision=0.89, item_f1=0.82, false_alarms=6),
}


def _in_batch(item_id: str, batch: str | None = None) -> bool:
    """Whether `item_id` is in `batch` (any batch when None)."""
    if not item_id.startswith("dw-d-"):
        return False
    number = int(item_id[5:])
    return any(b.lo <= number <= b.hi for name, b in _BATCHES.items()
               if batch is None or name == batch)


def _assert_floor(nlp, items, f1: float, precision: float, item_f1: float,
                  false_alarms: int) -> None:
    report = score_items(items, nlp_predictor(nlp)([i.text for i in items])).report()
    overall = report["triples"]["overall"]
    assert overall["f1"] >= f1 and overall["precision"] >= precision, overall
    assert report["detection"]["f1"] >= item_f1, report["detection"]
    assert report["false_alarm"]["flagged"] <= false_alarms, report["false_alarm"]


def test_own_dev_set_floor(nlp):
    # Our dev set is in the project, so this floor runs everywhere. Measured with coder
    # 0.7.1 on the records written until then (dw-0001 … dw-d-0904): triple F1 0.931
    # (P 0.986, R 0.883), item F1 0.954, 3 false alarms of 439.
    items = [i for i in read_gold(ROOT / "eval" / "dev.jsonl") if not _in_batch(i.id)]
    _assert_floor(nlp, items, f1=0.92, precision=0.97, item_f1=0.94, false_alarms=5)


@pytest.mark.parametrize("name", sorted(_BATCHES))
def test_blind_batch_floor(nlp, name):
    batch = _BATCHES[name]
    items = [i for i in read_gold(ROOT / "eval" / "dev.jsonl") if _in_batch(i.id, name)]
    assert len(items) == batch.size
    _assert_floor(nlp, items, f1=batch.f1, precision=batch.precision,
                  item_f1=batch.item_f1, false_alarms=batch.false_alarms)


CASE = SHARED / "eval" / "case2021_task2_test.jsonl"


@pytest.mark.skipif(not CASE.exists(), reason="../shared is absent")
def test_case_negatives_false_positive_rate(nlp):
    recs = [json.loads(line) for line in CASE.open(encoding="utf-8")]
    texts = [r["text"] for r in recs if not r["is_diplo"]]
    flagged = sum(
        1 for doc in nlp.pipe(texts)
        if any(e.modality in ALERT_MODALITIES for e in doc._.events)
    )
    # Measured 3 of 975 (0.31%); the target is at most 1%.
    assert flagged / len(texts) <= 0.01, flagged

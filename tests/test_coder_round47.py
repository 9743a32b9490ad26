"""Rounds 47 and 49 of the event coder (0.23.19), from blind batches of foreign
ministries' press briefings and newsletter digests (eval/dev.jsonl dw-d-6504 ...
dw-d-6703) and of structured records and news-aggregator text (dw-d-6904 ...
dw-d-7103), tuned on after their scores were taken; rounds 48 and 50, written at the same
time, were scored before and after without reading their errors. Newsletter shorthand
("its amb.", "Ghana's govt") was not read (dw-d-6604, dw-d-6690); diplomats
"representing" a list of states who "must quit Venezuelan soil" were nobody's
(dw-d-6561); envoys with "two days to go home" were not expelled (dw-d-6567); a ban on
imports over bird flu was a sanction (dw-d-6698); "'no plans' to sanction", in quotes, was
a sanction (dw-d-7051); "the Pacific island" in a clause below the main one was not the
state named before it (dw-d-6583); a tracker's or register's line of fields ("Authority:
... | Target: ... | Status: EXTENDED") was nothing (dw-d-6909, 6923, 6924, 6940-6945);
an embassy "inaugurated" was not opened (dw-d-6915). Sentences are written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import all_codings, flagged_texts, phrasing_table_tests

IMP, EAS, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
EXP, REC, SEV, RES = "expel_diplomats", "recall_envoy", "sever_relations", "restore_relations"
A, INT, T, N = "asserted", "intent", "threat", "negated"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # newsletter shorthand read as the words it stands for
    "newsletter_shorthand": [
        ("Ghana's govt recalls its amb. from Lomé for consultations.",
         {(REC, "GHA", "TGO", A)}),
        ("Colombia recalls its amb. to Buenos Aires.", {(REC, "COL", "ARG", A)}),
        ("Kenya expels the Somali amb. over the border row.", {(EXP, "KEN", "SOM", A)}),
    ],
    # envoys "representing" states, who must quit a state's soil
    "envoys_representing": [
        ("Diplomats representing Argentina, Chile and Peru must quit Venezuelan soil within "
         "three days.", {(EXP, "VEN", "ARG", A), (EXP, "VEN", "CHL", A),
                         (EXP, "VEN", "PER", A)}),
        ("Venezuela expelled diplomats representing Argentina and Chile.",
         {(EXP, "VEN", "ARG", A), (EXP, "VEN", "CHL", A)}),
        ("Russian diplomats must quit Estonian soil within 72 hours.",
         {(EXP, "EST", "RUS", A)}),
    ],
    # a deadline "to go home" set by the state that says so
    "deadline_to_go_home": [
        ("Rwanda's ambassador has 48 hours to go home, Kinshasa said.",
         {(EXP, "COD", "RWA", A)}),
        ("The Russian ambassador has 72 hours to go home, Warsaw said.",
         {(EXP, "POL", "RUS", A)}),
        ("Two Iranian diplomats have a week to go home, Baku said.", {(EXP, "AZE", "IRN", A)}),
    ],
    # import bans over a disease are health measures; over "safety" or "quality", a
    # pretext the news reads as a sanction
    "bans_over_disease": [
        ("Russia banned imports of Moldovan fruit, citing safety concerns.",
         {(IMP, "RUS", "MDA", A)}),
        ("China banned imports of Japanese seafood over the release of Fukushima water.",
         {(IMP, "CHN", "JPN", A)}),
        ("Moscow banned imports of Georgian wine over quality concerns.",
         {(IMP, "RUS", "GEO", A)}),
    ],
    # "the Pacific island" as the subject of a clause below the main one
    "description_in_a_subclause": [
        ("Taiwan cut ties with Nauru after the island switched recognition to Beijing.",
         {(SEV, "TWN", "NRU", A), (RES, "NRU", "CHN", A)}),
        ("Taipei ended relations with Palau after the Pacific island announced it would "
         "recognise Beijing.", {(SEV, "TWN", "PLW", A), (RES, "PLW", "CHN", INT)}),
        ("TAIPEI - Taiwan's foreign ministry said it was ending diplomatic ties with Nauru "
         "after the Pacific island announced it would switch recognition to Beijing.",
         {(SEV, "TWN", "NRU", A), (RES, "NRU", "CHN", INT)}),
    ],
    # a tracker's or register's line of fields
    "record_lines": [
        ("Date: 09 Mar 2026 | Authority: Council of the EU | Target: Mali | Measure: travel "
         "ban and asset freeze on three junta members | Status: EXTENDED to 12 Dec 2027",
         {(IMP, "EU", "MLI", A)}),
        ("NEW | 2026-05-19 | Authority: U.S. Treasury (OFAC) | Target: Eritrea | Measure: "
         "designation of two Eritrean generals", {(IMP, "USA", "ERI", A)}),
        ("DELISTED | 02 Feb | Authority: OFSI | Target: Libya | Measure: asset freeze on one "
         "individual removed", {(EAS, "GBR", "LBY", A)}),
        ("THREATENED | 14 Aug | Authority: ECOWAS Commission | Target: Guinea | Measure: "
         "border closure if the vote is delayed", {(THR, "ECOWAS", "GIN", T)}),
        ("RELATIONS SEVERED | Date: 11 Sep | State: Niger | Counterpart: Ukraine | Basis: "
         "government communiqué", {(SEV, "NER", "UKR", A)}),
        ("RELATIONS RESTORED | Date: 22 Jan | Parties: Djibouti - Eritrea | Note: embassies "
         "to reopen", {(RES, "DJI", "ERI", A), (RES, "ERI", "DJI", A)}),
        ("PNG NOTICE | Date: 7 Nov | Issuing state: Ethiopia | Affected: a counsellor of the "
         "Embassy of Somalia | Deadline: 72 hours", {(EXP, "ETH", "SOM", A)}),
    ],
    # an embassy inaugurated is opened
    "embassy_inaugurated": [
        ("Missions opened: the Philippines inaugurated its embassy in Nairobi on 3 March.",
         {(RES, "PHL", "KEN", A)}),
        ("Serbia inaugurated its embassy in Abuja on Monday.", {(RES, "SRB", "NGA", A)}),
        ("Vietnam will inaugurate its embassy in Canberra next month.",
         {(RES, "VNM", "AUS", INT)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "newsletter_shorthand": [
        "The amber alert was lifted.",
        "Amb. Smith met the minister.",
        "The govt raised fuel prices.",
    ],
    "envoys_representing": [
        "Diplomats representing Argentina and Chile met in Caracas.",
        "Lawyers representing Argentina must leave the court.",
        "Tourists must quit Venezuelan soil within three days.",
    ],
    "deadline_to_go_home": [
        "The Rwandan team has two days to go home.",
        "Fans have 48 hours to go home, police said.",
        "Students have a week to go home before the holidays, the school said.",
    ],
    "bans_over_disease": [
        "The Philippines banned imports of Chinese poultry over bird flu.",
        "South Korea banned imports of Belgian pork over African swine fever.",
        "Japan banned imports of Brazilian chicken after an outbreak of avian influenza.",
    ],
    "description_in_a_subclause": [
        "The island hosted a regional summit after the storm.",
        "Tourists returned after the island reopened its airport.",
        "The kingdom's team won after the island's goalkeeper was sent off.",
    ],
    "record_lines": [
        "Date: 09 Mar | Authority: EU Council | Target: Mali | Status: AMENDED (spelling of "
        "a name corrected)",
        "Date: 12 May | Venue: Brussels | Agenda: Western Balkans | Status: CONCLUDED",
        "Authority: OFAC | Target: Venezuela | Measure: general licence for aid | Status: "
        "ISSUED",
        "RELATIONS SEVERED | Club: FC Porto | Counterpart: a kit supplier",
    ],
    "embassy_inaugurated": [
        "The Philippines inaugurated a new bridge in Nairobi.",
        "Kenya inaugurated its new parliament building.",
        "The embassy's new garden was inaugurated by the ambassador's wife.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

# Words of an act's mode in scare quotes are read once the marks are blanked.
QUOTED_MODE: list[tuple[str, tuple]] = [
    ("Beijing has 'no plans' to sanction Philippine officials, the ministry says.",
     (IMP, "CHN", "PHL", N)),
    ("Seoul has 'no intention' of expelling Japanese diplomats, the ministry said.",
     (EXP, "KOR", "JPN", N)),
    ("Ankara has 'no immediate plans' to recall its ambassador from Stockholm.",
     (REC, "TUR", "SWE", N)),
]


@pytest.mark.parametrize(("text", "negated"), QUOTED_MODE)
def test_quoted_mode_words(nlp, text, negated):
    assert negated in all_codings(nlp, text)
    assert flagged_texts(nlp, [text]) == []

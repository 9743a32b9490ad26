"""Round 19 of the event coder (0.19.0): wire copy and feed items by two new blind
writers (eval/dev.jsonl dw-d-0905 … dw-d-1144), read for classes of error.

A wire dateline ("OTTAWA, Feb 24 (Reuters) - ") made the parser hang the real subjects
off the place name, so coordinated actors were lost: the rest of the sentence is now
parsed alone. An object pronoun is not its own clause's subject ("Britain and Canada
said they were barring them": "them" is not Britain or Canada), and one whose nearest
subject is a company stands for the company, not a state further up. A verb conjunct with
no subject or tense of its own shares the first conjunct's clause ("said it would expel
two diplomats and recall its ambassador" is intent for both). Headlines that drop an
auxiliary ("Two Russian diplomats declared persona non grata by Bulgaria") or whose verb
the model reads as a noun ("Canada sanctions Haitian elites", "Saudi Arabia names first
ambassador to Syria"); a head of state declared persona non grata is no envoy expelled;
"home"/"back" in a clause hung on an order is not where the envoy goes; a place that only
names a treaty ("the Vienna Convention") is no actor; an act "not under consideration" is
negated; a new round of "measures" aimed at a state is a round of sanctions; representation
lowered or raised "to ... level" is a break or a restoration; a licence whose permit the
parser hangs elsewhere, penalties suspended, a ban on a state's diamonds, and "bar" (the
pre-filter now passes it) are relief and sanctions; "ceased to be a member of" and "announces
ICC exit" quit a body, "drawing up" measures drafts them, and a measure that may "snap
back" or "return" is not yet in place, nor is an act a state "has yet to" do. Sentences are
written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests, wrong_codings

E, R_, S = "expel_diplomats", "recall_envoy", "express_support"
RES, SEV, IMP, THR = "restore_relations", "sever_relations", "impose_sanctions", \
    "threaten_sanctions"
A, INT, T = "asserted", "intent", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the dateline is where the story was filed; the sentence's own subjects act
    "dateline_then_coordinated_subjects": [
        ("OTTAWA, Feb 24 (Reuters) - Canada, Australia and New Zealand on Monday added "
         "dozens of Russian entities to their sanctions lists.",
         {(IMP, "CAN", "RUS", A), (IMP, "AUS", "RUS", A), (IMP, "NZL", "RUS", A)}),
        ("LONDON, April 18 (Reuters) - Britain and the United States blacklisted Iran's "
         "drone programme chiefs on Thursday.", {(IMP, "GBR", "IRN", A), (IMP, "USA", "IRN", A)}),
        ("SEOUL, Feb 14 (Yonhap) - South Korea and Cuba established diplomatic relations on "
         "Wednesday, a step officials said would leave Pyongyang further isolated.",
         {(RES, "KOR", "CUB", A), (RES, "CUB", "KOR", A)}),
        ("RIGA, March 3 (LETA) - Latvia and Estonia expelled three Russian diplomats each "
         "on Friday.", {(E, "LVA", "RUS", A), (E, "EST", "RUS", A)}),
    ],
    # "them" is not the subject of its own clause, nor what a subject pronoun stands for
    "object_pronoun_not_own_subject": [
        ("Britain, Canada and Australia said on Wednesday they were freezing the assets of "
         "four Israeli settlers and barring them from entry.",
         {(IMP, "GBR", "ISR", A), (IMP, "CAN", "ISR", A), (IMP, "AUS", "ISR", A)}),
        ("Britain said it was freezing the assets of four Israeli settlers and barring them "
         "from entry.", {(IMP, "GBR", "ISR", A)}),
        ("Washington backed Kyiv and pledged to keep supporting it.", {(S, "USA", "UKR", A)}),
    ],
    # a conjunct without subject or tense shares the first conjunct's modal and governor
    "shared_clause_of_conjuncts": [
        ("Poland said it would expel two Russian diplomats and recall its ambassador from "
         "Moscow.", {(E, "POL", "RUS", INT), (R_, "POL", "RUS", INT)}),
        ("Washington plans to lift sanctions on Venezuela and restore ties with Caracas.",
         {("ease_sanctions", "USA", "VEN", INT), (RES, "USA", "VEN", INT)}),
        ("Hungary refused to expel Russian diplomats and recalled its ambassador from Moscow.",
         {(R_, "HUN", "RUS", A)}),  # a tense of its own: its own mode
        ("The EU imposed sanctions on Belarus and threatened to sanction Russia.",
         {(IMP, "EU", "BLR", A), (THR, "EU", "RUS", T)}),
        # the shared clause is a relative one: what is said of its noun is not its mode
        ("Analysts doubt that Poland, which will expel two Russian diplomats and recall its "
         "ambassador from Moscow, is acting wisely.",
         {(E, "POL", "RUS", INT), (R_, "POL", "RUS", INT)}),
    ],
    # a headline drops the auxiliary of a persona non grata passive
    "headline_persona_non_grata_passive": [
        ("Two Russian diplomats declared persona non grata by Bulgaria.",
         {(E, "BGR", "RUS", A)}),
        ("Three Iranian diplomats declared persona non grata by Albania",
         {(E, "ALB", "IRN", A)}),
        ("Two Russian diplomats were declared persona non grata by Bulgaria.",
         {(E, "BGR", "RUS", A)}),
    ],
    # "sanctions" read as a noun with a subject and an object is the headline's verb
    "headline_sanctions_verb_read_as_noun": [
        ("Canada sanctions Haitian elites including ex-president Michel Martelly.",
         {(IMP, "CAN", "HTI", A)}),
        ("Britain sanctions Russian oligarchs over Ukraine invasion", {(IMP, "GBR", "RUS", A)}),
        ("Japan sanctions Russian banks over the war.", {(IMP, "JPN", "RUS", A)}),
    ],
    # an envoy appointed "as" envoy, and the headline "names" read as a noun
    "appointment_that_renews_ties": [
        ("Saudi Arabia names first ambassador to Syria in over a decade",
         {(RES, "SAU", "SYR", A)}),
        ("Riyadh appointed Faisal al-Mujfel as its envoy to Damascus on Sunday, capping a "
         "rapprochement with Bashar al-Assad's government.", {(RES, "SAU", "SYR", A)}),
        ("New Delhi picked veteran diplomat Dinesh Patnaik as its envoy to Ottawa in a bid to "
         "reset ties.", {(RES, "IND", "CAN", A)}),
    ],
    # "home"/"back" in a clause hung on the order is not where the envoy goes
    "ordered_out_beside_other_clauses": [
        ("Rwanda's charge d'affaires was ordered out of the Democratic Republic of Congo on "
         "Saturday, with Kinshasa accusing its neighbour of sending troops to back the M23 "
         "rebels.", {(E, "COD", "RWA", A)}),
        ("Germany called its ambassador back from Tbilisi for consultations.",
         {(R_, "DEU", "GEO", A)}),
        ("Algeria ordered its ambassador home from Paris after France backed Morocco's plan.",
         {(R_, "DZA", "FRA", A), (S, "FRA", "MAR", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "dateline_then_coordinated_subjects": [
        "OTTAWA, Feb 24 (Reuters) - Canada, Australia and New Zealand on Monday added dozens "
        "of players to their squads for the Rugby Championship.",
        "LONDON, April 18 (Reuters) - Britain and the United States signed a trade deal on "
        "Thursday.",
        "MOSCOW, May 2 (Reuters) - Russia's central bank kept interest rates on hold.",
    ],
    "object_pronoun_not_own_subject": [
        "Shares in a London-listed miner slumped after the company said it was cutting ties "
        "with a Russian-owned trading house.",
        "The Dutch firm said it had cut ties with Russia's Gazprom.",
        "The German carmaker said it would stop supplying Russian dealers and close its plant.",
    ],
    "shared_clause_of_conjuncts": [
        "Analysts said it was far from certain that Beijing would respond by downgrading "
        "ties with Manila or slapping trade bans on Philippine fruit.",
        "Poland will not expel Russian diplomats or recall its ambassador.",
        "Analysts doubt that Beijing will downgrade ties with Manila or slap trade bans on "
        "Philippine fruit.",
    ],
    "headline_persona_non_grata_passive": [
        "Peru's Congress declared Mexico's president persona non grata on Thursday.",
        "Ukraine's parliament declared the Russian president persona non grata.",
        "Fans declared the referee persona non grata at the club.",
    ],
    "headline_sanctions_verb_read_as_noun": [
        "UEFA sanctions Spanish club over racist chants",
        "FIFA sanctions Mexican federation over fans' chants.",
        "The court sanctions Italian lawyers for misconduct.",
    ],
    "appointment_that_renews_ties": [
        "France names new ambassador to Germany.",
        "The UN names envoy for Yemen.",
        "Nike names Italian designer as its brand ambassador.",
    ],
    "ordered_out_beside_other_clauses": [
        "The referee was ordered out of the ground, with fans chanting for the team to come back.",
        "Officials ordered journalists out of the courtroom after the verdict came back.",
        "The ambassador was ordered to present his credentials, with talks set to resume.",
    ],
    # place names that only name a treaty, and acts ruled out as options
    "instruments_and_options": [
        "Under the 1961 Vienna Convention, a host country can ask any foreign envoy to leave "
        "at any time without giving a reason.",
        "Ireland's foreign minister stressed that expelling the ambassador was not under "
        "consideration.",
        "Expelling the Russian ambassador is not on the table, Germany's foreign minister said.",
    ],
}

PHRASINGS["instruments_and_options"] = [
    ("Under the Vienna Convention, Moscow expelled two Polish diplomats.",
     {(E, "RUS", "POL", A)}),
    ("Citing the Minsk agreements, Ukraine recalled its ambassador from Moscow.",
     {(R_, "UKR", "RUS", A)}),
    ("Citing the Oslo Accords, Norway recognised Palestine.", {(RES, "NOR", "PSE", A)}),
]

# a new round of "measures" aimed at a state or its people is a round of sanctions
PHRASINGS["new_round_of_measures"] = [
    ("The United States, Japan and South Korea will consider fresh measures against North "
     "Korean entities if Pyongyang goes ahead with a nuclear test.",
     {(THR, "USA", "PRK", T), (THR, "JPN", "PRK", T), (THR, "KOR", "PRK", T)}),
    ("Rishi Sunak said the G7 would consider further coordinated measures against Tehran "
     "next month.", {(THR, "G7", "IRN", T)}),
    ("The EU adopted new measures against Russia on Friday.", {(IMP, "EU", "RUS", A)}),
]
NEGATIVES["new_round_of_measures"] = [
    "Israel took new measures against Hamas.",
    "China announced new measures against the spread of the virus in Hong Kong.",
    "The league will consider further measures against the club's fans.",
]
# representation lowered or raised to a named level
PHRASINGS["representation_to_a_level"] = [
    ("Albania and Ukraine announced they were lowering their representation in Kabul to "
     "non-resident level.", {(SEV, "ALB", "AFG", A), (SEV, "UKR", "AFG", A)}),
    ("Bangladesh said it had lowered the level of its diplomatic staff in New Delhi after a "
     "mob attack.", {(SEV, "BGD", "IND", A)}),
    ("The United Arab Emirates upgraded its representation in Damascus to ambassador level "
     "on Tuesday.", {(RES, "ARE", "SYR", A)}),
]
NEGATIVES["representation_to_a_level"] = [
    "The firm lowered its representation in the talks to junior level.",
    "The company lowered the level of its staff in Delhi.",
    "Albania and Ukraine said they were lowering their representation to non-resident level.",
]

# relief whose words the parser scatters or the pre-filter did not pass
PHRASINGS["relief_and_bans_in_looser_words"] = [
    ("The U.S. Treasury issued a general licence on Friday authorising dealings with Syria's "
     "central bank.", {("ease_sanctions", "USA", "SYR", A)}),
    ("Washington offered to suspend its penalties on Venezuela's state oil company.",
     {("ease_sanctions", "USA", "VEN", INT)}),
    ("The EU agreed to ban Russian diamonds.", {(IMP, "EU", "RUS", INT)}),
    ("Lithuania, Latvia and Estonia decided to bar a dozen Georgian officials from entering "
     "their territory.", {(IMP, "LTU", "GEO", A), (IMP, "LVA", "GEO", A), (IMP, "EST", "GEO", A)}),
]
NEGATIVES["relief_and_bans_in_looser_words"] = [
    "The company issued a licence on Friday authorising dealings with its Syrian distributor.",
    "The league lifted its penalties on the club.",
    "The jeweller bans Russian diamonds from its stores.",
    "The club will bar two Georgian players from the stadium.",
]

# quitting a body in other words, and "drawing up" measures
PHRASINGS["quitting_and_drafting_in_other_words"] = [
    ("The Philippines formally ceased to be a member of the International Criminal Court on "
     "Sunday.", {(SEV, "PHL", "ICC", A)}),
    ("Hungary announces ICC exit as Netanyahu lands in Budapest.", {(SEV, "HUN", "ICC", A)}),
    ("The European Union is drawing up a fresh round of asset freezes and visa bans aimed at "
     "Serbian officials.", {(THR, "EU", "SRB", T)}),
    ("The EU is drawing up new sanctions against Serbian officials.", {(THR, "EU", "SRB", T)}),
]
NEGATIVES["quitting_and_drafting_in_other_words"] = [
    "The club ceased to be a member of the league.",
    "The UN said fighting had ceased in the region.",
    "The coach drew up a new game plan against Serbia.",
    "Britain marks Brexit anniversary.",
]

# a measure that "snaps back" or "returns" is told as coming, not as in place
PHRASINGS["measures_that_may_return"] = [
    ("UN sanctions on Iran snapped back on Sunday.", {(IMP, "UN", "IRN", "reference")}),
    ("US sanctions on Iran hurt its economy.", {(IMP, "USA", "IRN", "reference")}),
    ("UN sanctions on North Korea returned in 2017 after a brief pause.",
     {(IMP, "UN", "PRK", "reference")}),
]
NEGATIVES["measures_that_may_return"] = [
    "What happens if UN sanctions on Iran snap back?",
    "US sanctions on Iran could return next month.",
    "Analysts say EU sanctions on Belarus may return if talks fail.",
]

# "yet to" do something is not having done it
PHRASINGS["yet_to_act"] = [
    ("Canada, which has yet to expel any Russian diplomat, imposed sanctions on Moscow.",
     {(IMP, "CAN", "RUS", A)}),
    ("Turkey recalled its ambassador from Israel, which has yet to respond.",
     {(R_, "TUR", "ISR", A)}),
    ("The EU agreed to lift sanctions on Syria, and is yet to say when.",
     {("ease_sanctions", "EU", "SYR", INT)}),
]
NEGATIVES["yet_to_act"] = [
    "Brazil's ambassador yet to return to Israel months after recall.",
    "Israel has yet to send its ambassador back to Ankara.",
    "The EU is yet to lift sanctions on Syria.",
]

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


def test_dateline_offsets_point_into_the_original_text(nlp):
    text = ("OTTAWA, Feb 24 (Reuters) - Canada, Australia and New Zealand on Monday added "
            "dozens of Russian entities to their sanctions lists.")
    events = nlp(text)._.events
    assert {e.source_text for e in events} == {"Canada", "Australia", "New Zealand"}
    for e in events:
        assert e.trigger == "added" and e.sentence == text
        assert e.target_text == "Russian entities"


def test_a_country_named_in_front_of_sanctions_is_their_target(nlp):
    """ "Cuba sanctions", "the Iran sanctions": a country's bare name before the measure
    is the country it is on; "US", "EU" and demonyms stay the imposer's."""
    cases = [
        ("The Iran sanctions hurt Iraqi traders.", {(IMP, "UNK", "IRN", "reference")}),
        ("Trump signs order lifting Syria sanctions.", {("ease_sanctions", "USA", "SYR", A)}),
        ("Washington kept its Cuba sanctions in place.", {(IMP, "USA", "CUB", A)}),
        ("US sanctions hurt Iranian exporters.", {(IMP, "USA", "IRN", "reference")}),
        ("American sanctions hurt Iranian exporters.", {(IMP, "USA", "IRN", "reference")}),
    ]
    assert wrong_codings(nlp, cases) == []
    # "No change to Cuba sanctions" was a Cuban measure on the United States.
    events = nlp("No change to Cuba sanctions, the White House said.")._.events
    assert not any(e.source == "CUB" for e in events)

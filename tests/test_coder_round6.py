"""Round 6 of the event coder (0.6.0): one regression sentence per rule added from the
errors of the blind dev batches dw-d-0365..0664. The sentences are written for these
tests; none is copied from the eval sets."""

from __future__ import annotations

import pytest

from tests.conftest import counted_events, unmatched
from transforms.coder.prefilter import (
    halts_trade,
    has_trigger_word,
    lists_parties,
    might_contain_event,
)

# (text, events that must be among the counted ones)
RULES = [
    # passive: the by-phrase hung on the target phrase still names the actors
    ("Sanctions were imposed on six Syrian generals by Japan and Canada on Monday.",
     {("impose_sanctions", "JPN", "SYR", "asserted"),
      ("impose_sanctions", "CAN", "SYR", "asserted")}),
    # halting or suspending a state's trade is an import or export ban
    ("Ankara suspended imports of Greek olive oil on Friday.",
     {("impose_sanctions", "TUR", "GRC", "asserted")}),
    ("Kazakhstan has halted all trade with Kyrgyzstan.",
     {("impose_sanctions", "KAZ", "KGZ", "asserted")}),
    # goods named by where they come from
    ("Armenia banned all imports coming from Azerbaijan, the government said.",
     {("impose_sanctions", "ARM", "AZE", "asserted")}),
    # headline verb read as a plural noun
    ("Hanoi lauds Manila's stance on fishing rights",
     {("express_support", "VNM", "PHL", "asserted")}),
    ("Maduro sides with Tehran in nuclear dispute",
     {("express_support", "VEN", "IRN", "asserted")}),
    ("Ortega praised Cuba's government on Sunday.",
     {("express_support", "NIC", "CUB", "asserted")}),
    # envoys: yanked, told to pack, ordered home, told to return for consultations
    ("Madrid yanks ambassador from Caracas after insult",
     {("recall_envoy", "ESP", "VEN", "asserted")}),
    ("Chad's envoy to Niamey was told to pack his bags by Niger's junta on Monday.",
     {("expel_diplomats", "NER", "TCD", "asserted")}),
    ("The Peruvian foreign ministry said it had ordered its ambassador home from Mexico.",
     {("recall_envoy", "PER", "MEX", "asserted")}),
    ("Ghana's high commissioner to Abuja was told to return to Accra for consultations.",
     {("recall_envoy", "GHA", "NGA", "asserted")}),
    # "Brussels" in a text about the EU is the EU, in diplomacy too
    ("Belarus expelled the EU's envoy, and Brussels retaliated by declaring the "
     "Belarusian ambassador persona non grata.",
     {("expel_diplomats", "BLR", "EU", "asserted"),
      ("expel_diplomats", "EU", "BLR", "asserted")}),
    # a warning right before a misattached "of" phrase
    ("Japan expelled the Russian attache, and Tokyo responded by declaring him persona "
     "non grata and warning of new sanctions on Moscow.",
     {("threaten_sanctions", "JPN", "RUS", "threat")}),
    # tit for tat: "in kind" mirrors the act, "followed suit" repeats it
    ("Poland expelled three Belarusian diplomats, and Minsk retaliated in kind.",
     {("expel_diplomats", "POL", "BLR", "asserted"),
      ("expel_diplomats", "BLR", "POL", "asserted")}),
    ("Argentina recalled its ambassador from Managua, and Uruguay followed suit.",
     {("recall_envoy", "URY", "NIC", "asserted")}),
    ("Estonia expelled a Russian diplomat, and Moscow ordered an Estonian counterpart out.",
     {("expel_diplomats", "RUS", "EST", "asserted")}),
    # support in the passive, received, declared, mutual, in favour of a state's bid
    ("Kenya's peace plan was endorsed by Ghana on Tuesday.",
     {("express_support", "GHA", "KEN", "asserted")}),
    ("Manila won firm backing from Tokyo in the maritime dispute.",
     {("express_support", "JPN", "PHL", "asserted")}),
    ("Egypt's declaration of support for the government in Khartoum came on Monday.",
     {("express_support", "EGY", "SDN", "asserted")}),
    ("Minsk and Moscow reaffirmed mutual support.",
     {("express_support", "BLR", "RUS", "asserted"),
      ("express_support", "RUS", "BLR", "asserted")}),
    ("Finland came out in favour of Estonia's candidacy for the Security Council.",
     {("express_support", "FIN", "EST", "asserted")}),
    # listings and freezes as nouns
    ("Canada's blacklisting of four Iranian officials angered Tehran.",
     {("impose_sanctions", "CAN", "IRN", "asserted")}),
    ("Australia's designation of two Russian commanders took effect on Friday.",
     {("impose_sanctions", "AUS", "RUS", "asserted")}),
    ("Washington's removal of three Chinese firms from the Entity List surprised analysts.",
     {("ease_sanctions", "USA", "CHN", "asserted")}),
    ("Britain's freezing of the assets of two Iranian banks took effect on Monday.",
     {("impose_sanctions", "GBR", "IRN", "asserted")}),
    ("Canada froze the assets of a Belarusian tycoon and three Iranian officials.",
     {("impose_sanctions", "CAN", "BLR", "asserted"),
      ("impose_sanctions", "CAN", "IRN", "asserted")}),
    # recognition withdrawn, extended, switched (as a noun)
    ("Recognition of Kosovo has been withdrawn by Togo.",
     {("sever_relations", "TGO", "XKX", "asserted")}),
    ("Diplomatic recognition was extended to Palestine by Mexico on Friday.",
     {("restore_relations", "MEX", "PSE", "asserted")}),
    ("Nauru's switch of recognition from Taipei to Beijing surprised no one.",
     {("sever_relations", "NRU", "TWN", "asserted"),
      ("restore_relations", "NRU", "CHN", "asserted")}),
    # downgraded representation
    ("Qatar has lowered its diplomatic representation in Cairo to charge d'affaires.",
     {("sever_relations", "QAT", "EGY", "asserted")}),
    # recognising a claim to a territory backs the claimant
    ("Spain thanked Germany for recognising Morocco's sovereignty over Western Sahara.",
     {("express_support", "DEU", "MAR", "reference")}),
    ("Israel recognised Morocco's sovereignty over Western Sahara.",
     {("express_support", "ISR", "MAR", "asserted")}),
    # a country's goods banned, a ban on them kept ("no question of lifting" it)
    ("Beijing bans Australian coal after diplomatic row",
     {("impose_sanctions", "CHN", "AUS", "asserted")}),
    ("Ankara will lift its ban on Armenian fruit next month, the ministry said.",
     {("ease_sanctions", "TUR", "ARM", "intent")}),
    ("Minsk said there was no question of lifting its ban on Lithuanian dairy.",
     # asserted: a refusal to lift maintains the measure (guide; dev dw-0171, dw-d-0575)
     {("impose_sanctions", "BLR", "LTU", "asserted")}),
    # a passive clause with its own subject is not done by the clause above it
    ("Libya's exports have recovered since UN sanctions on Libya were eased in 2004.",
     {("ease_sanctions", "UN", "LBY", "reference")}),
    # with no target named, the main clause's subject lives under the measure
    ("Caracas has sold its oil to Asian buyers since Washington tightened its embargo.",
     {("impose_sanctions", "USA", "VEN", "reference")}),
    # a support verb whose object was parsed as the subject of a clause below
    ("Orban hails Beijing's stance on peace talks",
     {("express_support", "HUN", "CHN", "asserted")}),
    # a passive listing: the list's owner lists; the listed said to be doing something
    ("Three Indian refiners said to be buying Russian oil were added to the EU's "
     "blacklist on Monday.",
     {("impose_sanctions", "EU", "IND", "asserted")}),
    # names in a list the tagger missed
    ("Fiji, Tonga and Palau have established diplomatic ties with Kosovo.",
     {("restore_relations", "TON", "XKX", "asserted"),
      ("restore_relations", "PLW", "XKX", "asserted")}),
    # a bill enshrining an embargo proposes it until it is signed (eval/README.md: a
    # drafted bill is a threat; before coder 0.20.0 "approved" read as enacted)
    ("The Irish cabinet approved a bill enshrining an arms embargo on Israel.",
     {("threaten_sanctions", "IRL", "ISR", "threat")}),
    # "ready to" lift: the copula's subject acts
    ("Brussels said the EU was ready to unfreeze Syrian state assets if the vote is free.",
     {("ease_sanctions", "EU", "SYR", "intent")}),
    # an entry ban whose "on" phrase hangs on the punishing verb
    ("Riga expelled two Russian officials, and Moscow hit back with entry bans on five "
     "Latvian lawmakers.",
     {("impose_sanctions", "RUS", "LVA", "asserted")}),
    # "whose president": the relative's noun acts
    ("Uzbekistan, whose president endorsed Kazakhstan's plan last year, will host talks.",
     # reference: a past act in a relative clause with an earlier date (dev dw-d-0585)
     {("express_support", "UZB", "KAZ", "reference")}),
    # sanctions kept in place are maintained
    ("Norway said its sanctions on Belarus would remain in place.",
     # asserted: keeping a measure is the act (guide; dev dw-d-0634, dw-d-0649)
     {("impose_sanctions", "NOR", "BLR", "asserted")}),
    # a blocked or held-up package was proposed by its owner
    ("Hungary's veto has held up the EU's new sanctions package against Minsk.",
     {("threaten_sanctions", "EU", "BLR", "threat")}),
    # "lists" officials: a listing
    ("Canada lists nine Sudanese generals over the war in Darfur",
     {("impose_sanctions", "CAN", "SDN", "asserted")}),
    # a state's solidarity with another, owned and welcomed
    ("Baku welcomed Ankara's solidarity with Azerbaijan.",
     {("express_support", "TUR", "AZE", "reference")}),
    # modifiers listed flat: "Russian, Iranian officials"
    ("Britain will freeze the assets of Russian, Iranian officials next week.",
     {("impose_sanctions", "GBR", "RUS", "intent"),
      ("impose_sanctions", "GBR", "IRN", "intent")}),
    # an envoy back at the post: relations restored
    ("Peru's ambassador went back to his post in Caracas on Monday.",
     {("restore_relations", "PER", "VEN", "asserted")}),
    # the holder of a harm: "X's economy, battered by the embargo"
    ("Syria's economy, long crippled by the US embargo, shrank again last year.",
     {("impose_sanctions", "USA", "SYR", "reference")}),
]

NEGATIVES = [
    # "sanction" as "approve"
    "Ghana's parliament sanctioned the deployment of 300 soldiers to Liberia.",
    # ties with people and firms are no diplomatic ties
    "The German carmaker cut ties with its Russian supplier after the audit.",
    "The Boston Bruins severed ties with a Czech defenceman on Friday.",
    # market people guessing, observers' conditionals
    "Traders are betting that Brussels will soon lift sanctions on Belarusian potash.",
    "Economists warned that if Washington sanctioned Indian refiners, fuel prices would soar.",
    # firms halting trade are no state acting; health bans are not sanctions
    "Boeing halted shipments of parts to Chinese airlines last month.",
    "Japan suspended imports of Polish poultry after a bird flu outbreak.",
    # "lists" with no party of a sanctions list
    "The magazine lists Chinese companies among the fastest growing.",
    # recognition for other things
    "Kenya recognised the achievement of its athletes in Tokyo.",
]


@pytest.fixture(scope="module")
def coded(nlp):
    texts = [t for t, _ in RULES] + NEGATIVES
    return dict(zip(texts, (doc._.events for doc in nlp.pipe(texts)), strict=True))


@pytest.mark.parametrize("text,expected", RULES, ids=[t[:40] for t, _ in RULES])
def test_round6_rules(coded, text, expected):
    got = counted_events(coded[text])
    assert not unmatched(expected, got), (text, unmatched(expected, got), got)


@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_round6_negatives(coded, text):
    assert counted_events(coded[text]) == set(), (text, coded[text])


@pytest.mark.parametrize("text", [t for t, _ in RULES])
def test_prefilter_passes_round6_texts(text):
    # The pre-filter is a superset of the coder: every text with an event passes.
    assert might_contain_event(text)
    assert has_trigger_word(text)


def test_lists_parties_pattern():
    assert lists_parties("EU lists Rwandan army commanders")
    assert lists_parties("the Treasury listed six Iranian officials")
    assert not lists_parties("The menu lists six dishes")


def test_halts_trade_pattern():
    assert halts_trade("Beijing suspends imports of Lithuanian beef")
    assert halts_trade("Turkey halted all trade with Israel")
    assert not halts_trade("The referee halted the match")
    assert not halts_trade("Trade resumed after the ministry halted talks")

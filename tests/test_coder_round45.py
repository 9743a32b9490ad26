"""Rounds 45 and 46 of the event coder (0.23.18), from blind batches of the local press
of small states and of court and legal reporting (eval/dev.jsonl dw-d-6104 ...
dw-d-6503), tuned on after their scores were taken. Bans on a state's goods lifted or
kept were missed when the goods were "goods" (lemmatised "good") or named by where they
come from (dw-d-6150, dw-d-6136, dw-d-6328, dw-d-6118); "the kingdom" under a dateline
was nobody (dw-d-6136); quitting the Pacific Islands Forum or the Eurasian Economic
Union was nothing (dw-d-6143, dw-d-6345); "stands by its brothers in Doha" and
"eSwatini" were not read (dw-d-6324, dw-d-6355); an envoy with "until Sunday to quit
Lithuania" was expelled the wrong way round (dw-d-6307); an unnamed actor ordering an
envoy out of a named state gave no expeller (dw-d-6352); "studying whether to halt
purchases" was a guess, not a threat (dw-d-6178); "could face visa bans" and entry
bans for "members of the government" were missed (dw-d-6289, dw-d-6343); a sanctions
committee's "its list" was not a sanctions list (dw-d-6269); goods shipped "to Russia
in breach of the EU embargo" gave the prosecutors' state as target (dw-d-6411);
missions raised "to embassy level" were missed (dw-d-6108); what a ruling "could pave
the way for" was asserted (dw-d-6479); lawyers' guesses were a state's plans (dw-d-6272).
Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.conftest import all_codings, flagged_texts, phrasing_table_tests

IMP, EAS, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
EXP, SEV, RES, SUP = "expel_diplomats", "sever_relations", "restore_relations", "express_support"
A, INT, T, R, H = "asserted", "intent", "threat", "reference", "hypothetical"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a ban on a state's goods: "goods", goods from a state, imports named by nationality
    "national_goods_ban": [
        ("Kosovo lifted its ban on Serbian goods.", {(EAS, "XKX", "SRB", A)}),
        ("Saudi Arabia lifted its ban on fruit and vegetables from Lebanon on Sunday.",
         {(EAS, "SAU", "LBN", A)}),
        ("China has lifted its suspension of Lithuanian dairy and beer imports.",
         {(EAS, "CHN", "LTU", A)}),
        ("The Saeima voted on Thursday to keep the import ban on agricultural products from "
         "Russia and Belarus in force until 2027.",
         {(IMP, "LVA", "RUS", A), (IMP, "LVA", "BLR", A)}),
    ],
    # "the kingdom" as the subject of a text under a dateline that names one
    "dateline_description": [
        ("RIYADH - The kingdom lifted its ban on fruit from Lebanon on Sunday.",
         {(EAS, "SAU", "LBN", A)}),
        ("RIYADH - The kingdom lifted its three-year ban on fruit and vegetables from "
         "Lebanon on Sunday, Saudi officials said.", {(EAS, "SAU", "LBN", A)}),
        ("MANAMA, May 2 (Reuters) - The kingdom lifted its ban on Lebanese fruit.",
         {(EAS, "BHR", "LBN", A)}),
    ],
    # bodies the guide has no code for: target UNK
    "unlisted_bodies": [
        ("Tuvalu will leave the Pacific Islands Forum.", {(SEV, "TUV", "UNK", INT)}),
        ("Fiji quit the Pacific Islands Forum in protest.", {(SEV, "FJI", "UNK", A)}),
        ("Armenia will leave the Eurasian Economic Union, Pashinyan said.",
         {(SEV, "ARM", "UNK", INT)}),
        ("Russia quit the OSCE.", {(SEV, "RUS", "UNK", A)}),
        ("Hungary announced it would leave the OECD.", {(SEV, "HUN", "UNK", INT)}),
    ],
    # "its brothers in Doha": kin in a seat of power are its government
    "brothers_in_a_capital": [
        ("Oman stands by its brothers in Doha.", {(SUP, "OMN", "QAT", A)}),
        ("Kuwait stands by its brothers in Riyadh in this crisis, the emir said.",
         {(SUP, "KWT", "SAU", A)}),
        ("Egypt stands with its sisters in Khartoum.", {(SUP, "EGY", "SDN", A)}),
    ],
    # a name spelt with an inner capital, as its government spells it
    "inner_capital_name": [
        ("eSwatini expelled two Taiwanese diplomats.", {(EXP, "SWZ", "TWN", A)}),
        ("The king said eSwatini stood firmly behind Taipei.", {(SUP, "SWZ", "TWN", A)}),
        ("eSwatini recalled its ambassador from Pretoria.",
         {("recall_envoy", "SWZ", "ZAF", A)}),
    ],
    # "has until Sunday to quit Lithuania": the state left expels the envoy's state
    "until_a_day_to_leave": [
        ("A counsellor at the Belarusian mission has until Sunday to quit Lithuania.",
         {(EXP, "LTU", "BLR", A)}),
        ("VILNIUS - A counsellor at the Belarusian mission has until Sunday to quit "
         "Lithuania, after the foreign ministry branded him persona non grata.",
         {(EXP, "LTU", "BLR", A)}),
        ("Two Russian diplomats have until Friday to leave Poland.", {(EXP, "POL", "RUS", A)}),
        ("The Russian ambassador has until Friday to leave Warsaw, the foreign ministry said.",
         {(EXP, "POL", "RUS", A)}),
    ],
    # an actor named as no state orders an envoy out of a state: that state expels
    "ordered_out_of_a_state": [
        ("The co-presidency of Daniel Ortega and Rosario Murillo ordered Guatemala's "
         "ambassador to leave Nicaragua within 72 hours.", {(EXP, "NIC", "GTM", A)}),
        ("The government ordered Guatemala's ambassador to leave Nicaragua within 72 hours.",
         {(EXP, "NIC", "GTM", A)}),
        ("The junta ordered the French ambassador to leave Niger.", {(EXP, "NER", "FRA", A)}),
    ],
    # weighing whether to take a measure of one's own: a threat
    "weighing_whether": [
        ("China's commerce ministry is studying whether to halt purchases of Lithuanian "
         "timber, a spokesperson said.", {(THR, "CHN", "LTU", T)}),
        ("China is studying whether to impose sanctions on Lithuania.",
         {(THR, "CHN", "LTU", T)}),
        ("The EU is weighing whether to impose sanctions on Georgia.",
         {(THR, "EU", "GEO", T)}),
    ],
    # travel bans that people of a state "could face", or for "members of" a government
    "bans_people_face": [
        ("The State Department warned that Brazilian officials could face U.S. visa bans.",
         {(THR, "USA", "BRA", T)}),
        ("Washington warned Dodoma that officials behind the crackdown could face visa bans.",
         {(THR, "USA", "TZA", T)}),
        ("The EU is readying entry bans for members of the Georgian government.",
         {(THR, "EU", "GEO", T)}),
    ],
    # "its list" after a sanctions committee: its sanctions list
    "committee_list": [
        ("The Security Council's sanctions committee removed an Iraqi money changer from its "
         "list on Friday.", {(EAS, "UN", "IRQ", A)}),
        ("The UN sanctions committee added two Libyan smugglers to its list.",
         {(IMP, "UN", "LBY", A)}),
        ("The Security Council's Al-Shabaab sanctions committee added a Somali financier to "
         "its list on Friday.", {(IMP, "UN", "SOM", A)}),
    ],
    # goods shipped to a state in breach of a named owner's measure: aimed at that state
    "shipped_in_breach": [
        ("Paris prosecutors charge freight forwarder with shipping drone engines to Russia "
         "in breach of the EU embargo", {(IMP, "EU", "RUS", R)}),
        ("Prosecutors said the firm shipped machine tools to Iran in breach of U.S. "
         "sanctions.", {(IMP, "USA", "IRN", R)}),
        ("A Hamburg court fined a broker who sold engine parts to Syria in breach of the EU "
         "embargo.", {(IMP, "EU", "SYR", R)}),
    ],
    # a mission raised "to embassy level" ("to embassy" parsed as an infinitive)
    "mission_to_embassy_level": [
        ("Tajikistan and Kyrgyzstan agreed to raise their missions to embassy level.",
         {(RES, "TJK", "KGZ", INT), (RES, "KGZ", "TJK", INT)}),
        ("Pakistan will upgrade its mission in Afghanistan to embassy level.",
         {(RES, "PAK", "AFG", INT)}),
        ("Uzbekistan raised its mission in Kabul to embassy level.", {(RES, "UZB", "AFG", A)}),
    ],
    # what an observer tells as done, with no modal, is a fact reported
    "observer_reports_past": [
        ("Lawyers for the oligarch said Britain had lifted the freeze on the Russian's "
         "assets.", {(EAS, "GBR", "RUS", A)}),
        ("Analysts said Russia had expelled two British diplomats.",
         {(EXP, "RUS", "GBR", A)}),
        ("The columnist wrote that Ottawa had expelled six Indian diplomats.",
         {(EXP, "CAN", "IND", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "national_goods_ban": [
        "The airline lifted its ban on passengers from Lebanon.",
        "The supermarket chain lifted its suspension of Lithuanian beer imports.",
        "Police lifted the ban on German goods trucks after the storm.",
        "Saudi Arabia lifted its ban on fruit from Lebanon after the fruit fly outbreak ended.",
    ],
    "dateline_description": [
        "RIYADH - The kingdom hosted a football tournament on Sunday.",
        "MANAMA - The kingdom's central bank lifted its ban on crypto trading.",
        "RIYADH - The kingdom opened a new stadium on Sunday.",
    ],
    "unlisted_bodies": [
        "Kiribati left the World Economic Forum early after a speech.",
        "Kenya's delegation left the Africa Climate Forum early.",
        "The minister left the forum after two hours.",
    ],
    "brothers_in_a_capital": [
        "Jordan stands with its brothers in Gaza, the king said.",
        "The striker said he stands by his brothers in the dressing room.",
        "Algeria stands with its brothers in the Sahel.",
    ],
    "inner_capital_name": [
        "eBay banned sales of Russian caviar.",
        "iPhone sales to Russia were halted by Apple.",
        "eBay severed ties with a Chinese supplier.",
    ],
    "until_a_day_to_leave": [
        "Tourists have until Friday to leave Lithuania before the storm.",
        "The Belarusian team has until Sunday to quit Lithuania.",
        "Two Russian diplomats have until Friday to leave the building.",
    ],
    "ordered_out_of_a_state": [
        "The coach ordered the Spanish referee to leave the pitch.",
        "The company ordered its Nigerian staff to leave Niger.",
        "The club ordered the French striker to leave the stadium.",
    ],
    "weighing_whether": [
        "Analysts are debating whether China will impose sanctions on Lithuania.",
        "China is studying whether Lithuania broke the rules.",
        "Kenya is deciding whether to recall its ambassador from Kampala.",
    ],
    "bans_people_face": [
        "Travellers from Brazil could face visa bans during the outbreak.",
        "Tourists could face visa bans if they overstay.",
        "Brazilian fans could face travel bans after the riot, UEFA said.",
    ],
    "committee_list": [
        "After the sanctions vote, the club removed a Brazilian striker from its list of "
        "players.",
        "The sanctions committee published its list of meetings for the year.",
        "The committee added two Libyan dishes to its list of recipes.",
    ],
    "shipped_in_breach": [
        "The club sold its striker to Spain in breach of FIFA's transfer embargo.",
        "The striker moved to Spain in breach of the league's transfer embargo.",
        "A publisher sent the book to Canada in breach of a news embargo.",
    ],
    "mission_to_embassy_level": [
        "The company raised its mission budget to a record level.",
        "Oman raised security at its embassy to the highest level.",
        "The UN raised its peacekeeping mission in Haiti to full strength.",
    ],
    "observer_reports_past": [
        "Analysts say Russia could expel more diplomats.",
        "Lawyers say Britain could release Afghanistan's frozen reserves if the court agrees.",
        "Analysts say the EU will lift sanctions on Syria.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

# What a ruling or deal "could pave the way for" someone to do is made possible, not
# done or planned: hypothetical, not counted.
MADE_POSSIBLE: list[tuple[str, tuple]] = [
    ("Lawyers say the ruling could pave the way for London to delist a Russian timber "
     "tycoon", (EAS, "GBR", "RUS", H)),
    ("The ruling could clear the way for London to lift sanctions on Syria.",
     (EAS, "GBR", "SYR", H)),
    ("The deal opens the door for Washington to ease sanctions on Caracas.",
     (EAS, "USA", "VEN", H)),
]


@pytest.mark.parametrize(("text", "made_possible"), MADE_POSSIBLE)
def test_what_is_made_possible_is_hypothetical(nlp, text, made_possible):
    assert made_possible in all_codings(nlp, text)
    assert flagged_texts(nlp, [text]) == []

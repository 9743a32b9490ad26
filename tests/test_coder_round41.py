"""Round 41 of the event coder (0.23.14), from a blind batch of markets, energy and
shipping press and of live blogs, news tickers and officials' posts (eval/dev.jsonl
dw-d-5304 ... dw-d-5503). All-capitals alerts ("PAKISTAN RECALLS AMBASSADOR FROM KABUL
FOR CONSULTATIONS AFTER BORDER CLASHES – FOREIGN OFFICE") were nothing: every word was
kept as an acronym, and a long capital run before a dash was taken for a dateline
(dw-d-5424, dw-d-5413, dw-d-5500). Goods banned by where they come from or go to ("bans
tomatoes and apples from Azerbaijan", "Russian, Belarusian Grain Imports", "exports of
Colombian coal to Israel") were nothing (dw-d-5322, dw-d-5364, dw-d-5400, dw-d-5388), and
so was a suspension of shipments "from" a state ended (dw-d-5493's form) and "threatens
penalties on Emirati firms" (dw-d-5308); relations coordinated with another noun
("suspends commercial flights and diplomatic relations with Panama") were nothing
(dw-d-5475); "the Russian consular office in Narva" was no mission (dw-d-5456);
"Washington 'stands ready' to sanction Chinese banks" was an imposition (dw-d-5478); tankers
added "to its list of Russia's shadow fleet" were nothing (dw-d-5379).
Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EXP, REC, RES = "impose_sanctions", "expel_diplomats", "recall_envoy", "restore_relations"
EAS, THR, SEV = "ease_sanctions", "threaten_sanctions", "sever_relations"
A = "asserted"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # all-capitals alerts: names get their capital, the rest is lower-cased
    "all_capitals_alerts": [
        ("PAKISTAN RECALLS AMBASSADOR FROM KABUL FOR CONSULTATIONS AFTER BORDER CLASHES – "
         "FOREIGN OFFICE", {(REC, "PAK", "AFG", A)}),
        ("Ticker: BELGRADE PULLS AMBASSADOR FROM PODGORICA OVER RESOLUTION VOTE",
         {(REC, "SRB", "MNE", A)}),
        ("URGENT: ARGENTINA REOPENS EMBASSY IN CARACAS, NAMES CHARGÉ D'AFFAIRES – FOREIGN "
         "MINISTRY", {(RES, "ARG", "VEN", A)}),
        ("ANKARA RECALLS ENVOY FROM TEL AVIV OVER GAZA STRIKES", {(REC, "TUR", "ISR", A)}),
        ("FLASH: BAMAKO EXPELS FRENCH AMBASSADOR", {(EXP, "MLI", "FRA", A)}),
        ("US SANCTIONS IRAN OIL MINISTER", {(IMP, "USA", "IRN", A)}),
    ],
    # goods banned by where they come from or go to
    "goods_banned_by_origin": [
        ("Latvia Bans Russian, Belarusian Grain Imports",
         {(IMP, "LVA", "RUS", A), (IMP, "LVA", "BLR", A)}),
        ("Russia bans tomatoes and apples from Azerbaijan.", {(IMP, "RUS", "AZE", A)}),
        ("Tanzania bans farm produce from Malawi and South Africa in retaliation.",
         {(IMP, "TZA", "MWI", A), (IMP, "TZA", "ZAF", A)}),
        ("Bogota bars exports of Colombian coal to Israel under Petro's decree",
         {(IMP, "COL", "ISR", A)}),
    ],
    # a suspension of imports or shipments "from" a state ended
    "suspension_of_imports_ended": [
        ("China ends its suspension of seafood imports from Japan.",
         {(EAS, "CHN", "JPN", A)}),
        ("Beijing lifted its suspension of shipments from Japan.", {(EAS, "CHN", "JPN", A)}),
        ("Moscow ended the suspension of wine imports from Georgia.",
         {(EAS, "RUS", "GEO", A)}),
    ],
    # penalties threatened or imposed on a state's firms
    "penalties_on_a_states_firms": [
        ("Washington threatens penalties on Emirati firms blending Iranian crude.",
         {(THR, "USA", "ARE", "threat")}),
        ("Britain imposed penalties on Russian banks.", {(IMP, "GBR", "RUS", A)}),
        ("The EU announced penalties on Chinese firms.", {(IMP, "EU", "CHN", A)}),
    ],
    # relations coordinated with another noun share its verb
    "relations_beside_another_noun": [
        ("Venezuela suspends flights and diplomatic relations with Panama.",
         {(SEV, "VEN", "PAN", A)}),
        ("Bolivia cut air links and diplomatic relations with Israel.",
         {(SEV, "BOL", "ISR", A)}),
        ("Ecuador restored flights and diplomatic relations with Venezuela.",
         {(RES, "ECU", "VEN", A)}),
        ("Colombia cut trade and diplomatic ties with Israel.", {(SEV, "COL", "ISR", A)}),
    ],
    # a "consular office" is a mission
    "consular_office": [
        ("Tallinn is shutting down the Russian consular office in Narva.",
         {(EXP, "EST", "RUS", A)}),
        ("Estonia closes the Russian consular office in Narva.", {(EXP, "EST", "RUS", A)}),
        ("Japan reopened its consular office in Kabul.", {(RES, "JPN", "AFG", A)}),
    ],
    # readiness in quotes: the infinitive hung on the verb, not on "ready"
    "quoted_readiness": [
        ("The Treasury Secretary warned Beijing that Washington 'stands ready' to sanction "
         "Chinese banks.", {(THR, "USA", "CHN", "threat")}),
        ("Washington \"stands ready\" to sanction Chinese banks.",
         {(THR, "USA", "CHN", "threat")}),
        ("Brussels is 'ready' to impose new sanctions on Minsk.",
         {(THR, "EU", "BLR", "threat")}),
    ],
    # ships added to a list of a state's "shadow fleet" (pre-filter too)
    "shadow_fleet_list": [
        ("EU adds 45 tankers to its list of Russia's shadow fleet.", {(IMP, "EU", "RUS", A)}),
        ("Britain added 30 vessels to its list of the Russian shadow fleet.",
         {(IMP, "GBR", "RUS", A)}),
        ("Canada adds 12 tankers to its list of Iran's shadow fleet.",
         {(IMP, "CAN", "IRN", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "all_capitals_alerts": [
        "FIFA SANCTIONS ARGENTINA OVER FAN CHANTS",
        "CHELSEA CUTS TIES WITH RUSSIAN SPONSOR",
        "PAKISTAN BEAT AFGHANISTAN BY SIX WICKETS IN LAHORE",
        "TOYOTA RECALLS 300,000 CARS IN CHINA OVER AIRBAG FAULT",
    ],
    "goods_banned_by_origin": [
        "The farm bans apples from its orchard.",
        "Kenya bans plastic bags from supermarkets.",
        "The city banned trucks from Malawi.",
        "India bans wheat exports.",
    ],
    "suspension_of_imports_ended": [
        "Boeing ended its suspension of shipments from Japan.",
        "The port ended its suspension of shipments from the north.",
        "China ends its suspension of the football league.",
    ],
    "penalties_on_a_states_firms": [
        "The league threatens penalties on Brazilian clubs.",
        "The referee announced penalties against the Spanish side.",
        "The court imposed penalties on the firm.",
    ],
    "relations_beside_another_noun": [
        "The airline suspended flights and relations with its unions.",
        "Peru discussed flights and diplomatic relations with Chile.",
        "The club cut prices and ties with its sponsors.",
        "Israel and Lebanon renewed talks on a troop pullback and their future relations.",
    ],
    "consular_office": [
        "The consular section in Kabul reopened for visas.",
        "Estonia closed its consular office in Narva for the holidays.",
        "The consular office raised its visa fees for Russian citizens.",
        "The ministry will leave only a consular office open in the capital.",
    ],
    "quoted_readiness": [
        "The team 'stands ready' to sanction players who miss training.",
        "Analysts are 'ready' to downgrade Russian banks.",
        "The coach said the squad is 'ready' to fight for the title.",
    ],
    "shadow_fleet_list": [
        "The navy added two frigates to its list of the fleet's ships.",
        "Analysts added Russia's shadow fleet to their list of risks.",
        "Iran's shadow fleet grew to 400 tankers.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

"""Round 37 of the event coder (0.23.8), from a blind batch of sanctions-compliance and
legal trade press and of spoken and parliamentary text (eval/dev.jsonl dw-d-4504 ...
dw-d-4703). "Norway aligns with the EU's 19th package" and "the latest EU listings
against Iranian drone suppliers" named no measure (dw-d-4580, dw-d-4596); OFSI, FCDO,
DFAT, SECO, MFAT and other offices compliance alerts name by acronym were no actors
(dw-d-4551, dw-d-4557); "designates Colombian and Mexican nationals" and "15 North Korean
IT workers" were no listed parties (dw-d-4531, dw-d-4565); "issued General License 8P,
authorizing certain transactions involving Petróleos de Venezuela" and "a general trade
licence allowing British firms to supply aircraft spare parts to Syria's national
carrier" were no easing (dw-d-4321, dw-d-4602); "removed two Russian nationals from the
SDN List" passed no pre-filter; "the Office of Trade Sanctions Implementation" was read as
sanctions (dw-d-4602). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS = "impose_sanctions", "ease_sanctions"
A = "asserted"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a package or listings named without the word sanction
    "packages_and_listings": [
        ("Norway aligns with the EU's 19th package, transposing the new listings of Russian "
         "banks into Norwegian law from Friday.", {(IMP, "NOR", "RUS", A),
                                                   (IMP, "EU", "RUS", "reference")}),
        ("Podgorica aligns with the latest EU listings against Iranian drone suppliers, the "
         "government said.", {(IMP, "MNE", "IRN", A), (IMP, "EU", "IRN", "reference")}),
        ("Norway adopted the EU's latest package against Russia in full on Friday.",
         {(IMP, "NOR", "RUS", A), (IMP, "EU", "RUS", "reference")}),
    ],
    # sanctions and foreign-affairs offices by acronym
    "offices_by_acronym": [
        ("FCDO designates 20 tankers of Russia's shadow fleet.", {(IMP, "GBR", "RUS", A)}),
        ("DFAT imposed travel bans on five Myanmar military officers.",
         {(IMP, "AUS", "MMR", A)}),
        ("SECO froze the assets of nine Iranian officials.", {(IMP, "CHE", "IRN", A)}),
    ],
    # nationals and workers designated
    "nationals_designated": [
        ("OFAC designates Colombian and Mexican nationals tied to CJNG timeshare fraud.",
         {(IMP, "USA", "COL", A), (IMP, "USA", "MEX", A)}),
        ("The Treasury designated four Lebanese nationals and two Iraqi nationals.",
         {(IMP, "USA", "LBN", A), (IMP, "USA", "IRQ", A)}),
        ("Seoul's finance ministry designates 15 North Korean IT workers and a Chinese front "
         "company in Shenyang.", {(IMP, "KOR", "PRK", A), (IMP, "KOR", "CHN", A)}),
    ],
    # general licences named, and licences to supply
    "general_licences": [
        ("The UK issued a general trade licence allowing British firms to supply aircraft "
         "spare parts to Syria's national carrier.", {(EAS, "GBR", "SYR", A)}),
        ("OFAC issued General License 8P, authorizing certain transactions involving "
         "Petróleos de Venezuela.", {(EAS, "USA", "VEN", A)}),
        ("Treasury issued General License 25, authorizing transactions with Syria's central "
         "bank.", {(EAS, "USA", "SYR", A)}),
    ],
    # the SDN List
    "sdn_list": [
        ("OFAC removed two Russian nationals from the SDN List.", {(EAS, "USA", "RUS", A)}),
        ("OFAC added four Iranian firms to the SDN list.", {(IMP, "USA", "IRN", A)}),
        ("Treasury put three Venezuelan officials on the SDN List.",
         {(IMP, "USA", "VEN", A)}),
    ],
    # a sanctions office's name is no measure
    "sanctions_office_names": [
        ("Separately, the UK's Office of Trade Sanctions Implementation issued a general "
         "trade licence allowing British firms to supply aircraft spare parts to Syria's "
         "national carrier.", {(EAS, "GBR", "SYR", A)}),
        ("OFSI, the Office of Financial Sanctions Implementation, froze the assets of two "
         "Russian oligarchs.", {(IMP, "GBR", "RUS", A)}),
        ("The Office of Financial Sanctions Implementation said Britain lifted its freeze on "
         "the assets of two Syrian banks.", {(EAS, "GBR", "SYR", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "packages_and_listings": [
        "Brussels approved a new aid package for Ukraine.",
        "The 5th package of reforms passed in Kyiv.",
        "Nasdaq reviewed the listings of Chinese firms.",
    ],
    "offices_by_acronym": [
        "FCDO staff held a meeting on Russia.",
        "DFAT published a travel advisory for Myanmar.",
        "SECO cut its growth forecast for Switzerland.",
    ],
    "nationals_designated": [
        "The club designated two French nationals as captains.",
        "Lagos designated four Chinese nationals as honorary citizens.",
        "The firm designated three Indian workers as safety officers.",
    ],
    "general_licences": [
        "The city issued a licence allowing the firm to supply water to Kenya's border towns.",
        "Microsoft issued General License 3 for its software.",
        "The council issued a general licence allowing shops to open on Sundays.",
    ],
    "sdn_list": [
        "The SDN List is published daily.",
        "Compliance teams screen clients against the SDN List.",
        "The SDN List has 12,000 entries.",
    ],
    "sanctions_office_names": [
        "The Office of Financial Sanctions Implementation published its annual review.",
        "Staff of the Sanctions Enforcement Unit met in London.",
        "The Office of Trade Sanctions Implementation opened in 2024.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


# Coder 0.23.9, from round 38 (dw-d-4704 ... dw-d-4903, the same two styles):
# "designates six Iran-based procurement agents" named no listed party (dw-d-4704); "Five
# Iranian officials hit with targeted financial sanctions and travel bans by Canberra" made
# Iran the one imposing (dw-d-4742).
PHRASINGS_38: dict[str, list[tuple[str, set[tuple]]]] = {
    # agents designated
    "agents_designated": [
        ("Treasury designated six Iranian procurement agents.", {(IMP, "USA", "IRN", A)}),
        ("Treasury designates six Iran-based procurement agents and two UAE front "
         "companies.", {(IMP, "USA", "IRN", A), (IMP, "USA", "ARE", A)}),
        ("OFAC designated two Venezuelan agents of the Maduro government.",
         {(IMP, "USA", "VEN", A)}),
    ],
    # "hit with sanctions by" a state: the by-agent imposes them
    "hit_with_sanctions_by_a_state": [
        ("Five Iranian officials hit with targeted financial sanctions and travel bans by "
         "Canberra over plots against dissidents abroad, DFAT says", {(IMP, "AUS", "IRN", A)}),
        ("Three Russian generals hit with sanctions by Britain over Bucha",
         {(IMP, "GBR", "RUS", A)}),
        ("Two North Korean traders hit with sanctions by Seoul", {(IMP, "KOR", "PRK", A)}),
    ],
}

NEGATIVES_38: dict[str, list[str]] = {
    "agents_designated": [
        "The club designated two travel agents as partners.",
        "Three Russian agents were arrested in Vienna.",
        "The league designated two French agents as official intermediaries.",
    ],
    "hit_with_sanctions_by_a_state": [
        "Three Russian players hit with fines by the federation",
        "Two Brazilian clubs hit with sanctions by FIFA",
        "Four Chinese skaters hit with bans by the ISU",
    ],
}

test_phrasings_38, test_negatives_38, test_every_class_has_negatives_38 = (
    phrasing_table_tests(PHRASINGS_38, NEGATIVES_38))

"""Round 40 of the event coder (0.23.13), from a blind batch of defence and arms-trade
press and of machine-translated text of non-English state media (eval/dev.jsonl
dw-d-5104 ... dw-d-5303). Quitting a body the guide has no code for, told as a noun ("its
departure from the Organisation for the Development of the Senegal River"), or "the G5
Sahel", was nothing (dw-d-5300, dw-d-5282, dw-d-5145); spare parts and deliveries halted
for a state's forces were nothing (dw-d-5104, dw-d-5170); shipments "halted in March over
an unpaid contract dispute" are a supplier's quarrel, not a measure (dw-d-5155); a ban on
arms transfers to a state's armed forces was nothing (dw-d-5106's form); "stands in one
trench with" was nothing (dw-d-5243, dw-d-5213); export licences revoked, restored or
approved again were nothing (dw-d-5183, dw-d-5174, dw-d-5114), and so was a halt or
suspension told as a noun (dw-d-5131, dw-d-5163); an ambassador who "must leave the
Estonian territory" or a nuncio ordered "to abandon the national territory" were nothing
(dw-d-5254, dw-d-5271); parties put "into the sanctions list" were nothing (dw-d-5240).
Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, EXP = "impose_sanctions", "ease_sanctions", "expel_diplomats"
SEV, SUP = "sever_relations", "express_support"
A = "asserted"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # leaving a body, told as a noun, when the guide has no code for the body; "of" owners
    "quit_told_as_noun": [
        ("Mali announces its departure from the Organisation for the Development of the "
         "Senegal River.", {(SEV, "MLI", "UNK", A)}),
        ("Nicaragua concluded its process of withdrawal from the Central American "
         "Integration System.", {(SEV, "NIC", "UNK", A)}),
        ("The cabinet formalised by decree the withdrawal of the Argentine Republic from the "
         "World Health Organization.", {(SEV, "ARG", "WHO", A)}),
        ("Niger and Burkina Faso are pulling out of the G5 Sahel.",
         {(SEV, "NER", "UNK", A), (SEV, "BFA", "UNK", A)}),
        ("Chad quits the G5 Sahel.", {(SEV, "TCD", "UNK", A)}),
    ],
    # spare parts and deliveries halted for a state (its forces)
    "deliveries_halted": [
        ("Indonesia freezes spare-parts deliveries for Myanmar navy's landing ship.",
         {(IMP, "IDN", "MMR", A)}),
        ("Paris froze deliveries of spare parts for the Chadian army's artillery.",
         {(IMP, "FRA", "TCD", A)}),
        ("France halted deliveries of spare parts to Chad.", {(IMP, "FRA", "TCD", A)}),
        ("Germany stopped spare parts to Turkey's tank fleet.", {(IMP, "DEU", "TUR", A)}),
    ],
    # a ban on arms transfers to a state's forces
    "ban_on_supply_to_forces": [
        ("ECOWAS lifted its ban on arms transfers to Sudan's armed forces.",
         {(EAS, "ECOWAS", "SDN", A)}),
        ("Britain imposed a ban on arms sales to the Argentine navy.",
         {(IMP, "GBR", "ARG", A)}),
        ("Germany keeps its ban on arms sales to Saudi Arabia's military.",
         {(IMP, "DEU", "SAU", A)}),
    ],
    # standing idioms of translated state media
    "stands_in_one_trench": [
        ("Oman declares that it stands in one trench with the brotherly Islamic Republic of "
         "Mauritania.", {(SUP, "OMN", "MRT", A)}),
        ("Vietnam always supports and stands side by side with the Lao Party and State.",
         {(SUP, "VNM", "LAO", A)}),
        ("Algeria stands in one trench with Tunisia against terrorism.",
         {(SUP, "DZA", "TUN", A)}),
    ],
    # export licences revoked, restored or approved again; a ministry named by its state
    "licences_revoked_or_restored": [
        ("Italy revoked licences for naval gun parts destined for Egypt.",
         {(IMP, "ITA", "EGY", A)}),
        ("Stockholm restores arms export licences for Ankara.", {(EAS, "SWE", "TUR", A)}),
        ("Wellington will restart approvals of military export licences for Fiji from "
         "January.", {(EAS, "NZL", "FJI", "intent")}),
        ("Ottawa resumed the issuance of export permits to Ankara.",
         {(EAS, "CAN", "TUR", A)}),
        ("Mexico's defence ministry has suspended export permits for ammunition components "
         "bound for Ecuador.", {(IMP, "MEX", "ECU", A)}),
    ],
    # a halt or suspension of exports or licences, told as a noun a state owns or orders
    "halt_told_as_noun": [
        ("The Netherlands ordered a halt to arms exports to Israel.",
         {(IMP, "NLD", "ISR", A)}),
        ("Canada announced a suspension of arms sales to Saudi Arabia.",
         {(IMP, "CAN", "SAU", A)}),
        ("Canada ended the suspension of arms exports to Turkey.", {(EAS, "CAN", "TUR", A)}),
        ("Canada lifted its suspension of export permits for military optics bound for "
         "Turkey on Friday.", {(EAS, "CAN", "TUR", A)}),
    ],
    # envoys who must leave a state's territory, or are ordered to abandon it
    "must_leave_or_abandon": [
        ("Estonia decided that the Belarusian ambassador must leave the Estonian territory "
         "within ten days.", {(EXP, "EST", "BLR", A)}),
        ("The Belarusian ambassador must leave the Estonian territory within ten days, the "
         "ministry said.", {(EXP, "EST", "BLR", A)}),
        ("Nicaragua ordered the Vatican's envoy to abandon the country.",
         {(EXP, "NIC", "VAT", A)}),
        ("Managua ordered the Holy See's nuncio to abandon the national territory.",
         {(EXP, "NIC", "VAT", A)}),
        ("Prague ordered two Russian diplomats to abandon the country within 48 hours.",
         {(EXP, "CZE", "RUS", A)}),
    ],
    # parties put "into" or "in" a sanctions list (translated state media)
    "put_into_sanctions_list": [
        ("Iran put 8 British individuals into its sanctions list.", {(IMP, "IRN", "GBR", A)}),
        ("Japan included 11 Russian firms in its sanctions list.", {(IMP, "JPN", "RUS", A)}),
        ("Iran put 8 individuals and 4 institutions from Britain into the sanctions list.",
         {(IMP, "IRN", "GBR", A)}),
        ("Iran placed seven British officials in its sanctions list.",
         {(IMP, "IRN", "GBR", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "quit_told_as_noun": [
        "Mauritania's army left the G5 Sahel exercise.",
        "Chad's team left the G5 Sahel meeting early.",
        "The minister announced his departure from the Organisation for Economic Cooperation "
        "summit.",
    ],
    "deliveries_halted": [
        "Boeing halts tanker deliveries to the U.S. Air Force after inspectors find cracks.",
        "Red Cross officials suspended aid deliveries in Baghdad on Wednesday.",
        "The United States suspended aid deliveries to Yemen.",
        "Seoul said it had no plans to resume howitzer parts shipments to Ankara, which were "
        "halted in March over an unpaid contract dispute.",
        "Russia halted gas deliveries to Ukraine over a pricing dispute.",
    ],
    "ban_on_supply_to_forces": [
        "The club lifted its ban on transfers to Sudan's league.",
        "The league imposed a ban on player transfers to Spanish clubs.",
        "The factory lifted its ban on sales to the Argentine market.",
    ],
    "stands_in_one_trench": [
        "Kenyan troops fought side by side with Somali forces.",
        "The two leaders stood side by side for a photograph.",
        "Soldiers stood in one trench with their officers.",
    ],
    "licences_revoked_or_restored": [
        "The regulator revoked the licences of two Chinese banks.",
        "The council will restart approvals of building permits for the district.",
        "Madrid restored the licences for two weeks.",
        "The city's transport ministry suspended taxi permits for the airport.",
    ],
    "halt_told_as_noun": [
        "Boeing announced a suspension of deliveries to China.",
        "The port announced a suspension of shipments to Iraq.",
        "The strike forced a halt to exports to China.",
        "Canada announced a suspension of the minister for two weeks.",
    ],
    "must_leave_or_abandon": [
        "The Russian diplomats must abandon their plan.",
        "The ambassador decided that he must leave the Estonian capital.",
        "Estonia decided that the Belarusian team must leave the Estonian territory.",
    ],
    "put_into_sanctions_list": [
        "The firms named in the sanctions list are Russian.",
        "Officials put the Russian proposal into the agenda list.",
        "Iran put 8 British tourists into its hotel list.",
        "The analyst put Iranian exports into her sanctions list of risks.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

"""The event coder 0.23.35: an envoy away from the post told not to come back, a waiver
that lets one state pay another, listings weighed or prepared, the EU Council's release
titles, and the reasons a listing gives. "Told Israel's envoy, who had left Amman weeks
earlier, not to return" expels the envoy as surely as an order to leave; "renewed a waiver
that lets Iraq pay Iran for electricity" eases the sanctions aimed at the state paid (Iran:
the guide's "aimed at another state", as most dev records label it), by the state that
renews it; "is weighing designations of Chinese teapot refiners" threatens the state of
the parties to be listed, as "is weighing sanctions on" does; "Nicaragua: Council lists
three more officials ..." is the EU's listing of that state's officials, whether or not
the release names the EU again; and what listed parties did ("for supporting Russia's war",
"for buying Iranian crude") is neither the lister's support nor its target. An organisation
named and then described ("notified the World Health Organization ... that it was leaving
the body") is the one left; and an act only hinted at ("have hinted at leaving the bloc")
is a guess, not a plan (a hinted sanction stays a threat). Found among the dev misses (and
two false alarms) where the coder built no candidate at all. Sentences are written for
these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests, uncounted_table_test

EXP, EAS, IMP = "expel_diplomats", "ease_sanctions", "impose_sanctions"
THR = "threaten_sanctions"
SEV = "sever_relations"
A, INT, T, H = "asserted", "intent", "threat", "hypothetical"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # another state's envoy, told or asked to stay away from the post
    "envoy_told_not_to_return": [
        ("Pakistan told the Iranian envoy not to return to Islamabad.",
         {(EXP, "PAK", "IRN", A)}),
        ("Lithuania instructed the Chinese ambassador not to come back to Vilnius.",
         {(EXP, "LTU", "CHN", A)}),
        ("Pakistan asked Afghanistan's charge d'affaires, who is in Kabul for talks, not "
         "to return.", {(EXP, "PAK", "AFG", A)}),
        ("AMMAN - Jordan recalled its ambassador from Israel and told Israel's envoy, who "
         "had left Amman weeks earlier, not to return, the foreign ministry said.",
         {("recall_envoy", "JOR", "ISR", A), (EXP, "JOR", "ISR", A)}),
    ],
    # a waiver that lets anyone pay a state, or buy from it: eased towards that state
    "waiver_lets_pay_a_state": [
        ("Washington renews a waiver letting Iraq pay Iran for electricity.",
         {(EAS, "USA", "IRN", A)}),
        ("The State Department renewed a waiver on Friday that lets Iraq pay Iran for "
         "electricity imports, a spokesman said.", {(EAS, "USA", "IRN", A)}),
        ("The United States issued a waiver on Tuesday allowing Iraq to keep paying Iran "
         "for electricity imports for another 120 days.", {(EAS, "USA", "IRN", A)}),
        ("The State Department extended for 120 days the exemption that lets Baghdad pay "
         "Tehran for power.", {(EAS, "USA", "IRN", A)}),
        ("Washington granted a waiver letting India buy oil from Iran.",
         {(EAS, "USA", "IRN", A)}),
        ("Washington will renew the waiver that lets Iraq pay Iran for electricity, "
         "officials said.", {(EAS, "USA", "IRN", INT)}),
        # a refusal to renew keeps the measure (the guide: a refusal to lift maintains it)
        ("Washington refused to renew the waiver that lets Iraq pay Iran for electricity.",
         {(IMP, "USA", "IRN", A)}),
    ],
    # designations or listings (plural) weighed, prepared or drawn up: a threat
    "listings_weighed_or_prepared": [
        ("Treasury is weighing designations of Chinese teapot refiners that buy Iranian "
         "crude.", {(THR, "USA", "CHN", T)}),
        ("EU ambassadors prepared listings of 25 Belarusian officials over the transfer of "
         "Ukrainian children.", {(THR, "EU", "BLR", T)}),
        ("Australia weighs Magnitsky listings of Cambodian tycoons over scam compounds",
         {(THR, "AUS", "KHM", T)}),
        ("WASHINGTON - The administration is drawing up Global Magnitsky designations "
         "against Cambodian tycoons, a senior State Department official said.",
         {(THR, "USA", "KHM", T)}),
        ("Britain is considering designations of Georgian officials over the crackdown.",
         {(THR, "GBR", "GEO", T)}),
    ],
    # "<State>: Council <acts>": an EU Council release title; the label is the target
    "council_release_lists": [
        ("Guatemala: Council lists five individuals for undermining democracy. The persons "
         "designated today are subject to an asset freeze and an EU travel ban.",
         {(IMP, "EU", "GTM", A)}),
        ("Nicaragua: Council lists three more officials of the Ortega-Murillo government "
         "over repression of religious groups", {(IMP, "EU", "NIC", A)}),
        ("Belarus: Council lists 25 officials over the transfer of Ukrainian children",
         {(IMP, "EU", "BLR", A)}),
    ],
    # support the listed parties are charged with is not the lister's
    "support_charged_to_listed": [
        ("The EU imposed sanctions on Belarusian officials for supporting Russia's war.",
         {(IMP, "EU", "BLR", A)}),
        ("The EU extended the asset freezes on 261 Belarusian individuals responsible for "
         "supporting Russia's war.", {(IMP, "EU", "BLR", A)}),
        ("Belarus: Council prolongs restrictive measures for a further year. The Council "
         "decided to extend the asset freezes against 261 individuals responsible for "
         "repression and for supporting Russia's war of aggression.",
         {(IMP, "EU", "BLR", A)}),
        ("Canada froze the assets of Iranian officials for supporting Russia's war.",
         {(IMP, "CAN", "IRN", A)}),
        ("The EU listed 20 Iranian entities for supporting Russia's drone programme.",
         {(IMP, "EU", "IRN", A)}),
    ],
    # a state named in the reason for a listing ("for buying Iranian crude") is no target
    "reason_gerund_not_target": [
        ("U.S. blacklists Uzbek firms over drone parts. The Commerce Department added "
         "eleven companies to its entity list on Tuesday for supplying components that "
         "ended up in Russian drones.", {(IMP, "USA", "UZB", A)}),
        ("Washington sanctions Chinese refiners. The Treasury added three refiners to its "
         "sanctions list in March for buying Iranian crude.", {(IMP, "USA", "CHN", A)}),
        ("Britain sanctions Turkish shippers. London added four firms to its sanctions list "
         "on Monday for carrying Russian oil.", {(IMP, "GBR", "TUR", A)}),
        ("Japan blacklists Emirati traders. Tokyo added five companies to its list of "
         "sanctioned entities on Friday for selling Iranian oil.", {(IMP, "JPN", "ARE", A)}),
    ],
    # "the bloc", "the body": the organisation named last before it
    "quit_described_body": [
        ("Argentina formalises WHO exit. Buenos Aires notified the World Health "
         "Organization on Monday that it was leaving the body.", {(SEV, "ARG", "WHO", A)}),
        ("ECOWAS leaders met in Abuja. Mali formally left the bloc in January.",
         {(SEV, "MLI", "ECOWAS", A)}),
        ("So the Sahel states are out of ECOWAS for good? Mali, Niger and Burkina Faso "
         "formally left the bloc in January.", {(SEV, "MLI", "ECOWAS", A),
                                                (SEV, "NER", "ECOWAS", A),
                                                (SEV, "BFA", "ECOWAS", A)}),
        ("Nicaragua denounced the OAS Charter in 2021. Managua completed its withdrawal from "
         "the body on Sunday.", {(SEV, "NIC", "OAS", A)}),
    ],
}

# An act hinted at is coded, as a guess (uncounted); a hinted sanction is a threat.
UNCOUNTED: list[tuple[str, tuple]] = [
    ("Guinea hinted at cutting ties with Mali.", (SEV, "GIN", "MLI", H)),
    ("Washington hinted at easing sanctions on Caracas.", (EAS, "USA", "VEN", H)),
    ("Managua has hinted at expelling the Spanish ambassador.", (EXP, "NIC", "ESP", H)),
]

NEGATIVES: dict[str, list[str]] = {
    "envoy_told_not_to_return": [
        "Pakistan told the Iranian envoy to return to Islamabad.",
        "The coach told the Iranian striker not to return to training.",
        "Pakistan told the Iranian envoy not to worry about the visa delays.",
    ],
    "waiver_lets_pay_a_state": [
        "The IMF granted a waiver that lets Argentina pay its debts later.",
        "The club renewed a waiver letting its captain pay the fine.",
        "The Treasury let the waiver that allows Iraq to pay Iran expire.",
        "Iraq renewed the contract that lets it pay Iran for gas.",
    ],
    "listings_weighed_or_prepared": [
        "The exchange is preparing listings of Chinese firms in Hong Kong.",
        "Washington is not preparing designations of Salvadoran officials.",
        "The agency is weighing designations of Chinese heritage sites.",
        "The club weighed designations of new officers for the season.",
    ],
    "council_release_lists": [
        "Cuba: Council lists three films for the festival.",
        "Bristol: Council lists three parks for sale.",
        "Brussels: Council lists three officials for the summit delegation.",
    ],
    "support_charged_to_listed": [
        "Officials responsible for supporting Ukraine's bid resigned.",
        "The ministry is responsible for supporting exporters to China.",
        "The agency was set up for supporting Ukrainian refugees.",
    ],
    "reason_gerund_not_target": [
        "The firm was fined for supplying parts to Russian buyers.",
        "The club was fined for fielding a Russian player.",
        "The court jailed two Turkish smugglers for shipping drone parts to Russia.",
    ],
    "quit_described_body": [
        "NATO met in Brussels. Hungary left the body of the soldier at the base.",
        "ECOWAS leaders met in Abuja. The delegates left the bloc's headquarters at noon.",
        "The WHO opened a clinic in Kabul. Doctors left the agency after a pay dispute.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)
test_uncounted = uncounted_table_test(UNCOUNTED)

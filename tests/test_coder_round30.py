"""Round 30 of the event coder (0.23.1), from two more blind batches (eval/dev.jsonl
dw-d-3105 ... dw-d-3304: feed items of national outlets of Europe, the Middle East, Asia
and Africa, and wire copy of any year since 2000). "Tirana orders two Russian envoys
home" was Albania's recall (dw-d-3126); "mothballs its Tehran embassy" and "a Malagasy
embassy counsellor" were nothing (dw-d-3171, dw-d-3250); "its export control list" and
"Magnitsky list" were no sanctions lists (dw-d-3266, dw-d-3203); "Managua pulls out of FAO"
and "pull out of the Commonwealth of Independent States" were no exits (dw-d-3177,
dw-d-3284); "an EU-wide visa ban" made the EU its owner (dw-d-3196); "Israel to shut Dublin
embassy" expelled Ireland's (dw-d-3145); "G7 pledges to keep Russian sovereign assets
immobilised" was nothing (dw-d-3109). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EASE, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
E, R, SEV, RES, SUP = ("expel_diplomats", "recall_envoy", "sever_relations",
                       "restore_relations", "express_support")
A, INT, T = "asserted", "intent", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # another state's envoys ordered or sent home are expelled
    "other_states_envoys_sent_home": [
        ("Tirana orders two Russian envoys home over drone plot.", {(E, "ALB", "RUS", A)}),
        ("Tirana orders two Russian envoys home over drone plot; Moscow vows 'mirror' "
         "answer.", {(E, "ALB", "RUS", A)}),
        ("Albania ordered two Russian envoys home on Friday.", {(E, "ALB", "RUS", A)}),
    ],
    # a mission mothballed is closed
    "mothballed_missions": [
        ("Oslo gives Iran's ambassador 48 hours to go, mothballs its Tehran embassy.",
         {(E, "NOR", "IRN", A), (SEV, "NOR", "IRN", A)}),
        ("Norway mothballed its embassy in Tehran on Monday.", {(SEV, "NOR", "IRN", A)}),
        ("Denmark will mothball its embassy in Kabul, the foreign ministry said.",
         {(SEV, "DNK", "AFG", INT)}),
    ],
    # an embassy counsellor is a diplomat
    "embassy_counsellors": [
        ("Paris replied hours later by ordering a Malagasy embassy counsellor to leave "
         "France.", {(E, "FRA", "MDG", A)}),
        ("Russia told an Estonian embassy counsellor on Wednesday to leave within a week.",
         {(E, "RUS", "EST", A)}),
        ("Poland expelled a Belarusian embassy counselor.", {(E, "POL", "BLR", A)}),
    ],
    # members of a state's mission
    "members_of_a_states_mission": [
        ("NATO has withdrawn the accreditation of eight members of Russia's mission to the "
         "alliance.", {(E, "NATO", "RUS", A)}),
        ("Vienna ordered two members of Iran's mission to leave Austria.",
         {(E, "AUT", "IRN", A)}),
        ("Vienna expelled three members of Russia's mission to the OSCE.",
         {(E, "AUT", "RUS", A)}),
    ],
    # export control lists and Magnitsky lists are sanctions lists
    "control_and_magnitsky_lists": [
        ("China added 28 American defence firms to its export control list on Thursday.",
         {(IMP, "CHN", "USA", A)}),
        ("Canada added five Russian officials to its Magnitsky list.",
         {(IMP, "CAN", "RUS", A)}),
        ("Washington ends Zimbabwe sanctions programme but keeps 11 officials on Magnitsky "
         "list.", {(EASE, "USA", "ZWE", A), (IMP, "USA", "ZWE", A)}),
    ],
    # bodies pulled out of, named by acronym or in full
    "unlisted_bodies_pulled_out_of": [
        ("Managua pulls out of FAO.", {(SEV, "NIC", "UNK", A)}),
        ("Kazakhstan will pull out of the Commonwealth of Independent States by the end of "
         "next year, the foreign ministry said.", {(SEV, "KAZ", "UNK", INT)}),
        ("Nicaragua quit the ILO on Monday.", {(SEV, "NIC", "UNK", A)}),
    ],
    # support restated or repeated
    "restated_backing": [
        ("Uruguay's foreign minister restated on Thursday his government's backing for "
         "Argentina's sovereignty claim over the Falkland Islands.", {(SUP, "URY", "ARG", A)}),
        ("Cairo repeated its support for the Sudanese government.", {(SUP, "EGY", "SDN", A)}),
        ("Madrid restated its backing for Morocco's autonomy plan.",
         {(SUP, "ESP", "MAR", A)}),
    ],
    # what others call for a state to do is no act of that state
    "calls_of_others_to_act": [
        ("Paraguayan President Santiago Pena said on Friday that his country stood 'firmly "
         "and forever' with Taiwan, brushing aside calls from soybean farmers to switch ties "
         "to Beijing.", {(SUP, "PRY", "TWN", A)}),
        ("Honduras ignored calls from exporters to restore ties with Taiwan.", set()),
        ("Bogota dismissed demands from students to cut ties with Israel.", set()),
    ],
    # "EU-wide" tells a measure's reach, not its owner
    "wide_reach_not_owner": [
        ("Tallinn presses for EU-wide visa ban on Russian tourists.",
         {(THR, "EST", "RUS", T)}),
        ("Finland called for an EU-wide visa ban on Russian tourists.",
         {(THR, "FIN", "RUS", T)}),
        ("Warsaw pushes for EU-wide ban on Belarusian imports.", {(THR, "POL", "BLR", T)}),
    ],
    # "pledges to keep assets immobilised": the headline verb read as a noun with its
    # actor in front, and the participle parsed three ways
    "kept_immobilised": [
        ("G7 pledges to keep Russian sovereign assets immobilised until Moscow pays for war "
         "damage.", {(IMP, "G7", "RUS", INT)}),
        ("G7 pledges to keep Russian central bank assets immobilised.",
         {(IMP, "G7", "RUS", INT)}),
        ("Britain pledges to keep Russian assets immobilised.", {(IMP, "GBR", "RUS", INT)}),
    ],
    # put "back on" a list
    "put_back_on_list": [
        ("The Cuban government protested on Tuesday against Washington's decision to put "
         "Cuba back on its list of state sponsors of terrorism.", {(IMP, "USA", "CUB", A)}),
        ("The US put North Korea back on its terrorism sponsors list.",
         {(IMP, "USA", "PRK", A)}),
        ("Trump put Cuba back on the list of state sponsors of terrorism.",
         {(IMP, "USA", "CUB", A)}),
    ],
    # a mission named by the city it is in belongs to the actor
    "missions_named_by_city": [
        ("Israel to shut Dublin embassy over Ireland's 'extreme' policies.",
         {(SEV, "ISR", "IRL", INT)}),
        ("Britain closed its Moscow embassy.", {(SEV, "GBR", "RUS", A)}),
        ("Israel will reopen its Ankara embassy.", {(RES, "ISR", "TUR", INT)}),
    ],
    # a report of a plan, dismissed; verb conjuncts of an infinitive share its mode
    "dismissed_reports_of_plans": [
        ("Zambia's foreign affairs ministry dismissed as 'fake news' a report that it planned "
         "to close its consulate in the Western Sahara city and cut ties with Morocco.",
         set()),
        ("Zambia plans to close its consulate and cut ties with Morocco.",
         {(SEV, "ZMB", "MAR", INT)}),
        ("Lusaka dismissed as false a report that it would cut ties with Rabat.", set()),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "other_states_envoys_sent_home": [
        "Tirana ordered its citizens home from Moscow.",
        "The coach sent two Russian players home.",
        "Albania ordered two Russian-made helicopters home from the exhibition.",
    ],
    "mothballed_missions": [
        "Norway mothballed its oil platform off Bergen.",
        "The airline mothballed its Tehran route for the winter.",
        "Denmark mothballed two frigates.",
    ],
    "embassy_counsellors": [
        "The school counsellor was told to leave the meeting.",
        "A Malagasy marriage counsellor left France.",
        "The bank's counsellor was ordered to leave the board.",
    ],
    "members_of_a_states_mission": [
        "Eight members of Russia's mission to Mars were honoured.",
        "Two members of Iran's trade mission visited Vienna.",
        "Members of the club's mission to Brussels left on Friday.",
    ],
    "control_and_magnitsky_lists": [
        "The trade ministry in Tokyo added eleven companies to its export control list.",
        "The club kept Brazil's striker on its transfer list.",
        "Canada added five Russian titles to its reading list.",
    ],
    "unlisted_bodies_pulled_out_of": [
        "The minister pulled out of the FAO conference.",
        "Kazakhstan's champion pulled out of the CIS games.",
        "Nicaragua's delegate left the ILO building early.",
    ],
    "restated_backing": [
        "Uruguay's coach restated his backing for the striker.",
        "The bank repeated its support for the peso.",
        "Fans restated their support for the club's owners.",
    ],
    "calls_of_others_to_act": [
        "Honduras ignored calls from exporters to restore ties with Taiwan.",
        "Farmers renewed calls for Paraguay to switch ties to Beijing.",
        "Students repeated demands to sever relations with Israel.",
    ],
    "wide_reach_not_owner": [
        "Tallinn presses for an EU-wide rail network.",
        "Warsaw pushes for a nationwide ban on fireworks.",
        "Finland called for an EU-wide smoking ban.",
    ],
    "kept_immobilised": [
        "G7 pledges to keep interest rates low.",
        "EU pledges to keep borders open for trade.",
        "Japan pledges to keep its nuclear plants running.",
    ],
    "put_back_on_list": [
        "The club put Cuba's striker back on its transfer list.",
        "The US put Cuba back on its list of top tourist destinations.",
        "UNESCO put Venice back on its watch list.",
    ],
    "missions_named_by_city": [
        "Israel to shut Dublin bakery over rent dispute.",
        "Britain closed its Moscow exhibition early.",
        "The bank will reopen its Ankara branch.",
    ],
    "dismissed_reports_of_plans": [
        "Zambia denied reports it would cut ties with Morocco.",
        "Lusaka dismissed as false a report that it would cut ties with Rabat.",
        "Rabat denied a report that it planned to recall its ambassador from Lusaka.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

"""Round 33 of the event coder (0.23.3), from two more blind batches (eval/dev.jsonl
dw-d-3704 ... dw-d-3903: feed items of specialist and regional desks, and the English
copy of non-Western state and private agencies). "Bamako Severs Ties With Kyiv" and
"Türkiye's ... Israel's decision to revoke the diplomatic status of eight Norwegian
diplomats" were nothing (dw-d-3898, dw-d-3811); "China has decided to take
countermeasures against two Canadian organizations and 20 individuals" was nothing
(dw-d-3822); "China firmly opposes the so-called sanctions announced by the U.S.
Department of the Treasury" was negated (dw-d-3804); "Sri Lanka's cabinet has approved
recalling 29 ambassadors" was a recall (dw-d-3861); "has revoked its earlier decision on
recognising the so-called state of Kosovo" was a recognition (dw-d-3856). Sentences are
written for these tests, besides a few of the agencies' phrasings that recur.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EASE, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
E, R, SEV, RES, SUP = ("expel_diplomats", "recall_envoy", "sever_relations",
                       "restore_relations", "express_support")
A, INT, T, REF = "asserted", "intent", "threat", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # curbs named by the state they are on, eased
    "curbs_named_by_state_eased": [
        ("U.S. eases Venezuela oil curbs, lets Chevron expand output.",
         {(EASE, "USA", "VEN", A)}),
        ("Washington eases Iran oil curbs for Iraqi buyers.", {(EASE, "USA", "IRN", A)}),
        ("EU relaxes Belarus potash curbs.", {(EASE, "EU", "BLR", A)}),
    ],
    # a mission ordered shut, the participle hung on another verb
    "ordered_shut_with_the_participle_elsewhere": [
        ("Beijing answered on Friday by ordering the U.S. consulate in Chengdu shut.",
         {(E, "CHN", "USA", A)}),
        ("Beijing responded by ordering the U.S. consulate in Chengdu closed.",
         {(E, "CHN", "USA", A)}),
        ("Moscow retaliated on Monday by ordering the Polish consulate in Irkutsk closed.",
         {(E, "RUS", "POL", A)}),
    ],
    # the guide's organisations named in full, quit
    "organisations_named_in_full": [
        ("The heads of state confirmed that Niger, Mali and Burkina Faso were leaving the "
         "Economic Community of West African States without delay.",
         {(SEV, "NER", "ECOWAS", A), (SEV, "MLI", "ECOWAS", A), (SEV, "BFA", "ECOWAS", A)}),
        ("Qatar will leave the Gulf Cooperation Council, its emir said.",
         {(SEV, "QAT", "GCC", INT)}),
        ("Myanmar quit the Association of Southeast Asian Nations on Monday.",
         {(SEV, "MMR", "ASEAN", A)}),
    ],
    # an emirate recognised is its state
    "emirates_recognised": [
        ("Russia has officially recognised the Islamic Emirate of Afghanistan, becoming the "
         "first country to do so.", {(RES, "RUS", "AFG", A)}),
        ("Belarus recognised the Islamic Emirate of Afghanistan on Tuesday.",
         {(RES, "BLR", "AFG", A)}),
        ("China will recognise the Islamic Emirate of Afghanistan, a spokesman said.",
         {(RES, "CHN", "AFG", INT)}),
    ],
    # "severs ties" read with "ties" as the verb
    "severs_read_as_a_noun": [
        ("Bamako severs ties with Kyiv over spokesman's remarks", {(SEV, "MLI", "UKR", A)}),
        ("Bamako Severs Ties With Kyiv Over Spokesman's Remarks", {(SEV, "MLI", "UKR", A)}),
        ("Niamey severs ties with Kyiv", {(SEV, "NER", "UKR", A)}),
    ],
    # a headline's subject read as a modifier of its verb
    "headline_subject_read_as_a_modifier": [
        ("Vanuatu backs Beijing's stance on Taiwan in joint statement after Port Vila visit",
         {(SUP, "VUT", "CHN", A)}),
        ("Vanuatu backs Beijing's stance on Taiwan", {(SUP, "VUT", "CHN", A)}),
        ("Nauru backs Beijing's stance on Taiwan", {(SUP, "NRU", "CHN", A)}),
    ],
    # a state's leadership's agenda backed
    "leaderships_backed": [
        ("Kazakh President Kassym-Jomart Tokayev voiced support for the Azerbaijani "
         "leadership's peace agenda.", {(SUP, "KAZ", "AZE", A)}),
        ("Cairo voiced support for the Libyan leadership's plan.", {(SUP, "EGY", "LBY", A)}),
        ("Ankara expressed backing for the Syrian leadership's efforts.",
         {(SUP, "TUR", "SYR", A)}),
    ],
    # headline "Erdogan pledges Ankara's full backing for Baku"
    "headline_pledges_of_backing": [
        ("Erdogan pledges Ankara's full backing for Baku as Caspian pipeline deal is signed",
         {(SUP, "TUR", "AZE", A)}),
        ("Putin pledges Russia's support for Venezuela", {(SUP, "RUS", "VEN", A)}),
        ("Xi pledges China's backing for Pakistan", {(SUP, "CHN", "PAK", A)}),
    ],
    # warned "on Monday of sanctions", the measure hung on the day
    "warned_on_a_day_of_sanctions": [
        ("ECOWAS warned Guinea-Bissau's junta on Monday of sanctions if the presidential "
         "vote slips.", {(THR, "ECOWAS", "GNB", T)}),
        ("The EU warned Georgia's government on Friday of sanctions.",
         {(THR, "EU", "GEO", T)}),
        ("Washington warned Caracas on Tuesday of new sanctions.",
         {(THR, "USA", "VEN", T)}),
    ],
    # goods bound for a state: where they go, no reason
    "goods_bound_for": [
        ("Seoul Slaps Export Ban On Machine Tools Bound For Russia", {(IMP, "KOR", "RUS", A)}),
        ("Seoul slaps export ban on machine tools bound for Russia", {(IMP, "KOR", "RUS", A)}),
        ("Tokyo imposed an export ban on chip tools bound for Russia.",
         {(IMP, "JPN", "RUS", A)}),
    ],
    # a state's passport holders banned; "Maldives to ban" read as a noun and a clause
    "passport_holders_banned": [
        ("Maldives To Ban Israeli Passport Holders, President's Office Says",
         {(IMP, "MDV", "ISR", INT)}),
        ("Maldives to ban Israeli passport holders", {(IMP, "MDV", "ISR", INT)}),
        ("The Maldives banned Israeli passport holders from entering.",
         {(IMP, "MDV", "ISR", A)}),
    ],
    # countermeasures on a state's people or firms
    "countermeasures_on_people": [
        ("China has decided to take countermeasures against two Canadian organizations and "
         "20 individuals, the Ministry of Foreign Affairs announced on Sunday.",
         {(IMP, "CHN", "CAN", A)}),
        ("China imposed countermeasures on two Canadian organizations.",
         {(IMP, "CHN", "CAN", A)}),
        ("China took countermeasures against three American firms.",
         {(IMP, "CHN", "USA", A)}),
    ],
    # entry stop-lists and lists of persons banned from entering
    "entry_lists": [
        ("The Russian Foreign Ministry has put 235 Australian nationals on its entry "
         "stop-list.", {(IMP, "RUS", "AUS", A)}),
        ("Belarus has added 25 Lithuanian lawmakers and officials to its list of persons "
         "banned from entering the country.", {(IMP, "BLR", "LTU", A)}),
        ("Moscow added 500 Americans to its stop list.", {(IMP, "RUS", "USA", A)}),
    ],
    # a step taken against another's measures names them as in place
    "steps_against_measures": [
        ("The Russian Foreign Ministry has put 235 Australian nationals on its entry "
         "stop-list as a retaliatory step against Canberra's restrictive measures on "
         "Russian citizens and entities.", {(IMP, "RUS", "AUS", A), (IMP, "AUS", "RUS", REF)}),
        ("Beijing barred three Lithuanian officials as a step against Vilnius's sanctions on "
         "Chinese firms.", {(IMP, "CHN", "LTU", A), (IMP, "LTU", "CHN", REF)}),
        ("Moscow barred 20 Japanese officials from entering Russia in a step against Tokyo's "
         "sanctions on Russian banks.", {(IMP, "RUS", "JPN", A), (IMP, "JPN", "RUS", REF)}),
    ],
    # "the decision of the United States to lift ...": the state named in the of-phrase
    "decision_of_a_state": [
        ("The Kingdom of Saudi Arabia welcomed the decision of the United States to lift "
         "the sanctions imposed on Syria.", {(EASE, "USA", "SYR", A), (IMP, "USA", "SYR", REF)}),
        ("The decision of Spain to recall its ambassador from Caracas angered Maduro.",
         {(R, "ESP", "VEN", A)}),
        ("The decision of the United States to lift sanctions on Syria was welcomed in "
         "Damascus.", {(EASE, "USA", "SYR", A)}),
    ],
    # many envoys recalled from nowhere named: a reshuffle
    "reshuffles": [
        ("Sri Lanka's cabinet has approved recalling 29 ambassadors and high commissioners "
         "serving overseas who were political appointees of the former government.", set()),
        ("France recalls envoys.", {(R, "FRA", "UNK", A)}),
        ("Niger recalled two ambassadors.", {(R, "NER", "UNK", A)}),
    ],
    # a decision to recognise, revoked or reversed
    "recognition_decisions_revoked": [
        ("The Government of Papua New Guinea has revoked its earlier decision on recognising "
         "the so-called state of Kosovo.", {(SEV, "PNG", "XKX", A)}),
        ("Suriname reversed its decision to recognise Kosovo.", {(SEV, "SUR", "XKX", A)}),
        ("Ghana announced its decision to recognise Kosovo.", {(RES, "GHA", "XKX", A)}),
    ],
    # "its" in the clause of a noun owned by a state is that state's
    "its_in_an_owned_clause": [
        ("Lao Prime Minister Sonexay Siphandone expressed the Lao government's full backing "
         "for Vietnam's efforts to defend its sovereignty.", {(SUP, "LAO", "VNM", A)}),
        ("China said it firmly supports Venezuela's efforts to defend its sovereignty.",
         {(SUP, "CHN", "VEN", A)}),
        ("Egypt expressed full support for Somalia's efforts to defend its territorial "
         "integrity.", {(SUP, "EGY", "SOM", A)}),
    ],
    # opposing sanctions another has announced does not undo them
    "announced_sanctions_opposed": [
        ("China firmly opposes the so-called sanctions announced by the U.S. Department of "
         "the Treasury against 12 Chinese enterprises.", {(IMP, "USA", "CHN", A)}),
        ("China opposes the sanctions announced by Washington against 12 Chinese "
         "enterprises.", {(IMP, "USA", "CHN", A)}),
        ("China firmly opposes US sanctions on Chinese firms.", {(IMP, "USA", "CHN", REF)}),
    ],
    # "unilateral coercive measures" are sanctions
    "coercive_measures": [
        ("Venezuela's foreign minister condemned Washington's unilateral coercive measures "
         "against Venezuela.", {(IMP, "USA", "VEN", REF)}),
        ("Caracas launched a campaign against US coercive measures on Venezuela.",
         {(IMP, "USA", "VEN", REF)}),
        ("Washington imposed new coercive measures on Havana.", {(IMP, "USA", "CUB", A)}),
    ],
    # an economic blockade is an embargo
    "economic_blockades": [
        ("Vietnam's prime minister pledged to keep standing by Cuba, which he said had "
         "endured more than six decades of a U.S. economic blockade.",
         {(SUP, "VNM", "CUB", INT), (IMP, "USA", "CUB", REF)}),
        ("Havana condemned the US economic blockade of Cuba.", {(IMP, "USA", "CUB", REF)}),
        ("Washington tightened its economic blockade of Cuba on Friday.",
         {(IMP, "USA", "CUB", A)}),
    ],
    # ties put on hold are suspended
    "ties_on_hold": [
        ("Guatemala has put its ties with Nicaragua on hold.", {(SEV, "GTM", "NIC", A)}),
        ("Paraguay put diplomatic relations with Venezuela on hold on Monday.",
         {(SEV, "PRY", "VEN", A)}),
        ("Rabat will put its ties with Berlin on hold, the ministry said.",
         {(SEV, "MAR", "DEU", INT)}),
    ],
    # the number of another state's diplomats reduced
    "number_of_diplomats_reduced": [
        ("Kuwait has decided to reduce the number of Iranian diplomats accredited to the "
         "State of Kuwait to four.", {(E, "KWT", "IRN", A)}),
        ("Prague cut the number of Russian diplomats at the embassy to five.",
         {(E, "CZE", "RUS", A)}),
        ("Chisinau will limit the number of Russian diplomats in Moldova to 25.",
         {(E, "MDA", "RUS", INT)}),
    ],
    # diplomatic status revoked
    "diplomatic_status_revoked": [
        ("Israel's decision to revoke the diplomatic status of eight Norwegian diplomats "
         "was condemned.", {(E, "ISR", "NOR", A)}),
        ("Israel revoked the diplomatic status of eight Norwegian diplomats.",
         {(E, "ISR", "NOR", A)}),
        ("Managua stripped two Brazilian diplomats of their diplomatic status.",
         {(E, "NIC", "BRA", A)}),
    ],
    # a diplomatic team brought home by an unnamed government, from where it is stationed
    "diplomatic_teams_recalled": [
        ("Cabinet has resolved to bring home the entire South African diplomatic team "
         "stationed in Tel Aviv for a round of consultations.", {(R, "ZAF", "ISR", A)}),
        ("The government recalled the Chilean diplomatic team stationed in Caracas.",
         {(R, "CHL", "VEN", A)}),
        ("The cabinet recalled the Colombian ambassador posted in Managua.",
         {(R, "COL", "NIC", A)}),
    ],
    # intergovernmental bodies the guide does not list, named in full
    "intergovernmental_bodies_quit": [
        ("The State of Eritrea has decided to withdraw its membership from the "
         "Intergovernmental Authority on Development.", {(SEV, "ERI", "UNK", A)}),
        ("Sudan announced on Monday that it was withdrawing from the Intergovernmental "
         "Authority on Development.", {(SEV, "SDN", "UNK", A)}),
        ("Somalia will quit the Intergovernmental Authority on Development.",
         {(SEV, "SOM", "UNK", INT)}),
    ],
    # a clause before a semicolon is no complement of the one after it
    "semicolon_clauses": [
        ("Beijing blacklists Czech Senate speaker Milos Vystrcil over his Taipei trip; he "
         "and his relatives may no longer set foot on the mainland, a spokesman said.",
         {(IMP, "CHN", "CZE", A)}),
        ("US sanctions six more Hong Kong officials over transnational repression; John Lee "
         "calls move 'despicable'.", {(IMP, "USA", "CHN", A)}),
        ("Belgrade says Ghana has revoked recognition of Kosovo; Accra denies it.", set()),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "curbs_named_by_state_eased": [
        "Beijing eased Shanghai lockdown restrictions.",
        "London eased Heathrow flight curbs.",
        "Texas eased water curbs on farms.",
    ],
    "ordered_shut_with_the_participle_elsewhere": [
        "The mayor ordered the city's market in Chengdu closed.",
        "Beijing answered on Friday by ordering the factory in Chengdu shut.",
        "Police responded by ordering the stadium closed.",
    ],
    "organisations_named_in_full": [
        "Niger's team was leaving the Economic Community of West African States summit.",
        "The minister left the Gulf Cooperation Council building.",
        "Myanmar's delegate quit the Association of Southeast Asian Nations football meeting.",
    ],
    "emirates_recognised": [
        "Qatar recognised the emirate's sovereignty over the islands.",
        "The film won an award in the emirate.",
        "Dubai recognised the emirate's top athletes.",
    ],
    "severs_read_as_a_noun": [
        "The company severs ties with its supplier.",
        "The club severs ties with its coach.",
        "Bamako severs ties with the mining firm.",
    ],
    "headline_subject_read_as_a_modifier": [
        "Vanuatu backs new fishing rules",
        "Nauru backs solar plan for schools",
        "Tonga backs its rugby coach",
    ],
    "leaderships_backed": [
        "Cairo voiced support for the club leadership's plan.",
        "Ankara expressed backing for the party leadership's efforts.",
        "The union voiced support for the company leadership's agenda.",
    ],
    "headline_pledges_of_backing": [
        "Erdogan pledges Ankara's full backing for farmers",
        "Putin pledges Russia's support for athletes",
        "Xi pledges China's backing for solar firms",
    ],
    "warned_on_a_day_of_sanctions": [
        "FIFA warned the club on Monday of sanctions.",
        "The league warned players on Friday of sanctions over doping.",
        "The regulator warned banks on Tuesday of penalties.",
    ],
    "goods_bound_for": [
        "Seoul ships machine tools bound for Russia.",
        "Tokyo inspected chip tools bound for China.",
        "The port held cargo bound for Iran.",
    ],
    "passport_holders_banned": [
        "The club banned passport holders from the lounge.",
        "Maldives to ban plastic bags",
        "Maldives to welcome Israeli passport holders",
    ],
    "countermeasures_on_people": [
        "China will take countermeasures if Washington continues.",
        "Kremlin warns Helsinki of 'countermeasures' over NATO troop plan",
        "The navy tested electronic countermeasures against Russian drones.",
    ],
    "entry_lists": [
        "The library added two Russian novels to its list of banned books.",
        "The club put three Brazilian players on its stop list.",
        "Moscow added 500 Americans to its guest list.",
    ],
    "steps_against_measures": [
        "The EU took a step towards sanctions on Iran.",
        "Canberra took a step against money laundering.",
        "Moscow took steps against the heat wave.",
    ],
    "decision_of_a_state": [
        "The decision of Spain to host the games angered Havana.",
        "Tehran condemned the decision of Canada to raise tariffs.",
        "The decision of the United States to lower interest rates was welcomed in Riyadh.",
    ],
    "reshuffles": [
        "Sri Lanka's cabinet approved recalling 29 ambassadors who were political appointees.",
        "The government recalled 40 ambassadors in a reshuffle.",
        "Nepal recalled 11 ambassadors appointed by the former government.",
    ],
    "recognition_decisions_revoked": [
        "The club revoked its decision on recognising the fan group.",
        "Suriname reversed its decision to raise taxes.",
        "Ghana revoked its decision on recognising foreign degrees.",
    ],
    "its_in_an_owned_clause": [
        "Vietnam's efforts to defend its sovereignty drew praise.",
        "Somalia's efforts to defend its territorial integrity continued.",
        "Venezuela's efforts to defend its currency failed.",
    ],
    "announced_sanctions_opposed": [
        "China firmly opposes the so-called rules announced by the U.S. Department of Commerce.",
        "Hungary opposes new EU sanctions on Russia.",
        "China opposes the tariffs announced by Washington.",
    ],
    "coercive_measures": [
        "Police used coercive measures against protesters.",
        "The court ordered coercive measures against the debtor.",
        "Parents criticised coercive measures in schools.",
    ],
    "economic_blockades": [
        "Truckers lifted their blockade of the Ambassador Bridge.",
        "Israel tightened its naval blockade of Gaza.",
        "Farmers ended their economic blockade of the highway.",
    ],
    "ties_on_hold": [
        "The club put its ties with the sponsor on hold.",
        "Guatemala put its tax reform on hold.",
        "The firm put its relations with investors on hold.",
    ],
    "number_of_diplomats_reduced": [
        "Prague cut the number of Russian tourists at the border.",
        "Kuwait reduced the number of Iranian flights.",
        "The ministry cut the number of its own diplomats in Paris.",
    ],
    "diplomatic_status_revoked": [
        "Israel revoked the residency status of eight Norwegian workers.",
        "The club revoked the status of two players.",
        "Managua stripped two Brazilian athletes of their medals.",
    ],
    "diplomatic_teams_recalled": [
        "The government recalled the Chilean football team stationed in Caracas.",
        "The cabinet recalled the medical team stationed in Tel Aviv.",
        "The team was brought home from Tel Aviv.",
    ],
    "intergovernmental_bodies_quit": [
        "Eritrea's minister left the Intergovernmental Authority on Development meeting.",
        "Sudan's delegate quit the intergovernmental talks early.",
        "The scientist quit the Intergovernmental Panel on Climate Change report team.",
    ],
    "semicolon_clauses": [
        "Beijing hosts Czech Senate speaker; he and his relatives may visit Taipei, a "
        "spokesman said.",
        "Oil rises; traders may weigh new sanctions.",
        "Belgrade says Ghana has revoked recognition of Kosovo; Accra denies it.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

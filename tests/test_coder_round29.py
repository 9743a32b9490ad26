"""Round 29 of the event coder (0.23.0), from two more blind batches (eval/dev.jsonl
dw-d-2905 ... dw-d-3104: feed items of Latin America, the Sahel, the Pacific and Central
Asia with outlets' labels, and wire copy of the last fifteen years). "Live: Canada,
Australia and New Zealand sanction Israeli ministers" found nothing (dw-d-2539, noted in
round 26); "Argentina, Chile ... were told to withdraw their diplomatic personnel from
Venezuela" was their own recall (dw-d-3073); "restored all the sanctions on Iran's oil"
and "halted all Lebanese imports" were no sanctions (dw-d-3014, dw-d-3018); "Bahrain and
Sudan followed on Monday" and "Moscow would respond in kind" in the sentence after an
act were nothing (dw-d-3010, dw-d-3026); "regarded Nicolas Maduro as Venezuela's
legitimate president" was no backing (dw-d-3072); the CSTO and ALBA, untagged by the
model, were no bodies to quit (dw-d-3064, dw-d-2942). Sentences are written for these
tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EASE, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
E, R, SEV, RES, SUP = ("expel_diplomats", "recall_envoy", "sever_relations",
                       "restore_relations", "express_support")
A, INT, T = "asserted", "intent", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # outlets' labels around a headline that the parser reads as its words
    "headline_labels": [
        ("Live: Canada, Australia and New Zealand sanction Israeli ministers",
         {(IMP, "CAN", "ISR", A), (IMP, "AUS", "ISR", A), (IMP, "NZL", "ISR", A)}),
        ("Peru expels Mexican ambassador | World news | The Guardian", {(E, "PER", "MEX", A)}),
        ("Peru Expels Mexican Ambassador - BBC News", {(E, "PER", "MEX", A)}),
        ("Peru expels Mexican ambassador - live updates", {(E, "PER", "MEX", A)}),
    ],
    # states told to withdraw their diplomats: the host they leave expels them
    "told_to_withdraw_their_diplomats": [
        ("Argentina and Chile were told on Monday to withdraw their diplomatic personnel "
         "from Venezuela within 72 hours.", {(E, "VEN", "ARG", A), (E, "VEN", "CHL", A)}),
        ("Lithuania was ordered by Beijing to withdraw its ambassador.",
         {(E, "CHN", "LTU", A)}),
        ("Uruguay was told to withdraw its diplomats from Caracas by Friday.",
         {(E, "VEN", "URY", A)}),
    ],
    # "every member of X's embassy staff": staff of a mission, ordered out
    "members_of_embassy_staff": [
        ("Latvian Foreign Minister Edgars Rinkevics said on Monday that Riga was ordering "
         "every member of Belarus's embassy staff to leave.", {(E, "LVA", "BLR", A)}),
        ("Ottawa told two members of Russia's embassy staff to leave the country.",
         {(E, "CAN", "RUS", A)}),
        ("Prague gave three members of the Russian embassy staff 72 hours to leave, the "
         "foreign ministry said.", {(E, "CZE", "RUS", A)}),
    ],
    # restoring or reinstating sanctions imposes them
    "restored_sanctions": [
        ("The United States restored all the sanctions on Iran's oil, banking and shipping "
         "sectors on Monday.", {(IMP, "USA", "IRN", A)}),
        ("Washington reinstated sanctions on Venezuela's oil sector.",
         {(IMP, "USA", "VEN", A)}),
        ("The EU reintroduced an arms embargo on Belarus.", {(IMP, "EU", "BLR", A)}),
    ],
    # stopping or freezing a state's trade, named by its demonym or after "with"
    "halted_and_frozen_trade": [
        ("Saudi Arabia halted all Lebanese imports on Friday.", {(IMP, "SAU", "LBN", A)}),
        ("Saudi Arabia froze all new trade and investment with Canada on Monday.",
         {(IMP, "SAU", "CAN", A)}),
        ("China suspended Lithuanian beef imports.", {(IMP, "CHN", "LTU", A)}),
    ],
    # recalled "home" in one conjunct, expelled "to leave" in the next
    "recall_beside_an_expulsion": [
        ("Saudi Arabia called its ambassador home from Beirut, gave Lebanon's envoy in "
         "Riyadh 48 hours to leave and halted all Lebanese imports on Friday.",
         {(R, "SAU", "LBN", A), (E, "SAU", "LBN", A), (IMP, "SAU", "LBN", A)}),
        ("Gabon called its ambassador home from Malabo and told Equatorial Guinea's envoy "
         "to leave.", {(R, "GAB", "GNQ", A), (E, "GAB", "GNQ", A)}),
        ("Kenya brought its envoy home from Mogadishu and ordered Somalia's ambassador to "
         "leave Nairobi.", {(R, "KEN", "SOM", A), (E, "KEN", "SOM", A)}),
    ],
    # an act in another's condition is hypothetical, not a threat
    "acts_in_conditions_of_others": [
        ("Iran would expel the ambassadors of Britain and France if the two countries went "
         "ahead with restoring UN sanctions.", {(E, "IRN", "GBR", T), (E, "IRN", "FRA", T)}),
        ("Kosovo raised its tariffs and said the duties would stay until Belgrade "
         "recognises Kosovo.", set()),
        ("If EU sanctions on Belarus are extended, Minsk will retaliate.", set()),
    ],
    # a veto of "any" measure: none is proposed
    "veto_of_any_measure": [
        ("Hungary would veto any European Union sanctions on Russia's nuclear industry, "
         "Foreign Minister Peter Szijjarto said.", set()),
        ("Slovakia will block any new EU sanctions on Russian gas.", set()),
        ("Hungary vetoed European Union sanctions on Russia's nuclear industry.",
         {(THR, "EU", "RUS", T)}),
    ],
    # "joining a wave of expulsions across Europe": no other act, no other target
    "joined_wave_of_acts": [
        ("Montenegro expelled four Russian diplomats on Friday, joining a wave of "
         "expulsions across Europe over the war in Ukraine.", {(E, "MNE", "RUS", A)}),
        ("Portugal expelled ten Russian diplomats, joining a series of expulsions across "
         "Europe.", {(E, "PRT", "RUS", A)}),
        ("Prague ordered a Russian diplomat out of the country, the latest in a string of "
         "expulsions since Czech investigators blamed Russia.", {(E, "CZE", "RUS", A)}),
    ],
    # headline names listed with a comma, "rally behind" read as a noun
    "rally_behind_headlines": [
        ("Senegal, Ivory Coast rally behind Guinea-Bissau's government after foiled coup.",
         {(SUP, "SEN", "GNB", A), (SUP, "CIV", "GNB", A)}),
        ("Bahrain, Kuwait Rally Behind Riyadh in Row With Ottawa",
         {(SUP, "BHR", "SAU", A), (SUP, "KWT", "SAU", A)}),
        ("China, Pakistan rally behind Colombo ahead of UN rights vote.",
         {(SUP, "CHN", "LKA", A), (SUP, "PAK", "LKA", A)}),
    ],
    # recognition granted "to" (a dative), and rulers recognised
    "recognition_granted": [
        ("The Kremlin granted formal recognition to Afghanistan's Taliban rulers on "
         "Thursday.", {(RES, "RUS", "AFG", A)}),
        ("Russia recognised Afghanistan's Taliban rulers on Thursday.",
         {(RES, "RUS", "AFG", A)}),
        ("Russia granted recognition to the Taliban government.", {(RES, "RUS", "AFG", A)}),
    ],
    # a listing kept, and lists named by compound modifiers
    "kept_on_the_list": [
        ("State Department keeps Cuba on terrorism sponsors list, dashing Havana's hopes of "
         "relief", {(IMP, "USA", "CUB", A)}),
        ("The State Department kept Cuba on the list of state sponsors of terrorism.",
         {(IMP, "USA", "CUB", A)}),
        ("The US added Cuba to its terrorism sponsors list.", {(IMP, "USA", "CUB", A)}),
    ],
    # visas revoked of named people or officials: a travel ban
    "revoked_visas": [
        ("The State Department revoked the U.S. visas of Brazilian Supreme Court Justice "
         "Alexandre de Moraes on Friday.", {(IMP, "USA", "BRA", A)}),
        ("Moscow cancelled the visas of Polish officials.", {(IMP, "RUS", "POL", A)}),
        ("Washington rescinded the visas of Nicaraguan lawmakers who backed the law.",
         {(IMP, "USA", "NIC", A)}),
    ],
    # "readies" read as a noun before a measure
    "readies_measures": [
        ("EU readies travel bans on Nigerien junta figures over Bazoum's detention.",
         {(THR, "EU", "NER", T)}),
        ("EU Readies Travel Bans On Nigerien Junta Figures", {(THR, "EU", "NER", T)}),
        ("Britain readies asset freezes on Iranian officials.", {(THR, "GBR", "IRN", T)}),
    ],
    # the sentence after an act: others follow it, or the target answers in kind
    "followed_in_the_next_sentence": [
        ("Saudi Arabia cut diplomatic relations with Iran on Sunday. Bahrain and Sudan "
         "followed on Monday.",
         {(SEV, "SAU", "IRN", A), (SEV, "BHR", "IRN", A), (SEV, "SDN", "IRN", A)}),
        ("Montenegro expelled four Russian diplomats on Friday. The Russian foreign ministry "
         "said Moscow would respond in kind.", {(E, "MNE", "RUS", A), (E, "RUS", "MNE", INT)}),
        ("Peru expelled the Venezuelan ambassador. Chile followed suit.",
         {(E, "PER", "VEN", A), (E, "CHL", "VEN", A)}),
    ],
    # "said it expected X to act": another's act foreseen
    "expected_acts_of_others": [
        ("The EU lifted sanctions on Syria. Damascus said it expected Britain to follow "
         "suit within weeks.", {(EASE, "EU", "SYR", A)}),
        ("Syria said it expected Britain to lift sanctions within weeks.", set()),
        ("Kyiv expects the EU will impose new sanctions on Russia.", set()),
    ],
    # organisations the model tags no entity for
    "untagged_bodies_quit": [
        ("Armenia will leave the Russian-led Collective Security Treaty Organization, Prime "
         "Minister Nikol Pashinyan told parliament on Wednesday.",
         {(SEV, "ARM", "UNK", INT)}),
        ("Quito quits Venezuela-led ALBA bloc, citing 'ideological capture'.",
         {(SEV, "ECU", "UNK", A)}),
        ("Venezuela quit the Mercosur bloc on Monday.", {(SEV, "VEN", "UNK", A)}),
    ],
    # deeming another's government or stance legitimate backs it
    "deemed_legitimate": [
        ("The Kremlin said on Thursday that Russia regarded Nicolas Maduro as Venezuela's "
         "legitimate president.", {(SUP, "RUS", "VEN", A)}),
        ("The Brazilian government described Bolivia's position in the Silala waters "
         "dispute as 'legitimate and well founded'.", {(SUP, "BRA", "BOL", A)}),
        ("Beijing considers the Cambodian government the country's rightful authority and "
         "said it views Hun Manet as Cambodia's lawful leader.", {(SUP, "CHN", "KHM", A)}),
    ],
    # backing offered to someone named as the indirect object
    "backing_offered_to": [
        ("Erdogan offered Maduro his backing.", {(SUP, "TUR", "VEN", A)}),
        ("Turkish President Tayyip Erdogan telephoned Maduro to offer his backing.",
         {(SUP, "TUR", "VEN", A)}),
        ("Putin phoned Lukashenko to offer his support.", {(SUP, "RUS", "BLR", A)}),
    ],
    # comma-joined headline verbs, the comma the first verb's last word
    "comma_joined_headline_verbs": [
        ("Oman Welcomes Gulf Reconciliation, Praises Kuwait's Mediation",
         {(SUP, "OMN", "KWT", A)}),
        ("Oman welcomes Gulf reconciliation, praises Kuwait's mediation",
         {(SUP, "OMN", "KWT", A)}),
        ("Jordan welcomes truce, hails Egypt's role", {(SUP, "JOR", "EGY", A)}),
    ],
    # a report of an act, rejected: the act is denied
    "rejected_reports": [
        ("Yerevan rejects reports it endorsed Moscow's stance at CSTO meeting.", set()),
        ("Prague rejects report it will expel Chinese envoy.", set()),
        ("Armenia dismissed reports that it had backed Russia's position.", set()),
    ],
    # "in solidarity with X" names no party to the ties broken
    "solidarity_is_no_party": [
        ("Nicaragua said on Saturday it was breaking all diplomatic ties with Ecuador in "
         "solidarity with Mexico.", {(SEV, "NIC", "ECU", A)}),
        ("Nicaragua cut ties with Ecuador out of solidarity with Mexico.",
         {(SEV, "NIC", "ECU", A)}),
        ("Bolivia severed relations with Israel in solidarity with the Palestinians.",
         {(SEV, "BOL", "ISR", A)}),
    ],
    # leaders added to the gazetteer
    "leaders_added": [
        ("Tokayev And Mirziyoyev Back Bishkek's Water-Sharing Proposal",
         {(SUP, "KAZ", "KGZ", A), (SUP, "UZB", "KGZ", A)}),
        ("Dakar said it stood with Embalo's government.", {(SUP, "SEN", "GNB", A)}),
        ("Haradinaj said Pristina would impose tariffs and sanctions on Serbian officials.",
         {(IMP, "XKX", "SRB", INT)}),
    ],
    # "sent the Thai envoy packing": "packing" read as the envoy's head noun
    "sent_packing": [
        ("Cambodia sent the Thai envoy packing.", {(E, "KHM", "THA", A)}),
        ("Phnom Penh answered on Friday by sending the Thai envoy packing.",
         {(E, "KHM", "THA", A)}),
        ("Hanoi sent the Chinese envoy packing.", {(E, "VNM", "CHN", A)}),
    ],
    # "to be gone by the weekend" is a deadline, not a closure for the weekend
    "gone_by_the_weekend": [
        ("Mauritania ordered Mali's consulate in Nouadhibou shut on Wednesday and told its "
         "three officials to be gone by the weekend.", {(E, "MRT", "MLI", A)}),
        ("Bamako ordered Algeria's consulate in Gao closed and gave its staff until the "
         "weekend to leave.", {(E, "MLI", "DZA", A)}),
        ("Niamey ordered the French embassy shut and told its diplomats to be gone by the "
         "weekend.", {(E, "NER", "FRA", A)}),
    ],
    # "suspended bilateral trade": with the other state of the sentence
    "bilateral_trade_suspended": [
        ("Pakistan said it would expel India's high commissioner, downgrade diplomatic ties "
         "with New Delhi and suspend bilateral trade.",
         {(IMP, "PAK", "IND", A), (E, "PAK", "IND", INT), (SEV, "PAK", "IND", A)}),
        ("Kabul expelled Pakistan's envoy and suspended bilateral trade.",
         {(IMP, "AFG", "PAK", A), (E, "AFG", "PAK", A)}),
        ("Ethiopia recalled its ambassador from Kenya and suspended bilateral trade.",
         {(IMP, "ETH", "KEN", A), (R, "ETH", "KEN", A)}),
    ],
    # a verb conjunct tagged a noun with an object shares the first conjunct's modal
    "noun_tagged_conjunct_shares_modal": [
        ("Pakistan would expel India's envoy and downgrade ties with New Delhi.",
         {(E, "PAK", "IND", INT), (SEV, "PAK", "IND", INT)}),
        ("Lima will expel the Mexican ambassador and downgrade ties with Mexico City.",
         {(E, "PER", "MEX", INT), (SEV, "PER", "MEX", INT)}),
        ("Pakistan expelled India's envoy and would downgrade ties later.",
         {(E, "PAK", "IND", A), (SEV, "PAK", "IND", INT)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "headline_labels": [
        "Live: EU summit opens in Brussels - live updates",
        "Analysis: Why the peso fell | Business | The Guardian",
        "Canada beat Australia in Sydney - BBC Sport",
    ],
    "told_to_withdraw_their_diplomats": [
        "Argentina's team was told to withdraw from the tournament in Caracas.",
        "Troops were told to withdraw from the border area within 72 hours.",
        "The players were told to withdraw from the tournament in Caracas.",
    ],
    "members_of_embassy_staff": [
        "A member of the club's staff was told to leave.",
        "Every member of the hotel staff was ordered to leave the building.",
        "Two members of the embassy's football team left for Riga.",
    ],
    "restored_sanctions": [
        "The federation restored the club's points after its sanctions appeal.",
        "The court restored the player's eligibility after his sanction ended.",
        "Power was restored in Havana after the storm.",
    ],
    "halted_and_frozen_trade": [
        "The company froze all trade in its shares.",
        "Boeing halted all Chinese deliveries after the fault.",
        "Saudi Arabia froze hiring at its state oil company.",
    ],
    "recall_beside_an_expulsion": [
        "The coach called the striker home from Beirut and told him to leave the squad.",
        "The bank called its staff home and told the rest to leave early.",
        "Kenya brought its athletes home from Doha and told them to rest.",
    ],
    "acts_in_conditions_of_others": [
        "If Washington sanctioned Chinese state banks, Beijing would retaliate.",
        "If Kuwait cut ties with Tehran, Iran would respond, analysts said.",
        "The measures will remain until Moscow lifts its own sanctions on EU firms.",
    ],
    "veto_of_any_measure": [
        "Hungary would veto any EU sanctions on Russian nuclear fuel, Budapest said.",
        "Athens said it would block any sanctions on Turkey's shipping.",
        "Slovakia vowed to veto any new package of EU sanctions on Russian oil.",
    ],
    "joined_wave_of_acts": [
        "Fans joined a wave of protests across Europe.",
        "The club joined a series of expulsions of rival fans across Europe.",
        "Workers joined a wave of strikes across Europe over pay.",
    ],
    "rally_behind_headlines": [
        "Fans rally behind coach after defeat.",
        "Senegal, Ivory Coast rally behind their captains before the final.",
        "Investors rally behind Vietnam's tech stocks.",
    ],
    "recognition_granted": [
        "The academy granted formal recognition to Afghanistan's women's football team.",
        "The jury granted recognition to a Kenyan film.",
        "Fans recognised Afghanistan's cricket heroes at the airport.",
    ],
    "kept_on_the_list": [
        "The State Department keeps Cuba on its list of top tourist destinations.",
        "The club kept Brazil's striker on its transfer list.",
        "UNESCO kept Venice on its world heritage list.",
    ],
    "revoked_visas": [
        "Russia revoked the visas of two American journalists.",
        "The embassy cancelled my visa.",
        "The university rescinded the visas of Nigerian students after the fraud.",
    ],
    "readies_measures": [
        "EU readies travel plans for summer holidays.",
        "Britain readies ferries for the bank holiday rush.",
        "Japan readies flood defences ahead of the typhoon.",
    ],
    "followed_in_the_next_sentence": [
        "Saudi Arabia raised oil prices on Sunday. Bahrain and Kuwait followed on Monday.",
        "Peru beat Chile on Friday. Colombia followed with a win over Bolivia.",
        "Canada cut interest rates on Wednesday. Australia did the same a day later.",
    ],
    "expected_acts_of_others": [
        "Damascus said it expected Britain to lift sanctions within weeks.",
        "Kyiv said it expected the EU to adopt new sanctions on Russia.",
        "Havana expects Washington to ease the embargo, officials said.",
    ],
    "untagged_bodies_quit": [
        "The minister will leave the World Health Organization building.",
        "The coach quit the Mercosur youth tournament.",
        "Armenia's captain will leave the Collective Security Treaty Organization summit "
        "early.",
    ],
    "deemed_legitimate": [
        "Critics regard the election as legitimate.",
        "Managua said it now regarded the People's Republic as the only legitimate "
        "government of China.",
        "Analysts see Maduro as Venezuela's legitimate president.",
    ],
    "backing_offered_to": [
        "Erdogan telephoned Maduro to offer his condolences.",
        "Erdogan met Maduro to offer technical backing for the refinery.",
        "The bank offered the club its backing for the stadium.",
    ],
    "comma_joined_headline_verbs": [
        "Oman welcomes tourists, praises Kuwait's football team",
        "Jordan welcomes rain, hails farmers' efforts",
        "Oman welcomes investors, praises its own reforms",
    ],
    "rejected_reports": [
        "Yerevan rejects reports it endorsed Moscow's stance at CSTO meeting.",
        "Seoul denied reports that it would expel the North Korean envoy.",
        "Madrid dismissed reports it had recalled its ambassador from Rabat.",
    ],
    "solidarity_is_no_party": [
        "Workers struck in solidarity with miners.",
        "Bolivian students marched in solidarity with the Palestinians.",
        "The union walked out in solidarity with dockers in Chile.",
    ],
    "sent_packing": [
        "The club sent the coach packing.",
        "Voters sent the ruling party packing.",
        "Hanoi sent the Chinese football team packing in the semi-final.",
    ],
    "gone_by_the_weekend": [
        "The Mexican embassy in Lima was closed for the weekend.",
        "The Polish consulate in Lviv will stay shut over the weekend.",
        "The French embassy in Niamey closed at the weekend for repairs.",
    ],
    "bilateral_trade_suspended": [
        "Pakistan suspended bilateral trade talks.",
        "Pakistan and India suspended bilateral trade after the floods.",
        "Exporters suspended bilateral trade shipments during the strike.",
    ],
    "noun_tagged_conjunct_shares_modal": [
        "Pakistan would expand its port and upgrade ties with shipping lines.",
        "Lima will build a stadium and downgrade its old airport.",
        "The bank would cut rates and downgrade its growth forecast.",
    ],
    "leaders_added": [
        "Mirziyoyev opened a textile plant in Tashkent.",
        "Embalo's son won a football match in Bissau.",
        "Haradinaj visited a school in Pristina.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

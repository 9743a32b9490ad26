"""The event coder 0.23.24: the words of sanctions as they are practised, and names the
gazetteer lacked. Found by a count of the words over-represented in the dev texts whose
events the coder missed entirely (against texts with no event), across rounds 1 to 56:
"the US blockade" of Cuba (17 records), China's "countermeasures" on named people and
firms, the G7's "price cap" on Russian oil, general licences ("GL 46 authorising ..."),
exemptions and reprieves "from sanctions", a quoted name ("called
the blockade 'anachronistic'") read as a call for sanctions, and names: Georgetown, Torre
Tagle, Republika Srpska, "Grenadian", "the People's Republic", Guo Jiakun,
Rosselkhoznadzor; and (0.23.25) a regional bloc's border closures ("ECOWAS closed its
members' borders with Guinea-Bissau"), a state "taken out of" an organisation, and an envoy
recalled in the passive ("was recalled to Ankara for consultations"); and (0.23.27, from
the dev misses with a wrong actor or none) the ruling councils of Sudan and Myanmar,
datelines with the day first or a year ("ADDIS ABABA, 12 May -", "HANOI, May 23, 2016 -"),
an embassy's head or deputy head as its envoy, and an envoy who "has two days to go".
Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, SEV, RES = "impose_sanctions", "ease_sanctions", "sever_relations", "restore_relations"
SUP, REC, EXP = "express_support", "recall_envoy", "expel_diplomats"
A, INT, REF = "asserted", "intent", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "the blockade" in a text about Cuba is the US embargo, Cuba its target
    "cuban_blockade": [
        ("HAVANA - The US blockade, in place for more than six decades, cost Cuba over 5 "
         "billion dollars last year.", {(IMP, "USA", "CUB", REF)}),
        ("Havana slams 'criminal' US blockade as UN vote nears.", {(IMP, "USA", "CUB", REF)}),
        ("Brazil's President Lula defended Cuba's government against what he called an "
         "illegal U.S. blockade.", {(SUP, "BRA", "CUB", A), (IMP, "USA", "CUB", REF)}),
    ],
    # countermeasures on a state's named people or firms are sanctions on that state
    "countermeasures_on_people": [
        ("China lifts countermeasures on Lithuanian deputy minister.", {(EAS, "CHN", "LTU", A)}),
        ("Relevant departments of the Chinese side decided to take countermeasures against "
         "12 US military-industrial enterprises and 10 senior managers.",
         {(IMP, "CHN", "USA", A)}),
        ("Beijing slapped countermeasures on a Lithuanian deputy transport minister.",
         {(IMP, "CHN", "LTU", A)}),
    ],
    # a cap on the price of a state's exports is a sanction on that state
    "price_cap": [
        ("The G7 lowered the price cap on Russian crude to $45.", {(IMP, "G7", "RUS", A)}),
        ("The EU imposed a price cap on Russian oil.", {(IMP, "EU", "RUS", A)}),
        ("Japan capped the price of Russian oil imports.", {(IMP, "JPN", "RUS", A)}),
        ("G7 agrees to lower the ceiling on Russian crude prices to $45 from March.",
         {(IMP, "G7", "RUS", INT)}),
    ],
    # a general or specific licence authorising dealings that touch a state eases
    # sanctions on it, whatever the compliance register's headline parse
    "licence_authorising": [
        ("OFAC issued General License 23 authorizing NGO transactions involving "
         "Taliban-controlled ministries in Afghanistan.", {(EAS, "USA", "AFG", A)}),
        ("OFAC issues GL 46 authorising established U.S. entities to deal in "
         "Venezuelan-origin gas condensate.", {(EAS, "USA", "VEN", A)}),
        ("OFAC grants Serbia's NIS a 60-day specific licence, allowing the Pancevo refinery "
         "to keep importing crude.", {(EAS, "USA", "SRB", A)}),
    ],
    # an exemption or reprieve from sanctions eases them: on their target, else on the
    # grantee
    "exemption_from_sanctions": [
        ("The US granted Hungary an exemption from its sanctions on Russian oil.",
         {(EAS, "USA", "RUS", A)}),
        ("The Treasury granted Serbia's oil company NIS another one-week reprieve from "
         "sanctions.", {(EAS, "USA", "SRB", A)}),
        ("Washington grants Budapest a one-year exemption from sanctions on Gazprombank.",
         {(EAS, "USA", "RUS", A)}),
    ],
    # a measure named ("called ... 'a crime'") is mentioned, not called for
    "named_not_called_for": [
        ("Sheinbaum said Mexico will keep sending oil, and called US sanctions on Cuba "
         "'a crime'.", {(IMP, "USA", "CUB", REF)}),
        ("MEXICO CITY - Claudia Sheinbaum rose to the defence of Havana's leadership on "
         "Thursday, calling the decades-old US blockade 'anachronistic'.",
         {(SUP, "MEX", "CUB", A), (IMP, "USA", "CUB", REF)}),
        ("Sheinbaum answered that her government will always stand with the Cuban people, "
         "and called the six-decade US blockade 'a crime against a whole nation'.",
         {(IMP, "USA", "CUB", REF)}),
    ],
    # (0.23.25) a regional bloc closing its members' borders with a state sanctions it
    "bloc_borders": [
        ("The Economic Community of West African States closed its members' borders with "
         "Guinea-Bissau on Friday.", {(IMP, "ECOWAS", "GNB", A)}),
        ("ECOWAS Heads of State decide to reopen borders with Niger.",
         {(EAS, "ECOWAS", "NER", A)}),
        ("ECOWAS will reopen its members' borders with Guinea next month, the bloc said.",
         {(EAS, "ECOWAS", "GIN", INT)}),
        ("The African Union closed its members' borders with Mali after the coup.",
         {(IMP, "AU", "MLI", A)}),
    ],
    # (0.23.25) a state taken out of an organisation quits it
    "taken_out_of": [
        ("Mali's National Transition Council voted on Thursday to take the country out of the "
         "International Criminal Court.", {(SEV, "MLI", "ICC", A)}),
        ("Paraguay's Senate voted for the bill taking the country out of the WHO.",
         {(SEV, "PRY", "WHO", A)}),
        ("Milei vowed to take Argentina out of the WHO.", {(SEV, "ARG", "WHO", INT)}),
    ],
    # (0.23.25) an envoy recalled in the passive, with no agent, is recalled by their own
    # state, "to Ankara" being the way home, not the posting
    "passive_recall": [
        ("The Turkish ambassador in The Hague was recalled to Ankara for consultations.",
         {(REC, "TUR", "NLD", A)}),
        ("In response, Türkiye's Ambassador in The Hague has been called to Ankara for "
         "consultations.", {(REC, "TUR", "NLD", A)}),
        ("The ambassador of the Islamic Republic of Iran in Baku was called to Tehran for "
         "consultations.", {(REC, "IRN", "AZE", A)}),
    ],
    # names the gazetteer lacked
    "gazetteer_names": [
        ("Caracas breaks off relations with Georgetown after Exxon begins drilling.",
         {(SEV, "VEN", "GUY", A)}),
        ("Torre Tagle cuts ties with Mexico over asylum for an ex-premier.",
         {(SEV, "PER", "MEX", A)}),
        ("Germany and Austria impose entry bans on Republika Srpska leaders.",
         {(IMP, "DEU", "BIH", A), (IMP, "AUT", "BIH", A)}),
        ("The State Department imposed visa restrictions on Grenadian officials.",
         {(IMP, "USA", "GRD", A)}),
        ("Managua drops Taipei for the People's Republic.",
         {(SEV, "NIC", "TWN", A), (RES, "NIC", "CHN", A)}),
        ("Foreign ministry spokesman Guo Jiakun announced countermeasures against four U.S. "
         "drone makers.", {(IMP, "CHN", "USA", A)}),
        ("Rosselkhoznadzor bans tomatoes and apples from Azerbaijan.", {(IMP, "RUS", "AZE", A)}),
    ],
    # (0.23.27) ruling councils that stand for their state
    "ruling_councils": [
        ("Egypt stands fully behind the Sovereignty Council in Port Sudan.",
         {(SUP, "EGY", "SDN", A)}),
        ("Russia backed the State Administration Council in Naypyitaw.",
         {(SUP, "RUS", "MMR", A)}),
        ("The Transitional Sovereignty Council recalled Sudan's ambassador from Nairobi.",
         {(REC, "SDN", "KEN", A)}),
    ],
    # (0.23.27) the head or deputy head of an embassy is an envoy; an envoy who "has two
    # days to go" is expelled
    "envoy_heads_and_days_to_go": [
        ("Latvia will expel the deputy head of the Russian embassy by the end of the month.",
         {(EXP, "LVA", "RUS", INT)}),
        ("Estonia will expel the Russian embassy's deputy chief of mission, the foreign "
         "ministry said.", {(EXP, "EST", "RUS", INT)}),
        ("Lithuania expelled the head of the Belarusian consulate in Klaipeda.",
         {(EXP, "LTU", "BLR", A)}),
        ("Bulgaria's defence attache has two days to go, Russian MFA says.",
         {(EXP, "RUS", "BGR", A)}),
    ],
    # (0.23.27) a dateline with the day before the month or with the year is no actor
    "dateline_forms": [
        ("ADDIS ABABA, 12 May - The African Union's Peace and Security Council imposed "
         "travel bans on members of the junta in Guinea-Bissau.", {(IMP, "AU", "GNB", A)}),
        ("HANOI, May 23, 2016 - The United States is fully lifting its ban on sales of lethal "
         "weapons to Vietnam.", {(EAS, "USA", "VNM", A)}),
        ("JAKARTA, Nov 22, 2005 - The United States lifted its embargo on arms sales to "
         "Indonesia on Tuesday.", {(EAS, "USA", "IDN", A)}),
        ("ABUJA, 3 June - The Authority of Heads of State of ECOWAS lifted its sanctions on "
         "Niger.", {(EAS, "ECOWAS", "NER", A)}),
        ("DAKAR, 9 November - The West African bloc's leaders imposed sanctions on Guinea.",
         {(IMP, "ECOWAS", "GIN", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "cuban_blockade": [
        "Truckers lifted their blockade of the Ambassador Bridge after police cleared the road.",
        "China's naval blockade drills around Taiwan alarmed Tokyo.",
        "Cuban officials said the naval blockade of the port by protesters ended.",
    ],
    "countermeasures_on_people": [
        "Pyongyang warned Seoul of 'merciless countermeasures'.",
        "Ukraine's air force deployed electronic countermeasures against Russian drones.",
        "The Kremlin warned Helsinki of countermeasures over the NATO troop plan.",
    ],
    "price_cap": [
        "Ofgem lowered the price cap on household energy bills.",
        "The city council voted to cap rents at 3 percent.",
        "Russia capped the price of bread in Moscow shops.",
        "Beijing capped the price of its own rare earths.",
    ],
    "licence_authorising": [
        "The city issued a general licence allowing street vendors from Mexico to trade "
        "downtown.",
        "The notice changes no general licence authorising trade with Iran.",
        "The FA granted the Brazilian striker a specific licence allowing him to play in "
        "England.",
    ],
    "exemption_from_sanctions": [
        "The court granted the striker an exemption from the league's ban.",
        "The school granted pupils an exemption from the uniform rules.",
        "The State Department extended the sanctions exemption for another 120 days.",
    ],
    "named_not_called_for": [
        "Lawmakers called for sanctions on Russia.",
        "Sheinbaum, Lula and Petro demand end to Cuba embargo.",
        "The three presidents demand end to Venezuela sanctions.",
    ],
    "bloc_borders": [
        "Burundi closed all its borders with Rwanda.",
        "Costa Rica reopened its border with Panama to cargo trucks.",
        "Nigeria closed its borders with Benin to stop rice smuggling.",
    ],
    "taken_out_of": [
        "The coach will take the striker out of the squad.",
        "The reforms will take the country out of recession, the IMF said.",
        "Brexit took Britain out of the EU's single market.",
    ],
    "passive_recall": [
        "The Dutch ambassador in Ankara was called in by the Turkish foreign ministry for "
        "consultations.",
        "The Turkish ambassador in The Hague was summoned to the Dutch foreign ministry.",
        "The Turkish ambassador was called to testify before parliament in Ankara.",
    ],
    "gazetteer_names": [
        "Georgetown University cut ties with a Chinese institute.",
        "Guo Jiakun said China firmly opposes the so-called sanctions.",
        "George Town's council in Penang cut ties with a Chinese sister city.",
    ],
    "ruling_councils": [
        "The Sovereignty Council met in Port Sudan on Monday.",
        "The State Administration Council announced a new election date.",
        "The Sovereignty Council's chairman visited a hospital in Omdurman.",
    ],
    "envoy_heads_and_days_to_go": [
        "The head of the Russian embassy's press office said the embassy would stay open.",
        "The ambassador has two weeks to go before his posting ends.",
        "France's ambassador has a week to go until the end of his term in Moscow.",
    ],
    "dateline_forms": [
        "HANOI, May 23, 2016 - Vietnam's central bank cut its policy rate.",
        "ABUJA, 3 June - Nigeria's football federation named a new coach.",
        "ADDIS ABABA, 12 May - The African Union's summit opened on Sunday.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

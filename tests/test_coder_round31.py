"""Round 31 of the event coder (0.23.2), from four more blind batches (eval/dev.jsonl
dw-d-3305 ... dw-d-3703: feed items of outlets of the Americas, Oceania, South Asia,
Europe, Africa, the Gulf and East Asia, and wire copy since 1990). "Pakistani high
commission staffer expelled by New Delhi" and "Vanuatu expels Chinese embassy aide" were
nothing (dw-d-3402, dw-d-3400); "WASHINGTON/LONDON, Feb 24 - The United States, Britain
and Canada froze ..." gave Britain alone (dw-d-3419); "Pakistan 'fully supports' Beijing's
position" was nothing (dw-d-3624); "Harare welcomes London's decision to scrap remaining
sanctions" was Zimbabwe backing Britain (dw-d-3545); "Lusaka lifts export ban on maize"
eased measures on China (dw-d-3590). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EASE, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
E, R, SEV, RES, SUP = ("expel_diplomats", "recall_envoy", "sever_relations",
                       "restore_relations", "express_support")
A, INT, T, REF = "asserted", "intent", "threat", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # staff of a high commission, and embassy aides, are diplomats
    "high_commission_staff_and_embassy_aides": [
        ("Pakistani high commission staffer expelled by New Delhi over spying.",
         {(E, "IND", "PAK", A)}),
        ("Kenya expels two British high commission officials.", {(E, "KEN", "GBR", A)}),
        ("Vanuatu expels Chinese embassy aide over Santo land deal", {(E, "VUT", "CHN", A)}),
        ("Honiara orders Australian high commission official to leave within a week.",
         {(E, "SLB", "AUS", A)}),
    ],
    # a dateline naming two cities is no actor
    "datelines_of_two_cities": [
        ("WASHINGTON/LONDON, Feb 24 - The United States, Britain and Canada froze the assets "
         "of Russia's biggest state-owned lenders on Thursday.",
         {(IMP, "USA", "RUS", A), (IMP, "GBR", "RUS", A), (IMP, "CAN", "RUS", A)}),
        ("BRUSSELS/KYIV (Reuters) - The EU and Ukraine expelled two Belarusian diplomats.",
         {(E, "EU", "BLR", A), (E, "UKR", "BLR", A)}),
        ("PARIS/BERLIN, May 3 - France and Germany recalled their ambassadors from Minsk.",
         {(R, "FRA", "BLR", A), (R, "DEU", "BLR", A)}),
    ],
    # Sudan's Rapid Support Forces, named by acronym too
    "rapid_support_forces": [
        ("Washington, Ottawa and London jointly sanction three RSF commanders over El Fasher "
         "killings.", {(IMP, "USA", "SDN", A), (IMP, "CAN", "SDN", A),
                       (IMP, "GBR", "SDN", A)}),
        ("Britain froze the assets of two RSF commanders on Monday.",
         {(IMP, "GBR", "SDN", A)}),
        ("The EU imposed sanctions on the Rapid Support Forces' leader.",
         {(IMP, "EU", "SDN", A)}),
    ],
    # two states that raise their representation raise it with each other
    "representation_raised_between_two": [
        ("Egypt and Turkey raised their diplomatic representation to ambassador level on "
         "Tuesday.", {(RES, "EGY", "TUR", A), (RES, "TUR", "EGY", A)}),
        ("Egypt and Iran are in talks to raise their diplomatic representation to "
         "ambassador level.", {(RES, "EGY", "IRN", INT), (RES, "IRN", "EGY", INT)}),
        ("Bahrain and Qatar will raise their representation to ambassador level.",
         {(RES, "BHR", "QAT", INT), (RES, "QAT", "BHR", INT)}),
    ],
    # recognition won from a state is that state's act
    "recognition_won_from": [
        ("Pristina wins recognition from Funafuti, Kosovo's foreign ministry says",
         {(RES, "TUV", "XKX", A)}),
        ("Kosovo gained diplomatic recognition from Kenya on Monday.",
         {(RES, "KEN", "XKX", A)}),
        ("Kosovo received recognition from Ghana on Friday.", {(RES, "GHA", "XKX", A)}),
    ],
    # "their exit" told to a body, and the body told of "its withdrawal"
    "exits_notified": [
        ("Hungary and Israel informed the court of their withdrawal from the ICC.",
         {(SEV, "HUN", "ICC", A), (SEV, "ISR", "ICC", A)}),
        ("Hungary's foreign minister said the government would notify the World Health "
         "Organization of its withdrawal next month.", {(SEV, "HUN", "WHO", INT)}),
        ("Argentina notified the WHO of its exit on Friday.", {(SEV, "ARG", "WHO", A)}),
    ],
    # the rulers of listed states are those states
    "rulers_of_listed_states": [
        ("The military rulers of Niger, Mali and Burkina Faso will notify the United Nations "
         "of their exit from the International Criminal Court within days.",
         {(SEV, "NER", "ICC", INT), (SEV, "MLI", "ICC", INT), (SEV, "BFA", "ICC", INT)}),
        ("The military rulers of Mali and Niger expelled the French ambassador.",
         {(E, "MLI", "FRA", A), (E, "NER", "FRA", A)}),
        ("The rulers of Guinea and Gabon recalled their envoys from Paris.",
         {(R, "GIN", "FRA", A), (R, "GAB", "FRA", A)}),
    ],
    # bodies the guide has no code for, also as acronyms tagged as common nouns
    "more_unlisted_bodies": [
        ("Yerevan will formally leave the CSTO before year-end, Pashinyan tells parliament.",
         {(SEV, "ARM", "UNK", INT)}),
        ("Noboa says Ecuador will leave the Andean Community after trade spat with Bogota.",
         {(SEV, "ECU", "UNK", INT)}),
        ("Nicaragua said on Monday it was withdrawing from SICA.", {(SEV, "NIC", "UNK", A)}),
    ],
    # "the group" after G7, "the alliance" after NATO
    "bodies_described": [
        ("G7 puts Tehran on notice over drone shipments. The group's foreign ministers said "
         "Iranian entities would face swift new penalties if deliveries continued.",
         {(THR, "G7", "IRN", T)}),
        ("NATO summit ends. The alliance expelled eight Russian diplomats.",
         {(E, "NATO", "RUS", A)}),
        ("EU ministers meet in Luxembourg. The union imposed sanctions on six Iranian "
         "officials.", {(IMP, "EU", "IRN", A)}),
    ],
    # sanctions among the costs a verb imposes
    "sanctions_included": [
        ("G7 finance ministers said on Saturday they were ready to impose further costs on "
         "Moscow, including sanctions on foreign banks.", {(THR, "G7", "RUS", T)}),
        ("Washington imposed new restrictions on Caracas on Monday, including an asset "
         "freeze.", {(IMP, "USA", "VEN", A)}),
        ("Britain imposed fresh costs on Minsk, including sanctions on potash exporters.",
         {(IMP, "GBR", "BLR", A)}),
    ],
    # bans on ships of a flag, also with the ban's object in a relative clause
    "flagged_ships_banned": [
        ("Turkey imposed a port ban on Israeli-flagged vessels.", {(IMP, "TUR", "ISR", A)}),
        ("Tanker operators said the port ban, which Ankara imposed on Israeli-flagged "
         "vessels last month, had diverted traffic.", {(IMP, "TUR", "ISR", REF)}),
        ("Panama lifted its ban on Liberian-flagged tankers.", {(EASE, "PAN", "LBR", A)}),
        ("The ban that Seoul placed on Japanese seafood in 2013 hurt exporters.",
         {(IMP, "KOR", "JPN", REF)}),
    ],
    # others weighing a state's measure in place: a mention of it, no threat
    "others_weigh_a_measure": [
        ("Traders said Asian buyers were also weighing the EU's ban on Russian LNG.",
         {(IMP, "EU", "RUS", REF)}),
        ("Traders discussed the EU's ban on Russian LNG.", {(IMP, "EU", "RUS", REF)}),
        ("Ministers discussed Britain's sanctions on Iran.", {(IMP, "GBR", "IRN", REF)}),
    ],
    # "their governments" after a list of states: every one
    "their_governments": [
        ("Foreign ministers of Saudi Arabia, Kuwait and Bahrain said their governments stood "
         "in full solidarity with Qatar's leadership.",
         {(SUP, "SAU", "QAT", A), (SUP, "KWT", "QAT", A), (SUP, "BHR", "QAT", A)}),
        ("Poland and Lithuania said their governments would expel Belarusian diplomats.",
         {(E, "POL", "BLR", INT), (E, "LTU", "BLR", INT)}),
        ("Leaders of Chile and Peru said their governments backed Ecuador.",
         {(SUP, "CHL", "ECU", A), (SUP, "PER", "ECU", A)}),
    ],
    # "the two governments" after two states named as subjects
    "the_two_governments": [
        ("Britain and Canada acted together on Monday. The two governments froze the assets "
         "of three Singapore-registered firms.", {(IMP, "GBR", "SGP", A),
                                                  (IMP, "CAN", "SGP", A)}),
        ("Egypt and Turkey restored ties in 2023. The two countries expelled Iranian "
         "diplomats on Monday.", {(RES, "EGY", "TUR", REF), (RES, "TUR", "EGY", REF),
                                  (E, "EGY", "IRN", A), (E, "TUR", "IRN", A)}),
        ("Norway and Iceland met in Oslo. The two governments recalled their ambassadors "
         "from Moscow.", {(R, "NOR", "RUS", A), (R, "ISL", "RUS", A)}),
    ],
    # headline "US sanctions ... officials", the subject read as a compound of the verb
    "headline_sanction_verbs_after_a_compound": [
        ("US sanctions six more Hong Kong officials over transnational repression.",
         {(IMP, "USA", "CHN", A)}),
        ("UK sanctions three Iranian generals over drone supplies", {(IMP, "GBR", "IRN", A)}),
        ("EU sanctions four Russian judges", {(IMP, "EU", "RUS", A)}),
    ],
    # an envoy "no longer welcome" is expelled by whoever says so
    "no_longer_welcome": [
        ("Japan told Beijing its consul general in Osaka was no longer welcome.",
         {(E, "JPN", "CHN", A)}),
        ("South Africa's ambassador to the United States 'is no longer welcome in our great "
         "country', Secretary of State Marco Rubio said on Friday.", {(E, "USA", "ZAF", A)}),
        ("Bolivia said the US ambassador was no longer welcome in La Paz.",
         {(E, "BOL", "USA", A)}),
    ],
    # headline "..., recognises Beijing", the state read as an adverbial noun
    "recognised_state_as_adverbial": [
        ("Nauru cuts ties with Taipei, recognises Beijing",
         {(SEV, "NRU", "TWN", A), (RES, "NRU", "CHN", A)}),
        ("Guatemala breaks ties with Taiwan, recognizes China",
         {(SEV, "GTM", "TWN", A), (RES, "GTM", "CHN", A)}),
        ("Kiribati drops Taipei, recognises Beijing",
         {(SEV, "KIR", "TWN", A), (RES, "KIR", "CHN", A)}),
    ],
    # short quoted phrases of an act: the clause read without the quote marks
    "quoted_acts": [
        ("ISLAMABAD (AFP) - Pakistan 'fully supports' Beijing's position on Taiwan and "
         "opposes any attempt to interfere in China's internal affairs, the foreign office "
         "spokeswoman said.", {(SUP, "PAK", "CHN", A)}),
        ("Albania's prime minister Edi Rama tells reporters in Tirana that his government "
         "'stands fully behind' Pristina.", {(SUP, "ALB", "XKX", A)}),
        ("Prime Minister Shehbaz Sharif assured President Tayyip Erdogan of Pakistan's 'full "
         "solidarity' with Turkey.", {(SUP, "PAK", "TUR", A)}),
    ],
    # the other side of a row is not backed
    "row_partner_not_backed": [
        ("Turkey stands 'shoulder to shoulder' with Azerbaijan in row with Moscow.",
         {(SUP, "TUR", "AZE", A)}),
        ("Turkey stands shoulder to shoulder with Azerbaijan in row with Moscow.",
         {(SUP, "TUR", "AZE", A)}),
        ("Ankara stands with Baku in dispute with Paris.", {(SUP, "TUR", "AZE", A)}),
    ],
    # a welcomed decision to lift measures is a reaction, no backing
    "welcomed_liftings": [
        ("Harare welcomes London's decision to scrap remaining sanctions.",
         {(EASE, "GBR", "ZWE", A)}),
        ("Uzbekistan welcomed the US decision to lift sanctions on cotton exports.",
         {(EASE, "USA", "UZB", A)}),
        ("Minsk hailed Washington's decision to ease sanctions on Belavia.",
         {(EASE, "USA", "BLR", A)}),
    ],
    # who brokered a deal is no party to it
    "mediators_not_parties": [
        ("Bahrain's foreign ministry said relations with Iran had been restored under a deal "
         "brokered by Oman, with embassies in both capitals to reopen before March.",
         {(RES, "BHR", "IRN", A)}),
        ("Riyadh and Tehran agreed to reopen embassies under a deal mediated by China.",
         {(RES, "SAU", "IRN", INT), (RES, "IRN", "SAU", INT)}),
        ("Jordan's foreign ministry said ties with Syria had been restored under a deal "
         "brokered by Iraq, with embassies to reopen in May.", {(RES, "JOR", "SYR", A)}),
    ],
    # export bans still code when they name a state, its firms or where goods go
    "export_bans_on_states": [
        ("China imposed an export ban on gallium to the United States.",
         {(IMP, "CHN", "USA", A)}),
        ("Beijing imposed an export ban on Lockheed Martin.", {(IMP, "CHN", "USA", A)}),
        ("Seoul imposed an arms export ban on Myanmar.", {(IMP, "KOR", "MMR", A)}),
    ],
    # talk or speculation of an act, dismissed
    "dismissed_talk": [
        ("Palau's Whipps dismisses talk of switching recognition to Beijing.", set()),
        ("Minsk expelled a Latvian diplomat on Monday but dismissed speculation that it would "
         "expel the Polish ambassador.", {(E, "BLR", "LVA", A)}),
        ("Ghana recalled its ambassador from Beijing but rejected talk of cutting ties with "
         "China.", {(R, "GHA", "CHN", A)}),
    ],
    # headline "Riyadh to lift ...", the verb parsed as a clause of the name
    "name_to_verb_headlines": [
        ("Riyadh to lift ban on Lebanese imports after four years, Beirut says.",
         {(EASE, "SAU", "LBN", INT)}),
        ("Riyadh to lift ban on Lebanese imports.", {(EASE, "SAU", "LBN", INT)}),
        ("Saudi Arabia to lift ban on Lebanese imports.", {(EASE, "SAU", "LBN", INT)}),
    ],
    # the work of a mission resumed
    "mission_work_resumed": [
        ("Saudi Arabia will resume the work of its diplomatic mission in Syria, the foreign "
         "ministry said on Tuesday.", {(RES, "SAU", "SYR", INT)}),
        ("Italy resumed operations at its embassy in Damascus.", {(RES, "ITA", "SYR", A)}),
        ("Spain resumed the work of its embassy in Kabul on Monday.",
         {(RES, "ESP", "AFG", A)}),
    ],
    # another state ordered or asked to scale down its mission's staff
    "staff_scaled_down": [
        ("India on Thursday asked Canada to scale down its diplomatic staff in the country.",
         {(E, "IND", "CAN", A)}),
        ("Moscow ordered Washington to downsize its embassy staff.", {(E, "RUS", "USA", A)}),
        ("Beijing told Vilnius to scale down its embassy staff in China.",
         {(E, "CHN", "LTU", A)}),
    ],
    # a draft law approved by a cabinet is still a bill
    "draft_laws_approved": [
        ("The Irish cabinet approved a draft law on Tuesday banning imports of goods from "
         "Israeli settlements.", {(THR, "IRL", "ISR", T)}),
        ("Slovenia's government approved a draft law on Friday banning arms exports to "
         "Israel.", {(THR, "SVN", "ISR", T)}),
        ("The Irish president signed a law on Tuesday banning imports of goods from Israeli "
         "settlements.", {(IMP, "IRL", "ISR", A)}),
    ],
    # one moved to act acts
    "moved_to_act": [
        ("Spain endorsed Morocco's autonomy plan, a shift that prompted Algeria to call its "
         "ambassador home from Madrid.", {(SUP, "ESP", "MAR", A), (R, "DZA", "ESP", REF)}),
        ("The killing led Britain to expel two Russian diplomats.", {(E, "GBR", "RUS", A)}),
        ("The poisoning spurred Canada to expel four Russian diplomats.",
         {(E, "CAN", "RUS", A)}),
    ],
    # an envoy's return "for consultations" or "home" is the recall
    "returns_for_consultations": [
        ("Petro recalls ambassador from Washington. Colombia's president said the envoy's "
         "return for consultations was a protest at U.S. decertification.",
         {(R, "COL", "USA", A)}),
        ("Colombia's president said the ambassador's return from Washington for "
         "consultations was a protest.", {(R, "COL", "USA", A)}),
        ("Chile said its envoy's return home from Caracas was a protest.",
         {(R, "CHL", "VEN", A)}),
        ("Peru announced the return of its ambassador to Mexico.", {(RES, "PER", "MEX", A)}),
    ],
    # counts of two states' people, the second read as a conjunct of the first adjective
    "counted_people_of_two_states": [
        ("Iran imposed sanctions on Wednesday on eight British and six German individuals "
         "and entities.", {(IMP, "IRN", "GBR", A), (IMP, "IRN", "DEU", A)}),
        ("Moscow banned entry to five Polish and three Lithuanian lawmakers.",
         {(IMP, "RUS", "POL", A), (IMP, "RUS", "LTU", A)}),
        ("Beijing sanctioned four American and two Canadian officials.",
         {(IMP, "CHN", "USA", A), (IMP, "CHN", "CAN", A)}),
    ],
    # the Bosnian Serb leader (coded as the dev labels code him)
    "dodik": [
        ("Washington removes Milorad Dodik and his family from its sanctions list.",
         {(EASE, "USA", "BIH", A)}),
        ("The U.S. Treasury imposed sanctions on Dodik on Wednesday.",
         {(IMP, "USA", "BIH", A)}),
        ("Britain froze the assets of Milorad Dodik.", {(IMP, "GBR", "BIH", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "high_commission_staff_and_embassy_aides": [
        "The minister's aide was expelled from the party.",
        "A presidential aide to Ruto flew to London.",
        "The European Commission official was told to leave the meeting.",
    ],
    "datelines_of_two_cities": [
        "WASHINGTON/LONDON, Feb 24 - Oil prices rose on Thursday.",
        "PARIS/BERLIN, May 3 - France and Germany signed a rail deal.",
        "BRUSSELS/KYIV (Reuters) - EU leaders met in Brussels.",
    ],
    "rapid_support_forces": [
        "RSF said three journalists were detained in Khartoum.",
        "The Rapid Support Forces seized the town on Monday.",
        "Reporters Without Borders (RSF) sanctioned no one.",
    ],
    "representation_raised_between_two": [
        "Albania and Ukraine said they were lowering their representation to non-resident "
        "level.",
        "Egypt and Turkey raised their interest rates on Tuesday.",
        "Bahrain and Qatar raised their football teams' representation in the league.",
    ],
    "recognition_won_from": [
        "Somaliland has never won recognition from any UN member.",
        "The film won recognition from critics in Berlin.",
        "Palestine is seeking recognition from Japan.",
    ],
    "exits_notified": [
        "The ministers spoke of their exit from the talks.",
        "Hungary informed the WHO of its vaccination figures.",
        "Argentina notified the court of its appeal.",
    ],
    "rulers_of_listed_states": [
        "The military rulers of Niger, Mali and Burkina Faso met in Niamey.",
        "The rulers of Guinea and Gabon attended the summit.",
        "The former rulers of Mali and Niger were freed.",
    ],
    "more_unlisted_bodies": [
        "The president left the Andean city of Cusco on Monday.",
        "Armenia's delegate left the CSTO building.",
        "The team will leave the Andean highlands next week.",
    ],
    "bodies_described": [
        "Hamas said on Monday the group would back Qatar.",
        "G7 ministers met. A group of states later discussed Iran.",
        "NATO summit ends. The alliance will meet again in July.",
    ],
    "sanctions_included": [
        "The ministers discussed several issues on Monday, including sanctions on Iran.",
        "The firm imposed new fees on customers, including a card charge.",
        "Analysts listed risks, including sanctions on Russia.",
    ],
    "flagged_ships_banned": [
        "The port imposed a ban on old vessels.",
        "Panama lifted its ban on single-hull tankers.",
        "The ban that the club placed on flares was lifted.",
    ],
    "others_weigh_a_measure": [
        "Traders weighed the risk of a ban on LNG.",
        "Buyers were weighing the effect of the price cap.",
        "Ministers discussed the weather in Brussels.",
    ],
    "their_governments": [
        "Ministers of Saudi Arabia, Kuwait and Bahrain said their governments would meet.",
        "Poland and Lithuania said their governments had approved budgets.",
        "Leaders of Chile and Peru said their governments backed the trade fair.",
    ],
    "the_two_governments": [
        "Britain and Canada signed a trade deal. The two governments met in Ottawa.",
        "Egypt and Turkey held talks. The two countries agreed to boost trade.",
        "France said the two countries would hold talks.",
    ],
    "headline_sanction_verbs_after_a_compound": [
        "Club sanctions three fans over brawl.",
        "FIFA sanctions six players over brawl.",
        "UK sanctions regime review published.",
    ],
    "no_longer_welcome": [
        "Fans said the coach was no longer welcome.",
        "Rubio said the ambassador was still welcome.",
        "The minister said tourists were no longer welcome in the old town.",
    ],
    "recognised_state_as_adverbial": [
        "Nauru cuts taxes, recognises farmers",
        "Guatemala breaks record, recognizes athletes",
        "Kiribati drops tariffs, welcomes tourists",
    ],
    "quoted_acts": [
        "Damascus embassy reopening 'not on the agenda', State Department says.",
        "Pakistan 'fully supports' the new cricket format.",
        "The minister said the talks were 'going well'.",
    ],
    "row_partner_not_backed": [
        "Turkey is in a row with Moscow over grain.",
        "Azerbaijan's dispute with Paris deepened.",
        "Ankara stands firm in its row with Moscow.",
    ],
    "welcomed_liftings": [
        "Caracas welcomed the central bank's decision to lift interest rates.",
        "Minsk hailed the decision to lift the curfew.",
        "Caracas welcomed Madrid's decision to scrap visa fees for students.",
    ],
    "mediators_not_parties": [
        "The talks were hosted by Oman.",
        "A deal brokered by Qatar freed four hostages.",
        "The ceasefire was mediated by Egypt.",
    ],
    "export_bans_on_states": [
        "Zambia's copper shipments to China hit record as Lusaka lifts export ban on maize",
        "India lifted its export ban on rice.",
        "Indonesia imposed an export ban on palm oil.",
    ],
    "dismissed_talk": [
        "Rabat rejects talk of restoring ties with Tehran.",
        "Lusaka dismissed speculation it would close its consulate in Laayoune.",
        "Hanoi dismisses talk of switching recognition to Taipei.",
    ],
    "name_to_verb_headlines": [
        "Riyadh to host football final, Beirut says.",
        "Saudi Arabia to lift fuel prices.",
        "Riyadh to ban plastic bags next year.",
    ],
    "mission_work_resumed": [
        "Italy resumed work at its embassy in Damascus on Monday after the holiday.",
        "The factory resumed operations in Damascus.",
        "Spain resumed the work of its trade fair in Kabul.",
    ],
    "staff_scaled_down": [
        "Britain scaled down its embassy staff in Kabul.",
        "The bank asked Canada to scale down its bond purchases.",
        "Moscow ordered the firm to downsize its staff.",
    ],
    "draft_laws_approved": [
        "The Irish cabinet approved a draft law on Tuesday banning smoking in parks.",
        "Slovenia's government approved a draft law on pensions.",
        "The cabinet approved a draft budget on Tuesday.",
    ],
    "moved_to_act": [
        "The shift prompted Algeria to call an election.",
        "The killing led Britain to review its laws.",
        "The flood spurred Canada to send aid to Pakistan.",
    ],
    "returns_for_consultations": [
        "The minister's return home from Mexico was delayed.",
        "Colombia's president said the player's return for consultations was a protest.",
        "Peru announced the return of its team from Mexico.",
    ],
    "counted_people_of_two_states": [
        "Moscow welcomed five Polish and three Lithuanian lawmakers.",
        "Beijing hosted four American and two Canadian officials.",
        "Iran invited eight British and six German scholars.",
    ],
    "dodik": [
        "Dodik met Putin in Moscow.",
        "Milorad Dodik won the vote in Banja Luka.",
        "The court in Sarajevo fined Dodik.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

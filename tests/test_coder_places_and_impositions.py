"""The event coder 0.23.28: who acts when the sentence does not say it in the act's own
subject. A passive ban with no agent ("were barred from entering Estonia, Latvia and
Lithuania", "banned from EU airspace") is the barring place's, and "the country" the
speaker's; "the Council" is the EU's in the EU's own words (Brussels, a CFSP decision, a
numbered sanctions package); and the imposition of a measure an easing ends, told with it
("lifting a ban it imposed in 2001", "bans first imposed after the 2006 coup", "reversing
measures Tehran introduced in 2022") or in a later sentence whose own easing is not coded
("the Treasury said the measures imposed last week ... had been removed"), is that
measure's imposition by the same state (reference). Found by listing, for each dev miss of
rounds 1 to 56, the candidate the coder had dropped for want of a source or target. And
(0.23.29) a state taking over another body's measure in more forms ("aligns with EU listings
of Iranian drone makers", "will mirror the EU ban on ...", "aligned itself with the European
Union's latest package, extending asset freezes to ... Belarusian officials"): the adopter's
own measure, and the owner's measure as background. And (0.23.30) the people or firms a
measure names, taken up by a pronoun ("The report named six Russian generals. Canada banned
them from entering the country", "froze their assets"): their state is the target; and
"the country" a measure is on ("calling U.S. sanctions on the country illegal") is the state
named last before it, not the measure's owner nor its clause's subject. And (0.23.31) two
speakers: "we" after a speaker's label ("RUBIO: Senator, we have reimposed ...", "Senegal's
President Faye on X: 'We stand with ...'") is the speaker's state, and the European
Parliament and its members ("MEPs voted for a resolution urging the EU to freeze ...") are
the EU's. Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, THR = "impose_sanctions", "ease_sanctions", "threaten_sanctions"
SUP = "express_support"
A, INT, REF = "asserted", "intent", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # a passive ban with no agent: the place it keeps people out of acts
    "barred_from_a_place": [
        ("Nine Venezuelan officials were barred from entering Colombia and Peru on Friday, "
         "the two governments said.", {(IMP, "COL", "VEN", A), (IMP, "PER", "VEN", A)}),
        ("Four Georgian judges have been barred from entering the United States, the embassy "
         "in Tbilisi confirmed.", {(IMP, "USA", "GEO", A)}),
        ("Six Russian commanders will be banned from entering Finland from Monday.",
         {(IMP, "FIN", "RUS", INT)}),
        # "the country": the speaker's
        ("Thailand's foreign ministry said two Myanmar generals had been barred from "
         "entering the country.", {(IMP, "THA", "MMR", A)}),
        ("The Belarusian state airline, which was banned from EU airspace in 2021, resumed "
         "flights to Dubai.", {(IMP, "EU", "BLR", REF)}),
        # a Greek Cypriot is Cyprus's, not Greece's
        ("Greek Cypriot officials were barred from entering Turkey, Ankara said.",
         {(IMP, "TUR", "CYP", A)}),
    ],
    # "the Council", bare, in the EU's words for its own acts
    "eu_council_in_its_words": [
        ("Brussels, 12 May. The Council today listed nine Iranian officials responsible for "
         "the crackdown.", {(IMP, "EU", "IRN", A)}),
        ("The Council adopted the 18th package of sanctions against Russia on Friday.",
         {(IMP, "EU", "RUS", A)}),
        ("The Council prolonged the asset freezes on 54 Venezuelan officials by a year, "
         "diplomats in Brussels said.", {(IMP, "EU", "VEN", A)}),
        # a Security Council named before is the Council meant
        ("The Security Council extended the arms embargo on South Sudan; Brussels welcomed "
         "the vote. The Council also renewed the panel of experts.", {(IMP, "UN", "SSD", A)}),
    ],
    # the imposition told in the easing's own sentence
    "imposition_told_with_easing": [
        ("China will resume imports of Japanese beef, lifting a ban it imposed in 2001.",
         {(EAS, "CHN", "JPN", INT), (IMP, "CHN", "JPN", REF)}),
        ("Canada lifted travel bans on six Fijian officers on Monday, bans first imposed after "
         "the 2006 coup.", {(EAS, "CAN", "FJI", A), (IMP, "CAN", "FJI", REF)}),
        ("West African leaders scrapped the border closures and asset freezes they slapped on "
         "Niger after the coup.", {(EAS, "ECOWAS", "NER", A), (IMP, "ECOWAS", "NER", REF)}),
        ("Russia ended the ban on Georgian wine, which was introduced in 2006.",
         {(EAS, "RUS", "GEO", A), (IMP, "RUS", "GEO", REF)}),
        ("Iran removed 12 British firms from its sanctions list on Sunday, reversing measures "
         "Tehran introduced in 2022.", {(EAS, "IRN", "GBR", A), (IMP, "IRN", "GBR", REF)}),
    ],
    # the imposition told in a later sentence whose own easing is not coded
    "imposition_told_later": [
        ("U.S. lifts sanctions on Turkish ministries. The Treasury said the measures imposed "
         "last week on the two ministries had been removed.",
         {(EAS, "USA", "TUR", A), (IMP, "USA", "TUR", REF)}),
        ("Japan lifts visa ban on Nigerians. The ministry said the suspension, imposed in 2022 "
         "over unpaid fees, was rescinded on Tuesday.",
         {(EAS, "JPN", "NGA", A), (IMP, "JPN", "NGA", REF)}),
        ("Wellington to lift travel bans on Fijian officials. The minister said the "
         "restrictions imposed after the 2006 coup would be removed next month.",
         {(EAS, "NZL", "FJI", INT), (IMP, "NZL", "FJI", REF)}),
        # a measure on another state is another measure
        ("Germany lifted its arms freeze on Saudi Arabia. The ban imposed in 2019 on Turkish "
         "steel was removed too.", {(EAS, "DEU", "SAU", A)}),
    ],
    # another body's measure taken over: the adopter's own, and the owner's (background)
    "adopted_measure": [
        ("Serbia aligns with EU listings of Iranian drone makers, freezing their assets.",
         {(IMP, "SRB", "IRN", A), (IMP, "EU", "IRN", REF)}),
        ("Iceland will mirror the EU ban on Russian diamond imports from March.",
         {(IMP, "ISL", "RUS", INT), (IMP, "EU", "RUS", REF)}),
        ("The Swiss government aligned itself with the European Union's latest package, "
         "extending asset freezes to a further 40 Belarusian officials.",
         {(IMP, "CHE", "BLR", A), (IMP, "EU", "BLR", REF)}),
        ("Norway will apply the EU's new curbs on Russian shipping from May.",
         {(IMP, "NOR", "RUS", INT), (IMP, "EU", "RUS", REF)}),
        # the adoption refused (negated, not counted) or weighed; the owner's measure
        # stands all the same
        ("Georgia has refused to align with the EU's measures against Russia since 2022.",
         {(IMP, "EU", "RUS", REF)}),
        ("Albania is preparing to align with EU measures against Iranian officials, the "
         "foreign ministry said.", {(THR, "ALB", "IRN", "threat"), (IMP, "EU", "IRN", REF)}),
    ],
    # "them", "their assets": the listed people or firms named before, by their state
    "listed_people_pronouns": [
        ("The report named six Russian generals. Canada banned them from entering the "
         "country.", {(IMP, "CAN", "RUS", A)}),
        ("Six Russian generals were named in the report. Canada froze their assets on "
         "Monday.", {(IMP, "CAN", "RUS", A)}),
        ("Seven Belarusian judges were named in the ruling. Lithuania banned them from "
         "entering the country on Monday.", {(IMP, "LTU", "BLR", A)}),
        ("Ottawa will sanction 12 Haitian businessmen next week; the Dominican Republic said "
         "it had already barred them from entry.", {(IMP, "CAN", "HTI", INT),
                                                    (IMP, "DOM", "HTI", A)}),
    ],
    # "sanctions on the country": the state named last before it
    "measure_on_the_country": [
        ("Pakistan stands by Iran, the Foreign Office says, calling U.S. sanctions on the "
         "country illegal.", {(SUP, "PAK", "IRN", A), (IMP, "USA", "IRN", REF)}),
        ("Trump signs order ending Syria sanctions programme. The order removes most US "
         "restrictions on the country.", {(EAS, "USA", "SYR", A)}),
        ("Venezuela's oil output rose in May. Washington eased its sanctions on the country "
         "in October, the ministry said.", {(EAS, "USA", "VEN", A)}),
        ("Iran's rial fell again on Sunday. Economists blame U.S. sanctions on the country "
         "for the slide.", {(IMP, "USA", "IRN", REF)}),
        # a venue is not the country meant
        ("Cuba's tourism minister met hotel chains in Madrid. He called the U.S. embargo on "
         "the country a relic.", {(IMP, "USA", "CUB", REF)}),
    ],
    # "we" after a speaker's label: the speaker's state
    "speaker_label_we": [
        ("Senegal's President Faye on X: 'We stand with Mali's transitional authorities in "
         "the fight against terrorism.'", {(SUP, "SEN", "MLI", A)}),
        ("RUBIO: Senator, we have reimposed the oil sanctions on Venezuela.",
         {(IMP, "USA", "VEN", A)}),
        ("FOREIGN SECRETARY LAMMY: We are sanctioning six more Russian generals today.",
         {(IMP, "GBR", "RUS", A)}),
        ("MINISTER SIKORSKI: We will expel two more Russian diplomats this week.",
         {("expel_diplomats", "POL", "RUS", INT)}),
    ],
    # the European Parliament and its members speak for the EU
    "meps_for_the_eu": [
        ("MEPs voted on Tuesday for a resolution urging the EU to freeze the assets of Ugandan "
         "police chiefs.", {(THR, "EU", "UGA", "threat")}),
        ("STRASBOURG - MEPs backed a resolution that calls on the Council to blacklist "
         "Belarusian judges.", {(THR, "EU", "BLR", "threat")}),
        ("MEPs urged the Council to sanction Azerbaijani officials over the crackdown.",
         {(THR, "EU", "AZE", "threat")}),
        ("MEPs called for asset freezes on Rwandan commanders over the M23 offensive.",
         {(THR, "EU", "RWA", "threat")}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "barred_from_a_place": [
        "Russian fans were barred from entering the stadium, police said.",
        "Aid trucks were barred from entering Gaza on Sunday.",
        "British tourists were banned from entering the Louvre after the brawl.",
    ],
    "eu_council_in_its_words": [
        "The Council extended the deadline for bids for the 5th package of road works in "
        "Brussels.",
        "The Council prolonged the asset freezes on 54 Venezuelan officials by a year, the UN "
        "said.",
        "Brussels city Council voted to extend the ban on diesel cars in the centre.",
    ],
    "imposition_told_with_easing": [
        "The league lifted the ban it imposed on the striker in 2023.",
        "The city lifted parking restrictions first imposed in 2020.",
        "The club ended the transfer ban, which was introduced in 2021.",
    ],
    "imposition_told_later": [
        "The club lifted the transfer ban. The restrictions, imposed in 2022 over unpaid wages, "
        "were removed on Friday.",
        "The city lifted its parking ban. The curbs imposed last week on lorries were removed "
        "too.",
        "The league eased its rules. The ban imposed on the striker in 2023 was lifted.",
    ],
    "adopted_measure": [
        "The club adopted the league's new rules on transfers.",
        "The bank will apply the EU's new capital rules from May.",
        "Norway adopted the EU's ban on plastic straws.",
        "Kosovo will implement the EU's curbs on single-use plastics from June.",
    ],
    "listed_people_pronouns": [
        "The club signed six Brazilian players. The league banned them from the final.",
        "Six Russian tourists were robbed in Rome. The bank froze their accounts.",
        "Two Chinese executives resigned on Monday. The board froze their shares.",
    ],
    "measure_on_the_country": [
        "The health ministry's smoking ban on the country took effect on Monday.",
        "Storms and a travel ban on the country's roads closed schools on Monday.",
        "The league lifted its ban on the country, the club said.",
    ],
    "speaker_label_we": [
        "Live: We are following the summit in Brussels, where leaders back Kyiv's bid.",
        "COACH: We will ban phones in the dressing room.",
        "Statement on Iran: We support the talks in Oman.",
    ],
    "meps_for_the_eu": [
        "MEPs gave final approval on Tuesday to steep tariffs on Russian fertiliser.",
        "The European Parliament threw out a censure motion against the Commission as 360 MEPs "
        "voted no.",
        "MEPs backed the new farm budget on Wednesday.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

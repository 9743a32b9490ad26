"""Round 22 of the event coder (0.20.1), from two more general blind batches
(eval/dev.jsonl dw-d-1505 ... dw-d-1704, written with no phrasing asked for). An envoy "told
to leave" a country, said so by the envoy's own state, was that state's expulsion of the host
("South Africa's envoy to Washington has been told to leave the United States, Pretoria
confirmed": dw-d-1693). Two states agreeing "to bring back" envoys were recalling them
(dw-d-1329). A dotted acronym ending a headline ("barred from U.S. The State Department
said ...") ran two sentences into one and reversed the event (dw-d-1352). An act misparsed
below "questioned the legitimacy of ..." was hypothetical and the questioner's (dw-d-1442).
An embassy reopened "after a two-day closure" restored relations (dw-d-1699); "Israeli
exports" acted as Israel (dw-d-1703). "Port of Spain" was Spain (dw-d-1580); firms
"registered in" or "based in" a state were nobody's (dw-d-1668); representation raised "to
ambassador level" was no restoration (dw-d-1640). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, E, R_, RES = "impose_sanctions", "expel_diplomats", "recall_envoy", "restore_relations"
SEV = "sever_relations"
A, INT, T = "asserted", "intent", "threat"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the speaker is the envoy's own state: the state the envoy leaves expels
    "envoy_told_to_leave_said_by_its_own_state": [
        ("South Africa's envoy to Washington, Ebrahim Rasool, has been told to leave the "
         "United States after Secretary of State Marco Rubio called him a 'race-baiting "
         "politician', Pretoria confirmed.", {(E, "USA", "ZAF", A)}),
        ("Poland's ambassador has been told to leave Belarus, Warsaw said.",
         {(E, "BLR", "POL", A)}),
        ("Lithuania's charge d'affaires has been ordered to leave Minsk, Vilnius said.",
         {(E, "BLR", "LTU", A)}),
        # the speaker is another state: as before
        ("Two Russian diplomats have been told to leave the country, Poland's foreign "
         "ministry said.", {(E, "POL", "RUS", A)}),
    ],
    # two states agreeing to bring envoys back restore relations
    "joint_agreement_to_bring_back_envoys": [
        ("India and Canada agree to bring back high commissioners.",
         {(RES, "IND", "CAN", INT), (RES, "CAN", "IND", INT)}),
        ("Chile and Peru agreed to bring back their ambassadors.",
         {(RES, "CHL", "PER", INT), (RES, "PER", "CHL", INT)}),
        ("Canada brought back its high commissioner from New Delhi.", {(R_, "CAN", "IND", A)}),
    ],
    # a dotted acronym's stop that ends the sentence
    "acronym_at_the_end_of_a_sentence": [
        ("Ex-Haitian senators barred from U.S. The State Department said on Tuesday it had "
         "imposed visa restrictions on two former Haitian senators.", {(IMP, "USA", "HTI", A)}),
        ("Iran expels diplomat from the U.K. The foreign ministry in Tehran said the British "
         "envoy had 48 hours to leave.", {(E, "IRN", "GBR", A)}),
        ("Moscow recalls ambassador from the U.S. It said the envoy would return for "
         "consultations.", {(R_, "RUS", "USA", A)}),
    ],
    # "questioned" with an object questions that, not the act misparsed below it
    "question_of_something_else": [
        ("Peru's ambassador in Mexico City has been called home for consultations, the "
         "foreign ministry in Lima said, after Mexico's president questioned the legitimacy "
         "of the Peruvian government.", {(R_, "PER", "MEX", A)}),
        ("Colombia's ambassador in Quito has been called home, Bogota said, after Ecuador's "
         "president questioned the legitimacy of the vote.", {(R_, "COL", "ECU", A)}),
        ("Chile recalled its ambassador from Caracas after Venezuela's president questioned "
         "the election results.", {(R_, "CHL", "VEN", A)}),
    ],
    # a reopening after a short closure restores nothing; after a break it does
    "reopening_after_a_short_closure": [
        ("Saudi Arabia reopened its embassy in Damascus, closed since 2012.",
         {(RES, "SAU", "SYR", A)}),
        ("Jordan raised its mission in Damascus to full embassy status.",
         {(RES, "JOR", "SYR", A)}),
        ("Bahrain reopened its embassy in Beirut after a two-year rupture.",
         {(RES, "BHR", "LBN", A)}),
        # trade does not act: the state that recognised did
        ("Israeli exports to Ireland have slumped since Dublin recognised a Palestinian state.",
         {(RES, "IRL", "PSE", "reference")}),
    ],
    # firms "registered in" or "based in" a state are that state's
    "firms_registered_in_a_state": [
        ("Tokyo has frozen the assets of 14 Russians and of trading firms registered in the "
         "United Arab Emirates and Uzbekistan.",
         {(IMP, "JPN", "RUS", A), (IMP, "JPN", "ARE", A), (IMP, "JPN", "UZB", A)}),
        ("The US sanctioned three firms based in Singapore and Malaysia.",
         {(IMP, "USA", "SGP", A), (IMP, "USA", "MYS", A)}),
        ("The EU blacklisted four companies registered in the UAE.", {(IMP, "EU", "ARE", A)}),
    ],
    # a name with "of" as a whole
    "names_with_of": [
        ("Venezuela threatened to cut ties with Port of Spain.", {(SEV, "VEN", "TTO", T)}),
        ("The Democratic Republic of Congo recalled its ambassador from Nairobi.",
         {(R_, "COD", "KEN", A)}),
        ("Paraguay restored ties with the Republic of China.", {(RES, "PRY", "TWN", A)}),
    ],
    # representation raised "to ambassador level"
    "raised_to_ambassador_level": [
        ("Egypt raised its diplomatic representation in Tehran to ambassador level.",
         {(RES, "EGY", "IRN", A)}),
        ("Israel and Turkey raised ties to ambassadorial level.",
         {(RES, "ISR", "TUR", A), (RES, "TUR", "ISR", A)}),
        ("Jordan elevated its diplomatic representation in Doha to embassy status.",
         {(RES, "JOR", "QAT", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "envoy_told_to_leave_said_by_its_own_state": [
        "Poland's ambassador has left Belarus for a holiday, Warsaw said.",
        "The players have been told to leave the stadium, the club said.",
        "Tourists have been told to leave the island, officials said.",
    ],
    "joint_agreement_to_bring_back_envoys": [
        "India and Canada agree to bring back the cricket series.",
        "The two clubs agreed to bring back their coaches.",
        "Parents and teachers agreed to bring back school trips.",
    ],
    "acronym_at_the_end_of_a_sentence": [
        "Sales rose in the U.S. The company said demand was strong.",
        "Snow hit the U.S. The storm closed schools.",
        "Talks with the U.S. The ministers met in Geneva.",
    ],
    "question_of_something_else": [
        "Analysts questioned whether Peru would recall its ambassador.",
        "Reporters questioned whether Chile would cut ties with Venezuela.",
        "Lawmakers questioned whether the EU would lift sanctions on Syria.",
    ],
    "reopening_after_a_short_closure": [
        "The U.S. embassy in Port Moresby reopened on Monday after a two-day closure during "
        "unrest in the capital.",
        "The French embassy reopened after a three-day closure for security reasons.",
        "Canada's embassy reopened on Friday after a one-week closure.",
    ],
    "firms_registered_in_a_state": [
        "The club signed three players based in Spain.",
        "The EU fined three banks based in Luxembourg.",
        "Investors bought two firms registered in Delaware.",
    ],
    "names_with_of": [
        "The Port of Spain carnival drew record crowds.",
        "The Bank of Spain raised interest rates.",
        "The Republic of Letters festival opened in Paris.",
    ],
    "raised_to_ambassador_level": [
        "The two countries raised ties to a strategic level.",
        "The firm raised its stake to a controlling level.",
        "The coach raised his squad to championship level.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

"""Round 14 of the event coder (0.14.0): a phrasing sweep. Recall on held-out real news
stayed flat while the tuning sets rose, so this round wrote down the ways wire copy,
headlines and summaries commonly say each event (most of all expulsions, sanctions
imposed and sanctions threatened) and asserts the exact (type, source, target, modality)
of the counted events of sentences written for these tests (none is copied from an eval
set or the replay corpus). Classes marked "new" were missed before 0.14.0; the others
guard phrasings the coder already found. Every new trigger has hard negatives."""

from __future__ import annotations

import pytest

from tests.conftest import flagged_texts, wrong_codings

E, IMP, T = "expel_diplomats", "impose_sanctions", "threaten_sanctions"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    "ordered_to_leave": [
        ("Russia ordered two Estonian diplomats to leave the country within 72 hours.",
         {(E, "RUS", "EST", "asserted")}),
        ("Two Latvian diplomats have been ordered to leave Russia within a week.",
         {(E, "RUS", "LVA", "asserted")}),
        ("Mali ordered the French ambassador to leave within 72 hours on Monday.",
         {(E, "MLI", "FRA", "asserted")}),
        ("Niger orders French ambassador to leave", {(E, "NER", "FRA", "asserted")}),
        ("Latvia ordered out a Russian diplomat on Friday.", {(E, "LVA", "RUS", "asserted")}),
    ],
    # new: the plural "personae non gratae"
    "persona_non_grata": [
        ("Poland declared a Russian diplomat persona non grata on Tuesday.",
         {(E, "POL", "RUS", "asserted")}),
        ("Two Chinese consular officials were declared persona non grata by Canada.",
         {(E, "CAN", "CHN", "asserted")}),
        ("Slovakia said it had declared three Russian embassy staff personae non gratae.",
         {(E, "SVK", "RUS", "asserted")}),
        ("Croatia declared two Serbian diplomats personae non gratae on Monday.",
         {(E, "HRV", "SRB", "asserted")}),
    ],
    "gave_days_to_leave": [
        ("Germany gave four Russian diplomats seven days to leave the country.",
         {(E, "DEU", "RUS", "asserted")}),
        ("Burkina Faso gave the French ambassador 48 hours to leave.",
         {(E, "BFA", "FRA", "asserted")}),
        ("Ghana sends home Nigerian envoy", {(E, "GHA", "NGA", "asserted")}),
    ],
    "kicks_out": [
        ("Moldova kicks out Russian diplomat over drone incident",
         {(E, "MDA", "RUS", "asserted")}),
        ("Bulgaria kicked out two Russian diplomats accused of spying.",
         {(E, "BGR", "RUS", "asserted")}),
        ("Venezuela threw out the Spanish ambassador last week.",
         {(E, "VEN", "ESP", "asserted")}),
        ("Czechs boot out 18 Russian diplomats", {(E, "CZE", "RUS", "asserted")}),
        ("Two Russian diplomats were thrown out of Bulgaria.",
         {(E, "BGR", "RUS", "asserted")}),
    ],
    "tells_envoy_to_leave": [
        ("Niger tells French ambassador to leave", {(E, "NER", "FRA", "asserted")}),
        ("Guatemala told the Colombian ambassador to leave the country.",
         {(E, "GTM", "COL", "asserted")}),
        ("Kenya asked a Somali diplomat to leave the country within a week.",
         {(E, "KEN", "SOM", "asserted")}),
        ("The Netherlands has asked two Iranian diplomats to leave.",
         {(E, "NLD", "IRN", "asserted")}),
    ],
    # new: revoking, withdrawing or stripping an envoy's accreditation
    "revokes_accreditation": [
        ("Ethiopia revoked the accreditation of a Somali diplomat on Wednesday.",
         {(E, "ETH", "SOM", "asserted")}),
        ("Russia revokes accreditation of Norwegian consul in Murmansk",
         {(E, "RUS", "NOR", "asserted")}),
        ("Belarus withdrew the accreditation of two Polish diplomats.",
         {(E, "BLR", "POL", "asserted")}),
    ],
    "retaliation": [
        ("Moscow announced the expulsion of ten Polish diplomats in a tit-for-tat move.",
         {(E, "RUS", "POL", "asserted")}),
        ("Algeria expelled 12 French embassy staff in retaliation, the foreign ministry said.",
         {(E, "DZA", "FRA", "asserted")}),
        ("Russia retaliated by expelling three Swedish diplomats.",
         {(E, "RUS", "SWE", "asserted")}),
        ("Moscow said it would expel five Moldovan diplomats in retaliation.",
         {(E, "RUS", "MDA", "intent")}),
    ],
    "passive_expelled": [
        ("Four Russian diplomats were expelled by Norway on Thursday.",
         {(E, "NOR", "RUS", "asserted")}),
        ("A Pakistani diplomat has been expelled from India for espionage.",
         {(E, "IND", "PAK", "asserted")}),
    ],
    # new: a forced cut of another state's embassy staff
    "embassy_staff_cut": [
        ("Russia ordered the US embassy to cut its staff by 755 people.",
         {(E, "RUS", "USA", "asserted")}),
        ("China ordered the British embassy to reduce its staff.",
         {(E, "CHN", "GBR", "asserted")}),
    ],
    # new: "ordered the consulate closed" with the mission as the participle's subject
    "shuts_consulate": [
        ("China ordered the closure of the US consulate in Chengdu.",
         {(E, "CHN", "USA", "asserted")}),
        ("Washington orders closure of Chinese consulate in Houston",
         {(E, "USA", "CHN", "asserted")}),
        ("Russia shuts down Polish consulate in Smolensk", {(E, "RUS", "POL", "asserted")}),
        ("Azerbaijan shut the Russian cultural centre and ordered the Russian consulate "
         "closed.", {(E, "AZE", "RUS", "asserted")}),
    ],
    "expels_headline": [
        ("Kyiv Expels Iranian Envoy", {(E, "UKR", "IRN", "asserted")}),
        ("Peru expels Mexican ambassador amid political crisis",
         {(E, "PER", "MEX", "asserted")}),
        ("Japan to expel Russian diplomats", {(E, "JPN", "RUS", "intent")}),
        ("Sudan expels Chad's ambassador and recalls its own envoy",
         {(E, "SDN", "TCD", "asserted"), ("recall_envoy", "SDN", "TCD", "asserted")}),
    ],
    "slaps_sanctions": [
        ("US slaps sanctions on Chinese firms over Iran oil", {(IMP, "USA", "CHN", "asserted")}),
        ("Britain slapped sanctions on three Iranian officials on Monday.",
         {(IMP, "GBR", "IRN", "asserted")}),
        ("Canada Slaps New Sanctions On Russian Oligarchs", {(IMP, "CAN", "RUS", "asserted")}),
    ],
    "hits_with_sanctions": [
        ("Washington hits Venezuelan officials with new sanctions",
         {(IMP, "USA", "VEN", "asserted")}),
        ("Japan hits Russia with export ban on luxury goods", {(IMP, "JPN", "RUS", "asserted")}),
    ],
    # new: "penalties" in wire copy's sense of sanctions
    "penalties": [
        ("Washington imposed new penalties on Russian banks on Thursday.",
         {(IMP, "USA", "RUS", "asserted")}),
        ("The EU hit Belarus with fresh penalties over the migrant crisis.",
         {(IMP, "EU", "BLR", "asserted")}),
        ("Washington hit Moscow with sweeping new penalties.", {(IMP, "USA", "RUS", "asserted")}),
    ],
    "threatens_penalties": [
        ("The United States threatened Turkey with penalties over the S-400 purchase.",
         {(T, "USA", "TUR", "threat")}),
        ("Washington threatens new penalties against Moscow", {(T, "USA", "RUS", "threat")}),
        ("The US is preparing new penalties against Iran.", {(T, "USA", "IRN", "threat")}),
        ("Washington is weighing new penalties on Chinese tech firms.",
         {(T, "USA", "CHN", "threat")}),
    ],
    "blacklists": [
        ("The United States blacklisted five Chinese companies on Tuesday.",
         {(IMP, "USA", "CHN", "asserted")}),
        ("US blacklists Russian banks over Ukraine war", {(IMP, "USA", "RUS", "asserted")}),
        ("Britain blacklisted two Iranian generals.", {(IMP, "GBR", "IRN", "asserted")}),
    ],
    "entity_list": [
        ("The Commerce Department added 12 Chinese firms to its entity list.",
         {(IMP, "USA", "CHN", "asserted")}),
        ("US adds Chinese chipmakers to trade blacklist", {(IMP, "USA", "CHN", "asserted")}),
        ("Washington put three Russian companies on the entity list.",
         {(IMP, "USA", "RUS", "asserted")}),
        ("The EU added nine Iranian officials to its sanctions list.",
         {(IMP, "EU", "IRN", "asserted")}),
    ],
    # new in part: owners named by "belonging to", "owned by"
    "freezes_assets": [
        ("Switzerland froze the assets of several Russian oligarchs.",
         {(IMP, "CHE", "RUS", "asserted")}),
        ("Britain freezes assets of Iranian officials", {(IMP, "GBR", "IRN", "asserted")}),
        ("Canada froze assets owned by two Venezuelan officials.",
         {(IMP, "CAN", "VEN", "asserted")}),
        ("Germany Freezes Assets Of Russian Oligarch", {(IMP, "DEU", "RUS", "asserted")}),
    ],
    "visa_travel_bans": [
        ("The US imposed visa bans on 14 Chinese officials.", {(IMP, "USA", "CHN", "asserted")}),
        ("New Zealand imposes travel bans on Russian leaders", {(IMP, "NZL", "RUS", "asserted")}),
        ("Canada announced travel bans against Iranian officials on Friday.",
         {(IMP, "CAN", "IRN", "asserted")}),
        ("The US Treasury imposed asset freezes on four Sudanese generals.",
         {(IMP, "USA", "SDN", "asserted")}),
    ],
    # new in part: "targets X in new sanctions" with "in" hung on the object
    "targets_in_sanctions": [
        ("US targets Iranian drone makers in new sanctions", {(IMP, "USA", "IRN", "asserted")}),
        ("New British sanctions target Russian gold exports.", {(IMP, "GBR", "RUS", "asserted")}),
        ("The EU's latest sanctions target Belarusian potash producers.",
         {(IMP, "EU", "BLR", "asserted")}),
    ],
    "sanction_verb_and_nouns": [
        ("US sanctions Venezuelan oil minister", {(IMP, "USA", "VEN", "asserted")}),
        ("The Treasury sanctioned three North Korean bankers on Tuesday.",
         {(IMP, "USA", "PRK", "asserted")}),
        ("Britain unveils sanctions package against Russian banks",
         {(IMP, "GBR", "RUS", "asserted")}),
        ("EU extends sanctions against Russia for six months", {(IMP, "EU", "RUS", "asserted")}),
        ("The EU renewed its arms embargo on Myanmar.", {(IMP, "EU", "MMR", "asserted")}),
    ],
    "warns_of_sanctions": [
        ("The EU warned Belarus of new sanctions.", {(T, "EU", "BLR", "threat")}),
        ("US warns Russia of severe sanctions if it invades Ukraine",
         {(T, "USA", "RUS", "threat")}),
        ("Britain threatened Iran with new sanctions on Monday.", {(T, "GBR", "IRN", "threat")}),
        ("EU threatens Turkey with sanctions over drilling", {(T, "EU", "TUR", "threat")}),
    ],
    "weighs_sanctions": [
        ("US weighs sanctions on Chinese officials over Hong Kong",
         {(T, "USA", "CHN", "threat")}),
        ("The EU is mulling sanctions against Turkey.", {(T, "EU", "TUR", "threat")}),
        ("Washington eyes new sanctions on Venezuela", {(T, "USA", "VEN", "threat")}),
        ("US Mulls New Sanctions On Russia Over Navalny", {(T, "USA", "RUS", "threat")}),
    ],
    "readies_sanctions": [
        ("The EU readies new sanctions against Russia", {(T, "EU", "RUS", "threat")}),
        ("Washington is preparing sanctions on Iranian oil buyers.",
         {(T, "USA", "IRN", "threat")}),
        ("US drafts sanctions on Chinese banks", {(T, "USA", "CHN", "threat")}),
    ],
    "could_face_sanctions": [
        ("Iran could face new EU sanctions, diplomats said.", {(T, "EU", "IRN", "threat")}),
        ("Turkey could face US sanctions over the purchase, Washington warned.",
         {(T, "USA", "TUR", "threat")}),
        ("Britain threatens to impose sanctions on Zimbabwe", {(T, "GBR", "ZWE", "threat")}),
        ("The EU warned it could impose sanctions on Israel.", {(T, "EU", "ISR", "threat")}),
    ],
    "other_types": [
        ("Honduras cuts diplomatic ties with Taiwan",
         {("sever_relations", "HND", "TWN", "asserted")}),
        ("Chile recalled its ambassador from Israel for consultations.",
         {("recall_envoy", "CHL", "ISR", "asserted")}),
        ("Qatar reopens embassy in Kabul", {("restore_relations", "QAT", "AFG", "asserted")}),
        ("The EU lifted sanctions on Belarusian potash.",
         {("ease_sanctions", "EU", "BLR", "asserted")}),
        ("Turkey backed Azerbaijan in the conflict.",
         {("express_support", "TUR", "AZE", "asserted")}),
    ],
}


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_phrasing_class(nlp, phrasing):
    wrong = wrong_codings(nlp, PHRASINGS[phrasing])
    assert not wrong, wrong


# Hard negatives: each new trigger in its out-of-scope senses.
HARD_NEGATIVES = {
    "penalties": [
        "UEFA imposed new penalties on Russian clubs after the match.",
        "A Moscow court imposed fresh penalties on Google for failing to delete content.",
        "Parliament approved tougher penalties for drunk driving.",
        "The referee awarded two penalties to Brazil against Argentina.",
        "Argentina beat France on penalties in the World Cup final.",
        "Regulators hit the bank with new penalties over money laundering.",
        "France warned Mali of penalties if elections were delayed.",
    ],
    "accreditation": [
        "Russia revoked the accreditation of a BBC journalist.",
        "The university revoked the accreditation of its Chinese partner college.",
        "The ministry withdrew the accreditation of two Dutch reporters.",
    ],
    "staff_cut": [
        "Germany ordered its embassy in Kabul to cut staff for security reasons.",
        "The company ordered its Moscow office to cut staff.",
        "Britain ordered its embassy in Kyiv to reduce its staff as tensions rose.",
    ],
    "ordered_closed": [
        "The US embassy in Ankara was ordered closed for the holiday.",
        "Police ordered the Turkish restaurant closed.",
    ],
    "targets_in": [
        "US targets Chinese firms in new report on forced labour",
        "Brazil hit Argentina with two late goals.",
    ],
    "assets_belonging_to": [
        "The bank froze assets belonging to a Russian businessman.",
        "Police froze assets belonging to a Nigerian fraudster.",
        "Singapore helped seize funds belonging to a Canadian criminal group.",
        "Singapore helps seize $5 million in funds linked to a Canadian gang",
    ],
    "personae_non_gratae": [
        "Poland's coach said the Russian players were personae non gratae at the stadium.",
    ],
}


@pytest.mark.parametrize("trigger", sorted(HARD_NEGATIVES))
def test_hard_negatives(nlp, trigger):
    flagged = flagged_texts(nlp, HARD_NEGATIVES[trigger])
    assert not flagged, flagged

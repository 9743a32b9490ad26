"""The event coder 0.23.26: whom an act concerns, or what it undoes, told somewhere other
than its own phrase. "The US embargo" with no target named is the one on Cuba in a text
about Cuba; "the island" is only ever an island state (not Spain because "Madrid's
refusal" came last); a quoted adjective after "called the US embargo on the island" names
the measure, it does not call for one; a list of states the parser hangs on the measure
("its food embargo on the EU, the United States, Canada and Norway") and a "with" phrase
shared by coordinated nouns ("suspends flights and diplomatic relations with Panama, Costa
Rica and ...") name every target; "their diplomats" after relations cut with a list are
that list's; "N years after closing it" tells the earlier act a reopening or an easing
undoes; and another state's same act ("a week after Mali and Niger took the same step",
"was weighing the same step", "following similar moves by Britain", "aligning with measures
already taken by the UK") is coded with its own doer at the same target. A bill that
"targets" a state with sanctions, and a power "to freeze" given, propose sanctions: a
threat, none imposed yet. "The bloc" after "The African Union Commission chairperson" is
the AU; and (0.23.27) a sanctions list hung on a partitive object ("removed a Turkish
shipping company and two of its bulk carriers from the SDN list"). Found by sorting the dev
misses of rounds 1 to 56 by what the coder got right about the same text (the same pair
with another type, the same source with another target). Sentences are written for these
tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

IMP, EAS, SEV, RES = "impose_sanctions", "ease_sanctions", "sever_relations", "restore_relations"
SUP, REC, EXP = "express_support", "recall_envoy", "expel_diplomats"
THR = "threaten_sanctions"
A, INT, REF = "asserted", "intent", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "the US embargo", no target named, in a text about Cuba: the embargo on Cuba
    "us_embargo_on_cuba": [
        ("Laos reaffirmed its support for the Cuban government's struggle against the U.S. "
         "embargo, a spokesperson said in Vientiane.",
         {(SUP, "LAO", "CUB", A), (IMP, "USA", "CUB", REF)}),
        ("Havana's hotels are half empty. The US embargo, in force since 1962, makes it hard "
         "to buy spare parts.", {(IMP, "USA", "CUB", REF)}),
        ("Explainer: Why visitors to Cuba can't pay with their cards. The US embargo, in "
         "force since 1962, bars American card networks.", {(IMP, "USA", "CUB", REF)}),
        ("BRIDGETOWN - The prime minister said Barbados stood with Havana and called for an "
         "end to the US embargo.", {(SUP, "BRB", "CUB", A), (IMP, "USA", "CUB", REF)}),
        # another's embargo, or one on arms named for its target, keeps its own target
        ("Cuba condemned the US arms embargo on Haiti.", {(IMP, "USA", "HTI", REF)}),
    ],
    # "the island" describes an island state, whatever other state was named last
    "island_states": [
        ("HAVANA - Spanish hoteliers said Madrid's refusal to recognise the reach of "
         "Washington's embargo on the island had shielded their investments.",
         {(IMP, "USA", "CUB", REF)}),
        ("Mexico's president blamed the U.S. embargo for fuel shortages on the island after "
         "talks in Havana.", {(IMP, "USA", "CUB", REF)}),
        ("Taiwan's foreign ministry said it was ending diplomatic ties with Nauru after the "
         "Pacific island announced it would switch recognition to Beijing.",
         {(SEV, "TWN", "NRU", A), (RES, "NRU", "CHN", INT)}),
    ],
    # "called the measure 'illegal'": a name for a measure in force, not a call for one
    "quoted_name_hung_low": [
        ("WINDHOEK - Namibia's parliament debated Cuba on Tuesday, calling the US embargo on "
         "the island 'illegal and inhumane'.", {(IMP, "USA", "CUB", REF)}),
        ("Venezuela's foreign minister called the US sanctions on Caracas 'illegal'.",
         {(IMP, "USA", "VEN", REF)}),
        ("Tehran called the EU sanctions on Iran 'unlawful'.", {(IMP, "EU", "IRN", REF)}),
        # a call for sanctions with a quoted adjective is still a call
        ("Kyiv called for 'crippling' sanctions on Russia.", {(THR, "UKR", "RUS", "threat")}),
    ],
    # states listed after the first target, hung on the measure, are targets too
    "listed_targets": [
        ("Moscow extends its food embargo on the EU, the United States, Canada, Australia "
         "and Norway until the end of 2027.",
         {(IMP, "RUS", c, A) for c in ("EU", "USA", "CAN", "AUS", "NOR")}),
        ("The EU imposed sanctions on Russia, Belarus and Iran.",
         {(IMP, "EU", c, A) for c in ("RUS", "BLR", "IRN")}),
        ("Beijing extends its trade embargo on the United States, Canada, Australia and "
         "Japan.", {(IMP, "CHN", c, A) for c in ("USA", "CAN", "AUS", "JPN")}),
        ("Minsk extended its food embargo on Poland, Lithuania, Latvia and Estonia for a year.",
         {(IMP, "BLR", c, A) for c in ("POL", "LTU", "LVA", "EST")}),
    ],
    # a "with" phrase shared by coordinated nouns names the relations' partners
    "shared_with": [
        ("Venezuela suspends commercial flights and diplomatic relations with Panama, Costa "
         "Rica and the Dominican Republic.", {(SEV, "VEN", c, A) for c in ("PAN", "CRI", "DOM")}),
        ("Niger suspended trade and diplomatic ties with Benin and Togo.",
         {(SEV, "NER", c, A) for c in ("BEN", "TGO")} | {(IMP, "NER", c, A)
                                                          for c in ("BEN", "TGO")}),
        ("Nicaragua cut flights and diplomatic relations with Costa Rica and Panama.",
         {(SEV, "NIC", c, A) for c in ("CRI", "PAN")}),
    ],
    # "their diplomats" after relations cut with several states are those states' diplomats
    "their_diplomats": [
        ("MANAGUA - Nicaragua severed diplomatic relations with Costa Rica, Panama and "
         "Guatemala on Sunday and gave their diplomats 72 hours to leave.",
         {(t, "NIC", c, A) for t in (SEV, EXP) for c in ("CRI", "PAN", "GTM")}),
        ("Venezuela suspends relations with Panama and Peru, orders their diplomats out",
         {(t, "VEN", c, A) for t in (SEV, EXP) for c in ("PAN", "PER")}),
        ("Caracas broke off relations with Chile and Uruguay and gave their diplomats three "
         "days to leave.", {(t, "VEN", c, A) for t in (SEV, EXP) for c in ("CHL", "URY")}),
    ],
    # "N years after closing it": the earlier act a reopening or an easing undoes
    "undone_act": [
        ("RIYADH - Saudi Arabia reopened its embassy in Damascus on Sunday, twelve years "
         "after shutting it.", {(RES, "SAU", "SYR", A), (SEV, "SAU", "SYR", REF)}),
        ("Sweden sent its ambassador back to Tehran on Tuesday, two years after withdrawing "
         "him.", {(RES, "SWE", "IRN", A), (REC, "SWE", "IRN", REF)}),
        ("The UN Security Council lifted its arms embargo on Eritrea, nine years after "
         "imposing it.", {(EAS, "UN", "ERI", A), (IMP, "UN", "ERI", REF)}),
        ("Chad will reopen its embassy in Doha next month, a year after closing the mission.",
         {(RES, "TCD", "QAT", INT), (SEV, "TCD", "QAT", REF)}),
        # new words after "after" are no earlier act of the same kind
        ("Chad reopened its embassy in Tripoli on Sunday, nine years after withdrawing staff "
         "over security concerns.", {(RES, "TCD", "LBY", A)}),
        ("Japan reopened its embassy in Kabul two weeks after closing its embassy in "
         "Islamabad.", {(RES, "JPN", "AFG", A), (SEV, "JPN", "PAK", A)}),
        ("The EU lifted sanctions on Belarus, two years after imposing new tariffs.",
         {(EAS, "EU", "BLR", A)}),
    ],
    # "took the same step", "was weighing the same step": the act before, by another
    "same_step": [
        ("Burkina Faso broke off relations with Ukraine, a week after Mali and Niger took "
         "the same step.", {(SEV, "BFA", "UKR", A), (SEV, "MLI", "UKR", REF),
                            (SEV, "NER", "UKR", REF)}),
        ("Latvia expelled a Russian diplomat on Thursday, and Estonia said it was considering "
         "similar steps.", {(EXP, "LVA", "RUS", A), (EXP, "EST", "RUS", INT)}),
        ("Australia imposed travel bans on two Israeli settler leaders; New Zealand said it "
         "was weighing the same step.", {(IMP, "AUS", "ISR", A),
                                         (THR, "NZL", "ISR", "threat")}),
        ("Britain imposed sanctions on seven Russian hackers, in coordination with the "
         "United States, which announced matching measures.",
         {(IMP, "GBR", "RUS", A), (IMP, "USA", "RUS", REF)}),
        # a step weighed by no state is no one's
        ("Latvia expelled a Russian diplomat, and the opposition party said it was "
         "considering similar steps.", {(EXP, "LVA", "RUS", A)}),
        # reciprocal measures answer the act: back at its doer
        ("Russia expelled two Estonian diplomats on Monday, and Tallinn took reciprocal "
         "measures.", {(EXP, "RUS", "EST", A), (EXP, "EST", "RUS", A)}),
        ("Moscow expelled a Latvian diplomat; Riga said it was weighing reciprocal steps.",
         {(EXP, "RUS", "LVA", A), (EXP, "LVA", "RUS", INT)}),
    ],
    # "following similar moves by Britain", "aligning with measures taken by the UK",
    # "mirroring measures Canberra announced": the act copied, by its own doer, at the
    # same target
    "copied_act": [
        ("Japan said it would unfreeze the assets of four Syrian banks, following similar "
         "moves by Britain and the European Union.",
         {(EAS, "JPN", "SYR", INT), (EAS, "GBR", "SYR", REF), (EAS, "EU", "SYR", REF)}),
        ("Australia imposed sanctions on five Myanmar generals, aligning with measures "
         "already taken by the UK and Canada.",
         {(IMP, "AUS", "MMR", A), (IMP, "GBR", "MMR", REF), (IMP, "CAN", "MMR", REF)}),
        ("New Zealand banned six Iranian officials from entry, mirroring measures Canberra "
         "announced last week.", {(IMP, "NZL", "IRN", A), (IMP, "AUS", "IRN", REF)}),
    ],
    # a bill, or a legislature's "measure", that targets a state proposes sanctions;
    # a power to sanction is no sanction used
    "proposed_by_bill": [
        ("Capitol Hill Bill Targets Nicaraguan Officials With Sanctions",
         {(THR, "USA", "NIC", "threat")}),
        ("Bipartisan Senate measure targets Georgian Dream leaders with visa bans, asset "
         "freezes", {(THR, "USA", "GEO", "threat")}),
        ("A Senate bill targets Russian oligarchs with asset freezes.",
         {(THR, "USA", "RUS", "threat")}),
        ("Japan's Diet passed a bill on Friday giving the government powers to freeze the "
         "assets of Russian state entities.", {(THR, "JPN", "RUS", "threat")}),
        ("Congress gave the president authority to sanction Turkish officials.",
         {(THR, "USA", "TUR", "threat")}),
        # measures of a government, and powers used, are imposed
        ("New EU measures target Belarusian potash", {(IMP, "EU", "BLR", A)}),
        ("The Treasury used its powers to freeze the assets of six Iranian firms.",
         {(IMP, "USA", "IRN", A)}),
    ],
    # "the bloc" after an organisation named in several words is that organisation
    "bloc_named_in_full": [
        ("The African Union Commission chairperson said on Thursday the bloc fully backed "
         "the government of the Central African Republic.", {(SUP, "AU", "CAF", A)}),
        ("The Gulf Cooperation Council secretary-general said the bloc stood behind Bahrain.",
         {(SUP, "GCC", "BHR", A)}),
        ("The Economic Community of West African States chairman said the bloc would lift "
         "its sanctions on Mali.", {(EAS, "ECOWAS", "MLI", INT)}),
    ],
    # (0.23.27) a sanctions list the parser hangs on a partitive object ("two of its bulk
    # carriers from the SDN list") is still where the verb moves its objects
    "list_hung_on_partitive": [
        ("OFAC removed a Turkish shipping company and two of its bulk carriers from the SDN "
         "list on Tuesday.", {(EAS, "USA", "TUR", A)}),
        ("Japan removed an Armenian trading company and two of its managers from its "
         "asset-freeze list.", {(EAS, "JPN", "ARM", A)}),
        ("The EU removed a Belarusian potash company and one of its traders from its "
         "sanctions list on Friday.", {(EAS, "EU", "BLR", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "us_embargo_on_cuba": [
        "Cuban cigars are selling well in Spain, the company said.",
        "The US embargo on news of the launch was lifted at noon, a Havana newspaper said.",
        "Havana's port reopened after the storm; a US news embargo on the report ended.",
    ],
    "island_states": [
        "Madrid said the island of Mallorca expects record tourism this summer.",
        "The island's governor in Sicily met Italian ministers in Rome.",
        "Spain's king visited the island of Tenerife on Friday.",
    ],
    "quoted_name_hung_low": [
        "The coach called the league's sanctions on the club 'unfair'.",
        "Fans called the FIFA sanctions on the federation 'a joke'.",
        "The striker called the ban on his club 'ridiculous'.",
    ],
    "listed_targets": [
        "The museum extended its loan to galleries in Paris, London, Rome and Madrid.",
        "Airlines extend their ban on power banks to flights from Spain, Italy and Greece.",
        "The league extended its ban on fans from Serbia, Croatia and Albania.",
    ],
    "shared_with": [
        "The airline suspended flights and codeshare ties with carriers in Panama and Peru.",
        "The club cut ties and sponsorship deals with firms in Brazil and Chile.",
        "The university froze exchanges and research relations with Harvard and Yale.",
    ],
    "their_diplomats": [
        "The bank cut relations with firms in Panama and Peru and gave their staff a bonus.",
        "The club severed relations with agents from Spain and Italy and gave their players "
        "new contracts.",
        "The school ended ties with Oxford and Cambridge and thanked their teachers.",
    ],
    "undone_act": [
        "The museum reopened its gallery two years after closing it for repairs.",
        "The team sent its coach back to Madrid, a year after withdrawing him from the squad.",
        "The airline resumed flights to Lagos, two years after halting all purchases of jets.",
    ],
    "same_step": [
        "The club fined the striker, and the league said it was considering similar steps.",
        "The airline cut flights to Lagos, a week after its rival took the same step.",
        "Shell sold its stake in the field; BP said it was weighing the same step.",
    ],
    "copied_act": [
        "The bank froze the accounts, following similar moves by other lenders.",
        "The school banned phones, matching measures other schools announced last year.",
        "The team signed two strikers, aligning with measures taken by rival clubs.",
    ],
    "proposed_by_bill": [
        "The Senate bill to fund schools targets teachers with bonuses.",
        "The council gave the mayor powers to freeze rents.",
        "The new bill targets smugglers with fines.",
    ],
    "bloc_named_in_full": [
        "The African Union Commission chairperson said the bloc would hold its summit in "
        "Addis Ababa.",
        "The Gulf Cooperation Council secretary-general said the bloc's football cup would "
        "start in May.",
        "The Economic Community of West African States said the bloc's ministers met in Abuja.",
    ],
    "list_hung_on_partitive": [
        "The museum removed two of its paintings from the list of loans.",
        "The club removed a Brazilian striker and two of his agents from its list of approved "
        "contacts.",
        "The school removed a teacher and two of her classes from the timetable list.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

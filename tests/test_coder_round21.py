"""Round 21 of the event coder (0.20.0). A measure said to "remain", "stay" or
"continue" was kept only with "in place" and only with its owner named: "Sanctions on
Russia will remain in place ..., the EU said", "Washington said its sanctions on Venezuela
would remain" and "the ban on imports from Pakistan would continue 'until further notice'"
gave nothing (eval/dev.jsonl dw-d-0217, dw-d-1195). Who says the measure is kept keeps it.
"leaving travel bans ... in place" (or "intact") keeps them too. A bill "to sanction"
that the parser reads as a preposition and a noun gave nothing or an imposition
(dw-d-0272, dw-d-1002); a bill, draft law or resolution "that would" sanction had no
source but the nearest name, and "a bill introduced by Senator Rubio would impose
sanctions" was an intent. A lifted measure told with its imposition ("lifted a ban on
imports of Australian timber that it imposed in 2020", "ending a measure it introduced in
2023", "a ban in place since 1992") is that imposition, as background (dw-d-1053). National
parliaments by their names (the Seimas, the Rada, the Storting ...) stand for their states.
From the blind batch written after those rules (dw-d-1225 ... dw-d-1304): parties removed
"from its sanctions list" where the parser hangs the list on them gave nothing, and an
"entry-ban list" was no sanctions list; a bill "passed" or "approved" is still a bill until
signed (it was an imposition); "Sanctions announced on Thursday by Britain, Canada and New
Zealand target ..." with the participle read as the main verb gave nothing (dw-d-0242,
dw-d-1165). Sentences are written for these tests.
"""

from __future__ import annotations

from tests.conftest import phrasing_table_tests

THR, T = "threaten_sanctions", "threat"
IMP, EASE = "impose_sanctions", "ease_sanctions"
A, INT, REF = "asserted", "intent", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "remain", "stay", "continue": kept, by whoever says so when no owner is named
    "kept_measure_said_by_its_owner": [
        ("Sanctions on Russia will remain in place until Ukraine's borders are restored, "
         "the EU said.", {(IMP, "EU", "RUS", A)}),
        ("Washington said its sanctions on Venezuela would remain.", {(IMP, "USA", "VEN", A)}),
        ("The embargo on Cuba will stay, Washington said.", {(IMP, "USA", "CUB", A)}),
        ("India's commerce ministry said the ban on all imports from Pakistan would continue "
         "'until further notice'.", {(IMP, "IND", "PAK", A)}),
        ("Canada will ease sanctions on Syria's central bank, adding that measures against "
         "former members of the Assad government would remain.",
         {(EASE, "CAN", "SYR", INT), (IMP, "CAN", "SYR", A)}),
    ],
    # "leaving ... in place", "leaving ... intact": kept by the one who leaves them
    "measure_left_in_place": [
        ("The EU eased sanctions on Syria but left the arms embargo in place.",
         {(EASE, "EU", "SYR", A), (IMP, "EU", "SYR", A)}),
        ("Britain unfroze the funds of Syria's central bank, while leaving the arms embargo "
         "on Syria intact.", {(EASE, "GBR", "SYR", A), (IMP, "GBR", "SYR", A)}),
        ("Britain unfroze the funds of Syria's central bank on Thursday, while leaving "
         "travel bans on members of the former ruling family in place.",
         {(EASE, "GBR", "SYR", A), (IMP, "GBR", "SYR", A)}),
    ],
    # a proposal of sanctions by its sponsors, whatever the parser makes of "to sanction"
    "bill_proposing_sanctions": [
        ("House Republicans introduced a bill to sanction officials of the International "
         "Criminal Court.", {(THR, "USA", "ICC", T)}),
        ("US senators unveil bipartisan bill to sanction Turkey over S-400 purchase.",
         {(THR, "USA", "TUR", T)}),
        ("A bill introduced by Senator Marco Rubio would impose sanctions on Chinese "
         "officials.", {(THR, "USA", "CHN", T)}),
        ("Polish lawmakers unveiled a draft law on Tuesday that would ban Russian citizens "
         "from buying property in Poland.", {(THR, "POL", "RUS", T)}),
        ("The House Foreign Affairs Committee marked up a bill that would reimpose sanctions "
         "on Turkish defence officials.", {(THR, "USA", "TUR", T)}),
    ],
    # the imposition a lifted measure is told with: background, by the same state
    "lifted_measure_told_with_its_imposition": [
        ("China has lifted a ban on imports of Australian timber that it imposed in 2020.",
         {(EASE, "CHN", "AUS", A), (IMP, "CHN", "AUS", REF)}),
        ("Poland will lift its unilateral ban on Ukrainian grain imports next month, ending "
         "a measure it introduced in 2023.", {(EASE, "POL", "UKR", INT),
                                              (IMP, "POL", "UKR", REF)}),
        ("Tokyo restored South Korea to its white list on Friday, ending export restrictions "
         "on chip materials it imposed in 2019.",
         {(EASE, "JPN", "KOR", A), (IMP, "JPN", "KOR", REF)}),
        ("The Security Council ended the arms embargo it had placed on Somalia three "
         "decades ago.", {(EASE, "UN", "SOM", A), (IMP, "UN", "SOM", REF)}),
    ],
    # the list hung on the parties the verb moves ("removed ... from its sanctions list")
    "moved_on_or_off_a_sanctions_list": [
        ("The U.S. Treasury removed Turkey's justice and interior ministers from its "
         "sanctions list on Friday.", {(EASE, "USA", "TUR", A)}),
        ("Iran removed 12 British individuals and entities from its sanctions list on "
         "Sunday.", {(EASE, "IRN", "GBR", A)}),
        ("Norway is removing two Belarusian businessmen from its entry-ban list.",
         {(EASE, "NOR", "BLR", A)}),
        ("Canada added three Iranian officials and two firms to its sanctions list.",
         {(IMP, "CAN", "IRN", A)}),
    ],
    # a bill passed or approved is still a bill until it is signed
    "passed_bill_is_still_a_proposal": [
        ("Congress Passes Bill To Sanction Nicaraguan Judges", {(THR, "USA", "NIC", T)}),
        ("The Senate approved a bill that would sanction Chinese officials over Hong Kong.",
         {(THR, "USA", "CHN", T)}),
        ("The House of Representatives passed a bill to sanction Turkish officials.",
         {(THR, "USA", "TUR", T)}),
        ("Biden signed the sanctions bill on Russia into law.", {(IMP, "USA", "RUS", A)}),
    ],
    # a participle with its "by" agent that the parser reads as the main verb
    "measure_announced_by_its_owners": [
        ("Sanctions announced on Thursday by Britain, Canada and New Zealand target two "
         "Israeli cabinet ministers.", {(IMP, "GBR", "ISR", A), (IMP, "CAN", "ISR", A),
                                        (IMP, "NZL", "ISR", A)}),
        ("Hungary's foreign minister said the sanctions on Russia adopted by the bloc on "
         "Friday would hurt Europe more than Moscow.", {(IMP, "EU", "RUS", A)}),
        ("The sanctions, announced by Washington on Friday, target Iranian drone makers.",
         {(IMP, "USA", "IRN", A)}),
    ],
    # a national parliament by its own name
    "parliament_names": [
        ("The Seimas threatened sanctions on China.", {(THR, "LTU", "CHN", T)}),
        ("The Rada called for sanctions on Russian banks.", {(THR, "UKR", "RUS", T)}),
        ("The Storting voted to impose sanctions on Russia.", {(IMP, "NOR", "RUS", A)}),
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "kept_measure_said_by_its_owner": [
        "The lifetime ban on the sprinter will remain in place, the federation said.",
        "The curfew will stay in place until Friday, the police said.",
        "As long as sanctions remain in place, Russia will not negotiate, the Kremlin said.",
        "The ban on Russian athletes will continue, the IOC said.",
        "Sanctions on Iran will remain in place, analysts said.",
    ],
    "measure_left_in_place": [
        "The court left the ban on the cyclist in place.",
        "The coach left his defence in place for the final.",
        "The league left the club's transfer ban intact.",
    ],
    "bill_proposing_sanctions": [
        "He sent a letter to sanction committees.",
        "The Senate passed a bill that would sanction negligent landlords.",
        "A bill to ban TikTok would hurt users, critics said.",
    ],
    "lifted_measure_told_with_its_imposition": [
        "The league lifted the ban it imposed on the club in 2019.",
        "The city ended a curfew first imposed in 2020.",
        "The government lifted the state of emergency in place since March.",
    ],
    "moved_on_or_off_a_sanctions_list": [
        "The club removed two players and a coach from its squad list.",
        "Google removed three Russian apps and games from its store list.",
        "Covid: Norway added Sweden to its entry ban list of high-infection countries.",
    ],
    "passed_bill_is_still_a_proposal": [
        "The House passed a bill to sanction negligent landlords.",
        "Parliament passed a bill to ban smoking in cars.",
        "The Senate approved a bill that would fund new roads.",
    ],
    "measure_announced_by_its_owners": [
        "Sanctions announced by the league on Friday target two clubs.",
        "Fines imposed by the regulator hit three banks.",
        "Rules adopted by the EU on Friday would hurt farmers, Hungary said.",
    ],
    "parliament_names": [
        "The Seimas debated the budget.",
        "The Rada met on Tuesday.",
        "The Storting approved new fishing quotas.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)

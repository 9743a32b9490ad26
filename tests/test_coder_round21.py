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
dw-d-1165). From two general blind batches (dw-d-1305 ... dw-d-1504): reports a state
denies or calls false, company names with a state's word ("Saudi Aramco cut ties with a
Chinese trading house" was a Saudi break with China), "Guinea-Bissau" read as Guinea,
"relaxed oil sanctions" read as an adjective, "dropped Taipei in favour of Beijing" read as
praise, relations "set up", missions "raised to full embassy status", blacklists "widened",
export controls on a state, and a passive's agent hung low. Sentences are written for these
tests.
"""

from __future__ import annotations

from tests.conftest import counted_events, phrasing_table_tests

THR, T = "threaten_sanctions", "threat"
IMP, EASE = "impose_sanctions", "ease_sanctions"
RES, SEV = "restore_relations", "sever_relations"
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
    # the "that" clause of "warned X who ... that they faced sanctions", misread as the
    # relative clause's: the warner threatens; "Guinea-Bissau" is not Guinea
    "warned_whom_a_relative_clause_describes": [
        ("ECOWAS warned the military officers who seized power in Guinea-Bissau on "
         "Wednesday that they faced targeted sanctions unless they handed back power to "
         "civilians.", {(THR, "ECOWAS", "GNB", T)}),
        ("ECOWAS warned the officers who seized power in Guinea-Bissau that they faced "
         "sanctions.", {(THR, "ECOWAS", "GNB", T)}),
        ("The EU warned the officials who rigged the vote in Georgia that they faced "
         "sanctions.", {(THR, "EU", "GEO", T)}),
    ],
    # export or import curbs aimed at a state or its firms (not at goods): sanctions
    "export_controls_on_a_state": [
        ("Japan tightened export controls on Russia.", {(IMP, "JPN", "RUS", A)}),
        ("Britain imposed export restrictions on Iran.", {(IMP, "GBR", "IRN", A)}),
        ("The US imposed export controls on Chinese firms.", {(IMP, "USA", "CHN", A)}),
    ],
    # "relaxed oil sanctions": the verb read as a modifier, a compound in between
    "verb_read_as_modifier_before_compounds": [
        ("Washington relaxed oil sanctions on Venezuela for six months on Wednesday after "
         "Caracas agreed to a roadmap.", {(EASE, "USA", "VEN", A)}),
        ("The US relaxed oil sanctions on Venezuela.", {(EASE, "USA", "VEN", A)}),
        ("Britain eased financial sanctions on Syria.", {(EASE, "GBR", "SYR", A)}),
    ],
    # "dropped Taipei in favour of Beijing": a switch of recognition, not praise
    "recognition_switch_in_favour_of": [
        ("Honduras dropped Taiwan in favour of China in 2023.",
         {(SEV, "HND", "TWN", REF), (RES, "HND", "CHN", REF)}),
        ("Nauru's decision to abandon Taipei in favour of Beijing surprised Washington.",
         {(SEV, "NRU", "TWN", A), (RES, "NRU", "CHN", A)}),
        ("Nasry Asfura said he would re-establish relations with Taiwan, which Tegucigalpa "
         "dropped in favour of China in 2023.",
         {(SEV, "HND", "TWN", REF), (RES, "HND", "CHN", REF)}),
    ],
    # "set up diplomatic relations", a mission "raised to full embassy status"
    "relations_set_up_or_mission_raised": [
        ("Kosovo and Sierra Leone set up diplomatic relations.",
         {(RES, "XKX", "SLE", A), (RES, "SLE", "XKX", A)}),
        ("Israel and Bahrain set up diplomatic ties in 2020.",
         {(RES, "ISR", "BHR", REF), (RES, "BHR", "ISR", REF)}),
        ("Jordan raised its mission in Damascus to full embassy status.",
         {(RES, "JOR", "SYR", A)}),
        ("Israel upgraded its liaison office in Rabat to an embassy.", {(RES, "ISR", "MAR", A)}),
    ],
    # "widens ... blacklist", "widened its sanctions"
    "measures_widened": [
        ("Brussels widens Belarus blacklist to judges and prison governors",
         {(IMP, "EU", "BLR", A)}),
        ("The EU widened its blacklist on Belarus to judges.", {(IMP, "EU", "BLR", A)}),
        ("The US widened its sanctions on Iranian oil to two more tankers.",
         {(IMP, "USA", "IRN", A)}),
    ],
    # a passive's "by" agent the parser hangs on a clause below the measure's target
    "passive_agent_hung_low": [
        ("Travel bans were imposed on six Haitian politicians accused of financing armed "
         "gangs by the Dominican Republic.", {(IMP, "DOM", "HTI", A)}),
        ("Sanctions were imposed on Russian banks accused of helping the war by the EU.",
         {(IMP, "EU", "RUS", A)}),
        ("Sanctions by the US, the EU and Britain on Belarus were tightened on Monday.",
         {(IMP, "USA", "BLR", A), (IMP, "EU", "BLR", A), (IMP, "GBR", "BLR", A)}),
    ],
    # a state's company is not the state; nor a company the state's partner in relations
    "company_names_are_not_states": [
        ("The Saudi Foreign Ministry cut ties with Iran.", {(SEV, "SAU", "IRN", A)}),
        ("The Netherlands cut ties with Iran.", {(SEV, "NLD", "IRN", A)}),
        ("Bolivia cut ties with the Israeli government.", {(SEV, "BOL", "ISR", A)}),
    ],
    # a named owner's measure with no target in its phrase, in a clause about a state
    # (its subject's owner): that state lives under it, as background
    "measure_borne_by_the_clause_topic": [
        ("Iran's rial slid to a record low on Saturday as the economy struggled under U.S. "
         "sanctions and inflation of more than 40%.", {(IMP, "USA", "IRN", REF)}),
        ("Venezuela's oil exports fell as US sanctions bit.", {(IMP, "USA", "VEN", REF)}),
        ("Cuba's economy shrank again last year under the US embargo.",
         {(IMP, "USA", "CUB", REF)}),
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
    "warned_whom_a_relative_clause_describes": [
        "ECOWAS warned the officers who seized power in Guinea-Bissau that the region faced "
        "famine.",
        "UEFA warned the clubs that broke the rules that they faced sanctions.",
        "The coach warned the players who broke curfew that they faced sanctions.",
    ],
    "export_controls_on_a_state": [
        "A French minister threatened to impose import restrictions against German goods.",
        "Japan tightened export controls on chips.",
        "China's export controls on rare earths hit carmakers.",
    ],
    "verb_read_as_modifier_before_compounds": [
        "The relaxed trade rules helped farmers.",
        "Relaxed trade sanctions on Cuba helped tourism, analysts said.",
        "The league relaxed transfer rules for clubs.",
    ],
    "recognition_switch_in_favour_of": [
        "The club dropped its coach in favour of a younger man.",
        "Voters dropped the old party in favour of the Greens.",
        "The firm abandoned Taipei in favour of Singapore as its regional hub.",
    ],
    "relations_set_up_or_mission_raised": [
        "The two firms set up a joint venture.",
        "Japan raised its embassy's security level to the highest.",
        "The two clubs set up ties with local schools.",
    ],
    "measures_widened": [
        "The league widened its ban to three more clubs.",
        "The EU widened the road to Kyiv.",
        "The regulator widened its probe into Russian banks.",
    ],
    "passive_agent_hung_low": [
        "Sanctions were imposed on officials accused of fraud by prosecutors in Texas.",
        "Fines were imposed on clubs accused of cheating by the league.",
        "Bans were imposed on players accused of doping by the federation.",
    ],
    "company_names_are_not_states": [
        "Saudi Aramco cut ties with a Chinese trading house on Thursday.",
        "Turkish Airlines cut ties with Israel.",
        "Russian Railways cut ties with a Finnish operator.",
        "China Mobile cut ties with a US supplier.",
    ],
    "measure_borne_by_the_clause_topic": [
        "Germany's foreign minister said US sanctions are a blunt tool.",
        "Hungary's Orban said EU sanctions had failed.",
        "Italy's exporters worry that EU sanctions may be tightened.",
    ],
    "parliament_names": [
        "The Seimas debated the budget.",
        "The Rada met on Tuesday.",
        "The Storting approved new fishing quotas.",
    ],
}

test_phrasings, test_negatives, test_every_class_has_negatives = phrasing_table_tests(
    PHRASINGS, NEGATIVES)


# A report its subject denies or calls false: the act reported is denied (negated), not
# done or planned (dw-d-1395, dw-d-1328 were an asserted expulsion and an intended break).
DENIED_REPORTS = [
    ("Norway's foreign ministry denied a Russian media report that it had declared two "
     "diplomats at Moscow's embassy persona non grata.", ("expel_diplomats", "NOR", "RUS")),
    ("Morocco's foreign ministry called 'fabricated' a newspaper story saying the kingdom "
     "was preparing to break off relations with South Africa.", (SEV, "MAR", "ZAF")),
    ("Chile called 'baseless' a newspaper story saying it would recall its ambassador from "
     "Caracas.", ("recall_envoy", "CHL", "VEN")),
]


def test_denied_or_dismissed_report_negates_the_act(nlp):
    for text, (etype, source, target) in DENIED_REPORTS:
        events = nlp(text)._.events
        assert (etype, source, target, "negated") in {
            (e.event_type, e.source, e.target, e.modality) for e in events}, (text, events)
        assert counted_events(events) == set(), (text, events)

"""Round 16 of the event coder (0.16.0): expulsion stories come in clusters (a consulate
closed and the reply, a spy expelled and the tit for tat, several states expelling in
solidarity), and sanction headlines drop their verbs' voice. A mission "it" that a state
"ordered shut", diplomats leaving a mission "after X's order", a deadline "to vacate" a
consulate, a host capping another state's embassy staff or ordering it to cut them, an
order to leave to a broken list of demonyms, a state's "officials" expelled, listed
expellers and "each other's" in headlines, "respond in kind to X's expulsion" (the act
answered is background, the answer the responder's own), "X officials hit with Y
sanctions" (the subject bears them), agentless "Sanctions on X extended", and export or
visa bans aimed at a state's firms or members. Sentences are written for these tests
(none is copied from an eval set or the replay corpus); every new trigger has hard
negatives."""

from __future__ import annotations

import pytest

from tests.conftest import flagged_texts, wrong_codings

E, IMP = "expel_diplomats", "impose_sanctions"
A, R, INT = "asserted", "reference", "intent"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # "it" is the mission named before; the orderer expels the mission's state
    "ordered_it_shut": [
        ("The U.S. consulate in Chengdu closed on Monday morning, two days after Beijing "
         "ordered it shut.", {(E, "CHN", "USA", A)}),
        ("The Russian consulate in Poznan closed on Friday, a week after Warsaw ordered "
         "it shut.", {(E, "POL", "RUS", A)}),
    ],
    "leave_after_order": [
        ("American diplomats leave Chengdu consulate after Beijing's order",
         {(E, "CHN", "USA", A)}),
        ("Polish diplomats leave Irkutsk consulate after Moscow's order",
         {(E, "RUS", "POL", A)}),
        ("Czech diplomats leave Moscow after Russia's order", {(E, "RUS", "CZE", A)}),
    ],
    "deadline_to_vacate": [
        ("Beijing vowed to retaliate after Washington gave it 72 hours to vacate the "
         "Houston consulate.", {(E, "USA", "CHN", A)}),
        ("Moscow protested after Warsaw gave it three days to vacate the Russian consulate "
         "in Poznan.", {(E, "POL", "RUS", A)}),
        ("The US gave China 72 hours to close its consulate in Houston.",
         {(E, "USA", "CHN", A)}),
    ],
    "staff_capped": [
        ("Prague orders Moscow to cut embassy staff to match Czech mission",
         {(E, "CZE", "RUS", A)}),
        ("Poland cuts Russian embassy staff to 30", {(E, "POL", "RUS", A)}),
        ("Bulgaria orders Russia to reduce its embassy staff", {(E, "BGR", "RUS", A)}),
        ("Lithuania limits Belarusian embassy staff to five diplomats",
         {(E, "LTU", "BLR", A)}),
    ],
    "listed_expellers": [
        ("Slovakia, Lithuania, Latvia, Estonia expel Russian diplomats in solidarity with "
         "Czechs", {(E, "SVK", "RUS", A), (E, "LTU", "RUS", A), (E, "LVA", "RUS", A),
                    (E, "EST", "RUS", A)}),
    ],
    "told_to_leave_list": [
        ("Russia orders Slovak, Lithuanian, Latvian and Estonian diplomats to leave",
         {(E, "RUS", "SVK", A), (E, "RUS", "LTU", A), (E, "RUS", "LVA", A),
          (E, "RUS", "EST", A)}),
        ("Moscow tells Polish and Latvian diplomats to leave",
         {(E, "RUS", "POL", A), (E, "RUS", "LVA", A)}),
        ("Belarus orders Polish, Lithuanian diplomats to leave",
         {(E, "BLR", "POL", A), (E, "BLR", "LTU", A)}),
        ("China orders US diplomats to leave Chengdu", {(E, "CHN", "USA", A)}),
    ],
    "each_other": [
        ("Ukraine, Russia expel each other's diplomats",
         {(E, "UKR", "RUS", A), (E, "RUS", "UKR", A)}),
        ("Ukraine and Russia expelled each other's envoys",
         {(E, "UKR", "RUS", A), (E, "RUS", "UKR", A)}),
    ],
    "expelled_state_officials": [
        ("Italy expels Russian officials after catching officer handing secret documents",
         {(E, "ITA", "RUS", A)}),
        ("Germany expels two Chinese officials over spying", {(E, "DEU", "CHN", A)}),
        ("Poland expelled Belarusian officials on Tuesday.", {(E, "POL", "BLR", A)}),
        ("Two Russian officials were expelled by the Netherlands.", {(E, "NLD", "RUS", A)}),
    ],
    # the act answered is background; "in kind" promises the same act back
    "respond_in_kind_to": [
        ("Russia says it will respond in kind to Italy's expulsion of two diplomats",
         {(E, "ITA", "RUS", R), (E, "RUS", "ITA", INT)}),
        ("Moscow vowed to retaliate in kind for Poland's expulsion of Russian diplomats",
         {(E, "POL", "RUS", R), (E, "RUS", "POL", INT)}),
        ("Tehran will respond in kind to Britain's expulsion of its diplomats, the "
         "ministry said.", {(E, "GBR", "IRN", R), (E, "IRN", "GBR", INT)}),
        ("China said it would respond in kind to the US expulsion of Chinese diplomats.",
         {(E, "USA", "CHN", R), (E, "CHN", "USA", INT)}),
        ("Russia says it will respond to Italy's expulsion of two diplomats",
         {(E, "ITA", "RUS", R)}),
    ],
    # the act a dispute began with is its background
    "began_when": [
        ("The row began when Poland expelled two Russian diplomats.",
         {(E, "POL", "RUS", R)}),
        ("Pakistan expelled India's defence attache, escalating a dispute that began when "
         "India expelled two Pakistani officials.",
         {(E, "PAK", "IND", A), (E, "IND", "PAK", R)}),
    ],
    # headline passive: the subject bears the measure
    "hit_with_sanctions": [
        ("Venezuelan officials hit with new US sanctions", {(IMP, "USA", "VEN", A)}),
        ("Russian oligarchs hit by fresh UK sanctions", {(IMP, "GBR", "RUS", A)}),
        ("Iran's oil sector hit with US penalties", {(IMP, "USA", "IRN", A)}),
        ("Iranian banks hit with fresh EU sanctions", {(IMP, "EU", "IRN", A)}),
        ("Belarusian officials slapped with Canadian sanctions", {(IMP, "CAN", "BLR", A)}),
        ("Russian businessmen were hit with new British sanctions on Friday.",
         {(IMP, "GBR", "RUS", A)}),
        ("Syrian officials hit with sanctions over chemical attack",
         {(IMP, "UNK", "SYR", A)}),
        ("The US hit Venezuela with new sanctions", {(IMP, "USA", "VEN", A)}),
    ],
    "agentless_passive": [
        ("Sanctions on Russia extended for six months", {(IMP, "UNK", "RUS", A)}),
        ("EU sanctions on Russia extended for six months", {(IMP, "EU", "RUS", A)}),
        ("Sanctions on Iran renewed for another year", {(IMP, "UNK", "IRN", A)}),
        ("New sanctions on North Korea imposed after missile test",
         {(IMP, "UNK", "PRK", A)}),
        ("Arms embargo on South Sudan extended by a year", {(IMP, "UNK", "SSD", A)}),
        ("Sanctions on Russia were extended for six months.", {(IMP, "UNK", "RUS", A)}),
    ],
    "export_visa_bans": [
        ("Washington blocks exports to Chinese firms linked to military",
         {(IMP, "USA", "CHN", A)}),
        ("New US rules restrict visas for Chinese Communist Party members",
         {(IMP, "USA", "CHN", A)}),
        ("US bars Huawei from buying American chips", {(IMP, "USA", "CHN", A)}),
        ("Britain restricts exports to Iranian firms", {(IMP, "GBR", "IRN", A)}),
        ("Japan restricts visas for Russian officials", {(IMP, "JPN", "RUS", A)}),
        ("Washington bars ZTE from buying US components", {(IMP, "USA", "CHN", A)}),
    ],
    # already right in 0.15.0: guards
    "guards": [
        ("China retaliates by shutting US consulate in Chengdu", {(E, "CHN", "USA", A)}),
        ("U.S. orders China to close its Houston consulate, citing spying",
         {(E, "USA", "CHN", A)}),
        ("Pompeo defends closure of Chinese consulate in Houston", {(E, "USA", "CHN", A)}),
        ("Russia expels 20 Czech diplomats in retaliation", {(E, "RUS", "CZE", A)}),
        ("Moscow expels Italian naval attache in retaliation", {(E, "RUS", "ITA", A)}),
        ("China hits back at US with sanctions on Rubio, Cruz", {(IMP, "CHN", "USA", A)}),
        ("Estonia expels Russian embassy staff", {(E, "EST", "RUS", A)}),
        # the responder's own state's act is the news, not the background
        ("Pompeo responds to closure of China's Houston consulate", {(E, "USA", "CHN", A)}),
        ("Hungary expelled two Ukrainian diplomats, and Kyiv retaliated in kind",
         {(E, "HUN", "UKR", A), (E, "UKR", "HUN", A)}),
        ("China responded to the new U.S. sanctions with its own export ban.",
         {(IMP, "USA", "CHN", A), (IMP, "CHN", "USA", A)}),
    ],
}


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_phrasing_class(nlp, phrasing):
    wrong = wrong_codings(nlp, PHRASINGS[phrasing])
    assert not wrong, wrong


# Hard negatives: each new trigger in its out-of-scope senses.
HARD_NEGATIVES = {
    "ordered_it_shut": [
        "The restaurant closed two days after the mayor ordered it shut.",
        "The consulate closed for a holiday after the ambassador ordered it shut for the "
        "Easter break.",
    ],
    "leave_after_order": [
        "Tourists leave Paris after the mayor's order",
        "American diplomats leave the meeting after Beijing's order to end talks",
    ],
    "deadline_to_vacate": [
        "The landlord gave the company 72 hours to vacate the office.",
    ],
    "staff_capped": [
        "Britain cuts its embassy staff in Kabul",
        "The US will reduce embassy staff in Baghdad for security reasons",
        "Company cuts Russian staff",
        "The bank cut staff at its Moscow branch",
        "Germany cuts its own embassy staff in Moscow",
    ],
    "told_to_leave": [
        "Company orders Russian staff to leave the office",
        "Moscow tells Polish tourists to leave",
        "Police order protesters to leave the square",
    ],
    "expelled_officials": [
        "The party expelled three officials for corruption",
        "Hungary expels Russian students",
        "The club expelled Russian officials from its board",
        "FIFA expels Russian officials",
        "The union expelled two Italian staff members",
    ],
    "respond_in_kind": [
        "The club said it will respond in kind to the league's expulsion of two players",
    ],
    "hit_with": [
        "Players hit with fines after brawl",
        "Russian tennis players hit with doping sanctions",
        "Washington hit back with sanctions",
        "Iranian wrestlers hit with sanctions by the federation",
    ],
    "agentless_passive": [
        "Sanctions on Russia extended the war, analysts say",
        "Doping sanctions on Russian athletes extended for two years",
        "Deadline on Russia deal extended for six months",
        "US sanctions extended the crisis",
    ],
    "export_visa_bans": [
        "The storm blocked exports to Chinese ports",
        "Police blocked the road to the Russian embassy",
        "The school bars students from buying energy drinks",
        "The court blocked exports to the company",
        "New rules restrict visas for foreign students",
    ],
    "guards": [
        "Japan, South Korea trade curbs escalate",
    ],
}


@pytest.mark.parametrize("trigger", sorted(HARD_NEGATIVES))
def test_hard_negatives(nlp, trigger):
    flagged = flagged_texts(nlp, HARD_NEGATIVES[trigger])
    assert not flagged, flagged


def test_an_order_without_a_deadline_keeps_the_order_reading(nlp):
    # The deadline rule (confidence 0.75) is for "gave it 72 hours to vacate"; a plain
    # order to close a mission stays with the order rule and its confidence.
    events = nlp("US abruptly orders China to close its consulate in Houston")._.events
    assert [(e.event_type, e.source, e.target) for e in events] == [
        ("expel_diplomats", "USA", "CHN")]
    assert events[0].confidence >= 0.8
    deadline = nlp("Warsaw gave the Belarusian mission three days to close its consulate "
                   "in Grodno.")._.events
    assert [(e.event_type, e.source, e.target) for e in deadline] == [
        ("expel_diplomats", "POL", "BLR")]


def test_block_and_restrict_pass_the_prefilter_only_with_what_they_stop():
    from transforms.coder import might_contain_event

    assert might_contain_event("Washington blocks exports to Chinese firms linked to Beijing")
    assert might_contain_event("New US rules restrict visas for Chinese Communist Party members")
    # The everyday senses, with two states named, no longer reach the parser.
    assert not might_contain_event("Protesters blocked a road in Kyiv as Russia massed troops")
    assert not might_contain_event("France restricted access to a beach near the Italian border")

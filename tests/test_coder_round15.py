"""Round 15 of the event coder (0.15.0): events that news names in a noun phrase the
sentence reacts to or lives under, not with a verb of the act. A state condemning,
denouncing or retaliating against a measure is its target when no on/against target is
named; a state "under", "-hit" by, crushed "under the weight of" or "cost" by a measure
lives under it; a deal "under which sanctions were lifted" tells of an easing; diplomats
who "leave X after expulsion" were expelled by X; a closure answered in retaliation was
done to the answerer; "X saw Y downgrade ties" is done to X. Modality: the measure a
state reacts to is `asserted` when it is new ("new", "fresh", "latest"), else
`reference`; a measure lived under is `reference` (eval/NOTES.md). Sentences are written
for these tests (none is copied from an eval set or the replay corpus); every new
trigger has hard negatives."""

from __future__ import annotations

import pytest

from tests.conftest import flagged_texts, wrong_codings

E, IMP, EASE, SEV = "expel_diplomats", "impose_sanctions", "ease_sanctions", "sever_relations"
A, R = "asserted", "reference"

PHRASINGS: dict[str, list[tuple[str, set[tuple]]]] = {
    # the reacting state is the target; new measures are news, others background
    "reacts_to_measure": [
        ("Iran condemned the new U.S. sanctions as economic terrorism.",
         {(IMP, "USA", "IRN", A)}),
        ("Venezuela denounced the American sanctions.", {(IMP, "USA", "VEN", R)}),
        ("Cuba blames the U.S. embargo for shortages of medicine.", {(IMP, "USA", "CUB", R)}),
        ("North Korea condemned the latest UN sanctions as a declaration of war.",
         {(IMP, "UN", "PRK", A)}),
        ("Russia denounced the new EU sanctions as illegitimate.", {(IMP, "EU", "RUS", A)}),
        ("Syria blames Western sanctions for its fuel shortages.", {(IMP, "UNK", "SYR", R)}),
        ("Moscow slammed the British sanctions on Tuesday.", {(IMP, "GBR", "RUS", R)}),
        ("Tehran criticised the fresh EU sanctions.", {(IMP, "EU", "IRN", A)}),
        ("Venezuela decried the U.S. sanctions in a statement.", {(IMP, "USA", "VEN", R)}),
        ("Pyongyang criticized the U.S. embargo.", {(IMP, "USA", "PRK", R)}),
    ],
    # the reaction's own mode ("rejected", "vowed") is not the measure's
    "reaction_mode_not_measure_mode": [
        ("Beijing rejected the American sanctions as interference.",
         {(IMP, "USA", "CHN", R)}),
        ("Iran vowed to retaliate against the new European sanctions.",
         {(IMP, "EU", "IRN", A)}),
    ],
    "reacts_through_preposition": [
        ("Russia hit back at the fresh Japanese sanctions.", {(IMP, "JPN", "RUS", A)}),
        ("Belarus protested against the Lithuanian sanctions.", {(IMP, "LTU", "BLR", R)}),
        ("China responded to the new U.S. sanctions with its own export ban.",
         {(IMP, "USA", "CHN", A), (IMP, "CHN", "USA", A)}),
    ],
    # a named on/against target wins over the reacting state
    "reaction_named_target": [
        ("Russia condemns new EU sanctions on Belarus", {(IMP, "EU", "BLR", A)}),
    ],
    # "which" in "X, which is under ... sanctions" stands for X
    "relative_under": [
        ("Iran, which is under crippling US sanctions, is struggling to sell its oil.",
         {(IMP, "USA", "IRN", R)}),
        ("North Korea, which is under heavy UN sanctions, launched another missile.",
         {(IMP, "UN", "PRK", R)}),
        ("Venezuela, which has been under U.S. sanctions since 2019, is short of fuel.",
         {(IMP, "USA", "VEN", R)}),
    ],
    "hyphen_hit": [
        ("Sanctions-hit Venezuela turns to Iran for fuel.", {(IMP, "UNK", "VEN", R)}),
        ("Embargo-hit Qatar opens new shipping route", {(IMP, "UNK", "QAT", R)}),
        ("Sanctions-hit Iran boosts oil exports to China", {(IMP, "UNK", "IRN", R)}),
        ("Sanctions-battered Syria appeals for aid", {(IMP, "UNK", "SYR", R)}),
        ("Embargo-stricken Cuba rations fuel", {(IMP, "UNK", "CUB", R)}),
        ("US sanctions-hit Venezuela turns to Russia", {(IMP, "USA", "VEN", R)}),
    ],
    "under_the_weight_of": [
        ("The Syrian pound has collapsed under the weight of American sanctions.",
         {(IMP, "USA", "SYR", R)}),
        ("Iran's economy has buckled under the weight of US sanctions.",
         {(IMP, "USA", "IRN", R)}),
        ("The Russian rouble sank under the weight of Western sanctions.",
         {(IMP, "UNK", "RUS", R)}),
    ],
    "cost_by_measure": [
        ("Havana says the embargo has cost Cuba $130 billion.", {(IMP, "UNK", "CUB", R)}),
        ("Venezuelan officials say the sanctions have cost Venezuela $30 billion.",
         {(IMP, "UNK", "VEN", R)}),
        ("The embargo has cost Cuba billions of dollars, the foreign minister said.",
         {(IMP, "UNK", "CUB", R)}),
    ],
    "deal_under_which": [
        ("The talks aim to revive the 2015 nuclear deal, under which sanctions on Iran "
         "were lifted.", {(EASE, "UNK", "IRN", R)}),
        ("Iran wants to restore the nuclear deal, under which sanctions on Tehran were "
         "eased.", {(EASE, "UNK", "IRN", R)}),
    ],
    # the leavers were expelled by the state they leave
    "leave_after_expulsion": [
        ("Czech diplomats leave Moscow after expulsion", {(E, "RUS", "CZE", A)}),
        ("Polish diplomats leave Minsk after expulsion", {(E, "BLR", "POL", A)}),
        ("Russian diplomats leave Prague after expulsion\nA bus carrying the diplomats left "
         "the embassy on Monday after the Czech government ordered them out.",
         {(E, "CZE", "RUS", A)}),
    ],
    # the closure answered was done to the answerer by the state it answers
    "answered_closure": [
        ("Washington ordered China to close its consulate in Houston, retaliating for the "
         "closure of the US consulate in Chengdu.",
         {(E, "USA", "CHN", A), (E, "CHN", "USA", R)}),
        ("Russia ordered Poland to close its consulate in Irkutsk, retaliating for the "
         "closure of the Russian consulate in Poznan.",
         {(E, "RUS", "POL", A), (E, "POL", "RUS", R)}),
    ],
    # headline "X, Y expel ..." with "expel" read as an adjective of the envoys
    "listed_expellers": [
        ("Estonia, Latvia expel Russian diplomats in solidarity with Lithuania",
         {(E, "EST", "RUS", A), (E, "LVA", "RUS", A)}),
        ("Slovakia, Baltic states expel Russian diplomats",
         {(E, "SVK", "RUS", A), (E, "UNK", "RUS", A)}),
    ],
    "saw_ties_cut": [
        ("Lithuania, which let Taiwan open a representative office, saw China downgrade "
         "diplomatic ties.", {(SEV, "CHN", "LTU", A)}),
    ],
}


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_phrasing_class(nlp, phrasing):
    wrong = wrong_codings(nlp, PHRASINGS[phrasing])
    assert not wrong, wrong


def test_relative_pronoun_resolves_to_antecedent(nlp):
    """The relative subject stands for its antecedent in the resolver itself."""
    from transforms.coder.actors import ActorResolver
    from transforms.coder.gazetteer import load_gazetteer

    doc = nlp("Venezuela, which is short of fuel, is buying Iranian gasoline.")
    which = next(t for t in doc if t.lower_ == "which")
    actor = ActorResolver(load_gazetteer(), "sanction").resolve_one(which)
    assert actor is not None and actor.code == "VEN"


# Hard negatives: each new trigger in its out-of-scope senses.
HARD_NEGATIVES = {
    "reaction": [
        "Russia condemned the doping sanctions imposed on its athletes.",
        "Fans slammed the referee's sanctions after the match.",
        "The club denounced the UEFA sanctions as unfair.",
        "Chelsea criticised the Premier League sanctions.",
        "The company blamed the sanctions for its losses.",
        "The players' union rejected the league's sanctions.",
        "Fans hit back at the FIFA sanctions.",
        "Tennis players condemned the new ATP sanctions.",
        "The Russian team protested against the doping sanctions.",
    ],
    "hyphen_hit": [
        "A storm-hit town rebuilds its harbour.",
        "Drought-hit Kenya appeals for food aid.",
        "Flood-ravaged Pakistan seeks help.",
        "A war-ravaged city in Syria rebuilds.",
        "Brexit-hit firms cut jobs.",
    ],
    "under_relative": [
        "Cuba's health minister, who is under pressure, resigned.",
        "Brazil, which is under a new president, cut interest rates.",
    ],
    "deal_under_which": [
        "The deal under which tariffs were cut expired in 2020.",
        "The pact under which quotas were raised ended.",
    ],
    "weight_cost": [
        "The pound has collapsed under the weight of debt.",
        "The factory has cost Germany $2 billion.",
        "The sanctions bill has cost the lobby group millions.",
    ],
    "leave_after_expulsion": [
        "Students leave Paris after expulsion from school.",
        "The band saw its drummer leave after the expulsion from the tour.",
        "The referee saw the striker leave the field after the sanction.",
    ],
    "answered_closure": [
        "The closure of the Chinese restaurant in Houston angered residents.",
    ],
    "saw_ties_cut": [
        "The company cut ties with its Chinese supplier.",
        "Apple, which has a factory in China, saw Samsung cut ties with the supplier.",
        "Students saw the school cut ties with the sponsor.",
    ],
}


@pytest.mark.parametrize("trigger", sorted(HARD_NEGATIVES))
def test_hard_negatives(nlp, trigger):
    flagged = flagged_texts(nlp, HARD_NEGATIVES[trigger])
    assert not flagged, flagged

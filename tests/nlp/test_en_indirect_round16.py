"""English report frames met first on fresh pages (en_indirect16): a speech participle after a
comma that names whom it addresses before `that` (`, warning them that ...`, `, telling reporters
that ...`), a place and a colon opening a paragraph (`Munich: A German banker has told ...`) as a
dateline, not part of a role speaker, the role subject of a subordinate clause as the speaker of
its own verb (`X could face charges after a banker admitted ...`), `stressed on the need ...` and an
opening `Speaking in ...,` reporting nothing, `and added that ...` late in a long sentence, `since`
after an auxiliary, any gerund after `admitted to` / `denied` (`denied [taking payments ...]`), and
a participle's speaker found as the subject of the sentence's first verb when the opening holds an
adjunct (`Earlier on Friday, the union criticised ..., saying ...`) or a body and a role before a
name (`Greens leader X criticised ..., saying ...`).
Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause", "cue"),
    [
        (
            "The union leader urged members to stay calm, warning them that the talks could drag on for weeks.",
            "the talks could drag on for weeks",
            "warning",
        ),
        (
            "The coach left the training ground early, telling reporters that the squad was tired.",
            "the squad was tired",
            "telling",
        ),
        (
            "The council closed the market, assuring traders that the stalls would reopen on Monday.",
            "the stalls would reopen on Monday",
            "assuring",
        ),
        (
            "The council closed the park, reminding residents that dogs were banned from the lawns.",
            "dogs were banned from the lawns",
            "reminding",
        ),
        (
            "The registrar posted the results, informing the members of the board that the vote was valid.",
            "the vote was valid",
            "informing",
        ),
    ],
)
def test_a_participle_naming_whom_it_addresses_reports_after_that(label_en, sentence, clause, cue):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.cue_of(clause) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        # a request, not a report
        "The council closed the park, warning residents to stay indoors.",
        "The council closed the park, telling residents to stay indoors.",
        # an object, and a relative `that` after it
        "The council closed the park, warning of floods that could reach the town.",
        "The council closed the park, warning residents of floods.",
        # a comma inside the words before `that`: no addressee
        "The council closed the park, reminding the keeper, a retired soldier, that rules were rules.",
    ],
)
def test_an_addressing_participle_without_its_clause_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # `that` right after the participle, as before
        ("The farmers' group criticised the budget, warning that prices would fall.", "prices would fall"),
        ("The mayor said the bridge would open in May, adding that the money was ready.", "the money was ready"),
    ],
)
def test_a_participle_with_that_right_after_it_still_reports(label_en, sentence, clause):
    assert clause in label_en(sentence).texts("QUOTE", type="indirect")


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Lisbon: A Portuguese surveyor has told a court that he forged the permits.",
            "he forged the permits",
            "A Portuguese surveyor",
        ),
        (
            "Port Louis: The harbour master said the ferry had left without clearance.",
            "the ferry had left without clearance",
            "The harbour master",
        ),
        (
            "Harbour fees to rise\n\nLisbon: The port authority said fees would rise by a tenth.",
            "fees would rise by a tenth",
            "The port authority",
        ),
    ],
)
def test_a_place_and_a_colon_opening_a_paragraph_is_no_part_of_the_speaker(label_en, text, clause, speaker):
    labelled = label_en(text)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


def test_a_name_and_a_colon_opening_a_headline_stays_before_the_report(label_en):
    # a person before the colon: a headline naming its speaker, no dateline
    labelled = label_en("Joana Pires: The budget is a scandal, the deputy said.")
    assert labelled.texts("QUOTE", type="indirect") == ["Joana Pires: The budget is a scandal"]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Club owner Daniel Okafor could face a ban after a former referee admitted taking money from him.",
            "taking money from him",
            "a former referee",
        ),
        (
            "Mayor Clara Wendt resigned when the auditor said the accounts had been altered.",
            "the accounts had been altered",
            "the auditor",
        ),
    ],
)
def test_a_role_after_a_subordinator_speaks_for_its_own_verb(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        # a name after the subordinator: the name speaks, as before
        (
            "Club owner Daniel Okafor could face a ban after referee Tomas Lind admitted taking money from him.",
            "taking money from him",
            "Tomas Lind",
        ),
        # an apposition closed by a comma keeps the name
        ("Ivo Marsh, the spokesman, said the case was closed.", "the case was closed", "Ivo Marsh"),
        # the subordinate clause ends at a comma: the main clause's role speaks
        (
            "After Ivo Marsh resigned, the party said the seat would be contested.",
            "the seat would be contested",
            "the party",
        ),
    ],
)
def test_a_name_speaker_near_a_subordinator_is_kept(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        # an irregular past verb ends the participle's subject
        (
            "The coach left the training ground early, telling reporters that the squad was tired.",
            "the squad was tired",
            "The coach",
        ),
        (
            "The minister spoke for an hour, assuring farmers that seed would arrive in March.",
            "seed would arrive in March",
            "The minister",
        ),
    ],
)
def test_an_irregular_past_verb_ends_a_participles_subject(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Lawmakers stressed on the need for unity among the parties.",
        "The farmers' union insisted on a pause in the new levies.",
        "Speaking at the council meeting, members stressed on the need to repair the roads.",
        "Addressing the rally in the square, the candidate dwelt on his record.",
    ],
)
def test_an_object_after_on_or_an_opening_occasion_reports_nothing(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "Speaking at the council meeting, the mayor said the roads would be repaired by June.",
            "the roads would be repaired by June",
            "the mayor",
        ),
        ("Lawmakers stressed that the roads must be repaired.", "the roads must be repaired", "Lawmakers"),
        (
            "The roads were badly damaged by the floods, the mayor stressed on Monday.",
            "The roads were badly damaged by the floods",
            "the mayor",
        ),
    ],
)
def test_a_report_near_an_occasion_or_a_time_is_kept(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


def test_and_added_that_late_in_a_long_sentence_reports(label_en):
    sentence = (
        "The governor expressed deep sorrow over the deaths of eleven fishermen during a storm off the"
        " northern coast near the old lighthouse of the harbour town and added that the families of the"
        " drowned men would receive food and money from the province within the coming weeks."
    )
    labelled = label_en(sentence)
    clause = "the families of the drowned men would receive food and money from the province within the coming weeks"
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == "The governor"
    assert labelled.cue_of(clause) == "added"


def test_and_that_late_in_a_report_stays_inside_it(label_en):
    sentence = (
        "The inspector said the guards had searched every room of the old warehouse by the river on the"
        " night of the fire and found that the doors had been locked from the inside."
    )
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [
        "the guards had searched every room of the old warehouse by the river on the night of the fire"
        " and found that the doors had been locked from the inside"
    ]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The two men were still in custody and the rangers have since warned hikers that the trail is closed.",
            "the trail is closed",
            "the rangers",
        ),
        ("The rangers have since said the trail would stay closed.", "the trail would stay closed", "The rangers"),
    ],
)
def test_since_after_an_auxiliary_is_no_part_of_the_speaker(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


def test_since_as_a_subordinator_still_opens_a_clause(label_en):
    labelled = label_en("Prices have risen since the minister said the tax would go.")
    assert labelled.texts("QUOTE", type="indirect") == ["the tax would go"]
    assert labelled.speaker_of("the tax would go") == "the minister"


@pytest.mark.parametrize(
    ("sentence", "clause", "cue"),
    [
        (
            "Under questioning, the two youths admitted to burning a delivery van and damaging a kiosk.",
            "burning a delivery van and damaging a kiosk",
            "admitted",
        ),
        (
            "The former treasurer denied taking money from the building fund of the parish.",
            "taking money from the building fund of the parish",
            "denied",
        ),
        # the gerunds known before
        ("The clerk admitted to having altered the ledger twice.", "having altered the ledger twice", "admitted"),
    ],
)
def test_a_gerund_after_admitted_to_or_denied_is_the_report(label_en, sentence, clause, cue):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.cue_of(clause) == cue


@pytest.mark.parametrize(
    ("sentence", "quotes"),
    [
        # a noun in -ing: an object, no report
        ("The former treasurer denied wrongdoing in the sale of the parish hall.", []),
        ("The club denied reports of a takeover by the American investors.", []),
        # a preposition in -ing: the report follows its `that`
        (
            "The clerk denied during the hearing that he had altered the ledger.",
            ["he had altered the ledger"],
        ),
    ],
)
def test_a_word_in_ing_that_is_no_gerund_opens_no_report(label_en, sentence, quotes):
    assert label_en(sentence).texts("QUOTE", type="indirect") == quotes


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        # a sentence adverb with a phrase before the subject
        (
            "Earlier on Friday, the fishermen's union criticised the new quota, saying it would empty the harbour.",
            "it would empty the harbour",
            "the fishermen's union",
        ),
        # an organisation, a role and a name: the name speaks
        (
            "Greens leader Marta Solberg criticised the levy, saying it would hurt small farms.",
            "it would hurt small farms",
            "Marta Solberg",
        ),
    ],
)
def test_a_participles_speaker_is_the_subject_of_the_first_verb(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.speaker_of(clause) == speaker


def test_an_organisation_opening_the_sentence_still_speaks_through_its_participle(label_en):
    labelled = label_en("The port authority closed the north quay, saying the cranes were unsafe.")
    assert labelled.speaker_of("the cranes were unsafe") == "The port authority"

"""English speaker resolution, causes counted twice (issue 11, en_resolve2 round): a nationality
noun in `-man` used as a role (`the Englishman said`) was a PERSON and took the quotes of the
person it refers back to; an organisation role without an outlet's noun (`The firm added`) took a
news agency cited as a source. Invented examples only."""

from __future__ import annotations

MATCH = (
    "Kisumu City beat Nakuru 2-0 on Saturday in front of a full stadium.\n\n"
    "The home coach, Peter Mwangi, praised his defence.\n\n"
    '"We were patient and it paid off," the Kenyan said.\n\n'
    '"The boys never gave up," the Englishman added.\n'
)


def test_a_nationality_noun_in_man_is_no_person(label_en):
    labelled = label_en(MATCH)
    assert labelled.texts("PERSON") == ["Peter Mwangi"]


def test_a_nationality_noun_in_man_resolves_as_a_role(label_en):
    labelled = label_en(MATCH)
    assert labelled.resolved_speaker_of("The boys never gave up,") == "Peter Mwangi"


def test_an_outlet_named_the_scotsman_stays_an_outlet(label_en):
    """Guard: a masthead spelt like the noun keeps its ORG and its report."""
    labelled = label_en("The Scotsman reported that the old bridge would close in May.\n")
    assert "The Scotsman" in labelled.texts("ORG")
    assert labelled.resolved_speaker_of("the old bridge would close in May") == "The Scotsman"


CITED = (
    "Brindle Foods cut its yearly forecast on Tuesday, Bloomberg reported, citing two people "
    "close to the board.\n\n"
    "The firm added that the cost of grain had risen sharply.\n"
)


def test_a_firm_is_not_the_agency_cited_as_a_source(label_en):
    labelled = label_en(CITED)
    assert labelled.resolved_speaker_of("the cost of grain had risen sharply") == "Brindle Foods"


def test_the_company_is_not_the_wire_agency_named_after_it(label_en):
    text = (
        "Output at two Tata Steel plants will be cut next month, Reuters reported on Friday.\n\n"
        "The company said demand for roofing sheets had fallen.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("demand for roofing sheets had fallen") == "Tata Steel"


def test_the_agency_may_still_be_the_agency(label_en):
    """Guard: a role naming an outlet's noun (`the agency`) still takes the agency."""
    text = (
        "Brindle Foods cut its yearly forecast on Tuesday, Bloomberg reported.\n\n"
        "The agency said the board met on Monday.\n"
    )
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("the board met on Monday") == "Bloomberg"


LABELLED_LEAD = (
    "Golden Ridge: Ghana's Foreign Minister, Kwame Asante, has called for calm at the border.\n\n"
    "He said the talks would resume on Monday.\n"
)


def test_a_label_before_a_colon_is_not_the_subject_of_its_line(label_en):
    """`Outlet: <country>'s minister, X, has ...`: a later `He` is X, not the head taken for a person."""
    labelled = label_en(LABELLED_LEAD)
    assert labelled.resolved_speaker_of("the talks would resume on Monday") == "Kwame Asante"


def test_a_label_alone_in_its_sentence_keeps_its_pronoun(label_en):
    """Guard: with no other person in the sentence, the name before the colon is left as it was."""
    text = "Kofi Amoah: The vote was fair and the count was open.\n\nHe said the results would stand.\n"
    labelled = label_en(text)
    assert labelled.resolved_speaker_of("the results would stand") == "Kofi Amoah"

"""English subjects of a speech verb past an adjunct that names someone else
(nlp/speakers/subject_adjuncts.py). Texts are invented."""

from __future__ import annotations


def test_an_aside_between_commas_after_the_subject(label_en):
    result = label_en("The Governor, in his yearly address to the Harbour Council, said that ferry fares would fall.")
    assert result.speaker_of("ferry fares would fall") == "The Governor"


def test_a_participle_aside_after_a_role(label_en):
    result = label_en("Minister for Roads and Bridges, addressing a briefing in Loria today, said that the toll would go.")
    assert result.speaker_of("the toll would go") == "Minister for Roads and Bridges"


def test_a_name_inside_an_opening_adjunct_is_not_the_speaker(label_en):
    text = "Referring to the plan of Chief Minister Arno Velt to widen the port, the Governor said the work would start in May."
    result = label_en(text)
    assert result.speaker_of("the work would start in May") == "the Governor"


def test_a_name_after_an_opening_adjunct_still_speaks(label_en):
    result = label_en("Speaking to reporters, Nelis Wardani said the road was closed for repairs.")
    assert result.speaker_of("the road was closed for repairs") == "Nelis Wardani"


def test_a_listed_subject_keeps_its_first_item(label_en):
    result = label_en("Several port officials, fishermen and traders said the pier was unsafe for the night boats.")
    assert result.speaker_of("the pier was unsafe for the night boats") == "Several port officials, fishermen and traders"


def test_a_linking_adverb_is_no_list_item(label_en):
    result = label_en("Nevertheless, fishermen and traders said the pier was unsafe for the night boats.")
    assert result.speaker_of("the pier was unsafe for the night boats") == "fishermen and traders"

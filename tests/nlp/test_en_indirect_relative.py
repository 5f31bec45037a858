"""English indirect speech inside a relative clause (issue 11, en_indirect2 round): invented
examples only."""

from __future__ import annotations


def test_a_cue_inside_a_relative_clause_reports_that_clause(label_en):
    result = label_en(
        "Mayor Dara Phommasack spoke at the council meeting on Tuesday.\n\n"
        "She also mentioned the street races held near the market, which she said were becoming more "
        "common at night, and thanked the volunteers."
    )
    assert result.texts("QUOTE", type="indirect") == ["which she said were becoming more common at night"]
    assert result.cue_of("which she said were becoming more common at night") == "said"
    assert result.speaker_of("which she said were becoming more common at night") == "she"
    assert result.resolved_speaker_of("which she said were becoming more common at night") == "Dara Phommasack"


def test_a_relative_clause_without_a_speech_verb_is_no_report(label_en):
    result = label_en(
        "The council discussed the new bridge, which was built last year by a local firm, and the road."
    )
    assert result.texts("QUOTE", type="indirect") == []


def test_a_coordinated_question_is_a_second_report_of_the_sentence_subject(label_en):
    result = label_en(
        "Councillor Mina Sayavong spoke at the council meeting on Tuesday.\n\n"
        "She also mentioned the street races held near the market, which she said were becoming more "
        "common at night, and asked if the races had been allowed by the district office."
    )
    question = "the races had been allowed by the district office"
    assert result.texts("QUOTE", type="indirect") == ["which she said were becoming more common at night", question]
    assert result.cue_of(question) == "asked"
    assert result.speaker_of(question) == "She"
    assert result.resolved_speaker_of(question) == "Mina Sayavong"


def test_a_question_after_its_subject_is_reported_but_a_directive_is_not(label_en):
    result = label_en(
        "Opposition leader Tomas Reyes asked whether the new toll fees were approved by the cabinet.\n\n"
        "The governor asked that all residents stay indoors during the storm."
    )
    assert result.texts("QUOTE", type="indirect") == ["the new toll fees were approved by the cabinet"]
    assert result.speaker_of("the new toll fees were approved by the cabinet") == "Tomas Reyes"


def test_an_organisation_placed_in_a_province_is_the_speaker(label_en):
    result = label_en(
        "Meanwhile, the Health Office in the southern province of Binh Dinh said three workers in the "
        "district had tested positive for the virus.\n\n"
        "Economists at the World Bank in Jakarta said the economy would grow by five percent this year."
    )
    assert result.speaker_of("three workers in the district had tested positive for the virus") == "Health Office"
    assert result.speaker_of("the economy would grow by five percent this year") == "Economists at the World Bank in Jakarta"


def test_took_pains_to_reiterate_that_reports_with_the_subject_before_the_chain(label_en):
    result = label_en(
        "Meanwhile, city police took pains to reiterate that the capital was safe from any attack.\n\n"
        "The envoy came to reiterate its support for the peace talks in the region.\n\n"
        "Police took pains to keep the crowd away from the stage."
    )
    assert result.texts("QUOTE", type="indirect") == ["the capital was safe from any attack"]
    assert result.speaker_of("the capital was safe from any attack") == "city police"
    assert result.cue_of("the capital was safe from any attack") == "reiterate"

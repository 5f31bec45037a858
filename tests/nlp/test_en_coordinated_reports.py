"""English reports that run on after `, but`/`, and`/`, while`, and where the speaker's own act
ends them (nlp/indirect/coordinated_clause.py). Texts are invented."""

from __future__ import annotations


def _indirect(result) -> list[str]:
    return result.texts("QUOTE", type="indirect")


def test_a_contrast_with_its_own_subject_runs_on(label_en):
    text = "The mayor said the council has sent three trucks of rice to the valley, but they have yet to reach the farms."
    assert _indirect(label_en(text)) == [
        "the council has sent three trucks of rice to the valley, but they have yet to reach the farms"
    ]


def test_while_with_a_new_subject_runs_on(label_en):
    text = "Rescuers said the first hiker was Arno Velt, while the second remained missing."
    assert _indirect(label_en(text)) == ["the first hiker was Arno Velt, while the second remained missing"]


def test_and_added_that_stays_a_second_report(label_en):
    text = "The minister said the bridge would reopen in May, and added that the ferry would keep running."
    result = label_en(text)
    assert _indirect(result) == ["the bridge would reopen in May", "the ferry would keep running"]


def test_an_act_of_the_speaker_ends_the_report(label_en):
    text = "The union said the new rota was unsafe for the night staff, and criticised the hospital's managers."
    assert _indirect(label_en(text)) == ["the new rota was unsafe for the night staff"]


def test_a_subject_that_repeats_the_speaker_ends_the_report(label_en):
    text = "A fire service spokesman said the blaze started in the kitchen, though the spokesman gave no other details."
    assert _indirect(label_en(text)) == ["the blaze started in the kitchen"]


def test_a_report_closed_by_its_cue_keeps_the_coordinated_claim(label_en):
    report = (
        "A driver held over the crash on the coast road near Tanah Merah has admitted to police that he was "
        "at the wheel, but claimed that the brakes failed"
    )
    assert _indirect(label_en(report + ", local media reported Wednesday.")) == [report]


def test_and_said_that_without_a_comma_is_a_second_report(label_en):
    text = "The governor said that the storm had passed and said that the schools would open on Monday."
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == ["the storm had passed", "the schools would open on Monday"]
    assert result.cue_of("the schools would open on Monday") == "said"


def test_a_possessive_after_that_opens_the_report(label_en):
    result = label_en("The governor said that their long appeal bore a good result.")
    assert result.texts("QUOTE", type="indirect") == ["their long appeal bore a good result"]

"""English reported speech (issue 11, en_indirect20 round): `believes` is an opinion, not a cue; a
closing `according to` source with its apposition after it (a title before a name the speaker
search cannot read, a body's name read as a role, two bodies read as a role). Invented examples only."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister believes that the quick arrest was the result of good police work.",
        "The club captain believes the team played well in patches during the series.",
        "The Government believes the dispute will be settled within a week.",
    ],
)
def test_believes_is_no_cue(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_said_before_believes_still_reports(label_en):
    result = label_en("The judge has said he believes the police are hiding crimes.")
    clause = "he believes the police are hiding crimes"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"


def test_closing_source_after_a_title_with_its_apposition(label_en):
    result = label_en(
        "The rioters will be charged with arson and theft under the new penal code, according to Colonel"
        " To Van Lam, head of the Office of the Ministry of Public Security."
    )
    clause = "The rioters will be charged with arson and theft under the new penal code"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "To Van Lam"
    assert result.cue_of(clause) == "according to"


def test_closing_source_read_as_a_role_with_its_apposition(label_en):
    result = label_en(
        "Some 300 guards had left their posts by March, according to Free Wardens, a group formed by former guards."
    )
    clause = "Some 300 guards had left their posts by March"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Free Wardens"


def test_two_closing_sources_read_as_a_role_with_their_apposition(label_en):
    result = label_en(
        "Some 300 guards had left their posts by March, according to People’s Wardens and People’s Shelter,"
        " groups formed by former guards."
    )
    clause = "Some 300 guards had left their posts by March"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "People’s Wardens and People’s Shelter"


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's figures credited at the end, with its apposition: no report, and never the apposition
        "Twelve people died in the floods, according to the Ministry of Health, the agency in charge of hospitals.",
        # a lower-case source and a predicate after the comma: no apposition
        "The market stayed shut, according to traders, who blamed the rain.",
    ],
)
def test_apposition_after_a_closing_source_is_no_report(label_en, sentence):
    texts = label_en(sentence).texts("QUOTE", type="indirect")
    assert "the agency in charge of hospitals" not in texts
    assert "who blamed the rain" not in texts


def test_named_closing_source_with_apposition_unchanged(label_en):
    result = label_en("The bridge will reopen in June, according to Tom Reed, a spokesman for the ministry.")
    clause = "The bridge will reopen in June"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Tom Reed"


@pytest.mark.parametrize(
    "sentence",
    [
        "As the inspectors dug into other alleged thefts by the depot staff, the meeting grew loud.",
        "The police looked into several alleged break-ins at the market.",
        "The board heard numerous reported complaints about the new buses.",
    ],
)
def test_participle_after_a_quantifying_adjective_is_no_cue(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


def test_alleged_as_a_verb_still_reports(label_en):
    result = label_en("The union alleged that the ballots had been tampered with.")
    assert result.texts("QUOTE", type="indirect") == ["the ballots had been tampered with"]


def test_asking_whether_ends_the_report_and_reports_the_question(label_en):
    result = label_en(
        "The opposition leader stressed that the overspending cannot be ignored, asking whether any official had been charged."
    )
    first, question = "the overspending cannot be ignored", "any official had been charged"
    assert result.texts("QUOTE", type="indirect") == [first, question]
    assert result.cue_of(first) == "stressed"
    assert result.cue_of(question) == "asking"
    assert result.speaker_of(question) == "The opposition leader"


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The mayor said the water was safe, asking residents to stay calm.", "the water was safe"),
        ("The mayor said the water was safe, asking for patience.", "the water was safe"),
    ],
)
def test_asking_without_whether_is_a_request(label_en, sentence, report):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [report]


def test_closing_according_far_into_a_long_sentence(label_en):
    result = label_en(
        "As many as 300 guards including two wardens and their deputies had left their posts by March after"
        " seeing how the prisoners were treated in the northern wing, according to People’s Wardens and"
        " People’s Shelter, groups formed by former guards."
    )
    clause = (
        "As many as 300 guards including two wardens and their deputies had left their posts by March after"
        " seeing how the prisoners were treated in the northern wing"
    )
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "People’s Wardens and People’s Shelter"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Under questioning one of the drivers had said that the guards were paid to look away.", "one of the drivers"),
        ("During interrogation the cashier said that she had hidden the keys.", "the cashier"),
        ("After the hearing the mayor said the market would reopen.", "the mayor"),
        # unchanged: a comma after the adjunct, a capitalised word in it
        ("After the hearing, the mayor said the market would reopen.", "the mayor"),
        ("On Monday the mayor said the market would reopen.", "the mayor"),
    ],
)
def test_short_opening_adjunct_without_comma_is_no_part_of_the_speaker(label_en, sentence, speaker):
    result = label_en(sentence)
    [clause] = result.texts("QUOTE", type="indirect")
    assert result.speaker_of(clause) == speaker


def test_a_title_and_its_apposition_opening_the_text_do_not_break_the_run(label_en):
    # The title stands at the very start (no word before it): the pre-labeller raised IndexError.
    text = (
        "Deputy Finance Minister, Jane Asare, has accused the opposition of propaganda.\n\n"
        "But the deputy Finance Minister said the opposition MPs are being dishonest."
    )
    clause = "the opposition MPs are being dishonest"
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.resolved_speaker_of(clause) == "Jane Asare"


@pytest.mark.parametrize(
    ("sentence", "first", "second", "speaker"),
    [
        (
            "Police said the driver fled the scene, while his lawyer said he was innocent.",
            "the driver fled the scene",
            "he was innocent",
            "his lawyer",
        ),
        (
            "Police said the guard had been bribed, and the victim's family said he was innocent.",
            "the guard had been bribed",
            "he was innocent",
            "the victim's family",
        ),
        (
            "The ministry said the bridge stood firm, whereas the engineers said it was cracked.",
            "the bridge stood firm",
            "it was cracked",
            "the engineers",
        ),
    ],
)
def test_a_second_speaker_after_a_comma_and_a_conjunction(label_en, sentence, first, second, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [first, second]
    assert result.speaker_of(second) == speaker


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        # no report after the second verb: the first report runs on
        ("The minister said prices rose while the opposition said nothing.", "prices rose while the opposition said nothing"),
        # a second subject with no speech verb: one report
        (
            "Officials said the levy would fall on traders, while farmers would be spared.",
            "the levy would fall on traders, while farmers would be spared",
        ),
    ],
)
def test_a_contrast_without_a_second_report_runs_on(label_en, sentence, report):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [report]

"""English reported speech (issue 11, en_indcount1): the page's headline reports nothing; a court's
`, ruling that ...`; a participle after `by` (`countered by arguing that ...`); `, urging ...` ends a
report; `..., he said and <another act>.` closes an inverted report. Invented examples only."""

from __future__ import annotations

import pytest

from annotator.nlp.text.page_headline import page_headline


@pytest.mark.parametrize(
    "text",
    [
        "Ferry fares to rise in May, says port authority\n\nThe port authority said fares would rise by a tenth in May.",
        "Sport\n\nTitle race not over yet, says club captain\n\nThe club captain said the team would fight for the title.",
    ],
)
def test_headline_reports_nothing(label_en, text):
    result = label_en(text)
    assert result.texts("QUOTE", type="indirect") == [
        "fares would rise by a tenth in May" if "fares" in text else "the team would fight for the title"
    ]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a caption with a sentence's end inside the first line: the body's, reports kept
        (
            "The mayor said the market would reopen after the repairs. — Picture by Jo Tan\n\nThe market burnt down.",
            "the market would reopen after the repairs",
        ),
        # a first line longer than a headline: a lead that lost its full stop
        (
            "The transport minister on Monday said the new ferry terminal on the northern shore would open to "
            "passengers before the rainy season began next year\n\nThe terminal cost more than planned.",
            "the new ferry terminal on the northern shore would open to passengers before the rainy season began next year",
        ),
        # a pronoun first: a sentence that lost its full stop
        (
            "He said the flood had cut off three villages\nThe rescue teams arrived at noon.",
            "the flood had cut off three villages",
        ),
        # a byline first: no headline
        ("By Jo Tan in the capital\nThe minister said the road would reopen on Friday.", "the road would reopen on Friday"),
    ],
)
def test_body_first_lines_keep_their_reports(label_en, text, clause):
    assert label_en(text).texts("QUOTE", type="indirect") == [clause]


def test_page_headline_needs_a_following_line():
    assert page_headline("Ferry fares to rise in May, says port authority", "en") is None
    text = "Ferry fares to rise in May, says port authority\nThe port authority said so."
    assert page_headline(text, "en") == (0, text.index("\n"))
    assert page_headline(text, "id") is None  # English only


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The magistrate refused bail on Friday, ruling that the accused could interfere with the witnesses.",
            "the accused could interfere with the witnesses",
            "The magistrate",
        ),
        (
            "The tribunal threw out the petition, ruling that it had been filed too late.",
            "it had been filed too late",
            "The tribunal",
        ),
    ],
)
def test_ruling_that_reports_the_court(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "ruling"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The committee cut the budget, ruling out any new hires this year.", None),
        # `ruling party` after a comma neither reports nor ends the report
        (
            "The senator said the opposition, ruling party and unions would meet on Monday to settle the dispute.",
            "the opposition, ruling party and unions would meet on Monday to settle the dispute",
        ),
    ],
)
def test_ruling_without_that(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == ([clause] if clause else [])


@pytest.mark.parametrize(
    ("sentence", "clause", "cue", "speaker"),
    [
        (
            "The defence countered by arguing that the witness had lied about the date.",
            "the witness had lied about the date",
            "arguing",
            "The defence",
        ),
        (
            "The company fought the fine by insisting that its boats had never entered the reserve.",
            "its boats had never entered the reserve",
            "insisting",
            "The company",
        ),
    ],
)
def test_participle_after_by(label_en, sentence, clause, cue, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach surprised everyone by saying nothing at the press conference.",
        "The council saved money by cutting staff that had been hired last year.",
    ],
)
def test_by_without_a_reporting_participle(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The defence argued that the driver had acted in fear of his life, urging the jury to acquit him.",
            "the driver had acted in fear of his life",
        ),
        (
            "The mayor said the river had risen by two metres overnight, urging residents to move to higher ground.",
            "the river had risen by two metres overnight",
        ),
    ],
)
def test_urging_ends_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The bridge would be closed for repairs until June, the engineer said and blamed the contractor for the delay.",
            "The bridge would be closed for repairs until June",
            "the engineer",
        ),
        (
            "Prices would fall by the end of the year, he said and called the fears of traders exaggerated.",
            "Prices would fall by the end of the year",
            "he",
        ),
        (
            "The talks would resume next week, the envoy said and left the hall without taking questions.",
            "The talks would resume next week",
            "the envoy",
        ),
    ],
)
def test_closing_cue_then_another_act(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "said"
    assert result.speaker_of(clause) == speaker


def test_closing_cue_then_another_speaker_unchanged(label_en):
    sentence = "The school would reopen on Monday, the principal said and the parents agreed."
    assert label_en(sentence).texts("QUOTE", type="indirect") == ["The school would reopen on Monday"]


def test_by_after_a_reply_keeps_its_cue(label_en):
    result = label_en("The union's lawyers replied by arguing that the strike had been lawful.")
    assert result.texts("QUOTE", type="indirect") == ["the strike had been lawful"]
    assert result.cue_of("the strike had been lawful") == "replied"


def test_urging_alone_reports_nothing(label_en):
    result = label_en("The mayor visited the flooded streets on Sunday, urging residents to stay indoors.")
    assert result.texts("QUOTE", type="indirect") == []

"""English report forms left open by several round pages (issue 11, en_indirect26): a claim credited
to a body closing the sentence (`..., according to the weather bureau.`) and its figure guard, the
reports inside a report whose subject has a long relative clause, a quote introduced as someone's
statement that another quoted, and a report cut at a dash that turns to the reporter's comment.
Invented examples only."""

from __future__ import annotations

import pytest

# 1. `[...], according to <a body>.`: a claim or an account is the body's report, a figure is not.


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The two storms landed less than ten hours apart on Thursday and Friday, according to the "
            "National Weather Bureau.",
            "The two storms landed less than ten hours apart on Thursday and Friday",
            "National Weather Bureau",
        ),
        (
            "The ferry service will stay suspended until the end of May, according to the Harbour Authority.",
            "The ferry service will stay suspended until the end of May",
            "Harbour Authority",
        ),
    ],
)
def test_a_claim_credited_to_a_body_at_the_end_is_its_report(label_en, sentence, clause, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "according to"
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll rose to 20, according to the Department of Health.",
        "About 40,000 residents were evacuated from the coast, according to the Ministry of Social Welfare.",
        "The economy grew 1.8 percent in the second quarter, according to the National Planning Council.",
        "The quake struck at a depth of 12 kilometres, according to the Geological Survey Office.",
        "Most of those infected are unvaccinated children, according to the Provincial Health Department.",
        "Bread now costs $3 a loaf in the capital, according to the Bureau of Statistics.",
        "The bridge will stay closed until the end of May, according to Kenya.",
    ],
)
def test_a_figure_or_a_place_credited_at_the_end_stays_no_report(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []


# 2. `[A man, who was arrested for ... and claiming [...], said [...]], police said.`


def test_the_reports_inside_a_report_whose_subject_has_a_long_relative_clause(label_en):
    result = label_en(
        "A 40-year-old man, who has been arrested for robbing a pharmacy in the old town and claiming he "
        "had a gun in his bag, said he wanted to pay a debt, police said Sunday."
    )
    outer = (
        "A 40-year-old man, who has been arrested for robbing a pharmacy in the old town and claiming he "
        "had a gun in his bag, said he wanted to pay a debt"
    )
    assert sorted(result.texts("QUOTE", type="indirect")) == sorted(
        [outer, "he had a gun in his bag", "he wanted to pay a debt"]
    )
    assert result.speaker_of(outer) == "police"
    assert result.cue_of("he had a gun in his bag") == "claiming"
    assert result.speaker_of("he had a gun in his bag") == "who"
    assert result.speaker_of("he wanted to pay a debt") == "A 40-year-old man"


def test_a_report_with_a_short_relative_clause_and_no_claim_keeps_its_reports(label_en):
    result = label_en("A 35-year-old woman who was stopped at the border said she was visiting her sister, officials said.")
    assert "she was visiting her sister" in result.texts("QUOTE", type="indirect")
    assert result.cue_of("she was visiting her sister") == "said"


# 3. `had quoted X's statement: “...”`: cue `quoted`, speaker the owner of the statement.


def test_a_quoted_statement_is_its_owners(label_en):
    result = label_en(
        "The post had quoted President Maria Okafor’s statement: “If we had won the vote, this would not "
        "have happened,” and linked it to the strike."
    )
    quote = "If we had won the vote, this would not have happened,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "quoted"
    assert result.speaker_of(quote) == "Maria Okafor"


def test_the_quoted_words_of_a_role(label_en):
    result = label_en("The mayor quoted the governor’s words: “We will rebuild every bridge.”")
    assert result.cue_of("We will rebuild every bridge.") == "quoted"
    assert result.speaker_of("We will rebuild every bridge.") == "the governor"


def test_a_statement_that_reads_stays_the_documents(label_en):
    result = label_en("The minister’s statement read: “The ministry regrets the delay.”")
    assert result.cue_of("The ministry regrets the delay.") == "read"
    assert result.speaker_of("The ministry regrets the delay.") == "The minister’s statement"


# 4. A report cut at a single dash that turns to the reporter's comment.


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The minister said that the new bridge would open in June — a promise he has made three times before.",
            "the new bridge would open in June",
        ),
        (
            "The mayor told reporters that the port would reopen on Monday – a claim the unions reject.",
            "the port would reopen on Monday",
        ),
        (
            "The minister said the new bridge would open in June — although the contractor has not been paid.",
            "the new bridge would open in June",
        ),
    ],
)
def test_a_dash_turning_to_the_reporters_comment_ends_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The mayor said the deal — a claim first made in May — had been signed.",
            "the deal — a claim first made in May — had been signed",
        ),
        ("The coach said the team had one aim — a place in the final.", "the team had one aim — a place in the final"),
    ],
)
def test_a_dashed_aside_or_the_speakers_own_words_stay_in_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


# 5. A speech participle after a passive verb of perception (`can be heard complaining that ...`).


@pytest.mark.parametrize(
    ("sentence", "clause", "cue", "speaker"),
    [
        (
            "In the recording, the coach can be heard complaining that the referee had cost his team the match.",
            "the referee had cost his team the match",
            "complaining",
            "the coach",
        ),
        (
            "The driver was heard shouting that the brakes had failed.",
            "the brakes had failed",
            "shouting",
            "The driver",
        ),
        (
            "The guard was filmed boasting nobody could enter without his permission.",
            "nobody could enter without his permission",
            "boasting",
            "The guard",
        ),
    ],
)
def test_a_report_after_a_verb_of_perception(label_en, sentence, clause, cue, speaker):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == cue
    assert result.speaker_of(clause) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer was heard saying goodbye to the crowd.",
        "The guard was filmed boasting about his car.",
        "Residents were seen leaving the town on foot.",
        "Fans were shouting that the game was rigged.",
    ],
)
def test_no_report_after_perception_without_a_clause_or_perception(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []

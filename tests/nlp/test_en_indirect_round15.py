"""English report bounds and frames (en_indirect15): a request coordinated with a bare `and` ends
the report (`... and urged citizens to ...`), an adverb or a `throughout` phrase between the
speech verb and `that` stays out (`explained further that`, `confessed throughout the inquiry
that`), and `saying` with no comma after a past verb's object reports the subject's words
(`opposed the bail application saying ...`). Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "The commissioner conceded that some constables may be rude and urged motorists to report them.",
            "some constables may be rude",
        ),
        (
            "She said clean water remained scarce in the district and asked the governor to send tankers.",
            "clean water remained scarce in the district",
        ),
        (
            "The mayor said the floods had cut the town off and called on the army to send boats.",
            "the floods had cut the town off",
        ),
        (
            "The priest said the fire had spread quickly and appealed to the public to give blankets.",
            "the fire had spread quickly",
        ),
    ],
)
def test_a_request_after_a_bare_and_ends_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # no `to` after the verb and its object: no request, the clause goes on
        (
            "The mayor said the roads had been cleared and urged patience.",
            "the roads had been cleared and urged patience",
        ),
        # `asked to` with no one asked: the report's own subject asked
        (
            "The nurse said the boy was frightened and asked to see his mother.",
            "the boy was frightened and asked to see his mother",
        ),
        # a request inside the report with no `and` before it
        ("She said the council had asked residents to stay indoors.", "the council had asked residents to stay indoors"),
        # another verb after `and` stays in the report
        ("The guard said the men broke the lock and took the radios.", "the men broke the lock and took the radios"),
    ],
)
def test_other_coordinated_verbs_stay_in_the_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The treasurer explained further that the grant had been spent on seeds.", "the grant had been spent on seeds"),
        ("The minister stated once more that the fees would not rise.", "the fees would not rise"),
        (
            "The two herders confessed throughout the inquiry that they had sold the stolen goats.",
            "they had sold the stolen goats",
        ),
    ],
)
def test_an_adverb_or_phrase_before_that_stays_out(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # `further` opens the report's subject when no `that` follows it
        (
            "The engineer said further tests showed that the beam was cracked.",
            "further tests showed that the beam was cracked",
        ),
        ("The elder said throughout history floods have come in May.", "throughout history floods have come in May"),
    ],
)
def test_further_and_throughout_inside_the_report_stay(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        (
            "The prosecutor opposed the bail application saying the inquiry was still going on.",
            "the inquiry was still going on",
            "The prosecutor",
        ),
        (
            "The prosecution, led by Inspector Kwame Boateng, objected to the request saying the witnesses could be harmed.",
            "the witnesses could be harmed",
            "The prosecution",
        ),
        (
            "The traders protested outside the council offices saying the market fees had doubled.",
            "the market fees had doubled",
            "The traders",
        ),
    ],
)
def test_a_bare_saying_after_a_past_verb_reports(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert labelled.texts("QUOTE", type="indirect") == [clause]
    assert labelled.texts("SPEAKER") == [speaker]
    assert labelled.texts("CUE") == ["saying"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He left the courtroom without saying a word to the press.",
        "The marchers walked to the palace carrying placards saying the king must go.",
        "Police arrested a man saying he was a soldier.",
        "The villagers gathered at the square saying nothing.",
        "The accused kept saying he was innocent.",
    ],
)
def test_a_bare_saying_that_is_no_report_of_the_subject(label_en, sentence):
    assert label_en(sentence).texts("QUOTE", type="indirect") == []

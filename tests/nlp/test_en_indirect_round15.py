"""English report bounds and frames (en_indirect15): a request coordinated with a bare `and`
after a report with a modal ends the report (`... may be wrong and urged citizens to ...`), an
adverb or a `throughout` phrase between the speech verb and `that` stays out (`explained further
that`, `confessed throughout the inquiry that`), `saying` with no comma after a past verb's
object reports the subject's words (`opposed the bail application saying ...`), a closing
document wraps a report with its own cue (`[X told police that [...]], according to the charge
sheet`), and a verb with an object after `According to X,` is the source's report. Invented
sentences."""

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
            "She said clean water would remain scarce in the district and asked the governor to send tankers.",
            "clean water would remain scarce in the district",
        ),
        (
            "The mayor said the floods could cut the town off and called on the army to send boats.",
            "the floods could cut the town off",
        ),
        (
            "The priest said the fire will leave many homeless and appealed to the public to give blankets.",
            "the fire will leave many homeless",
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
        # no modal in the report: the past request may go on with the report's own subject
        (
            "The nurse said the girl had woken early and asked her mother to read to her.",
            "the girl had woken early and asked her mother to read to her",
        ),
        (
            "He said the guards stopped the van and asked the driver to open the doors.",
            "the guards stopped the van and asked the driver to open the doors",
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
        # a name in apposition after a role: the name before the verb speaks
        (
            "Defence counsel, Ama Owusu, disputed the claims before the judge saying her client owned the farm.",
            "her client owned the farm",
            "Ama Owusu",
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


@pytest.mark.parametrize(
    ("sentence", "outer", "inner", "source"),
    [
        (
            "The farmer has told the police that he had hidden the rifle in a barn,"
            " according to the charge sheet filed in court.",
            "The farmer has told the police that he had hidden the rifle in a barn",
            "he had hidden the rifle in a barn",
            "the charge sheet filed in court",
        ),
        (
            "Kisumu: The cashier said he had moved the money to his brother, according to the audit report.",
            "The cashier said he had moved the money to his brother",
            "he had moved the money to his brother",
            "the audit report",
        ),
    ],
)
def test_a_closing_document_wraps_a_report_with_its_own_cue(label_en, sentence, outer, inner, source):
    labelled = label_en(sentence)
    assert sorted(labelled.texts("QUOTE", type="indirect")) == sorted([outer, inner])
    assert source in labelled.texts("SPEAKER")
    assert "according to" in labelled.texts("CUE")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # an outlet wrapping a named person's words: left as the real gold leaves it
        (
            "The governor said two bridges had been washed away, according to the state news agency.",
            "two bridges had been washed away",
        ),
        # the report opens the sentence: nothing outside it to attribute
        ("The rifle had been hidden in a barn, according to the charge sheet.", "The rifle had been hidden in a barn"),
    ],
)
def test_no_outer_report_for_an_outlet_or_a_bare_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


@pytest.mark.parametrize(
    ("sentence", "clause", "source"),
    [
        (
            "According to his statement recorded by police, the driver had assured them of money from the owner,"
            " the report reads.",
            "the driver had assured them of money from the owner",
            "his statement recorded by police",
        ),
        (
            "According to the ministry, the contractor denied the charges.",
            "the contractor denied the charges",
            "the ministry",
        ),
    ],
)
def test_a_verb_with_an_object_after_according_to_is_the_sources_report(label_en, sentence, clause, source):
    labelled = label_en(sentence)
    assert clause in labelled.texts("QUOTE", type="indirect")
    assert source in labelled.texts("SPEAKER")


@pytest.mark.parametrize(
    ("sentence", "clause", "speaker"),
    [
        # a speech verb with its own `that` after `According to X,` still reports on its own
        (
            "According to the agency, the minister denied that the mine had been sold.",
            "the mine had been sold",
            "the minister",
        ),
        ("According to news reports, the minister told reporters the mine was closed.", "the mine was closed", "the minister"),
    ],
)
def test_a_speech_verb_with_its_clause_after_according_to_keeps_its_report(label_en, sentence, clause, speaker):
    labelled = label_en(sentence)
    assert clause in labelled.texts("QUOTE", type="indirect")
    assert speaker in labelled.texts("SPEAKER")

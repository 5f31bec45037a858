"""English reports inside reports with the outer cue first, narrowed (en_indirect14): the inner
speech verb owns its `that` (at once or after whom it addresses) and has a subject that is no
personal pronoun. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "outer", "outer_speaker", "inner", "inner_speaker", "inner_cue"),
    [
        (
            "During questioning, he said the driver told the police that he had been paid to carry the boxes.",
            "the driver told the police that he had been paid to carry the boxes",
            "he",
            "he had been paid to carry the boxes",
            "the driver",
            "told",
        ),
        (
            "The detective said Mensah told them that he had buried the cash behind the church.",
            "Mensah told them that he had buried the cash behind the church",
            "The detective",
            "he had buried the cash behind the church",
            "Mensah",
            "told",
        ),
        (
            "The spokesman said Norway confirmed that it would join the talks.",
            "Norway confirmed that it would join the talks",
            "The spokesman",
            "it would join the talks",
            "Norway",
            "confirmed",
        ),
        (
            "Police said Tuesday the suspect told them that he had buried the cash.",
            "the suspect told them that he had buried the cash",
            "Police",
            "he had buried the cash",
            "the suspect",
            "told",
        ),
        (
            "Officials said the ministry denied that it had leaked the figures.",
            "the ministry denied that it had leaked the figures",
            "Officials",
            "it had leaked the figures",
            "the ministry",
            "denied",
        ),
        (
            "Mr Banda argued that the charter says that the right to protest excludes violence.",
            "the charter says that the right to protest excludes violence",
            "Banda",
            "the right to protest excludes violence",
            "the charter",
            "says",
        ),
    ],
)
def test_a_report_inside_a_report_after_the_outer_cue(label_en, sentence, outer, outer_speaker, inner, inner_speaker, inner_cue):
    result = label_en(sentence)
    assert result.texts("QUOTE", type="indirect") == [outer, inner]
    assert result.speaker_of(outer) == outer_speaker
    assert result.speaker_of(inner) == inner_speaker
    assert result.cue_of(inner) == inner_cue


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # A time word, an addressee or a place before the outer `that`: the `that` is the outer cue's.
        ("The minister said Monday that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister said last Friday that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister told reporters that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        ("The minister said in Oslo that the quota would be cut by a fifth.", "the quota would be cut by a fifth"),
        # A personal pronoun as the inner subject: the outer speaker's own view or deed, one report.
        ("The judge has said he believes the police are hiding crimes.", "he believes the police are hiding crimes"),
        ("She said she told them that the shop was closed.", "she told them that the shop was closed"),
        # No `that` of the inner verb's own: the narrowed rule leaves one report.
        ("He said the villagers claimed the water was dirty.", "the villagers claimed the water was dirty"),
        ("He said the company announced the results on Monday.", "the company announced the results on Monday"),
        # A speech verb after a subordinator, or a report that opens with no subject.
        (
            "The nurse told the court that the man became aggressive when she suggested that he should be moved.",
            "the man became aggressive when she suggested that he should be moved",
        ),
        (
            "The doctor revealed that out of the nine admitted seven had gone home.",
            "out of the nine admitted seven had gone home",
        ),
        # A relative or noun-complement `that` after a noun is no inner verb's.
        ("The mayor said the claim that the council lied was false.", "the claim that the council lied was false"),
    ],
)
def test_nearby_shapes_give_one_report(label_en, sentence, clause):
    assert label_en(sentence).texts("QUOTE", type="indirect") == [clause]


def test_a_quote_after_a_report_inside_a_report_goes_on_with_the_outer_speaker(label_en):
    text = (
        "Mr Banda argued that the charter says that the right to protest excludes violence.\n\n"
        "“Reading the charter as a whole, one sees that the charges stand.”"
    )
    result = label_en(text)
    quote = [q for q in result.quotes() if q.startswith("Reading")]
    assert quote
    assert result.speaker_of(quote[0]) == "Banda"

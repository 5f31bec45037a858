"""A participle with `that` before an opening mark is the quote's own cue (`said, noting that
“...”`, `responded ... by saying that “...”`), not the verb of the clause before it (twelfth batch,
English). Invented sentences."""

from __future__ import annotations


def test_a_participle_and_that_after_a_quote_cue_its_second_quote(label_en):
    result = label_en(
        "“The talks are open to everyone who wants peace,” Minister Lena Varga said, "
        "noting that “no side has asked us to leave the table.”"
    )
    assert result.cue_of("The talks are open to everyone who wants peace,") == "said"
    assert result.cue_of("no side has asked us to leave the table.") == "noting"
    assert result.speaker_of("no side has asked us to leave the table.") == "Lena Varga"


def test_by_saying_that_gives_the_quote_its_own_cue(label_en):
    result = label_en(
        "Varga also responded to a question about the border by saying that “the crossing will open next month.”"
    )
    assert result.cue_of("the crossing will open next month.") == "saying"


def test_a_participle_with_no_comma_or_by_before_it_is_no_cue(label_en):
    result = label_en("The reporters kept saying that “the crossing will open next month.”")
    assert "saying" not in result.texts("CUE")

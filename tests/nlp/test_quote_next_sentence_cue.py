"""A quote closed by a full stop, then a reporter's sentence whose second predicate is a speech
verb (quotes_runs1: met once on a fresh page, never stored here): that verb is no cue of the quote.
Every text below is invented."""

from __future__ import annotations


def test_a_second_predicate_of_the_next_sentence_is_no_cue(label_en):
    text = (
        "A fire broke out in a warehouse in Millbrook on Monday night.\n\n"
        '"The roof fell in within minutes," said Dan Moreau, the fire chief.\n\n'
        '"We could not save the stock." Investigators are checking the wiring and urged people to keep away.\n\n'
        "No one was hurt."
    )
    result = label_en(text)
    quote = "We could not save the stock."
    assert result.cue_of(quote) != "urged"
    assert result.speaker_of(quote) == "Dan Moreau"


def test_a_second_predicate_of_the_next_sentence_is_no_cue_id(label_id):
    text = (
        "Kebakaran melanda gudang di Sukamaju, Senin malam.\n\n"
        "“Atapnya runtuh dalam hitungan menit,” kata Dedi Santoso, Kepala Damkar Sukamaju.\n\n"
        "“Kami tidak bisa menyelamatkan barang.” Polisi masih memeriksa gudang itu dan meminta warga menjauh.\n\n"
        "Tidak ada korban jiwa."
    )
    result = label_id(text)
    assert result.cue_of("Kami tidak bisa menyelamatkan barang.") != "meminta"


def test_two_speakers_joined_by_and_still_attribute_the_quote(label_en):
    text = (
        "The two councillors backed the plan on Tuesday.\n\n"
        '"We will see it through." Mara Quinn and Lena Ortiz said in a joint statement.'
    )
    result = label_en(text)
    assert result.cue_of("We will see it through.") == "said"

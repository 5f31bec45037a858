"""Quotes written with doubled single marks whose closing pair is shaped like an opening one and
glued to the cue (`‘’Kami ..., ‘’ujar dia`), seen on real development pages in the id_quotes9 round
(read, never stored here); every text below is invented to show one class."""

from __future__ import annotations

from annotator.nlp.quotes.quote_marks import mark_view


def test_a_mixed_doubled_pair_glued_to_the_cue_closes_the_quote(label_id):
    text = (
        "Lurah Sukamaju Budi Santoso meninjau saluran air di Jalan Kenanga, Senin.\n"
        "‘’Saluran ini sudah masuk usulan perbaikan tahun depan, ‘’ujar dia di lokasi.\n"
        "Pemantauan di lapangan dilanjutkan dengan diskusi bersama warga."
    )
    result = label_id(text)
    quote = "Saluran ini sudah masuk usulan perbaikan tahun depan,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujar"


def test_a_single_opening_mark_closed_by_a_glued_doubled_pair(label_id):
    text = (
        "Ketua RT 03 Siti Aminah menyambut baik rencana itu.\n"
        "‘Kami bersyukur usulan warga akhirnya didengar, ‘’ujarnya.\n"
        "Warga lain juga hadir dalam pertemuan tersebut."
    )
    result = label_id(text)
    quote = "Kami bersyukur usulan warga akhirnya didengar,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujarnya"


def test_straight_doubled_marks_glued_to_the_cue_in_english(label_en):
    text = "The mayor visited the flooded street on Monday.\n''We will rebuild the drain this year, ''said Tom Baker.\n"
    result = label_en(text)
    assert result.quotes() == ["We will rebuild the drain this year,"]


def test_a_glued_pair_with_no_open_quote_before_it_still_opens():
    # the last mark before the pair closes a quotation, so the pair opens the next one
    view = mark_view("“Kami siap,” kata dia, ''kami juga akan datang'' tambahnya.")
    assert view.count("“") == 2 and view.count("”") == 2


def test_apostrophes_do_not_count_as_an_open_quote():
    # `Jum'at` and `don't` are apostrophes inside words, not opening marks
    assert mark_view("Pada Jum'at, ''kata") == "Pada Jum'at, \x00“kata"
    assert mark_view("I don't, ''said") == "I don't, \x00“said"
    assert mark_view("''We don't know,'' he said") == "\x00“We don't know,”\x00 he said"

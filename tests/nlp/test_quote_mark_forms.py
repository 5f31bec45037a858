"""Quotation marks as they appear on regional and copied pages: doubled, primed, fullwidth, HTML
entities, mis-decoded, straight single marks, marks glued to the previous sentence, and an opening
mark typed where the closing one belongs. Every text is invented to show one form."""

from __future__ import annotations

import pytest

LEAD = "Banjir merendam tiga desa di Kecamatan Sungai Raya sejak Senin pagi.\n\n"
QUOTE = "Kami sudah kirim bantuan ke semua desa,"
TAIL = " kata Kepala BPBD Sungai Raya Budi Hartono."


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("’’", "’’"),  # doubled closing marks on both sides
        ("‘’", "’’"),  # a doubled mark mixed
        ("``", "''"),  # backticks and straight marks
        ("″", "″"),  # double prime
        ("＂", "＂"),  # fullwidth
        ("〝", "〞"),  # vertical-writing marks
        ("„", "„"),  # low marks on both sides
        ('"', "“"),  # a straight mark closed by an opening curly one
        ("&ldquo;", "&rdquo;"),  # HTML entities left in a copied page
        ("&quot;", "&quot;"),
        ("â€œ", "â€\ufffd"),  # mis-decoded marks whose last byte was replaced
        ("'", "'"),  # straight single marks
        ("´´", "´´"),  # doubled acute accents
        ("′′", "′′"),  # doubled primes
        ("â€˜", "â€™"),  # mis-decoded single marks
        ("““", "”"),  # an opening mark typed twice
        ("“", "’"),  # a single mark closing a double one
        ('"', "'"),
        ("‘", "”"),  # a double mark closing a single one
        ("”", "“"),  # marks reversed
        ("»", "«"),
    ],
    ids=[
        "closing-doubled", "mixed-doubled", "backticks", "prime", "fullwidth", "vertical",
        "low", "straight-curly", "entities", "entity-quot", "mojibake-replaced", "straight-single",
        "acute", "primes", "mojibake-single", "opened-twice", "single-closes-double", "straight-single-closes-double",
        "double-closes-single", "reversed", "reversed-guillemets",
    ],
)
def test_a_quote_in_unusual_marks_is_found_with_its_speaker(label_id, opening, closing):
    result = label_id(LEAD + opening + QUOTE + closing + TAIL)
    assert result.quotes() == [QUOTE]
    assert result.cue_of(QUOTE) == "kata"
    assert result.speaker_of(QUOTE) == "Budi Hartono"


def test_an_opening_mark_alone_after_a_comma_closes_the_quote(label_id):
    result = label_id(LEAD + "“" + QUOTE + " “" + TAIL)
    assert result.quotes() == [QUOTE]
    assert result.speaker_of(QUOTE) == "Budi Hartono"


def test_an_opening_mark_after_a_comma_and_a_space_closes_before_a_glued_cue(label_id):
    result = label_id(LEAD + "“" + QUOTE + " “kata Kepala BPBD Sungai Raya Budi Hartono.")
    assert result.quotes() == [QUOTE]
    assert result.cue_of(QUOTE) == "kata"


def test_an_apostrophe_in_a_mis_decoded_word_does_not_close_a_single_quote(label_id):
    text = LEAD + "Budi Hartono mengatakan, ‘Warga membaca Qurâ€™an bersama di masjid setiap malam.’"
    assert label_id(text).quotes() == ["Warga membaca Qurâ€™an bersama di masjid setiap malam."]


def test_a_straight_mark_glued_to_the_previous_sentence_opens_a_quote(label_id):
    text = LEAD + 'Hal itu disampaikan Kepala BPBD Budi Hartono."Kami sudah kirim bantuan ke semua desa," katanya.'
    result = label_id(text)
    assert result.quotes() == [QUOTE]
    assert result.cue_of(QUOTE) == "katanya"


def test_a_closing_mark_opening_a_quote_may_be_closed_by_a_straight_one(label_id):
    result = label_id(LEAD + "”" + QUOTE + '"' + TAIL)
    assert result.quotes() == [QUOTE]


def test_apostrophes_inside_words_do_not_pair_as_single_marks(label_id):
    text = LEAD + "Warga Ma'ruf dan Jum'at pagi itu mengungsi ke balai desa bersama keluarganya."
    assert label_id(text).quotes() == []


def test_a_short_phrase_in_straight_single_marks_stays_a_term(label_id):
    text = LEAD + "Warga menyebut banjir itu 'Banjir Besar' karena airnya setinggi atap rumah."
    assert label_id(text).quotes() == []


def test_straight_single_marks_nested_in_a_quote_stay_inside_it(label_id):
    text = LEAD + "\"Warga bilang 'Tolong kami' sejak pagi, jadi kami datang,\"" + TAIL
    result = label_id(text)
    assert result.quotes() == ["Warga bilang 'Tolong kami' sejak pagi, jadi kami datang,"]
    assert result.speaker_of("Warga bilang 'Tolong kami' sejak pagi, jadi kami datang,") == "Budi Hartono"


def test_english_quote_in_double_primes(label_en):
    text = "Floods hit three villages on Monday.\n\n″We have sent aid to every village,″ said disaster chief Budi Hartono."
    result = label_en(text)
    assert result.quotes() == ["We have sent aid to every village,"]
    assert result.speaker_of("We have sent aid to every village,") == "Budi Hartono"


# --- a closing mark left out before the cue -----------------------------------------------------


def test_a_quote_left_open_ends_before_its_cue(label_id):
    result = label_id(LEAD + "“" + QUOTE + TAIL)
    assert result.quotes() == [QUOTE]
    assert result.cue_of(QUOTE) == "kata"
    assert result.speaker_of(QUOTE) == "Budi Hartono"


def test_an_english_quote_left_open_ends_before_its_cue(label_en):
    text = "Floods hit three villages on Monday.\n\n“We have sent aid to every village, said disaster chief Budi Hartono."
    result = label_en(text)
    assert result.quotes() == ["We have sent aid to every village,"]
    assert result.speaker_of("We have sent aid to every village,") == "Budi Hartono"


def test_a_cue_word_inside_a_quote_left_open_does_not_cut_it(label_id):
    text = LEAD + (
        "“Kami sudah kirim bantuan, kata warga yang kami temui, tetapi mereka masih butuh selimut, "
        "obat-obatan, air bersih, makanan bayi dan tenda untuk keluarga yang rumahnya hanyut terbawa arus."
    )
    result = label_id(text)
    assert len(result.quotes()) == 1
    assert result.quotes()[0].endswith("terbawa arus.")



def test_a_quoted_word_in_single_marks_does_not_close_a_double_quote(label_id):
    quote = "Warga cuma bilang 'tidak.' Lalu mereka pulang ke rumah masing-masing,"
    result = label_id(LEAD + '"' + quote + '"' + TAIL)
    assert result.quotes() == [quote]

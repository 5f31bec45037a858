"""Direct quotes, quotes_count2 round (issue 11): quotes on pages whose copy kept the hard line
breaks of a narrow column. A quote's last sentence broken over several lines after a line that
ends a sentence inside it (`... is anyone in there?` / `Then the smoke ...` / `to the corner ...,”
says X`), a line that closes a quote carried from the line before and opens the next one, and a
straight single-quoted quote inside a double-quoted one broken over two lines. Invented examples
only."""

from __future__ import annotations

_EN_WRAPPED = (
    "Crews were sent to the warehouse on Dock Road shortly after\n"
    "midnight, and the roof had fallen in by the time they\n"
    "arrived.\n"
    "“We could hear glass breaking, and we thought, is anyone in there?\n"
    "Then the smoke came over the wall, so my brother ran\n"
    "to the corner to call for help,” says Lena Ortiz.\n"
    "The cause of the fire is not known.\n"
)
_EN_WRAPPED_QUOTE = (
    "We could hear glass breaking, and we thought, is anyone in there?\n"
    "Then the smoke came over the wall, so my brother ran\n"
    "to the corner to call for help,"
)


def test_a_quotes_last_sentence_wrapped_over_lines_after_a_question_is_one_quote(label_en):
    result = label_en(_EN_WRAPPED)
    assert result.quotes() == [_EN_WRAPPED_QUOTE]
    assert result.cue_of(_EN_WRAPPED_QUOTE) == "says"
    assert result.speaker_of(_EN_WRAPPED_QUOTE) == "Lena Ortiz"


def test_a_wrapped_indonesian_quote_after_a_question_is_one_quote(label_id):
    text = (
        "Petugas pemadam tiba di lokasi sekitar pukul 02.00 WIB dan\n"
        "api sudah membesar di bagian belakang gudang.\n"
        "“Kami dengar ada ledakan kecil, lalu kami bilang, siapa di dalam?\n"
        "Setelah itu asap masuk ke rumah, jadi anak saya lari\n"
        "ke pos ronda minta tolong,” kata Wati, warga setempat.\n"
    )
    quote = (
        "Kami dengar ada ledakan kecil, lalu kami bilang, siapa di dalam?\n"
        "Setelah itu asap masuk ke rumah, jadi anak saya lari\n"
        "ke pos ronda minta tolong,"
    )
    result = label_id(text)
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "kata"
    assert result.speaker_of(quote) == "Wati"


def test_a_reporters_line_after_a_quote_left_open_stays_out(label_en):
    # guard: the capitalised line's wrapped sentence opens a new quote before any mark closes one
    text = (
        "Crews were sent to the bakery on Mill Lane shortly after\n"
        "midnight, and the roof had fallen in by then.\n"
        "“We lost everything in the shop, even the till?\n"
        "Officers said the fire started in a bin behind the\n"
        "bakery. “It spread in minutes,” said Sgt Tom Hale.\n"
    )
    quotes = label_en(text).quotes()
    assert "It spread in minutes," in quotes
    assert not any("Officers said" in quote for quote in quotes)


def test_a_line_closing_one_quote_and_opening_the_next_goes_on_with_the_next_line(label_en):
    text = (
        "Residents of Hill Street waited on the bridge for the boats.\n"
        "“We waited for an hour on the bridge.\n"
        "\n"
        "Nobody came to help us,” says Ivo Berg. “Then the water rose\n"
        "and we had to climb onto the roof of the shop.”\n"
    )
    quote = "Then the water rose\nand we had to climb onto the roof of the shop."
    result = label_en(text)
    assert quote in result.quotes()
    assert result.speaker_of(quote) == "Ivo Berg"


def test_a_straight_single_quoted_quote_inside_a_double_one_across_a_line_break(label_en):
    text = (
        "The guard stopped the visitors at the door of the hall.\n"
        "“Then the guard told me, 'Stay back, the floor\n"
        "is not safe,' so we waited outside,” said Nora Field.\n"
    )
    quote = "Then the guard told me, 'Stay back, the floor\nis not safe,' so we waited outside,"
    result = label_en(text)
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "said"
    assert result.speaker_of(quote) == "Nora Field"


def test_a_single_mark_typed_for_the_double_one_still_closes_the_quote(label_id):
    # guard: no single quote opened inside, so `,'` before a small word closes the quotation
    text = "Warga berkumpul di balai desa sejak pagi.\n“Kami datang untuk minta kejelasan,' kata Budi Santoso.\n"
    result = label_id(text)
    assert "Kami datang untuk minta kejelasan," in result.quotes()
    assert result.cue_of("Kami datang untuk minta kejelasan,") == "kata"


def test_a_quote_opened_with_a_straight_single_mark_and_closed_with_a_curly_one(label_en):
    text = (
        "The prosecutor asked the witness what she saw that night.\n"
        "'Smoke. Then a man ran past the window,’ she said.\n"
        "The trial continues on Monday.\n"
    )
    quote = "Smoke. Then a man ran past the window,"
    result = label_en(text)
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "said"


def test_an_indonesian_quote_in_mixed_single_marks(label_id):
    text = "Saksi ditanya hakim soal kejadian malam itu.\n'Saya lihat asap. Lalu ada orang lari,’ ujar Rina Sari.\n"
    quote = "Saya lihat asap. Lalu ada orang lari,"
    result = label_id(text)
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujar"
    assert result.speaker_of(quote) == "Rina Sari"


def test_a_name_in_straight_single_marks_before_a_curly_apostrophe_is_no_quote(label_en):
    # guard: the straight mark closes the name, so the curly apostrophe of `mayor’s` closes nothing
    text = "The club called the plan 'Project Blue' and the mayor’s office, in a short note, backed it.\n"
    assert not any("Project Blue" in quote for quote in label_en(text).quotes())

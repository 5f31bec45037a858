"""Direct quotes, quotes_direct6 round (issue 11): a quote paragraph closed by a full stop and
signed on its own line after a dash (`"... Amen." - Pastor X, speaking at ...`) is a quote, not a
headline; a headline's quotation (no stop, or a question) followed by a dash stays out.
Invented examples only."""

from __future__ import annotations

_EN_SIGNED = (
    "Church leaders met in Millbrook on Sunday to pray for rain after a dry season.\n\n"
    '"We will not lose hope, because the rain always comes back to those who wait. Amen." - Pastor Mark '
    "Obi, speaking at the service\n\n"
    "Farmers said the maize had failed for a second year.\n"
)
_EN_QUOTE = "We will not lose hope, because the rain always comes back to those who wait. Amen."

_ID_SIGNED = (
    "Ribuan warga menghadiri doa bersama di lapangan Desa Sukamaju, Minggu (3/4).\n\n"
    "“Kita tidak boleh putus asa, karena hujan pasti datang bagi yang sabar menunggu. Amin.” – Kiai "
    "Ahmad Fauzi, pengasuh pondok pesantren setempat\n\n"
    "Petani mengatakan panen jagung gagal untuk kedua kalinya.\n"
)
_ID_QUOTE = "Kita tidak boleh putus asa, karena hujan pasti datang bagi yang sabar menunggu. Amin."


def test_a_quote_signed_after_a_hyphen_on_its_line_is_a_quote(label_en):
    result = label_en(_EN_SIGNED)
    assert _EN_QUOTE in result.quotes()
    assert result.speaker_of(_EN_QUOTE) == "Mark Obi"
    assert result.cue_of(_EN_QUOTE) is None


def test_a_quote_signed_after_a_dash_is_a_quote_in_indonesian(label_id):
    result = label_id(_ID_SIGNED)
    assert _ID_QUOTE in result.quotes()
    assert result.speaker_of(_ID_QUOTE) == "Ahmad Fauzi"


def test_a_signed_quote_with_a_place_for_a_name_is_a_quote(label_en):
    text = (
        "The rally ended before noon.\n\n"
        '"Nobody here will sell their vote for a bag of rice this year." - A market trader in Millbrook\n\n'
        "Police said the crowd left peacefully.\n"
    )
    assert "Nobody here will sell their vote for a bag of rice this year." in label_en(text).quotes()


def test_a_headline_quote_without_a_stop_before_a_dash_stays_out(label_en):
    text = (
        '"We held on in patches and fought back late" - Captain Joe Marsh reviews the series\n'
        "The captain said his side had played well in parts of the series against the visitors.\n"
    )
    assert "We held on in patches and fought back late" not in label_en(text).quotes()


def test_a_headline_question_before_a_dash_stays_out(label_en):
    text = (
        '"Where will our children sleep tonight?" - Flood Victims Ask The Minister\n'
        "Families in Millbrook spent a third night in the school hall.\n"
    )
    assert "Where will our children sleep tonight?" not in label_en(text).quotes()


_EN_NEXT_LINE = (
    "Here are the quotes of the week from the council's budget fight:\n\n"
    "“I think the mayor should resign”\n"
    "– Councillor Ruth Ames, after the vote on the river bridge.\n\n"
    "“We have done nothing wrong and we will prove it in the coming days.”\n"
    "– Mayor Tom Baker, speaking to reporters.\n"
)


def test_a_short_quote_signed_on_the_next_line_is_no_crosshead(label_en):
    result = label_en(_EN_NEXT_LINE)
    assert "I think the mayor should resign" in result.quotes()
    assert result.speaker_of("I think the mayor should resign") == "Ruth Ames"


def test_a_crosshead_before_a_reporter_paragraph_stays_out(label_en):
    text = (
        "Police said the march ended before noon.\n\n"
        "‘Their demands are not clear’\n\n"
        "Officers said the marchers had asked for a meeting with the mayor.\n"
    )
    assert "Their demands are not clear" not in label_en(text).quotes()


def test_a_crosshead_before_a_dash_in_small_letters_stays_out(label_en):
    text = (
        "Police said the march ended before noon.\n\n"
        "‘Their demands are not clear’\n\n"
        "- and officers said the marchers had asked for a meeting with the mayor.\n"
    )
    assert "Their demands are not clear" not in label_en(text).quotes()

"""Direct quotes by their structure on unseen newsrooms (round quotes9): a full stop set after the
closing mark of a quote paragraph, crossheads that repeat a quote, and quotes broken by a hard line
break. Every text below is invented to show one class."""

from __future__ import annotations


def test_a_run_of_quote_paragraphs_with_a_stop_after_the_mark_keeps_the_speaker(label_en):
    text = (
        "Police warn of holiday thefts\n\n"
        "Acting commissioner Jone Vula says officers will patrol the markets over the long weekend.\n\n"
        "“We want every station to stay open through the night”.\n\n"
        "“We are asking residents to lock their homes and tell a neighbour when they travel”.\n\n"
        "Vula also says drivers must keep to the limits."
    )
    result = label_en(text)
    second = "We are asking residents to lock their homes and tell a neighbour when they travel"
    assert second in result.quotes()
    assert result.speaker_of(second) == result.speaker_of("We want every station to stay open through the night")
    assert result.resolved_speaker_of(second) == "Jone Vula"


def test_the_same_run_in_indonesian(label_id):
    text = (
        "Kapolres Sukamaju AKBP Rudi Hartono mengatakan, patroli malam ditambah selama libur panjang.\n\n"
        "\"Kami minta setiap pos jaga tetap buka sampai pagi\".\n\n"
        "\"Warga yang mudik sebaiknya menitipkan rumah kepada tetangga atau ketua RT\".\n\n"
        "Menurut Rudi, pengamanan juga diperketat di terminal."
    )
    result = label_id(text)
    second = "Warga yang mudik sebaiknya menitipkan rumah kepada tetangga atau ketua RT"
    assert second in result.quotes()
    assert result.resolved_speaker_of(second) == "Rudi Hartono"


def test_a_run_ended_by_its_cue_takes_it_over_a_stop_after_the_mark(label_id):
    text = (
        "Banjir merendam tiga desa di Kecamatan Sukamaju sejak Senin.\n\n"
        "\"Air mulai naik sejak tengah malam dan terus bertambah\".\n\n"
        "\"Kami sudah mengungsikan warga ke balai desa,\" kata Kepala Desa Sukamaju Slamet Riyadi."
    )
    result = label_id(text)
    first = "Air mulai naik sejak tengah malam dan terus bertambah"
    assert first in result.quotes()
    assert result.cue_of(first) == "kata"
    assert result.speaker_of(first) == "Slamet Riyadi"


def test_crossheads_that_repeat_a_quote_are_no_quotes(label_en):
    text = (
        "Minister rejects the council's terms\n\n"
        "Foreign Minister Amir Haddad said his government had received no list of demands.\n\n"
        "‘We will not accept these terms’\n\n"
        "“They talk of talks, but then they close the border,” Haddad said.\n\n"
        "“We do not know what they want”\n\n"
        "Haddad added that the talks would resume next week."
    )
    result = label_en(text)
    assert result.quotes() == ["They talk of talks, but then they close the border,"]


def test_a_whole_paragraph_quote_that_ends_its_sentence_is_still_speech(label_en):
    text = (
        "Foreign Minister Amir Haddad said his government had received no list of demands.\n\n"
        "“They talk of talks, but then they close the border,” Haddad said.\n\n"
        "‘We will not accept these terms.’\n\n"
        "“We do not know what they want?”"
    )
    result = label_en(text)
    assert "We will not accept these terms." in result.quotes()
    assert "We do not know what they want?" in result.quotes()


def test_a_long_quote_paragraph_without_its_stop_is_still_speech(label_en):
    text = (
        "Foreign Minister Amir Haddad said his government had received no list of demands.\n\n"
        "“They talk of talks, but then they close the border,” Haddad said.\n\n"
        "“We have asked for a list for three weeks and nobody in the region has sent us a single line”"
    )
    quote = "We have asked for a list for three weeks and nobody in the region has sent us a single line"
    assert quote in label_en(text).quotes()


def test_a_line_broken_after_a_question_mark_inside_a_quote(label_id):
    text = (
        "Kapala Desa Sukamaju Budi Santoso menolak berkomentar. “Sudah saya jelaskan kemarin, mau tanya apa lagi?\n"
        "kalian tulis saja yang kemarin,” ujarnya."
    )
    result = label_id(text)
    quote = "Sudah saya jelaskan kemarin, mau tanya apa lagi?\nkalian tulis saja yang kemarin,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "ujarnya"


def test_a_line_broken_before_a_capitalised_word_inside_a_quote(label_id):
    # The page wraps its lines inside sentences (`harga` / `gabah`), so a capital after a wrapped
    # line inside a quote is a wrapped word, not the quote's next paragraph.
    text = (
        "Petani di Kecamatan Sukamaju berharap harga\ngabah naik lagi.\n"
        "\"Kalau bisa harganya seperti bulan\n"
        "Agustus lalu, waktu itu petani masih untung,\" kata\n"
        "Darto, petani setempat."
    )
    result = label_id(text)
    quote = "Kalau bisa harganya seperti bulan\nAgustus lalu, waktu itu petani masih untung,"
    assert result.quotes() == [quote]
    assert result.speaker_of(quote) == "Darto"


def test_a_line_opening_a_new_quote_is_not_joined_to_one_left_open(label_id):
    text = (
        "\"Kami akan terus mengawal kasus ini sampai tuntas\n"
        "Warga diminta tenang. \"Jangan terpancing isu,\" kata Budi."
    )
    quotes = label_id(text).quotes()
    assert "Jangan terpancing isu," in quotes
    assert not any("Warga diminta" in quote for quote in quotes)


def test_a_crosshead_with_the_speakers_label_is_no_quote(label_en):
    text = (
        "Council chief promises new embankments\n\n"
        "Council chief Mary Banda said the embankments would be rebuilt before the rains.\n\n"
        "Council chief: “We will rebuild every embankment this year”\n\n"
        "“The work starts next month,” Banda said."
    )
    assert label_en(text).quotes() == ["The work starts next month,"]


def test_a_label_before_a_quote_that_ends_its_sentence_keeps_it(label_id):
    text = "Kepala Desa Sukamaju Slamet Riyadi mengatakan:\n\nPesan Kades: \"Warga diminta tetap tenang dan tidak panik.\""
    assert "Warga diminta tetap tenang dan tidak panik." in label_id(text).quotes()

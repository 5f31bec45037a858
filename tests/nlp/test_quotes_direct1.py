"""Direct quotes, round quotes_direct1: headline quotes, quotations after an article, quotes that
lost their opening mark after the reporter's sentence or lead-in, and a multi-paragraph quote whose
middle paragraph lost both marks. Every text below is invented to show one class or its guard."""

from __future__ import annotations

# Headline quotes: words after the closing mark and no punctuation at the paragraph's end.


def test_an_unattributed_quote_in_a_headline_with_a_dash_is_no_quote(label_en):
    text = (
        '"We fought to the last ball" - Captain Rohan Perera reviews the one-day series in Colombo\n'
        "Captain Rohan Perera said his side had played well.\n"
    )
    assert label_en(text).quotes() == []


def test_a_quote_after_a_heading_label_in_a_title_case_headline_is_no_quote(label_en):
    text = (
        "Weekly Brief: ‘Which Shortage?’ Says Trade Minister; Port Strike Enters Third Week\n\n"
        "The trade minister on Monday denied reports of a fuel shortage.\n"
    )
    assert label_en(text).quotes() == []


def test_a_quote_ending_on_a_comma_before_an_unknown_cue_stays_a_quote(label_en):
    """Guard: the paragraph ends on a word, but a comma inside the marks goes on into the sentence."""
    text = (
        "The judge read the order aloud in court.\n"
        "“You are hereby commanded to appear before this court on Monday with all your records,” the order"
        " demanded\n"
    )
    assert label_en(text).quotes() == [
        "You are hereby commanded to appear before this court on Monday with all your records,"
    ]


def test_a_quote_ending_its_sentence_in_a_body_paragraph_stays_a_quote(label_en):
    """Guard: a paragraph that ends with a full stop is no headline."""
    text = "Residents gathered at the hall.\n\n“We want the bridge rebuilt before the rains.” The meeting ended at noon.\n"
    assert label_en(text).quotes() == ["We want the bridge rebuilt before the rains."]


# A quotation right after an article is a noun phrase of the reporter's sentence.


def test_a_quotation_after_an_article_is_no_quote(label_en):
    text = (
        "The court ordered the editors to prove who had paid the “US$200,000 to several officials before the vote”"
        " in the land case reported last month.\n"
    )
    assert label_en(text).quotes() == []


def test_an_indonesian_quotation_after_sebuah_is_no_quote(label_id):
    text = "Warga memasang sebuah “Tolak tambang di desa kami, selamatkan sawah warga” di depan balai desa.\n"
    assert label_id(text).quotes() == []


def test_a_quotation_after_that_is_still_speech(label_en):
    """Guard: `that` before the mark is no article."""
    text = "Mayor Ana Cruz said that “the bridge will be rebuilt before the rainy season, whatever it costs.”\n"
    assert label_en(text).quotes() == ["the bridge will be rebuilt before the rainy season, whatever it costs."]


# A quote that lost its opening mark after the reporter's sentence with a speech verb.


def test_a_lost_opening_mark_after_the_reporters_sentence_with_a_speech_verb(label_id):
    text = (
        "Kepala Dinas Pekerjaan Umum Slamet Riyadi menjelaskan bahwa perbaikan jembatan sudah dianggarkan. "
        'Pengerjaan dimulai setelah musim hujan berakhir. Material sudah dipesan dari Surabaya," jelasnya.\n'
    )
    result = label_id(text)
    quote = "Pengerjaan dimulai setelah musim hujan berakhir. Material sudah dipesan dari Surabaya,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "jelasnya"


def test_a_lost_opening_mark_after_a_sentence_with_a_cue_inside(label_id):
    text = (
        "Akun itu, kata Rudi, menyebarkan kabar bohong soal proyek tersebut. "
        'Foto warga dipotong lalu diberi tulisan lain. Semua itu tidak benar," tegas Rudi.\n'
    )
    result = label_id(text)
    quote = "Foto warga dipotong lalu diberi tulisan lain. Semua itu tidak benar,"
    assert result.quotes() == [quote]
    assert result.speaker_of(quote) == "Rudi"


def test_sentences_without_a_speech_verb_before_a_lost_mark_still_give_no_quote(label_id):
    """Guard: with no sentence of the reporter's naming the speaker, the start cannot be told."""
    text = 'Pekerjaan dimulai Senin. Material dipesan dari Surabaya. Anggarannya sekitar Rp 2 miliar," kata Rudi.\n'
    assert label_id(text).quotes() == []


# A quote that lost its opening mark after a lead-in, in neither the speaker's voice nor the reporter's.


def test_a_lost_opening_mark_after_a_lead_in_without_the_reporters_words(label_id):
    text = (
        "Bupati Sukamaju Hasan Basri mengapresiasi dukungan warga.\n"
        'Lebih lanjut Hasan mengungkapkan, bulan depan tim dari kementerian akan datang meninjau lokasi,"'
        " jelasnya.\n"
    )
    result = label_id(text)
    quote = "bulan depan tim dari kementerian akan datang meninjau lokasi,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "jelasnya"


def test_a_lead_in_followed_by_the_reporters_words_stays_no_direct_quote(label_id):
    """Guard: `ia` after the lead-in is the reporter naming the speaker."""
    text = (
        "Bupati Sukamaju Hasan Basri mengapresiasi dukungan warga.\n"
        'Lebih lanjut Hasan mengungkapkan, ia akan mengundang tim kementerian bulan depan," jelasnya.\n'
    )
    assert label_id(text).quotes() == []


def test_a_lead_in_before_two_sentences_keeps_the_first_as_the_reporters(label_id):
    """Guard: after a lead-in, two sentences with no word of either voice are not all speech; the
    quote starts after the reporter's sentence that holds the speech verb."""
    text = (
        "Bupati Sukamaju Hasan Basri mengapresiasi dukungan warga.\n"
        'Hasan menegaskan, penyebab utama banjir adalah saluran yang tersumbat. Pengerukan dimulai bulan depan di'
        ' tiga kecamatan," jelasnya.\n'
    )
    assert label_id(text).quotes() == ["Pengerukan dimulai bulan depan di tiga kecamatan,"]


def test_an_english_lead_in_followed_by_the_reporters_words_stays_no_direct_quote(label_en):
    text = "Mayor Ana Cruz was angry.\n\nShe stressed, her office would not be pushed around by the company,\" Cruz said.\n"
    assert label_en(text).quotes() == []


# A multi-paragraph quote whose middle paragraph lost both marks, opened again in the next paragraph.


def test_an_unmarked_paragraph_between_two_parts_of_one_quote(label_en):
    text = (
        "Governor Ana Cruz spoke to villagers on Sunday.\n\n"
        '"I came here to listen to your complaints about the road.\n\n'
        "I know the rains have cut you off from the market for weeks.\n\n"
        '"We will send the machines on Monday and the road will be open by the end of the month," she said.\n'
    )
    result = label_en(text)
    middle = "I know the rains have cut you off from the market for weeks."
    first = "I came here to listen to your complaints about the road."
    assert result.quotes() == [
        first,
        middle,
        "We will send the machines on Monday and the road will be open by the end of the month,",
    ]
    assert result.cue_of(first) == "said"
    assert result.cue_of(middle) == "said"


def test_an_unmarked_reporters_paragraph_between_two_quotes_stays_out(label_en):
    """Guard: a paragraph in the reporter's voice is no part of the quote."""
    text = (
        "Governor Ana Cruz spoke to villagers on Sunday.\n\n"
        '"The road must be repaired before the harvest.\n\n'
        "The villagers applauded the governor at the end of the meeting.\n\n"
        '"We will send the machines on Monday and the road will be open by the end of the month," she said.\n'
    )
    result = label_en(text)
    assert "The villagers applauded the governor at the end of the meeting." not in result.quotes()
    assert result.cue_of("The road must be repaired before the harvest.") is None


def test_a_speech_verb_in_the_speakers_voice_stays_in_the_reopened_quote(label_en):
    text = (
        "Governor Ana Cruz spoke to villagers on Sunday.\n\n"
        '"I came here to listen to your complaints about the road.\n\n'
        "I have told the ministry that the road is our first task this year.\n\n"
        '"We will send the machines on Monday," she said.\n'
    )
    result = label_en(text)
    middle = "I have told the ministry that the road is our first task this year."
    assert middle in result.quotes()
    assert result.cue_of(middle) == "said"


# Cues only in the slot after a closing mark.


def test_questioned_and_ordered_after_a_closing_mark_are_cues(label_en):
    text = (
        "Minister Omar Ali spoke on Monday.\n\n"
        '"Should we close the schools again?" Ali questioned while answering his critics.\n\n'
        "“You are hereby commanded to appear before this court with all your records,” the court ordered.\n"
    )
    result = label_en(text)
    assert result.cue_of("Should we close the schools again?") == "questioned"
    assert result.cue_of("You are hereby commanded to appear before this court with all your records,") == "ordered"
    assert result.speaker_of("You are hereby commanded to appear before this court with all your records,") == "the court"


def test_questioned_with_an_object_introduces_no_quote(label_en):
    """Guard: `questioned the witness` before a mark is no cue of the quote after it."""
    text = 'The lawyer questioned the witness for an hour. "I saw nothing that night," the witness said.\n'
    result = label_en(text)
    assert result.cue_of("I saw nothing that night,") == "said"

"""Direct quotes and cues, round quotes_direct3: quote paragraphs signed on the line after them, a
title-case cry in a headline, and a participle whose hearer stands before the quote. Every text
below is invented to show one class or its guard."""

from __future__ import annotations

# A quote paragraph signed by a dash line after it (a week's quotable quotes, a pull quote).


def test_a_quote_signed_on_the_next_line_takes_that_speaker(label_en):
    text = (
        "Quotes of the week\n\n"
        "“No family in this district will sleep in the rain while I hold this office.”\n\n"
        "– Governor Ada Okoro, speaking at a flood camp in Makurdi on Tuesday\n\n"
        "“We planted late and we will harvest late, but we will harvest.”\n\n"
        "– Bello Musa, a rice farmer in Kebbi State, after the first rains\n"
    )
    labelled = label_en(text)
    first = "No family in this district will sleep in the rain while I hold this office."
    second = "We planted late and we will harvest late, but we will harvest."
    assert labelled.speaker_of(first) == "Ada Okoro"
    assert labelled.speaker_of(second) == "Bello Musa"
    assert labelled.cue_of(first) is None


def test_a_signature_may_open_with_a_country_and_a_role_in_small_letters(label_en):
    text = (
        "What they said after the final\n"
        "\"We waited eleven years for this night and nobody will take it from us.\"\n"
        "– Zambia's Grace Mwila after lifting the trophy in Lusaka.\n"
        "\"We gave everything, but one chance was all they needed.\"\n"
        "– Caretaker coach Tom Banda on his side's defeat.\n"
    )
    labelled = label_en(text)
    assert labelled.speaker_of("We waited eleven years for this night and nobody will take it from us.") == "Grace Mwila"
    assert labelled.speaker_of("We gave everything, but one chance was all they needed.") == "Tom Banda"


def test_an_indonesian_quote_signed_on_the_next_line(label_id):
    text = (
        "Kutipan pekan ini\n\n"
        "“Kami tidak akan menaikkan harga beras sampai panen raya selesai.”\n\n"
        "— Gubernur Rudi Hartono, dalam rapat bersama para bupati di Kendari\n"
    )
    labelled = label_id(text)
    assert labelled.speaker_of("Kami tidak akan menaikkan harga beras sampai panen raya selesai.") == "Rudi Hartono"


def test_a_dash_line_that_names_no_speaker_signs_nothing(label_en):
    """Guard: the line after the quote must open with a dash and a name (titles before it only)."""
    text = (
        "“No family in this district will sleep in the rain while I hold this office.”\n\n"
        "– Police arrested Bello Musa at the camp on Tuesday.\n"
    )
    assert label_en(text).speaker_of("No family in this district will sleep in the rain while I hold this office.") is None


def test_an_attributed_quote_keeps_its_own_speaker_before_a_dash_line(label_en):
    """Guard: a quote that already has a speaker is not signed again."""
    text = (
        "“The camp will stay open until March,” said Ada Okoro.\n\n"
        "– Bello Musa, a rice farmer, also spoke at the camp\n"
    )
    assert label_en(text).speaker_of("The camp will stay open until March,") == "Ada Okoro"


# A title-case cry in a headline or on a banner: no quote when nobody is said to speak it.


def test_a_title_case_cry_ending_a_headline_is_no_quote(label_id):
    text = (
        "Banjir Rendam Tiga Desa, Bupati Turun ke Lokasi: “Kita Harus Bergerak Cepat!”\n"
        "Bupati Rudi Hartono meninjau tiga desa yang terendam banjir pada Senin (3/2/2025).\n"
        "“Kami sudah mengirim perahu dan makanan ke semua desa,” kata Rudi.\n"
    )
    labelled = label_id(text)
    assert labelled.quotes() == ["Kami sudah mengirim perahu dan makanan ke semua desa,"]


def test_an_english_title_case_question_in_a_headline_is_no_quote(label_en):
    text = (
        "Flood Camps Fill Up Again: “Where Will We Sleep Tonight?”\n"
        "More than 400 families arrived at the Makurdi camps on Tuesday.\n"
    )
    assert label_en(text).quotes() == []


def test_an_attributed_title_case_cry_stays_a_quote(label_id):
    """Guard: with a cue and a speaker, a cry in capitals is still someone's words."""
    text = "Warga Desa Sukamaju berkumpul di balai desa.\n“Hidup Rakyat Kecil Sukamaju!” teriak Rudi Hartono di depan warga.\n"
    assert label_id(text).quotes() == ["Hidup Rakyat Kecil Sukamaju!"]


def test_a_spoken_exclamation_in_sentence_case_stays_a_quote(label_en):
    """Guard: only title case marks a headline's words."""
    text = "Residents gathered at the gate.\n“We will not leave our homes tonight!”\n"
    assert label_en(text).quotes() == ["We will not leave our homes tonight!"]


# A participle after a comma whose hearer stands between it and the quote.


def test_telling_the_hearer_before_a_quote_is_its_cue(label_en):
    text = (
        "Magistrate Ann Borg refused to adjourn the case, telling the defence lawyer, Tom Vella that "
        "“this court does not sit to fix dates. Bring your witnesses next time.”\n"
    )
    labelled = label_en(text)
    quote = "this court does not sit to fix dates. Bring your witnesses next time."
    assert labelled.cue_of(quote) == "telling"
    assert labelled.speaker_of(quote) == "Ann Borg"


def test_telling_reporters_with_a_colon_before_a_quote(label_en):
    text = "Governor Ada Okoro closed the meeting, telling reporters: “We will meet again next week.”\n"
    labelled = label_en(text)
    assert labelled.cue_of("We will meet again next week.") == "telling"
    assert labelled.speaker_of("We will meet again next week.") == "Ada Okoro"


def test_the_participle_next_to_the_quote_stays_its_cue(label_en):
    """Guard: a speech participle right before the mark is the cue, not an earlier `telling`."""
    text = "Governor Ada Okoro met the press, telling reporters about the floods, adding: “We will rebuild.”\n"
    assert label_en(text).cue_of("We will rebuild.") == "adding"


def test_telling_someone_to_do_something_is_no_cue(label_en):
    """Guard: `telling them to ...` is a request, and the quote after it no speech of theirs."""
    text = "Governor Ada Okoro left the stage, telling them to “stay calm and wait for the buses.”\n"
    labelled = label_en(text)
    assert "telling" not in labelled.texts("CUE")


# A speech participle joined by `and` to another participle of the same clause.


def test_a_speech_participle_after_and_is_the_cue(label_en):
    text = (
        "Governor Ada Okoro thanked the volunteers before turning to the crowd and adding: "
        "“We will be back next year.”\n"
    )
    labelled = label_en(text)
    assert labelled.cue_of("We will be back next year.") == "adding"
    assert labelled.speaker_of("We will be back next year.") == "Ada Okoro"


def test_a_speech_participle_after_a_comma_participle_and_and(label_en):
    text = "Governor Ada Okoro thanked the volunteers, smiling and adding: “We will be back next year.”\n"
    assert label_en(text).cue_of("We will be back next year.") == "adding"


def test_a_participle_after_and_with_no_participle_before_it_is_no_cue(label_en):
    """Guard: `and adding` needs a participle of the same clause before it."""
    text = "Governor Ada Okoro thanked the volunteers and the nurses and adding: “We will be back next year.”\n"
    assert "adding" not in label_en(text).texts("CUE")

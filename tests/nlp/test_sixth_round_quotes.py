"""Error classes of direct quotes and their speakers found on fresh real pages in the sixth round
(read, never stored here); every text below is invented to show one class."""

from __future__ import annotations


def test_a_participle_after_a_comma_introduces_a_quote(label_en):
    text = (
        "The district head, Mrs. Ada Okonkwo, visited the camp on Sunday.\n\n"
        "She, however, criticised the slow relief effort, saying:  “We cannot wait for the water to go down. "
        "Families need food today.\n\n"
        "“The council will send two more boats before the weekend.”"
    )
    result = label_en(text)
    first = "We cannot wait for the water to go down. Families need food today."
    second = "The council will send two more boats before the weekend."
    assert result.quotes() == [first, second]
    for quote in (first, second):
        assert result.cue_of(quote) == "saying"
        assert result.speaker_of(quote) == "She"
        assert result.resolved_speaker_of(quote) == "Ada Okonkwo"


def test_a_participle_with_a_comma_before_the_mark(label_en):
    text = 'Officer Tom Reyes closed the road, adding, "Nobody crosses the bridge until engineers check it."'
    result = label_en(text)
    quote = "Nobody crosses the bridge until engineers check it."
    assert result.cue_of(quote) == "adding"
    assert result.speaker_of(quote) == "Tom Reyes"


def test_a_participle_far_from_the_mark_is_no_cue(label_en):
    text = 'The mayor spoke for an hour, saying little about the budget. "Next question," an aide said.'
    result = label_en(text)
    assert result.cue_of("Next question,") == "said"


def test_answered_and_shared_before_a_colon_introduce_a_quote(label_en):
    text = (
        "Asked about the result, the head coach answered: “We were lucky today and we know it.”\n\n"
        "Talking of the new striker, coach Lee Min-jun shared:\n\n"
        "“He trained with us for only a week, but he already understands our game.”"
    )
    result = label_en(text)
    first = "We were lucky today and we know it."
    second = "He trained with us for only a week, but he already understands our game."
    assert result.quotes() == [first, second]
    assert result.cue_of(first) == "answered"
    assert result.speaker_of(first) == "the head coach"
    assert result.cue_of(second) == "shared"
    assert result.speaker_of(second) == "Lee Min-jun"


def test_shared_with_an_object_reports_nothing(label_en):
    text = "The mayor shared a photo of the flooded market on Sunday."
    assert label_en(text).quotes() == []


def test_a_single_opening_mark_closed_by_a_double_one_before_a_full_stop(label_en):
    text = "The coach answered: ‘The King’s Cup means a lot to us. I thank every player for the effort”.\nHe left soon after."
    result = label_en(text)
    quote = "The King’s Cup means a lot to us. I thank every player for the effort"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "answered"


def test_a_single_quote_with_an_apostrophe_still_closes_at_its_own_mark(label_en):
    text = "The sign read ‘Don’t cross the bridge after dark, it’s closed for repairs’ until Friday."
    assert label_en(text).quotes() == ["Don’t cross the bridge after dark, it’s closed for repairs"]


def test_a_small_letter_quote_set_off_by_commas_with_a_cue_is_speech(label_id):
    text = "Sempat terdengar kata-kata kasar dari petugas itu,”kalian ini mengganggu saja,”kata petugas tersebut."
    result = label_id(text)
    quote = "kalian ini mengganggu saja,"
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "kata"


def test_a_small_letter_phrase_woven_into_the_sentence_stays_partial(label_id):
    text = "Warga menyebut banjir itu sebagai “kiriman dari hulu,” kata Kepala Desa Sukamaju, Rahmat Hidayat."
    assert "kiriman dari hulu," not in label_id(text).quotes()


def test_a_pointing_role_after_an_unnamed_newcomer_is_not_the_last_name(label_id):
    text = (
        "Kepala Dinas Sosial Kota Lembah, Ratna Wulandari, menjelaskan jadwal penyaluran bantuan. "
        "Tiba-tiba seorang pria yang mengaku warga berteriak dari belakang.\n"
        "“Bantuan itu tidak pernah sampai ke RT kami,” kata pria itu."
    )
    result = label_id(text)
    quote = "Bantuan itu tidak pernah sampai ke RT kami,"
    assert result.speaker_of(quote) == "pria itu"
    assert result.resolved_speaker_of(quote) == "pria itu"


def test_a_pointing_role_after_a_named_newcomer_resolves_to_the_name(label_en):
    text = (
        "Officials opened the shelter on Monday. A man named Joseph Baraka arrived first with his family.\n"
        "“We walked all night to get here,” the man said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("We walked all night to get here,") == "Joseph Baraka"


def test_an_opening_mark_after_a_space_closes_a_quote_at_the_paragraph_end(label_en):
    text = (
        "He said: “We were told of the fire this morning. An inquiry is under way. “\n\n"
        "The council did not comment."
    )
    result = label_en(text)
    quote = "We were told of the fire this morning. An inquiry is under way."
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "said"


def test_an_opening_mark_after_a_space_inside_the_paragraph_still_opens(label_id):
    text = "Ia menambahkan, “ Kami siap membantu warga,” kata Budi. “ Besok tim kembali ke lokasi,” katanya."
    result = label_id(text)
    assert "Besok tim kembali ke lokasi," in result.quotes()


def test_the_small_letter_second_part_of_a_split_quote(label_id):
    text = "“Kami akan terus mengawal kasus ini,” kata Ketua LBH Lembah, Sari Dewi, “sampai pelakunya diadili.”"
    result = label_id(text)
    first, second = "Kami akan terus mengawal kasus ini,", "sampai pelakunya diadili."
    assert result.quotes() == [first, second]
    assert result.cue_of(second) == "kata"
    assert result.speaker_of(second) == "Sari Dewi"


def test_the_small_letter_second_part_of_a_split_quote_in_english(label_en):
    text = '"We will keep the shelters open," he said, "until every family has a roof again."'
    result = label_en(text)
    second = "until every family has a roof again."
    assert second in result.quotes()
    assert result.cue_of(second) == "said"


def test_a_small_letter_phrase_after_a_comma_in_narration_stays_partial(label_en):
    text = 'The governor called the plan, "a temporary measure," and left the room.'
    assert label_en(text).quotes() == []


def test_a_short_quote_in_single_marks_with_a_cue_after_it(label_en):
    text = "The river rose overnight. ‘We will rebuild,’ Mayor Jane Okoro said on Monday."
    result = label_en(text)
    assert result.quotes() == ["We will rebuild,"]
    assert result.speaker_of("We will rebuild,") == "Jane Okoro"


def test_a_short_term_in_single_marks_stays_no_quote(label_en):
    text = "The council called the closure a ‘temporary measure’ and promised a review."
    assert label_en(text).quotes() == []


def test_more_cues_in_the_slot_after_a_closing_mark(label_id):
    for cue in ("celetuk", "tantang", "janji", "lontar"):
        text = f"Warga berkumpul di balai desa.\n“Kami belum dapat bantuan,” {cue} Budi Santoso."
        result = label_id(text)
        assert result.cue_of("Kami belum dapat bantuan,") == cue
        assert result.speaker_of("Kami belum dapat bantuan,") == "Budi Santoso"


def test_the_man_after_an_unidentified_man_is_that_newcomer(label_en):
    text = (
        "Reporter Lina Cruz posted a video in which an unidentified man asked her to stop filming.\n"
        "At the end of the video, the man said: “You have been warned. Delete it now.”"
    )
    result = label_en(text)
    quote = "You have been warned. Delete it now."
    assert result.speaker_of(quote) == "the man"
    assert result.resolved_speaker_of(quote) == "the man"


def test_the_subject_of_was_told_is_no_speaker(label_en):
    text = "When she refused to leave, reporter Lina Cruz was eventually told: “This area is closed to the press.”"
    result = label_en(text)
    quote = "This area is closed to the press."
    assert result.quotes() == [quote]
    assert result.cue_of(quote) == "told"
    assert result.speaker_of(quote) is None

"""Error classes of quotation attribution seen on real published pages (issue 11), each with
invented sentences: quote marks, speakers behind rank chains, name forms, indirect speech."""

from __future__ import annotations

# --- quote marks ------------------------------------------------------------------------------


def test_a_closing_mark_that_opens_a_quote(label_id):
    text = "Polisi tiba di lokasi.\n,”Kami amankan sembilan orang di rumah itu,” kata Rudi Hartawan."
    result = label_id(text)
    assert result.quotes() == ["Kami amankan sembilan orang di rumah itu,"]
    assert result.speaker_of("Kami amankan sembilan orang di rumah itu,") == "Rudi Hartawan"


def test_a_closing_mark_at_the_paragraph_start(label_id):
    text = "Warga berkumpul di balai desa.\n”Air sudah masuk ke dapur sejak subuh,” kata Sumiati."
    result = label_id(text)
    assert result.quotes() == ["Air sudah masuk ke dapur sejak subuh,"]


def test_mis_decoded_quotation_marks(label_en):
    text = "The minister spoke on Tuesday.\n'€œWe will keep the port open through the storm season,'€ he said."
    result = label_en(text)
    assert result.quotes() == ["We will keep the port open through the storm season,"]
    assert result.cue_of("We will keep the port open through the storm season,") == "said"
    assert result.speaker_of("We will keep the port open through the storm season,") == "he"


def test_mixed_straight_and_curly_marks(label_id):
    text = "“Semua jalur sudah kami buka kembali,\" kata Dewi Anggraini."
    result = label_id(text)
    assert result.quotes() == ["Semua jalur sudah kami buka kembali,"]


def test_a_partial_quote_inside_the_reporters_sentence_is_not_a_quote(label_en):
    text = "Officials promised to enforce “strict safety measures at every stadium” during the cup."
    assert label_en(text).quotes() == []


# --- speakers ---------------------------------------------------------------------------------


def test_rank_chain_before_the_name(label_id):
    text = (
        "“Pelaku kami tangkap di rumah kerabatnya,” kata Kasat Reskrim Polres Lembang Jaya AKP Dedi Kurniawan.\n"
        "“Barang bukti sudah kami sita,” katanya."
    )
    result = label_id(text)
    assert result.speaker_of("Pelaku kami tangkap di rumah kerabatnya,") == "Dedi Kurniawan"
    assert result.resolved_speaker_of("Barang bukti sudah kami sita,") == "Dedi Kurniawan"


def test_rank_words_swallowed_by_a_name_are_trimmed(label_id):
    text = "“Kami terus memantau arus lalu lintas,” kata Inspektur Jenderal Bayu Santosa."
    result = label_id(text)
    assert result.speaker_of("Kami terus memantau arus lalu lintas,") == "Bayu Santosa"


def test_short_name_resolves_to_the_headline_full_name(label_id):
    text = (
        "Harsono Wibisana: Pasar Harus Dibuka Lagi\n\n"
        "“Pedagang sudah menunggu terlalu lama,” kata Wibisana di Balai Kota."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Pedagang sudah menunggu terlalu lama,") == "Harsono Wibisana"


def test_a_nickname_resolves_to_the_name_it_begins(label_id):
    text = (
        "Ketua umum partai, Ratnawati Sukmaputri, hadir di acara itu.\n"
        "“Anak muda harus berani bersuara,” kata Ratna."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Anak muda harus berani bersuara,") == "Ratnawati Sukmaputri"


def test_an_alias_resolves_to_the_full_name(label_id):
    text = (
        "Wulan, sapaan akrab Wulandari Pratiwi, tiba di lokasi pada pagi hari.\n"
        "“Kami kirim bantuan hari ini juga,” kata Wulan."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kami kirim bantuan hari ini juga,") == "Wulandari Pratiwi"


def test_a_one_word_name_is_not_cut_as_a_role(label_en):
    text = "“We played for the fans tonight,” said Hakim Zulkarnain."
    assert label_en(text).speaker_of("We played for the fans tonight,") == "Hakim Zulkarnain"


# --- indirect speech --------------------------------------------------------------------------


def _indirect(result) -> list[str]:
    return result.texts("QUOTE", type="indirect")


def test_cue_inside_the_clause(label_id):
    text = "Penangkapan itu, kata dia, merupakan hasil penyelidikan selama dua bulan terakhir."
    result = label_id(text)
    assert _indirect(result) == ["Penangkapan itu, kata dia, merupakan hasil penyelidikan selama dua bulan terakhir"]
    clause = _indirect(result)[0]
    assert result.cue_of(clause) == "kata"
    assert result.speaker_of(clause) == "dia"


def test_trailing_speaker_with_a_day(label_en):
    text = "The storm destroyed more than 300 homes in the district, the agency's chief said Monday."
    result = label_en(text)
    assert _indirect(result) == ["The storm destroyed more than 300 homes in the district"]
    assert result.speaker_of(_indirect(result)[0]) == "the agency's chief"


def test_participle_saying_that(label_en):
    text = "The ministry issued a statement on Friday, saying that the border crossing would reopen next week."
    result = label_en(text)
    assert _indirect(result) == ["the border crossing would reopen next week"]
    clause = _indirect(result)[0]
    assert result.cue_of(clause) == "saying"
    assert result.speaker_of(clause) == "The ministry"


def test_more_indonesian_cues(label_id):
    for verb in ("memperkirakan", "membenarkan"):
        text = f"Kepala dinas itu {verb} bahwa jumlah pengungsi akan terus bertambah hingga pekan depan."
        result = label_id(text)
        assert _indirect(result) == ["jumlah pengungsi akan terus bertambah hingga pekan depan"], verb
        assert result.cue_of(_indirect(result)[0]) == verb


def test_a_directive_is_not_speech(label_en):
    text = "Police asked that anyone with information about the attack contact the station."
    assert _indirect(label_en(text)) == []


def test_a_noun_phrase_object_is_not_speech(label_id):
    text = "Bupati Sleman menegaskan pentingnya menjaga kebersihan saluran air di setiap desa."
    assert _indirect(label_id(text)) == []


def test_a_first_name_resolves_to_the_name_printed_after_it(label_id):
    text = (
        "Kedatangan Kapolda Inspektur Jenderal Anton Wirasakti disambut warga.\n"
        "“Jangan ragu melapor ke polisi,” kata Anton kepada warga."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Jangan ragu melapor ke polisi,") == "Anton Wirasakti"


def test_a_short_name_prefers_a_full_name_it_begins_or_ends(label_en):
    text = (
        "President Hendra Bagus Wiranto met the police chief.\n"
        "Police chief General Bagus Sutarjo Wibowo said the suspects were caught on Monday night.\n"
        "“We will find the rest of them,” Bagus said."
    )
    result = label_en(text)
    assert result.resolved_speaker_of("We will find the rest of them,") == "Bagus Sutarjo Wibowo"


def test_continuation_after_indirect_speech_takes_its_speaker(label_en):
    text = (
        "Police spokesman Arif Rahman said the mob attacked the post before dawn. "
        "“They planned this attack for weeks and we know who paid for it.”"
    )
    result = label_en(text)
    assert result.speaker_of("They planned this attack for weeks and we know who paid for it.") == "Arif Rahman"
    assert result.cue_of("They planned this attack for weeks and we know who paid for it.") is None


def test_an_opening_mark_typed_as_the_closing_one(label_id):
    text = "“Kami sudah menyiapkan tenda untuk para pengungsi,“ kata Lestari Handayani."
    result = label_id(text)
    assert result.quotes() == ["Kami sudah menyiapkan tenda untuk para pengungsi,"]
    assert result.speaker_of("Kami sudah menyiapkan tenda untuk para pengungsi,") == "Lestari Handayani"



def test_a_day_after_said_is_not_part_of_the_report(label_en):
    text = "Officials said Sunday the number of evacuees had fallen to about 2,000 across the province."
    result = label_en(text)
    assert _indirect(result) == ["the number of evacuees had fallen to about 2,000 across the province"]


def test_abbreviations_do_not_end_the_sentence(label_en):
    text = "The police said more than 80 people were hurt when the wave hit at 9:27 p.m. Saturday near the pier."
    result = label_en(text)
    assert _indirect(result) == ["more than 80 people were hurt when the wave hit at 9:27 p.m. Saturday near the pier"]


def test_a_sentence_opening_clitic_cue(label_id):
    text = "Dijelaskannya, petugas sudah membagikan masker kepada warga di tiga kecamatan."
    result = label_id(text)
    assert _indirect(result) == ["petugas sudah membagikan masker kepada warga di tiga kecamatan"]
    clause = _indirect(result)[0]
    assert result.cue_of(clause) == "Dijelaskannya" and result.speaker_of(clause) == "Dijelaskannya"


def test_untuk_before_a_noun_is_a_topic_not_a_purpose(label_id):
    report = "Kepala terminal itu mengatakan untuk kenyamanan penumpang, pengelola menyiapkan ruang tunggu baru."
    assert _indirect(label_id(report)) == ["untuk kenyamanan penumpang, pengelola menyiapkan ruang tunggu baru"]
    purpose = "Kepala terminal itu mengatakan untuk menjaga kenyamanan penumpang di ruang tunggu."
    assert _indirect(label_id(purpose)) == []


def test_a_spokesman_apposition_after_menurut(label_id):
    text = "Menurut Hasan Basri, jurubicara gubernur Aceh, bantuan sudah tiba di semua posko pengungsian."
    result = label_id(text)
    assert _indirect(result) == ["bantuan sudah tiba di semua posko pengungsian"]
    assert result.speaker_of(_indirect(result)[0]) == "Hasan Basri"


def test_a_long_sentence_closed_by_the_speaker(label_en):
    text = (
        "The provincial police earlier sent 200 officers to the three districts following the riots in the "
        "market town that killed two traders and a soldier on the night of the count, the police chief said."
    )
    result = label_en(text)
    assert _indirect(result) and _indirect(result)[0].startswith("The provincial police earlier sent 200 officers")
    assert result.speaker_of(_indirect(result)[0]) == "the police chief"


def test_according_to_people_closing_the_sentence(label_en):
    text = "The ministry turned down the request for landing rights, according to two officials familiar with the talks."
    result = label_en(text)
    assert _indirect(result) == ["The ministry turned down the request for landing rights"]
    assert result.cue_of(_indirect(result)[0]) == "according to"


def test_according_to_an_organisation_closing_the_sentence_is_a_source(label_en):
    text = "Most of the patients are young children, according to the World Health Organization."
    assert _indirect(label_en(text)) == []


def test_officials_say(label_en):
    text = "Disaster officials say the death toll from the landslide has climbed to 112."
    assert _indirect(label_en(text)) == ["the death toll from the landslide has climbed to 112"]


def test_a_concession_with_a_new_subject_ends_the_report(label_en):
    text = "A police spokesman said the clash was sparked by a land dispute, though the spokesman did not rule out other causes."
    assert _indirect(label_en(text)) == ["the clash was sparked by a land dispute"]


def test_a_plural_speaker_is_not_linked_to_one_person(label_en):
    text = (
        "Rescue chief Nelis Wardani visited the shelter on Monday.\n"
        "Disaster officials say the death toll from the landslide has climbed to 112."
    )
    result = label_en(text)
    clause = _indirect(result)[0]
    assert result.speaker_of(clause) == "Disaster officials"
    assert result.resolved_speaker_of(clause) == "Disaster officials"


def test_the_name_at_the_end_of_a_unit_chain_is_the_speaker(label_id):
    text = "“Semua posko sudah kami tertibkan,” kata Kapolres Metro Jakarta Timur Kombes Pol Nicolas Ary Lilipaly di Jakarta."
    result = label_id(text)
    assert result.speaker_of("Semua posko sudah kami tertibkan,") == "Nicolas Ary Lilipaly"


def test_a_straight_mark_opening_right_after_a_comma(label_id):
    text = "Ketika ditanya soal itu, Rahmat menjawab singkat,\"Kami belum menerima surat apa pun dari kementerian.\""
    result = label_id(text)
    assert result.quotes() == ["Kami belum menerima surat apa pun dari kementerian."]


def test_a_role_resolves_to_the_name_it_was_given_earlier(label_id):
    text = (
        "Kapolres Lembang Jaya AKBP Hendra Wijaya memimpin razia di pusat kota.\n"
        "Kapolres Lembang Jaya mengatakan razia akan digelar setiap malam hingga akhir bulan ini."
    )
    result = label_id(text)
    clause = _indirect(result)[0]
    assert result.resolved_speaker_of(clause) == "Hendra Wijaya"


def test_two_single_marks_for_a_double_one(label_id):
    text = "Warga mengungsi.\n''Kami siap membantu semua warga di sana,'' kata Budi Santoso."
    result = label_id(text)
    assert result.quotes() == ["Kami siap membantu semua warga di sana,"]
    assert result.speaker_of("Kami siap membantu semua warga di sana,") == "Budi Santoso"


def test_dikatakan_x_opens_a_report(label_id):
    text = "Dikatakan Dedi, pelaku sudah ditahan di rumah tahanan polres sejak Senin."
    result = label_id(text)
    assert _indirect(result) == ["pelaku sudah ditahan di rumah tahanan polres sejak Senin"]
    assert result.cue_of(_indirect(result)[0]) == "Dikatakan"


def test_english_cue_inside_the_clause(label_en):
    text = "The suspect, Kurnia said, had been held at the station since Monday."
    result = label_en(text)
    assert _indirect(result) == ["The suspect, Kurnia said, had been held at the station since Monday"]


def test_a_relative_clause_after_an_untagged_subject(label_en):
    text = "Kurnia, who heads the district police, said the suspect had been held at the station since Monday."
    result = label_en(text)
    assert result.speaker_of(_indirect(result)[0]) == "Kurnia"


def test_a_name_set_off_by_a_comma_after_a_unit_chain(label_id):
    quote = "Kami siap membantu semua warga di sana,"
    text = f"“{quote}” kata Kepala Pelaksana BPBD Kabupaten Garut, Satria Budi, di Garut."
    assert label_id(text).speaker_of(quote) == "Satria Budi"


def test_a_role_speaker_goes_on_through_its_relative_clause(label_id):
    quote = "Kami siap membantu semua warga di sana,"
    text = f"“{quote}” ucap pria yang akrab disapa Pak Dimas itu."
    assert label_id(text).speaker_of(quote) == "pria yang akrab disapa Pak Dimas itu"


def test_a_quote_after_indirect_speech_in_the_next_paragraph_is_not_the_earlier_quote(label_en):
    first = "We have started to investigate another suspect,"
    second = "They planned these attacks long before the election began."
    text = (
        f"“{first}” he said after the meeting.\n"
        f"Army chief Djoko Santoso added that the attacks were reminders of the group's existence. “{second}”"
    )
    result = label_en(text)
    assert result.speaker_of(second) == "Djoko Santoso"
    assert result.cue_of(second) is None


def test_a_role_speaker_starts_after_a_dateline_no_rule_found(label_id):
    text = (
        "Judul berita tentang mudik\n\nIsi pertama artikel ini.\n\nParagraf kedua artikel.\n\n"
        "Paragraf ketiga.\n\n    Jakarta (ANTARA) – Pemerintah Provinsi DKI Jakarta memprakirakan jumlah "
        "penumpang di terminal mencapai 5.000 orang pada puncak arus mudik."
    )
    result = label_id(text)
    assert result.speaker_of(_indirect(result)[0]) == "Pemerintah Provinsi DKI Jakarta"


def test_adverbs_between_a_role_and_its_verb(label_id):
    quote = "Harap disiapkan semua keperluan keluarga para karyawan di sana."
    text = f"Direktur yang menerima laporan itu pun langsung menjawab, “{quote}”"
    assert label_id(text).speaker_of(quote) == "Direktur yang menerima laporan itu"

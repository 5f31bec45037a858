"""Error classes of the eighth batch's Bali and Kupang pages (b8id round); every text below is
invented to show one class."""

from __future__ import annotations


def test_the_honorific_jro_stays_out_of_the_name(label_id):
    text = (
        "Warga melapor kepada Jro Made Wirasana di balai desa.\n"
        "Setelah itu, Jro Wirasana pun menegaskan bahwa warga dilarang berkumpul di pantai selama hari raya."
    )
    result = label_id(text)
    assert "Made Wirasana" in result.texts("PERSON")
    assert not [name for name in result.texts("PERSON") if name.startswith("Jro")]
    assert "Wirasana" in result.texts("SPEAKER")


def test_a_customary_village_and_its_name_are_one_place_and_its_office_no_place(label_id):
    result = label_id("Kejadian itu dilaporkan ke Kelian Desa Adat Sumbersari yakni Jro Putu Wirasana.")
    assert result.texts("GPE") == ["Desa Adat Sumbersari"]
    assert "Putu Wirasana" in result.texts("PERSON")


def test_a_known_town_may_open_a_longer_banjar_name(label_id):
    result = label_id("Warga Banjar Dinas Tegal Linggah, Desa Sukamaju berkumpul di balai banjar.")
    assert result.texts("GPE") == ["Banjar Dinas Tegal Linggah", "Desa Sukamaju"]


def test_an_acronym_between_the_type_and_the_name_leaves_the_name_alone(label_id):
    result = label_id("Ketegangan mewarnai pemilihan Kelian Desa Adat (KDA) Sumbersari, Karangasem, pada Minggu.")
    assert "Sumbersari" in result.texts("GPE")
    assert not {"Desa Adat", "Kelian", "KDA"} & set(result.texts("GPE") + result.texts("ORG"))


def test_a_customary_village_without_a_name_is_no_place(label_id):
    result = label_id("Menurut aturan Desa Adat, setiap warga wajib hadir dalam rapat.")
    assert "Desa Adat" not in result.texts("GPE")


def test_a_second_set_of_initials_after_dan_is_a_person_too(label_id):
    result = label_id("Polisi mengamankan dua warga berinisial KT dan WR di pantai. Warga WR mengaku menyesal.")
    assert result.texts("PERSON") == ["KT", "WR", "WR"]
    # a rank before the second set leaves it to the rank's rule; a known place stays a place
    assert "NTT" not in label_id("Tersangka berinisial AB dan NTT ditahan.").texts("PERSON")


def test_a_known_district_alone_after_a_police_chiefs_title_is_the_place(label_id):
    result = label_id("Iptu Made Sudarma mengatakan sudah konfirmasi ke Kapolsek Kuta. Kasus itu selesai.")
    assert "Kuta" in result.texts("GPE")
    assert "Kuta" not in result.texts("PERSON")


def test_a_chief_called_by_his_surname_after_the_title_stays_a_person(label_id):
    text = "Kapolsek Oebobo AKP Rudi Kuta menolak diwawancarai. Kapolsek Kuta yang sedang berada di halaman langsung pergi."
    result = label_id(text)
    assert result.texts("GPE") == ["Oebobo"]
    assert result.texts("PERSON") == ["Rudi Kuta", "Kuta"]


def test_an_initial_without_its_stop_after_a_rank_opens_the_name(label_id):
    text = (
        "Kapolda Sulawesi Brigjen E Widodo Santoso mengatakan ribuan personel sudah disiagakan di seluruh kota.\n"
        "“Polisi akan menjaga setiap gereja,” katanya di Kupang."
    )
    result = label_id(text)
    assert "E Widodo Santoso" in result.texts("PERSON")
    assert result.resolved_speaker_of("Polisi akan menjaga setiap gereja,") == "E Widodo Santoso"


def test_a_regional_paper_in_small_letters_in_a_photo_credit(label_id):
    result = label_id("Semua pihak diminta tetap tenang. (Kerta Wijaya/balipost)")
    assert result.texts("PERSON") == ["Kerta Wijaya"]
    assert result.texts("ORG") == ["balipost"]


def test_a_long_village_name_spelt_out_by_its_acronym(label_id):
    result = label_id("Kejadian di dekat terminal Kota Kupang, Kelurahan Lahi Lai Besi Koepan (LLBK). Warga LLBK resah.")
    assert result.texts("GPE") == ["Kota Kupang", "Kelurahan Lahi Lai Besi Koepan", "LLBK", "LLBK"]
    # capitals that spell nothing before them leave the name at its usual length
    assert "KPU" not in label_id("Warga Kelurahan Lahi Lai Besi Koepan (KPU) berkumpul.").texts("GPE")


def test_a_place_adverb_without_a_comma_stays_out_of_the_speaker(label_id):
    text = (
        "Kompol Sari Wulandari meninjau lokasi. Di sana mantan Kasatlantas Polres Bangli ini menekankan "
        "polisi tidak pernah melarang warga beraktivitas."
    )
    result = label_id(text)
    quote = "polisi tidak pernah melarang warga beraktivitas"
    assert result.texts("SPEAKER") == ["mantan Kasatlantas Polres Bangli ini"]
    speaker = result.linked(result.span("QUOTE", quote), "SPEAKER")[0]
    assert [s.text for s in result.linked(speaker, "COREF")] == ["Sari Wulandari"]


def test_a_village_of_two_words_after_a_street_is_a_place(label_id):
    result = label_id("Petugas mendatangi kos-kosan di Jalan Kenanga Utara, Padangsambian Kaja. Warga berkumpul.")
    assert result.texts("GPE") == ["Padangsambian Kaja"]
    assert result.texts("PERSON") == []
    # a name the area lists do not hold stays a person's
    result = label_id("Rumah di Jalan Melati, Budi Santoso mengatakan sepi.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_residents_opening_a_sentence_are_the_whole_speaker(label_id):
    text = (
        "Hujan deras mengguyur kota itu sejak pagi hari. Warga setempat yang enggan disebutkan namanya "
        "mengatakan air sudah mulai surut sejak sore."
    )
    result = label_id(text)
    assert result.speaker_of("air sudah mulai surut sejak sore") == "Warga setempat yang enggan disebutkan namanya"


def test_a_counted_subject_and_its_verb_after_menyebutkan_are_a_report(label_id):
    text = (
        "Hujan deras mengguyur kota itu sejak pagi hari. Warga setempat menyebutkan sejumlah orang "
        "membakar mobil polisi dan merusak pos di sisi jalan."
    )
    result = label_id(text)
    quote = "sejumlah orang membakar mobil polisi dan merusak pos di sisi jalan"
    assert result.speaker_of(quote) == "Warga setempat"
    assert result.cue_of(quote) == "menyebutkan"
    # a counted object without a verb of its own is no report
    other = label_id("Hujan deras mengguyur kota itu sejak pagi hari. Ketua RT menyebutkan sejumlah nama yang akan dipanggil.")
    assert other.quotes() == [] and other.texts("CUE") == []


def test_a_balinese_sea_is_a_region_and_an_acronym_spelling_a_region_names_it(label_id):
    text = "Warga memancing di Segara Kawi, Kamis. Mereka lalu mendaki Gunung Batur Kaja (GBK). Jalur pendakian GBK sepi."
    result = label_id(text)
    assert result.texts("LOC") == ["Segara Kawi", "Gunung Batur Kaja", "GBK", "GBK"]
    assert result.texts("GPE") == []


def test_a_courtesy_word_in_a_photo_credit_names_no_one(label_id):
    result = label_id("Dua turis berkelahi di pantai. (BP/Istimewa)\nPetugas berjaga di lokasi. (BP/dok)")
    assert result.texts("ORG") == ["BP", "BP"]
    assert "Daerah Istimewa Yogyakarta" in label_id("Banjir di Daerah Istimewa Yogyakarta surut.").texts("GPE")


def test_initials_after_a_word_for_a_suspect_are_people(label_id):
    result = label_id("Penyidikan terhadap terduga teroris KT dan ZAR ditangani tim gabungan. Tempat penahanan KT dirahasiakan.")
    assert result.texts("PERSON") == ["KT", "ZAR", "KT"]
    assert label_id("Polisi memburu tersangka DPO itu ke hutan.").texts("PERSON") == []


def test_an_unknown_place_after_wilayah(label_id):
    result = label_id("Kejadian serupa juga terjadi di wilayah Sukamekar, Kuta Selatan.")
    assert result.texts("GPE") == ["Sukamekar", "Kuta Selatan"]


def test_a_month_in_small_letters_between_a_day_and_a_year(label_id):
    result = label_id("Laporan itu dibuat pada 01 april 2022 di kantor polisi.")
    assert result.texts("DATE") == ["01 april 2022"]
    # alone in small letters it stays a word
    assert label_id("Warga menanam padi pada april nanti.").texts("DATE") == []

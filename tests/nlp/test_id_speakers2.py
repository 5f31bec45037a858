"""Error classes of Indonesian direct-quote speakers found on fresh regional pages in the id_speakers2
round (read, never stored here); every text below is invented to show one class."""

from __future__ import annotations

from annotator.nlp.entities.people.entity_nicknames import loosely_spelled


def test_a_governor_called_by_his_initials_is_the_person_named_before(label_id):
    text = (
        "Gubernur Sukamaju Hendra Wira Lesmana (HWL) meninjau lokasi banjir, Senin.\n"
        "“Kita harus bekerja cepat membantu warga,” tegas Gubernur HWL di lokasi."
    )
    result = label_id(text)
    assert "Hendra Wira Lesmana" in result.texts("PERSON")
    assert result.speaker_of("Kita harus bekerja cepat membantu warga,") == "HWL"
    assert result.resolved_speaker_of("Kita harus bekerja cepat membantu warga,") == "Hendra Wira Lesmana"
    assert "HWL" not in result.texts("ORG")


def test_initials_with_a_further_letter_of_the_surname(label_id):
    text = (
        "Bupati Sukamaju Rahmat Dewa (RDW) menghadiri musyawarah desa.\n"
        "“Anggaran untuk jalan desa sudah kami siapkan,” kata RDW kepada wartawan."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Anggaran untuk jalan desa sudah kami siapkan,") == "Rahmat Dewa"


def test_initials_may_take_one_further_letter_of_a_word():
    assert loosely_spelled("Suhardi Duka", "SDK")
    assert not loosely_spelled("Budi Santoso", "SB")


def test_an_illness_or_a_neighbourhood_body_before_its_acronym_stays_untagged(label_id):
    text = (
        "Kasus Demam Berdarah Dengue (DBD) di Sukamaju naik.\n"
        "Ketua Rukun Tetangga (RT) setempat meminta warga membersihkan selokan."
    )
    result = label_id(text)
    assert not {"Demam Berdarah Dengue", "DBD", "Rukun Tetangga", "RT"} & set(result.texts("PERSON"))


def test_initials_that_spell_an_english_stop_word_are_the_speaker(label_id):
    text = "“Tidak ada pungutan apa pun,” kata kepala desa berinisial AS saat dikonfirmasi, Senin."
    result = label_id(text)
    assert result.speaker_of("Tidak ada pungutan apa pun,") == "AS"


def test_a_resident_named_after_the_city_without_a_comma(label_id):
    text = "“Air masuk ke rumah sejak subuh,” kata warga Manado Rini saat ditemui."
    result = label_id(text)
    assert result.speaker_of("Air masuk ke rumah sejak subuh,") == "Rini"
    assert "Manado" in result.texts("GPE")
    # A known place and one more word after a preposition is still one place.
    assert "Medan Maimun" in label_id("Banjir merendam rumah di Medan Maimun, Senin.").texts("GPE")


def test_a_village_head_in_apposition_after_an_opener(label_id):
    text = (
        "Warga Desa Karangjati menggelar musyawarah di balai desa, Senin.\n"
        "Sementara itu, Marjo, mantan Kades Karangjati dalam pemaparannya menyampaikan bahwa jalan desa rusak.\n"
        "“Kami sudah berkali-kali mengajukan perbaikan,” ujarnya."
    )
    result = label_id(text)
    assert "Marjo" in result.texts("PERSON")
    assert "Karangjati" not in result.texts("PERSON")
    assert result.resolved_speaker_of("Kami sudah berkali-kali mengajukan perbaikan,") == "Marjo"


def test_an_abbreviated_field_does_not_cut_a_description(label_id):
    text = "“Etika menjadi dasar kebijakan publik,” jelas lulusan Pasca Sarjana Bid. Ilmu Pemerintahan dari Universitas X itu."
    result = label_id(text)
    assert "Pasca Sarjana Bid" not in result.texts("PERSON")
    assert result.speaker_of("Etika menjadi dasar kebijakan publik,").startswith("lulusan Pasca Sarjana Bid. Ilmu")


def test_a_second_verb_after_dan_keeps_the_role_speaker(label_id):
    text = (
        "Gubernur Sukamaju Hendra Wijaya membuka rapat kerja.\n"
        "“Saya senang berada di tempat ini,” ungkap Gubernur dan berharap Bupati Rudi Hartono menjaga kinerja."
    )
    result = label_id(text)
    assert result.speaker_of("Saya senang berada di tempat ini,") == "Gubernur"
    assert result.resolved_speaker_of("Saya senang berada di tempat ini,") == "Hendra Wijaya"


def test_pula_after_a_role_speaker_is_no_part_of_it(label_id):
    text = "Camat Sukamaju meninjau pasar.\n“Harga harus tetap stabil,” tegas camat pula."
    result = label_id(text)
    assert result.speaker_of("Harga harus tetap stabil,") == "camat"


def test_a_place_run_into_a_name_both_named_before(label_id):
    text = (
        "Camat Karangjati Ir. Rina Lestari mengunjungi Polsek Sukamaju, Selasa.\n"
        "Saat di ruangan, camat Karangjati Rina Lestari mengungkapkan maksud kedatangannya.\n"
        "“Kami datang untuk bersilaturahmi,” ungkapnya."
    )
    result = label_id(text)
    assert "Karangjati Rina Lestari" not in result.texts("PERSON")
    assert result.resolved_speaker_of("Kami datang untuk bersilaturahmi,") == "Rina Lestari"


def test_a_quote_attributed_by_hal_itu_disampaikan_in_the_next_paragraph(label_id):
    text = (
        "Warga Sukamaju mengeluhkan pelayanan puskesmas.\n"
        "“Anggaran sudah kami usulkan ke provinsi.”\n"
        "Hal itu disampaikan Plt Kepala Dinas Kesehatan Kabupaten Bantul, Rina Lestari, kepada wartawan, Senin."
    )
    result = label_id(text)
    assert result.speaker_of("Anggaran sudah kami usulkan ke provinsi.") == "Rina Lestari"
    # Without a passive cue after it, `Hal itu` hands the quote nothing.
    other = label_id("“Anggaran sudah kami usulkan.”\nHal itu membuat warga kecewa.")
    assert other.speaker_of("Anggaran sudah kami usulkan.") is None


def test_an_association_before_its_chair_is_no_person(label_id):
    text = (
        "Hal itu diungkapkan Ketua Paguyuban Pedagang Pasar Baru, Rudi Hartono, Selasa.\n"
        "“Kami menolak relokasi,” ujar dia."
    )
    result = label_id(text)
    assert not any(name.startswith("Paguyuban") for name in result.texts("PERSON"))
    assert result.resolved_speaker_of("Kami menolak relokasi,") == "Rudi Hartono"


def test_a_long_relative_clause_closed_by_its_determiner_stays_in_the_role(label_id):
    text = (
        "Anggota DPRD Kabupaten Bantul, Rudi Hartono, menanggapi program bupati.\n"
        "“Programnya bagus, tetapi anggarannya belum dibahas,” ujar politikus yang kembali terpilih "
        "untuk masa jabatan lima tahun ke depan ini."
    )
    result = label_id(text)
    speaker = "politikus yang kembali terpilih untuk masa jabatan lima tahun ke depan ini"
    assert result.speaker_of("Programnya bagus, tetapi anggarannya belum dibahas,") == speaker
    assert result.resolved_speaker_of("Programnya bagus, tetapi anggarannya belum dibahas,") == "Rudi Hartono"


def test_a_suspect_who_is_only_acted_upon_is_not_the_next_pronoun(label_id):
    text = (
        "Kapolres Sleman AKBP Rudi Hartono mengatakan pelaku sudah ditangkap. "
        "Pelaku bernama Andi Wijaya diamankan di rumahnya.\n"
        "“Pelaku kami amankan tanpa perlawanan,” ujar dia."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Pelaku kami amankan tanpa perlawanan,") == "Rudi Hartono"
    # A suspect who acts is still the one a following pronoun stands for.
    acting = label_id(
        "Kapolres Sleman AKBP Rudi Hartono mengatakan pelaku sudah ditangkap. "
        "Pelaku bernama Andi Wijaya mengaku menyesal.\n"
        "“Saya khilaf,” ujar dia."
    )
    assert acting.resolved_speaker_of("Saya khilaf,") == "Andi Wijaya"

"""Error classes of the ninth batch's Indonesian pages (b9id round); every text below is invented
to show one class."""

from __future__ import annotations


def test_an_airline_named_x_air_is_an_organisation(label_id):
    text = (
        "Pesawat Merpati Raya Air jatuh di Kabupaten Puncak.\n\n"
        "Sebelumnya, penumpang pesawat Lion Air dan Cendrawasih Air tiba dengan selamat, kata petugas bandara."
    )
    result = label_id(text)
    assert {"Merpati Raya Air", "Lion Air", "Cendrawasih Air"} <= set(result.texts("ORG"))
    assert not [name for name in result.texts("PERSON") if name.endswith("Air")]


def test_air_is_water_in_a_text_that_is_not_about_flying(label_id):
    result = label_id("Warga Kampung Sumber Air mengeluhkan pasokan dari Perusahaan Daerah Air Minum.")
    assert not [name for name in result.texts("ORG") if name.endswith(" Air")]


def test_air_going_on_into_a_longer_name_is_no_airline(label_id):
    result = label_id("Pilot itu mengunjungi Air Terjun Sekar Langit sebelum terbang ke Jayapura.")
    assert not [name for name in result.texts("ORG") if "Air" in name]


def test_a_dotted_police_rank_stays_out_of_the_name(label_id):
    result = label_id("Kapolda Sulawesi Tengah Irjen. Rudi Hartawan meninjau pos pengamanan pada malam takbiran.")
    assert "Rudi Hartawan" in result.texts("PERSON")


def test_the_old_city_police_name_is_a_unit_with_its_place(label_id):
    text = (
        "Solo (Espos)–Jajaran Poltabes Solo mengusut perusakan itu. "
        "Demikian ditegaskan Kapoltabes Solo, Kombes Pol Hadi Santoso kepada Espos."
    )
    result = label_id(text)
    assert "Poltabes Solo" in result.texts("ORG")
    assert "Hadi Santoso" in result.texts("PERSON")
    assert not [name for name in result.texts("PERSON") if "Solo" in name or "Jajaran" in name]


def test_an_adverb_after_a_title_or_opening_a_sentence_is_no_name(label_id):
    text = (
        "Kapolda Irjen Bambang Wicaksono berkeliling kota. Mendadak Bambang berhenti di alun-alun. "
        "Kapolda Langsung membeli semua dagangan."
    )
    result = label_id(text)
    assert "Langsung" not in result.texts("PERSON")
    assert "Mendadak Bambang" not in result.texts("PERSON")


def test_a_holiday_security_post_is_a_facility(label_id):
    result = label_id("Kapolda juga mengunjungi Pospam Simpang Lima dan Pospam Tugu Tani pada malam itu.")
    assert result.texts("PERSON") == []


def test_the_balinese_honorific_jero_stays_out_of_the_name(label_id):
    result = label_id("Laporan itu dibuat oleh Jero Nyoman Suardana, kelian desa adat setempat.")
    assert "Nyoman Suardana" in result.texts("PERSON")
    assert not [name for name in result.texts("PERSON") if name.startswith("Jero")]


def test_initials_after_a_verb_of_arrest_are_a_person_everywhere(label_id):
    text = (
        "Polres Kota Maju menangkap FA, pemuda pembawa spanduk dalam unjuk rasa itu. "
        "Kapolres membenarkan penangkapan FA. Menurut polisi, FA sempat ikut aksi dua kali."
    )
    result = label_id(text)
    assert result.texts("PERSON").count("FA") == 3


def test_an_armed_group_arrested_by_its_acronym_is_no_person(label_id):
    result = label_id("Aparat gabungan menangkap KKB yang menyerang pos di Intan Jaya.")
    assert "KKB" not in result.texts("PERSON")


def test_a_lone_name_after_a_crew_or_victim_noun_is_a_person(label_id):
    text = (
        "Dua awak tewas, yakni pilot Hendrawan dan kopilot Rasyid. "
        "Jenazah pilot Hendrawan dievakuasi lebih dulu, sedangkan jenazah Rasyid menyusul."
    )
    result = label_id(text)
    assert result.texts("PERSON").count("Hendrawan") == 2
    assert result.texts("PERSON").count("Rasyid") == 2


def test_a_name_with_a_particle_is_whole_where_it_is_found_again(label_id):
    text = (
        "Petani di Desa Wolomude, Kecamatan Kewapante, Yohanes da Silva saat ditemui di kebunnya.\n\n"
        "“Kami butuh air,” harap Yohanes da Silva, petani jagung."
    )
    result = label_id(text)
    assert result.texts("PERSON").count("Yohanes da Silva") == 2
    assert "Silva" not in result.texts("PERSON")


def test_berdalih_and_katakan_before_a_clause_report_speech(label_id):
    text = (
        "Polisi berdalih masih melakukan penelusuran lebih lanjut.\n\n"
        "Markus katakan, dirinya bersama kelompok tani sudah membuat proposal."
    )
    result = label_id(text)
    assert "masih melakukan penelusuran lebih lanjut" in result.texts("QUOTE")
    assert "dirinya bersama kelompok tani sudah membuat proposal" in result.texts("QUOTE")
    assert {"berdalih", "katakan"} <= set(result.texts("CUE"))


def test_the_topic_opening_a_sentence_stays_out_of_the_report(label_id):
    result = label_id("Terkait peran sekolah itu sendiri, Suryani mengatakan, ada tiga tugas utama di masyarakat.")
    assert result.texts("QUOTE") == ["ada tiga tugas utama di masyarakat"]
    assert result.texts("SPEAKER") == ["Suryani"]


def test_menurut_in_small_letters_between_commas_stands_inside_the_report(label_id):
    result = label_id("Angin kencang itu, menurut Wulandari, dapat memicu gelombang tinggi di perairan selatan.")
    assert result.texts("QUOTE") == ["Angin kencang itu, menurut Wulandari, dapat memicu gelombang tinggi di perairan selatan"]
    assert result.texts("CUE") == ["menurut"]
    assert result.texts("SPEAKER") == ["Wulandari"]


def test_menurut_before_an_apposition_is_not_read_as_inside_the_report(label_id):
    result = label_id("Hal itu, menurut Budi, warga desa setempat, sudah lama terjadi.")
    assert "Hal itu, menurut Budi, warga desa setempat, sudah lama terjadi" not in result.texts("QUOTE")


def test_hal_itu_disampaikan_reports_the_sentence_before_it_in_the_paragraph(label_id):
    text = (
        "Sorong, Kabar Timur – Polisi menahan tiga pemuda di Sorong pada Senin (4/3/2024). "
        "Ketiga pemuda itu akhirnya dilepas pada Senin malam. "
        "Hal itu disampaikan Direktur LBH Cahaya Sorong, Markus Wanggai saat dihubungi, Senin malam."
    )
    result = label_id(text)
    assert result.texts("QUOTE") == ["Ketiga pemuda itu akhirnya dilepas pada Senin malam"]
    assert result.texts("CUE") == ["disampaikan"]
    assert result.texts("SPEAKER") == ["Markus Wanggai"]


def test_hal_itu_disampaikan_after_the_lead_or_in_a_new_paragraph_reports_nothing(label_id):
    text = (
        "MAKASSAR - Dinas Kesehatan ingatkan warga untuk waspada terhadap demam berdarah. "
        "Hal ini diungkapkan Kepala Dinas Kesehatan, Rudi Hartono dalam keterangannya.\n\n"
        "Warga diminta menguras bak mandi.\n\n"
        "Hal tersebut disampaikan Rudi saat meninjau puskesmas."
    )
    result = label_id(text)
    assert result.texts("QUOTE") == []


def test_a_village_and_district_of_one_name_give_the_name_alone(label_id):
    result = label_id("Pelapor merupakan warga Desa/Kecamatan Sukamerta yang tinggal di dekat pasar.")
    assert result.texts("GPE") == ["Sukamerta"]


def test_an_airline_in_a_headline_before_its_verb(label_id):
    result = label_id("Pesawat Merpati Raya Air Tergelincir di Bandara Sentani\n\nPesawat itu tergelincir saat mendarat.")
    assert "Merpati Raya Air" in result.texts("ORG")


def test_the_police_as_speaker_resolve_to_the_unit_named_before(label_id):
    text = (
        "Polres Metro Bekasi Kota menangkap seorang pemuda di Bekasi pada Selasa. "
        "Kasat Reskrim Polres Bekasi Kota AKBP Hari Santoso membenarkan penangkapan itu.\n\n"
        "Kepolisian mengklaim pemuda itu sudah lulus dari sekolahnya."
    )
    result = label_id(text)
    assert "pemuda itu sudah lulus dari sekolahnya" in result.texts("QUOTE")
    assert result.resolved_speaker_of("pemuda itu sudah lulus dari sekolahnya") == "Polres Metro Bekasi Kota"


def test_special_autonomy_is_no_place_but_its_province_is(label_id):
    result = label_id("Mahasiswa menolak pemekaran dan Otonomi Khusus (Otsus) Papua di Nabire.")
    assert "Papua" in result.texts("GPE")
    assert not [name for name in result.texts("GPE") if "Otonomi" in name or "Otsus" in name]


def test_a_building_after_gedung_is_no_person_and_a_body_in_it_still_is(label_id):
    result = label_id("Massa merusak gedung Wisnu Mandala dan berunjuk rasa di depan gedung DPR-RI.")
    assert "Wisnu Mandala" not in result.texts("PERSON")
    assert "DPR-RI" in result.texts("ORG")


def test_a_three_word_clause_with_a_predicate_word_is_reported(label_id):
    result = label_id("Rudi Hartono hadir. Namun, Rudi membantah FA masih siswa. Polisi mengklaim dia sudah lulus.")
    assert {"FA masih siswa", "dia sudah lulus"} <= set(result.texts("QUOTE"))


def test_a_three_word_object_is_still_no_report(label_id):
    result = label_id("Rudi Hartono membantah tuduhan itu keras.")
    assert result.texts("QUOTE") == []


def test_a_site_slogan_with_no_before_a_number_names_no_one(label_id):
    result = label_id("Maluku No. 1 News Portal | Kabar Timur\n\nWarga tinggal di Jalan Pattimura No. 5, Ambon.")
    assert not [name for name in result.texts("PERSON") if "No" in name.split() or "Portal" in name]
    assert "Maluku" in result.texts("GPE")


def test_a_long_name_with_one_letter_typed_in_resolves_to_the_full_name(label_id):
    text = (
        "Kasubag Humas Polres Tabanan, Iptu Made Sudiartana mengatakan, polisi telah menetapkan tersangka dalam kasus ini.\n"
        "Iptu Sudiarthana menambahkan, penetapan tersangka ini berdasarkan hasil gelar perkara."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("penetapan tersangka ini berdasarkan hasil gelar perkara") == "Made Sudiartana"

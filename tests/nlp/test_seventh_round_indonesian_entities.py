"""Entity error classes of the seventh round of issue 11 (the fifth batch of real Indonesian pages
and fresh regional pages), each on invented sentences."""

from __future__ import annotations


def test_a_written_unit_and_its_body_are_one_organisation(label_id):
    result = label_id(
        "Kepala Bidang Pemasaran Dinas Pertanian Kabupaten Sidomaju Rudi Hartawan meninjau pasar. "
        "Hal itu disampaikan Kepala Pusat Data, Informasi, dan Humas BNPB Joko Santiko kepada wartawan. "
        "Ketua Satgas Pangan Polres Sidomaju, Agus Riyanto, ikut hadir."
    )
    assert result.texts("ORG") == [
        "Bidang Pemasaran Dinas Pertanian Kabupaten Sidomaju",
        "Pusat Data, Informasi, dan Humas BNPB",
        "Satgas Pangan Polres Sidomaju",
    ]
    assert result.texts("PERSON") == ["Rudi Hartawan", "Joko Santiko", "Agus Riyanto"]


def test_a_unit_folded_into_an_abbreviated_title_leaves_the_body_alone(label_id):
    result = label_id("Kabid Humas Polda Sidomaju Kombes Rudi Hartawan membenarkan hal itu.")
    assert result.texts("ORG") == ["Polda Sidomaju"]
    assert result.texts("PERSON") == ["Rudi Hartawan"]


def test_a_unit_with_no_body_after_it_is_no_organisation(label_id):
    result = label_id("Deputi Bidang Logistik dan Peralatan Rudi Hartawan datang ke lokasi.")
    assert result.texts("ORG") == []
    assert result.texts("PERSON") == ["Rudi Hartawan"]


def test_the_head_after_a_unit_with_commas_speaks(label_id):
    text = "“Stok aman,” ujar Kepala Pusat Data, Informasi, dan Humas BNPB Joko Santiko di Jakarta."
    assert label_id(text).speaker_of("Stok aman,") == "Joko Santiko"


def test_regional_clubs_by_their_shape_are_organisations(label_id):
    result = label_id(
        "Persatu Tuban kalah dari Babel United (1-2), sedangkan Perserang Serang menang. "
        "Pelatih Persipa Pati Rudi Hartawan meminta maaf. Persiapan Jakarta sudah matang."
    )
    assert result.texts("ORG") == ["Persatu Tuban", "Babel United", "Perserang Serang", "Persipa Pati"]
    assert result.texts("PERSON") == ["Rudi Hartawan"]


def test_club_nicknames_with_laskar_or_pasukan_are_organisations(label_id):
    result = label_id("Laskar Saburai menang 2-0, sementara Pasukan Kutaraja bermain imbang. Pasukan itu kelelahan.")
    assert result.texts("ORG") == ["Laskar Saburai", "Pasukan Kutaraja"]
    assert result.texts("PERSON") == []


def test_a_village_head_names_the_village_with_its_type_then_the_person(label_id):
    result = label_id(
        "Hal itu dibenarkan Kepala Desa Mekarsari Kecamatan Sukajadi Warsono. "
        "Kepala Desa Tegalwangi, Rudi Hartawan mengatakan warga sudah mengungsi. "
        "Kepala Desa menolak berkomentar."
    )
    assert result.texts("GPE") == ["Desa Mekarsari", "Kecamatan Sukajadi", "Desa Tegalwangi"]
    assert result.texts("PERSON") == ["Warsono", "Rudi Hartawan"]


def test_a_place_in_a_chain_of_role_and_unit_stops_before_the_name(label_id):
    result = label_id("Ketua PKK Kecamatan Wayjaya Rina Hartati hadir dalam rapat itu. Warga Desa Sukamaju Baru hadir.")
    assert result.texts("ORG") == ["PKK Kecamatan Wayjaya"]  # a unit and its place are one ORG
    assert result.texts("PERSON") == ["Rina Hartati"]
    assert result.texts("GPE") == ["Desa Sukamaju Baru"]  # no chain before it: the whole name


def test_a_district_beside_its_regency_is_a_place_of_its_own(label_id):
    result = label_id(
        "Warga Karanggayam Kebumen, Sutini menyebut rumahnya retak. "
        "Angin kencang merusak atap di Desa Sukajaya, Lembang, Kabupaten Bandung Barat pada pagi hari."
    )
    assert result.texts("GPE") == ["Karanggayam", "Kebumen", "Desa Sukajaya", "Lembang", "Kabupaten Bandung Barat"]
    assert result.texts("PERSON") == ["Sutini"]


def test_a_name_before_a_regency_stays_a_name(label_id):
    result = label_id("Rudi Kebumen datang ke Desa Sukajaya, Budi, Kabupaten Bandung Barat.")
    assert "Budi" not in result.texts("GPE")


def test_capitals_with_an_age_after_them_are_initials_of_a_person(label_id):
    result = label_id("Polisi menangkap RN (22) dan AS (31) di rumahnya. Siswa Kelas II (2) tidak terlibat.")
    assert result.texts("PERSON") == ["RN", "AS"]
    assert result.texts("GPE") == []


def test_a_day_with_a_space_inside_its_bracket_is_one_date(label_id):
    result = label_id("Rapat digelar Senin ( 12/4/21) di kantor camat.")
    assert result.texts("DATE") == ["Senin ( 12/4/21)"]


def test_prayer_times_scales_and_caption_credits_are_no_names(label_id):
    result = label_id(
        "Gempa terasa selepas Shalat Isya dengan kekuatan 5,1 Skala Richter.\n\n"
        "Foto: Dok Istimewa\n\n"
        "Kekalahan Itu Menjadi Pelajaran"
    )
    assert result.texts("PERSON") == []


def test_a_school_in_a_headline_ends_at_its_place(label_id):
    result = label_id("Kuota PPDB SMPN 2 Kendal Penuh, Wali Murid Protes\n\nKendal - Sekolah itu menolak calon siswa.")
    assert result.texts("ORG") == ["SMPN 2 Kendal"]


def test_a_headline_word_after_a_village_head_is_no_village(label_id):
    result = label_id("Bupati Minta Kepala Desa Harus Tinggal di Desa\n\nPara kepala desa harus hadir setiap hari.")
    assert not [text for text in result.texts("GPE") if text.startswith("Desa ")]


def test_a_balinese_name_after_a_place_and_a_comma_is_a_person(label_id):
    result = label_id("Dua pemain asal Bali, I Ketut Sudarma dan Rudi Hartawan, didatangkan klub itu.")
    assert result.texts("PERSON") == ["I Ketut Sudarma", "Rudi Hartawan"]


def test_prayer_houses_and_abbreviated_types_end_no_place(label_id):
    result = label_id("Pencurian terjadi di Mushola Nurul Iman, Desa Sukasari Kab. Cianjur.")
    assert result.texts("GPE")[0] == "Desa Sukasari"
    assert "Mushola Nurul Iman" not in result.texts("GPE")


def test_a_press_office_in_a_photo_credit_is_an_organisation(label_id):
    result = label_id("Rektor meninjau gedung baru kampus itu. (Humas Unpad/Rina Hartati)")
    assert result.texts("ORG") == ["Humas Unpad"]
    assert result.texts("PERSON") == ["Rina Hartati"]


def test_a_portfolio_short_form_in_a_title_opens_no_name(label_id):
    result = label_id("Dirjen Dikti Kemendikbud Rudi Hartawan meresmikan gedung itu.")
    assert result.texts("PERSON") == ["Rudi Hartawan"]
    assert result.texts("ORG") == ["Kemendikbud"]


def test_a_known_body_after_a_nickname_head_is_the_organisation(label_id):
    result = label_id("Sebanyak 20 Pasukan Damkar dikerahkan ke lokasi. Petugas Damkar berjaga sampai pagi.")
    assert result.texts("ORG") == ["Damkar", "Damkar"]
    assert result.texts("PERSON") == []


def test_a_council_body_before_its_council_is_one_organisation(label_id):
    result = label_id(
        "Rapat Banggar DPRD Kota Malang berlangsung alot. Ketua Banggar DPRD Sleman Rudi Hartawan menolak usulan itu."
    )
    assert result.texts("ORG") == ["Banggar DPRD Kota Malang", "Banggar DPRD Sleman"]
    assert result.texts("PERSON") == ["Rudi Hartawan"]


def test_a_body_in_mixed_case_before_a_place_type_is_an_organisation(label_id):
    result = label_id("Ketua Hipmi Kecamatan Wayjaya Rina Hartati menyerahkan bantuan itu.")
    assert result.texts("ORG") == ["Hipmi Kecamatan Wayjaya"]
    assert result.texts("PERSON") == ["Rina Hartati"]

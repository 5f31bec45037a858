"""Error classes of Indonesian direct-quote speakers found on fresh regional pages in the id_speakers3
round (read, never stored here); every text below is invented to show one class."""

from __future__ import annotations


def test_a_clitic_after_a_bare_role_subject_is_the_person_that_role_names(label_id):
    text = (
        "Kapolres Sukamaju AKBP Hendra Wijaya menggelar silaturahmi di Aula Polres, Jumat.\n"
        "Kegiatan itu dihadiri Wakapolres Sukamaju Kompol Rudi Hartono dan para kepala desa.\n"
        "Dalam sambutannya Kapolres Sukamaju mengajak warga menjaga keamanan menjelang pemilu.\n"
        "“Kami butuh dukungan semua pihak agar pemilu berjalan damai,” ucapnya."
    )
    result = label_id(text)
    quote = "Kami butuh dukungan semua pihak agar pemilu berjalan damai,"
    assert result.speaker_of(quote) == "ucapnya"
    assert result.resolved_speaker_of(quote) == "Hendra Wijaya"  # not the deputy named last


def test_a_role_with_its_acronym_after_an_opener_names_the_guest_listed_before(label_id):
    text = (
        "Acara itu dihadiri Ketua Ikatan Nelayan Sukamaju (INS) Kabupaten Sleman Agus Salim.\n"
        "“Kami berterima kasih atas bantuan perahu ini,” kata Bupati Sleman Darmawan Putra.\n"
        "Sementara Ketua Ikatan Nelayan Sukamaju (INS) dalam sambutannya menyambut baik bantuan itu.\n"
        "“Perahu ini sangat membantu nelayan kecil,” ungkapnya."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Perahu ini sangat membantu nelayan kecil,") == "Agus Salim"


def test_a_role_subject_in_the_quote_paragraph_itself(label_id):
    text = (
        "Bupati Sleman Darmawan Putra meresmikan pasar baru, Senin.\n"
        "“Pasar ini milik warga,” kata Camat Depok Budi Santoso.\n"
        "Selain itu, Bupati Sleman meminta pedagang menjaga kebersihan. “Jangan buang sampah ke sungai,” katanya."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Jangan buang sampah ke sungai,") == "Darmawan Putra"


def test_a_deputy_or_a_role_acted_upon_is_no_subject_for_the_clitic(label_id):
    text = (
        "Kapolres Bantul AKBP Hendra Wijaya memimpin apel pagi.\n"
        "“Semua personel siaga,” kata Kasat Reskrim AKP Dodi Pratama.\n"
        "Wakil Ketua DPRD Bantul meminta warga tenang.\n"
        "“Percayakan pada polisi,” ujarnya.\n"
        "Kapolres Bantul dilaporkan warga ke Propam.\n"
        "“Laporan itu sedang kami pelajari,” katanya."
    )
    result = label_id(text)
    # `Wakil Ketua` is no `Ketua` named anywhere, and a role followed by a passive verb is acted
    # upon: both quotes keep the speaker before them.
    assert result.resolved_speaker_of("Percayakan pada polisi,") == "Dodi Pratama"
    assert result.resolved_speaker_of("Laporan itu sedang kami pelajari,") == "Dodi Pratama"


def test_dirinya_opening_a_sentence_is_a_pronoun_not_a_person(label_id):
    text = (
        "Camat Sukamaju, Rudi Hartono, mengatakan jalan desa rusak berat.\n\n"
        "Dirinya menambahkan, perbaikan akan dimulai bulan depan.\n\n"
        "“Kami sudah usulkan ke dinas,” tutupnya."
    )
    result = label_id(text)
    assert "Dirinya" not in result.texts("PERSON")
    assert result.resolved_speaker_of("Kami sudah usulkan ke dinas,") == "Rudi Hartono"


def test_seperti_disampaikan_names_the_speaker_of_the_quote_after_it(label_id):
    text = "Seperti disampaikan Bupati Sleman Darmawan Putra, “Kami siap mengamankan pemilu.”"
    result = label_id(text)
    assert result.speaker_of("Kami siap mengamankan pemilu.") == "Darmawan Putra"
    # With no one after it, `Seperti disampaikan` is no speech.
    assert not label_id("Seperti disampaikan sebelumnya, jalan itu ditutup sejak Senin.").texts("QUOTE")


def test_another_of_a_kind_is_no_one_named_before(label_id):
    text = (
        "Dimas, seorang pedagang sayur, tampak lesu.\n"
        "“Pembeli makin sepi,” ujar Dimas.\n"
        "“Harga bawang juga naik,” sambung penjual lainnya."
    )
    result = label_id(text)
    assert result.speaker_of("Harga bawang juga naik,") == "penjual lainnya"
    assert result.resolved_speaker_of("Harga bawang juga naik,") == "penjual lainnya"


def test_a_local_role_before_a_comma_names_the_person_after_it(label_id):
    text = (
        "Warga berkerumun di depan rumah itu.\n"
        "Ketua RW setempat, Sarwono, mengakui ada pencurian semalam.\n"
        "“Motor warga hilang dari garasi,” ujarnya."
    )
    result = label_id(text)
    assert "Sarwono" in result.texts("PERSON")
    assert result.resolved_speaker_of("Motor warga hilang dari garasi,") == "Sarwono"


def test_a_passive_speech_verb_in_the_paragraph_brings_in_the_speaker_of_the_clitic(label_id):
    text = (
        "Tim kalah lagi. Tidak diturunkan Rafael di laga tandang itu, disampaikan pelatih Joko Susilo "
        "sebab ia masih cedera. “Dia butuh istirahat dua pekan,” terangnya."
    )
    result = label_id(text)
    # Rafael opens the sentence but is acted upon; the coach is brought in by `disampaikan`.
    assert result.resolved_speaker_of("Dia butuh istirahat dua pekan,") == "Joko Susilo"


def test_the_speaker_is_the_officer_before_didampingi_not_the_companion(label_id):
    text = (
        "Polisi menangkap dua pelaku pencurian.\n"
        "“Kami menemukan barang bukti di rumah pelaku,” ujar Kapolsek Depok Iptu Bambang Wibowo "
        "didampingi Kasi Humas Polresta Sleman Iptu Dewi Anggraini."
    )
    result = label_id(text)
    assert result.speaker_of("Kami menemukan barang bukti di rumah pelaku,") == "Bambang Wibowo"


def test_a_subject_with_a_companion_before_the_speech_verb(label_id):
    text = (
        "Kapolres Sleman AKBP Budi Santoso didampingi Kasat Reskrim AKP Joko Susilo mengatakan, "
        "pelaku ditangkap di rumahnya.\n"
        "“Kami menemukan barang bukti di rumah pelaku,” ujarnya."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kami menemukan barang bukti di rumah pelaku,") == "Budi Santoso"


def test_a_pious_phrase_opening_a_sentence_is_no_person(label_id):
    text = "Insya Allah, kata Bupati, jembatan itu rampung Juni.\n“Kami kejar target,” ujar Bupati."
    result = label_id(text)
    assert "Insya Allah" not in result.texts("PERSON")
    assert result.resolved_speaker_of("Kami kejar target,") == "Bupati"


def test_a_company_named_elsewhere_is_cut_from_the_person_after_it(label_id):
    text = (
        "PT Sinar Jaya menyalurkan bantuan ke warga Pangkep.\n"
        "“Bantuan ini rutin kami berikan,” tutur Manajer Humas PT Sinar Jaya Budi Santoso.\n"
        "Budi menambahkan, bantuan diberikan tiap bulan."
    )
    result = label_id(text)
    assert result.speaker_of("Bantuan ini rutin kami berikan,") == "Budi Santoso"
    assert "Sinar Jaya Budi Santoso" not in result.texts("PERSON")


def test_a_club_named_elsewhere_is_cut_but_a_first_name_stays(label_id):
    text = (
        "Sriwijaya FC kalah 0-1 di kandang sendiri. Mario Lopez kecewa.\n"
        "“Kami bermain bagus di babak pertama,” kata pelatih Sriwijaya Mario Gomez Lopez.\n"
        "Bupati Sleman Ahmad Rizal Fauzi menonton laga itu. “Laga yang seru,” kata Rizal."
    )
    result = label_id(text)
    assert result.speaker_of("Kami bermain bagus di babak pertama,") == "Mario Gomez Lopez"
    # `Ahmad` is named in no organisation: the full name stays whole.
    assert result.resolved_speaker_of("Laga yang seru,") == "Ahmad Rizal Fauzi"


def test_a_name_swallowed_by_a_health_centre_after_its_place(label_id):
    result = label_id("“Stok obat masih cukup,” kata Kepala Puskesmas Depok Budi Santoso kepada wartawan.")
    assert result.speaker_of("Stok obat masih cukup,") == "Budi Santoso"
    assert "Puskesmas Depok" in result.texts("ORG")


def test_a_name_swallowed_by_a_hospital_the_text_names_on_its_own(label_id):
    text = (
        "RSUD Sukamaju kewalahan menampung pasien.\n"
        "“Kamar sudah penuh sejak pekan lalu,” kata Direktur Utama RSUD Sukamaju Ahmad Fauzi, Senin."
    )
    result = label_id(text)
    assert result.speaker_of("Kamar sudah penuh sejak pekan lalu,") == "Ahmad Fauzi"
    # With no known place and no separate mention of the health centre, the role stays the speaker
    # (after a known place, `Kepala Puskesmas Depok Jaya`, the word after it is taken for the name).
    alone = label_id("“Kamar sudah penuh,” kata Kepala Puskesmas Sukamaju Jaya.")
    assert alone.speaker_of("Kamar sudah penuh,") == "Kepala Puskesmas Sukamaju Jaya"


def test_the_doctor_after_a_role_and_a_comma_is_the_speaker(label_id):
    result = label_id("“Ruang isolasi sudah siap,” kata Kepala Dinas Kesehatan Sleman, dr. Hendra Wijaya, Kamis (19/3).")
    assert result.speaker_of("Ruang isolasi sudah siap,") == "Hendra Wijaya"
    spaced = label_id("“Ruang isolasi sudah siap,” kata Kepala Dinas Kesehatan (Dinkes) , drg. Rina Lestari, Kamis.")
    assert spaced.speaker_of("Ruang isolasi sudah siap,") == "Rina Lestari"


def test_a_small_letter_role_ending_with_a_doctor_and_a_name(label_id):
    result = label_id("“Vaksin sudah tiba,” ujar kadis kesehatan Provinsi Jambi dr Rahmat kepada wartawan, Sabtu.")
    assert result.speaker_of("Vaksin sudah tiba,") == "Rahmat"
    assert "Rahmat" in result.texts("PERSON")



def test_a_name_spelt_with_a_final_h_is_the_same_person(label_id):
    text = (
        "Anggota DPRD Sukamaju, Indra Wijaya, menyambut kabar itu.\n"
        "“Ini kabar baik bagi nelayan,” kata Indrah, Selasa."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Ini kabar baik bagi nelayan,") == "Indra Wijaya"

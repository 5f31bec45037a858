"""Error classes of Indonesian direct-quote speakers found on fresh real pages in the eighth round
(regional and national pages from outlets on neither side of the real set, read, never stored
here); every text below is invented to show one class."""

from __future__ import annotations

from annotator.nlp.analysis import Mention
from annotator.nlp.coref.coref_salience import named_as_kin


def test_a_person_named_after_a_kinship_word_is_not_who_speaks_next(label_id):
    text = (
        "Rina Lestari menolak menjawab soal rumah tangganya. Namun, istri Andi Wijaya tersebut akhirnya bicara.\n"
        '"Kami baik-baik saja," ujarnya.\n'
        '"Doakan saja," kata istri Andi Wijaya itu.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kami baik-baik saja,") == "Rina Lestari"
    assert result.speaker_of("Doakan saja,") == "istri Andi Wijaya itu"
    assert result.resolved_speaker_of("Doakan saja,") == "Rina Lestari"


def test_a_friend_of_someone_opening_a_report_is_the_earlier_speaker(label_id):
    text = (
        "Rahmat Hidayat mendaftar sebagai bakal calon wali kota, Sabtu (7/12).\n"
        '"Saya siap bertarung di Pilkada tahun depan," ujar Rahmat.\n'
        "Sahabat karib Budi Santoso itu menilai dukungan partai sudah bulat.\n"
        '"Dukungan warga terus bertambah," tegas mantan anggota DPRD itu.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Dukungan warga terus bertambah,") == "Rahmat Hidayat"


def test_a_name_after_an_honorific_still_speaks(label_id):
    text = 'Bupati Sukamaju Bapak Hendra Wijaya meninjau banjir.\n"Bantuan sudah dikirim," kata Bapak Hendra Wijaya.'
    result = label_id(text)
    assert result.resolved_speaker_of("Bantuan sudah dikirim,") == "Hendra Wijaya"


def test_a_surname_that_is_a_region_head_ends_the_name(label_id):
    text = (
        "Kapolres Sukamaju AKBP Doli M Tanjung memberikan klarifikasi.\n"
        '"Anggota kami bertindak sesuai prosedur," ujar AKBP Doli M Tanjung.\n'
        "Kapal itu bersandar di Tanjung Harapan sejak pagi."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Anggota kami bertindak sesuai prosedur,") == "Doli M Tanjung"
    assert "Doli M Tanjung" in result.texts("PERSON")
    assert "Tanjung Harapan" not in result.texts("PERSON")


def test_a_speaker_brought_in_by_a_passive_verb_is_the_next_pronoun(label_id):
    text = (
        "Kuasa hukum korban, Dedi Mulyadi, meminta polisi mengusut tuntas.\n"
        '"Kami minta pelaku dihukum berat," tegasnya.\n'
        "Hal itu juga dibenarkan oleh Kanit Reskrim Polsek Bantul Ipda Yoga Pratama.\n"
        '"Barang bukti sudah kami sita," ujarnya.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kami minta pelaku dihukum berat,") == "Dedi Mulyadi"
    assert result.resolved_speaker_of("Barang bukti sudah kami sita,") == "Yoga Pratama"


def test_a_person_after_a_passive_verb_with_other_words_between_is_not_brought_in(label_id):
    text = (
        "Kuasa hukum korban, Dedi Mulyadi, meminta polisi mengusut tuntas.\n"
        '"Kami minta pelaku dihukum berat," tegasnya.\n'
        "Laporan itu disampaikan ke kantor polisi bersama saksi Yoga Pratama.\n"
        '"Kami punya rekaman CCTV," ujarnya.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kami punya rekaman CCTV,") == "Dedi Mulyadi"


def test_the_press_asking_is_not_resolved_to_a_person(label_id):
    text = (
        "Wakil Bupati Bantul Rina Marlina meminta pedagang menjaga kebersihan.\n"
        '"Apakah kios dipungut biaya?" tanya wartawan.\n'
        '"Gratis selama setahun," jawabnya.'
    )
    result = label_id(text)
    assert result.speaker_of("Apakah kios dipungut biaya?") == "wartawan"
    assert result.resolved_speaker_of("Apakah kios dipungut biaya?") == "wartawan"
    assert result.resolved_speaker_of("Gratis selama setahun,") == "Rina Marlina"


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name(label_id):
    text = (
        "Kapolda Sumatera Selatan Irjen Hendra Gunawan dilantik, Jumat (1/11).\n"
        "Awalnya Hendra mengucapkan terima kasih kepada Kapolri.\n"
        '"Saya siap menjalankan tugas ini," kata mantan Kapolres Bantul tersebut.\n'
        "Termasuk Rahmat Hidayat, pejabat yang hadir memberi selamat.\n"
        '"Selamat bertugas," ujar Rahmat.'
    )
    result = label_id(text)
    assert "Awalnya Hendra" not in result.texts("PERSON")
    assert result.resolved_speaker_of("Saya siap menjalankan tugas ini,") == "Hendra Gunawan"
    assert result.resolved_speaker_of("Selamat bertugas,") == "Rahmat Hidayat"


def test_nama_opening_the_sentence_is_no_part_of_the_name(label_id):
    text = 'Nama Wati, seorang ibu di Depok, mendadak viral.\n"Saya sudah lama curiga," tutur Wati.'
    result = label_id(text)
    assert "Nama Wati" not in result.texts("PERSON")
    assert result.resolved_speaker_of("Saya sudah lama curiga,") == "Wati"


def test_a_furniture_line_does_not_hide_the_newcomer_before_a_quote(label_id):
    text = (
        "Warga Desa Wonokromo, Siti Aminah, mengaku rumahnya terendam.\n"
        '"Air masuk sejak subuh," katanya.\n'
        "Sementara itu, Kepala Dusun Karanganyar Ahmad Fauzi meminta warga waspada.\n"
        "ADVERTISEMENT\n"
        '"Jangan tidur di lantai bawah dulu," ucapnya.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Air masuk sejak subuh,") == "Siti Aminah"
    assert result.resolved_speaker_of("Jangan tidur di lantai bawah dulu,") == "Ahmad Fauzi"


def test_a_district_after_camat_is_no_part_of_the_name(label_id):
    text = (
        "Camat Pleret Ahmad Fauzi meminta warga waspada.\n"
        '"Jangan tidur di lantai bawah dulu," ucapnya.\n'
        "Camat Hendra Wijaya Saputra juga hadir."
    )
    result = label_id(text)
    assert "Ahmad Fauzi" in result.texts("PERSON")
    assert "Pleret" in result.texts("GPE")
    assert result.resolved_speaker_of("Jangan tidur di lantai bawah dulu,") == "Ahmad Fauzi"
    assert "Hendra Wijaya Saputra" in result.texts("PERSON")


def test_a_person_talked_about_who_then_acts_is_the_next_pronoun(label_id):
    text = (
        "Kapolres Klaten AKBP Eko Prasetyo mengatakan tersangka Budi Santoso (35) ditangkap di rumahnya.\n"
        '"Tersangka kami jerat pasal berlapis," kata dia.\n'
        "Tersangka Budi mengaku menyesal. Ia terpaksa karena terlilit utang.\n"
        '"Saya khilaf," ucapnya.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Tersangka kami jerat pasal berlapis,") == "Eko Prasetyo"
    assert result.resolved_speaker_of("Saya khilaf,") == "Budi Santoso"


def test_a_person_talked_about_in_a_passive_sentence_is_not_the_next_pronoun(label_id):
    text = (
        "Kapolres Klaten AKBP Eko Prasetyo mengatakan tersangka Budi Santoso (35) ditangkap di rumahnya.\n"
        '"Tersangka kami jerat pasal berlapis," kata dia.\n'
        "Budi Santoso disebut sudah lama menjadi incaran polisi.\n"
        '"Kami sudah mengintai sejak Mei," ucapnya.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Kami sudah mengintai sejak Mei,") == "Eko Prasetyo"


def test_a_role_with_a_birth_place_and_date_runs_to_its_determiner(label_id):
    text = (
        "Seorang pria bernama Wahyu Hidayat (45) menjadi korban penipuan arisan di Sleman.\n"
        '"Saya sudah setor Rp 50 juta," ungkap pria kelahiran Magelang, 3 Maret 1979 itu.'
    )
    result = label_id(text)
    quote = "Saya sudah setor Rp 50 juta,"
    assert result.speaker_of(quote) == "pria kelahiran Magelang, 3 Maret 1979 itu"
    assert result.resolved_speaker_of(quote) == "Wahyu Hidayat"


def test_a_one_word_name_after_sementara_and_before_a_person_noun_speaks(label_id):
    text = (
        "Pedagang cabai, Sumirah (50), mengeluhkan harga yang naik.\n"
        '"Sekarang Rp 80 ribu per kilo," ujarnya.\n'
        "Sementara Burhan, pedagang lainnya, mengaku omzetnya turun.\n"
        '"Pembeli berkurang separuh," ujarnya.'
    )
    result = label_id(text)
    assert "Burhan" in result.texts("PERSON")
    assert result.resolved_speaker_of("Pembeli berkurang separuh,") == "Burhan"


def test_a_capitalised_cue_after_a_closing_mark_and_a_name_with_its_post(label_id):
    text = (
        "Rapat pleno di Desa Karangrejo, Kecamatan Gondang, berlangsung semrawut.\n"
        "“Tolong laporan segera dibenahi dan dibicarakan bersama.” Tegas M Yasir Camat Gondang."
    )
    result = label_id(text)
    quote = "Tolong laporan segera dibenahi dan dibicarakan bersama."
    assert result.cue_of(quote) == "Tegas"
    assert result.resolved_speaker_of(quote) == "M Yasir"
    assert "Gondang" not in result.texts("PERSON")


def test_a_manner_word_after_a_role_speaker_is_no_part_of_it(label_id):
    text = (
        "Ketua majelis hakim Bambang Sutrisno mencecar saksi Sulastri, bendahara desa.\n"
        '"Apakah saudara menerima uang itu?" tanya hakim.\n'
        '"Tidak, Yang Mulia," jawab Sulastri.\n'
        '"Lalu siapa yang menerima?" tanya Bambang lagi.\n'
        '"Kepala desa," jawab saksi singkat.'
    )
    result = label_id(text)
    assert result.speaker_of("Kepala desa,") == "saksi"
    assert result.resolved_speaker_of("Kepala desa,") == "Sulastri"
    assert result.resolved_speaker_of("Lalu siapa yang menerima?") == "Bambang Sutrisno"


def test_an_answer_after_a_question_is_the_one_asked_not_the_asker(label_id):
    text = (
        "Ketua majelis hakim Bambang Sutrisno memeriksa saksi Sulastri, bendahara desa.\n"
        '"Apakah saudara menerima uang itu?" tanya hakim.\n'
        '"Tidak, Yang Mulia," jawab Sulastri.\n'
        "Jaksa penuntut umum Rina Agustina kemudian menunjukkan kuitansi.\n"
        '"Ini tanda tangan saudara?" tanya jaksa.\n'
        '"Benar," jawabnya.'
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Ini tanda tangan saudara?") == "Rina Agustina"
    assert result.resolved_speaker_of("Benar,") == "Sulastri"


def test_a_kinship_word_in_capitals_counts_only_where_it_opens_a_sentence():
    def kin(text: str, name: str) -> bool:
        start = text.index(name)
        return named_as_kin(text, Mention(start, start + len(name), "PERSON"))

    assert kin("Rapat selesai. Sahabat karib Budi Santoso itu menilai ...", "Budi Santoso")
    assert kin("Namun, istri Andi Wijaya tersebut bicara.", "Andi Wijaya")
    assert not kin("Yang hadir antara lain Raja Putra Agung Wijaya.", "Agung Wijaya")
    assert not kin("Bupati Bapak Hendra Wijaya hadir.", "Hendra Wijaya")

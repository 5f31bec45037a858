"""Error classes of Indonesian direct quotes and their speakers found on real development pages and
fresh pages of newsrooms new to the set in the id_quotes8 round (read, never stored here); every
text below is invented to show one class."""

from __future__ import annotations


def test_a_clitic_is_not_the_chief_the_quote_names_by_role(label_id):
    # A spokesman relays what his chief did; the quote names the chief by her role, so it is his.
    text = (
        "Kasi Humas Polres Sukamaju AKP Made Wirawan, Senin (4/3) menjelaskan Kapolsek Sukajadi "
        "Kompol Ratna Dewi bersama anggotanya mendatangi rumah-rumah kos di Jalan Melati.\n"
        "Pada kesempatan itu, Kompol Ratna menegaskan warga pendatang wajib melapor ke kepala lingkungan.\n"
        "“Kapolsek Sukajadi juga rutin menggelar patroli setiap malam Minggu di alun-alun,” ungkapnya."
    )
    result = label_id(text)
    quote = "Kapolsek Sukajadi juga rutin menggelar patroli setiap malam Minggu di alun-alun,"
    assert result.speaker_of(quote) == "ungkapnya"
    assert result.resolved_speaker_of(quote) == "Made Wirawan"


def test_a_clitic_is_not_the_person_the_quote_names(label_id):
    text = (
        "Kapolsek Sukamaju AKP Dodi Pratama mengatakan pihaknya telah menangkap pelaku pencurian.\n"
        "Polisi menangkap seorang pemuda bernama Rendra di rumahnya, Selasa malam.\n"
        "“Rendra mengaku mencuri karena terlilit utang,” katanya."
    )
    result = label_id(text)
    assert result.resolved_speaker_of("Rendra mengaku mencuri karena terlilit utang,") == "Dodi Pratama"


def test_a_clitic_still_resolves_to_the_person_named_last_when_the_quote_names_no_one(label_id):
    text = (
        "Kasi Humas Polres Sukamaju AKP Made Wirawan menjelaskan Kapolsek Sukajadi Kompol Ratna Dewi "
        "mendatangi rumah-rumah kos.\n"
        "Kompol Ratna menegaskan warga pendatang wajib melapor.\n"
        "“Warga pendatang harus melapor dalam satu kali dua puluh empat jam,” ungkapnya."
    )
    result = label_id(text)
    quote = "Warga pendatang harus melapor dalam satu kali dua puluh empat jam,"
    assert result.resolved_speaker_of(quote) == "Ratna Dewi"


def test_lawyers_acting_for_someone_named_before_are_not_that_person(label_id):
    text = (
        "Jaksa membacakan dakwaan atas Budi Santoso dalam kasus pencemaran nama baik.\n"
        "“Saya tidak mengerti dakwaan itu,” jawab Budi.\n"
        "Tim kuasa hukum Budi lantas menyatakan bahwa kliennya belum mengerti sehingga pihaknya "
        "meminta jaksa menjelaskan lagi.\n"
        "“Kami pun sebagai kuasa hukum bingung dengan dakwaan ini,” ucapnya."
    )
    result = label_id(text)
    quote = "Kami pun sebagai kuasa hukum bingung dengan dakwaan ini,"
    assert result.speaker_of(quote) == "ucapnya"
    assert result.resolved_speaker_of(quote) == "ucapnya"  # the unnamed lawyers: no link to Budi
    role = result.span("SPEAKER", "Tim kuasa hukum Budi")
    assert result.linked(role, "COREF") == []


def test_a_lawyer_named_at_first_mention_is_no_agent_role(label_id):
    text = "Pengacara Hotman Sitompul mengatakan gugatan itu sudah didaftarkan ke pengadilan.\n“Kami yakin menang,” ujarnya."
    result = label_id(text)
    assert result.resolved_speaker_of("Kami yakin menang,") == "Hotman Sitompul"


def test_quotes_under_a_numbered_heading_are_the_listed_persons(label_id):
    text = (
        "Para menteri baru mulai bekerja. Beginilah ungkapan beberapa di antaranya.\n\n"
        "1. Rudi Hartono, Menteri Pertanian di sela kunjungan ke sawah.\n\n"
        '"Petani kita luar biasa. Saya belajar banyak hari ini."\n\n'
        '"Harga pupuk harus turun tahun depan."\n\n'
        "2. Sri Wahyuni, Menteri Sosial usai rapat dengan jajarannya.\n\n"
        '"Bantuan harus tepat sasaran dan tidak boleh terlambat."\n'
    )
    result = label_id(text)
    assert result.speaker_of("Petani kita luar biasa. Saya belajar banyak hari ini.") == "Rudi Hartono"
    assert result.speaker_of("Harga pupuk harus turun tahun depan.") == "Rudi Hartono"
    assert result.speaker_of("Bantuan harus tepat sasaran dan tidak boleh terlambat.") == "Sri Wahyuni"
    assert result.cue_of("Bantuan harus tepat sasaran dan tidak boleh terlambat.") is None


def test_a_paragraph_of_narration_ends_the_listed_item(label_id):
    text = (
        "1. Rudi Hartono, Menteri Pertanian di sela kunjungan ke sawah.\n\n"
        "Kunjungan itu berlangsung singkat karena hujan turun deras sejak siang.\n\n"
        '"Jalan desa ini harus segera diperbaiki."\n'
    )
    result = label_id(text)
    assert result.speaker_of("Jalan desa ini harus segera diperbaiki.") != "Rudi Hartono"

"""Indonesian speakers and reports met on fresh pages (issue 11, id_quotes13 round): a companion
after a principal whose dotted titles (`Drs.`) were read as a sentence end, a page's end mark
(`*`) after a report's last full stop, and a politician of a party named as the speaker after
the person was named. Every text is invented to show one form."""

from __future__ import annotations


def test_a_dotted_title_does_not_hide_the_principal_before_didampingi(label_id):
    text = (
        "Kapolres Sleman AKBP Drs. Bambang Wiryanto, M.Si didampingi Kasat Reskrim AKP Drs. Joko "
        "Susanto menyatakan bahwa kedua pelaku sudah ditahan sejak Senin."
    )
    result = label_id(text)
    assert result.speaker_of("kedua pelaku sudah ditahan sejak Senin") == "Bambang Wiryanto"


def test_a_dotted_title_before_the_companion_alone_keeps_the_principal(label_id):
    text = (
        "Kapolres Sleman AKBP Bambang Wiryanto didampingi Kasat Reskrim AKP Drs. Joko Susanto "
        "mengatakan bahwa kedua pelaku sudah ditahan sejak Senin."
    )
    result = label_id(text)
    assert result.speaker_of("kedua pelaku sudah ditahan sejak Senin") == "Bambang Wiryanto"


def test_a_companion_word_in_the_sentence_before_changes_no_speaker(label_id):
    text = (
        "Kapolres Bambang Wiryanto datang ke lokasi didampingi istrinya. Kasat Reskrim AKP Drs. Joko "
        "Susanto mengatakan bahwa kedua pelaku sudah ditahan sejak Senin."
    )
    result = label_id(text)
    assert result.speaker_of("kedua pelaku sudah ditahan sejak Senin") == "Joko Susanto"


def test_a_page_end_mark_after_the_last_report_stays_out(label_id):
    text = "Camat Budi Hartono mengatakan jembatan gantung di desa itu akan diperbaiki bulan depan.*"
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["jembatan gantung di desa itu akan diperbaiki bulan depan"]


def test_a_page_end_mark_after_an_inside_cue_report_stays_out(label_id):
    text = (
        "Petugas mengamankan tiga pemuda di lokasi itu. Saat ini kata dia, penyidik masih memeriksa "
        "ketiga pemuda itu di kantor polisi.*****"
    )
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [
        "Saat ini kata dia, penyidik masih memeriksa ketiga pemuda itu di kantor polisi"
    ]


def test_an_asterisk_inside_a_report_stays_in(label_id):
    text = "Camat Budi Hartono mengatakan luas sawah yang terendam mencapai 5*2 hektare di desa itu."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["luas sawah yang terendam mencapai 5*2 hektare di desa itu"]


def test_a_politician_of_a_party_points_back_at_the_person_not_the_party(label_id):
    text = (
        "Anggota DPRD Jawa Tengah Budi Santoso mendukung rencana perbaikan itu. Politisi dari Partai "
        "Golkar menyebut jalan provinsi di daerah itu harus segera diperbaiki."
    )
    result = label_id(text)
    clause = "jalan provinsi di daerah itu harus segera diperbaiki"
    assert result.speaker_of(clause) == "Politisi dari Partai Golkar"
    assert result.resolved_speaker_of(clause) == "Budi Santoso"


def test_a_politikus_of_a_party_with_no_one_named_before_is_not_the_party(label_id):
    text = (
        "Rapat itu dihadiri puluhan warga. Politikus Partai Golkar menyebut jalan provinsi di daerah "
        "itu harus segera diperbaiki."
    )
    result = label_id(text)
    clause = "jalan provinsi di daerah itu harus segera diperbaiki"
    assert result.resolved_speaker_of(clause) != "Partai Golkar"


def test_a_party_spokesperson_still_speaks_for_the_party(label_id):
    text = "Juru bicara Partai Golkar menyebut jalan provinsi di daerah itu harus segera diperbaiki."
    result = label_id(text)
    assert result.resolved_speaker_of("jalan provinsi di daerah itu harus segera diperbaiki") == "Partai Golkar"

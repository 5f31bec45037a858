"""Indonesian people named by a naming word and day names that are no day (issue 11, the
`id_ents8` round): the name a naming word introduces (`bernama`, `atas nama`, `alias`, `akrab
disapa`) is a PERSON however short and unknown it is, and the one before `alias` too; a place or a
thing named the same way stays untagged; a description holding such a name stays the speaker; a
decree's dotted number keeps its year out of DATE; `Minggu` counted or numbered is a week, and the
day of `salat Jumat` names a prayer. Every text is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polisi menangkap seorang warga bernama Sutarman di rumahnya.", "Sutarman"),
        ("Sopir truk yang bernama Wahyudi selamat dari kecelakaan itu.", "Wahyudi"),
        ("Korban atas nama Muhardi dibawa ke puskesmas terdekat.", "Muhardi"),
        ("Pelatih yang akrab disapa Gondes ini memuji pemainnya.", "Gondes"),
        ("Bocah yang biasa dipanggil Ucok itu hilang sejak pagi.", "Ucok"),
    ],
)
def test_a_lone_name_after_a_naming_word_is_a_person(label_id, text, name):
    assert name in label_id(text).texts("PERSON")


def test_names_on_both_sides_of_alias(label_id):
    result = label_id("Polisi menahan Paimin alias Gembong dan Kasno als Bodong di Medan.")
    assert {"Paimin", "Gembong", "Kasno", "Bodong"} <= set(result.texts("PERSON"))


def test_initials_after_alias_but_no_acronym(label_id):
    assert "R" in label_id("Pelaku lain berinisial P alias R masih dicari petugas.").texts("PERSON")
    assert label_id("Warga menyebut ponsel alias HP itu milik korban.").texts("PERSON") == []


def test_a_list_after_a_naming_word(label_id):
    result = label_id("Dua pelaku masing-masing bernama Sarpin dan Jumirin diamankan.")
    assert {"Sarpin", "Jumirin"} <= set(result.texts("PERSON"))


@pytest.mark.parametrize(
    "text",
    [
        "Mereka tinggal di sebuah desa bernama Karangsoko sejak lama.",
        "Pelaku memakai akun Instagram bernama Gosipan untuk menipu.",
        "Kapal nelayan bernama Sumberrejeki tenggelam di perairan itu.",
    ],
)
def test_a_place_or_thing_named_is_no_person(label_id, text):
    assert label_id(text).texts("PERSON") == []


def test_a_description_with_a_naming_word_stays_the_speaker(label_id):
    result = label_id(
        "Ketua kelompok tani itu Sukardi Hartono hadir.\n"
        "Pria yang akrab disapa Kardi itu mengatakan bahwa panen tahun ini gagal."
    )
    assert "Kardi" in result.texts("PERSON")
    assert result.speaker_of("panen tahun ini gagal") == "Pria yang akrab disapa Kardi itu"


def test_a_decree_number_keeps_its_year_out_of_date(label_id):
    result = label_id("Pelantikan itu berdasarkan Keputusan Menteri Nomor 100.2.1.4-3310 Tahun 2024 tentang pengesahan.")
    assert result.texts("DATE") == []
    result = label_id("Bupati menerbitkan surat Nomor: 800/1234/BKPSDM Tahun 2023 kepada camat.")
    assert result.texts("DATE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pembangunan jalan itu berlangsung selama dua Minggu.",
        "Dalam 3 Minggu terakhir kasus demam berdarah naik.",
        "Beberapa Minggu kemudian warga kembali ke rumah.",
        "Pada Minggu kedua bulan itu harga beras turun.",
        "Usai salat Jumat, warga bergotong royong membersihkan saluran.",
        "Jamaah sholat Jum'at memenuhi masjid agung.",
    ],
)
def test_a_week_or_a_prayer_is_no_date(label_id, text):
    assert label_id(text).texts("DATE") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Pasar itu tutup pada Minggu dan buka lagi esok harinya.", "Minggu"),
        ("Kegiatan berlangsung dari Jumat hingga Minggu di alun-alun.", "Jumat hingga Minggu"),
        ("Warga berkumpul pada Jumat sore di balai desa.", "Jumat"),
        ("Keputusan itu terbit pada 12 Maret 2024 dan berlaku sejak 2025.", "12 Maret 2024"),
    ],
)
def test_days_and_dates_stay(label_id, text, date):
    assert date in label_id(text).texts("DATE")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Polisi memeriksa tersangka Sarmadi Eko Purnomo (SEP) kemarin. Kini SEP ditahan.", "SEP"),
        ("Laporan terlapor Wiji Hartono (WH) ditolak. Namun WH tidak hadir.", "WH"),
        ("Terdakwa Rusmini Ayu Lestari (RAL) dituntut tiga tahun. Jaksa menyebut RAL bersalah.", "RAL"),
    ],
)
def test_initials_of_a_party_to_a_case_are_the_person(label_id, text, initials):
    assert label_id(text).texts("PERSON").count(initials) == 2


def test_a_state_noun_opens_no_name(label_id):
    result = label_id("Warga Desa Sukamaju, Tarjono Wibisono, melapor.\n“Status Tarjono masih saksi,” kata polisi.")
    assert "Status Tarjono" not in result.texts("PERSON")
    assert result.texts("PERSON").count("Tarjono") == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Polisi mengimbau warga menjelang Bulan Suci Ramadhan ini agar menjaga ketertiban.", "Bulan Suci Ramadhan"),
        ("Selama bulan suci Ramadan pasar buka hingga malam.", "bulan suci Ramadan"),
    ],
)
def test_the_holy_month_with_its_epithet_is_one_date(label_id, text, date):
    result = label_id(text)
    assert result.texts("DATE") == [date]
    assert result.texts("PERSON") == []

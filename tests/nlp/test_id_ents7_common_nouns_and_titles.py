"""Indonesian capitalised common words, the rest of the title hierarchy and person nouns (issue
11, the `id_ents7` round): a common word of the language's lexicon (`common_nouns.txt`) that opens
a sentence opens no name, and a title-case run made only of such words is no PERSON, whether or
not the page also writes the word in small letters; the sibling titles of the police, military and
civil-service hierarchy are roles, so the name after one is the PERSON alone; a description headed
by a person noun (`orangtua`, `pembeli`) is the person it describes. Every text is invented."""

from __future__ import annotations

import pytest

from tests.nlp.helpers import run


def test_a_sentence_opening_common_noun_opens_no_name(label_id):
    result = label_id("Kinerja Direksi dinilai buruk oleh para pemegang saham.")
    assert result.texts("PERSON") == []


def test_a_common_noun_before_a_name_is_left_out(label_id):
    result = label_id("Kinerja Budi Santoso dipuji warga desa itu.")
    assert result.texts("PERSON") == ["Budi Santoso"]


@pytest.mark.parametrize(
    "text",
    [
        "Rapat itu membahas Masa Jabatan kepala desa.",
        "Anggaran untuk Gugus Tugas daerah belum cair.",
        "Program itu juga memuat kegiatan Non Fisik berupa penyuluhan.",
        "Polisi menjaga Obyek Vital di kota itu.",
        "Pedagang mengeluhkan Harga Cabai Merah yang terus naik.",
    ],
)
def test_a_title_case_run_of_common_words_is_no_person(label_id, text):
    assert label_id(text).texts("PERSON") == []


def test_a_name_made_of_words_outside_the_lexicon_stays(label_id):
    result = label_id("Rapat dipimpin Teguh Cahaya Putra di balai desa.")
    assert result.texts("PERSON") == ["Teguh Cahaya Putra"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Usai rapat, Sekkab Hendra Gunawan menjelaskan rencana itu.", "Hendra Gunawan"),
        ("Kapolsubsektor Andi Wijaya mengatakan situasi aman.", "Andi Wijaya"),
        ("Danki Kapten Inf Rudi Hartono memimpin apel pagi itu.", "Rudi Hartono"),
        ("Pabung Mayor Inf Budi Santoso hadir dalam rapat itu.", "Budi Santoso"),
        ("Kepsek Siti Aminah menyambut para siswa.", "Siti Aminah"),
        ("Kapuskesmas Dewi Lestari mengimbau warga.", "Dewi Lestari"),
        ("Sekcam Yusuf Maulana membuka musyawarah itu.", "Yusuf Maulana"),
        ("Kasie Humas Iptu Joko Susilo membenarkan kejadian itu.", "Joko Susilo"),
    ],
)
def test_a_title_of_the_hierarchy_is_no_part_of_the_name(label_id, text, name):
    assert label_id(text).texts("PERSON") == [name]


def test_a_description_headed_by_a_buyer_is_that_person():
    text = (
        "Rina Marlina, warga Kelurahan Sukamaju, mengaku harga beras naik sejak pekan lalu.\n\n"
        "“Sekarang kami hanya beli lima kilo,” ujar pembeli itu."
    )
    result = run(text)
    assert result.resolved_speaker_of("Sekarang kami hanya beli lima kilo,") == "Rina Marlina"


def test_a_description_headed_by_a_parent_is_that_person():
    text = (
        "Budi Hartanto menyebut anaknya belum pulang sejak Sabtu.\n\n"
        "“Kami sudah mencari ke rumah teman-temannya,” kata orangtua korban tersebut."
    )
    result = run(text)
    assert result.resolved_speaker_of("Kami sudah mencari ke rumah teman-temannya,") == "Budi Hartanto"

"""Indonesian capitalised common words, the rest of the title hierarchy and person nouns (issue
11, the `id_ents7` round): a common word of the language's lexicon (`common_nouns.txt`) that opens
a sentence opens no name, and a title-case run made only of such words is no PERSON, whether or
not the page also writes the word in small letters; the sibling titles of the police, military and
civil-service hierarchy are roles, so the name after one is the PERSON alone; a description headed
by a person noun (`orangtua`, `pembeli`) is the person it describes. Every text is invented."""

from __future__ import annotations

import pytest

from annotator.nlp.analysis import Analysis, Mention
from annotator.nlp.coref.coref_salience import describes_a_person


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
        "Klik Disini untuk membaca berita lainnya.",
        "Menurut pedagang, Cabai kini dijual lebih mahal.",
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


@pytest.mark.parametrize(
    "description",
    ["orangtua siswa sekolah itu", "pembeli di koperasi itu", "penumpang maskapai tersebut", "pasien rumah sakit itu"],
)
def test_a_description_headed_by_a_person_noun_describes_a_person(description):
    """Speaker resolution reads the description as the person, not the organisation it names."""
    text = f"“Kami sudah menunggu lama,” kata {description}."
    start = text.index(description)
    speaker = Mention(start, start + len(description), "SPEAKER")
    assert describes_a_person(Analysis(text=text, lang="id"), speaker)


def test_a_rank_after_a_city_police_is_no_place(label_id):
    result = label_id("Kapolres Sukamaju Kota AKBP Budi Santoso mengungkapkan hal itu.")
    assert result.texts("PERSON") == ["Budi Santoso"]
    assert all("AKBP" not in place for place in result.texts("GPE"))


def test_the_crafts_council_beside_the_pkk_is_an_organisation(label_id):
    result = label_id("Acara itu dihadiri Ketua Dekranasda dan Ketua Dharma Wanita Persatuan.")
    assert result.texts("ORG") == ["Dekranasda", "Dharma Wanita Persatuan"]
    assert result.texts("PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pelantikan Kepala Desa Masa Jabatan 2025-2030 digelar Senin.",
        "Pelantikan Ketua Dekranasda Masa Jabatan 2025-2030 digelar Senin.",
    ],
)
def test_common_words_after_a_role_are_no_village_and_no_name(label_id, text):
    result = label_id(text)
    assert result.texts("PERSON") == []
    assert result.texts("GPE") == []

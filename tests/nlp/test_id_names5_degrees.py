"""Indonesian degrees written after a name without a comma are cut from the PERSON (the degree
family of ``id/entity_words.toml``, completed from the national list of academic titles: diploma,
Islamic-studies and written-together forms); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ceramah itu disampaikan Ustaz Budi Santoso MPdI di masjid desa.", "Budi Santoso"),
        ("Ceramah itu disampaikan Ustaz Budi Santoso M.Pd.I di masjid desa.", "Budi Santoso"),
        ("Materi dibawakan Rina Wati S.Th.I dalam pelatihan guru.", "Rina Wati"),
        ("Materi dibawakan Rina Wati SThI dalam pelatihan guru.", "Rina Wati"),
        ("Pasien dirawat oleh perawat Andi Wijaya A.Md.Kep di puskesmas.", "Andi Wijaya"),
        ("Pelatihan itu dipandu Ahmad Mukti M.Kom bersama panitia.", "Ahmad Mukti"),
        ("Pelatihan itu dipandu Ahmad Mukti S.Si bersama panitia.", "Ahmad Mukti"),
        ("Pemeriksaan dilakukan Siti Aminah SKes di posyandu desa.", "Siti Aminah"),
        ("Laporan dibacakan Dewi Lestari M.I.Kom di depan peserta.", "Dewi Lestari"),
    ],
)
def test_a_degree_after_a_name_leaves_the_person(label_id, text, person):
    assert label_id(text).texts("PERSON") == [person]


def test_a_one_word_name_keeps_its_word(label_id):
    # At least one word of the name stays: the degree is cut, the name is not.
    assert label_id("Ceramah itu disampaikan Ustaz Kholid MPdI di masjid desa.").texts("PERSON") == ["Kholid"]

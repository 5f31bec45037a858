"""A name's degrees after a comma close the name: they are no speaker of their own, and the words
before their comma are no report put first (speaker_degrees.py, used by the speaker subjects and the
inverted reports); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Camat Sukamaju Budi Santoso, S.Sos mengatakan bahwa kegiatan itu berjalan baik.", "Budi Santoso"),
        ("Kepala Sekolah Budi Santoso, S.Pd juga melaporkan bahwa ujian berjalan lancar.", "Budi Santoso"),
        ("Kepala Dinas Kesehatan Kota Sukamaju Rina Wati, SKM, M.Kes mengatakan bahwa kasus DBD naik.", "Rina Wati"),
        ("Warga bernama Andi Wijaya, SE mengatakan bahwa harga cabai naik.", "Andi Wijaya"),
    ],
)
def test_the_name_before_its_degrees_is_the_speaker(label_id, text, speaker):
    result = label_id(text)
    assert result.texts("SPEAKER") == [speaker]
    assert result.texts("QUOTE") == [text[text.index("bahwa") + 6 : -1]]


def test_a_one_word_name_between_commas_before_its_degree(label_id):
    result = label_id("Kepala Madrasah Ibtidaiyah Sukamaju, Budi, S.Pd juga melaporkan bahwa ujian berjalan lancar.")
    assert result.texts("SPEAKER") == ["Budi"]


def test_a_report_put_first_keeps_its_speaker(label_id):
    # No degree after the comma: the words before it are the report, as before.
    result = label_id("Penangkapan itu, kata Budi Santoso, merupakan hasil penyelidikan panjang.")
    assert result.texts("SPEAKER") == ["Budi Santoso"]

"""The SPEAKER after a passive cue starts past the agent's `oleh`, also after an adverb, when the
agent is one word (a short name, a role, a pronoun) (nlp/speakers/speaker_phrases.py, id_edges1).
Texts are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        ("Dijelaskan oleh Marlina, dana desa itu dipakai untuk irigasi.", "dana desa itu dipakai untuk irigasi", "Marlina"),
        ("Ditambahkan oleh Sekcam, pendaftaran ditutup akhir pekan ini.", "pendaftaran ditutup akhir pekan ini", "Sekcam"),
        ("Disampaikan pula oleh beliau, lomba itu akan digelar lagi.", "lomba itu akan digelar lagi", "beliau"),
        ("Ditegaskan juga oleh Marlina bahwa dana desa tak boleh untuk pesta.", "dana desa tak boleh untuk pesta", "Marlina"),
    ],
)
def test_the_agent_without_its_preposition(label_id, text: str, clause: str, speaker: str) -> None:
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == speaker


def test_a_report_confirmed_afterwards_by_a_one_word_agent(label_id) -> None:
    result = label_id("Gudang pupuk itu sudah disegel sejak pekan lalu. Hal ini dibenarkan oleh Marlina saat ditemui.")
    clause = "Gudang pupuk itu sudah disegel sejak pekan lalu"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.speaker_of(clause) == "Marlina"


def test_guards_a_longer_agent_and_a_document_keep_their_spans(label_id) -> None:
    result = label_id("Dijelaskan oleh Camat Lubuk Raya Marlina Sari, dana desa itu dipakai untuk irigasi.")
    assert result.speaker_of("dana desa itu dipakai untuk irigasi") == "Marlina Sari"
    result = label_id("Menurut surat yang dikirim oleh pihak sekolah, ujian ditunda sepekan.")
    assert result.speaker_of("ujian ditunda sepekan") == "surat yang dikirim oleh pihak sekolah"

"""Indonesian reports, speakers and names met on fresh pages (issue 11, id_quotes14 round): an
occasion of speaking opening the sentence before `X menyampaikan,`, a passive cue typed apart
(`di ungkapkan`), an adverb of repetition before a role speaker, and a name set off by commas
after a person at a place. Every text is invented."""

from __future__ import annotations


def test_an_occasion_before_an_inner_cue_stays_out_of_the_report(label_id):
    text = (
        "Bupati Sleman Budi Hartono membuka rapat koordinasi di pendopo kabupaten. Dalam arahannya, Budi "
        "menyampaikan, untuk saat ini semua camat harus menyiapkan posko banjir."
    )
    result = label_id(text)
    clause = "untuk saat ini semua camat harus menyiapkan posko banjir"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "menyampaikan"


def test_an_adverbial_with_content_before_an_inner_cue_stays_in_the_report(label_id):
    text = "Dengan kejadian itu, Budi menyampaikan, semua camat harus menyiapkan posko banjir."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == [text[:-1]]


def test_a_passive_cue_typed_apart_is_read_as_written_together(label_id):
    apart = "Warga mengeluhkan jalan yang rusak. Hal tersebut di ungkapkan Kepala Desa Slamet Riyadi saat ditemui."
    together = apart.replace("di ungkapkan", "diungkapkan")
    split, joined = label_id(apart), label_id(together)
    assert [(s.label, s.text.replace("di ", "di")) for s in split.spans] == [(s.label, s.text) for s in joined.spans]
    assert split.cue_of("Warga mengeluhkan jalan yang rusak") == "di ungkapkan"
    assert "tersebut di" not in split.texts("SPEAKER")


def test_a_passive_opener_typed_apart_names_its_speaker(label_id):
    text = "Rapat itu dihadiri puluhan warga. Di sampaikan Kepala Desa Slamet Riyadi, jalan desa akan diperbaiki tahun depan."
    result = label_id(text)
    clause = "jalan desa akan diperbaiki tahun depan"
    assert result.cue_of(clause) == "Di sampaikan"
    assert result.speaker_of(clause) is not None


def test_the_preposition_di_before_a_place_stays_a_word(label_id):
    text = "Kepala Desa Slamet Riyadi mengatakan di kantornya bahwa jalan desa akan diperbaiki tahun depan."
    result = label_id(text)
    assert not [c for c in result.texts("CUE") if c.startswith("di ")]


def test_an_adverb_of_repetition_is_no_part_of_a_role_speaker(label_id):
    text = "Petugas menangkap dua pemuda di lokasi itu. Namun, sekali lagi polisi menegaskan bahwa kasus itu masih diselidiki."
    result = label_id(text)
    assert result.speaker_of("kasus itu masih diselidiki") == "polisi"


def test_a_name_set_off_by_commas_after_a_person_at_a_place_is_a_person(label_id):
    text = "Sementara itu, pembeli di Pasar Gede, Tini, mengeluhkan harga yang terus naik."
    result = label_id(text)
    assert "Tini" in result.texts("PERSON")


def test_a_place_after_a_person_at_a_place_is_no_person(label_id):
    text = "Sementara itu, pembeli di Pasar Gede, Solo, mengeluhkan harga yang terus naik."
    result = label_id(text)
    assert "Solo" not in result.texts("PERSON")


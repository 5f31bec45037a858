"""Indonesian role speakers (issue 11, id_indcount1 round): a role subject ends before an occasion of
speaking (`Pelatih tim dalam konferensi pers jelang laga, menyebut ...`), so a name inside the
occasion no longer hides the speaker and its report; and a role introduced in small letters before
a name (`dipimpin ketua DPRD X, Budi`) resolves to that name when it speaks later. Every text is
invented."""

from __future__ import annotations


def test_a_role_subject_ends_before_an_occasion_that_names_an_opponent(label_id):
    text = (
        "Pelatih tim tamu dalam jumpa pers jelang menghadapi Persekat Tegal, menyebut anak asuhnya sudah "
        "siap tampil menyerang sejak menit pertama."
    )
    result = label_id(text)
    clause = "anak asuhnya sudah siap tampil menyerang sejak menit pertama"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "menyebut"
    assert result.speaker_of(clause) == "Pelatih tim tamu"


def test_a_role_subject_ends_before_an_occasion_of_its_statement(label_id):
    text = "Kepala dinas dalam keterangannya mengatakan bahwa stok beras di gudang masih cukup hingga Lebaran."
    result = label_id(text)
    assert result.speaker_of("stok beras di gudang masih cukup hingga Lebaran") == "Kepala dinas"


def test_a_role_subject_ends_before_an_event_it_spoke_at(label_id):
    text = "Camat pada acara itu menegaskan bahwa seluruh kepala desa wajib hadir dalam rapat berikutnya."
    result = label_id(text)
    assert result.speaker_of("seluruh kepala desa wajib hadir dalam rapat berikutnya") == "Camat"


def test_a_capitalised_dalam_inside_a_title_stays_in_the_role(label_id):
    text = "Menteri Dalam Negeri mengatakan bahwa pemungutan suara berjalan lancar di semua daerah."
    result = label_id(text)
    assert result.speaker_of("pemungutan suara berjalan lancar di semua daerah") == "Menteri Dalam Negeri"


def test_dalam_before_a_noun_of_no_occasion_stays_in_the_role(label_id):
    text = "Petugas dalam kapal itu mengatakan bahwa semua penumpang sudah dievakuasi ke pelabuhan."
    result = label_id(text)
    assert result.speaker_of("semua penumpang sudah dievakuasi ke pelabuhan") == "Petugas dalam kapal itu"


def test_a_role_introduced_in_small_letters_resolves_to_its_holder(label_id):
    text = (
        "Rapat paripurna dipimpin ketua DPRD Banten, Hasan Basri. Ketua DPRD Banten menjelaskan bahwa "
        "anggaran daerah naik tajam tahun ini."
    )
    result = label_id(text)
    clause = "anggaran daerah naik tajam tahun ini"
    assert result.speaker_of(clause) == "Ketua DPRD Banten"
    assert result.resolved_speaker_of(clause) == "Hasan Basri"


def test_a_role_no_one_was_introduced_with_keeps_its_organisation(label_id):
    text = "Rapat paripurna dihadiri ketua DPRD Banten. Ketua DPRD Banten menjelaskan bahwa anggaran daerah naik tajam."
    result = label_id(text)
    assert result.resolved_speaker_of("anggaran daerah naik tajam") == "DPRD Banten"

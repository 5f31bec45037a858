"""Indonesian regional elections (issue 11, the `id_ents6` round): the election word (`Pilgub`,
`Pilbup`, `Pilwalkot`) is no name, the place after it stays a GPE and the election's year is no
DATE (`Pilkada 2024` in the real gold); a development plan's period is no DATE either (`RPJPD ...
Tahun 2025-2045` in the guidelines); older month spellings (`Pebruari`, `Nopember`) are months.
Every text is invented to show one form."""

from __future__ import annotations


def test_the_place_of_a_governor_election_is_a_gpe(label_id):
    result = label_id("Koalisi itu mendukung pasangan Budi Santoso di Pilgub Jateng.")
    assert result.texts("GPE") == ["Jateng"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_the_year_of_a_regency_election_is_no_date(label_id):
    result = label_id("Hasil Pilbup Garut 2024 digugat ke Mahkamah Konstitusi pada Senin (2/12/2024).")
    assert result.texts("GPE") == ["Garut"]
    assert result.texts("DATE") == ["Senin (2/12/2024)"]
    assert result.texts("PERSON") == []


def test_a_mayoral_election_with_its_year_only(label_id):
    result = label_id("Tahapan Pilwalkot 2020 berjalan lancar di kota itu.")
    assert result.texts("DATE") == []
    assert result.texts("PERSON") == []


def test_older_month_spellings_are_dates(label_id):
    result = label_id("Unjuk rasa terjadi Senin tanggal 13 Pebruari 2012. Rapat digelar 5 Nopember 2019 di kantor itu.")
    assert result.texts("DATE") == ["Senin tanggal 13 Pebruari 2012", "5 Nopember 2019"]


def test_the_period_of_a_development_plan_is_no_date(label_id):
    result = label_id("Dokumen RPJPD Kabupaten Sukamaju Tahun 2025-2045 disahkan pada Senin (3/6/2024).")
    assert result.texts("GPE") == ["Kabupaten Sukamaju"]
    assert result.texts("DATE") == ["Senin (3/6/2024)"]


def test_a_medium_term_plan_keeps_its_years_but_a_term_of_office_is_a_date(label_id):
    result = label_id("Target RPJMD 2021-2026 tercapai, kata anggota DPRD periode 2019-2024 itu.")
    assert result.texts("DATE") == ["2019-2024"]

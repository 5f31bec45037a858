"""Indonesian regional elections (issue 11, the `id_ents6` round): the election word (`Pilgub`,
`Pilbup`, `Pilwalkot`) is no name, the place after it stays a GPE and the election's year is no
DATE (`Pilkada 2024` in the real gold); older month spellings (`Pebruari`, `Nopember`) are
months. Every text is invented to show one form."""

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

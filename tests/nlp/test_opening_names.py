"""A given name that is also a common word (`Hari`) opens a person's name of two or more words
after it (`gol Hari Nur Yulianto`), while holidays and one-word titles keep it out. Invented texts."""

from __future__ import annotations


def test_day_word_opens_a_name(label_id) -> None:
    doc = label_id("Tim tamu menyamakan kedudukan lewat gol Hari Wibisono Sutarjo pada menit ke-70.")
    assert "Hari Wibisono Sutarjo" in doc.texts("PERSON")


def test_holidays_and_short_runs_keep_the_word_out(label_id) -> None:
    doc = label_id(
        "Warga memperingati Hari Bhayangkara di lapangan. Peringatan Hari Ibu Kartini digelar di desa itu. "
        "Libur Hari Raya Idul Fitri dimulai pekan depan."
    )
    assert not any(text.startswith("Hari") for text in doc.texts("PERSON"))


def test_place_after_regional_title_before_one_apposed_name(label_id) -> None:
    doc = label_id("Camat Wotgalih, Darsono, mengatakan jalan desa itu rusak parah sejak bulan lalu.")
    assert "Wotgalih" in doc.texts("GPE")
    assert "Darsono" in doc.texts("PERSON") and "Wotgalih" not in doc.texts("PERSON")


def test_people_listed_after_a_regional_title_stay_people(label_id) -> None:
    doc = label_id("Rapat itu dihadiri Camat Darsono, Wiryo, dan Sulastri dari kantor kecamatan.")
    assert "Darsono" in doc.texts("PERSON") and "Darsono" not in doc.texts("GPE")

"""Indonesian entity shapes of the eleventh batch's regional pages (issue 11, the `b11id_ents`
round). Every text is invented to show one form."""

from __future__ import annotations


def test_a_club_found_with_its_place_is_the_club_alone_elsewhere(label_id):
    result = label_id(
        "PSKT 3-0 Persiwa\n\nSukamaju - PSKT Sukabumi menang atas Persiwa Wamena di kandang. "
        "Gol PSKT dicetak pada menit ke-12, sedangkan persiwa Wamena tampil buruk."
    )
    assert result.texts("ORG") == ["PSKT", "Persiwa", "PSKT Sukabumi", "Persiwa Wamena", "PSKT", "persiwa Wamena"]


def test_a_common_acronym_before_a_place_spreads_no_club(label_id):
    result = label_id("Harga BBM Sukabumi naik. Antrean BBM mengular di Sukabumi sejak pagi.")
    assert "BBM" not in result.texts("ORG")

"""An Indonesian company named once with its legal form (`PT ... Tbk`, `(Persero)`) and then by its
own name is that company, not a person (entities/bodies/entity_company_names.py); invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("PT Sukamaju Husada Tbk", "Sukamaju"),
        ("PT Sukamaju Husada Tbk", "Sukamaju Husada"),
        ("PT Karya Sentosa (Persero) Tbk", "Karya Sentosa"),
        ("PT Tirta Lestari (Perseroda)", "Tirta Lestari"),
    ],
)
def test_the_companys_own_name_after_its_full_name_is_an_org(label_id, full, short):
    result = label_id(f"Laba {full} naik tahun ini. Direktur Utama {short}, Budi Hartono, mengatakan kinerja {short} membaik.")
    assert result.texts("ORG") == [full, short, short]
    assert result.texts("PERSON") == ["Budi Hartono"]


def test_a_one_word_company_name_is_an_org_inside_a_sentence(label_id):
    result = label_id("Warga menambang di wilayah PT Timbel. Hasilnya diserahkan ke Timbel, kata Budi Hartono.")
    assert result.texts("ORG") == ["PT Timbel", "Timbel"]


def test_a_permit_acronym_before_the_company_stays_out_of_its_name(label_id):
    result = label_id("Warga bekerja di wilayah IUP PT Timbel sejak lama.")
    assert result.texts("ORG") == ["PT Timbel"]


def test_a_sentence_opening_word_is_left_alone(label_id):
    """`Timbel` opening a sentence may be a common word or a person's name: not enough to go on."""
    result = label_id("Saham PT Timbel naik. Timbel dijual di pasar.")
    assert result.texts("ORG") == ["PT Timbel"]


def test_without_the_legal_form_nothing_spreads(label_id):
    result = label_id("Direktur Utama Sukamaju, Budi Hartono, mengatakan Sukamaju membaik.")
    assert "Sukamaju" not in result.texts("ORG")


def test_a_first_word_in_capitals_does_not_spread(label_id):
    """`PT MRT Jakarta`, then `jalur MRT`: the railway itself, not the company."""
    result = label_id("Direktur PT MRT Sukamaju, Budi Hartono, mengatakan jalur MRT akan diperpanjang.")
    assert result.texts("ORG") == ["PT MRT Sukamaju"]

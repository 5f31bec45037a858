"""An organisation in a headline-like line stops before the headline's words (entity_bodies.headline_word):
one rule for listed headline verbs, words of a verb's shape and words written in lower case elsewhere;
invented headlines."""

from __future__ import annotations


def test_headline_common_word_ends_a_named_body(label_id):
    result = label_id(
        "Warga tidak boleh mudik tahun ini, kata petugas.\n"
        "Baca juga: Bupati Sambas Imbau ASN di Pemkab Sambas Tidak Mudik Lebaran\n"
        "Petugas berjaga di perbatasan."
    )
    # The body ends before `Tidak`; as a regional government it then gives its place alone (id_ents4).
    assert result.texts("ORG") == []
    assert result.texts("GPE") == ["Sambas", "Sambas"]


def test_a_headline_verb_ends_a_body(label_id):
    result = label_id("Polres Lahat Musnahkan Ratusan Botol Miras\n\nPolisi memusnahkan barang bukti itu.")
    assert result.texts("ORG") == ["Polres Lahat"]


def test_headline_organisation_stops_before_the_headline_verb(label_id):
    result = label_id("Baca Juga  Jelang Lebaran Polres Serang Musnahkan 300 Botol Miras\n\nPolres Serang datang ke desa.")
    assert result.texts("ORG") == ["Polres Serang", "Polres Serang"]


def test_a_short_listed_verb_ends_a_body_and_frees_the_words_after_it(label_id):
    result = label_id("Polres Lahat Tangkap Sejumlah Warga Desa Sukamaju\n\nPeristiwa itu terjadi pada pagi hari.")
    assert result.texts("ORG") == ["Polres Lahat"]
    assert result.texts("GPE") == ["Desa Sukamaju"]


def test_a_verb_right_after_a_head_leaves_the_bare_head(label_id):
    result = label_id("Tim SAR Gabungan Tolak Tawaran Relawan\n\nPeristiwa itu terjadi pada pagi hari.")
    assert result.texts("ORG") == ["Tim SAR Gabungan"]


def test_outside_a_headline_the_same_words_stay_in_the_name(label_id):
    result = label_id("Warga mendatangi Pengadilan Negeri Lahat pada Senin. Mereka menolak putusan itu.")
    assert result.texts("ORG") == ["Pengadilan Negeri Lahat"]

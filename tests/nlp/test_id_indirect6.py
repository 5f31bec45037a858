"""Indonesian indirect speech on fresh national and regional pages (issue 11, id_indirect6 round):
`, menurutnya,` inside a clause, and a demonstrative object of a speech verb followed by the
occasion. Every text is invented to show one form."""

from __future__ import annotations


def test_menurutnya_between_commas_takes_the_whole_clause(label_id):
    text = "Kerja sama dengan pihak swasta, menurutnya, perlu diperluas untuk menambah pendapatan desa."
    result = label_id(text)
    clause = "Kerja sama dengan pihak swasta, menurutnya, perlu diperluas untuk menambah pendapatan desa"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "menurutnya"


def test_menurutnya_before_an_adverb_and_the_predicate(label_id):
    text = "Janji para pejabat yang terdengar manis, menurutnya, sering tidak diikuti tindakan nyata."
    clause = "Janji para pejabat yang terdengar manis, menurutnya, sering tidak diikuti tindakan nyata"
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_an_opening_adjunct_stays_out_of_the_inner_menurutnya_clause(label_id):
    text = "Selain itu, pembangunan jembatan desa, menurutnya, akan selesai tahun depan."
    clause = "pembangunan jembatan desa, menurutnya, akan selesai tahun depan"
    assert label_id(text).texts("QUOTE", type="indirect") == [clause]


def test_menurutnya_before_a_new_subject_keeps_the_clause_after_it(label_id):
    text = "Di sisi lain, menurutnya, warga desa itu menolak rencana tersebut."
    assert label_id(text).texts("QUOTE", type="indirect") == ["warga desa itu menolak rencana tersebut"]


def test_a_demonstrative_object_and_the_occasion_is_no_report(label_id):
    for text in (
        "Kepala Dinas Sosial Rina Wati mengatakan hal itu dalam rapat di Bogor, Senin (3/2).",
        "Sekretaris Desa Budi Santoso mengatakan itu dalam keterangan tertulisnya, Minggu (8/11).",
        "Camat Budi Santoso menyampaikan hal tersebut saat ditemui wartawan di kantornya.",
    ):
        assert label_id(text).texts("QUOTE", type="indirect") == [], text


def test_a_demonstrative_subject_still_opens_a_report(label_id):
    for text, clause in (
        ("Budi Santoso mengatakan itu bukan bagian dari tugasnya.", "itu bukan bagian dari tugasnya"),
        ("Budi Santoso mengatakan itu di luar kewenangan desa.", "itu di luar kewenangan desa"),
        ("Budi Santoso mengatakan hal itu sebagai bentuk pembenahan.", "hal itu sebagai bentuk pembenahan"),
    ):
        assert label_id(text).texts("QUOTE", type="indirect") == [clause], text

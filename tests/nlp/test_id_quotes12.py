"""Indonesian speakers and reports met on fresh pages (issue 11, id_quotes12 round): an adverb
opening a role subject after a comma, a noun phrase given as an example after `mencontohkan,`,
and a sentence-opening cleft `Adalah X, ...`. Every text is invented to show one form."""

from __future__ import annotations


def test_an_adverb_opening_a_role_subject_is_no_part_of_it(label_id):
    text = "Banjir merendam ratusan rumah di kampung itu, juga beberapa warga mengatakan air naik sejak tengah malam."
    result = label_id(text)
    assert result.speaker_of("air naik sejak tengah malam") == "beberapa warga"


def test_bahkan_opening_a_counted_role_subject_is_dropped(label_id):
    text = "Jalan itu rusak parah, bahkan sejumlah pengendara mengatakan mereka sering terjatuh di tikungan."
    result = label_id(text)
    assert result.speaker_of("mereka sering terjatuh di tikungan") == "sejumlah pengendara"


def test_a_quantifier_opening_a_role_subject_stays(label_id):
    text = "Sementara itu, beberapa warga mengatakan sungai di belakang pasar mulai meluap."
    result = label_id(text)
    assert result.speaker_of("sungai di belakang pasar mulai meluap") == "beberapa warga"


def test_mencontohkan_with_a_noun_phrase_after_its_comma_reports_nothing(label_id):
    text = "Kepala dinas mencontohkan, persoalan yang dialami petani di desa sebelah."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == []


def test_mencontohkan_with_a_clause_after_its_comma_still_reports(label_id):
    text = "Kepala dinas mencontohkan, petani di desa sebelah sudah memakai pupuk organik sejak tahun lalu."
    result = label_id(text)
    clause = "petani di desa sebelah sudah memakai pupuk organik sejak tahun lalu"
    assert result.texts("QUOTE", type="indirect") == [clause]
    assert result.cue_of(clause) == "mencontohkan"


def test_a_relative_with_a_predicate_after_mencontohkan_still_reports(label_id):
    text = "Ia mencontohkan, petani yang menanam jagung akan mendapat benih gratis."
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["petani yang menanam jagung akan mendapat benih gratis"]


def test_a_cleft_adalah_is_no_part_of_the_name(label_id):
    text = "Adalah Nunik Rahayu, warga Dusun Krajan, yang pertama kali melihat asap dari gudang itu."
    result = label_id(text)
    assert "Adalah Nunik Rahayu" not in result.texts("PERSON")
    assert "Nunik Rahayu" in result.texts("PERSON")


def test_adalah_inside_a_sentence_is_untouched(label_id):
    text = "Pelapor kasus itu adalah Nunik Rahayu, warga Dusun Krajan."
    result = label_id(text)
    assert "Nunik Rahayu" in result.texts("PERSON")


def test_a_line_ending_in_a_word_that_needs_more_runs_on_past_a_capital(label_id):
    text = (
        "Kepala desa mengatakan sawah yang terendam itu semuanya milik\n"
        "Darsono, warga Dusun Krajan, dan sudah dua kali gagal panen."
    )
    result = label_id(text)
    clause = "sawah yang terendam itu semuanya milik\nDarsono, warga Dusun Krajan, dan sudah dua kali gagal panen"
    assert result.texts("QUOTE", type="indirect") == [clause]


def test_a_line_ending_in_a_full_word_before_a_capital_still_ends_the_report(label_id):
    text = (
        "Kepala desa mengatakan sawah di dusun itu terendam sejak pagi\n"
        "Darsono kemudian mendatangi balai desa bersama warga."
    )
    result = label_id(text)
    assert result.texts("QUOTE", type="indirect") == ["sawah di dusun itu terendam sejak pagi"]

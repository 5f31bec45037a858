"""Indonesian organisation shapes seen across regional newsrooms (issue 11, the `id_ents6` round):
company heads written with a full stop (`PT. X`, `CV. X`), a bank named after a board word
(`Direksi Bank X`), a company after a role's portfolio (`Manajer Humas PT X`), school and council
offices (`Wakasek`, `Sekwan`, `Ketua Komite Sekolah`) and a preposition opening a
sentence before a name (`Melalui X`). Every text is invented to show one form."""

from __future__ import annotations


def test_a_company_head_with_a_full_stop_opens_the_name(label_id):
    result = label_id("Karyawan PT. Sinar Bumi Lestari berunjuk rasa di depan kantor bupati.")
    assert result.texts("ORG") == ["PT. Sinar Bumi Lestari"]
    assert result.texts("PERSON") == []


def test_a_dotted_company_keeps_its_acronym_apart(label_id):
    result = label_id("Izin PT. Tambang Raya Sejahtera (TRS) dicabut, kata Budi Santoso.")
    assert result.texts("ORG") == ["PT. Tambang Raya Sejahtera", "TRS"]
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_stop_word_may_open_a_dotted_company_name(label_id):
    result = label_id("Direktur PT. Sumber Alam Makmur, Andi Wijaya, membantah tuduhan itu.")
    assert "PT. Sumber Alam Makmur" in result.texts("ORG")
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_dotted_cv_is_a_company_too(label_id):
    result = label_id("Proyek itu dikerjakan CV. Karya Mandiri Jaya sejak tahun lalu.")
    assert result.texts("ORG") == ["CV. Karya Mandiri Jaya"]


def test_a_full_stop_after_another_head_still_ends_the_phrase(label_id):
    result = label_id("Warga melapor ke Dinas. Budi Santoso lalu datang ke lokasi.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_bank_after_a_board_word_opens_its_own_name(label_id):
    result = label_id("Kinerja Direksi Bank Sukamaju dievaluasi, begitu pula Komisaris Bank Nusa Raya.")
    assert result.texts("ORG") == ["Bank Sukamaju", "Bank Nusa Raya"]


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name(label_id):
    result = label_id("Fraksi Gerindra menolak. Melalui Budi Santoso, fraksi itu menyampaikan sikapnya.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_company_after_a_role_and_its_portfolio_keeps_its_head(label_id):
    result = label_id("Manajer Humas PT Sinar Jaya, Andi Wijaya, menjelaskan hal itu.")
    assert result.texts("ORG") == ["PT Sinar Jaya"]
    assert result.texts("PERSON") == ["Andi Wijaya"]


def test_a_council_secretary_is_a_role_not_a_name(label_id):
    result = label_id("Rapat itu dibuka Sekwan Budi Santoso di ruang paripurna.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_committee_named_after_its_chair_keeps_its_name(label_id):
    result = label_id("Ketua Komite Nasional Keamanan Pangan Andi Wijaya dan Sekretaris Dewan Pers hadir.")
    assert result.texts("ORG") == ["Komite Nasional Keamanan Pangan", "Dewan Pers"]


def test_a_deputy_head_of_school_is_a_role(label_id):
    result = label_id("Hal itu disampaikan Wakasek Kesiswaan, Budi Santoso, kepada para siswa.")
    assert result.texts("PERSON") == ["Budi Santoso"]


def test_a_school_committee_chair_is_a_role(label_id):
    result = label_id("Ketua Komite Sekolah, Andi Wijaya, berterima kasih kepada para guru.")
    assert result.texts("PERSON") == ["Andi Wijaya"]

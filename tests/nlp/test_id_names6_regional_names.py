"""Indonesian regional name systems (Balinese birth-order and caste prefixes, Sasak, Bugis): the full
name is one PERSON and its later short forms resolve to it as speakers; clergy and customary heads
before a name are titles and roles; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            'Wakil Bupati Tabanan, I Nyoman Arta Wijaya, meninjau pasar. "Pasar harus bersih," kata Arta Wijaya.',
            "I Nyoman Arta Wijaya",
            "Arta Wijaya",
        ),
        (
            'Ketua DPRD, I Gusti Ngurah Kade Suarnata, memimpin rapat. "Rapat ditunda," kata Suarnata.',
            "I Gusti Ngurah Kade Suarnata",
            "Suarnata",
        ),
        (
            'Kepala desa, I Dewa Made Sukerta, hadir. "Warga senang," ujar Dewa Sukerta.',
            "I Dewa Made Sukerta",
            "Dewa Sukerta",
        ),
        (
            'Wakil Bupati Lombok Timur, Lalu Ahmad Faisal, hadir. "Kami siap," kata Faisal.',
            "Lalu Ahmad Faisal",
            "Faisal",
        ),
    ],
)
def test_a_short_form_resolves_to_the_prefixed_name(label_id, text, full, short):
    labelled = label_id(text)
    assert full in labelled.texts("PERSON")
    quote = labelled.quotes()[0]
    assert labelled.speaker_of(quote) == short
    assert labelled.resolved_speaker_of(quote) == full


def test_the_opening_prefixes_do_not_count_against_the_name_length(label_id):
    text = "Hadir pula Anak Agung Gede Ngurah Putra Wirawan di acara itu."
    assert label_id(text).texts("PERSON") == ["Anak Agung Gede Ngurah Putra Wirawan"]


def test_a_long_name_without_prefixes_is_still_bounded(label_id):
    # Only the opening prefixes are free: six ordinary capitalised words stay capped as before.
    text = "Hadir pula Budi Agus Candra Dodi Eko Fajar di acara itu."
    assert "Budi Agus Candra Dodi Eko Fajar" not in label_id(text).texts("PERSON")


def test_a_gender_marker_inside_a_run_opens_the_name(label_id):
    text = "Bendesa Adat Sukamerta I Wayan Sudiarsa menyambut rombongan."
    assert label_id(text).texts("PERSON") == ["I Wayan Sudiarsa"]


def test_a_leading_common_word_still_blocks_a_fuller_form(label_id):
    # `Budi Santoso Official` is an account, not the full name (the prefix exception is leading only).
    text = 'Budi Santoso hadir. Akun Youtube Budi Santoso Official ramai. "Kami siap," kata Budi Santoso.'
    labelled = label_id(text)
    quote = labelled.quotes()[0]
    assert labelled.resolved_speaker_of(quote) == "Budi Santoso"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ibadah dipimpin Pendeta Yonas Matulessy di gereja itu.", "Yonas Matulessy"),
        ("Ibadah dipimpin Pdt. Yonas Matulessy di gereja itu.", "Yonas Matulessy"),
        ("Misa dipimpin Romo Antonius Wibowo di gereja itu.", "Antonius Wibowo"),
        ("Upacara dipuput Jero Mangku Ketut Sudana di pura desa.", "Ketut Sudana"),
    ],
)
def test_clergy_titles_stay_out_of_the_name(label_id, text, person):
    assert label_id(text).texts("PERSON") == [person]


def test_a_customary_head_is_a_role(label_id):
    text = 'Bendesa Adat, Jero Ketut Sudana, menyambut rombongan. "Kami siap," kata Sudana.'
    assert label_id(text).texts("PERSON") == ["Ketut Sudana", "Sudana"]


def test_a_prefixed_name_after_a_place_in_a_list_stays_a_person(label_id):
    # `Camat X, Y, ...` reads a run before an apposed name as the place; a prefixed run is a name.
    text = "Hadir pula Camat Kuta Utara Ketut Sri Suarni, Penglingsir Puri Kelod, serta warga."
    labelled = label_id(text)
    assert "Ketut Sri Suarni" in labelled.texts("PERSON")
    assert "Ketut Sri Suarni" not in labelled.texts("GPE")


def test_a_hamlet_ends_before_its_heads_prefixed_name(label_id):
    text = "Acara dihadiri Kelian Banjar Adat Sukasari Wayan Sutapa dan warga."
    labelled = label_id(text)
    assert labelled.texts("GPE") == ["Banjar Adat Sukasari"]
    assert labelled.texts("PERSON") == ["Wayan Sutapa"]


def test_a_name_cut_at_the_run_limit_goes_on_after_the_marker(label_id):
    # The role's run held the hamlet and stopped at its length limit before the last name word.
    text = "Turut hadir Kelian Adat Banjar Adat Kaja Kangin I Wayan Pande Sudarta."
    assert label_id(text).texts("PERSON") == ["I Wayan Pande Sudarta"]


def test_nengah_is_a_birth_order_name(label_id):
    text = 'Kelian Banjar Adat Sukasari I Nengah Sudira hadir. "Warga siap," kata Sudira.'
    labelled = label_id(text)
    assert "I Nengah Sudira" in labelled.texts("PERSON")
    assert labelled.resolved_speaker_of(labelled.quotes()[0]) == "I Nengah Sudira"
